/**
 * The KPI edge cases in three currencies, one of them three-decimal, through the real gateway over the
 * multi-currency fixture plus a completed fixed fee in GBP, a cancelled fixed fee in KWD and an
 * over-billed time-and-materials project in EUR (fillCurrencyEdges, business date 2026-11-15). Every
 * figure is computed by hand in the comments (docs/kpis.md): each project's financials in its own
 * currency, exact to the minor unit (KWD to the fils); the EMEA portfolio in USD and in EUR, each
 * project's figures converted half away from zero, income and cost to date month by month (each
 * month's part at its average: October's effective 2026-10-31, with October's KWD and GBP→EUR averages
 * added by withOctoberAverages, November's 2026-11-30), balances once at the closing rate in force
 * (effective 2026-10-31); and the
 * utilization of a consultant who left mid-month with time logged after. Runs on node:sqlite
 * (npm test) and PostgreSQL (npm run test:pg).
 *
 * Percent complete has no public field (DeliveryTotals is hidden from the public graph): it shows in
 * recognizedRevenue, and each project's comment gives it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currencyEdgeHub, fillCurrencyEdges } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { withOctoberAverages } from './support/october-averages.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: withOctoberAverages(fillCurrencyEdges) });
});

afterAll(async () => {
  await testHub?.stop();
});

const FINANCIALS = /* GraphQL */ `
  query Financials($id: ID!) {
    project(id: $id) {
      status
      billingModel
      financials {
        bookings { amount currency }
        billedToDate { amount currency }
        recognizedRevenue { amount currency }
        backlog { amount currency }
        unconsumedContractValue { amount currency }
        billedInAdvance { amount currency }
        unbilledWip { amount currency }
        costToDate { amount currency }
        margin { amount currency }
        marginPct
        burnPct
      }
    }
  }
`;

const money = (amount: string, currency: string) => ({ amount, currency });

