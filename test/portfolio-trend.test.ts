/**
 * Query.portfolioTrend through the real gateway (docs/kpis.md, Trend) over the multi-currency
 * fixture (fillMultiCurrency, business date 2026-11-15) plus October's averages KWD→EUR 2.9871, KWD→USD
 * 3.2467 and GBP→EUR 1.1684 (withOctoberAverages; the fixture has November's only). Flows are cumulative as of the period end less cumulative as of
 * the day before it starts, converted at each month's MONTHLY_AVERAGE; balances are as of the period
 * end at the CLOSING rate in force on it. Runs on node:sqlite (npm test) and PostgreSQL (npm run test:pg).
 *
 * The North America projects (USD), by hand, records dated by work date, expense date, milestone
 * actual date and invoice issue date:
 * - T&M (bookings 120,000.00): September's approved billable time 8h × 150.00 + 8h × 150.00 + 7.5h ×
 *   150.00 + 4h × 200.00 = 4,325.00 and billable expense 450.00 → recognized 4,775.00; cost 720.00 ×
 *   2 + 675.00 + 720.00 + 400.00 + expenses 450.00 + 50.50 = 3,735.50; invoice 1,200.00 issued
 *   2026-09-10 (the void one counts nowhere) billing the invoiced event of 1,200.00. Backlog from
 *   September's end 120,000.00 − 1,200.00 = 118,800.00; unbilled WIP 4,775.00 − 1,200.00 = 3,575.00.
 * - Fixed fee (bookings 50,000.00, 300 planned hours): September's 4h + 6h approved of an estimate
 *   at completion of 300h → 50,000.00 × 10 ÷ 300 = 1,666.666… → 1,666.67; cost 10h × 100.00 =
 *   1,000.00; milestone 20,000.00 approved 2026-09-28, invoiced by the invoice issued 2026-10-01.
 *   Unbilled WIP 20,000.00 at September's end (its invoice comes in October), 0.00 after; backlog
 *   50,000.00 until September's end, 30,000.00 after.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import { fillMultiCurrency, fxHub, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { withOctoberAverages } from './support/october-averages.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: withOctoberAverages(fillMultiCurrency) });
});

afterAll(async () => {
  await testHub?.stop();
});

const money = (amount: string, currency = 'USD') => ({ amount, currency });

const FLOWS = 'billed { amount currency } recognizedRevenue { amount currency } cost { amount currency } margin { amount currency } marginPct';
const BALANCES =
  'bookings { amount currency } backlog { amount currency } unbilledWip { amount currency } unconsumedContractValue { amount currency } billedInAdvance { amount currency }';
const ALL = `period from to projectCount ${FLOWS} ${BALANCES} utilization fx { from to rate rateType rateDate }`;

type Period = Record<string, unknown>;

async function trend(args: string, selection = ALL, headers?: Record<string, string>) {
  return testHub.query<{ portfolioTrend: Period[] }>(`{ portfolioTrend(${args}) { ${selection} } }`, {}, headers);
}

const ZERO_FLOWS = {
  billed: money('0.00'),
  recognizedRevenue: money('0.00'),
  cost: money('0.00'),
  margin: money('0.00'),
  marginPct: null,
};

describe('Query.portfolioTrend', () => {
  it('gives the fixture month by month, by hand', async () => {
    const result = await trend('filter: { region: "North America" }, from: "2026-08-01", to: "2026-11-15"');
    expect(result.errors).toBeUndefined();
    const released = { unconsumedContractValue: money('0.00'), billedInAdvance: money('0.00') };
    expect(result.data?.portfolioTrend).toEqual([
      // Nothing is dated in August: no flows, and everything sold is still backlog.
      {
        period: '2026-08',
        from: '2026-08-01',
        to: '2026-08-31',
        projectCount: 2,
        ...ZERO_FLOWS,
        bookings: money('170000.00'),
        backlog: money('170000.00'),
        unbilledWip: money('0.00'),
        ...released,
        utilization: null,
        fx: [],
      },
      {
        period: '2026-09',
        from: '2026-09-01',
        to: '2026-09-30',
        projectCount: 2,
        billed: money('1200.00'),
        // 4,775.00 + 1,666.67.
        recognizedRevenue: money('6441.67'),
        // 3,735.50 + 1,000.00.
        cost: money('4735.50'),
        // 1,039.50 + 666.67.
        margin: money('1706.17'),
        // 1,706.17 ÷ 6,441.67 = 0.26486… → 0.2649.
        marginPct: 0.2649,
        bookings: money('170000.00'),
        // 118,800.00 + 50,000.00.
        backlog: money('168800.00'),
        // 3,575.00 + 20,000.00.
        unbilledWip: money('23575.00'),
        ...released,
        // Billable 8 + 8 + 7.5 (Ada) + 4 + 4 + 6 (Grace) = 37.5h ÷ available 22 workdays × 8h = 176h
        // less Ada's vacation day and Labor Day in New York (160h) + Grace's 176h = 336h: 0.11160… → 0.1116.
        utilization: 0.1116,
        fx: [],
      },
      {
        period: '2026-10',
        from: '2026-10-01',
        to: '2026-10-31',
        projectCount: 2,
        ...ZERO_FLOWS,
        // The fixed fee's milestone invoice, issued 2026-10-01.
        billed: money('20000.00'),
        bookings: money('170000.00'),
        // 118,800.00 + 30,000.00.
        backlog: money('148800.00'),
        // 3,575.00 + 0.00.
        unbilledWip: money('3575.00'),
        ...released,
        utilization: null,
        fx: [],
      },
      {
        period: '2026-11',
        from: '2026-11-01',
        to: '2026-11-15',
        projectCount: 2,
        ...ZERO_FLOWS,
        bookings: money('170000.00'),
        backlog: money('148800.00'),
        unbilledWip: money('3575.00'),
        ...released,
        utilization: null,
        fx: [],
      },
    ]);
  });

  it('gives calendar quarters, clipped to the range', async () => {
    const result = await trend(
      'filter: { region: "North America" }, from: "2026-08-01", to: "2026-11-15", interval: QUARTER',
      `period from to ${FLOWS} backlog { amount }`,
    );
    expect(result).toEqual({
      data: {
        portfolioTrend: [
          // August and September: the months above, summed.
          {
            period: '2026-Q3',
            from: '2026-08-01',
            to: '2026-09-30',
            billed: money('1200.00'),
            recognizedRevenue: money('6441.67'),
            cost: money('4735.50'),
            margin: money('1706.17'),
            marginPct: 0.2649,
            backlog: { amount: '168800.00' },
          },
          { period: '2026-Q4', from: '2026-10-01', to: '2026-11-15', ...ZERO_FLOWS, billed: money('20000.00'), backlog: { amount: '148800.00' } },
        ],
      },
    });
  });

  it('converts a mixed-currency portfolio to EUR by hand', async () => {
    const result = await trend(
      'filter: { region: "EMEA" }, from: "2026-10-01", to: "2026-11-15", currency: "EUR"',
      `period ${FLOWS} ${BALANCES} fx { from to rate rateType rateDate }`,
    );
    expect(result.errors).toBeUndefined();
    const balances = {
      // 100,000.00 EUR + 50,000.000 KWD × 2.995 = 149,750.00.
      bookings: money('249750.00', 'EUR'),
      // 70,000.00 + 37,654.322 × 2.995 = 112,774.69439 → 112,774.69.
      backlog: money('182774.69', 'EUR'),
      // The EUR project's 40,000.00 of approved milestones less 30,000.00 invoiced; the KWD one's 0.
      unbilledWip: money('10000.00', 'EUR'),
      unconsumedContractValue: money('0.00', 'EUR'),
      billedInAdvance: money('0.00', 'EUR'),
    };
    expect(result.data?.portfolioTrend).toEqual([
      {
        period: '2026-10',
        // Milestones approved 2026-10-30: 40,000.00 EUR + 12,345.678 KWD × 2.9871 (October's
        // average) = 36,877.7747538 → 36,877.77.
        recognizedRevenue: money('76877.77', 'EUR'),
        // Invoices issued 2026-10-31: 30,000.00 EUR + the KWD project's 12,345.678 → 36,877.77.
        billed: money('66877.77', 'EUR'),
        // The time is dated in November.
        cost: money('0.00', 'EUR'),
        margin: money('76877.77', 'EUR'),
        marginPct: 1,
        ...balances,
        fx: [
          { from: 'KWD', to: 'EUR', rate: '2.9871', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
          { from: 'KWD', to: 'EUR', rate: '2.995', rateType: 'CLOSING', rateDate: '2026-10-31' },
        ],
      },
      {
        period: '2026-11',
        recognizedRevenue: money('0.00', 'EUR'),
        billed: money('0.00', 'EUR'),
        // 8h × 90.00 = 720.00 EUR; 8h × 25.500 = 204.000 KWD × 2.9929 = 610.5516 → 610.55.
        cost: money('1330.55', 'EUR'),
        margin: money('-1330.55', 'EUR'),
        marginPct: null,
        ...balances,
        // November's average; the closing rate in force on 2026-11-15 is still October's.
        fx: [
          { from: 'KWD', to: 'EUR', rate: '2.9929', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
          { from: 'KWD', to: 'EUR', rate: '2.995', rateType: 'CLOSING', rateDate: '2026-10-31' },
        ],
      },
    ]);
  });

  it("ends on the portfolio: the period ending on the business date closes at the portfolio's balances", async () => {
    const BALANCE_FIELDS = ['bookings', 'backlog', 'unbilledWip', 'unconsumedContractValue', 'billedInAdvance'];
    // From November for the whole portfolio: the EMEA currencies have no September average (a trend of
    // September in USD is refused).
    for (const [filter, currency, from] of [
      ['{ region: "North America" }', 'USD', '2026-08-01'],
      ['{ region: "EMEA" }', 'EUR', '2026-10-01'],
      ['{ region: "EMEA" }', 'USD', '2026-10-01'],
      ['{}', 'USD', '2026-11-01'],
    ]) {
      const periods = await trend(`filter: ${filter}, from: "${from}", to: "2026-11-15", currency: "${currency}"`, `to ${BALANCES} utilization`);
      const summary = await testHub.query<{ portfolio: Period }>(
        `{ portfolio(filter: { ${filter.slice(1, -1)}${filter === '{}' ? '' : ','} from: "2026-11-01", to: "2026-11-15" }, currency: "${currency}") { ${BALANCES} utilization } }`,
      );
      expect(periods.errors, filter).toBeUndefined();
      expect(summary.errors, filter).toBeUndefined();
      const last = periods.data?.portfolioTrend.at(-1) as Period;
      expect(last.to).toBe('2026-11-15');
      const { to: _to, ...closing } = last;
      expect(closing, `${filter} in ${currency}`).toEqual(summary.data?.portfolio);
      for (const field of BALANCE_FIELDS) expect(last[field], field).toEqual(summary.data?.portfolio[field]);
    }
  });

  it("sums to the portfolio's income and cost to date: its months from the first one, to the minor unit", async () => {
    // The portfolio converts a project's income and cost to date month by month from its first dated
    // record, each month at its average, as the trend converts a month: the trend's months from the
    // first month of the portfolio's projects to the business date add up to the portfolio's figures,
    // whatever the rounding of each conversion (docs/kpis.md, Currencies and Trend). The North America
    // projects' first records are September's, the EMEA ones' October's; the whole portfolio would need
    // September's EUR and KWD averages, which the ERP does not hold.
    const cents = (value: unknown) => {
      const [whole, fraction] = (value as { amount: string }).amount.replace('-', '').split('.');
      const units = Number(whole) * 100 + Number(fraction);
      return (value as { amount: string }).amount.startsWith('-') ? -units : units;
    };
    const FLOW_FIELDS = ['billed', 'recognizedRevenue', 'cost', 'margin'] as const;
    for (const [filter, currency, from, interval] of [
      ['{ region: "North America" }', 'USD', '2026-08-01', 'MONTH'],
      ['{ region: "EMEA" }', 'USD', '2026-10-01', 'MONTH'],
      ['{ region: "EMEA" }', 'EUR', '2026-10-01', 'MONTH'],
      ['{ region: "EMEA" }', 'USD', '2026-10-01', 'QUARTER'],
      [`{ customerId: "${fxHub.gulf}" }`, 'EUR', '2026-10-01', 'MONTH'],
    ]) {
      const label = `${filter} in ${currency} by ${interval}`;
      const periods = await trend(
        `filter: ${filter}, from: "${from}", to: "2026-11-15", interval: ${interval}, currency: "${currency}"`,
        `${FLOWS} fx { from to rate rateType rateDate }`,
      );
      const summary = await testHub.query<{ portfolio: Period }>(
        `{ portfolio(filter: ${filter}, currency: "${currency}") { ${FLOWS} fx { from to rate rateType rateDate } } }`,
      );
      expect(periods.errors, label).toBeUndefined();
      expect(summary.errors, label).toBeUndefined();
      const rows = periods.data?.portfolioTrend ?? [];
      const portfolio = summary.data?.portfolio as Period;
      for (const field of FLOW_FIELDS) {
        const total = rows.reduce((sum, row) => sum + cents(row[field]), 0);
        expect(total, `${label}: ${field}`).toBe(cents(portfolio[field]));
        expect((portfolio[field] as { currency: string }).currency).toBe(currency);
      }
      // Every average the portfolio lists is one the trend's months were converted at.
      const trendRates = rows.flatMap((row) => row.fx as Record<string, string>[]);
      for (const rate of (portfolio.fx as Record<string, string>[]).filter((rate) => rate.rateType === 'MONTHLY_AVERAGE')) {
        expect(trendRates, `${label}: ${JSON.stringify(rate)}`).toContainEqual(rate);
      }
    }
  });

  it("sums each project's monthly revenue, in its own currency, to its recognized revenue", async () => {
    for (const [filter, projectId, currency] of [
      [`{ customerId: "${fxHub.umbrella}" }`, fxHub.eurProject, 'EUR'],
      [`{ customerId: "${fxHub.gulf}" }`, fxHub.kwdProject, 'KWD'],
      ['{ practice: "Data & AI" }', hub.dataProject, 'USD'],
      ['{ practice: "Cloud" }', hub.erpProject, 'USD'],
    ]) {
      const periods = await trend(
        `filter: ${filter}, from: "2026-08-01", to: "2026-11-15", currency: "${currency}"`,
        'projectCount recognizedRevenue { amount currency }',
      );
      const project = await testHub.query<{ project: { financials: { recognizedRevenue: { amount: string; currency: string } } } }>(
        'query($id: ID!) { project(id: $id) { financials { recognizedRevenue { amount currency } } } }',
        { id: projectId },
      );
      expect(periods.errors, filter).toBeUndefined();
      const rows = periods.data?.portfolioTrend ?? [];
      expect(rows.map((row) => row.projectCount)).toEqual([1, 1, 1, 1]);
      // KWD has three decimals: compare in thousandths.
      const units = (value: unknown) => Math.round(Number((value as { amount: string }).amount) * 1000);
      const total = rows.reduce((sum, row) => sum + units(row.recognizedRevenue), 0);
      expect(total, filter).toBe(units(project.data?.project.financials.recognizedRevenue));
      expect(total, filter).toBeGreaterThan(0);
      expect(rows.every((row) => (row.recognizedRevenue as { currency: string }).currency === currency)).toBe(true);
    }
  });

  it('shows a portal user only its own customer, without cost or margin', async () => {
    const portal = await signToken({ sub: 'trend-portal', roles: ['portal'], customerId: fxHub.umbrella });
    const headers = { authorization: `Bearer ${portal}` };
    const result = await trend('from: "2026-10-01", to: "2026-11-15"', 'period projectCount recognizedRevenue { amount } bookings { amount }', headers);
    expect(result).toEqual({
      data: {
        portfolioTrend: [
          // The EUR project only: 40,000.00 × 1.079 (October's average) = 43,160.00; bookings 100,000.00 × 1.0851.
          { period: '2026-10', projectCount: 1, recognizedRevenue: { amount: '43160.00' }, bookings: { amount: '108510.00' } },
          { period: '2026-11', projectCount: 1, recognizedRevenue: { amount: '0.00' }, bookings: { amount: '108510.00' } },
        ],
      },
    });
    const other = await trend(`filter: { customerId: "${fxHub.gulf}" }, from: "2026-11-01", to: "2026-11-15"`, 'projectCount', headers);
    expect(other).toEqual({ data: { portfolioTrend: [{ projectCount: 0 }] } });
    const cost = await trend('from: "2026-11-01", to: "2026-11-15"', 'cost { amount } margin { amount } marginPct', headers);
    expect(cost.data).toEqual({ portfolioTrend: [{ cost: null, margin: null, marginPct: null }] });
    expect(cost.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
  });

  it('refuses bad input naming the argument', async () => {
    for (const [args, argument] of [
      ['from: "2026-11-01", to: "2026-10-01"', 'from'],
      ['from: "2026-10-01", to: "2026-11-16"', 'to'],
      ['from: "2023-11-01", to: "2026-11-15"', 'to'],
      ['from: "2023-10-01", to: "2026-11-15", interval: QUARTER', 'to'],
      ['from: "2026-10-01", to: "2026-11-15", currency: "usd"', 'currency'],
      ['filter: { from: "2026-10-01" }, from: "2026-10-01", to: "2026-11-15"', 'filter.from'],
      ['filter: { customerId: "nonsense" }, from: "2026-10-01", to: "2026-11-15"', 'filter.customerId'],
    ] as const) {
      const result = await trend(args, 'period');
      expect(result.data, args).toBeNull();
      expect(result.errors?.[0]?.extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    }
    // 36 months (December 2023 to November 2026) and 12 quarters are the most a trend holds.
    const longest = await trend('from: "2023-12-01", to: "2026-11-15"', 'period');
    expect(longest.errors).toBeUndefined();
    expect(longest.data?.portfolioTrend).toHaveLength(36);
    const quarters = await trend('from: "2024-01-01", to: "2026-11-15", interval: QUARTER', 'period');
    expect(quarters.data?.portfolioTrend.map((row) => row.period).slice(0, 2)).toEqual(['2024-Q1', '2024-Q2']);
    expect(quarters.data?.portfolioTrend).toHaveLength(12);
    // A missing rate: KWD→EUR has no September average (nor a closing rate in force on 2026-09-30).
    const missing = await trend('filter: { region: "EMEA" }, from: "2026-09-01", to: "2026-09-30", currency: "EUR"', 'backlog { amount }');
    expect(missing.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'currency' } });
    expect(missing.errors?.[0]?.message).toContain('The ERP holds no MONTHLY_AVERAGE exchange rate KWD→EUR in force on 2026-09-30');
    // A day that does not exist and an unknown interval fail the schema's types before any resolver runs.
    for (const args of ['from: "2026-02-30", to: "2026-11-15"', 'from: "2026-10-01", to: "2026-11-15", interval: WEEK']) {
      const result = await trend(args, 'period');
      expect(result.errors?.[0]?.extensions?.code, args).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const variables = await testHub.query(
      'query($from: Date!, $interval: TrendInterval) { portfolioTrend(from: $from, to: "2026-11-15", interval: $interval) { period } }',
      {
        from: '2026-13-01',
        interval: 'MONTH',
      },
    );
    expect(variables.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
