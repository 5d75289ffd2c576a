import { canSeeAccount } from '../../shared/access.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { roundedRatio, type FinancialFigures } from '../../shared/kpi.ts';
import type { BillingModel } from '../../shared/labels.ts';
import type { ProjectStatus } from '../../shared/lifecycles.ts';
import { money, isCurrencyCode, type Money } from '../../shared/money.ts';
import { convertMinor } from '../../shared/fx.ts';
import { badUserInput } from '../../../platform/errors.ts';
import { env } from '../../../platform/env.ts';
import type { ExchangeRateRecord, RateQuery, RateType } from '../connector/rates.ts';
import type { PortfolioSummaryResolvers } from '../__generated__/resolvers-types.ts';
import type { FinanceContext } from '../context.ts';
import type { DeliveryTotalsInput } from './inputs.ts';
import { figuresFor } from './Project.ts';

/** What the gateway sends: the portfolio key and the per-project roll-up from projects. */
export interface PortfolioReference {
  key: string;
  rollup?: { projectId: string; status: ProjectStatus; billingModel: BillingModel; bookings: Money; delivery: DeliveryTotalsInput }[];
}

interface PortfolioTotals {
  currency: string;
  /** The rates the figures were converted at. */
  fx: ExchangeRateRecord[];
  bookings: number;
  backlog: number;
  unconsumedContractValue: number;
  billedInAdvance: number;
  billed: number;
  unbilledWip: number;
  recognizedRevenue: number;
  cost: number;
  margin: number;
}

/** The reporting currency of a portfolio key (the projects service validated it; a hand-made key is checked again). */
export function reportingCurrencyOf(key: string): string {
  let currency: unknown;
  try {
    currency = (JSON.parse(key) as { currency?: unknown }).currency;
  } catch {
    currency = undefined;
  }
  const code = currency ?? env.reportingCurrency();
  if (typeof code !== 'string' || !isCurrencyCode(code)) throw badUserInput('currency', `${JSON.stringify(code)} is not an ISO 4217 currency code`);
  return code;
}

/** Income and cost: the average of the business date's month. Balances: the closing rate in force on it (docs/kpis.md, Currencies). */
export const FLOW_RATE: RateType = 'MONTHLY_AVERAGE';
export const BALANCE_RATE: RateType = 'CLOSING';

/**
 * The rates converting each project currency into `currency` on `asOf`, by currency and type; a rate
 * the ERP does not hold is a BAD_USER_INPUT naming `currency`, the pair and the date (never a rate of 1).
 */
async function ratesFor(currencies: readonly string[], currency: string, asOf: string, { connector }: FinanceContext) {
  const queries = currencies
    .filter((from) => from !== currency)
    .flatMap((from) => [FLOW_RATE, BALANCE_RATE].map((rateType) => ({ from, to: currency, rateType, date: asOf })));
  const found = await ratesInForce(queries, connector);
  const rates = new Map<string, ExchangeRateRecord>();
  queries.forEach((query, i) => {
    rates.set(`${query.from}|${query.rateType}`, found[i]);
  });
  return rates;
}

/**
 * The rate in force for each query, in order; a rate the ERP does not hold is a BAD_USER_INPUT
 * naming `currency`, the pair, the type and the date (never a rate of 1).
 */
export async function ratesInForce(queries: readonly RateQuery[], connector: FinanceContext['connector']): Promise<ExchangeRateRecord[]> {
  const found = await connector.ratesInForce(queries);
  return queries.map((query, i) => {
    const rate = found[i];
    if (!rate) throw rollupRateMissing(query);
    return rate;
  });
}

/**
 * A rate a portfolio or trend figure needs that the ERP does not hold, the DAILY rate of a project's
 * expense in another currency included: BAD_USER_INPUT naming `currency`, with the type, pair and date.
 */
export const rollupRateMissing = (query: Pick<RateQuery, 'rateType' | 'from' | 'to' | 'date'>) =>
  badUserInput('currency', `The ERP holds no ${query.rateType} exchange rate ${query.from}→${query.to} in force on ${query.date}`);

