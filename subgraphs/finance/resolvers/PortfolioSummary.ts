/**
 * The portfolio's money (Query.portfolio, docs/kpis.md, Currencies): each project's figures from the
 * PSA inputs the projects service hands over (PortfolioSummary.rollup) and the ERP's ledger, in the
 * reporting currency of the key, then summed.
 *
 * Balances (bookings, backlog, unbilled WIP, released value, billing in advance) are converted at the
 * CLOSING rate in force on the business date. Income and cost to date (billed, recognized revenue,
 * cost, margin) of a project in another currency are converted month by month, as the trend converts
 * them: from the month of its first dated record (the PSA's first approved record, from
 * PortfolioSummary.history, or the ERP's first invoice) to the business date's, each month's part
 * (cumulative at the month end less cumulative at the previous one; the business date's month ends
 * at today's figures) at that month's MONTHLY_AVERAGE. A project in the reporting currency is summed
 * as it is and needs no history.
 */
import { isIsoDate } from '../../shared/dates.ts';
import { convertMinor } from '../../shared/fx.ts';
import { tryNativeId } from '../../shared/ids.ts';
import {
  monthlyFlows,
  NO_FLOWS,
  roundedRatio,
  withForeignExpenses,
  type CumulativeFlows,
  type FinancialFigures,
  type ForeignExpense,
} from '../../shared/kpi.ts';
import { money } from '../../shared/money.ts';
import { periodEnd, periodOf, periodStart } from '../../shared/periods.ts';
import { canSeeAccount } from '../../shared/access.ts';
import type { PortfolioSummaryResolvers } from '../__generated__/resolvers-types.ts';
import type { ExchangeRateRecord, RateQuery } from '../connector/rates.ts';
import type { FinanceContext } from '../context.ts';
import { alreadyConverted, deliveryInputs, foreignExpensesInProjectCurrency } from './inputs.ts';
import { figuresFor, figuresFrom } from './Project.ts';
import { BALANCE_RATE, FLOW_RATE, malformed, ratesInForce, reportingCurrencyOf, type RollupEntry, rollupRateMissing } from './rollup.ts';

/**
 * One month end of the history: each project's status and PSA delivery as of it. Its contract, billing
 * model and expenses in other currencies are today's roll-up's (the expenses dated by the month end count).
 */
interface HistoryCheckpoint {
  asOf: string;
  rollup: Pick<RollupEntry, 'projectId' | 'status' | 'delivery'>[];
}

/** What the gateway sends: the portfolio key, the per-project roll-up and, for income and cost, the history of the projects to convert. */
export interface PortfolioReference {
  key: string;
  rollup?: RollupEntry[];
  /** Absent from a representation for balances only. */
  history?: HistoryCheckpoint[];
}

interface ProjectFigures {
  psaProjectId: string;
  /** The roll-up entry the figures are computed from. */
  entry: RollupEntry;
  figures: FinancialFigures;
}

interface BalanceTotals {
  currency: string;
  /** The closing rates the balances were converted at, one per project currency. */
  rates: ExchangeRateRecord[];
  bookings: number;
  backlog: number;
  unconsumedContractValue: number;
  billedInAdvance: number;
  unbilledWip: number;
}

interface FlowTotals {
  currency: string;
  /** Each month's average the flows were converted at, per project currency, oldest first. */
  rates: ExchangeRateRecord[];
  billed: number;
  recognizedRevenue: number;
  cost: number;
  margin: number;
}

/** Computes `make()` once per representation and name (the fields of one portfolio share it). */
function memoized<T>(reference: PortfolioReference, name: string, context: FinanceContext, make: () => Promise<T>): Promise<T> {
  let byName = context.loaders.memo.get(reference) as unknown as Map<string, Promise<unknown>> | undefined;
  if (!byName) {
    byName = new Map();
    context.loaders.memo.set(reference, byName as unknown as Promise<unknown>);
  }
  let value = byName.get(name) as Promise<T> | undefined;
  if (!value) {
    value = make();
    byName.set(name, value);
  }
  return value;
}

