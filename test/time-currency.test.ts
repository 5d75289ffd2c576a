/**
 * Governed time writes in several currencies (docs/kpis.md, "Pricing time in the project's
 * currency"), through the real gateway over the multi-currency fixture (fillMultiCurrency: a EUR and a
 * KWD project delivered in EMEA, business date 2026-11-15) plus the rows of `fillTimeCurrency` below:
 * rate cards per role, region AND currency, consultants whose HCM cost rates are in their employing
 * entity's currency (GBP, EUR), the ERP's DAILY rates, and a won deal in EUR and one in GBP. Runs on node:sqlite
 * (npm test) and PostgreSQL (npm run test:pg).
 *
 * The rule: the bill rate is the rate card of the role, the project's region and the project's
 * currency in force on the work date (no card in that currency: RATE_CARD_MISSING naming it); the
 * cost rate is the HCM's, converted to the project's currency at the ERP's DAILY rate in force on the
 * work date (the latest effective on or before it) when the currencies differ, once, half away from
 * zero (no such rate: FX_RATE_MISSING naming the pair and the date, nothing written). The PSA stores
 * both per hour in the project's currency; the workflow's plan records the HCM rate and the rate used.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { identityRegistryRows } from '../scripts/demo-data/load.ts';
import { signToken, type Role } from '../platform/auth.ts';
import { insertRows, type SqlRow } from '../platform/sql.ts';
import { salesforceId, toHubId, tryNativeId } from '../subgraphs/shared/ids.ts';
import { ADA, EMEA_RATE_CARDS, EUR_PROJECT, fillMultiCurrency, fxHub, hub, KWD_PROJECT, UMBRELLA, wonDealRows } from './support/fixture.ts';
import { authorizationAs, startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

/** Employed by the UK entity: cost 72.35 GBP an hour. */
const MARY = 'W-00031';
/** Employed by the German entity: cost 80.00 EUR an hour. */
const HANS = 'W-00032';
/** Employed by the German entity (95.00 EUR), staffed on the EUR project as an Architect, a role priced only in USD. */
const KARL = 'W-00033';
const EUR_WON_DEAL = salesforceId('006', 31);
const EUR_CONTRACT = salesforceId('800', 31);
const GBP_WON_DEAL = salesforceId('006', 32);
const GBP_CONTRACT = salesforceId('800', 32);

const consultant = (id: string) => toHubId('Consultant', id);

function worker(id: string, first: string, last: string, location: string): SqlRow {
  return {
    id,
    first_name: first,
    last_name: last,
    email: `${first.toLowerCase()}@opsgraph.example`,
    business_title: 'Senior Consultant',
    grade: 'C3',
    practice: 'ERP',
    location,
    manager_id: null,
    worker_type: 'Employee',
    status: 'Active',
    hire_date: '2020-01-06',
    termination_date: null,
    scheduled_weekly_hours: 4000,
    utilization_target_bp: 8000,
  };
}

function assignment(id: string, project: string, workerId: string, role: string, allocationPct: number): SqlRow {
  return {
    id,
    project_id: project,
    worker_id: workerId,
    role,
    start_date: '2026-10-01',
    end_date: '2027-03-31',
    allocation_pct: allocationPct,
    planned_hours: 10_000,
    status: 'Scheduled',
  };
}

function card(id: string, role: string, billRate: number, currency: string): SqlRow {
  return { id, role, region: 'EMEA', bill_rate: billRate, currency, effective_from: '2026-01-01', effective_to: null };
}

function fxRate(from: string, to: string, rateType: string, effectiveDate: string, rate: string): SqlRow {
  return { from_currency: from, to_currency: to, rate_type: rateType, effective_date: effectiveDate, rate, recorded_at: '2026-11-01T00:00:00.000Z' };
}

