/**
 * GET /metrics through the real hub: Prometheus text (read with a Prometheus text parser) served
 * without a token, every series of docs/observability.md present, each moving when its cause
 * happens (a query, a subgraph fetch, cache lookups, a subscription and a governed write's event,
 * a workflow, an exception, an outbox row waiting), labels bounded whatever operation names callers
 * send, and neither tokens nor customers in the text.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { register as promClientGlobalRegistry } from 'prom-client';
import { getMetricsFromIterator, type PromMetric, type PromMetrics } from 'prom2javascript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../platform/auth.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { SERVICES } from '../subgraphs/services.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { createSqlWorkflowStore } from '../subgraphs/workflows/connector/sql.ts';
import { journeyId } from '../subgraphs/workflows/journeys/store.ts';
import { journeyConsumer } from '../subgraphs/workflows/journeys/sweeper.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { failingConnector, readerToken, startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const SERIES = [
  'opsgraph_http_request_duration_seconds',
  'opsgraph_subgraph_fetch_duration_seconds',
  'opsgraph_cache_requests_total',
  'opsgraph_active_subscriptions',
  'opsgraph_event_to_client_seconds',
  'opsgraph_outbox_lag_seconds',
  'opsgraph_workflows',
  'opsgraph_exceptions_open',
  'opsgraph_journey_cycle_time_seconds',
  'opsgraph_slo_attainment_ratio',
];

/** The relays' backstop poll, a minute away: an outbox row nobody notified stays pending while a test looks. */
const savedPoll = process.env.OPSGRAPH_OUTBOX_POLL_MS;
let testHub: TestHub;
let stores: DomainStores;
let origin: string;
let erpDown = false;
const tokens: Record<string, string> = {};
const clients: Client[] = [];

beforeAll(async () => {
  process.env.OPSGRAPH_OUTBOX_POLL_MS = '60000';
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillFixture(opened);
    },
    // Room for the thousand operations of the label-bound test.
    rateLimit: { limit: 100_000, windowMs: 60_000 },
    wrapConnector: (service, connector) =>
      service === 'finance'
        ? failingConnector(connector, { methods: ['postTime'], when: () => erpDown, error: () => new Error('ERP connection refused') })
        : connector,
  });
  origin = new URL(testHub.url).origin;
  tokens.delivery = await signToken({ sub: 'metrics-pm', roles: ['delivery'], customerId: null });
  tokens.portal = await signToken({ sub: 'metrics-portal', roles: ['portal'], customerId: hub.acme });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await testHub?.stop();
  if (savedPoll === undefined) delete process.env.OPSGRAPH_OUTBOX_POLL_MS;
  else process.env.OPSGRAPH_OUTBOX_POLL_MS = savedPoll;
});

