/**
 * The KPI edge cases in three currencies, one of them three-decimal, through the real gateway over the
 * multi-currency fixture plus a completed fixed fee in GBP, a cancelled fixed fee in KWD and an
 * over-billed time-and-materials project in EUR (fillCurrencyEdges, business date 2026-11-15). Every
 * figure is computed by hand in the comments (docs/kpis.md): each project's financials in its own
 * currency, exact to the minor unit (KWD to the fils); the EMEA portfolio in USD and in EUR, each
 * project converted once per figure, half away from zero, income and cost at November's average
 * (effective 2026-11-30), balances at the closing rate in force (effective 2026-10-31); and the
 * utilization of a consultant who left mid-month with time logged after. Runs on node:sqlite
 * (npm test) and PostgreSQL (npm run test:pg).
 *
 * Percent complete has no public field (DeliveryTotals is hidden from the public graph): it shows in
 * recognizedRevenue, and each project's comment gives it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currencyEdgeHub, fillCurrencyEdges } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillCurrencyEdges });
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
// test/fx-portfolio.test.ts) and the three edge projects above. Bookings are not asserted: the
// portfolio is mixed-currency.
describe('the EMEA portfolio in a reporting currency', () => {
  it('converts each project once per figure to USD, by hand', async () => {
    const result = await testHub.query<{ portfolio: unknown }>(`{ portfolio(filter: { region: "EMEA" }) { ${PORTFOLIO} } }`);
    expect(result.errors).toBeUndefined();
    const usd = (amount: string) => money(amount, 'USD');
    expect(result.data?.portfolio).toEqual({
      projectCount: 5,
      // At November's averages (EUR 1.0873, KWD 3.2541, GBP 1.27135):
      // EUR milestone 43,492.00; KWD milestone 40,174.07; GBP 45,000.00 × 1.27135 = 57,210.75;
      // KWD cancelled 6,080.782 × 3.2541 = 19,787.4727062 → 19,787.47; EUR T&M 7,966.32 × 1.0873 =
      // 8,661.779736 → 8,661.78. Σ 169,326.07.
      recognizedRevenue: usd('169326.07'),
      // 782.86; 663.84; 6,187.50 × 1.27135 = 7,866.478125 → 7,866.48; 1,545.679 × 3.2541 =
      // 5,029.7940339 → 5,029.79; 4,271.15 × 1.0873 = 4,644.021395 → 4,644.02. Σ 18,986.99.
      cost: usd('18986.99'),
      // Per project, converted revenue less converted cost: 42,709.14 + 39,510.23 + 49,344.27 +
      // 14,757.68 + 4,017.76 = 150,339.08.
      margin: usd('150339.08'),
      // 150,339.08 ÷ 169,326.07 = 0.887867… → 0.8879.
      marginPct: 0.8879,
      // 32,619.00; 40,174.07; 15,000.00 × 1.27135 = 19,070.25; 5,000.000 × 3.2541 = 16,270.50;
      // 8,344.03 × 1.0873 = 9,072.463819 → 9,072.46. Σ 117,206.28.
      billed: usd('117206.28'),
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
      fx: [
        { from: 'EUR', to: 'USD', rate: '1.0873', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'EUR', to: 'USD', rate: '1.0851', rateType: 'CLOSING', rateDate: '2026-10-31' },
        { from: 'KWD', to: 'USD', rate: '3.2541', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'KWD', to: 'USD', rate: '3.2498', rateType: 'CLOSING', rateDate: '2026-10-31' },
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
      // At November's averages (KWD 2.9929, GBP 1.1692): EUR milestone 40,000.00; KWD milestone
      // 36,949.38; GBP 45,000.00 × 1.1692 = 52,614.00; KWD cancelled 6,080.782 × 2.9929 =
      // 18,199.1724478 → 18,199.17; EUR T&M 7,966.32. Σ 155,728.87.
      recognizedRevenue: eur('155728.87'),
      // 720.00; 610.55; 6,187.50 × 1.1692 = 7,234.425 → 7,234.43 (half away from zero);
      // 1,545.679 × 2.9929 = 4,626.0626791 → 4,626.06; 4,271.15. Σ 17,462.19.
      cost: eur('17462.19'),
      // 39,280.00 + 36,338.83 + (52,614.00 − 7,234.43 = 45,379.57; converting the GBP margin
      // 38,812.50 × 1.1692 = 45,379.5750 would give 45,379.58) + 13,573.11 + 3,695.17 = 138,266.68.
      margin: eur('138266.68'),
      // 138,266.68 ÷ 155,728.87 = 0.887867… → 0.8879.
      marginPct: 0.8879,
      // 30,000.00; 36,949.38; 15,000.00 × 1.1692 = 17,538.00; 5,000.000 × 2.9929 = 14,964.50; 8,344.03.
      // Σ 107,795.91.
      billed: eur('107795.91'),
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
        { from: 'KWD', to: 'EUR', rate: '2.9929', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'KWD', to: 'EUR', rate: '2.995', rateType: 'CLOSING', rateDate: '2026-10-31' },
        { from: 'GBP', to: 'EUR', rate: '1.1692', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'GBP', to: 'EUR', rate: '1.16575', rateType: 'CLOSING', rateDate: '2026-10-31' },
      ],
    });
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