describe('project financials in their own currency', () => {
  it('recognizes exactly the contract value of a completed fixed fee in GBP, with no backlog and nothing released', async () => {
    const result = await testHub.query(FINANCIALS, { id: currencyEdgeHub.gbpFixedProject });
    const gbp = (amount: string) => money(amount, 'GBP');
    expect(result).toEqual({
      data: {
        project: {
          status: 'COMPLETED',
          billingModel: 'FIXED_FEE',
          financials: {
            bookings: gbp('45000.00'),
            // The paid Discovery invoice.
            billedToDate: gbp('15000.00'),
            // COMPLETED: percent complete 100 % (no remaining estimate), so exactly 45,000.00. By hours it
            // would be 95.5h ÷ (95.5h + 104.5h left of 200h planned) = 47.75 % → 21,487.50.
            recognizedRevenue: gbp('45000.00'),
            // Finished: no backlog (it was 45,000.00 − 15,000.00 = 30,000.00); unconsumed
            // 45,000.00 − max(15,000.00 billed, 45,000.00 recognized) = 0; nothing billed beyond bookings.
            backlog: gbp('0.00'),
            unconsumedContractValue: gbp('0.00'),
            billedInAdvance: gbp('0.00'),
            // Approved milestones 15,000.00 + 30,000.00 + the billable expense 218.75, less the 15,000.00
            // on the invoiced billing event (the Handover event is released, not invoiced) = 30,218.75.
            unbilledWip: gbp('30218.75'),
            // Mary's 95.5 approved hours (78.5h billable to 15 October, 2h non-billable, 15h after her
            // termination: the project did get the work) × 62.50 = 5,968.75, plus the expense 218.75.
            costToDate: gbp('6187.50'),
            // 45,000.00 − 6,187.50
            margin: gbp('38812.50'),
            // 38,812.50 ÷ 45,000.00 = 0.8625
            marginPct: 0.8625,
            // 6,187.50 ÷ 45,000.00 = 0.1375
            burnPct: 0.1375,
          },
        },
      },
    });
  });

  it('keeps the estimate of a cancelled fixed fee in KWD and releases the rest, to the fils', async () => {
    const result = await testHub.query(FINANCIALS, { id: currencyEdgeHub.kwdCancelledProject });
    const kwd = (amount: string) => money(amount, 'KWD');
    expect(result).toEqual({
      data: {
        project: {
          status: 'CANCELLED',
          billingModel: 'FIXED_FEE',
          financials: {
            bookings: kwd('23456.789'),
            // The Mobilisation invoice.
            billedToDate: kwd('5000.000'),
            // CANCELLED keeps its estimate: approved 9 × 8h + 5.77h = 77.77h (the 8h of the 19th are
            // only submitted), remaining 300h − 77.77h = 222.23h, percent complete 77.77 ÷ 300 =
            // 25.9233… %; 23,456.789 × 7777 ÷ 30000 = 6,080.7816017 → 6,080.782.
            recognizedRevenue: kwd('6080.782'),
            // Finished: no backlog (it was 23,456.789 − 5,000.000 = 18,456.789). Released unused:
            // 23,456.789 − max(5,000.000 billed, 6,080.782 recognized) = 17,376.007.
            backlog: kwd('0.000'),
            unconsumedContractValue: kwd('17376.007'),
            billedInAdvance: kwd('0.000'),
            // Approved milestones 5,000.000 + 1,234.567 less the 5,000.000 invoiced = 1,234.567.
            unbilledWip: kwd('1234.567'),
            // Per entry, rounded to the fils: 9 × (8h × 19.875 = 159.000) + 5.77h × 19.875 = 114.67875 →
            // 114.679; 1,431.000 + 114.679 = 1,545.679.
            costToDate: kwd('1545.679'),
            // 6,080.782 − 1,545.679
            margin: kwd('4535.103'),
            // 4,535.103 ÷ 6,080.782 = 0.745809… → 0.7458
            marginPct: 0.7458,
            // 1,545.679 ÷ 23,456.789 = 0.065894… → 0.0659
            burnPct: 0.0659,
          },
        },
      },
    });
  });

  it('shows billing beyond bookings of a T&M project in EUR as billed in advance, the margin ratio rounded once', async () => {
    const result = await testHub.query(FINANCIALS, { id: currencyEdgeHub.eurOverbilledProject });
    const eur = (amount: string) => money(amount, 'EUR');
    expect(result).toEqual({
      data: {
        project: {
          status: 'ACTIVE',
          billingModel: 'TIME_AND_MATERIALS',
          financials: {
            bookings: eur('8000.00'),
            // 6,970.53 for Emmy's first seven days + 1,373.50 for ten hours of cutover billed in advance.
            billedToDate: eur('8344.03'),
            // Billable time, per entry: 8 × (7.25h × 137.35 = 995.7875 → 995.79) = 7,966.32 (the 58h
            // valued at once would be 7,966.30).
            recognizedRevenue: eur('7966.32'),
            // Open, but billed 344.03 beyond its 8,000.00: backlog 0 (it was −344.03), 344.03 in advance.
            backlog: eur('0.00'),
            unconsumedContractValue: eur('0.00'),
            billedInAdvance: eur('344.03'),
            // max(0, 7,966.32 − 8,344.03 invoiced items): billing ahead of work is not negative WIP.
            unbilledWip: eur('0.00'),
            // 8 × (7.25h × 71.15 = 515.8375 → 515.84) = 4,126.72, + 2h × 71.15 = 142.30 non-billable,
            // + the non-billable parking 2.13 = 4,271.15.
            costToDate: eur('4271.15'),
            // 7,966.32 − 4,271.15
            margin: eur('3695.17'),
            // 3,695.17 ÷ 7,966.32 = 0.4638490… → 0.4638 (rounded twice, through 0.46385, it would be 0.4639).
            marginPct: 0.4638,
            // 4,271.15 ÷ 8,000.00 = 0.53389375 → 0.5339
            burnPct: 0.5339,
          },
        },
      },
    });
  });
});

