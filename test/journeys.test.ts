/**
 * Business journeys through the real hub (docs/journeys.md): governed writes and the CRM's system
 * API move quote-to-project, time-to-bill and project-to-cash journeys stage by stage with their
 * timestamps and cycle times; an SLO set tiny raises one SLO_BREACH exception with its business
 * context, closed with a note once the late stage comes; `slos` reports attainment; a portal user
 * sees only its own customer's journeys and no exception; filters and pagination hold and hostile
 * filters are BAD_USER_INPUT changing nothing; two consumers on one store apply each event once.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type Role } from '../platform/auth.ts';
import { validateConfig } from '../platform/env.ts';
import type { DomainEvent } from '../platform/events/types.ts';
import { insertRow, migrate, type SqlDatabase } from '../platform/sql.ts';
import { openDomainStore } from '../platform/store.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { workflowsMigrations } from '../subgraphs/workflows/connector/migrations.ts';
import { createSqlWorkflowStore } from '../subgraphs/workflows/connector/sql.ts';
import { addTarget, SLO_DEFINITIONS, slosInForce } from '../subgraphs/workflows/journeys/slos.ts';
import { journeyConsumer, sweepJourneys } from '../subgraphs/workflows/journeys/sweeper.ts';
import { applyJourneyEvent, journeyId } from '../subgraphs/workflows/journeys/store.ts';
import { fillGlobexWonDeal, hub } from './support/fixture.ts';
import { startTestHub, TEST_BACKEND, type GraphQLResult, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const saved = { slos: process.env.OPSGRAPH_SLOS, sweep: process.env.OPSGRAPH_JOURNEY_SWEEP_MS };
let testHub: TestHub;
let stores: DomainStores;
let crmUrl: string;
const tokens: Partial<Record<Role | 'portalAcme' | 'portalGlobex', string>> = {};

beforeAll(async () => {
  // Quote-to-project must have its project the instant the contract is activated: every such journey breaches.
  process.env.OPSGRAPH_SLOS = JSON.stringify({ 'project-created-after-activation': '0s' });
  process.env.OPSGRAPH_JOURNEY_SWEEP_MS = '100';
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillGlobexWonDeal(opened);
    },
  });
  crmUrl = testHub.subgraphs.find((subgraph) => subgraph.name === 'customers')!.url;
  for (const role of ['delivery', 'finance', 'analyst', 'admin'] as const)
    tokens[role] = await signToken({ sub: `journeys-${role}`, roles: [role], customerId: null });
  tokens.portalAcme = await signToken({ sub: 'journeys-portal-acme', roles: ['portal'], customerId: hub.acme });
  tokens.portalGlobex = await signToken({ sub: 'journeys-portal-globex', roles: ['portal'], customerId: hub.globex });
});

afterAll(async () => {
  await testHub?.stop();
  for (const [name, value] of [
    ['OPSGRAPH_SLOS', saved.slos],
    ['OPSGRAPH_JOURNEY_SWEEP_MS', saved.sweep],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const as = (who: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[who]}` });

interface JourneyView {
  id: string;
  kind: string;
  state: string;
  stages: { name: string; reachedAt: string | null; dueAt: string | null }[];
  startedAt: string;
  completedAt: string | null;
  cycleTimeSeconds: number | null;
  customer: { id: string } | null;
  project: { id: string } | null;
  amount: { amount: string; currency: string } | null;
  breached: boolean;
  breaches: { slo: string; stage: string; dueAt: string; reachedAt: string | null; exception: { id: string; status: string } | null }[];
}

const JOURNEY = `id kind state stages { name reachedAt dueAt } startedAt completedAt cycleTimeSeconds customer { id } project { id }
  amount { amount currency } breached breaches { slo stage dueAt reachedAt exception { id status } }`;

async function journeys(filter: Record<string, unknown>, who: keyof typeof tokens = 'analyst', page: { first?: number; after?: string } = {}) {
  return testHub.query<{
    journeys: { edges: { cursor: string; node: JourneyView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
  }>(
    `query ($filter: JourneyFilter, $first: Int, $after: String) { journeys(filter: $filter, first: $first, after: $after) {
      edges { cursor node { ${JOURNEY} } } pageInfo { hasNextPage endCursor } totalCount } }`,
    { filter, ...page },
    as(who),
  );
}

async function journey(id: string, who: keyof typeof tokens = 'analyst'): Promise<GraphQLResult<{ journey: JourneyView | null }>> {
  return testHub.query<{ journey: JourneyView | null }>(`query ($id: ID!) { journey(id: $id) { ${JOURNEY} } }`, { id }, as(who));
}

/** The journey once `ready` holds of it (events reach the journeys through the bus). */
async function journeyOnce(id: string, ready: (view: JourneyView) => boolean, what: string): Promise<JourneyView> {
  let last: JourneyView | null | undefined = null;
  return waitFor(
    async () => {
      last = (await journey(id)).data?.journey;
      return last && ready(last) ? last : null;
    },
    { what: () => `${what} (journey is ${JSON.stringify(last)})` },
  );
}

const reached = (view: JourneyView, stage: string) => view.stages.find((s) => s.name === stage)?.reachedAt ?? null;

async function mutate(who: Role, mutation: string, input: Record<string, unknown>) {
  const result = await testHub.query<Record<string, { workflow: { status: string } | null; userErrors: { code: string }[] } & Record<string, unknown>>>(
    mutation,
    { input: { idempotencyKey: randomUUID(), ...input } },
    as(who),
  );
  expect(result.errors).toBeUndefined();
  const payload = Object.values(result.data ?? {})[0];
  expect(payload.userErrors).toEqual([]);
  return payload;
}

/** One write of the CRM's system API, as the service credential. */
async function crm(mutation: string, variables: Record<string, unknown>) {
  const response = await fetch(crmUrl.replace(/\/graphql$/, '/system/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken({ sub: 'service:test', roles: ['service'], customerId: null })}` },
    body: JSON.stringify({ query: mutation, variables: { request: { requestKey: randomUUID(), correlationId: 'journeys-test' }, ...variables } }),
  });
  const body = (await response.json()) as { data?: Record<string, { userErrors: { code: string }[]; result: string }> };
  const payload = Object.values(body.data ?? {})[0];
  expect(payload?.userErrors).toEqual([]);
  return JSON.parse(payload.result) as Record<string, unknown>;
}

let quoteJourney: string;
let timeJourney: string;
let cashJourney: string;
let breachException: string;