/** Sums the per-project figures once per representation. */
function totals(reference: PortfolioReference, context: FinanceContext): Promise<PortfolioTotals> {
  const { access, loaders } = context;
  const cached = loaders.memo.get(reference) as Promise<PortfolioTotals> | undefined;
  if (cached) return cached;
  const computed = (async () => {
    const rollup = reference.rollup ?? [];
    const perProject: FinancialFigures[] = (
      await Promise.all(
        rollup.map(async (entry) => {
          const psaProjectId = tryNativeId('Project', entry.projectId);
          if (psaProjectId === null) throw new Error(`malformed project id ${entry.projectId} in a portfolio roll-up`);
          // The gateway's roll-up holds only visible projects; a hand-made one gets no other customer's ledger.
          const ledger = await loaders.projectLedger.load(psaProjectId);
          if (ledger && !canSeeAccount(access, ledger.crm_account_id)) return [];
          const inputs = { billingModel: entry.billingModel, status: entry.status, bookings: entry.bookings, deliveryTotals: entry.delivery };
          return [await figuresFor(psaProjectId, inputs, loaders, rollupRateMissing)];
        }),
      )
    ).flat();
    const currency = reportingCurrencyOf(reference.key);
    const rates = await ratesFor([...new Set(perProject.map((figures) => figures.currency))], currency, context.loaders.asOf, context);
    // Each project's figures are converted on their own (one rounding each, half away from zero) and
    // then summed: backlog, unconsumed value and billing in advance are each ≥ 0 per project, so one
    // project's over-billing never nets against another's backlog; margin is the converted revenue
    // less the converted cost, so it stays their difference in the reporting currency too.
    const converted = perProject.map((figures) => {
      const at = (rateType: RateType) => (amount: number) => {
        const rate = rates.get(`${figures.currency}|${rateType}`);
        return rate ? convertMinor(amount, figures.currency, currency, rate.rate) : amount;
      };
      const flow = at(FLOW_RATE);
      const balance = at(BALANCE_RATE);
      const recognizedRevenue = flow(figures.recognizedRevenue);
      const cost = flow(figures.costToDate);
      return {
        bookings: balance(figures.bookings),
        backlog: balance(figures.backlog),
        unconsumedContractValue: balance(figures.unconsumedContractValue),
        billedInAdvance: balance(figures.billedInAdvance),
        billed: flow(figures.billedToDate),
        unbilledWip: balance(figures.unbilledWip),
        recognizedRevenue,
        cost,
        margin: recognizedRevenue - cost,
      };
    });
    const sum = (pick: (figures: (typeof converted)[number]) => number) => converted.reduce((total, figures) => total + pick(figures), 0);
    return {
      currency,
      fx: [...rates.values()],
      bookings: sum((f) => f.bookings),
      backlog: sum((f) => f.backlog),
      unconsumedContractValue: sum((f) => f.unconsumedContractValue),
      billedInAdvance: sum((f) => f.billedInAdvance),
      billed: sum((f) => f.billed),
      unbilledWip: sum((f) => f.unbilledWip),
      recognizedRevenue: sum((f) => f.recognizedRevenue),
      cost: sum((f) => f.cost),
      margin: sum((f) => f.margin),
    };
  })();
  loaders.memo.set(reference, computed);
  return computed;
}

/** A Money field of the portfolio, read from the totals. */
function totalField(pick: (totals: PortfolioTotals) => number) {
  return async (reference: PortfolioReference, _args: unknown, context: FinanceContext) => {
    const sums = await totals(reference, context);
    return money(pick(sums), sums.currency);
  };
}

export const PortfolioSummary: PortfolioSummaryResolvers = {
  __resolveReference: (reference) => reference,
  fx: async (reference, _args, context) =>
    (await totals(reference, context)).fx.map((rate) => ({
      from: rate.from_currency,
      to: rate.to_currency,
      rate: rate.rate,
      rateType: rate.rate_type,
      rateDate: rate.effective_date,
    })),
  bookings: totalField((t) => t.bookings),
  backlog: totalField((t) => t.backlog),
  unconsumedContractValue: totalField((t) => t.unconsumedContractValue),
  billedInAdvance: totalField((t) => t.billedInAdvance),
  billed: totalField((t) => t.billed),
  unbilledWip: totalField((t) => t.unbilledWip),
  recognizedRevenue: totalField((t) => t.recognizedRevenue),
  cost: totalField((t) => t.cost),
  margin: totalField((t) => t.margin),
  marginPct: async (reference, _args, context) => {
    const sums = await totals(reference, context);
    return roundedRatio(sums.margin, sums.recognizedRevenue);
  },
};
