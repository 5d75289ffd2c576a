/**
 * No N+1: a list of projects touching every subgraph costs a fixed number of connector calls per
 * subgraph, whatever its length (every reference goes through a per-request DataLoader); so does a
 * page of time entries with their rates and the rate card's (finance's field through @requires).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { salesforceId, toHubId } from '../subgraphs/shared/ids.ts';
import { insertRows, type SqlRow } from '../platform/sql.ts';
import { authorizationAs, createCallCounter, startTestHub, type TestHub } from './support/hub.ts';

const PROJECTS = 120;
/** A project outside the list (its id sorts after it) with 120 timecards over a rate card change. */
const RATES_PROJECT = 'PRJ-2026-0999';
const RATE_CHANGE = '2026-06-29';
const counter = createCallCounter();
let testHub: TestHub;

/** 120 projects over 12 customers and 30 consultants, each with two assignments and some time. */
async function fillPortfolio(stores: DomainStores): Promise<void> {
  const accounts: SqlRow[] = [];
  const workers: SqlRow[] = [];
  const projects: SqlRow[] = [];
  const assignments: SqlRow[] = [];
  const timeEntries: SqlRow[] = [];
  const erpProjects: SqlRow[] = [];
  for (let i = 1; i <= 12; i++) {
    accounts.push({ id: salesforceId('001', i), name: `Customer ${i}`, region: 'EMEA', payment_terms_days: 30 });
  }
  for (let i = 1; i <= 30; i++) {
    workers.push({
      id: `W-${String(i).padStart(5, '0')}`,
      first_name: 'Consultant',
      last_name: String(i),
      worker_type: 'Employee',
      status: 'Active',
      scheduled_weekly_hours: 4000,
    });
  }
  for (let i = 1; i <= PROJECTS; i++) {
    const id = `PRJ-2026-${String(i).padStart(4, '0')}`;
    projects.push({
      id,
      code: `P-${i}`,
      name: `Project ${i}`,
      account_id: salesforceId('001', (i % 12) + 1),
      manager_id: `W-${String((i % 30) + 1).padStart(5, '0')}`,
      billing_model: 'T&M',
      stage: 'In Progress',
      health: 'Green',
      bookings: 1_000_000,
      currency: 'USD',
    });
    for (const offset of [0, 1]) {
      const worker = `W-${String(((i + offset * 7) % 30) + 1).padStart(5, '0')}`;
      assignments.push({
        id: `ASG-${String(i * 2 + offset).padStart(6, '0')}`,
        project_id: id,
        worker_id: worker,
        role: 'Consultant',
        start_date: '2026-01-01',
        end_date: '2026-12-31',
        allocation_pct: 25,
        planned_hours: 10_000,
        status: 'Scheduled',
      });
      timeEntries.push({
        id: `TC-${String(i * 2 + offset).padStart(7, '0')}`,
        project_id: id,
        worker_id: worker,
        work_date: '2026-09-01',
        hours: 800,
        billable: 1,
        status: 'Approved',
        bill_rate: 15000,
        cost_rate: 9000,
      });
    }
    erpProjects.push({ id: `PJ-${100000 + i}`, psa_project_id: id, customer_id: 'CUST-10001', status: 'Open', currency: 'USD' });
  }
  await insertRows(stores.customers, 'account', accounts);
  await insertRows(stores.resources, 'worker', workers);
  await insertRows(stores.projects, 'project', projects);
  await insertRows(stores.projects, 'assignment', assignments);
  await insertRows(stores.projects, 'time_entry', timeEntries);
  await insertRows(stores.finance, 'erp_customer', [
    { id: 'CUST-10001', crm_account_id: salesforceId('001', 1), name: 'Customer 1', currency: 'USD', terms_days: 30 },
  ]);
  await insertRows(stores.finance, 'erp_project', erpProjects);
  await fillRatesProject(stores);
}

/**
 * Two consultants on one EMEA project, 120 timecards from 2026-06-01 (two a day), every other one
 * recorded without its assignment; the Consultant's carry last period's rate after the change.
 */
async function fillRatesProject(stores: DomainStores): Promise<void> {
  await insertRows(stores.projects, 'project', [
    {
      id: RATES_PROJECT,
      code: 'P-RATES',
      name: 'Rates',
      account_id: salesforceId('001', 1),
      region: 'EMEA',
      billing_model: 'T&M',
      stage: 'In Progress',
      health: 'Green',
      bookings: 1_000_000,
      currency: 'USD',
    },
  ]);
  const roles = ['Consultant', 'Senior Consultant'];
  await insertRows(
    stores.projects,
    'assignment',
    roles.map((role, index) => ({
      id: `ASG-00099${index}`,
      project_id: RATES_PROJECT,
      worker_id: `W-0000${index + 1}`,
      role,
      start_date: '2026-01-01',
      end_date: '2026-12-31',
      allocation_pct: 50,
      planned_hours: 50_000,
      status: 'Scheduled',
    })),
  );
  await insertRows(
    stores.projects,
    'time_entry',
    Array.from({ length: 120 }, (_, i) => ({
      id: `TC-${String(100_000 + i).padStart(7, '0')}`,
      project_id: RATES_PROJECT,
      assignment_id: i % 4 < 2 ? `ASG-00099${i % 2}` : null,
      worker_id: `W-0000${(i % 2) + 1}`,
      work_date: new Date(Date.parse('2026-06-01T00:00:00Z') + Math.floor(i / 2) * 86_400_000).toISOString().slice(0, 10),
      hours: 800,
      billable: 1,
      status: 'Approved',
      bill_rate: i % 2 === 0 ? 11000 : 16000,
      cost_rate: 9000,
    })),
  );
  await insertRows(stores.finance, 'rate_card', [
    { id: 'RC-0001', role: 'Consultant', region: 'EMEA', bill_rate: 11000, currency: 'USD', effective_from: '2026-01-05', effective_to: '2026-06-28' },
    { id: 'RC-0002', role: 'Consultant', region: 'EMEA', bill_rate: 12000, currency: 'USD', effective_from: RATE_CHANGE, effective_to: null },
    { id: 'RC-0003', role: 'Senior Consultant', region: 'EMEA', bill_rate: 16000, currency: 'USD', effective_from: '2026-01-05', effective_to: null },
    { id: 'RC-0004', role: 'Consultant', region: 'North America', bill_rate: 15000, currency: 'USD', effective_from: '2026-01-05', effective_to: null },
  ]);
}

