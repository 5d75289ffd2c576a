/**
 * What the portfolio (PortfolioSummary) and its trend (PortfolioPeriod) share: the reporting currency
 * of a key, the rate types and the refusal of a missing rate, and each project's figures as of a day
 * from the PSA inputs the projects service hands over for it (a PeriodCheckpoint) and the ERP's
 * ledger as of the same day.
 */
import type DataLoader from 'dataloader';
import { badUserInput } from '../../../platform/errors.ts';
import { env } from '../../../platform/env.ts';
import { canSeeAccount } from '../../shared/access.ts';
import { tryNativeId } from '../../shared/ids.ts';
import type { FinancialFigures } from '../../shared/kpi.ts';
import type { BillingModel } from '../../shared/labels.ts';
import type { ProjectStatus } from '../../shared/lifecycles.ts';
import { createRowLoader } from '../../shared/loaders.ts';
import { isCurrencyCode, type Money } from '../../shared/money.ts';
import { periodOf } from '../../shared/periods.ts';
import type { ExchangeRateRecord, RateQuery, RateType } from '../connector/rates.ts';
import type { ProjectLedgerRecord } from '../connector/types.ts';
import type { FinanceContext } from '../context.ts';
import type { FinanceLoaders } from '../loaders.ts';
import type { DeliveryTotalsInput } from './inputs.ts';
import { deliveryOf, figuresFrom } from './Project.ts';

/** One project's PSA inputs in a roll-up (ProjectRollup), as the gateway sends them. */
export interface RollupEntry {
  projectId: string;
  status: ProjectStatus;
  billingModel: BillingModel;
  bookings: Money;
  delivery: DeliveryTotalsInput;
}

/** The PSA inputs of some projects as of a day (PeriodCheckpoint). */
export interface CheckpointInput {
  asOf: string;
  rollup: RollupEntry[];
}

/** Income and cost: a month's average. Balances: the closing rate in force on the day they are as of (docs/kpis.md, Currencies). */
export const FLOW_RATE: RateType = 'MONTHLY_AVERAGE';
export const BALANCE_RATE: RateType = 'CLOSING';

/** The reporting currency of a portfolio or period key (the projects service validated it; a hand-made key is checked again). */
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

export function malformed(what: string) {
  return badUserInput(null, `Malformed ${what} in an entity representation`);
}

/**
 * A rate a portfolio or trend figure needs that the ERP does not hold, the DAILY rate of a project's
 * expense in another currency included: BAD_USER_INPUT naming `currency`, with the type, pair and
 * date, and the month of a missing average.
 */
export const rollupRateMissing = (query: Pick<RateQuery, 'rateType' | 'from' | 'to' | 'date'>) =>
  badUserInput(
    'currency',
    `The ERP holds no ${query.rateType} exchange rate ${query.from}→${query.to} in force on ${query.date}` +
      (query.rateType === 'MONTHLY_AVERAGE' ? ` (the average of ${periodOf(query.date)})` : ''),
  );

/**
 * The rate in force for each query, in order, in one ERP read; a rate the ERP does not hold is a
 * BAD_USER_INPUT naming `currency` (rollupRateMissing), never a rate of 1.
 */
export async function ratesInForce(queries: readonly RateQuery[], connector: FinanceContext['connector']): Promise<ExchangeRateRecord[]> {
  if (queries.length === 0) return [];
  const found = await connector.ratesInForce(queries);
  return queries.map((query, i) => {
    const rate = found[i];
    if (!rate) throw rollupRateMissing(query);
    return rate;
  });
}

/** Ledgers as of a day, per request: one loader per day, shared by every period and portfolio of the request. */
const ledgersAsOf = new WeakMap<FinanceLoaders, Map<string, DataLoader<string, ProjectLedgerRecord | null>>>();

/** The ERP ledger of projects as of `asOf` (invoices by issue date), one ERP read per day per batch. */
function ledgerLoader({ connector, loaders }: Pick<FinanceContext, 'connector' | 'loaders'>, asOf: string): DataLoader<string, ProjectLedgerRecord | null> {
  let byDay = ledgersAsOf.get(loaders);
  if (!byDay) {
    byDay = new Map();
    ledgersAsOf.set(loaders, byDay);
  }
  let loader = byDay.get(asOf);
  if (!loader) {
    loader = createRowLoader(
      (ids: readonly string[]) => connector.projectLedgersAsOf(ids, asOf),
      (row) => row.psa_project_id,
    );
    byDay.set(asOf, loader);
  }
  return loader;
}

/** Each visible project's figures as of one checkpoint (its PSA inputs, the ledger as of its day), by PSA project id. */
export async function figuresAsOf(checkpoint: CheckpointInput, context: FinanceContext): Promise<Map<string, FinancialFigures>> {
  if (!Array.isArray(checkpoint.rollup)) throw malformed('checkpoint roll-up');
  const loader = ledgerLoader(context, checkpoint.asOf);
  const entries = await Promise.all(
    checkpoint.rollup.map(async (entry): Promise<[string, FinancialFigures][]> => {
      const psaProjectId = typeof entry?.projectId === 'string' ? tryNativeId('Project', entry.projectId) : null;
      if (psaProjectId === null) throw malformed(`project id ${entry?.projectId}`);
      // The gateway's roll-up holds only visible projects; a hand-made one gets no other customer's ledger.
      const ledger = await loader.load(psaProjectId);
      if (ledger && !canSeeAccount(context.access, ledger.crm_account_id)) return [];
      const inputs = { billingModel: entry.billingModel, status: entry.status, bookings: entry.bookings, deliveryTotals: entry.delivery };
      const delivery = await deliveryOf(inputs, context.loaders, rollupRateMissing);
      return [[psaProjectId, figuresFrom(inputs, delivery, ledger)]];
    }),
  );
  return new Map(entries.flat());
}
