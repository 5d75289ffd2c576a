/**
 * Project 360 and portfolio through the real gateway over the hand-built fixture: every KPI equals
 * the figure computed by hand in the comments (formulas in docs/kpis.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
});

const PROJECT_360 = /* GraphQL */ `
  query Project360($id: ID!) {
    project(id: $id) {
      code
      name
      status
      health
      billingModel
      customer { name region receivables { balance { amount } overdue { amount } dso } }
      contract { number status value { amount currency } }
      opportunity { name stage status }
      projectManager { name title }
      milestones { name status amount { amount } }
      assignments { role allocationPct consultant { name practice } }
      changeOrders { status deltaBookings { amount } deltaBudgetHours }
      timeEntries(first: 3, filter: { from: "2026-09-01", to: "2026-09-30" }) {
        totalCount
        edges { node { date hours billable status consultant { name } } }
        pageInfo { hasNextPage }
      }
      financials {
        bookings { amount currency }
        billedToDate { amount }
        unbilledWip { amount }
        recognizedRevenue { amount }
        costToDate { amount }
        margin { amount }
        marginPct
        backlog { amount }
        burnPct
      }
    }
  }
`;

describe('project 360 (time and materials)', () => {
  it('joins all four systems of record with hand-computed figures', async () => {
    const result = await testHub.query(PROJECT_360, { id: hub.erpProject });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      project: {
        code: 'ACME-ERP-01',
        name: 'Acme ERP rollout',
        status: 'ACTIVE',
        health: 'GREEN',
        billingModel: 'TIME_AND_MATERIALS',
        customer: {
          name: 'Acme Corp',
          region: 'North America',
          // Open balances: 1200.00 − 500.00 paid + 20000.00 = 20700.00, all past due on 2026-11-15.
          // DSO = 20700.00 ÷ 21200.00 billed in the 90-day window × 90 = 87.88 → 87.9.
          receivables: { balance: { amount: '20700.00' }, overdue: { amount: '20700.00' }, dso: 87.9 },
        },
        contract: { number: '00000101', status: 'ACTIVATED', value: { amount: '120000.00', currency: 'USD' } },
        opportunity: { name: 'Acme ERP rollout', stage: 'Closed Won', status: 'WON' },
        projectManager: { name: 'Ada Lovelace', title: 'Senior Consultant' },
        milestones: [],
        assignments: [
          { role: 'Senior Consultant', allocationPct: 100, consultant: { name: 'Ada Lovelace', practice: 'Cloud' } },
          { role: 'Manager', allocationPct: 50, consultant: { name: 'Grace Hopper', practice: 'Data & AI' } },
        ],
        changeOrders: [{ status: 'SUBMITTED', deltaBookings: { amount: '10000.00' }, deltaBudgetHours: '50.00' }],
        timeEntries: {
          totalCount: 7,
          edges: [
            { node: { date: '2026-09-01', hours: '8.00', billable: true, status: 'INVOICED', consultant: { name: 'Ada Lovelace' } } },
            { node: { date: '2026-09-01', hours: '4.00', billable: true, status: 'APPROVED', consultant: { name: 'Grace Hopper' } } },
            { node: { date: '2026-09-02', hours: '4.00', billable: true, status: 'SUBMITTED', consultant: { name: 'Grace Hopper' } } },
          ],
          pageInfo: { hasNextPage: true },
        },
        financials: {
          bookings: { amount: '120000.00', currency: 'USD' },
          // Issued, non-void invoices: 1200.00 (the void 999.99 does not count).
          billedToDate: { amount: '1200.00' },
          // Billable approved time 8h×150 + 8h×150 + 7.5h×150 + 4h×200 = 4325.00, plus the 450.00 billable
          // expense = 4775.00 recognized; less 1200.00 on the invoiced billing event = 3575.00 unbilled.
          unbilledWip: { amount: '3575.00' },
          recognizedRevenue: { amount: '4775.00' },
          // Approved hours at cost: 8×90 + 8×90 + 7.5×90 + 8×90 (non-billable) + 4×100 = 3235.00,
          // plus approved expenses 450.00 + 50.50 = 3735.50.
          costToDate: { amount: '3735.50' },
          margin: { amount: '1039.50' },
          // 1039.50 ÷ 4775.00 = 0.21770
          marginPct: 0.2177,
          backlog: { amount: '118800.00' },
          // 3735.50 ÷ 120000.00 = 0.03113
          burnPct: 0.0311,
        },
      },
    });
  });
});