describe('journeys from the domain events', () => {
  it('follows quote-to-project from the won deal to the active project; the tiny SLO breaches once, with its context, and closes when the project comes', async () => {
    const opened = await crm(
      `mutation ($request: SystemRequest!, $customer: ID!) { openOpportunity(request: $request, customerId: $customer, name: "Grid telemetry",
        amount: "120000.00", currency: "USD", billingModel: "FIXED_FEE", serviceLine: "Data & AI", deliveryRegion: "EMEA",
        closeDate: "2026-11-15", expectedStart: "2027-01-04") { userErrors { code } result } }`,
      { customer: hub.globex },
    );
    const opportunityId = opened.opportunityId as string;
    const advance =
      'mutation ($request: SystemRequest!, $id: ID!) { advanceOpportunity(request: $request, opportunityId: $id) { userErrors { code } result } }';
    for (let stage = 0; stage < 4; stage++) await crm(advance, { id: opportunityId });
    await crm(
      'mutation ($request: SystemRequest!, $id: ID!) { winOpportunity(request: $request, opportunityId: $id, closeDate: "2026-11-15") { userErrors { code } result } }',
      { id: opportunityId },
    );
    const contract = await waitFor(
      async () =>
        (
          await testHub.query<{ opportunity: { contract: { id: string } | null } }>('query ($id: ID!) { opportunity(id: $id) { contract { id } } }', {
            id: opportunityId,
          })
        ).data?.opportunity.contract,
      { what: 'the deal to show its contract' },
    );
    await crm('mutation ($request: SystemRequest!, $id: ID!) { activateContract(request: $request, contractId: $id) { userErrors { code } result } }', {
      id: contract.id,
    });
    quoteJourney = journeyId('QUOTE_TO_PROJECT', opportunityId);
    const activated = await journeyOnce(
      quoteJourney,
      (view) => view.breaches[0]?.exception != null,
      'the journey to breach its SLO once activated, its exception raised',
    );
    expect(activated).toMatchObject({
      kind: 'QUOTE_TO_PROJECT',
      state: 'IN_PROGRESS',
      customer: { id: hub.globex },
      project: null,
      amount: { amount: '120000.00', currency: 'USD' },
      completedAt: null,
      cycleTimeSeconds: null,
    });
    expect(activated.stages.map((stage) => stage.name)).toEqual(['WON', 'CONTRACT_ACTIVATED', 'PROJECT_CREATED', 'PROJECT_ACTIVE']);
    const activatedAt = reached(activated, 'CONTRACT_ACTIVATED')!;
    expect(reached(activated, 'WON')! <= activatedAt).toBe(true);
    expect(activated.stages[2]).toEqual({ name: 'PROJECT_CREATED', reachedAt: null, dueAt: activatedAt });
    expect(activated.breaches).toEqual([
      {
        slo: 'project-created-after-activation',
        stage: 'PROJECT_CREATED',
        dueAt: activatedAt,
        reachedAt: null,
        exception: { id: expect.any(String), status: 'OPEN' },
      },
    ]);
    breachException = activated.breaches[0].exception!.id;

    const queue = await testHub.query<{
      exceptions: {
        edges: {
          node: {
            id: string;
            kind: string;
            workflow: null;
            step: string;
            system: string;
            customer: { id: string };
            project: null;
            amount: { amount: string };
            context: { label: string; value: string }[];
            journey: { id: string };
          };
        }[];
      };
    }>(
      `{ exceptions(filter: { kind: SLO_BREACH }) { edges { node { id kind workflow { id } step system customer { id } project { id } amount { amount }
        context { label value } journey { id } } } } }`,
      {},
      as('finance'),
    );
    const raised = queue.data!.exceptions.edges.map((edge) => edge.node).filter((node) => node.journey?.id === quoteJourney);
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      id: breachException,
      kind: 'SLO_BREACH',
      workflow: null,
      step: 'PROJECT_CREATED',
      system: 'PSA',
      customer: { id: hub.globex },
      project: null,
      amount: { amount: '120000.00' },
    });
    const context = Object.fromEntries(raised[0].context.map((entry) => [entry.label, entry.value]));
    expect(context).toMatchObject({
      journey: quoteJourney,
      slo: 'project-created-after-activation',
      stage: 'PROJECT_CREATED',
      due: activatedAt,
      amount: '120000.00 USD',
    });
    expect(context.age).toMatch(/^\d+ (s|min|h|d)/);

    const converted = await mutate(
      'delivery',
      'mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) { workflow { status } project { id } userErrors { code } } }',
      {
        opportunityId,
      },
    );
    const projectId = (converted.project as { id: string }).id;
    const created = await journeyOnce(
      quoteJourney,
      (view) => reached(view, 'PROJECT_CREATED') !== null && view.breaches[0]?.exception?.status === 'RESOLVED',
      'the project to reach the journey and close its breach',
    );
    expect(created).toMatchObject({ state: 'IN_PROGRESS', project: { id: projectId }, breached: true });
    expect(created.breaches[0].reachedAt).toBe(reached(created, 'PROJECT_CREATED'));
    const closed = await testHub.query<{ exception: { status: string; resolvedBy: string; resolutionNote: string } }>(
      'query ($id: ID!) { exception(id: $id) { status resolvedBy resolutionNote } }',
      { id: breachException },
      as('finance'),
    );
    expect(closed.data!.exception).toMatchObject({ status: 'RESOLVED', resolvedBy: 'system' });
    expect(closed.data!.exception.resolutionNote).toMatch(/^PROJECT_CREATED reached at .* after it was due$/);

    await mutate(
      'delivery',
      'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } userErrors { code } } }',
      {
        projectId,
        status: 'ACTIVE',
      },
    );
    const active = await journeyOnce(quoteJourney, (view) => view.state === 'COMPLETED', 'the journey to complete once the project is active');
    expect(active.completedAt).toBe(reached(active, 'PROJECT_ACTIVE'));
    expect(active.startedAt).toBe(reached(active, 'WON'));
    expect(active.cycleTimeSeconds).toBeCloseTo((Date.parse(active.completedAt!) - Date.parse(active.startedAt)) / 1000, 3);
    // Raised once, whatever the sweeps since (every event sweeps, and the timer every 100 ms).
    const raisedRows = await stores.workflows.all("SELECT id FROM workflow_exception WHERE kind = 'SLO_BREACH' AND dedupe_key LIKE ?", [`${quoteJourney}:%`]);
    expect(raisedRows).toHaveLength(1);
  });

  it('follows an approval of time to its posting and its invoice, valued at its billable amount', async () => {
    const entry = toHubId('TimeEntry', 'TC-0000006');
    await mutate('delivery', 'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { status } userErrors { code } } }', {
      timeEntryIds: [entry],
    });
    timeJourney = journeyId('TIME_TO_BILL', entry);
    const posted = await journeyOnce(timeJourney, (view) => reached(view, 'POSTED') !== null, 'the approved time to be posted');
    expect(posted).toMatchObject({
      kind: 'TIME_TO_BILL',
      state: 'IN_PROGRESS',
      customer: { id: hub.acme },
      project: { id: hub.erpProject },
      // 4 h at 200.00 USD.
      amount: { amount: '800.00', currency: 'USD' },
      breached: false,
      breaches: [],
    });
    expect(posted.stages[1].dueAt).toBe(addTarget(reached(posted, 'APPROVED')!, '15m'));
    await mutate('finance', 'mutation ($input: ProjectBillingInput!) { releaseBillingEvents(input: $input) { workflow { status } userErrors { code } } }', {
      projectId: hub.erpProject,
    });
    await mutate('finance', 'mutation ($input: ProjectBillingInput!) { issueInvoice(input: $input) { workflow { status } userErrors { code } } }', {
      projectId: hub.erpProject,
    });
    const invoiced = await journeyOnce(timeJourney, (view) => view.state === 'COMPLETED', 'the time journey to complete once invoiced');
    expect(invoiced.stages.map((stage) => stage.reachedAt !== null)).toEqual([true, true, true]);
    expect(invoiced.cycleTimeSeconds).toBeGreaterThan(0);
  });

  it('follows a milestone from approval to cash', async () => {
    const milestoneId = toHubId('Milestone', 'MS-000002');
    const milestone = 'milestone { id } userErrors { code }';
    await mutate('delivery', `mutation ($input: CompleteMilestoneInput!) { completeMilestone(input: $input) { workflow { status } ${milestone} } }`, {
      milestoneId,
      actualDate: '2026-11-13',
    });
    const signed = await testHub.query<{ signOffMilestone: { userErrors: unknown[] } }>(
      `mutation ($input: MilestoneInput!) { signOffMilestone(input: $input) { workflow { status } ${milestone} } }`,
      { input: { milestoneId, idempotencyKey: randomUUID() } },
      as('portalAcme'),
    );
    expect(signed.data!.signOffMilestone.userErrors).toEqual([]);
    await mutate('delivery', `mutation ($input: MilestoneInput!) { approveMilestone(input: $input) { workflow { status } ${milestone} } }`, { milestoneId });
    cashJourney = journeyId('PROJECT_TO_CASH', milestoneId);
    const released = await journeyOnce(cashJourney, (view) => reached(view, 'BILLING_RELEASED') !== null, 'the milestone billing to be released');
    expect(released).toMatchObject({
      state: 'IN_PROGRESS',
      customer: { id: hub.acme },
      project: { id: hub.dataProject },
      amount: { amount: '30000.00', currency: 'USD' },
    });
    expect(released.stages[2].dueAt).toBe(addTarget(reached(released, 'BILLING_RELEASED')!, '5bd'));
    const issued = await mutate(
      'finance',
      'mutation ($input: ProjectBillingInput!) { issueInvoice(input: $input) { workflow { status } invoice { id total { amount } } userErrors { code } } }',
      {
        projectId: hub.dataProject,
      },
    );
    const invoice = issued.invoice as { id: string; total: { amount: string } };
    await journeyOnce(cashJourney, (view) => reached(view, 'INVOICE_ISSUED') !== null, 'the invoice to reach the journey');
    await mutate('finance', 'mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { workflow { status } userErrors { code } } }', {
      invoiceId: invoice.id,
      amount: invoice.total.amount,
    });
    const paid = await journeyOnce(cashJourney, (view) => view.state === 'COMPLETED', 'the journey to complete once paid');
    expect(paid.completedAt).toBe(reached(paid, 'PAID'));
    expect(paid.breached).toBe(false);
  });

  it('reports each SLO with its attainment over the window', async () => {
    const result = await testHub.query<{ slos: Record<string, unknown>[] }>(
      '{ slos { name kind fromStage toStage target attainment met breaches window } }',
      {},
      as('delivery'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.slos).toEqual([
      {
        name: 'project-created-after-activation',
        kind: 'QUOTE_TO_PROJECT',
        fromStage: 'CONTRACT_ACTIVATED',
        toStage: 'PROJECT_CREATED',
        target: '0 seconds',
        attainment: 0,
        met: 0,
        breaches: 1,
        window: 'P30D',
      },
      {
        name: 'approved-time-posted',
        kind: 'TIME_TO_BILL',
        fromStage: 'APPROVED',
        toStage: 'POSTED',
        target: '15 minutes',
        attainment: 1,
        met: 1,
        breaches: 0,
        window: 'P30D',
      },
      {
        name: 'invoice-issued-after-release',
        kind: 'PROJECT_TO_CASH',
        fromStage: 'BILLING_RELEASED',
        toStage: 'INVOICE_ISSUED',
        target: '5 business days',
        attainment: 1,
        met: 1,
        breaches: 0,
        window: 'P30D',
      },
    ]);
  });

  it("shows a portal user its own customer's journeys only, without the breach's exception or the SLOs", async () => {
    const acme = await journeys({}, 'portalAcme');
    expect(acme.errors).toBeUndefined();
    expect(new Set(acme.data!.journeys.edges.map((edge) => edge.node.id))).toEqual(new Set([timeJourney, cashJourney]));
    expect(acme.data!.journeys.totalCount).toBe(2);
    // Asking for another customer's lists nothing, as if it did not exist.
    expect((await journeys({ customerId: hub.globex }, 'portalAcme')).data!.journeys).toMatchObject({ edges: [], totalCount: 0 });
    expect((await journey(quoteJourney, 'portalAcme')).data!.journey).toBeNull();
    // Its own, with the amount (billing, not cost), but the breach's exception is the queue's roles'.
    const own = await journey(quoteJourney, 'portalGlobex');
    expect(own.data!.journey).toMatchObject({
      id: quoteJourney,
      amount: { amount: '120000.00' },
      breaches: [{ slo: 'project-created-after-activation', exception: null }],
    });
    expect(own.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([['FORBIDDEN', 'journey.breaches.0.exception']]);
    const finance = await journey(quoteJourney, 'finance');
    expect(finance.errors).toBeUndefined();
    expect(finance.data!.journey!.breaches[0].exception).toEqual({ id: breachException, status: 'RESOLVED' });
    expect((await journey(timeJourney, 'finance')).data!.journey!.amount).toEqual({ amount: '800.00', currency: 'USD' });
    const slos = await testHub.query('{ slos { name } }', {}, as('portalAcme'));
    expect(slos.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('filters by kind, state, customer, project, breach and start, and pages with cursors', async () => {
    const ids = async (filter: Record<string, unknown>) => (await journeys(filter)).data!.journeys.edges.map((edge) => edge.node.id);
    expect(await ids({ kind: 'TIME_TO_BILL' })).toEqual([timeJourney]);
    expect(await ids({ breached: true })).toEqual([quoteJourney]);
    expect(new Set(await ids({ breached: false }))).toEqual(new Set([timeJourney, cashJourney]));
    expect(await ids({ projectId: hub.dataProject })).toEqual([cashJourney]);
    expect(await ids({ customerId: hub.globex, state: 'COMPLETED' })).toEqual([quoteJourney]);
    expect(await ids({ state: 'STOPPED' })).toEqual([]);
    expect(await ids({ from: '2999-01-01T00:00:00Z' })).toEqual([]);
    expect(await ids({ to: '2000-01-01T00:00:00Z' })).toEqual([]);
    const all = await ids({});
    expect(all).toHaveLength(3);
    const first = (await journeys({}, 'analyst', { first: 2 })).data!.journeys;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = (await journeys({}, 'analyst', { first: 2, after: first.pageInfo.endCursor! })).data!.journeys;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...rest.edges].map((edge) => edge.node.id)).toEqual(all);
  });

  it('answers hostile filters with BAD_USER_INPUT and changes nothing', async () => {
    const before = await stores.workflows.all('SELECT id, updated_at FROM journey ORDER BY id');
    const refusals: [Record<string, unknown>, { first?: number; after?: string }, string][] = [
      [{ customerId: 'x'.repeat(10_000) }, {}, 'filter.customerId'],
      [{ projectId: "prj_' OR 1=1 --" }, {}, 'filter.projectId'],
      [{ from: 'yesterday' }, {}, 'filter.from'],
      [{ from: '2026-11-20T00:00:00Z', to: '2026-11-01T00:00:00Z' }, {}, 'filter.from'],
      [{}, { first: -1 }, 'first'],
      [{}, { after: 'not-a-cursor' }, 'after'],
      [{}, { after: Buffer.from("k:2026|'; DROP TABLE journey; --").toString('base64url') }, 'after'],
    ];
    for (const [filter, page, argument] of refusals) {
      const result = await journeys(filter, 'analyst', page);
      expect({ argument, data: result.data ?? null }).toEqual({ argument, data: null });
      expect({ argument, codes: result.errors?.map((error) => error.extensions?.code) }).toEqual({ argument, codes: ['BAD_USER_INPUT'] });
      expect(JSON.stringify(result.errors)).toContain(argument);
      expect(JSON.stringify(result.errors)).not.toMatch(/SELECT|sqlite|postgres|at .*\.ts/i);
    }
    const kind = await journeys({ kind: 'EVERYTHING' });
    expect(kind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stores.workflows.all('SELECT id, updated_at FROM journey ORDER BY id')).toEqual(before);
  });
});

describe('two consumers on one store', () => {
  function event(type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string): DomainEvent {
    return { id: randomUUID(), type, aggregateId, occurredAt, source: type.startsWith('Milestone') ? 'PSA' : 'ERP', correlationId: 'journeys-test', data };
  }

  it('apply each event once, whichever gets it and however often', async () => {
    const db: SqlDatabase = stores.workflows;
    const milestone = toHubId('Milestone', 'MS-009999');
    const billing = toHubId('BillingEvent', 'BE-099999');
    const invoice = toHubId('Invoice', 'INV-199999');
    const facts = { projectId: hub.dataProject, customerId: hub.acme };
    // Within the last hours: the sweep after each event judges the clocks against now.
    const base = Math.floor(Date.now() / 1000) * 1000;
    const at = (hoursAgo: number, seconds = 0) => new Date(base - hoursAgo * 3_600_000 + seconds * 1000).toISOString();
    const events = [
      event('MilestoneApproved', milestone, { ...facts, amount: 150_000, currency: 'USD' }, at(3)),
      event('BillingEventGenerated', billing, { ...facts, billingEventId: billing, kind: 'MILESTONE', milestoneId: milestone }, at(3, 1)),
      event('BillingEventReleased', billing, { ...facts, billingEventId: billing }, at(3, 2)),
      event('InvoiceIssued', invoice, { ...facts, invoiceId: invoice, billingEventIds: [billing], timeEntryIds: [] }, at(2)),
      event('InvoicePaid', invoice, { ...facts, invoiceId: invoice }, at(1)),
    ];
    const store = createSqlWorkflowStore(db);
    const consumers = [journeyConsumer(db, store, 'journeys-a'), journeyConsumer(db, store, 'journeys-b')];
    // Both get every event (a redelivery to another process), in order, at the same time; and each twice.
    await Promise.all(
      consumers.map(async (consumer) => {
        for (const delivered of events)
          await Promise.all([
            consumer.handler(delivered, { sequence: 1, redelivered: false }),
            consumer.handler(delivered, { sequence: 1, redelivered: true }),
          ]);
      }),
    );
    const id = journeyId('PROJECT_TO_CASH', milestone);
    const rows = await db.all<{ state: string; stages: string; cycle_time_seconds: number }>(
      'SELECT state, stages, cycle_time_seconds FROM journey WHERE id = ?',
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].state).toBe('COMPLETED');
    expect(JSON.parse(rows[0].stages)).toEqual({ MILESTONE_APPROVED: at(3), BILLING_RELEASED: at(3, 2), INVOICE_ISSUED: at(2), PAID: at(1) });
    expect(Number(rows[0].cycle_time_seconds)).toBe(2 * 3600);
    const applied = await db.all(
      'SELECT event_id FROM journey_event WHERE event_id IN (?, ?, ?, ?, ?)',
      events.map((e) => e.id),
    );
    expect(applied).toHaveLength(5);
    const clocks = await db.all<{ breached: number }>('SELECT breached FROM journey_slo WHERE journey_id = ?', [id]);
    expect(clocks.map((clock) => Number(clock.breached))).toEqual([0]);
  });
});

