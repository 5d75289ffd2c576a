/**
 * The portfolio in USD, EUR and GBP on fresh demo data (seed 42, scale 1, business date 2026-11-23,
 * as the README): projects in USD, EUR, GBP and KWD, with about a year and a half of history.
 * Consistency through the ERP's published rates and the trend (docs/kpis.md, Currencies and Trend):
 * - each balance equals, to the minor unit, the sum of every project's own balance (Project.financials,
 *   in its currency) converted once at the CLOSING rate the ERP publishes in force on the business date
 *   (`exchangeRates(filter: { on })`);
 * - each income and cost figure equals, to the minor unit, the sum of portfolioTrend's monthly flows
 *   from the first month the ERP publishes averages for to the business date: the portfolio converts
 *   a project's figures to date month by month, each month at its average, as the trend converts a
 *   month (the trend itself is computed independently per project and month in
 *   test/portfolio-trend.test.ts);
 * - `PortfolioSummary.fx` lists exactly those closing rates, and per currency each month's average
 *   from its first month to the business date's, each the one the trend converted that month at;
 * - the EUR and the USD portfolio agree through the published USD→EUR rates (closing for balances, each
 *   month's average for that month's flows), within the rounding of six-decimal cross rates (each
 *   directed pair is its own published rate, not derived).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import { convertMinor } from '../subgraphs/shared/fx.ts';
import { currencyDigits } from '../subgraphs/shared/money.ts';
import { startDemoHub, type GraphQLResult, type TestHub } from './support/hub.ts';

const AS_OF = '2026-11-23';
const REPORTING = ['USD', 'EUR', 'GBP'] as const;

let testHub: TestHub;
let finance = '';

beforeAll(async () => {
  testHub = await startDemoHub(AS_OF);
  finance = `Bearer ${await signToken({ sub: 'test-finance', roles: ['finance'], customerId: null })}`;
}, 180_000);

afterAll(async () => {
  await testHub?.stop();
});

interface Money {
  amount: string;
  currency: string;
}

/** A balance of the portfolio, the project figure it sums. */
const BALANCES = [
  { portfolio: 'bookings', project: 'bookings' },
  { portfolio: 'backlog', project: 'backlog' },
  { portfolio: 'unbilledWip', project: 'unbilledWip' },
  { portfolio: 'unconsumedContractValue', project: 'unconsumedContractValue' },
  { portfolio: 'billedInAdvance', project: 'billedInAdvance' },
] as const;

/** Income and cost, in the portfolio and in each period of the trend. */
const FLOWS = ['billed', 'recognizedRevenue', 'cost', 'margin'] as const;

type ProjectFigures = Record<(typeof BALANCES)[number]['project'], Money>;

/** Integer minor units of a decimal string at its currency's scale. */
function minorUnits({ amount, currency }: Money): number {
  const digits = currencyDigits(currency);
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  expect(fraction.length, `${amount} ${currency}`).toBe(digits);
  const units = Number(whole) * 10 ** digits + Number(fraction || '0');
  return amount.startsWith('-') ? -units : units;
}