beforeAll(async () => {
  // Batching is counted at the connectors: the subgraphs' entity caches (on by default) would answer
  // the repeated lookups without a call, so this hub is built without them (test/entity-cache.test.ts
  // covers them; the figures below are the same either way).
  const saved = process.env.OPSGRAPH_ENTITY_CACHE;
  process.env.OPSGRAPH_ENTITY_CACHE = 'off';
  try {
    testHub = await startTestHub({ fill: fillPortfolio, wrapConnector: counter.wrap });
  } finally {
    if (saved === undefined) delete process.env.OPSGRAPH_ENTITY_CACHE;
    else process.env.OPSGRAPH_ENTITY_CACHE = saved;
  }
});

afterAll(async () => {
  await testHub?.stop();
});

const LIST = /* GraphQL */ `
  query($first: Int!) {
    projects(first: $first) {
      edges {
        node {
          name
          customer { name }
          projectManager { name }
          assignments { consultant { name } }
          financials { margin { amount } unbilledWip { amount } }
        }
      }
    }
  }
`;

async function callsFor(first: number) {
  counter.reset();
  const result = await testHub.query<{ projects: { edges: { node: { customer: { name: string }; financials: { margin: { amount: string } } } }[] } }>(LIST, {
    first,
  });
  expect(result.errors).toBeUndefined();
  expect(result.data?.projects.edges).toHaveLength(first);
  return { perService: counter.perService(), calls: Object.fromEntries(counter.calls) };
}

describe('batching', () => {
  it('resolves a 100-project list with one connector call per loader, independent of the length', async () => {
    const hundred = await callsFor(100);
    expect(hundred.calls).toEqual({
      'projects.listProjects': 1,
      'projects.assignmentsByProjectIds': 1,
      'projects.deliveryTotalsByProjectIds': 1,
      'customers.accountsByIds': 1,
      'resources.workersByIds': 2,
      'finance.projectLedgersByPsaIds': 1,
    });
    const ten = await callsFor(10);
    expect(ten.perService).toEqual(hundred.perService);
  });

  it('computes the same figures for every project of the list', async () => {
    const result = await testHub.query<{ projects: { edges: { node: { financials: { margin: { amount: string }; unbilledWip: { amount: string } } } }[] } }>(
      LIST,
      { first: 100 },
    );
    // Each project: 2 × 8h billable at 150.00 = 2400.00 revenue, at 90.00 cost = 1440.00 → margin 960.00.
    for (const edge of result.data?.projects.edges ?? []) {
      expect(edge.node.financials).toEqual({ margin: { amount: '960.00' }, unbilledWip: { amount: '2400.00' } });
    }
  });

  it('batches entity references across the list (hub ids stay canonical)', async () => {
    const result = await testHub.query<{ projects: { edges: { node: { customer: { id: string } } }[] } }>(
      `{ projects(first: 12) { edges { node { customer { id } } } } }`,
    );
    expect(result.data?.projects.edges[0]?.node.customer.id).toBe(toHubId('Customer', salesforceId('001', 2)));
  });

  it('values a page of 100 time entries with their rates and the rate card’s at a fixed number of calls', async () => {
    const RATES = /* GraphQL */ `
      query($id: ID!, $first: Int!) {
        project(id: $id) { timeEntries(first: $first) { edges { node { date billRate { amount } costRate { amount } expectedBillRate { amount } } } } }
      }
    `;
    type Rates = {
      project: { timeEntries: { edges: { node: { date: string; billRate: { amount: string }; expectedBillRate: { amount: string } | null } }[] } };
    };
    const headers = await authorizationAs('finance');
    const run = async (first: number) => {
      counter.reset();
      const result = await testHub.query<Rates>(RATES, { id: toHubId('Project', RATES_PROJECT), first }, headers);
      expect(result.errors).toBeUndefined();
      return { rows: result.data!.project.timeEntries.edges.map(({ node }) => node), calls: Object.fromEntries(counter.calls) };
    };
    const hundred = await run(100);
    expect(hundred.calls).toEqual({
      'projects.projectsByIds': 1,
      'projects.timeEntryPages': 1,
      'projects.assignmentsByProjectIds': 1,
      'finance.rateCardsByScopes': 1,
    });
    expect((await run(10)).calls).toEqual(hundred.calls);
    // Every entry at the card in force on its day, for its role (with or without the assignment on the row).
    expect(hundred.rows).toHaveLength(100);
    for (const [index, row] of hundred.rows.entries()) {
      const consultant = index % 2 === 0;
      const expected = consultant ? (row.date >= RATE_CHANGE ? '120.00' : '110.00') : '160.00';
      expect({ date: row.date, billRate: row.billRate.amount, expected: row.expectedBillRate?.amount }).toEqual({
        date: row.date,
        billRate: consultant ? '110.00' : '160.00',
        expected,
      });
    }
    // The page ends on 20 July: the Consultant's 22 days from the change on are under-billed.
    expect(hundred.rows.filter((row) => Number(row.billRate.amount) < Number(row.expectedBillRate!.amount))).toHaveLength(22);
  });
});
