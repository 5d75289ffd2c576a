/**
 * Period close on the hand-computed fixture (test/support/fixture.ts, business date 2026-11-15): the
 * governed closePeriod recognizes each project's revenue for the period by its billing model and
 * posts it to the ERP once per project and period, accrues approved cost the ERP has not posted,
 * and closes the period; afterwards nothing dated in it posts. Project.financials.ledger shows the
 * ERP's postings beside the hub's figures. Every figure below is worked out by hand.
 *
 * The fixture's work is all dated September 2026: the T&M project has 4775.00 of approved billable
 * time and expenses (1200.00 + 1200.00 + 1125.00 + 800.00 of time, 450.00 of expenses), the fixed
 * fee 10 h approved of 300 h planned (10 ÷ 300 × 50000.00 = 1666.67). Runs on node:sqlite (npm test)
 * and PostgreSQL (npm run test:pg).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type Role } from '../platform/auth.ts';
import type { SqlDatabase } from '../platform/sql.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { PostRevenueDocument, PostTimeDocument } from '../subgraphs/workflows/__generated__/system-finance.ts';
import { createSystemClients, type SystemClients } from '../subgraphs/workflows/engine/systems.ts';
import { DATA_PROJECT, edgeHub, fillFixture, fillKpiEdges, hub } from './support/fixture.ts';
import { startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';

let testHub: TestHub;
let stores: DomainStores;
let systems: SystemClients;
const tokens: Partial<Record<Role, string>> = {};
/** Set by a test: the ERP's next revenue postings of the fixed-fee project fail as a dropped connection would. */
let dataPostingFailures = 0;

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillFixture(opened);
    },
    wrapConnector: (service, connector) =>
      service !== 'finance'
        ? connector
        : new Proxy(connector, {
            get(target, property, receiver) {
              const value = Reflect.get(target, property, receiver);
              if (property !== 'postRevenue') return value;
              return (request: unknown, posting: { psaProjectId: string }) => {
                if (posting.psaProjectId === DATA_PROJECT && dataPostingFailures > 0) {
                  dataPostingFailures--;
                  return Promise.reject(new Error('ERP connection reset'));
                }
                return (value as (...args: unknown[]) => unknown).call(target, request, posting);
              };
            },
          }),
  });
  const urlOf = (name: string) => testHub.subgraphs.find((served) => served.name === name)?.url;
  systems = createSystemClients({ urls: { ERP: urlOf('finance'), PSA: urlOf('projects') } });
  for (const role of ['delivery', 'finance', 'analyst'] as const) tokens[role] = await signToken({ sub: `test-${role}`, roles: [role], customerId: null });
});

afterAll(async () => {
  await testHub?.stop();
});

const as = (role: Role) => ({ authorization: `Bearer ${tokens[role]}` });

const CLOSE = `mutation ($input: ClosePeriodInput!) { closePeriod(input: $input) {
  workflow { id status steps { name system status attempts } }
  period legalEntities
  revenuePostings { project { id } method amount { amount currency } cumulative { amount currency } }
  userErrors { code message field } } }`;

interface ClosePayload {
  workflow: { id: string; status: string; steps: { name: string; system: string; status: string; attempts: number }[] } | null;
  period: string | null;
  legalEntities: string[];
  revenuePostings: {
    project: { id: string };
    method: string;
    amount: { amount: string; currency: string };
    cumulative: { amount: string; currency: string };
  }[];
  userErrors: { code: string; message: string; field: string[] | null }[];
}

async function close(input: Record<string, unknown>, role: Role = 'finance'): Promise<GraphQLResult<{ closePeriod: ClosePayload }>> {
  return testHub.query<{ closePeriod: ClosePayload }>(CLOSE, { input: { idempotencyKey: randomUUID(), ...input } }, as(role));
}

async function closed(input: Record<string, unknown>): Promise<ClosePayload> {
  const result = await close(input);
  expect(result.errors).toBeUndefined();
  return result.data!.closePeriod;
}

const LEDGER = `query ($id: ID!) { project(id: $id) { financials { recognizedRevenue { amount } costToDate { amount }
  ledger { revenuePosted { amount currency } postedThrough unpostedRevenue { amount } costPosted { amount } unpostedCost { amount } accruedCost { amount } accruedPeriod } } } }`;

interface Ledger {
  revenuePosted: { amount: string; currency: string };
  postedThrough: string | null;
  unpostedRevenue: { amount: string };
  costPosted: { amount: string } | null;
  unpostedCost: { amount: string } | null;
  accruedCost: { amount: string } | null;
  accruedPeriod: string | null;
}