/** A won deal of 90,000.00 in `currency` for Umbrella (milestone billing, EMEA, January to June 2027). */
function wonDeal(id: string, contractId: string, contractNumber: string, currency: string) {
  const { opportunity, contract } = wonDealRows({ id, contractId, contractNumber, accountId: UMBRELLA, name: `Umbrella analytics (${currency})` });
  return { opportunity: { ...opportunity, currency }, contract: { ...contract, currency } };
}

const rows: Record<'customers' | 'projects' | 'resources' | 'finance', Record<string, SqlRow[]>> = {
  customers: {
    opportunity: [wonDeal(EUR_WON_DEAL, EUR_CONTRACT, '00000131', 'EUR').opportunity, wonDeal(GBP_WON_DEAL, GBP_CONTRACT, '00000132', 'GBP').opportunity],
    contract: [wonDeal(EUR_WON_DEAL, EUR_CONTRACT, '00000131', 'EUR').contract, wonDeal(GBP_WON_DEAL, GBP_CONTRACT, '00000132', 'GBP').contract],
  },
  resources: {
    worker: [worker(MARY, 'Mary', 'Somerville', 'London'), worker(HANS, 'Hans', 'Geiger', 'Munich'), worker(KARL, 'Karl', 'Benz', 'Munich')],
    cost_rate: [
      { worker_id: MARY, effective_from: '2026-01-01', effective_to: null, amount: 7_235, currency: 'GBP' },
      { worker_id: HANS, effective_from: '2026-01-01', effective_to: null, amount: 8_000, currency: 'EUR' },
      { worker_id: KARL, effective_from: '2026-01-01', effective_to: null, amount: 9_500, currency: 'EUR' },
    ],
    xref: [MARY, HANS, KARL].map((id) => ({ system: 'HCM', entity_type: 'Consultant', native_id: id, hub_id: consultant(id) })),
  },
  projects: {
    assignment: [
      assignment('ASG-000031', EUR_PROJECT, MARY, 'Senior Consultant', 50),
      assignment('ASG-000032', EUR_PROJECT, HANS, 'Senior Consultant', 50),
      assignment('ASG-000033', KWD_PROJECT, ADA, 'Senior Consultant', 10),
      assignment('ASG-000034', EUR_PROJECT, KARL, 'Architect', 20),
      assignment('ASG-000035', EUR_PROJECT, ADA, 'Senior Consultant', 10),
    ],
  },
  finance: {
    // The USD cards of EMEA (Manager 210.00, Senior Consultant 160.00, Consultant 120.00), their EUR
    // counterparts, a KWD Senior Consultant and an Architect priced in USD only.
    rate_card: [
      ...EMEA_RATE_CARDS,
      card('RC-0201', 'Manager', 19_000, 'EUR'),
      card('RC-0202', 'Senior Consultant', 14_500, 'EUR'),
      card('RC-0203', 'Consultant', 11_000, 'EUR'),
      card('RC-0204', 'Senior Consultant', 48_500, 'KWD'),
      card('RC-0205', 'Architect', 25_000, 'USD'),
    ],
    exchange_rate: [
      // GBP→EUR: DAILY from 2026-11-11; a month's average and a closing rate, which never price time.
      fxRate('GBP', 'EUR', 'DAILY', '2026-11-11', '1.1702'),
      fxRate('GBP', 'EUR', 'DAILY', '2026-11-12', '1.1747'),
      fxRate('GBP', 'EUR', 'DAILY', '2026-11-16', '1.18'),
      fxRate('GBP', 'EUR', 'MONTHLY_AVERAGE', '2026-10-31', '1.165'),
      fxRate('GBP', 'EUR', 'CLOSING', '2026-10-31', '1.166'),
      fxRate('USD', 'KWD', 'DAILY', '2026-11-12', '0.30725'),
      // The fixture's EUR→USD DAILY (1.0861 on 2026-11-13) stays; USD→EUR has no DAILY rate.
    ],
  },
};

