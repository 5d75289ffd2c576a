/**
 * Project 360 and portfolio through the real gateway over the hand-built fixture and its KPI edge
 * cases (a finished fixed fee, a cancelled and an over-billed project, a consultant who left and one
 * who joined mid-month): every KPI equals the figure computed by hand in the comments (formulas in
 * docs/kpis.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeHub, fillKpiEdges, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillKpiEdges });
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
        unconsumedContractValue { amount }
        billedInAdvance { amount }
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
          // Open: 120000.00 − 1200.00 billed; nothing released, nothing billed beyond bookings.
          backlog: { amount: '118800.00' },
          unconsumedContractValue: { amount: '0.00' },
          billedInAdvance: { amount: '0.00' },
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
           costToDate { amount } margin { amount } marginPct backlog { amount } unconsumedContractValue { amount } billedInAdvance { amount } burnPct }
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
            unconsumedContractValue: { amount: '0.00' },
            billedInAdvance: { amount: '0.00' },
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
    // utilization = 23.5 ÷ 56 = 0.419642… → 0.4196; attainment = 23.5 ÷ (56 × 0.8) = 0.524553… → 0.5246,
    // from the exact hours (the rounded 0.4196 ÷ 0.8 = 0.5245 rounded twice).
    expect(result).toEqual({
      data: {
        consultant: {
          name: 'Ada Lovelace',
          utilization: { availableHours: '56.00', billableHours: '23.50', utilization: 0.4196, target: 0.8, attainment: 0.5246 },
        },
      },
    });
  });

  it('rolls the KPIs up across the filtered projects', async () => {
    const result = await testHub.query(
      `query($c: ID!) { portfolio(filter: { customerId: $c, from: "2026-09-01", to: "2026-09-11" }) {
         projectCount bookings { amount currency } backlog { amount } billed { amount } unbilledWip { amount }
         recognizedRevenue { amount } cost { amount } margin { amount } marginPct utilization } }`,
      { c: hub.acme },
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

const FINANCIALS = /* GraphQL */ `
  query Financials($id: ID!) {
    project(id: $id) {
      status
      billingModel
      financials {
        bookings { amount }
        billedToDate { amount }
        unbilledWip { amount }
        recognizedRevenue { amount }
        costToDate { amount }
        margin { amount }
        marginPct
        backlog { amount }
        unconsumedContractValue { amount }
        billedInAdvance { amount }
        burnPct
      }
    }
  }
`;