const PORTFOLIO = /* GraphQL */ `
  projectCount
  recognizedRevenue { amount currency }
  cost { amount currency }
  margin { amount currency }
  marginPct
  billed { amount currency }
  backlog { amount currency }
  unbilledWip { amount currency }
  unconsumedContractValue { amount currency }
  billedInAdvance { amount currency }
  fx { from to rate rateType rateDate }
`;

// The EMEA portfolio: the multi-currency fixture's milestone projects (EUR, KWD; their figures in
// test/fx-portfolio.test.ts: revenue and billing in October, cost in November) and the three edge
// projects above, every record of which is dated in October (time 1–19 October, the expenses, the
// milestones approved on the 30th, the invoices issued 1–31 October): their income and cost to date
// are October's, at October's average. The completed GBP fixed fee recognizes its whole contract
// value in October, once its last work is done (it was ACTIVE, with work after it, until then).
// Bookings are not asserted: the portfolio is mixed-currency.
describe('the EMEA portfolio in a reporting currency', () => {
  it('converts each project once per figure to USD, by hand', async () => {
    const result = await testHub.query<{ portfolio: unknown }>(`{ portfolio(filter: { region: "EMEA" }) { ${PORTFOLIO} } }`);
    expect(result.errors).toBeUndefined();
    const usd = (amount: string) => money(amount, 'USD');
    expect(result.data?.portfolio).toEqual({
      projectCount: 5,
      // At October's averages (EUR 1.079, KWD 3.2467, GBP 1.2601): EUR milestone 40,000.00 × 1.079 =
      // 43,160.00; KWD milestone 12,345.678 × 3.2467 = 40,082.7127626 → 40,082.71; GBP 45,000.00 ×
      // 1.2601 = 56,704.50; KWD cancelled 6,080.782 × 3.2467 = 19,742.4749194 → 19,742.47; EUR T&M
      // 7,966.32 × 1.079 = 8,595.65928 → 8,595.66. Σ 168,285.34.
      recognizedRevenue: usd('168285.34'),
      // At November's (EUR 1.0873, KWD 3.2541) the milestone projects' 720.00 → 782.856 → 782.86 and
      // 204.000 → 663.8364 → 663.84; at October's 6,187.50 × 1.2601 = 7,796.86875 → 7,796.87;
      // 1,545.679 × 3.2467 = 5,018.3560093 → 5,018.36; 4,271.15 × 1.079 = 4,608.57085 → 4,608.57.
      // Σ 18,870.50.
      cost: usd('18870.50'),
      // Per project and month, converted revenue less converted cost: 43,160.00 − 782.86 = 42,377.14;
      // 40,082.71 − 663.84 = 39,418.87; 48,907.63; 14,724.11; 3,987.09. Σ 149,414.84.
      margin: usd('149414.84'),
      // 149,414.84 ÷ 168,285.34 = 0.887866… → 0.8879.
      marginPct: 0.8879,
      // All issued in October: 30,000.00 × 1.079 = 32,370.00; 40,082.71; 15,000.00 × 1.2601 =
      // 18,901.50; 5,000.000 × 3.2467 = 16,233.50; 8,344.03 × 1.079 = 9,003.20837 → 9,003.21.
      // Σ 116,590.92.
      billed: usd('116590.92'),
      // At the closing rates of 2026-10-31 (EUR 1.0851, KWD 3.2498, GBP 1.2648; GBP's of 2026-11-30 is
      // not yet in force): 75,957.00 + 122,369.02 + 0 + 0 + 0 (finished or over-billed) = 198,326.02.
      backlog: usd('198326.02'),
      // 10,851.00; 0; 30,218.75 × 1.2648 = 38,220.675 → 38,220.68 (half away from zero);
      // 1,234.567 × 3.2498 = 4,012.0958366 → 4,012.10; 0. Σ 53,083.78.
      unbilledWip: usd('53083.78'),
      // KWD cancelled 17,376.007 × 3.2498 = 56,468.5475486 → 56,468.55.
      unconsumedContractValue: usd('56468.55'),
      // EUR T&M 344.03 × 1.0851 = 373.306953 → 373.31, never netted against another project's backlog.
      billedInAdvance: usd('373.31'),
      // Per currency, October's and November's averages (the GBP project has nothing in November: its
      // currency's months run from its first record to the business date all the same), then the closing rate.
      fx: [
        { from: 'EUR', to: 'USD', rate: '1.079', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'EUR', to: 'USD', rate: '1.0873', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'EUR', to: 'USD', rate: '1.0851', rateType: 'CLOSING', rateDate: '2026-10-31' },
        { from: 'KWD', to: 'USD', rate: '3.2467', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'KWD', to: 'USD', rate: '3.2541', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'KWD', to: 'USD', rate: '3.2498', rateType: 'CLOSING', rateDate: '2026-10-31' },
        { from: 'GBP', to: 'USD', rate: '1.2601', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'GBP', to: 'USD', rate: '1.27135', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'GBP', to: 'USD', rate: '1.2648', rateType: 'CLOSING', rateDate: '2026-10-31' },
      ],
    });
  });

  it('converts the GBP and KWD projects to EUR by hand, the EUR projects as they are', async () => {
    const result = await testHub.query<{ portfolio: unknown }>(`{ portfolio(filter: { region: "EMEA" }, currency: "EUR") { ${PORTFOLIO} } }`);
    expect(result.errors).toBeUndefined();
    const eur = (amount: string) => money(amount, 'EUR');
    expect(result.data?.portfolio).toEqual({
      projectCount: 5,
      // At October's averages (KWD 2.9871, GBP 1.1684): EUR milestone 40,000.00; KWD milestone
      // 12,345.678 × 2.9871 = 36,877.7747538 → 36,877.77; GBP 45,000.00 × 1.1684 = 52,578.00; KWD
      // cancelled 6,080.782 × 2.9871 = 18,163.9039122 → 18,163.90; EUR T&M 7,966.32. Σ 155,585.99.
      recognizedRevenue: eur('155585.99'),
      // 720.00; November's 204.000 × 2.9929 = 610.5516 → 610.55; October's 6,187.50 × 1.1684 =
      // 7,229.475 → 7,229.48 (half away from zero); 1,545.679 × 2.9871 = 4,617.0977409 → 4,617.10;
      // 4,271.15. Σ 17,448.28.
      cost: eur('17448.28'),
      // 39,280.00 + (36,877.77 − 610.55 = 36,267.22) + (52,578.00 − 7,229.48 = 45,348.52; converting
      // the GBP margin 38,812.50 × 1.1684 = 45,348.525 would give 45,348.53) + 13,546.80 + 3,695.17 =
      // 138,137.71.
      margin: eur('138137.71'),
      // 138,137.71 ÷ 155,585.99 = 0.887854… → 0.8879.
      marginPct: 0.8879,
      // 30,000.00; 36,877.77; October's 15,000.00 × 1.1684 = 17,526.00; 5,000.000 × 2.9871 = 14,935.50;
      // 8,344.03. Σ 107,683.30.
      billed: eur('107683.30'),
      // At the closing rates (KWD 2.995, GBP 1.16575): 70,000.00 + 37,654.322 × 2.995 = 112,774.69439
      // → 112,774.69. Σ 182,774.69.
      backlog: eur('182774.69'),
      // 10,000.00; 0; 30,218.75 × 1.16575 = 35,227.5078125 → 35,227.51; 1,234.567 × 2.995 =
      // 3,697.528165 → 3,697.53; 0. Σ 48,925.04.
      unbilledWip: eur('48925.04'),
      // 17,376.007 × 2.995 = 52,041.140965 → 52,041.14.
      unconsumedContractValue: eur('52041.14'),
      // The EUR T&M project's 344.03, unconverted.
      billedInAdvance: eur('344.03'),
      fx: [
        { from: 'KWD', to: 'EUR', rate: '2.9871', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'KWD', to: 'EUR', rate: '2.9929', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'KWD', to: 'EUR', rate: '2.995', rateType: 'CLOSING', rateDate: '2026-10-31' },
        { from: 'GBP', to: 'EUR', rate: '1.1684', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'GBP', to: 'EUR', rate: '1.1692', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'GBP', to: 'EUR', rate: '1.16575', rateType: 'CLOSING', rateDate: '2026-10-31' },
      ],
    });
  });

  it("equals the trend's months from October summed, to the cent", async () => {
    // Every EMEA record is dated in October or November: the trend from October sums to the
    // portfolio's income and cost to date, to the cent (docs/kpis.md, Trend).
    const cents = (value: { amount: string }) => Math.round(Number(value.amount) * 100);
    for (const currency of ['USD', 'EUR']) {
      const flows = 'billed { amount } recognizedRevenue { amount } cost { amount } margin { amount }';
      const trend = await testHub.query<{ portfolioTrend: Record<string, { amount: string }>[] }>(
        `{ portfolioTrend(filter: { region: "EMEA" }, from: "2026-10-01", to: "2026-11-15", currency: "${currency}") { ${flows} } }`,
      );
      const summary = await testHub.query<{ portfolio: Record<string, { amount: string }> }>(
        `{ portfolio(filter: { region: "EMEA" }, currency: "${currency}") { ${flows} } }`,
      );
      expect(trend.errors, currency).toBeUndefined();
      for (const field of ['billed', 'recognizedRevenue', 'cost', 'margin']) {
        const months = trend.data?.portfolioTrend.map((period) => cents(period[field])) ?? [];
        expect(
          months.reduce((sum, month) => sum + month, 0),
          `${currency} ${field}`,
        ).toBe(cents(summary.data!.portfolio[field]));
      }
    }
  });

  it('pools October utilization over the employed days only, whatever the currencies', async () => {
    const result = await testHub.query(`{ portfolio(filter: { region: "EMEA", from: "2026-10-01", to: "2026-10-31" }) { utilization } }`);
    // Billable approved hours on the EMEA projects in October, on days employed: Mary 78.5h (her 15h
    // after 15 October do not count), Hasan 9 × 8h + 5.77h = 77.77h, Emmy 8 × 7.25h = 58h: 214.27h.
    // Available: Mary 78.544h (below), Hasan and Emmy 22 workdays × 8h = 176h each: 430.544h.
    // 214.27 ÷ 430.544 = 0.497672… → 0.4977 (with Mary's 15h after her termination: 0.5325).
    expect(result).toEqual({ data: { portfolio: { utilization: 0.4977 } } });
  });
});