/** Each visible project's figures today, in its currency. */
function projectFigures(reference: PortfolioReference, context: FinanceContext): Promise<ProjectFigures[]> {
  return memoized(reference, 'figures', context, async () => {
    const rollup = reference.rollup ?? [];
    if (!Array.isArray(rollup)) throw malformed('roll-up');
    const { access, loaders } = context;
    const perProject = await Promise.all(
      rollup.map(async (entry): Promise<ProjectFigures[]> => {
        const psaProjectId = typeof entry?.projectId === 'string' ? tryNativeId('Project', entry.projectId) : null;
        if (psaProjectId === null) throw malformed(`project id ${entry?.projectId}`);
        // The gateway's roll-up holds only visible projects; a hand-made one gets no other customer's ledger.
        const ledger = await loaders.projectLedger.load(psaProjectId);
        if (ledger && !canSeeAccount(access, ledger.crm_account_id)) return [];
        const inputs = { billingModel: entry.billingModel, status: entry.status, bookings: entry.bookings, deliveryTotals: entry.delivery };
        return [{ psaProjectId, entry, figures: await figuresFor(psaProjectId, inputs, loaders, rollupRateMissing) }];
      }),
    );
    return perProject.flat();
  });
}

/** The currencies of `projects` other than `currency`, in the order they first appear. */
function currenciesToConvert(projects: readonly ProjectFigures[], currency: string): string[] {
  return [...new Set(projects.map(({ figures }) => figures.currency))].filter((code) => code !== currency);
}

/**
 * The balances, each project's converted on its own at the CLOSING rate in force on the business
 * date and then summed: each is ≥ 0 per project, so one project's billing in advance never nets
 * against another's backlog.
 */
function balanceTotals(reference: PortfolioReference, context: FinanceContext): Promise<BalanceTotals> {
  return memoized(reference, 'balances', context, async () => {
    const currency = reportingCurrencyOf(reference.key);
    const projects = await projectFigures(reference, context);
    const queries = currenciesToConvert(projects, currency).map((from) => ({ from, to: currency, rateType: BALANCE_RATE, date: context.loaders.asOf }));
    const rates = await ratesInForce(queries, context.connector);
    const rateOf = new Map(rates.map((rate) => [rate.from_currency, rate.rate]));
    const sums: BalanceTotals = { currency, rates, bookings: 0, backlog: 0, unconsumedContractValue: 0, billedInAdvance: 0, unbilledWip: 0 };
    for (const { figures } of projects) {
      const rate = rateOf.get(figures.currency);
      const balance = (amount: number) => (rate === undefined ? amount : convertMinor(amount, figures.currency, currency, rate));
      sums.bookings += balance(figures.bookings);
      sums.backlog += balance(figures.backlog);
      sums.unconsumedContractValue += balance(figures.unconsumedContractValue);
      sums.billedInAdvance += balance(figures.billedInAdvance);
      sums.unbilledWip += balance(figures.unbilledWip);
    }
    return sums;
  });
}