describe('KPIs at the edges', () => {
  it('recognizes exactly the contract value of a completed fixed-fee project and carries no backlog', async () => {
    const result = await testHub.query(FINANCIALS, { id: edgeHub.finishedFixedProject });
    expect(result).toEqual({
      data: {
        project: {
          status: 'COMPLETED',
          billingModel: 'FIXED_FEE',
          financials: {
            bookings: { amount: '40000.00' },
            // The paid Blueprint invoice.
            billedToDate: { amount: '15000.00' },
            // Approved milestones 15000.00 + 25000.00 less the 15000.00 on the invoiced billing event
            // (the Go-live event is released, not yet invoiced).
            unbilledWip: { amount: '25000.00' },
            // COMPLETED: remaining estimate 0, EAC = actual, 100 % of 40000.00. By hours it would be
            // 104h ÷ (104h + 196h left of 300h planned) × 40000.00 = 13866.67.
            recognizedRevenue: { amount: '40000.00' },
            // Leo's 104 approved hours (12 billable days, his last day non-billable) × 95.00.
            costToDate: { amount: '9880.00' },
            margin: { amount: '30120.00' },
            // 30120.00 ÷ 40000.00
            marginPct: 0.753,
            // Finished: no backlog (it was 40000.00 − 15000.00 = 25000.00); nothing unconsumed, as
            // everything sold was delivered: 40000.00 − max(15000.00 billed, 40000.00 recognized) = 0.
            backlog: { amount: '0.00' },
            unconsumedContractValue: { amount: '0.00' },
            billedInAdvance: { amount: '0.00' },
            // 9880.00 ÷ 40000.00
            burnPct: 0.247,
          },
        },
      },
    });
  });

  it('reports the released remainder of a cancelled project instead of backlog', async () => {
    const result = await testHub.query(FINANCIALS, { id: edgeHub.cancelledProject });
    expect(result).toEqual({
      data: {
        project: {
          status: 'CANCELLED',
          billingModel: 'TIME_AND_MATERIALS',
          financials: {
            bookings: { amount: '60000.00' },
            billedToDate: { amount: '9000.00' },
            // Joan's 82 approved billable hours (13 days × 6h, and 4h dated before her hire: the project
            // did get the work) × 150.00 = 12300.00, less the 10 invoiced items of 900.00.
            unbilledWip: { amount: '3300.00' },
            recognizedRevenue: { amount: '12300.00' },
            // 82h × 80.00
            costToDate: { amount: '6560.00' },
            margin: { amount: '5740.00' },
            // 5740.00 ÷ 12300.00 = 0.466666… → 0.4667
            marginPct: 0.4667,
            // Finished: no backlog (it was 60000.00 − 9000.00 = 51000.00). Released unused:
            // 60000.00 − max(9000.00 billed, 12300.00 recognized) = 47700.00; the 3300.00 of work not
            // yet billed is unbilled WIP, not released.
            backlog: { amount: '0.00' },
            unconsumedContractValue: { amount: '47700.00' },
            billedInAdvance: { amount: '0.00' },
            // 6560.00 ÷ 60000.00 = 0.109333… → 0.1093
            burnPct: 0.1093,
          },
        },
      },
    });
  });

  it('shows billing beyond bookings as billed in advance, not as negative backlog', async () => {
    const result = await testHub.query(FINANCIALS, { id: edgeHub.overbilledProject });
    expect(result).toEqual({
      data: {
        project: {
          status: 'ACTIVE',
          billingModel: 'MILESTONE',
          financials: {
            bookings: { amount: '20000.00' },
            // The 12000.00 Threat model milestone, invoiced twice.
            billedToDate: { amount: '24000.00' },
            // max(0, 12000.00 approved − 24000.00 invoiced items)
            unbilledWip: { amount: '0.00' },
            recognizedRevenue: { amount: '12000.00' },
            costToDate: { amount: '0.00' },
            margin: { amount: '12000.00' },
            marginPct: 1,
            // Open, but billed 4000.00 beyond its 20000.00: backlog 0 (it was −4000.00), 4000.00 in advance.
            backlog: { amount: '0.00' },
            unconsumedContractValue: { amount: '0.00' },
            billedInAdvance: { amount: '4000.00' },
            burnPct: 0,
          },
        },
      },
    });
  });

  it('counts only the days a consultant was employed, for one who left and one who joined mid-month', async () => {
    const query = `query($id: ID!) { consultant(id: $id) { name utilization(from: "2026-10-01", to: "2026-10-31") {
      availableHours billableHours utilization target attainment } } }`;
    // Leo, terminated Friday 16 October: workdays 1–16 October = 12 × 8h = 96h, less the vacation on
    // the 9th = 88h. Billable: 10 days × 8h = 80h; his 16h on the 19th and 20th, after the termination,
    // do not count. 80 ÷ 88 = 0.909090… → 0.9091; attainment 80 ÷ (88 × 0.8) = 1.136363… → 1.1364
    // (counting the 16h after termination: 96 ÷ 88 = 1.0909, attainment 1.3636).
    expect(await testHub.query(query, { id: edgeHub.leo })).toEqual({
      data: {
        consultant: {
          name: 'Leo Esaki',
          utilization: { availableHours: '88.00', billableHours: '80.00', utilization: 0.9091, target: 0.8, attainment: 1.1364 },
        },
      },
    });
    // Joan, hired Wednesday 14 October on 37.5h a week: workdays 14–30 October = 13 × 7.5h = 97.5h.
    // Billable: 13 × 6h = 78h; the 4h dated the 13th, before her hire, do not count. 78 ÷ 97.5 = 0.8;
    // attainment 78 ÷ (97.5 × 0.75) = 1.066666… → 1.0667.
    expect(await testHub.query(query, { id: edgeHub.joan })).toEqual({
      data: {
        consultant: {
          name: 'Joan Clarke',
          utilization: { availableHours: '97.50', billableHours: '78.00', utilization: 0.8, target: 0.75, attainment: 1.0667 },
        },
      },
    });
    // A window entirely after Leo's termination: nothing available, nothing billable (his two late
    // days included), utilization 0.
    const after = await testHub.query(
      `query($id: ID!) { consultant(id: $id) { utilization(from: "2026-10-19", to: "2026-10-23") {
      availableHours billableHours utilization attainment } } }`,
      { id: edgeHub.leo },
    );
    expect(after).toEqual({ data: { consultant: { utilization: { availableHours: '0.00', billableHours: '0.00', utilization: 0, attainment: 0 } } } });
  });

  it('rolls the edge figures up without netting one project against another', async () => {
    const result = await testHub.query(
      `query($c: ID!) { portfolio(filter: { customerId: $c, from: "2026-10-01", to: "2026-10-31" }) {
         projectCount bookings { amount } backlog { amount } unconsumedContractValue { amount } billedInAdvance { amount }
         billed { amount } unbilledWip { amount } recognizedRevenue { amount } cost { amount } margin { amount } marginPct utilization } }`,
      { c: edgeHub.initech },
    );
    expect(result).toEqual({
      data: {
        portfolio: {
          projectCount: 3,
          bookings: { amount: '120000.00' },
          // Σ per project, each ≥ 0: 0 + 0 + 0 (the old bookings − billed sum was 25000.00 + 51000.00 − 4000.00).
          backlog: { amount: '0.00' },
          unconsumedContractValue: { amount: '47700.00' },
          billedInAdvance: { amount: '4000.00' },
          // 15000.00 + 9000.00 + 24000.00
          billed: { amount: '48000.00' },
          // 25000.00 + 3300.00 + 0
          unbilledWip: { amount: '28300.00' },
          // 40000.00 + 12300.00 + 12000.00
          recognizedRevenue: { amount: '64300.00' },
          // 9880.00 + 6560.00
          cost: { amount: '16440.00' },
          margin: { amount: '47860.00' },
          // 47860.00 ÷ 64300.00 = 0.744323… → 0.7443
          marginPct: 0.7443,
          // (80h Leo + 78h Joan, days employed only) ÷ (88h + 97.5h) = 158 ÷ 185.5 = 0.851752… → 0.8518
          // (with the 16h after Leo's termination and Joan's 4h before her hire it would be 0.9596).
          utilization: 0.8518,
        },
      },
    });
  });
});
