/**
 * The portfolio in a reporting currency and the ERP's exchange rates, through the real gateway over
 * the fixture plus a project billed in EUR and one in KWD with their rates (fillMultiCurrency, with
 * October's KWD averages added by withOctoberAverages: KWD→USD 3.2467, KWD→EUR 2.9871; business date
 * 2026-11-15). Policy (docs/kpis.md, Currencies): each project's ERP figures are converted from its
 * currency, half away from zero, and then summed; income and cost to date (recognized revenue, cost,
 * billed) month by month from the project's first dated record, each month's part (cumulative at the
 * month end less cumulative at the previous one; November ends at today's figures) at that month's
 * MONTHLY_AVERAGE (October's effective 2026-10-31, November's 2026-11-30); balances (backlog, unbilled
 * WIP, unconsumed value, billing in advance) at the CLOSING rate in force on the business date
 * (effective 2026-10-31; the one dated 2026-11-30 is not in force yet), and so are bookings (the
 * contract value, a balance). Runs on node:sqlite (npm test) and PostgreSQL (npm run test:pg).
 *
 * The projects' own figures, by hand, by month (milestones by actual date, time by work date,
 * invoices by issue date):
 * - EUR project (milestone, 100,000.00 EUR): recognized = approved milestones 30,000.00 + 10,000.00 =
 *   40,000.00, both approved 2026-10-30 (October); billed 30,000.00, issued 2026-10-31 (October); cost
 *   8h × 90.00 = 720.00 on 2026-11-02 (November); backlog 100,000.00 − 30,000.00 = 70,000.00; unbilled
 *   WIP 40,000.00 − 30,000.00 invoiced = 10,000.00.
 * - KWD project (milestone, 50,000.000 KWD): recognized = billed = 12,345.678, approved 2026-10-30 and
 *   issued 2026-10-31 (October); cost 8h × 25.500 = 204.000 on 2026-11-03 (November); backlog
 *   50,000.000 − 12,345.678 = 37,654.322; unbilled WIP 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import { convertMinor } from '../subgraphs/shared/fx.ts';
import { fillMultiCurrency, fxHub, FX_RATES } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { OCTOBER_AVERAGES, withOctoberAverages } from './support/october-averages.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: withOctoberAverages(fillMultiCurrency) });
});

afterAll(async () => {
  await testHub?.stop();
});

const FIGURES = /* GraphQL */ `
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

const money = (amount: string, currency: string) => ({ amount, currency });

async function portfolio(args: string, selection = FIGURES) {
  return testHub.query<{ portfolio: Record<string, unknown> }>(`{ portfolio${args} { ${selection} } }`);
}

describe('the portfolio in a reporting currency', () => {
  it('converts the EMEA projects to USD by hand', async () => {
    const result = await portfolio('(filter: { region: "EMEA" })');
    expect(result.errors).toBeUndefined();
    expect(result.data?.portfolio).toEqual({
      // October's: 40,000.00 × 1.079 = 43,160.00; 12,345.678 × 3.2467 = 40,082.7127626 → 40,082.71.
      // Nothing in November. Σ 83,242.71.
      recognizedRevenue: money('83242.71', 'USD'),
      // November's: 720.00 × 1.0873 = 782.856 → 782.86; 204.000 × 3.2541 = 663.8364 → 663.84. Σ 1,446.70.
      cost: money('1446.70', 'USD'),
      // Per project and month, converted revenue less converted cost: EUR 43,160.00 − 782.86 =
      // 42,377.14; KWD 40,082.71 − 663.84 = 39,418.87. Σ 81,796.01.
      margin: money('81796.01', 'USD'),
      // 81,796.01 ÷ 83,242.71 = 0.98262… → 0.9826.
      marginPct: 0.9826,
      // October's: 30,000.00 × 1.079 = 32,370.00; 12,345.678 × 3.2467 → 40,082.71. Σ 72,452.71.
      billed: money('72452.71', 'USD'),
      // 70,000.00 × 1.0851 = 75,957.00; 37,654.322 × 3.2498 = 122,369.0156356 → 122,369.02. Σ 198,326.02.
      backlog: money('198326.02', 'USD'),
      // 10,000.00 × 1.0851 = 10,851.00; 0.
      unbilledWip: money('10851.00', 'USD'),
      unconsumedContractValue: money('0.00', 'USD'),
      billedInAdvance: money('0.00', 'USD'),
      // Per currency, each month's average from the first month of its projects, then the closing rate.
      fx: [
        { from: 'EUR', to: 'USD', rate: '1.079', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'EUR', to: 'USD', rate: '1.0873', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'EUR', to: 'USD', rate: '1.0851', rateType: 'CLOSING', rateDate: '2026-10-31' },
        { from: 'KWD', to: 'USD', rate: '3.2467', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'KWD', to: 'USD', rate: '3.2541', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'KWD', to: 'USD', rate: '3.2498', rateType: 'CLOSING', rateDate: '2026-10-31' },
      ],
    });
  });

  it('converts the EMEA projects to EUR by hand, the EUR project as it is', async () => {
    const result = await portfolio('(filter: { region: "EMEA" }, currency: "EUR")');
    expect(result.errors).toBeUndefined();
    expect(result.data?.portfolio).toEqual({
      // 40,000.00 + October's 12,345.678 × 2.9871 = 36,877.7747538 → 36,877.77.
      recognizedRevenue: money('76877.77', 'EUR'),
      // 720.00 + November's 204.000 × 2.9929 = 610.5516 → 610.55.
      cost: money('1330.55', 'EUR'),
      // 39,280.00 + (36,877.77 − 610.55 = 36,267.22).
      margin: money('75547.22', 'EUR'),
      // 75,547.22 ÷ 76,877.77 = 0.98269… → 0.9827.
      marginPct: 0.9827,
      // 30,000.00 + October's 36,877.77.
      billed: money('66877.77', 'EUR'),
      // 70,000.00 + 37,654.322 × 2.995 = 112,774.69439 → 112,774.69.
      backlog: money('182774.69', 'EUR'),
      unbilledWip: money('10000.00', 'EUR'),
      unconsumedContractValue: money('0.00', 'EUR'),
      billedInAdvance: money('0.00', 'EUR'),
      fx: [
        { from: 'KWD', to: 'EUR', rate: '2.9871', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-10-31' },
        { from: 'KWD', to: 'EUR', rate: '2.9929', rateType: 'MONTHLY_AVERAGE', rateDate: '2026-11-30' },
        { from: 'KWD', to: 'EUR', rate: '2.995', rateType: 'CLOSING', rateDate: '2026-10-31' },
      ],
    });
  });

  it('adds the converted EMEA figures to the USD projects, which it does not convert', async () => {
    const northAmerica = await portfolio('(filter: { region: "North America" })');
    const all = await portfolio('');
    expect(northAmerica.errors).toBeUndefined();
    expect(all.errors).toBeUndefined();
    expect(northAmerica.data?.portfolio.fx).toEqual([]);
    const cents = (figures: Record<string, unknown>, field: string) => Math.round(Number((figures[field] as { amount: string }).amount) * 100);
    for (const [field, emea] of Object.entries({
      recognizedRevenue: 8_324_271,
      cost: 144_670,
      margin: 8_179_601,
      billed: 7_245_271,
      backlog: 19_832_602,
      unbilledWip: 1_085_100,
    })) {
      expect(cents(all.data!.portfolio, field), field).toBe(cents(northAmerica.data!.portfolio, field) + emea);
    }
    // The default is the group's functional currency (OPSGRAPH_REPORTING_CURRENCY, unset: USD).
    expect(all.data?.portfolio).toEqual((await portfolio('(currency: "USD")')).data?.portfolio);
  });

  it('converts bookings at the closing rate in force on the business date, like the other balances', async () => {
    const usd = await portfolio('(filter: { region: "EMEA" })', 'projectCount bookings { amount currency } fx { from rateType }');
    expect(usd).toEqual({
      data: {
        portfolio: {
          projectCount: 2,
          // 100,000.00 EUR × 1.0851 = 108,510.00; 50,000.000 KWD × 3.2498 = 162,490.00. Σ 271,000.00.
          bookings: money('271000.00', 'USD'),
          fx: [
            { from: 'EUR', rateType: 'MONTHLY_AVERAGE' },
            { from: 'EUR', rateType: 'MONTHLY_AVERAGE' },
            { from: 'EUR', rateType: 'CLOSING' },
            { from: 'KWD', rateType: 'MONTHLY_AVERAGE' },
            { from: 'KWD', rateType: 'MONTHLY_AVERAGE' },
            { from: 'KWD', rateType: 'CLOSING' },
          ],
        },
      },
    });
    // 100,000.00 EUR as it is; 50,000.000 KWD × 2.995 = 149,750.00. Σ 249,750.00.
    const euro = await portfolio('(filter: { region: "EMEA" }, currency: "EUR")', 'bookings { amount currency }');
    expect(euro).toEqual({ data: { portfolio: { bookings: money('249750.00', 'EUR') } } });
    // A portfolio already in the reporting currency converts nothing.
    const umbrella = await portfolio(`(filter: { customerId: "${fxHub.umbrella}" }, currency: "EUR")`, 'projectCount bookings { amount currency } fx { from }');
    expect(umbrella).toEqual({ data: { portfolio: { projectCount: 1, bookings: money('100000.00', 'EUR'), fx: [] } } });
    // A missing rate is refused, naming currency (EUR→JPY has no closing rate).
    const yen = await portfolio('(filter: { region: "EMEA" }, currency: "JPY")', 'bookings { amount }');
    expect(yen.data).toEqual({ portfolio: { bookings: null } });
    expect(yen.errors?.[0]).toMatchObject({ path: ['portfolio', 'bookings'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'currency' } });
  });

  it('answers a missing rate with a coded error naming the pair, the date and the month, never a rate of 1', async () => {
    // USD→EUR has a closing rate but no average: the first month the USD projects need is September,
    // that of their first approved work.
    const result = await portfolio('(filter: { region: "North America" }, currency: "EUR")', 'recognizedRevenue { amount } fx { from }');
    expect(result.data).toBeNull();
    // One error per field that needed the rate (recognizedRevenue, fx), each the same refusal.
    expect(result.errors?.map((error) => error.path)).toEqual([
      ['portfolio', 'recognizedRevenue'],
      ['portfolio', 'fx'],
    ]);
    for (const error of result.errors ?? []) {
      expect(error).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argumentName: 'currency' } });
      expect(error.message).toContain('MONTHLY_AVERAGE exchange rate USD→EUR in force on 2026-09-30 (the average of 2026-09)');
    }
    const yen = await portfolio('(filter: { region: "EMEA" }, currency: "JPY")', 'backlog { amount }');
    expect(yen.data).toEqual({ portfolio: { backlog: null } });
    expect(yen.errors?.[0]).toMatchObject({ path: ['portfolio', 'backlog'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'currency' } });
    expect(yen.errors?.[0].message).toMatch(/EUR→JPY in force on 2026-11-15/);
  });

  it('refuses a currency that is not ISO 4217, naming currency', async () => {
    for (const currency of ['XYZ', 'usd', 'US', 'EURO', '']) {
      const result = await portfolio(`(currency: ${JSON.stringify(currency)})`, 'projectCount');
      expect(result.data, currency).toBeNull();
      expect(result.errors?.[0]?.extensions, currency).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'currency' });
    }
  });

  it('sums per-project conversions: within ⌊n/2⌋ of converting the sum (here equal)', async () => {
    // The EUR project's backlog and unbilled WIP converted one by one and summed, against their sum
    // converted once: at most ⌊2/2⌋ = 1 cent apart (70,000.00 and 10,000.00 convert exactly).
    const one = convertMinor(7_000_000, 'EUR', 'USD', '1.0851') + convertMinor(1_000_000, 'EUR', 'USD', '1.0851');
    const once = convertMinor(8_000_000, 'EUR', 'USD', '1.0851');
    expect(Math.abs(one - once)).toBeLessThanOrEqual(1);
    expect(one).toBe(8_680_800);
  });
});

/** The ERP's rates: the fixture's and October's added averages. */
const RATES_HELD = [...FX_RATES, ...OCTOBER_AVERAGES];

describe('Query.exchangeRates', () => {
  const RATES = 'edges { cursor node { from to rateType effectiveDate rate } } pageInfo { hasNextPage endCursor } totalCount';

  it('lists every rate by pair, type and date, in keyset pages', async () => {
    const first = await testHub.query<{
      exchangeRates: { edges: { cursor: string; node: Record<string, string> }[]; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number };
    }>(`{ exchangeRates(first: 4) { ${RATES} } }`);
    expect(first.errors).toBeUndefined();
    expect(first.data?.exchangeRates.totalCount).toBe(RATES_HELD.length);
    expect(first.data?.exchangeRates.edges.map((edge) => edge.node)).toEqual([
      { from: 'EUR', to: 'USD', rateType: 'CLOSING', effectiveDate: '2026-09-30', rate: '1.07' },
      { from: 'EUR', to: 'USD', rateType: 'CLOSING', effectiveDate: '2026-10-31', rate: '1.0851' },
      { from: 'EUR', to: 'USD', rateType: 'CLOSING', effectiveDate: '2026-11-30', rate: '1.0999' },
      { from: 'EUR', to: 'USD', rateType: 'DAILY', effectiveDate: '2026-11-13', rate: '1.0861' },
    ]);
    const rest = await testHub.query<{ exchangeRates: { edges: { node: Record<string, string> }[]; pageInfo: { hasNextPage: boolean } } }>(
      `query($after: String) { exchangeRates(first: 50, after: $after) { ${RATES} } }`,
      { after: first.data?.exchangeRates.pageInfo.endCursor },
    );
    expect(rest.data?.exchangeRates.edges).toHaveLength(RATES_HELD.length - 4);
    expect(rest.data?.exchangeRates.edges[0].node).toMatchObject({ from: 'EUR', to: 'USD', rateType: 'MONTHLY_AVERAGE', effectiveDate: '2026-10-31' });
    expect(rest.data?.exchangeRates.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by pair and type, and by the rate in force on a day', async () => {
    const nodes = async (filter: string) => {
      const result = await testHub.query<{ exchangeRates: { edges: { node: Record<string, string> }[]; totalCount: number } }>(
        `{ exchangeRates(filter: ${filter}) { edges { node { from to rateType effectiveDate rate } } totalCount } }`,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.exchangeRates.totalCount).toBe(result.data?.exchangeRates.edges.length);
      return result.data?.exchangeRates.edges.map(
        (edge) => `${edge.node.from}${edge.node.to} ${edge.node.rateType} ${edge.node.effectiveDate} ${edge.node.rate}`,
      );
    };
    expect(await nodes('{ from: "KWD" }')).toEqual([
      'KWDEUR CLOSING 2026-10-31 2.995',
      'KWDEUR MONTHLY_AVERAGE 2026-10-31 2.9871',
      'KWDEUR MONTHLY_AVERAGE 2026-11-30 2.9929',
      'KWDUSD CLOSING 2026-10-31 3.2498',
      'KWDUSD MONTHLY_AVERAGE 2026-10-31 3.2467',
      'KWDUSD MONTHLY_AVERAGE 2026-11-30 3.2541',
    ]);
    expect(await nodes('{ to: "EUR", rateType: CLOSING }')).toEqual(['KWDEUR CLOSING 2026-10-31 2.995', 'USDEUR CLOSING 2026-10-31 0.9216']);
    // In force on the business date: the latest closing and daily rates on or before it, November's average.
    expect(await nodes('{ from: "EUR", to: "USD", on: "2026-11-15" }')).toEqual([
      'EURUSD CLOSING 2026-10-31 1.0851',
      'EURUSD DAILY 2026-11-13 1.0861',
      'EURUSD MONTHLY_AVERAGE 2026-11-30 1.0873',
    ]);
    // On 2026-10-05: September's closing rate, October's average, no daily rate yet.
    expect(await nodes('{ from: "EUR", to: "USD", on: "2026-10-05" }')).toEqual(['EURUSD CLOSING 2026-09-30 1.07', 'EURUSD MONTHLY_AVERAGE 2026-10-31 1.079']);
    // December has no average: none, rather than November's.
    expect(await nodes('{ from: "EUR", to: "USD", rateType: MONTHLY_AVERAGE, on: "2026-12-01" }')).toEqual([]);
  });

  it('refuses bad input naming the argument', async () => {
    for (const [args, argument] of [
      ['filter: { from: "XYZ" }', 'filter.from'],
      ['filter: { to: "usd" }', 'filter.to'],
      ['after: "nonsense"', 'after'],
      ['first: 501', 'first'],
    ] as const) {
      const result = await testHub.query(`{ exchangeRates(${args}) { totalCount } }`);
      expect(result.errors?.[0]?.extensions, args).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    }
    // A day that does not exist fails the Date scalar before any resolver runs.
    const badDay = await testHub.query('{ exchangeRates(filter: { on: "2026-02-30" }) { totalCount } }');
    expect(badDay.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers every internal role and refuses a portal user', async () => {
    for (const role of ['admin', 'analyst', 'delivery', 'finance'] as const) {
      const token = await signToken({ sub: `fx-${role}`, roles: [role], customerId: null });
      const result = await testHub.query('{ exchangeRates(first: 1) { totalCount } }', {}, { authorization: `Bearer ${token}` });
      expect(result, role).toEqual({ data: { exchangeRates: { totalCount: RATES_HELD.length } } });
    }
    const portal = await signToken({ sub: 'fx-portal', roles: ['portal'], customerId: fxHub.umbrella });
    const refused = await testHub.query('{ exchangeRates(first: 1) { totalCount } }', {}, { authorization: `Bearer ${portal}` });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
