/**
 * The portfolio in USD, EUR and GBP on fresh demo data (seed 42, scale 1, business date 2026-11-23,
 * as the README): projects in USD, EUR, GBP and KWD. Consistency through the ERP's published rates:
 * - each reporting currency's figures equal, to the minor unit, the sum of every project's own figures
 *   (Project.financials, in its currency) converted once at the rate the ERP publishes for the pair
 *   (`exchangeRates(filter: { on })`): MONTHLY_AVERAGE for income and cost, CLOSING for balances;
 * - `PortfolioSummary.fx` lists exactly those published rates;
 * - the EUR and the USD portfolio agree through the published USD→EUR rate, within the rounding of
 *   six-decimal cross rates (each directed pair is its own published rate, not derived).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import { generateDemoData } from '../scripts/demo-data/generate.ts';
import { loadDemoData } from '../scripts/demo-data/load.ts';
import { convertMinor } from '../subgraphs/shared/fx.ts';
import { currencyDigits } from '../subgraphs/shared/money.ts';
import { startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';

const AS_OF = '2026-11-23';
const REPORTING = ['USD', 'EUR', 'GBP'] as const;

let testHub: TestHub;
let finance = '';
const savedAsOf = process.env.OPSGRAPH_AS_OF;

beforeAll(async () => {
  process.env.OPSGRAPH_AS_OF = AS_OF;
  const data = generateDemoData({ seed: 42, scale: 1, asOf: AS_OF });
  testHub = await startTestHub({ fill: (stores) => loadDemoData(stores, data) });
  finance = `Bearer ${await signToken({ sub: 'test-finance', roles: ['finance'], customerId: null })}`;
}, 180_000);

afterAll(async () => {
  await testHub?.stop();
  if (savedAsOf === undefined) delete process.env.OPSGRAPH_AS_OF;
  else process.env.OPSGRAPH_AS_OF = savedAsOf;
});

interface Money {
  amount: string;
  currency: string;
}

/** A portfolio figure, the project figure it sums and the rate type it is converted at. */
const FIGURES = [
  { portfolio: 'bookings', project: 'bookings', rateType: 'CLOSING' },
  { portfolio: 'backlog', project: 'backlog', rateType: 'CLOSING' },
  { portfolio: 'unbilledWip', project: 'unbilledWip', rateType: 'CLOSING' },
  { portfolio: 'unconsumedContractValue', project: 'unconsumedContractValue', rateType: 'CLOSING' },
  { portfolio: 'billedInAdvance', project: 'billedInAdvance', rateType: 'CLOSING' },
  { portfolio: 'billed', project: 'billedToDate', rateType: 'MONTHLY_AVERAGE' },
  { portfolio: 'recognizedRevenue', project: 'recognizedRevenue', rateType: 'MONTHLY_AVERAGE' },
  { portfolio: 'cost', project: 'costToDate', rateType: 'MONTHLY_AVERAGE' },
] as const;

type ProjectFigures = Record<(typeof FIGURES)[number]['project'], Money>;

/** Integer minor units of a decimal string at its currency's scale. */
function minorUnits({ amount, currency }: Money): number {
  const digits = currencyDigits(currency);
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  expect(fraction.length, `${amount} ${currency}`).toBe(digits);
  const units = Number(whole) * 10 ** digits + Number(fraction || '0');
  return amount.startsWith('-') ? -units : units;
}

async function allProjectFigures(): Promise<ProjectFigures[]> {
  const selection = FIGURES.map((figure) => `${figure.project} { amount currency }`).join(' ');
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

type Portfolio = Record<(typeof FIGURES)[number]['portfolio'], Money> & { fx: PublishedRate[] };

async function portfolioIn(currency: string): Promise<Portfolio> {
  const selection = FIGURES.map((figure) => `${figure.portfolio} { amount currency }`).join(' ');
  const result = await testHub.query<{ portfolio: Portfolio }>(
    `query ($currency: String) { portfolio(currency: $currency) { ${selection} fx { from to rate rateType rateDate } } }`,
    { currency },
    { authorization: finance },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.portfolio;
}

describe('the demo portfolio in several reporting currencies', () => {
  let projects: ProjectFigures[] = [];
  const portfolios = new Map<string, Portfolio>();

  beforeAll(async () => {
    projects = await allProjectFigures();
    for (const currency of REPORTING) portfolios.set(currency, await portfolioIn(currency));
  }, 120_000);

  it('holds projects in four currencies, one with three decimals', () => {
    expect(new Set(projects.map((figures) => figures.bookings.currency))).toEqual(new Set(['USD', 'EUR', 'GBP', 'KWD']));
    expect(projects.length).toBeGreaterThan(190);
  });

  it.each(REPORTING)('sums every project converted once at the ERP’s published rate to %s, and lists exactly those rates', async (currency) => {
    const published = await publishedRates(currency);
    const portfolio = portfolios.get(currency)!;
    const used = new Set<string>();
    for (const figure of FIGURES) {
      let expected = 0;
      for (const figures of projects) {
        const money = figures[figure.project];
        if (money.currency === currency) {
          expected += minorUnits(money);
          continue;
        }
        const rate = published.get(`${money.currency}|${figure.rateType}`);
        expect(rate, `${figure.rateType} ${money.currency}→${currency} on ${AS_OF}`).toBeDefined();
        used.add(`${money.currency}|${figure.rateType}`);
        expected += convertMinor(minorUnits(money), money.currency, currency, rate!.rate);
      }
      expect(portfolio[figure.portfolio].currency).toBe(currency);
      expect(minorUnits(portfolio[figure.portfolio]), figure.portfolio).toBe(expected);
    }
    const sortKey = (rate: PublishedRate) => `${rate.from}|${rate.rateType}`;
    expect(portfolio.fx.map(sortKey).sort()).toEqual([...used].sort());
    for (const rate of portfolio.fx) expect(rate).toEqual(published.get(sortKey(rate)));
  });

  it('agrees in EUR and in USD through the published USD→EUR rates, within the rounding of six-decimal cross rates', async () => {
    const toEuro = await publishedRates('EUR');
    const usd = portfolios.get('USD')!;
    const eur = portfolios.get('EUR')!;
    for (const figure of FIGURES) {
      const inUsd = minorUnits(usd[figure.portfolio]);
      const viaUsd = convertMinor(inUsd, 'USD', 'EUR', toEuro.get(`USD|${figure.rateType}`)!.rate);
      const direct = minorUnits(eur[figure.portfolio]);
      // Cross rates agree to about 1e-6 each; per-project rounding adds at most half a cent per project.
      const tolerance = Math.abs(direct) * 1e-5 + projects.length;
      expect(Math.abs(direct - viaUsd), `${figure.portfolio}: ${direct} EUR cents vs ${viaUsd} via USD`).toBeLessThanOrEqual(tolerance);
    }
    expect(minorUnits(usd.recognizedRevenue)).toBeGreaterThan(minorUnits(eur.recognizedRevenue));
  });
});
