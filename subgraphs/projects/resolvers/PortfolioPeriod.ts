/**
 * Query.portfolioTrend: the portfolio period by period (docs/kpis.md, Trend). The projects service
 * lists the periods, each an entity whose key carries the normalized filter, the reporting
 * currency, the period's bounds and the business date, and hands finance the per-project inputs as
 * of each checkpoint (the day before the period starts, each month end inside it, its end), from
 * which finance computes the money; the HCM's capacity over the period's days gives utilization.
 */
import { badUserInput } from '../../../platform/errors.ts';
import { addDays, businessDate, isIsoDate, requiredDateArg } from '../../shared/dates.ts';
import { periodEnd, periodOf } from '../../shared/periods.ts';
import type { PortfolioPeriodResolvers, TrendInterval } from '../__generated__/resolvers-types.ts';
import { type PortfolioFilterArgs, type PortfolioScope, portfolioProjects, portfolioUtilization, reportingCurrency } from './PortfolioSummary.ts';
import { projectListFilter } from './Query.ts';

/** The longest trend: 36 months, or 12 quarters. */
export const MAX_PERIODS: Record<TrendInterval, number> = { MONTH: 36, QUARTER: 12 };

/** One period of a trend: a portfolio scope whose window is the period's days. */
export interface PortfolioPeriodSource extends PortfolioScope {
  period: string;
  /** The business date the trend was asked on: a milestone approved without an actual date counts then. */
  asOf: string;
}

/** What a PortfolioPeriod key holds (JSON). */
interface PeriodKey {
  customerId: string | null;
  status: PortfolioFilterArgs['status'];
  practice: string | null;
  region: string | null;
  currency: string;
  interval: TrendInterval;
  from: string;
  to: string;
  asOf: string;
}

/** The last day of the calendar month or quarter `date` falls in. */
function calendarEnd(date: string, interval: TrendInterval): string {
  if (interval === 'MONTH') return periodEnd(periodOf(date));
  const month = Number(date.slice(5, 7));
  const lastMonth = Math.ceil(month / 3) * 3;
  return periodEnd(`${date.slice(0, 4)}-${String(lastMonth).padStart(2, '0')}`);
}

/** "2026-11" for a month, "2026-Q4" for a quarter. */
function periodLabel(date: string, interval: TrendInterval): string {
  return interval === 'MONTH' ? periodOf(date) : `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
}

/** The calendar periods from `from` to `to`, each clipped to the range. */
export function trendPeriods(from: string, to: string, interval: TrendInterval): { period: string; from: string; to: string }[] {
  const periods: { period: string; from: string; to: string }[] = [];
  for (let start = from; start <= to; start = addDays(calendarEnd(start, interval), 1)) {
    const end = calendarEnd(start, interval);
    periods.push({ period: periodLabel(start, interval), from: start, to: end < to ? end : to });
  }
  return periods;
}

/**
 * The days a period's inputs are taken as of: the day before it starts, each month end inside it,
 * and its last day. Each pair of neighbours bounds the part of one month in the period, whose flows
 * finance converts at that month's average.
 */
export function checkpointDates(from: string, to: string): string[] {
  const dates = [addDays(from, -1)];
  for (let monthEnd = periodEnd(periodOf(from)); monthEnd < to; monthEnd = periodEnd(periodOf(addDays(monthEnd, 1)))) dates.push(monthEnd);
  dates.push(to);
  return dates;
}

function periodSource(key: PeriodKey): PortfolioPeriodSource {
  return {
    key: JSON.stringify(key),
    currency: key.currency,
    projectFilter: projectListFilter(key),
    window: { from: key.from, to: key.to },
    period: periodLabel(key.from, key.interval),
    asOf: key.asOf,
  };
}

interface TrendArgs {
  filter?: PortfolioFilterArgs | null;
  from: unknown;
  to: unknown;
  interval?: TrendInterval | null;
  currency?: string | null;
}

/** Validates the arguments of Query.portfolioTrend into its periods; bad input is BAD_USER_INPUT naming the argument. */
export function portfolioTrend({ filter, from: fromArg, to: toArg, interval: intervalArg, currency: currencyArg }: TrendArgs): PortfolioPeriodSource[] {
  const currency = reportingCurrency(currencyArg);
  projectListFilter(filter);
  if (filter?.from != null) throw badUserInput('filter.from', 'a trend has no utilization window: its range is `from`..`to`');
  if (filter?.to != null) throw badUserInput('filter.to', 'a trend has no utilization window: its range is `from`..`to`');
  const from = requiredDateArg(fromArg, 'from');
  const to = requiredDateArg(toArg, 'to');
  const interval = intervalArg ?? 'MONTH';
  if (!Object.hasOwn(MAX_PERIODS, interval)) throw badUserInput('interval', `${JSON.stringify(interval)} is not MONTH or QUARTER`);
  if (from > to) throw badUserInput('from', 'must not be after `to`');
  const asOf = businessDate();
  if (to > asOf) throw badUserInput('to', `must not be after the business date ${asOf}: a trend shows what happened`);
  const periods = trendPeriods(from, to, interval);
  if (periods.length > MAX_PERIODS[interval]) {
    throw badUserInput('to', `the range holds ${periods.length} ${interval === 'MONTH' ? 'months' : 'quarters'}; at most ${MAX_PERIODS[interval]}`);
  }
  const normalized = {
    customerId: filter?.customerId ?? null,
    status: filter?.status ?? null,
    practice: filter?.practice ?? null,
    region: filter?.region ?? null,
    currency,
    interval,
  };
  return periods.map((period) => periodSource({ ...normalized, from: period.from, to: period.to, asOf }));
}

/** A period key back into its source; a malformed one resolves to null. */
function parseKey(key: string): PortfolioPeriodSource | null {
  let parsed: Partial<PeriodKey>;
  try {
    parsed = JSON.parse(key) as Partial<PeriodKey>;
  } catch {
    return null;
  }
  const { from, to, asOf, interval } = parsed;
  if (!isIsoDate(from) || !isIsoDate(to) || !isIsoDate(asOf) || from > to || (interval !== 'MONTH' && interval !== 'QUARTER')) return null;
  return periodSource({
    customerId: parsed.customerId ?? null,
    status: parsed.status ?? null,
    practice: parsed.practice ?? null,
    region: parsed.region ?? null,
    currency: reportingCurrency(parsed.currency),
    interval,
    from,
    to,
    asOf,
  });
}

export const PortfolioPeriod: PortfolioPeriodResolvers = {
  __resolveReference({ key, staffCapacity }) {
    const source = parseKey(key);
    if (source === null) return null;
    return staffCapacity === undefined ? source : { ...source, staffCapacity };
  },
  period: (source) => source.period,
  from: (source) => source.window.from,
  to: (source) => source.window.to,
  projectCount: async (source, _args, { loaders }) => (await portfolioProjects(source, loaders)).length,
  async checkpoints(source, _args, { loaders }) {
    const projects = await portfolioProjects(source, loaders);
    return checkpointDates(source.window.from, source.window.to).map((asOf) => ({ asOf, businessDate: source.asOf, projects }));
  },
  async staffing(source, _args, { loaders }) {
    const projects = await portfolioProjects(source, loaders);
    return { window: source.window, projectIds: projects.map((project) => project.id) };
  },
  utilization: (source, _args, { connector, loaders }) => portfolioUtilization(source, connector, loaders),
};
