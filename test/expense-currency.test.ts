/**
 * Expenses in another currency than their project's (docs/kpis.md, Inputs and "Pricing time and
 * expenses in the project's currency"), through the real gateway over the multi-currency fixture plus
 * `fillExpenseCurrencies` (business date 2026-11-15). The rule: an expense counts in its project's
 * currency, converted on its own, once, half away from zero, at the ERP's DAILY rate of the pair in
 * force on the expense date (the latest effective on or before it); one in the project's currency is
 * taken as it is. The PSA converts nothing: it sums the project-currency expenses and hands the others
 * over as incurred; finance converts them wherever delivery totals become figures, and period close
 * does the same through the ERP's system API. A missing DAILY rate is refused naming the pair and the
 * date. Runs on node:sqlite (npm test) and PostgreSQL (npm run test:pg).
 *
 * The expenses, converted by hand (GBP→EUR 1.1532 from 2026-10-20 and 1.1468 from 2026-11-09, USD→EUR
 * 0.9231 from 2026-11-12, EUR→KWD 0.3344 from 2026-11-02):
 * - T&M project (EUR, bookings 20,000.00; 10 h on 2026-10-21 at bill 150.00, cost 85.00):
 *   180.25 GBP billable on 10-22 × 1.1532 = 207.8643 → 207.86; 35.10 GBP not billable on 10-22 ×
 *   1.1532 = 40.47732 → 40.48; 40.00 EUR billable as it is; 98.75 GBP billable on 11-10 × 1.1468 =
 *   113.2465 → 113.25.
 * - EUR milestone project: 245.50 GBP billable on 11-10 × 1.1468 = 281.5394 → 281.54; 612.40 USD not
 *   billable on 11-12 × 0.9231 = 565.30644 → 565.31.
 * - KWD milestone project: 80.00 EUR billable on 11-05 × 0.3344 = 26.752 KWD; 23.45 EUR not billable
 *   × 0.3344 = 7.84168 → 7.842.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { expenseHub, fillExpenseCurrencies, fxHub, KWD_PROJECT, UMBRELLA } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { withOctoberAverages } from './support/october-averages.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';

let testHub: TestHub;
let stores: DomainStores;
let finance: Record<string, string>;

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      // With October's KWD averages (the portfolio converts each month at its own).
      await withOctoberAverages(fillExpenseCurrencies)(opened);
    },
  });
  finance = { authorization: `Bearer ${await signToken({ sub: 'test-finance', roles: ['finance'], customerId: null })}` };
});

afterAll(async () => {
  await testHub?.stop();
});

const money = (amount: string, currency: string) => ({ amount, currency });

const FINANCIALS = `query ($id: ID!) { project(id: $id) { financials {
  recognizedRevenue { amount currency } unbilledWip { amount currency } costToDate { amount currency }
  margin { amount currency } marginPct burnPct backlog { amount currency } } } }`;

async function financialsOf(id: string) {
  return testHub.query<{ project: { financials: Record<string, unknown> | null } }>(FINANCIALS, { id });
}

describe('Project.financials counts each expense in the project currency', () => {
  it('T&M in EUR: converted GBP expenses in recognized revenue, unbilled WIP and cost, the EUR one as it is', async () => {
    expect(await financialsOf(expenseHub.eurTmProject)).toEqual({
      data: {
        project: {
          financials: {
            // Billable time 10 h × 150.00 = 1,500.00; billable expenses 40.00 + 207.86 + 113.25 = 361.11. Σ 1,861.11.
            recognizedRevenue: money('1861.11', 'EUR'),
            // Nothing invoiced: all of it.
            unbilledWip: money('1861.11', 'EUR'),
            // 10 h × 85.00 = 850.00; expenses 207.86 + 40.48 + 40.00 + 113.25 = 401.59. Σ 1,251.59.
            costToDate: money('1251.59', 'EUR'),
            // 1,861.11 − 1,251.59.
            margin: money('609.52', 'EUR'),
            // 609.52 ÷ 1,861.11 = 0.32750… → 0.3275.
            marginPct: 0.3275,
            // 1,251.59 ÷ 20,000.00 = 0.0625795 → 0.0626.
            burnPct: 0.0626,
            backlog: money('20000.00', 'EUR'),
          },
        },
      },
    });
  });

  it('milestone project in EUR: the billable GBP expense in unbilled WIP, both in cost, revenue the milestones', async () => {
    expect(await financialsOf(fxHub.eurProject)).toEqual({
      data: {
        project: {
          financials: {
            recognizedRevenue: money('40000.00', 'EUR'),
            // Milestones 40,000.00 + billable expense 281.54 − invoiced 30,000.00.
            unbilledWip: money('10281.54', 'EUR'),
            // 8 h × 90.00 = 720.00 + 281.54 + 565.31.
            costToDate: money('1566.85', 'EUR'),
            margin: money('38433.15', 'EUR'),
            // 38,433.15 ÷ 40,000.00 = 0.96082875 → 0.9608.
            marginPct: 0.9608,
            // 1,566.85 ÷ 100,000.00 = 0.0156685 → 0.0157.
            burnPct: 0.0157,
            backlog: money('70000.00', 'EUR'),
          },
        },
      },
    });
  });

  it('milestone project in KWD: EUR expenses converted to the fils', async () => {
    expect(await financialsOf(fxHub.kwdProject)).toEqual({
      data: {
        project: {
          financials: {
            recognizedRevenue: money('12345.678', 'KWD'),
            // 12,345.678 + 26.752 − 12,345.678 invoiced.
            unbilledWip: money('26.752', 'KWD'),
            // 8 h × 25.500 = 204.000 + 26.752 + 7.842.
            costToDate: money('238.594', 'KWD'),
            margin: money('12107.084', 'KWD'),
            // 12,107.084 ÷ 12,345.678 = 0.98067… → 0.9807.
            marginPct: 0.9807,
            // 238.594 ÷ 50,000.000 = 0.00477188 → 0.0048.
            burnPct: 0.0048,
            backlog: money('37654.322', 'KWD'),
          },
        },
      },
    });
  });

  it('keeps Expense.amount as incurred, in its own currency', async () => {
    const result = await testHub.query<{ project: { expenses: { amount: { amount: string; currency: string } }[] } }>(
      'query ($id: ID!) { project(id: $id) { expenses { amount { amount currency } } } }',
      { id: fxHub.eurProject },
    );
    expect(result).toEqual({ data: { project: { expenses: [{ amount: money('245.50', 'GBP') }, { amount: money('612.40', 'USD') }] } } });
  });
});

const PORTFOLIO = `recognizedRevenue { amount currency } cost { amount currency } margin { amount currency } marginPct
  billed { amount currency } unbilledWip { amount currency } backlog { amount currency } fx { from to rate rateType rateDate }`;

describe('the portfolio converts the projects figures, expenses converted first', () => {
  it('EMEA in USD by hand', async () => {
    const result = await testHub.query(`{ portfolio(filter: { region: "EMEA" }) { projectCount ${PORTFOLIO} } }`);
    expect(result).toEqual({
      data: {
        portfolio: {
          projectCount: 3,
          // Month by month, each month's part at its average (October EUR→USD 1.079, KWD→USD 3.2467;
          // November 1.0873, 3.2541), each expense in the month of its date: the milestones of
          // October, 40,000.00 → 43,160.00 and 12,345.678 → 40,082.7127626 → 40,082.71; the T&M
          // project's October 1,500.00 + 40.00 + 207.86 = 1,747.86 → 1,885.94094 → 1,885.94 and its
          // November GBP expense 113.25 → 123.136725 → 123.14. Σ 85,251.79.
          recognizedRevenue: money('85251.79', 'USD'),
          // November's 1,566.85 → 1,703.636005 → 1,703.64 and 238.594 → 776.4087354 → 776.41; the T&M
          // project's October 850.00 + 207.86 + 40.48 + 40.00 = 1,138.34 → 1,228.26886 → 1,228.27 and
          // November's 113.25 → 123.14. Σ 3,831.46.
          cost: money('3831.46', 'USD'),
          // Per project and month: 43,160.00 − 1,703.64 = 41,456.36; 40,082.71 − 776.41 = 39,306.30;
          // (1,885.94 − 1,228.27) + (123.14 − 123.14) = 657.67. Σ 81,420.33.
          margin: money('81420.33', 'USD'),
          // 81,420.33 ÷ 85,251.79 = 0.95505… → 0.9551.
          marginPct: 0.9551,
          // October's invoices: 30,000.00 → 32,370.00; 12,345.678 → 40,082.71; nothing billed on the T&M project.
          billed: money('72452.71', 'USD'),
          // At the closing rates EUR→USD 1.0851, KWD→USD 3.2498: 10,281.54 → 11,156.499054 → 11,156.50;
          // 26.752 → 86.9386496 → 86.94; 1,861.11 → 2,019.490461 → 2,019.49. Σ 13,262.93.
          unbilledWip: money('13262.93', 'USD'),
          // 70,000.00 → 75,957.00; 37,654.322 → 122,369.02; 20,000.00 → 21,702.00. Σ 220,028.02.
          backlog: money('220028.02', 'USD'),
          // Only the reporting conversion's rates: the DAILY rates of the expenses are the projects' own figures.
          fx: [
            { from: 'EUR', to: 'USD', rate: '1.079', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
            { from: 'EUR', to: 'USD', rate: '1.0873', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
            { from: 'EUR', to: 'USD', rate: '1.0851', rateType: 'CLOSING', rateDate: '2026-10-31' },
            { from: 'KWD', to: 'USD', rate: '3.2467', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
            { from: 'KWD', to: 'USD', rate: '3.2541', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
            { from: 'KWD', to: 'USD', rate: '3.2498', rateType: 'CLOSING', rateDate: '2026-10-31' },
          ],
        },
      },
    });
  });
});

const PERIOD = `period from to recognizedRevenue { amount currency } cost { amount currency } margin { amount currency } marginPct
  billed { amount currency } unbilledWip { amount currency } backlog { amount currency }`;

describe('the trend counts each expense in the month of its date, converted at its DAILY rate', () => {
  it("Umbrella's October and November in EUR", async () => {
    const result = await testHub.query(
      `{ portfolioTrend(filter: { customerId: "${toHubId('Customer', UMBRELLA)}" }, from: "2026-10-01", to: "2026-11-15", currency: "EUR") { ${PERIOD} } }`,
    );
    expect(result).toEqual({
      data: {
        portfolioTrend: [
          {
            period: '2026-10',
            from: '2026-10-01',
            to: '2026-10-31',
            // Milestones 40,000.00 approved 10-30; T&M 1,500.00 + 40.00 + 207.86 (the November 113.25 is not October's).
            recognizedRevenue: money('41747.86', 'EUR'),
            // T&M 850.00 + 207.86 + 40.48 + 40.00; the milestone project's work is November's.
            cost: money('1138.34', 'EUR'),
            margin: money('40609.52', 'EUR'),
            // 40,609.52 ÷ 41,747.86 = 0.97273… → 0.9727.
            marginPct: 0.9727,
            billed: money('30000.00', 'EUR'),
            // 40,000.00 − 30,000.00 invoiced; 1,747.86.
            unbilledWip: money('11747.86', 'EUR'),
            backlog: money('90000.00', 'EUR'),
          },
          {
            period: '2026-11',
            from: '2026-11-01',
            to: '2026-11-15',
            // T&M 1,861.11 − 1,747.86: the November GBP expense.
            recognizedRevenue: money('113.25', 'EUR'),
            // Milestone project 720.00 + 281.54 + 565.31 = 1,566.85; T&M 113.25.
            cost: money('1680.10', 'EUR'),
            margin: money('-1566.85', 'EUR'),
            // −1,566.85 ÷ 113.25 = −13.83532… → −13.8353.
            marginPct: -13.8353,
            billed: money('0.00', 'EUR'),
            // 10,281.54 + 1,861.11, as Project.financials.
            unbilledWip: money('12142.65', 'EUR'),
            backlog: money('90000.00', 'EUR'),
          },
        ],
      },
    });
  });

  it('EMEA in USD: November converts the converted figures at its average', async () => {
    const result = await testHub.query(`{ portfolioTrend(filter: { region: "EMEA" }, from: "2026-11-01", to: "2026-11-15") { ${PERIOD} } }`);
    expect(result).toEqual({
      data: {
        portfolioTrend: [
          {
            period: '2026-11',
            from: '2026-11-01',
            to: '2026-11-15',
            // T&M 113.25 × 1.0873 = 123.136725 → 123.14.
            recognizedRevenue: money('123.14', 'USD'),
            // 1,566.85 → 1,703.64; 238.594 → 776.41; 113.25 → 123.14. Σ 2,603.19.
            cost: money('2603.19', 'USD'),
            margin: money('-2480.05', 'USD'),
            // −2,480.05 ÷ 123.14 = −20.14008… → −20.1401.
            marginPct: -20.1401,
            billed: money('0.00', 'USD'),
            // The period ends on the business date: the portfolio's balances.
            unbilledWip: money('13262.93', 'USD'),
            backlog: money('220028.02', 'USD'),
          },
        ],
      },
    });
  });
});

const CLOSE = `mutation ($input: ClosePeriodInput!) { closePeriod(input: $input) {
  workflow { status } period legalEntities
  revenuePostings { project { id } method amount { amount currency } cumulative { amount currency } }
  userErrors { code message field } } }`;

async function closePeriod(period: string, legalEntityId: string) {
  return testHub.query<{ closePeriod: Record<string, unknown> }>(CLOSE, { input: { idempotencyKey: randomUUID(), period, legalEntityId } }, finance);
}

async function accruals() {
  const rows = await stores.finance.all<Record<string, unknown>>('SELECT project_id, period, amount, items FROM cost_accrual ORDER BY period, project_id');
  return rows.map((row) => ({ project_id: row.project_id, period: row.period, amount: Number(row.amount), items: Number(row.items) }));
}

const LEDGER = `query ($id: ID!) { project(id: $id) { financials { recognizedRevenue { amount } costToDate { amount }
  ledger { revenuePosted { amount } unpostedRevenue { amount } accruedCost { amount } accruedPeriod } } } }`;

describe('period close converts expenses as the figures do', () => {
  it('October (LE-02): the T&M revenue through October and the accrual convert the October expenses, not the November one', async () => {
    expect(await closePeriod('2026-10', 'LE-02')).toEqual({
      data: {
        closePeriod: {
          workflow: { status: 'COMPLETED' },
          period: '2026-10',
          legalEntities: ['DE01'],
          revenuePostings: [
            // The milestones approved on 10-30.
            { project: { id: fxHub.eurProject }, method: 'MILESTONE', amount: money('40000.00', 'EUR'), cumulative: money('40000.00', 'EUR') },
            // 1,500.00 + 40.00 + 207.86.
            { project: { id: expenseHub.eurTmProject }, method: 'ACTUAL_TIME', amount: money('1747.86', 'EUR'), cumulative: money('1747.86', 'EUR') },
          ],
          userErrors: [],
        },
      },
    });
    // The T&M project's time 850.00 and expenses 207.86 + 40.48 + 40.00 = 1,138.34, four items; the
    // milestone project has nothing dated in or before October.
    expect(await accruals()).toEqual([{ project_id: 'PJ-100041', period: '2026-10', amount: 113_834, items: 4 }]);
  });

  it('November (LE-02): the rest posts, the accrual is the whole cost, and the ledger meets the hub to the cent', async () => {
    expect(await closePeriod('2026-11', 'LE-02')).toEqual({
      data: {
        closePeriod: {
          workflow: { status: 'COMPLETED' },
          period: '2026-11',
          legalEntities: ['DE01'],
          // The T&M project's November GBP expense, 113.25; the milestone project recognizes nothing more.
          revenuePostings: [
            { project: { id: expenseHub.eurTmProject }, method: 'ACTUAL_TIME', amount: money('113.25', 'EUR'), cumulative: money('1861.11', 'EUR') },
          ],
          userErrors: [],
        },
      },
    });
    expect((await accruals()).filter((row) => row.period === '2026-11')).toEqual([
      // 720.00 + 281.54 + 565.31, three items.
      { project_id: 'PJ-100006', period: '2026-11', amount: 156_685, items: 3 },
      // 850.00 + 207.86 + 40.48 + 40.00 + 113.25, five items: its cost to date.
      { project_id: 'PJ-100041', period: '2026-11', amount: 125_159, items: 5 },
    ]);
    const result = await testHub.query(LEDGER, { id: expenseHub.eurTmProject }, finance);
    expect(result).toEqual({
      data: {
        project: {
          financials: {
            recognizedRevenue: { amount: '1861.11' },
            costToDate: { amount: '1251.59' },
            ledger: { revenuePosted: { amount: '1861.11' }, unpostedRevenue: { amount: '0.00' }, accruedCost: { amount: '1251.59' }, accruedPeriod: '2026-11' },
          },
        },
      },
    });
  });
});

describe('a missing DAILY rate is refused naming the pair and the date, never converted at 1', () => {
  const message = 'The ERP holds no DAILY exchange rate CHF→KWD in force on 2026-11-11';

  beforeAll(async () => {
    // 50.00 CHF on the KWD project: the ERP holds no CHF→KWD rate.
    await stores.projects.run(
      `INSERT INTO expense (id, project_id, worker_id, expense_date, category, amount, currency, billable, status)
       VALUES ('EXP-000419', ?, 'W-00001', '2026-11-11', 'Meals', 5000, 'CHF', 1, 'Approved')`,
      [KWD_PROJECT],
    );
  });

  it('Project.financials: null with FX_RATE_MISSING at its path', async () => {
    const result = await financialsOf(fxHub.kwdProject);
    expect(result.data).toEqual({ project: { financials: null } });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message,
        path: ['project', 'financials'],
        extensions: expect.objectContaining({ code: 'FX_RATE_MISSING', rateType: 'DAILY', from: 'CHF', to: 'KWD', date: '2026-11-11' }),
      }),
    ]);
  });

  it('the portfolio and the trend: BAD_USER_INPUT naming currency', async () => {
    const portfolio = await testHub.query('{ portfolio(filter: { region: "EMEA" }) { recognizedRevenue { amount } } }');
    const trend = await testHub.query('{ portfolioTrend(filter: { region: "EMEA" }, from: "2026-11-01", to: "2026-11-15") { cost { amount } } }');
    for (const result of [portfolio, trend]) {
      expect(result.errors?.[0]).toMatchObject({
        message: `Invalid argument "currency": ${message}`,
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'currency' },
      });
    }
  });

  it('period close: the close parks with FX_RATE_MISSING before anything is posted', async () => {
    const before = Number((await stores.finance.get<{ n: number }>('SELECT COUNT(*) AS n FROM revenue_event'))?.n);
    const result = await closePeriod('2026-11', 'LE-01');
    expect(result.errors).toBeUndefined();
    expect(result.data?.closePeriod).toMatchObject({
      workflow: { status: 'FAILED' },
      revenuePostings: [],
      userErrors: [{ code: 'FX_RATE_MISSING', message, field: null }],
    });
    expect(Number((await stores.finance.get<{ n: number }>('SELECT COUNT(*) AS n FROM revenue_event'))?.n)).toBe(before);
  });

  it('period close: once the ERP holds the rate, retrying the exception completes the close, the CHF expense converted', async () => {
    const parked = await testHub.query<{ exceptions: { edges: { node: { id: string; status: string; workflow: { type: string; status: string } } }[] } }>(
      '{ exceptions(first: 50) { edges { node { id status workflow { type status } } } } }',
      undefined,
      finance,
    );
    expect(parked.errors).toBeUndefined();
    const open = parked.data!.exceptions.edges.map((edge) => edge.node).filter((node) => node.workflow.type === 'closePeriod' && node.status === 'OPEN');
    expect(open).toHaveLength(1);
    // Finance records the missing rate in the ERP: 1 CHF = 0.3512 KWD from 2026-11-11.
    await stores.finance.run(
      "INSERT INTO exchange_rate (from_currency, to_currency, rate_type, effective_date, rate, recorded_at) VALUES ('CHF', 'KWD', 'DAILY', '2026-11-11', '0.3512', '2026-11-12T08:00:00Z')",
    );
    // Project.financials answers again (50.00 CHF × 0.3512 = 17.560 KWD of expense).
    const financials = await financialsOf(fxHub.kwdProject);
    expect(financials.errors).toBeUndefined();
    const before = Number((await stores.finance.get<{ n: number }>('SELECT COUNT(*) AS n FROM revenue_event'))?.n);
    const retried = await testHub.query<{ retryException: { workflow: { status: string }; exception: { status: string }; userErrors: unknown[] } }>(
      'mutation ($input: RetryExceptionInput!) { retryException(input: $input) { workflow { status } exception { status } userErrors { code } } }',
      { input: { id: open[0].id, idempotencyKey: randomUUID() } },
      finance,
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retryException).toEqual({ workflow: { status: 'COMPLETED' }, exception: { status: 'RESOLVED' }, userErrors: [] });
    // The close posted, and the KWD project's ledger reaches its hub recognized revenue, CHF expense included.
    expect(Number((await stores.finance.get<{ n: number }>('SELECT COUNT(*) AS n FROM revenue_event'))?.n)).toBeGreaterThan(before);
    const ledger = await testHub.query<{ project: { financials: { recognizedRevenue: { amount: string }; ledger: { revenuePosted: { amount: string } } } } }>(
      LEDGER,
      { id: fxHub.kwdProject },
      finance,
    );
    expect(ledger.errors).toBeUndefined();
    expect(ledger.data!.project.financials.ledger.revenuePosted.amount).toBe(ledger.data!.project.financials.recognizedRevenue.amount);
  });
});