/** The calendar months from `first` to `last` (`YYYY-MM`, both included). */
function monthsFrom(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
}

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(number + 1).padStart(2, '0')}`;
}

/** The validated history of a representation that has projects to convert. */
function historyOf(reference: PortfolioReference, businessDay: string): HistoryCheckpoint[] {
  const history = reference.history;
  if (!Array.isArray(history)) throw malformed('portfolio history');
  const firstOfMonth = periodStart(periodOf(businessDay));
  history.forEach((checkpoint, i) => {
    const asOf = checkpoint?.asOf;
    if (!isIsoDate(asOf) || asOf !== periodEnd(periodOf(asOf)) || asOf >= firstOfMonth || (i > 0 && asOf <= history[i - 1].asOf)) {
      throw malformed('portfolio history');
    }
  });
  return history;
}

/** A project to convert: today's roll-up entry and its expenses in other currencies, converted once to its currency. */
interface Converting {
  entry: RollupEntry;
  expenses: ForeignExpense[];
}

/**
 * The recognized revenue and cost of the projects to convert as of a checkpoint, from the PSA inputs
 * alone (billing is the ERP's, by month), by PSA project id. A history carries no expenses in other
 * currencies (they are dated): those of today's roll-up dated on or before the checkpoint count, as
 * the trend's checkpoints count them, each converted once for every month.
 */
function psaFlowsAsOf(checkpoint: HistoryCheckpoint, converting: ReadonlyMap<string, Converting>): Map<string, CumulativeFlows> {
  if (!Array.isArray(checkpoint.rollup)) throw malformed('portfolio history');
  const flows = new Map<string, CumulativeFlows>();
  for (const entry of checkpoint.rollup) {
    const psaProjectId = typeof entry?.projectId === 'string' ? tryNativeId('Project', entry.projectId) : null;
    if (psaProjectId === null) throw malformed(`project id ${entry?.projectId}`);
    // Only the visible projects of the roll-up: a hand-made history gets no other project's figures.
    const today = converting.get(psaProjectId);
    if (!today || typeof entry.delivery !== 'object' || entry.delivery === null) continue;
    const currency = today.entry.bookings.currency;
    const inputs = { billingModel: today.entry.billingModel, status: entry.status, bookings: today.entry.bookings, deliveryTotals: entry.delivery };
    const expenses = today.expenses.filter((expense) => expense.date <= checkpoint.asOf);
    const delivery = withForeignExpenses(deliveryInputs({ ...entry.delivery, foreignExpenses: [] }, currency), currency, expenses, alreadyConverted);
    const figures = figuresFrom(inputs, delivery, null);
    flows.set(psaProjectId, { ...NO_FLOWS, recognizedRevenue: figures.recognizedRevenue, costToDate: figures.costToDate });
  }
  return flows;
}

/**
 * Income and cost to date: a project in the reporting currency as it is; one in another currency
 * month by month (shared/kpi.ts monthlyFlows) from its first month, its first dated record's in the
 * PSA (the first checkpoint of the history holding it) or the ERP (its first invoice), whichever is
 * earlier, to the business date's month, which ends at today's figures. Cumulative at each earlier
 * month end: recognized revenue and cost from the history, which holds the end of each month with
 * work (a month without keeps the previous one's; nothing before the PSA's first record), billed
 * from the invoices issued by then. Each month's part is converted at its MONTHLY_AVERAGE
 * (the rate in force on the month's last day; on the business date for its own month), every month
 * of every currency read in one ERP call, the invoices by month in another.
 */
function flowTotals(reference: PortfolioReference, context: FinanceContext): Promise<FlowTotals> {
  return memoized(reference, 'flows', context, async () => {
    const currency = reportingCurrencyOf(reference.key);
    const projects = await projectFigures(reference, context);
    const sums: FlowTotals = { currency, rates: [], billed: 0, recognizedRevenue: 0, cost: 0, margin: 0 };
    const foreign: ProjectFigures[] = [];
    for (const project of projects) {
      const { figures } = project;
      if (figures.currency !== currency) {
        foreign.push(project);
        continue;
      }
      sums.billed += figures.billedToDate;
      sums.recognizedRevenue += figures.recognizedRevenue;
      sums.cost += figures.costToDate;
      sums.margin += figures.recognizedRevenue - figures.costToDate;
    }
    if (foreign.length === 0) return sums;
    const businessDay = context.loaders.asOf;
    const lastMonth = periodOf(businessDay);
    const history = historyOf(reference, businessDay);
    const [expenses, invoices] = await Promise.all([
      Promise.all(foreign.map(({ entry }) => foreignExpensesInProjectCurrency(entry.delivery, entry.bookings.currency, context.loaders, rollupRateMissing))),
      context.loaders.billedByMonth.loadMany(foreign.map((project) => project.psaProjectId)),
    ]);
    const converting = new Map(foreign.map((project, i) => [project.psaProjectId, { entry: project.entry, expenses: expenses[i] }]));
    const historyFlows = history.map((checkpoint) => psaFlowsAsOf(checkpoint, converting));
    const byDay = new Map(history.map((checkpoint, c) => [checkpoint.asOf, historyFlows[c]]));
    // Each project's months, from its first (the PSA's or the ERP's) to the business date's.
    const series = foreign.map(({ psaProjectId, figures }, i) => {
      const billed = invoices[i];
      if (billed instanceof Error) throw billed;
      const psaFirst = history.find((_checkpoint, c) => historyFlows[c].has(psaProjectId));
      const first = [psaFirst ? periodOf(psaFirst.asOf) : lastMonth, ...billed.map((row) => row.month), lastMonth].sort()[0];
      const months = monthsFrom(first, lastMonth);
      let billedToDate = 0;
      // The PSA's inputs change only at the end of a month with work (the history's checkpoints).
      let psa = NO_FLOWS;
      const ends = months.map((month): CumulativeFlows => {
        if (month === lastMonth) return figures;
        for (const row of billed) if (row.month === month) billedToDate += row.billed;
        psa = byDay.get(periodEnd(month))?.get(psaProjectId) ?? psa;
        return { ...psa, billedToDate };
      });
      return { currency: figures.currency, months, ends };
    });
    // Each currency's averages from the first month of its projects, oldest first.
    const rateDay = (month: string) => (month === lastMonth ? businessDay : periodEnd(month));
    const queries: RateQuery[] = currenciesToConvert(foreign, currency).flatMap((from) => {
      const first = series
        .filter((project) => project.currency === from)
        .map((project) => project.months[0])
        .sort()[0];
      return monthsFrom(first, lastMonth).map((month) => ({ from, to: currency, rateType: FLOW_RATE, date: rateDay(month) }));
    });
    sums.rates = await ratesInForce(queries, context.connector);
    const rateOf = new Map(queries.map((query, i) => [`${query.from}|${periodOf(query.date)}`, sums.rates[i].rate]));
    for (const project of series) {
      const flows = monthlyFlows(NO_FLOWS, project.ends, (amount, m) =>
        convertMinor(amount, project.currency, currency, rateOf.get(`${project.currency}|${project.months[m]}`) as string),
      );
      sums.billed += flows.billed;
      sums.recognizedRevenue += flows.recognizedRevenue;
      sums.cost += flows.cost;
      sums.margin += flows.margin;
    }
    return sums;
  });
}

/** A balance field of the portfolio. */
function balanceField(pick: (totals: BalanceTotals) => number) {
  return async (reference: PortfolioReference, _args: unknown, context: FinanceContext) => {
    const sums = await balanceTotals(reference, context);
    return money(pick(sums), sums.currency);
  };
}

/** An income or cost field of the portfolio. */
function flowField(pick: (totals: FlowTotals) => number) {
  return async (reference: PortfolioReference, _args: unknown, context: FinanceContext) => {
    const sums = await flowTotals(reference, context);
    return money(pick(sums), sums.currency);
  };
}

export const PortfolioSummary: PortfolioSummaryResolvers = {
  __resolveReference: (reference) => reference,
  async fx(reference, _args, context) {
    const [flows, balances] = await Promise.all([flowTotals(reference, context), balanceTotals(reference, context)]);
    // Per project currency, in the order the projects give them: each month's average, oldest first, then the closing rate.
    const rates = balances.rates.flatMap((closing) => [...flows.rates.filter((rate) => rate.from_currency === closing.from_currency), closing]);
    return rates.map((rate) => ({
      from: rate.from_currency,
      to: rate.to_currency,
      rate: rate.rate,
      rateType: rate.rate_type,
      rateDate: rate.effective_date,
    }));
  },
  bookings: balanceField((t) => t.bookings),
  backlog: balanceField((t) => t.backlog),
  unconsumedContractValue: balanceField((t) => t.unconsumedContractValue),
  billedInAdvance: balanceField((t) => t.billedInAdvance),
  unbilledWip: balanceField((t) => t.unbilledWip),
  billed: flowField((t) => t.billed),
  recognizedRevenue: flowField((t) => t.recognizedRevenue),
  cost: flowField((t) => t.cost),
  margin: flowField((t) => t.margin),
  marginPct: async (reference, _args, context) => {
    const sums = await flowTotals(reference, context);
    return roundedRatio(sums.margin, sums.recognizedRevenue);
  },
};