describe('project 360 (fixed fee)', () => {
  it('recognizes revenue by percent complete and bills by milestone', async () => {
    const result = await testHub.query(
      `query($id: ID!) { project(id: $id) {
         billingModel
         milestones { name status amount { amount } }
         financials { bookings { amount } billedToDate { amount } unbilledWip { amount } recognizedRevenue { amount }
           costToDate { amount } margin { amount } marginPct backlog { amount } burnPct }
       } }`,
      { id: hub.dataProject },
    );
    expect(result).toEqual({
      data: {
        project: {
          billingModel: 'FIXED_FEE',
          milestones: [
            { name: 'Design signed off', status: 'APPROVED', amount: { amount: '20000.00' } },
            { name: 'Platform live', status: 'PLANNED', amount: { amount: '30000.00' } },
          ],
          financials: {
            bookings: { amount: '50000.00' },
            billedToDate: { amount: '20000.00' },
            // Approved milestone 20000.00 − 20000.00 already on an invoiced billing event.
            unbilledWip: { amount: '0.00' },
            // 10h approved ÷ (10h + 290h remaining of 300h planned) × 50000.00 = 1666.666… → 1666.67
            recognizedRevenue: { amount: '1666.67' },
            // 4h×100 + 6h×100
            costToDate: { amount: '1000.00' },
            margin: { amount: '666.67' },
            marginPct: 0.4,
            backlog: { amount: '30000.00' },
            burnPct: 0.02,
          },
        },
      },
    });
  });
});

describe('utilization and portfolio', () => {
  it('computes a consultant utilization from HCM capacity and PSA time', async () => {
    const result = await testHub.query(
      `query($id: ID!) { consultant(id: $id) { name utilization(from: "2026-09-01", to: "2026-09-11") {
         availableHours billableHours utilization target attainment } } }`,
      { id: hub.ada },
    );
    // 9 workdays × 8h = 72h, less a vacation day and Labor Day = 56h; billable approved 8 + 8 + 7.5 = 23.5h.
    expect(result).toEqual({
      data: {
        consultant: {
          name: 'Ada Lovelace',
          utilization: { availableHours: '56.00', billableHours: '23.50', utilization: 0.4196, target: 0.8, attainment: 0.5245 },
        },
      },
    });
  });

  it('rolls the KPIs up across the filtered projects', async () => {
    const result = await testHub.query(
      `{ portfolio(filter: { from: "2026-09-01", to: "2026-09-11" }) {
         projectCount bookings { amount currency } backlog { amount } billed { amount } unbilledWip { amount }
         recognizedRevenue { amount } cost { amount } margin { amount } marginPct utilization } }`,
    );
    expect(result).toEqual({
      data: {
        portfolio: {
          projectCount: 2,
          bookings: { amount: '170000.00', currency: 'USD' },
          backlog: { amount: '148800.00' },
          billed: { amount: '21200.00' },
          unbilledWip: { amount: '3575.00' },
          recognizedRevenue: { amount: '6441.67' },
          cost: { amount: '4735.50' },
          margin: { amount: '1706.17' },
          // 1706.17 ÷ 6441.67
          marginPct: 0.2649,
          // (23.5h Ada + 14h Grace) ÷ (56h + 72h)
          utilization: 0.293,
        },
      },
    });
  });

  it('filters the portfolio by customer', async () => {
    const result = await testHub.query(`query($c: ID!) { portfolio(filter: { customerId: $c }) { projectCount bookings { amount } } }`, {
      c: hub.globex,
    });
    expect(result).toEqual({ data: { portfolio: { projectCount: 0, bookings: { amount: '0.00' } } } });
  });
});