describe('the sweeper', () => {
  it('raises an overdue stage once, with its context, on a clock no event moved, and closes it when the journey stops', async () => {
    const db: SqlDatabase = stores.workflows;
    const store = createSqlWorkflowStore(db);
    const consumer = journeyConsumer(db, store);
    const milestone = toHubId('Milestone', 'MS-009998');
    const billing = toHubId('BillingEvent', 'BE-099998');
    const facts = { projectId: hub.dataProject, customerId: hub.acme };
    const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const deliver = (type: string, aggregateId: string, data: Record<string, unknown>) =>
      consumer.handler(
        { id: randomUUID(), type, aggregateId, occurredAt: now, source: type.startsWith('Milestone') ? 'PSA' : 'ERP', correlationId: 'journeys-sweep', data },
        { sequence: 1, redelivered: false },
      );
    await deliver('MilestoneApproved', milestone, { ...facts, amount: 420_000, currency: 'USD' });
    await deliver('BillingEventGenerated', billing, { ...facts, billingEventId: billing, kind: 'MILESTONE', milestoneId: milestone });
    await deliver('BillingEventReleased', billing, { ...facts, billingEventId: billing });
    const id = journeyId('PROJECT_TO_CASH', milestone);
    const due = addTarget(now, '5bd');
    expect(await db.all('SELECT due_at, breached FROM journey_slo WHERE journey_id = ?', [id])).toEqual([{ due_at: due, breached: 0 }]);
    // Not due yet: nothing. A week on, without any event: one breach, however many sweeps.
    expect(await sweepJourneys(db, store)).toBe(0);
    const later = Date.parse(due) + 3_600_000;
    expect(
      await Promise.all([sweepJourneys(db, store, later), sweepJourneys(db, store, later)]).then((counts) => counts.reduce((a, b) => a + b)),
    ).toBeGreaterThanOrEqual(1);
    expect(await sweepJourneys(db, store, later)).toBe(0);
    const raised = await db.all<{ id: string; status: string; step: string; system: string; amount: number | string; context: string; project_id: string }>(
      "SELECT id, status, step, system, amount, context, project_id FROM workflow_exception WHERE kind = 'SLO_BREACH' AND dedupe_key = ?",
      [`${id}:invoice-issued-after-release`],
    );
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ status: 'OPEN', step: 'INVOICE_ISSUED', system: 'ERP', project_id: hub.dataProject });
    expect(Number(raised[0].amount)).toBe(420_000);
    const context = Object.fromEntries((JSON.parse(raised[0].context) as { label: string; value: string }[]).map((entry) => [entry.label, entry.value]));
    expect(context).toMatchObject({ stage: 'INVOICE_ISSUED', due, target: '5 business days', amount: '4200.00 USD' });
    expect(context.age).toMatch(/^[78] d \d+ h$/);
    // One ExceptionRaised for it, however many sweeps raised and refreshed it.
    const announced = await db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM outbox WHERE aggregate_id = ? AND event LIKE \'%"ExceptionRaised"%\'', [
      raised[0].id,
    ]);
    expect(Number(announced?.n)).toBe(1);
    expect((await journey(id, 'finance')).data!.journey).toMatchObject({
      breached: true,
      breaches: [{ stage: 'INVOICE_ISSUED', reachedAt: null, exception: { id: raised[0].id, status: 'OPEN' } }],
    });
    // The approval undone: the journey stops and its exception closes with a note.
    await deliver('MilestoneReopened', milestone, facts);
    const closed = await db.get<{ status: string; resolution_note: string }>('SELECT status, resolution_note FROM workflow_exception WHERE id = ?', [
      raised[0].id,
    ]);
    expect(closed).toEqual({ status: 'RESOLVED', resolution_note: 'The journey stopped before the stage was reached' });
    expect((await journey(id)).data!.journey).toMatchObject({ state: 'STOPPED', breached: true });
  });
});