describe('utilization of a consultant who left mid-month, on a GBP project', () => {
  it('counts only the days she was employed, from the exact availability', async () => {
    const result = await testHub.query(
      `query($id: ID!) { consultant(id: $id) { name utilization(from: "2026-10-01", to: "2026-10-31") {
         availableHours billableHours utilization target attainment } } }`,
      { id: currencyEdgeHub.mary },
    );
    // Mary, 37.52h a week (7.504h a day), terminated Thursday 15 October: 11 workdays 1–15 October ×
    // 7.504h = 82.544h, less 4h off sick on the 7th = 78.544h (shown rounded, 78.54). Billable: 10 ×
    // 7.5h + 3.5h = 78.5h; her 7.5h on the 16th and 19th, after her termination, do not count.
    // 78.5 ÷ 78.544 = 0.999439… → 0.9994 (from the rounded 78.54 it would be 0.999490… → 0.9995);
    // attainment 78.5 ÷ (78.544 × 0.8) = 1.249299… → 1.2493 (counting the 15h after termination,
    // utilization would be 93.5 ÷ 78.544 = 1.1904).
    expect(result).toEqual({
      data: {
        consultant: {
          name: 'Mary Somerville',
          utilization: { availableHours: '78.54', billableHours: '78.50', utilization: 0.9994, target: 0.8, attainment: 1.2493 },
        },
      },
    });
  });
});