/** One scrape, without a token: its text and its families as a Prometheus text parser reads them (it rejects a malformed line). */
async function scrape(): Promise<{ text: string; families: PromMetrics }> {
  const response = await fetch(`${origin}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  // The parser reads no NaN, which Prometheus reads (prom-client writes `Nan` for the event loop's
  // lag before it has a sample): only those lines are left out.
  const lines = text.split('\n');
  const nan = lines.filter((line) => / Nan$/.test(line));
  expect(nan.filter((line) => !line.startsWith('opsgraph_nodejs_eventloop_lag_'))).toEqual([]);
  return { text, families: await getMetricsFromIterator(lines.filter((line) => !nan.includes(line))[Symbol.iterator]()) };
}

type Sample = PromMetric['data'][number] & { value?: number; count?: number };

/** The samples of a family. */
function samplesOf(families: PromMetrics, name: string): Sample[] {
  return (families[name]?.data ?? []) as Sample[];
}

/** The sample of `name` whose labels include `labels` (undefined when none). */
function sampleOf(families: PromMetrics, name: string, labels: Record<string, string> = {}): Sample | undefined {
  return samplesOf(families, name).find((sample) => Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
}

/** A counter's or gauge's value, 0 when the series is absent. */
async function gaugeValue(name: string, labels: Record<string, string> = {}): Promise<number> {
  return sampleOf((await scrape()).families, name, labels)?.value ?? 0;
}

/** A histogram's observation count, 0 when the series is absent. */
async function countOf(name: string, labels: Record<string, string> = {}): Promise<number> {
  return sampleOf((await scrape()).families, name, labels)?.count ?? 0;
}

async function changeStatus(projectId: string, status: string) {
  const result = await testHub.query(
    'mutation Hold($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } userErrors { code } } }',
    { input: { projectId, status, reason: `to ${status}`, idempotencyKey: randomUUID() } },
    { authorization: `Bearer ${tokens.delivery}` },
  );
  expect(result.data).toEqual({ changeProjectStatus: { workflow: { status: 'COMPLETED' }, userErrors: [] } });
}

describe('GET /metrics', () => {
  it('answers Prometheus text without a token, every series of the gateway and the process prefixed opsgraph_, none in the global registry', async () => {
    const { families } = await scrape();
    for (const name of SERIES) expect(families[name], name).toBeDefined();
    expect(families.opsgraph_http_request_duration_seconds.type).toBe('histogram');
    expect(families.opsgraph_cache_requests_total.type).toBe('counter');
    expect(families.opsgraph_active_subscriptions.type).toBe('gauge');
    expect(families.opsgraph_process_cpu_seconds_total).toBeDefined();
    expect(Object.keys(families).filter((name) => !name.startsWith('opsgraph_'))).toEqual([]);
    // Each outbox store has its lag, 0 with nothing pending.
    for (const store of SERVICES.filter((service) => service.outbox).map((service) => service.name)) {
      expect(sampleOf(families, 'opsgraph_outbox_lag_seconds', { store })?.value, store).toBeDefined();
    }
    expect(promClientGlobalRegistry.getMetricsAsArray()).toEqual([]);
  });

  it('times a query by its operation name and status, and each subgraph fetch by subgraph', async () => {
    const before = await countOf('opsgraph_http_request_duration_seconds', { operation: 'MetricsProbe', status: '200' });
    const fetchesBefore = await countOf('opsgraph_subgraph_fetch_duration_seconds', { subgraph: 'projects' });
    const result = await testHub.query('query MetricsProbe($id: ID!) { project(id: $id) { code } }', { id: hub.erpProject });
    expect(result.errors).toBeUndefined();
    expect(await countOf('opsgraph_http_request_duration_seconds', { operation: 'MetricsProbe', status: '200' })).toBe(before + 1);
    expect(await countOf('opsgraph_subgraph_fetch_duration_seconds', { subgraph: 'projects' })).toBeGreaterThan(fetchesBefore);
    // Refused before it ran: an unknown operation, and its status.
    const refused = await fetch(testHub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    expect(refused.status).toBe(401);
    expect(await countOf('opsgraph_http_request_duration_seconds', { operation: 'unknown', status: '401' })).toBeGreaterThanOrEqual(1);
  });

  it('counts response cache, token cache and APQ hits and misses', async () => {
    const query = `query CachedProbe { project(id: "${hub.dataProject}") { name } }`;
    const response = { cache: 'response', result: 'hit' };
    const hitsBefore = await gaugeValue('opsgraph_cache_requests_total', response);
    const missesBefore = await gaugeValue('opsgraph_cache_requests_total', { cache: 'response', result: 'miss' });
    await testHub.query(query);
    expect(await gaugeValue('opsgraph_cache_requests_total', { cache: 'response', result: 'miss' })).toBe(missesBefore + 1);
    // Stored beside the answer: the repeat is a hit once the store is written.
    await waitFor(
      async () => {
        await testHub.query(query);
        return (await gaugeValue('opsgraph_cache_requests_total', response)) > hitsBefore;
      },
      { what: 'a response cache hit' },
    );

    const tokenHits = await gaugeValue('opsgraph_cache_requests_total', { cache: 'token', result: 'hit' });
    await testHub.query('query TokenProbe { __typename }');
    expect(await gaugeValue('opsgraph_cache_requests_total', { cache: 'token', result: 'hit' })).toBeGreaterThan(tokenHits);

    const apqMisses = await gaugeValue('opsgraph_cache_requests_total', { cache: 'apq', result: 'miss' });
    const apqHits = await gaugeValue('opsgraph_cache_requests_total', { cache: 'apq', result: 'hit' });
    const text = `query ApqProbe { __typename } # ${randomUUID()}`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') } };
    const byHash = async (body: Record<string, unknown>) =>
      (
        await fetch(testHub.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.delivery}` },
          body: JSON.stringify(body),
        })
      ).json() as Promise<{
        errors?: { extensions?: { code?: string } }[];
      }>;
    expect((await byHash({ extensions })).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    await byHash({ query: text, extensions });
    expect((await byHash({ extensions })).errors).toBeUndefined();
    expect(await gaugeValue('opsgraph_cache_requests_total', { cache: 'apq', result: 'miss' })).toBeGreaterThan(apqMisses);
    expect(await gaugeValue('opsgraph_cache_requests_total', { cache: 'apq', result: 'hit' })).toBeGreaterThan(apqHits);
  });

  it('follows subscriptions in place, the time from an event to its frame, and the workflows by type and status', async () => {
    const completed = await gaugeValue('opsgraph_workflows', { type: 'changeProjectStatus', status: 'COMPLETED' });
    const framesBefore = await countOf('opsgraph_event_to_client_seconds');
    const client = createClient({
      url: testHub.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens.delivery}` },
      retryAttempts: 0,
      lazy: true,
    });
    clients.push(client);
    const received: unknown[] = [];
    const dispose = client.subscribe(
      { query: 'subscription ($projectId: ID) { projectStatusChanged(projectId: $projectId) { status } }', variables: { projectId: hub.erpProject } },
      { next: (value) => void received.push(value), error: () => undefined, complete: () => undefined },
    );
    await testHub.subscriptionsInPlace(1);
    expect(await gaugeValue('opsgraph_active_subscriptions')).toBe(1);
    await changeStatus(hub.erpProject, 'ON_HOLD');
    await waitFor(() => received.length >= 1, { what: 'the status change reaching the subscriber' });
    await waitFor(async () => (await countOf('opsgraph_event_to_client_seconds')) === framesBefore + 1, { what: 'the frame timed' });
    expect(await gaugeValue('opsgraph_workflows', { type: 'changeProjectStatus', status: 'COMPLETED' })).toBe(completed + 1);
    dispose();
    await testHub.subscriptionsInPlace(0);
    expect(await gaugeValue('opsgraph_active_subscriptions')).toBe(0);
    await changeStatus(hub.erpProject, 'ACTIVE');
  });

  it('counts open exceptions by kind and system, until they are resolved', async () => {
    const labels = { kind: 'approveTime', system: 'ERP' };
    expect(await gaugeValue('opsgraph_exceptions_open', labels)).toBe(0);
    erpDown = true;
    const failed = await testHub.query<{ approveTime: { workflow: { status: string; exception: { id: string } | null } } }>(
      'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { status exception { id } } } }',
      { input: { timeEntryIds: [toHubId('TimeEntry', 'TC-0000006')], idempotencyKey: 'metrics-approve' } },
      { authorization: `Bearer ${tokens.delivery}` },
    );
    erpDown = false;
    expect(failed.data?.approveTime.workflow.status).toBe('FAILED');
    expect(await gaugeValue('opsgraph_exceptions_open', labels)).toBe(1);
    expect(await gaugeValue('opsgraph_workflows', { type: 'approveTime', status: 'FAILED' })).toBe(1);
    const financeToken = await signToken({ sub: 'metrics-finance', roles: ['finance'], customerId: null });
    const retried = await testHub.query<{ retryException: { exception: { status: string } } }>(
      'mutation ($input: RetryExceptionInput!) { retryException(input: $input) { exception { status } } }',
      { input: { id: failed.data?.approveTime.workflow.exception?.id, idempotencyKey: 'metrics-retry' } },
      { authorization: `Bearer ${financeToken}` },
    );
    expect(retried.data?.retryException.exception.status).toBe('RESOLVED');
    expect(await gaugeValue('opsgraph_exceptions_open', labels)).toBe(0);
  });

  it("shows an outbox row nobody published yet as its store's lag, and 0 once it is published", async () => {
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString();
    const id = `metrics-${randomUUID()}`;
    // Appended without waking the relay (as a writer in another process would on node:sqlite).
    await stores.delivery.run('INSERT INTO outbox (event_id, aggregate_id, event) VALUES (?, ?, ?)', [
      id,
      'wsp_metrics',
      JSON.stringify({ id, type: 'MetricsProbe', aggregateId: 'wsp_metrics', occurredAt, source: 'DELIVERY', correlationId: id }),
    ]);
    expect(await gaugeValue('opsgraph_outbox_lag_seconds', { store: 'delivery' })).toBeGreaterThanOrEqual(3_600);
    await testHub.flushEvents();
    expect(await gaugeValue('opsgraph_outbox_lag_seconds', { store: 'delivery' })).toBe(0);
  });

  it('observes a completed journey in the cycle-time histogram by kind, and the attainment of its SLO', async () => {
    // The time approved (and, after the ERP came back, posted) in the exception test is invoiced here: its time-to-bill journey completes.
    const kind = { kind: 'TIME_TO_BILL' };
    const before = await countOf('opsgraph_journey_cycle_time_seconds', kind);
    for (const mutation of ['releaseBillingEvents', 'issueInvoice']) {
      const result = await testHub.query(
        `mutation ($input: ProjectBillingInput!) { ${mutation}(input: $input) { workflow { status } userErrors { code } } }`,
        { input: { projectId: hub.erpProject, idempotencyKey: randomUUID() } },
        { authorization: `Bearer ${await signToken({ sub: 'metrics-finance', roles: ['finance'], customerId: null })}` },
      );
      expect(result.data).toEqual({ [mutation]: { workflow: { status: 'COMPLETED' }, userErrors: [] } });
    }
    await waitFor(async () => (await countOf('opsgraph_journey_cycle_time_seconds', kind)) === before + 1, { what: 'the completed journey in the histogram' });
    const { families } = await scrape();
    expect(families.opsgraph_journey_cycle_time_seconds.type).toBe('histogram');
    const histogram = sampleOf(families, 'opsgraph_journey_cycle_time_seconds', kind) as Sample & { buckets?: Record<string, number> };
    expect(histogram.buckets?.['+Inf'] ?? histogram.count).toBe(before + 1);
    // Posted within its 15 minutes once the ERP answered again.
    expect(sampleOf(families, 'opsgraph_slo_attainment_ratio', { slo: 'approved-time-posted' })?.value).toBe(1);
    expect(sampleOf(families, 'opsgraph_slo_attainment_ratio', { slo: 'invoice-issued-after-release' })).toBeUndefined();
  });

  it('never lowers the cycle-time histogram: a late event that corrects a completed journey leaves its first observation', async () => {
    type Histogram = Sample & { buckets: Record<string, number>; count: number; sum: number };
    const kind = { kind: 'TIME_TO_BILL' };
    const histogram = async () => {
      const sample = sampleOf((await scrape()).families, 'opsgraph_journey_cycle_time_seconds', kind) as Histogram | undefined;
      return { buckets: { ...sample?.buckets }, count: sample?.count ?? 0, sum: sample?.sum ?? 0 };
    };
    const db = stores.workflows;
    const consumer = journeyConsumer(db, createSqlWorkflowStore(db), 'metrics-late');
    const base = Math.floor(Date.now() / 1000) * 1000;
    const ago = (seconds: number) => new Date(base - seconds * 1000).toISOString();
    const [first, second] = [toHubId('TimeEntry', 'TC-0880001'), toHubId('TimeEntry', 'TC-0880002')].sort();
    const facts = { customerId: hub.acme, projectId: hub.erpProject };
    const deliver = (type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string) =>
      consumer.handler(
        { id: randomUUID(), type, aggregateId, occurredAt, source: type === 'CostPosted' ? 'ERP' : 'PSA', correlationId: 'metrics-late', data },
        { sequence: 1, redelivered: false },
      );
    const before = await histogram();
    // A batch with nothing billable, approved and posted 200 s later: it completes, observed at 200 s.
    await deliver('TimeApproved', first, { ...facts, batchId: first, timeEntryIds: [first, second], billableValue: 0, currency: 'USD' }, ago(400));
    await deliver('CostPosted', hub.erpProject, { ...facts, source: 'TIME', entries: 2, timeEntryIds: [first, second], batchId: first }, ago(200));
    const completed = await histogram();
    expect(completed.count).toBe(before.count + 1);
    expect(completed.sum).toBeCloseTo(before.sum + 200);
    expect(completed.buckets['300']).toBe((before.buckets['300'] ?? 0) + 1);
    expect(completed.buckets['60']).toBe(before.buckets['60'] ?? 0);
    // Its other timecard's approval, 400 s earlier, arrives late: the journey now took 600 s; the histogram keeps its observation.
    await deliver('TimeApproved', second, { ...facts, batchId: first }, ago(800));
    const row = await db.get<{ cycle_time_seconds: number | string }>('SELECT cycle_time_seconds FROM journey WHERE id = ?', [
      journeyId('TIME_TO_BILL', first),
    ]);
    expect(Number(row?.cycle_time_seconds)).toBe(600);
    const after = await histogram();
    expect(after).toEqual(completed);
    for (const [bound, count] of Object.entries(completed.buckets)) expect(after.buckets[bound], bound).toBeGreaterThanOrEqual(count);
  });

  it('keeps the operation label bounded: a thousand distinct names do not make a thousand series', async () => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${tokens.delivery}` };
    for (let batch = 0; batch < 20; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          fetch(testHub.url, { method: 'POST', headers, body: JSON.stringify({ query: `query Flood${batch}x${index} { __typename }` }) }).then((response) =>
            response.body?.cancel(),
          ),
        ),
      );
    }
    const { text, families } = await scrape();
    const operations = new Set(samplesOf(families, 'opsgraph_http_request_duration_seconds').map((sample) => sample.labels.operation));
    expect(operations.size).toBeLessThanOrEqual(110);
    expect(operations.has('other')).toBe(true);
    expect(sampleOf(families, 'opsgraph_http_request_duration_seconds', { operation: 'other', status: '200' })?.count).toBeGreaterThan(800);
    // Nothing of the callers: no token, no customer, no entity id.
    for (const token of [...Object.values(tokens), await readerToken()]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.split('.')[1]);
    }
    for (const secret of ['Acme', 'Globex', hub.acme, hub.globex, 'cus_', 'prj_', 'Bearer', 'metrics-pm', 'metrics-portal']) expect(text).not.toContain(secret);
  });
});