describe('SLO settings', () => {
  it('refuse a malformed OPSGRAPH_SLOS at start and ignore a name that is no SLO', () => {
    const current = process.env.OPSGRAPH_SLOS;
    try {
      for (const [value, problem] of [
        ['not json', 'OPSGRAPH_SLOS must be a JSON object'],
        ['["15m"]', 'OPSGRAPH_SLOS must be a JSON object'],
        ['{"approved-time-posted":"soon"}', 'OPSGRAPH_SLOS: the target of approved-time-posted must be'],
        ['{"approved-time-posted":15}', 'OPSGRAPH_SLOS: the target of approved-time-posted must be'],
      ]) {
        process.env.OPSGRAPH_SLOS = value;
        expect(
          validateConfig('hub', []).some((message) => message.startsWith(problem)),
          value,
        ).toBe(true);
      }
      process.env.OPSGRAPH_SLOS = '{"approved-time-posted":"30m","no-such-slo":"1h"}';
      expect(validateConfig('hub', []).filter((message) => message.includes('OPSGRAPH_SLOS'))).toEqual([]);
      expect(slosInForce().map((slo) => [slo.name, slo.target])).toEqual([
        ['project-created-after-activation', '1bd'],
        ['approved-time-posted', '30m'],
        ['invoice-issued-after-release', '5bd'],
      ]);
    } finally {
      process.env.OPSGRAPH_SLOS = current;
    }
  });
});

