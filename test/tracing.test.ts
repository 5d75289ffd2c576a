/**
 * OpenTelemetry traces (docs/observability.md, Traces): one convertOpportunityToProject through the
 * gateway is one trace, holding the gateway's request span, every subgraph fetch, every subgraph's
 * request span, every system call, connector call and workflow step; the domain events its writes
 * committed carry the trace's `traceparent`. With tracing off there are no spans and no traceparent.
 */
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, type SpanExporter } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import type { DomainEvent } from '../platform/events/types.ts';
import { startTracing, stopTracing, tracingEnabled } from '../platform/tracing.ts';
import { salesforceId, toHubId } from '../subgraphs/shared/ids.ts';
import { insertRows } from '../platform/sql.ts';
import { fillGlobexWonDeal, GLOBEX, GLOBEX_WON_DEAL, wonDealRows } from './support/fixture.ts';
import { failingConnector, startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const SECOND_WON_DEAL = salesforceId('006', 11);
const THIRD_WON_DEAL = salesforceId('006', 12);
/** Set by a test to make the ERP refuse connections when a project is opened. */
let erpDown = false;
const STEPS = ['ensureErpCustomer', 'createPsaProject', 'provisionWorkspace', 'openErpProject'];

const CONVERT = `mutation Convert($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) {
  workflow { id status correlationId } project { id name } userErrors { code } } }`;
const WORKFLOW = 'query WorkflowStatus($id: ID!) { workflow(id: $id) { status } }';

/** Keeps what it is given across the provider's shutdown (an InMemorySpanExporter forgets on shutdown). */
const spans = new InMemorySpanExporter();
const exporter: SpanExporter = {
  export: (batch, done) => spans.export(batch, done),
  shutdown: async () => undefined,
  forceFlush: async () => undefined,
};

let testHub: TestHub;
let delivery: Record<string, string>;
const events: DomainEvent[] = [];

beforeAll(async () => {
  startTracing({ exporter, serviceName: 'opsgraph-test' });
  testHub = await startTestHub({
    fill: async (stores) => {
      await fillGlobexWonDeal(stores);
      for (const [id, n, name] of [
        [SECOND_WON_DEAL, 11, 'Globex grid ops'],
        [THIRD_WON_DEAL, 12, 'Globex grid audit'],
      ] as const) {
        const deal = wonDealRows({ id, contractId: salesforceId('800', n), contractNumber: `00000${n}1`, accountId: GLOBEX, name });
        await insertRows(stores.customers, 'opportunity', [deal.opportunity]);
        await insertRows(stores.customers, 'contract', [deal.contract]);
      }
    },
    wrapConnector: (service, connector) =>
      service === 'finance'
        ? failingConnector(connector, { methods: ['openProject'], when: () => erpDown, error: () => new Error('ERP connection refused') })
        : connector,
  });
  await testHub.bus.subscribe({
    group: 'tracing-test',
    from: 'all',
    handler: async (event) => {
      events.push(event);
    },
  });
  delivery = { authorization: `Bearer ${await signToken({ sub: 'test-delivery', roles: ['delivery'], customerId: null })}` };
});

afterAll(async () => {
  await testHub?.stop();
  await stopTracing();
});

/** Converts `opportunity` as a delivery manager and waits until its workflow completed and its events are on the bus. */
async function convert(opportunity: string, key: string): Promise<{ workflowId: string; correlationId: string }> {
  const result = await testHub.query<{
    convertOpportunityToProject: { workflow: { id: string; status: string; correlationId: string }; userErrors: unknown[] };
  }>(CONVERT, { input: { opportunityId: toHubId('Opportunity', opportunity), idempotencyKey: key } }, delivery);
  expect(result.errors).toBeUndefined();
  const payload = result.data!.convertOpportunityToProject;
  expect(payload.userErrors).toEqual([]);
  const { id: workflowId, correlationId } = payload.workflow;
  await waitFor(
    async () => (await testHub.query<{ workflow: { status: string } }>(WORKFLOW, { id: workflowId }, delivery)).data?.workflow.status === 'COMPLETED',
    { what: `workflow ${workflowId} COMPLETED` },
  );
  await testHub.flushEvents();
  // Its last event: the workflow's own, once COMPLETED.
  await waitFor(() => events.some((event) => event.aggregateId === workflowId && event.toState === 'COMPLETED'), {
    what: `the COMPLETED event of ${workflowId} on the bus`,
  });
  return { workflowId, correlationId };
}

const traceOf = (span: ReadableSpan) => span.spanContext().traceId;
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

describe('tracing on', () => {
  let workflowId: string;
  let correlationId: string;
  let trace: ReadableSpan[];
  let traceId: string;

  beforeAll(async () => {
    spans.reset();
    ({ workflowId, correlationId } = await convert(GLOBEX_WON_DEAL, 'tracing-on'));
    // The gateway's request span ends when its response has been written, which may be just after the client read it.
    const request = await waitFor(
      () => spans.getFinishedSpans().find((span) => span.name === 'mutation Convert' && span.attributes['opsgraph.service'] === 'gateway'),
      {
        what: () =>
          `the gateway's request span among ${spans
            .getFinishedSpans()
            .map((span) => `${span.name}[${span.attributes['opsgraph.service'] ?? ''}]`)
            .join(', ')}`,
      },
    );
    traceId = traceOf(request);
    // The events' consumers (spans too) are done once the bus delivered them; every span is in now.
    await testHub.flushEvents();
    trace = spans.getFinishedSpans().filter((span) => traceOf(span) === traceId);
  });

  it('makes one trace of the whole conversion: every span since the request is in it', () => {
    // Besides it, only the traces of the test's own status polls.
    const others = spans.getFinishedSpans().filter((span) => traceOf(span) !== traceId);
    expect(new Set(others.filter((span) => !span.parentSpanContext).map((span) => span.name))).toEqual(new Set(['query WorkflowStatus']));
    const polls = new Set(others.filter((span) => !span.parentSpanContext).map(traceOf));
    expect(others.filter((span) => !polls.has(traceOf(span))).map((span) => span.name)).toEqual([]);
    const root = trace.filter((span) => !span.parentSpanContext);
    expect(root.map((span) => span.name)).toEqual(['mutation Convert']);
    expect(root[0].kind).toBe(SpanKind.SERVER);
    expect(root[0].attributes).toMatchObject({ 'graphql.operation.type': 'mutation', 'graphql.operation.name': 'Convert' });
  });

  it('holds a span per subgraph fetch, each the parent of that subgraph request span', () => {
    const fetches = trace.filter((span) => span.name.startsWith('fetch '));
    expect(fetches.map((span) => span.attributes['opsgraph.subgraph'])).toContain('workflows');
    for (const fetch of fetches) {
      expect(fetch.kind).toBe(SpanKind.CLIENT);
      const served = trace.filter((span) => span.kind === SpanKind.SERVER && parentOf(span) === fetch.spanContext().spanId);
      expect(served.map((span) => span.attributes['opsgraph.service'])).toEqual([fetch.attributes['opsgraph.subgraph']]);
    }
  });

  it('holds every workflow step, each with its system call and the system API request it made', () => {
    const steps = trace.filter((span) => span.name.startsWith('step convertOpportunityToProject/'));
    expect(steps.map((span) => span.attributes['opsgraph.workflow.step'])).toEqual(STEPS);
    const workflowsRequest = trace.find((span) => span.kind === SpanKind.SERVER && span.attributes['opsgraph.service'] === 'workflows');
    for (const step of steps) {
      expect(step.attributes['opsgraph.workflow.id']).toBe(workflowId);
      // Within the workflows subgraph's request span (the mutation drives the steps before it answers).
      expect(trace.some((span) => span.spanContext().spanId === parentOf(step))).toBe(true);
      const calls = trace.filter((span) => span.kind === SpanKind.CLIENT && parentOf(span) === step.spanContext().spanId);
      expect(calls.map((span) => span.attributes['opsgraph.system'])).toEqual([step.attributes['opsgraph.system']]);
      const systemApi = trace.filter((span) => span.kind === SpanKind.SERVER && parentOf(span) === calls[0].spanContext().spanId);
      expect(systemApi.map((span) => span.attributes['url.path'])).toEqual(['/system/graphql']);
    }
    expect(workflowsRequest).toBeDefined();
  });

  it('holds a span for every connector call, inside a subgraph request span', () => {
    const connectorCalls = trace.filter((span) => span.name.startsWith('connector '));
    // Validation reads the CRM, PSA and ERP (no project manager named: no HCM read); the steps write the ERP, PSA and delivery platform.
    expect(new Set(connectorCalls.map((span) => span.attributes['opsgraph.service']))).toEqual(new Set(['customers', 'projects', 'finance', 'delivery']));
    const byId = new Map(trace.map((span) => [span.spanContext().spanId, span]));
    for (const call of connectorCalls) {
      // Up the parents to the request span of the subgraph that owns the connector.
      let up = byId.get(parentOf(call) ?? '');
      while (up && up.kind !== SpanKind.SERVER) up = byId.get(parentOf(up) ?? '');
      expect(up?.attributes['opsgraph.service'], call.name).toBe(call.attributes['opsgraph.service']);
    }
  });

  it('puts the trace on the bus events of the workflow, and their consumers in it', () => {
    const mine = events.filter((event) => event.correlationId === correlationId);
    expect(mine.map((event) => event.source)).toEqual(expect.arrayContaining(['HUB', 'PSA', 'ERP']));
    for (const event of mine) expect(event.traceparent?.split('-')[1], `${event.type} ${event.id}`).toBe(traceId);
    const consumed = trace.filter((span) => span.kind === SpanKind.CONSUMER);
    expect(consumed.length).toBeGreaterThan(0);
    for (const span of consumed) expect(mine.map((event) => event.id)).toContain(span.attributes['messaging.message.id']);
  });
});

describe('a workflow retried from the exception queue', () => {
  it('runs in the trace of the retry, linked to the request that started it', async () => {
    erpDown = true;
    const failed = await testHub.query<{ convertOpportunityToProject: { workflow: { id: string; status: string } } }>(
      CONVERT,
      { input: { opportunityId: toHubId('Opportunity', THIRD_WON_DEAL), idempotencyKey: 'tracing-retry' } },
      delivery,
    );
    erpDown = false;
    const { id: workflowId, status } = failed.data!.convertOpportunityToProject.workflow;
    expect(status).toBe('FAILED');
    const queue = await testHub.query<{ exceptions: { edges: { node: { id: string; workflow: { id: string } } }[] } }>(
      '{ exceptions(filter: { status: "OPEN" }) { edges { node { id workflow { id } } } } }',
    );
    const exception = queue.data!.exceptions.edges.find((edge) => edge.node.workflow.id === workflowId)!.node;
    const finance = { authorization: `Bearer ${await signToken({ sub: 'test-finance', roles: ['finance'], customerId: null })}` };
    const retried = await testHub.query<{ retryException: { workflow: { status: string } } }>(
      'mutation Retry($input: RetryExceptionInput!) { retryException(input: $input) { workflow { status } } }',
      { input: { id: exception.id, idempotencyKey: 'tracing-retry-1' } },
      finance,
    );
    expect(retried.data!.retryException.workflow.status).toBe('COMPLETED');

    const request = await waitFor(
      () => spans.getFinishedSpans().find((span) => span.name === 'mutation Retry' && span.attributes['opsgraph.service'] === 'gateway'),
      { what: "the retry's request span" },
    );
    const runs = spans
      .getFinishedSpans()
      .filter((span) => span.name === 'workflow convertOpportunityToProject' && span.attributes['opsgraph.workflow.id'] === workflowId);
    expect(runs).toHaveLength(2);
    const [first, retry] = runs;
    // The first run is in the trace of the request that started it, and links to nothing.
    expect(first.links).toEqual([]);
    // The retry's run is in the retry's trace, linked to the span of the request that started the workflow.
    expect(traceOf(retry)).toBe(traceOf(request));
    expect(traceOf(first)).not.toBe(traceOf(retry));
    expect(retry.links.map((link) => link.context.traceId)).toEqual([traceOf(first)]);
    const linked = spans.getFinishedSpans().find((span) => span.spanContext().spanId === retry.links[0].context.spanId);
    expect(linked?.attributes['opsgraph.service']).toBe('workflows');
    // The step it ran again is the retry run's child.
    const step = spans
      .getFinishedSpans()
      .find((span) => span.name === 'step convertOpportunityToProject/openErpProject' && parentOf(span) === retry.spanContext().spanId);
    expect(step).toBeDefined();
  });
});

describe('tracing off', () => {
  it('makes no span and puts no traceparent on the events', async () => {
    await stopTracing();
    expect(tracingEnabled()).toBe(false);
    spans.reset();
    const { correlationId } = await convert(SECOND_WON_DEAL, 'tracing-off');
    expect(spans.getFinishedSpans()).toEqual([]);
    const mine = events.filter((event) => event.correlationId === correlationId);
    expect(mine.length).toBeGreaterThan(0);
    for (const event of mine) expect(event).not.toHaveProperty('traceparent');
  });
});