/** The multi-currency fixture plus this file's rows (`rows`), with their identity registry entries. */
async function fillTimeCurrency(stores: DomainStores): Promise<void> {
  await fillMultiCurrency(stores);
  for (const [domain, tables] of Object.entries(rows) as [keyof DomainStores, Record<string, SqlRow[]>][]) {
    await stores[domain].transaction(async (tx) => {
      for (const [table, tableRows] of Object.entries(tables)) await insertRows(tx, table, tableRows);
    });
  }
  await insertRows(stores.identity, 'xref', identityRegistryRows(rows));
}

let testHub: TestHub;
let stores: DomainStores;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillTimeCurrency(opened);
    },
  });
  for (const role of ['delivery', 'finance', 'analyst'] as const) tokens.set(role, await signToken({ sub: `test-${role}`, roles: [role], customerId: null }));
});

afterAll(async () => {
  await testHub?.stop();
});

const as = (role: Role) => ({ authorization: `Bearer ${tokens.get(role)}` });

interface Governed {
  workflow: { id: string; status: string } | null;
  userErrors: { code: string; message: string; field: string[] | null }[];
}

async function mutate<T extends Governed>(field: string, inputType: string, selection: string, input: Record<string, unknown>): Promise<T> {
  const result: GraphQLResult<Record<string, T>> = await testHub.query(
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { workflow { id status } userErrors { code message field } ${selection} } }`,
    { input },
    as('delivery'),
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![field];
}

const logTime = (input: Record<string, unknown>) =>
  mutate<Governed & { timeEntry: { id: string } | null }>('logTime', 'LogTimeInput', 'timeEntry { id }', { hours: '7.5', billable: true, ...input });

/** The PSA's row of a time entry (rates in minor units of the project's currency, per hour). */
async function psaEntry(timeEntryId: string) {
  return stores.projects.get<{ project_id: string; hours: number; bill_rate: number; cost_rate: number }>(
    'SELECT project_id, hours, bill_rate, cost_rate FROM time_entry WHERE id = ?',
    [tryNativeId('TimeEntry', timeEntryId) as string],
  );
}

async function timeEntryCount(): Promise<number> {
  return Number((await stores.projects.get<{ n: number }>('SELECT COUNT(*) AS n FROM time_entry'))?.n);
}

/** The plan a workflow carried out, as the workflows service recorded it. */
async function planOf(workflowId: string): Promise<Record<string, unknown>> {
  const row = await stores.workflows.get<{ input: string }>('SELECT input FROM workflow WHERE id = ?', [workflowId]);
  return JSON.parse(row!.input) as Record<string, unknown>;
}

const money = (amount: string, currency: string) => ({ amount, currency });

describe('logTime values time in the project’s currency', () => {
  it('converts a GBP cost rate to the EUR project at the DAILY rate in force, and bills at the EUR card', async () => {
    const logged = await logTime({ projectId: fxHub.eurProject, consultantId: consultant(MARY), date: '2026-11-13', idempotencyKey: 'mary-eur-1113' });
    expect(logged).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    // In force on Friday 2026-11-13: the DAILY rate of 2026-11-12, 1.1747 (the one of 2026-11-16 is later).
    // 72.35 GBP × 1.1747 = 84.989545 EUR → 84.99 EUR. Billed at the EUR Senior Consultant card, 145.00
    // EUR, not the USD one (160.00).
    expect(await psaEntry(logged.timeEntry!.id)).toEqual({ project_id: EUR_PROJECT, hours: 750, bill_rate: 14_500, cost_rate: 8_499 });
    expect(await planOf(logged.workflow!.id)).toMatchObject({
      billRate: '145.00',
      costRate: '84.99',
      currency: 'EUR',
      hcmCostRate: { amount: '72.35', currency: 'GBP' },
      costFx: { from: 'GBP', to: 'EUR', rateType: 'DAILY', rateDate: '2026-11-12', rate: '1.1747' },
    });
    // The API answers the PSA's rates in the project's currency.
    const read = await testHub.query<{ project: { timeEntries: { edges: { node: { id: string } }[] } } }>(
      'query ($id: ID!) { project(id: $id) { timeEntries(first: 50) { edges { node { id billRate { amount currency } costRate { amount currency } } } } } }',
      { id: fxHub.eurProject },
      await authorizationAs('finance'),
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.project.timeEntries.edges.map(({ node }) => node)).toContainEqual({
      id: logged.timeEntry!.id,
      billRate: money('145.00', 'EUR'),
      costRate: money('84.99', 'EUR'),
    });
  });

  it('converts a USD cost rate to the KWD project at three decimals, rounding half away from zero', async () => {
    const logged = await logTime({ projectId: fxHub.kwdProject, consultantId: hub.ada, date: '2026-11-13', idempotencyKey: 'ada-kwd-1113' });
    expect(logged).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    // 90.00 USD × 0.30725 (DAILY of 2026-11-12) = 27.6525 KWD → 27.653 KWD; billed at the KWD card, 48.500.
    expect(await psaEntry(logged.timeEntry!.id)).toEqual({ project_id: KWD_PROJECT, hours: 750, bill_rate: 48_500, cost_rate: 27_653 });
    expect(await planOf(logged.workflow!.id)).toMatchObject({
      hcmCostRate: { amount: '90.00', currency: 'USD' },
      costFx: { from: 'USD', to: 'KWD', rateType: 'DAILY', rateDate: '2026-11-12', rate: '0.30725' },
    });
  });

  it('stores a cost rate already in the project’s currency as it is, with no rate', async () => {
    const logged = await logTime({ projectId: fxHub.eurProject, consultantId: consultant(HANS), date: '2026-11-13', idempotencyKey: 'hans-eur-1113' });
    expect(logged).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    // 80.00 EUR on a EUR project: no conversion, whatever rates the ERP holds.
    expect(await psaEntry(logged.timeEntry!.id)).toEqual({ project_id: EUR_PROJECT, hours: 750, bill_rate: 14_500, cost_rate: 8_000 });
    expect(await planOf(logged.workflow!.id)).toMatchObject({ costRate: '80.00', hcmCostRate: { amount: '80.00', currency: 'EUR' }, costFx: null });
  });
});

describe('refusals write nothing', () => {
  it('refuses FX_RATE_MISSING when no DAILY rate is in force on the work date (a month’s average or a closing rate never prices time)', async () => {
    const before = await timeEntryCount();
    // GBP→EUR DAILY rates start on 2026-11-11; October's average and closing rates are not DAILY.
    const refused = await logTime({ projectId: fxHub.eurProject, consultantId: consultant(MARY), date: '2026-11-10', idempotencyKey: 'mary-eur-1110' });
    expect(refused).toEqual({
      workflow: null,
      timeEntry: null,
      userErrors: [{ code: 'FX_RATE_MISSING', message: 'The ERP holds no DAILY exchange rate GBP→EUR in force on 2026-11-10', field: ['input', 'date'] }],
    });
    expect(await timeEntryCount()).toBe(before);
  });

  it('never derives an inverse: a USD cost on a EUR project needs USD→EUR, though EUR→USD is held', async () => {
    const before = await timeEntryCount();
    const refused = await logTime({ projectId: fxHub.eurProject, consultantId: hub.ada, date: '2026-11-13', idempotencyKey: 'ada-eur-1113' });
    expect(refused.userErrors).toEqual([
      { code: 'FX_RATE_MISSING', message: 'The ERP holds no DAILY exchange rate USD→EUR in force on 2026-11-13', field: ['input', 'date'] },
    ]);
    expect(await timeEntryCount()).toBe(before);
  });

  it('refuses RATE_CARD_MISSING naming the currency when the role has a card only in another currency', async () => {
    const before = await timeEntryCount();
    const refused = await logTime({ projectId: fxHub.eurProject, consultantId: consultant(KARL), date: '2026-11-13', idempotencyKey: 'karl-eur-1113' });
    expect(refused).toEqual({
      workflow: null,
      timeEntry: null,
      userErrors: [{ code: 'RATE_CARD_MISSING', message: 'No EUR rate card covers Architect in EMEA on 2026-11-13', field: ['input', 'date'] }],
    });
    expect(await timeEntryCount()).toBe(before);
    const assignments = Number((await stores.projects.get<{ n: number }>('SELECT COUNT(*) AS n FROM assignment'))?.n);
    const assign = await mutate<Governed>('assignConsultant', 'AssignConsultantInput', '', {
      projectId: fxHub.eurProject,
      consultantId: consultant(HANS),
      role: 'Architect',
      startDate: '2026-11-16',
      endDate: '2026-11-30',
      allocationPct: 10,
      idempotencyKey: 'hans-architect',
    });
    expect(assign).toEqual({
      workflow: null,
      userErrors: [{ code: 'RATE_CARD_MISSING', message: 'No EUR rate card covers Architect in EMEA on 2026-11-16', field: ['input', 'role'] }],
    });
    expect(Number((await stores.projects.get<{ n: number }>('SELECT COUNT(*) AS n FROM assignment'))?.n)).toBe(assignments);
  });
});

describe('TimeEntry.expectedBillRate', () => {
  it('is the card of the project’s currency', async () => {
    const result = await testHub.query<{ project: { timeEntries: { edges: { node: { id: string; expectedBillRate: unknown } }[] } } }>(
      'query ($id: ID!) { project(id: $id) { timeEntries(first: 50) { edges { node { id expectedBillRate { amount currency } } } } } }',
      { id: fxHub.kwdProject },
      await authorizationAs('finance'),
    );
    expect(result.errors).toBeUndefined();
    // TC-0000302 (Ada, no assignment on the row: her Senior Consultant one covers 2026-11-03) and the
    // entry logged above: the KWD card, 48.500 KWD, not the USD 160.00.
    const rates = result.data!.project.timeEntries.edges.map(({ node }) => node.expectedBillRate);
    expect(rates).toEqual([money('48.500', 'KWD'), money('48.500', 'KWD')]);
  });

  it('finance values a representation at the card of its currency, none when no card is in it', async () => {
    const subgraph = testHub.subgraphs.find((candidate) => candidate.name === 'finance')!;
    const representation = (rateCardCurrency: string | null) => ({
      __typename: 'TimeEntry',
      id: toHubId('TimeEntry', 'TC-0000301'),
      date: '2026-11-13',
      rateCardRole: 'Senior Consultant',
      rateCardRegion: 'EMEA',
      rateCardCurrency,
    });
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await authorizationAs('finance')) },
      body: JSON.stringify({
        query: 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on TimeEntry { expectedBillRate { amount currency } } } }',
        variables: { r: ['USD', 'EUR', 'KWD', 'GBP', null].map(representation) },
      }),
    });
    expect(await response.json()).toEqual({
      data: {
        _entities: [
          { expectedBillRate: money('160.00', 'USD') },
          { expectedBillRate: money('145.00', 'EUR') },
          { expectedBillRate: money('48.500', 'KWD') },
          { expectedBillRate: null },
          { expectedBillRate: null },
        ],
      },
    });
  });
});

describe('converting a deal prices its staffing in the contract’s currency', () => {
  it('refuses a GBP deal: EMEA has no GBP cards (the USD ones never price it), and nothing is written', async () => {
    const projects = Number((await stores.projects.get<{ n: number }>('SELECT COUNT(*) AS n FROM project'))?.n);
    const refused = await mutate<Governed>('convertOpportunityToProject', 'ConvertOpportunityToProjectInput', 'project { id }', {
      opportunityId: toHubId('Opportunity', GBP_WON_DEAL),
      idempotencyKey: 'convert-gbp',
    });
    expect(refused).toMatchObject({ workflow: null, project: null });
    expect(refused.userErrors).toEqual(
      ['Manager', 'Senior Consultant', 'Consultant'].map((role) => ({
        code: 'RATE_CARD_MISSING',
        message: `No GBP rate card covers ${role} in EMEA on 2027-01-04`,
        field: ['input', 'opportunityId'],
      })),
    );
    expect(Number((await stores.projects.get<{ n: number }>('SELECT COUNT(*) AS n FROM project'))?.n)).toBe(projects);
  });

  it('sizes a EUR deal’s resource requests at the EUR cards; a worklog on it syncs with its cost converted', async () => {
    const converted = await mutate<Governed & { project: { id: string } }>(
      'convertOpportunityToProject',
      'ConvertOpportunityToProjectInput',
      'project { id }',
      {
        opportunityId: toHubId('Opportunity', EUR_WON_DEAL),
        idempotencyKey: 'convert-eur',
      },
    );
    expect(converted).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const projectId = converted.project.id;
    const read = await testHub.query<{
      project: {
        bookings: unknown;
        budgetHours: string;
        resourceRequests: { role: string; hours: string }[];
        milestones: { workItems: { id: string }[] }[];
      };
    }>(
      'query ($id: ID!) { project(id: $id) { bookings { amount currency } budgetHours resourceRequests { role hours } milestones { workItems { id } } } }',
      { id: projectId },
      as('analyst'),
    );
    expect(read.errors).toBeUndefined();
    // 90,000.00 EUR split 20/40/40: 18,000.00, 36,000.00, 36,000.00 EUR; each share ÷ its EUR card:
    // 18,000.00 ÷ 190.00 = 94.736… → 94.74 h; 36,000.00 ÷ 145.00 = 248.275… → 248.28 h;
    // 36,000.00 ÷ 110.00 = 327.272… → 327.27 h. Budget 94.74 + 248.28 + 327.27 = 670.29 h.
    expect(read.data!.project).toMatchObject({
      bookings: money('90000.00', 'EUR'),
      budgetHours: '670.29',
      resourceRequests: [
        { role: 'Manager', hours: '94.74' },
        { role: 'Senior Consultant', hours: '248.28' },
        { role: 'Consultant', hours: '327.27' },
      ],
    });
    const activated = await mutate<Governed>('changeProjectStatus', 'ChangeProjectStatusInput', '', {
      projectId,
      status: 'ACTIVE',
      idempotencyKey: 'activate-eur',
    });
    expect(activated).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const assigned = await mutate<Governed>('assignConsultant', 'AssignConsultantInput', '', {
      projectId,
      consultantId: consultant(MARY),
      role: 'Senior Consultant',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
      allocationPct: 50,
      idempotencyKey: 'assign-mary-eur',
    });
    expect(assigned).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });

    const recorded = await mutate<Governed & { worklog: { id: string } }>('recordWorklog', 'RecordWorklogInput', 'worklog { id }', {
      workItemId: read.data!.project.milestones[0].workItems[0].id,
      consultantId: consultant(MARY),
      date: '2027-01-05',
      hours: '8',
      comment: 'Data model',
      idempotencyKey: 'worklog-mary-eur',
    });
    expect(recorded).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const sourceRef = tryNativeId('Worklog', recorded.worklog.id) as string;
    // The hub syncs it on its own (the WorklogRecorded event starts syncWorklog), under logTime's rules.
    const entry = await waitFor(
      () =>
        stores.projects.get<{ hours: number; bill_rate: number; cost_rate: number }>(
          'SELECT hours, bill_rate, cost_rate FROM time_entry WHERE source_ref = ?',
          [sourceRef],
        ),
      { what: 'the worklog synced to a PSA time entry' },
    );
    // In force on 2027-01-05: GBP→EUR DAILY of 2026-11-16, 1.18: 72.35 × 1.18 = 85.373 → 85.37 EUR.
    expect(entry).toEqual({ hours: 800, bill_rate: 14_500, cost_rate: 8_537 });
  });
});