describe('business days', () => {
  it('count Monday to Friday in UTC', () => {
    // Friday 15:00 + 1 business day: Monday 15:00; a clock started on Saturday starts on Monday at midnight.
    expect(addTarget('2026-11-27T15:00:00.000Z', '1bd')).toBe('2026-11-30T15:00:00.000Z');
    expect(addTarget('2026-11-28T10:00:00.000Z', '1bd')).toBe('2026-12-01T00:00:00.000Z');
    expect(addTarget('2026-11-23T09:30:00.000Z', '5bd')).toBe('2026-11-30T09:30:00.000Z');
    expect(addTarget('2026-11-23T09:30:00.000Z', '15m')).toBe('2026-11-23T09:45:00.000Z');
    expect(addTarget('2026-11-28T10:00:00.000Z', '2d')).toBe('2026-11-30T10:00:00.000Z');
  });
});

describe('what moves a journey besides the happy path', () => {
  // One instant for the whole block, so that a stage's time can be named again in an assertion.
  const base = Math.floor(Date.now() / 1000) * 1000;
  const recent = (minutesAgo: number) => new Date(base - minutesAgo * 60_000).toISOString();
  function deliverer() {
    const db: SqlDatabase = stores.workflows;
    const consumer = journeyConsumer(db, createSqlWorkflowStore(db));
    return (type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string, extra: Partial<DomainEvent> = {}) =>
      consumer.handler(
        { id: randomUUID(), type, aggregateId, occurredAt, source: 'PSA', correlationId: 'journeys-paths', data, ...extra },
        { sequence: 1, redelivered: false },
      );
  }
  const row = (id: string) =>
    stores.workflows.get<{ state: string; stages: string; amount: number | string | null; project_id: string | null }>(
      'SELECT state, stages, amount, project_id FROM journey WHERE id = ?',
      [id],
    );

  it('completes a batch with nothing billable once posted, whichever of its approval and its posting comes first', async () => {
    const deliver = deliverer();
    const [first, second] = [toHubId('TimeEntry', 'TC-0990001'), toHubId('TimeEntry', 'TC-0990002')].sort();
    const facts = { projectId: hub.erpProject, customerId: hub.acme };
    // The ERP's posting arrives before the PSA's approval (two outboxes, two relays).
    await deliver('CostPosted', hub.erpProject, { ...facts, source: 'TIME', entries: 2, timeEntryIds: [first, second], batchId: first }, recent(5), {
      source: 'ERP',
    });
    const id = journeyId('TIME_TO_BILL', first);
    expect(await row(id)).toMatchObject({ state: 'IN_PROGRESS' });
    await deliver('TimeApproved', first, { ...facts, batchId: first, timeEntryIds: [first, second], billableValue: 0, currency: 'USD' }, recent(6));
    await deliver('TimeApproved', second, { ...facts, batchId: first }, recent(6));
    const done = await row(id);
    expect(done).toMatchObject({ state: 'COMPLETED' });
    expect(JSON.parse(done!.stages)).toEqual({ APPROVED: recent(6), POSTED: recent(5) });
    expect(Number(done!.amount)).toBe(0);
  });

  it('un-reaches PROJECT_CREATED when the conversion is undone, and stops a deal whose project is cancelled', async () => {
    const deliver = deliverer();
    const deal = toHubId('Opportunity', '006000000000099AAA');
    const [undone, kept] = [toHubId('Project', 'PRJ-2026-0901'), toHubId('Project', 'PRJ-2026-0902')];
    const id = journeyId('QUOTE_TO_PROJECT', deal);
    await deliver('OpportunityWon', deal, { customerId: hub.globex, amount: 5_000_000, currency: 'USD' }, recent(30), { source: 'CRM' });
    await deliver('ProjectCreated', undone, { customerId: hub.globex, opportunityId: deal, bookings: 5_000_000, currency: 'USD' }, recent(20));
    expect(await row(id)).toMatchObject({ project_id: undone });
    await deliver('ProjectRemoved', undone, {}, recent(19));
    const reverted = await row(id);
    expect(reverted).toMatchObject({ state: 'IN_PROGRESS', project_id: null });
    expect(Object.keys(JSON.parse(reverted!.stages))).toEqual(['WON']);
    await deliver('ProjectCreated', kept, { customerId: hub.globex, opportunityId: deal, bookings: 5_000_000, currency: 'USD' }, recent(10));
    await deliver('ProjectStatusChanged', kept, { customerId: hub.globex, reason: 'Client withdrew' }, recent(5), {
      fromState: 'PLANNED',
      toState: 'CANCELLED',
    });
    const stopped = await row(id);
    expect(stopped).toMatchObject({ state: 'STOPPED', project_id: kept });
    expect(JSON.parse(stopped!.stages)).toEqual({ WON: recent(30), PROJECT_CREATED: recent(10) });
    // A stopped journey reaches no further stage.
    await deliver('ProjectStatusChanged', kept, { customerId: hub.globex }, recent(1), { fromState: 'CANCELLED', toState: 'ACTIVE' });
    expect(await row(id)).toMatchObject({ state: 'STOPPED' });
  });

  it('stops a milestone whose approval is undone, and starts it over when it is approved again', async () => {
    const deliver = deliverer();
    const milestone = toHubId('Milestone', 'MS-009997');
    const facts = { projectId: hub.dataProject, customerId: hub.acme, amount: 100_000, currency: 'USD' };
    const id = journeyId('PROJECT_TO_CASH', milestone);
    await deliver('MilestoneApproved', milestone, facts, recent(30));
    await deliver('MilestoneReopened', milestone, facts, recent(29));
    expect(await row(id)).toMatchObject({ state: 'STOPPED' });
    await deliver('MilestoneApproved', milestone, facts, recent(10));
    const again = await row(id);
    expect(again).toMatchObject({ state: 'IN_PROGRESS' });
    expect(JSON.parse(again!.stages)).toEqual({ MILESTONE_APPROVED: recent(10) });
  });
});

