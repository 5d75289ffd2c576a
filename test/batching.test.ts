/**
 * No N+1: a list of projects touching every subgraph costs a fixed number of connector calls per
 * subgraph, whatever its length (every reference goes through a per-request DataLoader).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { salesforceId, toHubId } from '../subgraphs/shared/ids.ts';
import { insertRows, type SqlRow } from '../platform/sql.ts';
import { createCallCounter, startTestHub, type TestHub } from './support/hub.ts';

const PROJECTS = 120;
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
}

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillPortfolio, wrapConnector: counter.wrap });
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
});