async function ledgerOf(projectId: string, role: Role = 'finance') {
  const result = await testHub.query<{
    project: { financials: { recognizedRevenue: { amount: string }; costToDate: { amount: string } | null; ledger: Ledger } };
  }>(LEDGER, { id: projectId }, as(role));
  return { errors: result.errors, financials: result.data!.project.financials };
}

/** Row counts of the tables a period close or a posting writes. */
async function footprint(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables: [keyof DomainStores, string[]][] = [
    ['finance', ['accounting_period', 'revenue_event', 'cost_accrual', 'cost_posting', 'billing_event', 'billing_item', 'outbox', 'system_request']],
    ['projects', ['time_entry', 'outbox']],
    ['workflows', ['workflow']],
  ];
  for (const [domain, names] of tables) {
    for (const table of names) {
      const row = await (stores[domain] as SqlDatabase).get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
      counts[`${domain}.${table}`] = Number(row?.n);
    }
  }
  return counts;
}

const STEPS = ['beginErpPeriodClose', 'recognizeRevenue', 'postErpRevenue', 'accrueErpCost', 'closeErpPeriod'];
const periodField = ['input', 'period'];

describe('closePeriod refuses bad periods before anything is written', () => {
  it.each([
    ['2026-13', 'INVALID_PERIOD'],
    ['2026-9', 'INVALID_PERIOD'],
    ['2026-09-01', 'INVALID_PERIOD'],
    ['September', 'INVALID_PERIOD'],
    ['', 'INVALID_PERIOD'],
    ['2026-12', 'PERIOD_IN_FUTURE'],
    ['2031-01', 'PERIOD_IN_FUTURE'],
  ])('%s: %s naming period, nothing written', async (period, code) => {
    const before = await footprint();
    const payload = await closed({ period });
    expect(payload).toMatchObject({ workflow: null, period: null, legalEntities: [], revenuePostings: [] });
    expect(payload.userErrors).toEqual([expect.objectContaining({ code, field: periodField })]);
    expect(await footprint()).toEqual(before);
  });

  it('refuses an unknown legal entity naming legalEntityId', async () => {
    const payload = await closed({ period: '2026-08', legalEntityId: 'LE-99' });
    expect(payload.userErrors).toEqual([expect.objectContaining({ code: 'LEGAL_ENTITY_NOT_FOUND', field: ['input', 'legalEntityId'] })]);
  });

  it('is for finance: a delivery manager is refused with FORBIDDEN', async () => {
    const result = await close({ period: '2026-08' }, 'delivery');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('closing every period of the fixture, August to November 2026', () => {
  it('August: no work dated in it or before, so nothing is posted or accrued; the period closes', async () => {
    const payload = await closed({ period: '2026-08', legalEntityId: 'LE-01' });
    expect(payload.userErrors).toEqual([]);
    expect(payload.workflow).toMatchObject({ status: 'COMPLETED', steps: STEPS.map((name) => ({ name, status: 'DONE', attempts: 1 })) });
    expect(payload).toMatchObject({ period: '2026-08', legalEntities: ['US01'], revenuePostings: [] });
    expect(await stores.finance.all('SELECT legal_entity_id, period, status FROM accounting_period')).toEqual([
      { legal_entity_id: 'US01', period: '2026-08', status: 'Closed' },
    ]);
    expect(Number((await stores.finance.get<{ n: number }>('SELECT COUNT(*) AS n FROM revenue_event'))?.n)).toBe(0);
  });

  it('September: posts each project its revenue by billing model and accrues the approved cost the ERP has not posted', async () => {
    // The second posting fails once: the step runs again and the first posting replays from its own request key.
    dataPostingFailures = 1;
    const payload = await closed({ period: '2026-09' });
    expect(payload.userErrors).toEqual([]);
    expect(payload.workflow).toMatchObject({
      status: 'COMPLETED',
      steps: STEPS.map((name) => ({ name, status: 'DONE', attempts: name === 'postErpRevenue' ? 2 : 1 })),
    });
    expect(dataPostingFailures).toBe(0);
    expect(Number((await stores.finance.get<{ n: number }>(`SELECT COUNT(*) AS n FROM outbox WHERE event LIKE '%"RevenueRecognized"%'`))?.n)).toBe(2);
    const requests = await stores.finance.all<{ request_key: string }>(
      "SELECT request_key FROM system_request WHERE operation = 'postRevenue' ORDER BY request_key",
    );
    expect(requests.map((row) => row.request_key).sort()).toEqual(
      [hub.erpProject, hub.dataProject].map((projectId) => `${payload.workflow?.id}:postErpRevenue:${projectId}`).sort(),
    );
    const usd = (amount: string) => ({ amount, currency: 'USD' });
    expect(payload.revenuePostings).toEqual([
      // T&M: the approved billable time and expenses dated in September.
      { project: { id: hub.erpProject }, method: 'ACTUAL_TIME', amount: usd('4775.00'), cumulative: usd('4775.00') },
      // Fixed fee: 10 h of 300 h estimated at the end of September × 50000.00, nothing posted before.
      { project: { id: hub.dataProject }, method: 'PERCENT_COMPLETE', amount: usd('1666.67'), cumulative: usd('1666.67') },
    ]);
    expect(
      await stores.finance
        .all<Record<string, unknown>>('SELECT project_id, method, period, amount, cumulative FROM revenue_event ORDER BY project_id, period')
        .then((rows) => rows.map((row) => ({ ...row, amount: Number(row.amount), cumulative: Number(row.cumulative) }))),
    ).toEqual([
      { project_id: 'PJ-100001', method: 'Actual Time', period: '2026-09', amount: 477_500, cumulative: 477_500 },
      { project_id: 'PJ-100002', method: 'Percent Complete', period: '2026-09', amount: 166_667, cumulative: 166_667 },
    ]);
    // Approved and not posted (the fixture's ERP has no cost postings): the T&M project's TC-4
    // (8 h × 90.00 = 720.00), TC-5 (4 h × 100.00 = 400.00) and both approved expenses (450.00 + 50.50);
    // the fixed fee's TC-8 (4 h × 100.00). Entries the PSA shows as posted are not accrued.
    expect(
      await stores.finance
        .all<Record<string, unknown>>('SELECT project_id, period, amount, items FROM cost_accrual ORDER BY project_id')
        .then((rows) => rows.map((row) => ({ ...row, amount: Number(row.amount), items: Number(row.items) }))),
    ).toEqual([
      { project_id: 'PJ-100001', period: '2026-09', amount: 162_050, items: 4 },
      { project_id: 'PJ-100002', period: '2026-09', amount: 40_000, items: 1 },
    ]);
  });

  it('shows both views on Project.financials: the hub figure, what the ledger holds and the gap, by hand', async () => {
    const erp = await ledgerOf(hub.erpProject);
    expect(erp.errors).toBeUndefined();
    expect(erp.financials).toEqual({
      recognizedRevenue: { amount: '4775.00' },
      costToDate: { amount: '3735.50' },
      ledger: {
        revenuePosted: { amount: '4775.00', currency: 'USD' },
        postedThrough: '2026-09',
        unpostedRevenue: { amount: '0.00' },
        // Nothing of the fixture's time is in the ERP's cost postings: the whole cost is unposted.
        costPosted: { amount: '0.00' },
        unpostedCost: { amount: '3735.50' },
        accruedCost: { amount: '1620.50' },
        accruedPeriod: '2026-09',
      },
    });
    const data = await ledgerOf(hub.dataProject);
    expect(data.financials).toEqual({
      recognizedRevenue: { amount: '1666.67' },
      costToDate: { amount: '1000.00' },
      ledger: {
        revenuePosted: { amount: '1666.67', currency: 'USD' },
        postedThrough: '2026-09',
        unpostedRevenue: { amount: '0.00' },
        costPosted: { amount: '0.00' },
        unpostedCost: { amount: '1000.00' },
        accruedCost: { amount: '400.00' },
        accruedPeriod: '2026-09',
      },
    });
  });

  it('gives the cost figures of the ledger only to the roles that read costToDate', async () => {
    const { errors, financials } = await ledgerOf(hub.erpProject, 'delivery');
    expect(financials.ledger).toMatchObject({
      revenuePosted: { amount: '4775.00' },
      unpostedRevenue: { amount: '0.00' },
      costPosted: null,
      unpostedCost: null,
      accruedCost: null,
    });
    expect((errors ?? []).map((error) => [error.extensions?.code, error.path?.slice(-1)[0]]).sort()).toEqual(
      [
        ['FORBIDDEN', 'accruedCost'],
        ['FORBIDDEN', 'costPosted'],
        ['FORBIDDEN', 'costToDate'],
        ['FORBIDDEN', 'unpostedCost'],
      ].sort(),
    );
    const analyst = await ledgerOf(hub.erpProject, 'analyst');
    expect(analyst.errors).toBeUndefined();
    expect(analyst.financials.ledger.costPosted).toEqual({ amount: '0.00' });
  });

  it('closing a closed period again writes nothing: the same key answers the first workflow, a new key is refused with PERIOD_CLOSED', async () => {
    // Two closes of October race under different keys: each completes (or finds it closed), October is accrued once.
    const idempotencyKey = 'close-2026-10-twice';
    const [first, racing] = await Promise.all([closed({ period: '2026-10', idempotencyKey }), closed({ period: '2026-10' })]);
    expect(first.workflow?.status).toBe('COMPLETED');
    if (racing.workflow) expect(racing.workflow.status).toBe('COMPLETED');
    else expect(racing.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_CLOSED', field: periodField })]);
    const before = await footprint();
    const replay = await closed({ period: '2026-10', idempotencyKey });
    expect(replay.workflow?.id).toBe(first.workflow?.id);
    expect(replay.revenuePostings).toEqual(first.revenuePostings);
    for (const period of ['2026-10', '2026-09', '2026-08', '2026-01']) {
      const again = await closed({ period });
      expect(again.workflow).toBeNull();
      expect(again.userErrors).toEqual([expect.objectContaining({ code: 'PERIOD_CLOSED', field: periodField })]);
    }
    expect(await footprint()).toEqual(before);
    // October brought no new revenue; its accrual holds what is still unposted at its end.
    expect(first.revenuePostings).toEqual([]);
    expect(Number((await stores.finance.get<{ n: number }>("SELECT COUNT(*) AS n FROM revenue_event WHERE period = '2026-10'"))?.n)).toBe(0);
    expect(Number((await stores.finance.get<{ n: number }>("SELECT COUNT(*) AS n FROM cost_accrual WHERE period = '2026-10'"))?.n)).toBe(2);
  });

  it('refuses time dated in a closed period: logTime and approveTime name the field, the ERP refuses the posting itself, nothing is written', async () => {
    const before = await footprint();
    const logged = await testHub.query<{ logTime: { workflow: unknown; userErrors: { code: string; field: string[] }[] } }>(
      'mutation ($input: LogTimeInput!) { logTime(input: $input) { workflow { id } userErrors { code field } } }',
      { input: { projectId: hub.erpProject, consultantId: hub.ada, date: '2026-09-15', hours: '2', billable: true, idempotencyKey: randomUUID() } },
      as('delivery'),
    );
    expect(logged.data!.logTime).toEqual({ workflow: null, userErrors: [{ code: 'PERIOD_CLOSED', field: ['input', 'date'] }] });
    // TC-6 (Grace, 2026-09-02) is submitted: approving it would post into September.
    const approved = await testHub.query<{ approveTime: { workflow: unknown; userErrors: { code: string; field: string[] }[] } }>(
      'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { id } userErrors { code field } } }',
      { input: { timeEntryIds: [toHubId('TimeEntry', 'TC-0000006')], idempotencyKey: randomUUID() } },
      as('delivery'),
    );
    expect(approved.data!.approveTime).toEqual({ workflow: null, userErrors: [{ code: 'PERIOD_CLOSED', field: ['input', 'timeEntryIds'] }] });
    // The ERP's own rule, in its write: a posting dated in the closed period.
    const correlationId = randomUUID();
    const posting = {
      timeEntryId: toHubId('TimeEntry', 'TC-0000006'),
      version: 1,
      projectId: hub.erpProject,
      date: '2026-09-02',
      hours: '4',
      billable: true,
      billRate: '200.00',
      costRate: '100.00',
      currency: 'USD',
    };
    await expect(
      systems.write('ERP', PostTimeDocument, { request: { requestKey: randomUUID(), correlationId }, entries: [posting] }, correlationId),
    ).rejects.toMatchObject({
      userErrors: [{ code: 'PERIOD_CLOSED', field: ['entries'] }],
    });
    expect(await footprint()).toEqual(before);
    // The first open period still takes time: November (the business date's) is open.
    expect(await stores.projects.get('SELECT status FROM time_entry WHERE id = ?', ['TC-0000006'])).toEqual({ status: 'Submitted' });
  });

  it('November, the last period: the ERP revenue ledger equals the hub recognized revenue of every project, to the cent', async () => {
    const november = await closed({ period: '2026-11' });
    expect(november.workflow?.status).toBe('COMPLETED');
    expect(november.revenuePostings).toEqual([]);
    const projects = await testHub.query<{
      projects: {
        edges: {
          node: {
            id: string;
            financials: { recognizedRevenue: { amount: string }; ledger: { revenuePosted: { amount: string }; unpostedRevenue: { amount: string } } };
          };
        }[];
      };
    }>(
      '{ projects(first: 50) { edges { node { id financials { recognizedRevenue { amount } ledger { revenuePosted { amount } unpostedRevenue { amount } } } } } } }',
      {},
      as('finance'),
    );
    expect(projects.errors).toBeUndefined();
    const nodes = projects.data!.projects.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.id).sort()).toEqual([hub.erpProject, hub.dataProject].sort());
    for (const node of nodes) {
      expect(node.financials.ledger.revenuePosted.amount, node.id).toBe(node.financials.recognizedRevenue.amount);
      expect(node.financials.ledger.unpostedRevenue.amount, node.id).toBe('0.00');
    }
    expect(await stores.finance.all('SELECT period, status FROM accounting_period ORDER BY period')).toEqual(
      ['2026-08', '2026-09', '2026-10', '2026-11'].map((period) => ({ period, status: 'Closed' })),
    );
  });
});

describe("the ERP's revenue ledger through its system API", () => {
  const write = (requestKey: string, variables: { projectId: string; period: string; amount: string; cumulative: string; method?: string }) => {
    const correlationId = randomUUID();
    return systems.write(
      'ERP',
      PostRevenueDocument,
      { request: { requestKey, correlationId }, method: 'ACTUAL_TIME', currency: 'USD', ...variables },
      correlationId,
    );
  };

  it('refuses a posting into a closed period, and one whose cumulative does not follow from the postings before', async () => {
    await expect(write(randomUUID(), { projectId: hub.erpProject, period: '2026-11', amount: '1.00', cumulative: '4776.00' })).rejects.toMatchObject({
      userErrors: [{ code: 'PERIOD_CLOSED', field: ['period'] }],
    });
    await expect(write(randomUUID(), { projectId: hub.erpProject, period: '2026-12', amount: '1.00', cumulative: '4776.00' })).rejects.toMatchObject({
      userErrors: [{ code: 'PERIOD_IN_FUTURE', field: ['period'] }],
    });
  });
});

describe('closing every period of the KPI edge cases: finished, cancelled and over-billed projects reconcile too', () => {
  let edges: TestHub;

  beforeAll(async () => {
    edges = await startTestHub({ fill: fillKpiEdges });
  });

  afterAll(async () => {
    await edges?.stop();
  });

  const closeEdges = async (period: string) => {
    const result = await edges.query<{ closePeriod: ClosePayload }>(CLOSE, { input: { period, idempotencyKey: randomUUID() } }, as('finance'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.closePeriod.userErrors).toEqual([]);
    return result.data!.closePeriod.revenuePostings.map((posting) => [posting.project.id, posting.method, posting.amount.amount, posting.cumulative.amount]);
  };

  it('posts each project where its work is dated, the finished fixed fee its whole contract value once its last work is in', async () => {
    expect(await closeEdges('2026-09')).toEqual([
      [hub.erpProject, 'ACTUAL_TIME', '4775.00', '4775.00'],
      [hub.dataProject, 'PERCENT_COMPLETE', '1666.67', '1666.67'],
      // The completed fixed fee's hours are all dated October: at the end of September it was 0 % complete.
    ]);
    expect(await closeEdges('2026-10')).toEqual([
      // COMPLETED with nothing dated after October: 100 % of 40000.00 (the hours alone would give 13866.67).
      [edgeHub.finishedFixedProject, 'PERCENT_COMPLETE', '40000.00', '40000.00'],
      // CANCELLED T&M: Joan's 82 approved billable hours × 150.00, the project financially closed or not.
      [edgeHub.cancelledProject, 'ACTUAL_TIME', '12300.00', '12300.00'],
      // The milestone approved on 15 October; billing it twice does not make it revenue twice.
      [edgeHub.overbilledProject, 'MILESTONE', '12000.00', '12000.00'],
    ]);
    expect(await closeEdges('2026-11')).toEqual([]);
  });

  it('leaves the ledger equal to the hub recognized revenue of every project, to the cent', async () => {
    const result = await edges.query<{
      projects: { edges: { node: { id: string; financials: { recognizedRevenue: { amount: string }; ledger: { revenuePosted: { amount: string } } } } }[] };
    }>('{ projects(first: 50) { edges { node { id financials { recognizedRevenue { amount } ledger { revenuePosted { amount } } } } } } }', {}, as('finance'));
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.projects.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(5);
    for (const node of nodes) expect(node.financials.ledger.revenuePosted.amount, node.id).toBe(node.financials.recognizedRevenue.amount);
  });
});