describe('journeys whatever the order their events arrive in', () => {
  // One instant for every delivery order, so that each order's journeys have the same stage times.
  const base = Math.floor(Date.now() / 1000) * 1000;
  const ago = (minutes: number) => new Date(base - minutes * 60_000).toISOString();
  const tenDays = 10 * 24 * 60;

  /** Run `n`'s events (its own ids): a deal to its active project, a batch of time to its invoice, a milestone to cash, and a milestone released and never invoiced. */
  function runOf(n: number) {
    const deal = toHubId('Opportunity', `0060000000008${String(n).padStart(2, '0')}AAA`);
    const contract = toHubId('Contract', `8000000000008${String(n).padStart(2, '0')}AAA`);
    const project = toHubId('Project', `PRJ-2026-08${String(n).padStart(2, '0')}`);
    const [lead, other] = [toHubId('TimeEntry', `TC-08${n}0001`), toHubId('TimeEntry', `TC-08${n}0002`)].sort();
    const milestone = toHubId('Milestone', `MS-008${n}01`);
    const waiting = toHubId('Milestone', `MS-008${n}02`);
    const billing = toHubId('BillingEvent', `BE-088${n}01`);
    const waitingBilling = toHubId('BillingEvent', `BE-088${n}02`);
    const invoice = toHubId('Invoice', `INV-188${n}01`);
    const timeInvoice = toHubId('Invoice', `INV-188${n}02`);
    const time = { customerId: hub.acme, projectId: hub.erpProject };
    const cash = { customerId: hub.acme, projectId: hub.dataProject };
    const event = (type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string, source: string, extra: Partial<DomainEvent> = {}) => ({
      id: randomUUID(),
      type,
      aggregateId,
      occurredAt,
      source,
      correlationId: `journeys-order-${n}`,
      data,
      ...extra,
    });
    const events: DomainEvent[] = [
      event('OpportunityWon', deal, { customerId: hub.globex, amount: 9_000_000, currency: 'USD' }, ago(300), 'CRM'),
      event('ContractActivated', contract, { customerId: hub.globex, opportunityId: deal }, ago(290), 'CRM'),
      event('ProjectCreated', project, { customerId: hub.globex, opportunityId: deal, bookings: 8_000_000, currency: 'USD' }, ago(280), 'PSA'),
      event('ProjectStatusChanged', project, { customerId: hub.globex }, ago(270), 'PSA', { fromState: 'PLANNED', toState: 'ACTIVE' }),
      event('TimeApproved', lead, { ...time, batchId: lead, timeEntryIds: [lead, other], billableValue: 160_000, currency: 'USD' }, ago(200), 'PSA'),
      event('TimeApproved', other, { ...time, batchId: lead }, ago(200), 'PSA'),
      // Posted 40 minutes after its approval: its 15 minutes missed.
      event('CostPosted', hub.erpProject, { ...time, source: 'TIME', entries: 2, timeEntryIds: [lead, other], batchId: lead }, ago(160), 'ERP'),
      event('InvoiceIssued', timeInvoice, { ...time, invoiceId: timeInvoice, timeEntryIds: [lead, other], billingEventIds: [] }, ago(100), 'ERP'),
      event('MilestoneApproved', milestone, { ...cash, amount: 250_000, currency: 'USD' }, ago(240), 'PSA'),
      event('BillingEventGenerated', billing, { ...cash, billingEventId: billing, kind: 'MILESTONE', milestoneId: milestone }, ago(239), 'ERP'),
      event('BillingEventReleased', billing, { ...cash, billingEventId: billing }, ago(238), 'ERP'),
      event('InvoiceIssued', invoice, { ...cash, invoiceId: invoice, billingEventIds: [billing], timeEntryIds: [] }, ago(120), 'ERP'),
      event('InvoicePaid', invoice, { ...cash, invoiceId: invoice }, ago(60), 'ERP'),
      // Released ten days ago and never invoiced: overdue whichever order.
      event('MilestoneApproved', waiting, { ...cash, amount: 70_000, currency: 'USD' }, ago(tenDays + 2), 'PSA'),
      event(
        'BillingEventGenerated',
        waitingBilling,
        { ...cash, billingEventId: waitingBilling, kind: 'MILESTONE', milestoneId: waiting },
        ago(tenDays + 1),
        'ERP',
      ),
      event('BillingEventReleased', waitingBilling, { ...cash, billingEventId: waitingBilling }, ago(tenDays), 'ERP'),
    ];
    const journeys = {
      quote: journeyId('QUOTE_TO_PROJECT', deal),
      time: journeyId('TIME_TO_BILL', lead),
      cash: journeyId('PROJECT_TO_CASH', milestone),
      waiting: journeyId('PROJECT_TO_CASH', waiting),
    };
    return { events: events.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1)), journeys, project };
  }

  type Run = ReturnType<typeof runOf>;

  /** A run's journeys as `journey(id)` answers them, its own ids named alike in every run, each breach's exception with its status and closing note. */
  async function viewsOf(run: Run) {
    const views: Record<string, unknown> = {};
    for (const [name, id] of Object.entries(run.journeys)) {
      const view = (await journey(id)).data?.journey;
      if (!view) return null;
      const breaches = [];
      for (const breach of view.breaches) {
        const exception = breach.exception
          ? await stores.workflows.get<{ status: string; resolution_note: string | null }>(
              'SELECT status, resolution_note FROM workflow_exception WHERE id = ?',
              [breach.exception.id],
            )
          : null;
        breaches.push({ ...breach, exception: exception && { status: breach.exception!.status, note: exception.resolution_note } });
      }
      views[name] = JSON.parse(
        JSON.stringify({ ...view, breaches })
          .replaceAll(id, name)
          .replaceAll(run.project, 'project'),
      );
    }
    return views;
  }

  const stage = (name: string, reachedAt: string | null, dueAt: string | null = null) => ({ name, reachedAt, dueAt });
  const expected = {
    quote: {
      id: 'quote',
      kind: 'QUOTE_TO_PROJECT',
      state: 'COMPLETED',
      stages: [stage('WON', ago(300)), stage('CONTRACT_ACTIVATED', ago(290)), stage('PROJECT_CREATED', ago(280), ago(290)), stage('PROJECT_ACTIVE', ago(270))],
      startedAt: ago(300),
      completedAt: ago(270),
      cycleTimeSeconds: 30 * 60,
      customer: { id: hub.globex },
      project: { id: 'project' },
      // The deal's amount: the first event that carries one, in occurredAt order.
      amount: { amount: '90000.00', currency: 'USD' },
      breached: true,
      breaches: [
        {
          slo: 'project-created-after-activation',
          stage: 'PROJECT_CREATED',
          dueAt: ago(290),
          reachedAt: ago(280),
          exception: { status: 'RESOLVED', note: `PROJECT_CREATED reached at ${ago(280)}, 10 min 0 s after it was due` },
        },
      ],
    },
    time: {
      id: 'time',
      kind: 'TIME_TO_BILL',
      state: 'COMPLETED',
      stages: [stage('APPROVED', ago(200)), stage('POSTED', ago(160), ago(185)), stage('INVOICED', ago(100))],
      startedAt: ago(200),
      completedAt: ago(100),
      cycleTimeSeconds: 100 * 60,
      customer: { id: hub.acme },
      project: { id: hub.erpProject },
      amount: { amount: '1600.00', currency: 'USD' },
      breached: true,
      breaches: [
        {
          slo: 'approved-time-posted',
          stage: 'POSTED',
          dueAt: ago(185),
          reachedAt: ago(160),
          exception: { status: 'RESOLVED', note: `POSTED reached at ${ago(160)}, 25 min 0 s after it was due` },
        },
      ],
    },
    cash: {
      id: 'cash',
      kind: 'PROJECT_TO_CASH',
      state: 'COMPLETED',
      stages: [
        stage('MILESTONE_APPROVED', ago(240)),
        stage('BILLING_RELEASED', ago(238)),
        stage('INVOICE_ISSUED', ago(120), addTarget(ago(238), '5bd')),
        stage('PAID', ago(60)),
      ],
      startedAt: ago(240),
      completedAt: ago(60),
      cycleTimeSeconds: 180 * 60,
      customer: { id: hub.acme },
      project: { id: hub.dataProject },
      amount: { amount: '2500.00', currency: 'USD' },
      breached: false,
      breaches: [],
    },
    waiting: {
      id: 'waiting',
      kind: 'PROJECT_TO_CASH',
      state: 'IN_PROGRESS',
      stages: [
        stage('MILESTONE_APPROVED', ago(tenDays + 2)),
        stage('BILLING_RELEASED', ago(tenDays)),
        stage('INVOICE_ISSUED', null, addTarget(ago(tenDays), '5bd')),
        stage('PAID', null),
      ],
      startedAt: ago(tenDays + 2),
      completedAt: null,
      cycleTimeSeconds: null,
      customer: { id: hub.acme },
      project: { id: hub.dataProject },
      amount: { amount: '700.00', currency: 'USD' },
      breached: true,
      breaches: [
        {
          slo: 'invoice-issued-after-release',
          stage: 'INVOICE_ISSUED',
          dueAt: addTarget(ago(tenDays), '5bd'),
          reachedAt: null,
          exception: { status: 'OPEN', note: null },
        },
      ],
    },
  };

  /** A deterministic shuffle (a seeded linear congruential generator), so that a failure can be replayed. */
  function shuffled<T>(items: readonly T[], seed: number): T[] {
    const out = [...items];
    let state = seed;
    for (let i = out.length - 1; i > 0; i--) {
      state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
      const j = state % (i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }

  it('end alike whether they arrive in order, reversed, shuffled with redeliveries, or split between two consumers', async () => {
    const db: SqlDatabase = stores.workflows;
    const store = createSqlWorkflowStore(db);
    const consumer = journeyConsumer(db, store, 'journeys-order');
    const deliver = async (events: readonly DomainEvent[], to = consumer) => {
      for (const [index, delivered] of events.entries()) await to.handler(delivered, { sequence: index + 1, redelivered: false });
    };
    const runs = [1, 2, 3, 4, 5].map(runOf);
    // In occurredAt order; reversed; shuffled; shuffled otherwise, with two events delivered again late.
    await deliver(runs[0].events);
    await deliver([...runs[1].events].reverse());
    await deliver(shuffled(runs[2].events, 7));
    const again = shuffled(runs[3].events, 42);
    await deliver([...again, again[0], again[again.length - 1], runs[3].events[0]]);
    // Two consumers (two workflows processes) at once, one in order, the other reversed: each event is applied once, by whichever comes first.
    const other = journeyConsumer(db, store, 'journeys-order-b');
    await Promise.all([deliver(runs[4].events), deliver([...runs[4].events].reverse(), other)]);

    for (const [index, run] of runs.entries()) {
      await expect.poll(() => viewsOf(run), { timeout: 10_000, message: `run ${index + 1}'s journeys` }).toEqual(expected);
    }
    // And the answers themselves are one, exceptions and all.
    const views = await Promise.all(runs.map(viewsOf));
    for (const view of views.slice(1)) expect(view).toEqual(views[0]);
    // One exception per missed clock, whatever the order; only the stage never reached has one open.
    for (const run of runs) {
      const keys = Object.values(run.journeys).flatMap((id) => SLO_DEFINITIONS.map((slo) => `${id}:${slo.name}`));
      const open = await db.all<{ dedupe_key: string }>(
        `SELECT dedupe_key FROM workflow_exception WHERE kind = 'SLO_BREACH' AND status <> 'RESOLVED' AND dedupe_key IN (${keys.map(() => '?').join(', ')})`,
        keys,
      );
      expect(open.map((row) => row.dedupe_key)).toEqual([`${run.journeys.waiting}:invoice-issued-after-release`]);
    }
    // Each completed journey observed once in the cycle times.
    const observed = await db.all<{ journey_id: string; cycle_time_seconds: number | string }>(
      `SELECT journey_id, cycle_time_seconds FROM journey_cycle_time WHERE journey_id IN (${runs.map(() => '?, ?, ?, ?').join(', ')}) ORDER BY journey_id`,
      runs.flatMap((run) => Object.values(run.journeys)),
    );
    expect(observed).toHaveLength(runs.length * 3);
  });

  it('counts a stage reached by its due time as met though its event came after a sweep found it overdue, and closes that exception saying so', async () => {
    const db: SqlDatabase = stores.workflows;
    const consumer = journeyConsumer(db, createSqlWorkflowStore(db), 'journeys-delayed');
    const milestone = toHubId('Milestone', 'MS-008901');
    const billing = toHubId('BillingEvent', 'BE-088901');
    const invoice = toHubId('Invoice', 'INV-188901');
    const facts = { customerId: hub.acme, projectId: hub.dataProject };
    const deliver = (type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string) =>
      consumer.handler(
        { id: randomUUID(), type, aggregateId, occurredAt, source: type.startsWith('Milestone') ? 'PSA' : 'ERP', correlationId: 'journeys-delayed', data },
        { sequence: 1, redelivered: false },
      );
    await deliver('MilestoneApproved', milestone, { ...facts, amount: 50_000, currency: 'USD' }, ago(tenDays + 2));
    await deliver('BillingEventGenerated', billing, { ...facts, billingEventId: billing, kind: 'MILESTONE', milestoneId: milestone }, ago(tenDays + 1));
    await deliver('BillingEventReleased', billing, { ...facts, billingEventId: billing }, ago(tenDays));
    const id = journeyId('PROJECT_TO_CASH', milestone);
    const overdue = await journeyOnce(id, (view) => view.breaches[0]?.exception?.status === 'OPEN', 'the sweep to find the invoice overdue');
    expect(overdue.breached).toBe(true);
    // The invoice was issued an hour after the release, well within its 5 business days; its event comes only now.
    await deliver('InvoiceIssued', invoice, { ...facts, invoiceId: invoice, billingEventIds: [billing], timeEntryIds: [] }, ago(tenDays - 60));
    const met = (await journey(id)).data!.journey!;
    expect(met).toMatchObject({ state: 'IN_PROGRESS', breached: false, breaches: [] });
    expect(met.stages[2]).toEqual({ name: 'INVOICE_ISSUED', reachedAt: ago(tenDays - 60), dueAt: addTarget(ago(tenDays), '5bd') });
    const closed = await db.get<{ status: string; resolution_note: string }>('SELECT status, resolution_note FROM workflow_exception WHERE id = ?', [
      overdue.breaches[0].exception!.id,
    ]);
    expect(closed).toEqual({
      status: 'RESOLVED',
      resolution_note: `INVOICE_ISSUED reached at ${ago(tenDays - 60)}, by its due time: its event arrived after a sweep had found it overdue`,
    });
  });

  it('keeps a stage at its earliest time and starts the SLO clock over from it when an earlier event of the journey comes late', async () => {
    const db: SqlDatabase = stores.workflows;
    const consumer = journeyConsumer(db, createSqlWorkflowStore(db), 'journeys-late');
    const [first, second] = [toHubId('TimeEntry', 'TC-0870001'), toHubId('TimeEntry', 'TC-0870002')].sort();
    const facts = { customerId: hub.acme, projectId: hub.erpProject };
    const deliver = (type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string) =>
      consumer.handler(
        { id: randomUUID(), type, aggregateId, occurredAt, source: type === 'CostPosted' ? 'ERP' : 'PSA', correlationId: 'journeys-late', data },
        { sequence: 1, redelivered: false },
      );
    const id = journeyId('TIME_TO_BILL', first);
    // Approved 12 minutes ago and posted 10 minutes later: within its 15 minutes, never overdue.
    await deliver('TimeApproved', first, { ...facts, batchId: first, timeEntryIds: [first, second], billableValue: 0, currency: 'USD' }, ago(12));
    await deliver('CostPosted', hub.erpProject, { ...facts, source: 'TIME', entries: 2, timeEntryIds: [first, second], batchId: first }, ago(2));
    const completed = (await journey(id)).data!.journey!;
    expect(completed).toMatchObject({ state: 'COMPLETED', startedAt: ago(12), cycleTimeSeconds: 600, breached: false, breaches: [] });
    // The second timecard's approval, 20 minutes earlier, arrives now: the batch was approved then, and posted 30 minutes after.
    await deliver('TimeApproved', second, { ...facts, batchId: first }, ago(32));
    const corrected = await journeyOnce(id, (view) => view.breaches[0]?.exception?.status === 'RESOLVED', 'the late approval to make the posting late');
    expect(corrected).toMatchObject({ state: 'COMPLETED', startedAt: ago(32), completedAt: ago(2), cycleTimeSeconds: 1800, breached: true });
    expect(corrected.stages[1]).toEqual({ name: 'POSTED', reachedAt: ago(2), dueAt: ago(17) });
    expect(corrected.breaches).toMatchObject([{ slo: 'approved-time-posted', dueAt: ago(17), reachedAt: ago(2) }]);
    const note = await db.get('SELECT resolution_note FROM workflow_exception WHERE id = ?', [corrected.breaches[0].exception!.id]);
    expect(note).toEqual({ resolution_note: `POSTED reached at ${ago(2)}, 15 min 0 s after it was due` });
    // The cycle-time histogram keeps the first observation.
    expect(await db.all('SELECT cycle_time_seconds FROM journey_cycle_time WHERE journey_id = ?', [id])).toEqual([{ cycle_time_seconds: 600 }]);
  });

  it('gives a clock met until a late event shows it missed its own exception, not the one closed as met', async () => {
    const db: SqlDatabase = stores.workflows;
    const consumer = journeyConsumer(db, createSqlWorkflowStore(db), 'journeys-remissed');
    const [first, second] = [toHubId('TimeEntry', 'TC-0870011'), toHubId('TimeEntry', 'TC-0870012')].sort();
    const facts = { customerId: hub.acme, projectId: hub.erpProject };
    const deliver = (type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string) =>
      consumer.handler(
        { id: randomUUID(), type, aggregateId, occurredAt, source: type === 'CostPosted' ? 'ERP' : 'PSA', correlationId: 'journeys-remissed', data },
        { sequence: 1, redelivered: false },
      );
    const id = journeyId('TIME_TO_BILL', first);
    // Approved 60 minutes ago: overdue when it arrives. Its posting (50 minutes ago, in time) comes after the sweep found it overdue.
    await deliver('TimeApproved', first, { ...facts, batchId: first, timeEntryIds: [first, second], billableValue: 0, currency: 'USD' }, ago(60));
    const overdue = await journeyOnce(id, (view) => view.breaches[0]?.exception?.status === 'OPEN', 'the sweep to find the posting overdue');
    await deliver('CostPosted', hub.erpProject, { ...facts, source: 'TIME', entries: 2, timeEntryIds: [first, second], batchId: first }, ago(50));
    expect((await journey(id)).data!.journey).toMatchObject({ state: 'COMPLETED', breached: false, breaches: [] });
    // The other approval, 30 minutes earlier, arrives: the posting was late after all.
    await deliver('TimeApproved', second, { ...facts, batchId: first }, ago(90));
    const missed = await journeyOnce(id, (view) => view.breaches[0]?.exception?.status === 'RESOLVED', 'the late approval to make the posting late');
    const exception = missed.breaches[0].exception!;
    expect(exception.id).not.toBe(overdue.breaches[0].exception!.id);
    expect(await db.get('SELECT resolution_note FROM workflow_exception WHERE id = ?', [exception.id])).toEqual({
      resolution_note: `POSTED reached at ${ago(50)}, 25 min 0 s after it was due`,
    });
  });
});