async function allProjectFigures(): Promise<ProjectFigures[]> {
  const selection = BALANCES.map((figure) => `${figure.project} { amount currency }`).join(' ');
  const nodes: ProjectFigures[] = [];
  type Page = { projects: { edges: { node: { financials: ProjectFigures | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  for (let after: string | null = null; ; ) {
    const result: GraphQLResult<Page> = await testHub.query<Page>(
      `query ($after: String) { projects(first: 100, after: $after) { edges { node { financials { ${selection} } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
      { authorization: finance },
    );
    expect(result.errors).toBeUndefined();
    for (const { node } of result.data!.projects.edges) if (node.financials) nodes.push(node.financials);
    if (!result.data!.projects.pageInfo.hasNextPage) return nodes;
    after = result.data!.projects.pageInfo.endCursor;
  }
}

interface PublishedRate {
  from: string;
  to: string;
  rate: string;
  rateType: string;
  rateDate: string;
}

/** The rates the ERP publishes to `to` in force on the business date, by "from|type". */
async function publishedRates(to: string): Promise<Map<string, PublishedRate>> {
  type Page = { exchangeRates: { edges: { node: PublishedRate & { effectiveDate: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  const rates = new Map<string, PublishedRate>();
  for (let after: string | null = null; ; ) {
    const result: GraphQLResult<Page> = await testHub.query<Page>(
      `query ($to: String!, $on: Date!, $after: String) { exchangeRates(filter: { to: $to, on: $on }, first: 100, after: $after) {
        edges { node { from to rate rateType effectiveDate } } pageInfo { hasNextPage endCursor } } }`,
      { to, on: AS_OF, after },
      { authorization: finance },
    );
    expect(result.errors).toBeUndefined();
    for (const { node } of result.data!.exchangeRates.edges) {
      rates.set(`${node.from}|${node.rateType}`, { from: node.from, to: node.to, rate: node.rate, rateType: node.rateType, rateDate: node.effectiveDate });
    }
    if (!result.data!.exchangeRates.pageInfo.hasNextPage) return rates;
    after = result.data!.exchangeRates.pageInfo.endCursor;
  }
}

/** The first day of the first month the ERP publishes an average for (rates are listed by pair, type and date). */
async function firstAverageMonth(): Promise<string> {
  const result = await testHub.query<{ exchangeRates: { edges: { node: { effectiveDate: string } }[] } }>(
    '{ exchangeRates(filter: { from: "EUR", to: "USD", rateType: MONTHLY_AVERAGE }, first: 1) { edges { node { effectiveDate } } } }',
    {},
    { authorization: finance },
  );
  expect(result.errors).toBeUndefined();
  return `${result.data!.exchangeRates.edges[0].node.effectiveDate.slice(0, 7)}-01`;
}

type Figures = Record<(typeof BALANCES)[number]['portfolio'] | (typeof FLOWS)[number], Money>;
type Portfolio = Figures & { fx: PublishedRate[] };
type Period = Record<(typeof FLOWS)[number], Money> & { period: string; fx: PublishedRate[] };

const FIGURES = [...BALANCES.map((figure) => figure.portfolio), ...FLOWS];

async function portfolioIn(currency: string): Promise<Portfolio> {
  const selection = FIGURES.map((figure) => `${figure} { amount currency }`).join(' ');
  const result = await testHub.query<{ portfolio: Portfolio }>(
    `query ($currency: String) { portfolio(currency: $currency) { ${selection} fx { from to rate rateType rateDate } } }`,
    { currency },
    { authorization: finance },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.portfolio;
}

async function trendIn(currency: string, from: string): Promise<Period[]> {
  const selection = FLOWS.map((figure) => `${figure} { amount currency }`).join(' ');
  const result = await testHub.query<{ portfolioTrend: Period[] }>(
    `query ($currency: String, $from: Date!, $to: Date!) { portfolioTrend(from: $from, to: $to, currency: $currency) { period ${selection} fx { from to rate rateType rateDate } } }`,
    { currency, from, to: AS_OF },
    { authorization: finance },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.portfolioTrend;
}

describe('the demo portfolio in several reporting currencies', () => {
  let projects: ProjectFigures[] = [];
  let firstMonth = '';
  const portfolios = new Map<string, Portfolio>();
  const trends = new Map<string, Period[]>();

  beforeAll(async () => {
    projects = await allProjectFigures();
    firstMonth = await firstAverageMonth();
    for (const currency of REPORTING) {
      portfolios.set(currency, await portfolioIn(currency));
      trends.set(currency, await trendIn(currency, firstMonth));
    }
  }, 300_000);

  it('holds projects in four currencies, one with three decimals, over more than a year', () => {
    expect(new Set(projects.map((figures) => figures.bookings.currency))).toEqual(new Set(['USD', 'EUR', 'GBP', 'KWD']));
    expect(projects.length).toBeGreaterThan(190);
    expect(trends.get('USD')!.length).toBeGreaterThan(12);
  });

  it.each(REPORTING)(
    'sums every project’s balances converted once at the ERP’s published closing rate to %s, and lists exactly those rates',
    async (currency) => {
      const published = await publishedRates(currency);
      const portfolio = portfolios.get(currency)!;
      const used = new Set<string>();
      for (const figure of BALANCES) {
        let expected = 0;
        for (const figures of projects) {
          const money = figures[figure.project];
          if (money.currency === currency) {
            expected += minorUnits(money);
            continue;
          }
          const rate = published.get(`${money.currency}|CLOSING`);
          expect(rate, `CLOSING ${money.currency}→${currency} on ${AS_OF}`).toBeDefined();
          used.add(money.currency);
          expected += convertMinor(minorUnits(money), money.currency, currency, rate!.rate);
        }
        expect(portfolio[figure.portfolio].currency).toBe(currency);
        expect(minorUnits(portfolio[figure.portfolio]), figure.portfolio).toBe(expected);
      }
      const closing = portfolio.fx.filter((rate) => rate.rateType === 'CLOSING');
      expect(closing.map((rate) => rate.from).sort()).toEqual([...used].sort());
      for (const rate of closing) expect(rate).toEqual(published.get(`${rate.from}|CLOSING`));
    },
  );

  it.each(REPORTING)('equals in %s the trend’s monthly income and cost summed, and lists each month’s average it used', (currency) => {
    const portfolio = portfolios.get(currency)!;
    const periods = trends.get(currency)!;
    for (const figure of FLOWS) {
      const months = periods.reduce((sum, period) => sum + minorUnits(period[figure]), 0);
      expect(portfolio[figure].currency).toBe(currency);
      expect(minorUnits(portfolio[figure]), figure).toBe(months);
    }
    // The trend lists every month's average of every project currency; the portfolio, per currency,
    // each month's from the first month of its projects to the business date's, the same rates.
    const trendAverages = new Map(
      periods.flatMap((period) => period.fx.filter((rate) => rate.rateType === 'MONTHLY_AVERAGE').map((rate) => [`${rate.from}|${rate.rateDate}`, rate])),
    );
    const averages = portfolio.fx.filter((rate) => rate.rateType === 'MONTHLY_AVERAGE');
    const currencies = [...new Set(projects.map((figures) => figures.bookings.currency))].filter((code) => code !== currency);
    expect(new Set(averages.map((rate) => rate.from))).toEqual(new Set(currencies));
    const lastMonthEnd = periods.at(-1)!.fx.find((rate) => rate.rateType === 'MONTHLY_AVERAGE')!.rateDate;
    for (const from of currencies) {
      const listed = averages.filter((rate) => rate.from === from);
      for (const rate of listed) expect(rate, `${from} ${rate.rateDate}`).toEqual(trendAverages.get(`${from}|${rate.rateDate}`));
      // Consecutive months, oldest first, the last the business date's.
      const months = listed.map((rate) => rate.rateDate.slice(0, 7));
      const expectedMonths = periods.map((period) => period.period).slice(periods.findIndex((period) => period.period === months[0]));
      expect(months, from).toEqual(expectedMonths);
      expect(listed.at(-1)!.rateDate).toBe(lastMonthEnd);
    }
  });

  it('agrees in EUR and in USD through the published USD→EUR rates, within the rounding of six-decimal cross rates', async () => {
    const toEuro = await publishedRates('EUR');
    const usd = portfolios.get('USD')!;
    const eur = portfolios.get('EUR')!;
    // Closing rates are one day's rates: their cross rates agree to about 1e-6 each. An average is the
    // mean of a month's daily rates, and the mean of a cross rate is not the cross of the means: they
    // part by the rates' spread within the month (up to about 1e-4 here). Per-project rounding adds at
    // most half a cent per project.
    const near = (direct: number, viaUsd: number, relative: number, label: string) =>
      expect(Math.abs(direct - viaUsd), `${label}: ${direct} EUR cents vs ${viaUsd} via USD`).toBeLessThanOrEqual(
        Math.abs(direct) * relative + projects.length,
      );
    for (const figure of BALANCES) {
      const viaUsd = convertMinor(minorUnits(usd[figure.portfolio]), 'USD', 'EUR', toEuro.get('USD|CLOSING')!.rate);
      near(minorUnits(eur[figure.portfolio]), viaUsd, 1e-5, figure.portfolio);
    }
    // Income and cost month by month, each at its month's USD→EUR average (listed by the EUR trend).
    const usdMonths = trends.get('USD')!;
    const eurMonths = trends.get('EUR')!;
    for (const [i, month] of eurMonths.entries()) {
      const average = month.fx.find((rate) => rate.from === 'USD' && rate.rateType === 'MONTHLY_AVERAGE')!;
      for (const figure of FLOWS) {
        near(minorUnits(month[figure]), convertMinor(minorUnits(usdMonths[i][figure]), 'USD', 'EUR', average.rate), 2e-4, `${month.period} ${figure}`);
      }
    }
    expect(minorUnits(usd.recognizedRevenue)).toBeGreaterThan(minorUnits(eur.recognizedRevenue));
  });
});