describe('journeys kept before their events were marked', () => {
  it('keep their stages, facts, stop, clocks and cycle time through the migration, and the next event derives them from those', async () => {
    const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;
    const options = TEST_BACKEND === 'sqlite' ? { dataDir: ':memory:', postgresUrl: null } : { postgresUrl, schemaPrefix };
    // The store as it was before the marks' migration (the first that creates journey_mark).
    const marksMigration = workflowsMigrations.findIndex((migration) => JSON.stringify(migration).includes('CREATE TABLE journey_mark'));
    expect(marksMigration).toBeGreaterThan(0);
    const db = await openDomainStore('workflows', workflowsMigrations.slice(0, marksMigration), options);
    try {
      const t = (minutes: number) => new Date(Date.parse('2026-11-20T10:00:00.000Z') + minutes * 60_000).toISOString();
      const milestone = toHubId('Milestone', 'MS-007001');
      const stopped = toHubId('Milestone', 'MS-007002');
      const done = toHubId('Milestone', 'MS-007003');
      const invoice = toHubId('Invoice', 'INV-177001');
      const legacy = (subject: string, state: string, stages: Record<string, string>, completedAt: string | null) => ({
        id: journeyId('PROJECT_TO_CASH', subject),
        kind: 'PROJECT_TO_CASH',
        subject_id: subject,
        state,
        stages: JSON.stringify(stages),
        customer_id: hub.acme,
        project_id: hub.dataProject,
        amount: 90_000,
        currency: 'USD',
        started_at: t(0),
        completed_at: completedAt,
        cycle_time_seconds: completedAt ? (Date.parse(completedAt) - Date.parse(t(0))) / 1000 : null,
        breached: 0,
        updated_at: t(0),
      });
      const rows = [
        legacy(milestone, 'IN_PROGRESS', { MILESTONE_APPROVED: t(0), BILLING_RELEASED: t(1), INVOICE_ISSUED: t(60) }, null),
        legacy(stopped, 'STOPPED', { MILESTONE_APPROVED: t(0) }, null),
        legacy(done, 'COMPLETED', { MILESTONE_APPROVED: t(0), BILLING_RELEASED: t(1), INVOICE_ISSUED: t(2), PAID: t(3) }, t(3)),
      ];
      for (const row of rows) await insertRow(db, 'journey', row);
      await insertRow(db, 'journey_link', { ref_type: 'invoice', ref_id: invoice, journey_id: rows[0].id });
      await insertRow(db, 'journey_slo', {
        journey_id: rows[0].id,
        slo: 'invoice-issued-after-release',
        stage: 'INVOICE_ISSUED',
        clock_from: t(1),
        due_at: t(31),
        reached_at: t(60),
        breached: 1,
        exception_id: 'exc_legacy',
        exception_closed: 1,
      });
      await migrate(db, workflowsMigrations);
      expect(await db.all('SELECT journey_id, cycle_time_seconds FROM journey_cycle_time')).toEqual([{ journey_id: rows[2].id, cycle_time_seconds: 180 }]);

      const deliver = (type: string, aggregateId: string, data: Record<string, unknown>, occurredAt: string) =>
        applyJourneyEvent(db, { id: randomUUID(), type, aggregateId, occurredAt, source: 'ERP', correlationId: 'journeys-legacy', data });
      expect(await deliver('InvoicePaid', invoice, { invoiceId: invoice }, t(90))).toBe(true);
      const paid = await db.get<{ state: string; stages: string; amount: number | string; customer_id: string; cycle_time_seconds: number | string }>(
        'SELECT state, stages, amount, customer_id, cycle_time_seconds FROM journey WHERE id = ?',
        [rows[0].id],
      );
      expect(paid).toMatchObject({ state: 'COMPLETED', customer_id: hub.acme });
      expect(JSON.parse(paid!.stages)).toEqual({ MILESTONE_APPROVED: t(0), BILLING_RELEASED: t(1), INVOICE_ISSUED: t(60), PAID: t(90) });
      expect(Number(paid!.amount)).toBe(90_000);
      expect(Number(paid!.cycle_time_seconds)).toBe(90 * 60);
      // The clock keeps its due time (recorded before targets were), its miss and its closed exception.
      expect(await db.get('SELECT due_at, reached_at, breached, exception_id, exception_closed FROM journey_slo WHERE journey_id = ?', [rows[0].id])).toEqual({
        due_at: t(31),
        reached_at: t(60),
        breached: 1,
        exception_id: 'exc_legacy',
        exception_closed: 1,
      });
      // A stopped journey stays stopped; approved again, it starts over.
      await deliver('MilestoneReopened', stopped, {}, t(5));
      expect(await db.get('SELECT state FROM journey WHERE id = ?', [rows[1].id])).toEqual({ state: 'STOPPED' });
      await deliver('MilestoneApproved', stopped, { amount: 90_000, currency: 'USD' }, t(10));
      const again = await db.get<{ state: string; stages: string }>('SELECT state, stages FROM journey WHERE id = ?', [rows[1].id]);
      expect(again?.state).toBe('IN_PROGRESS');
      expect(JSON.parse(again!.stages)).toEqual({ MILESTONE_APPROVED: t(10) });
    } finally {
      await db.close();
      if (TEST_BACKEND === 'postgres') {
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schemaPrefix}workflows CASCADE`);
        await client.end();
      }
    }
  });
});
