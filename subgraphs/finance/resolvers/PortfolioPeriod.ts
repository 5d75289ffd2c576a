/**
 * A period of the portfolio trend (Query.portfolioTrend, docs/kpis.md, Trend): its money, from the
 * per-project inputs the projects service hands over as of each checkpoint (the day before the
 * period starts, each month end inside it, its end) and the ERP's ledger as of the same days.
 *
 * Flows (billed, recognized revenue, cost, margin) are, per project and per month of the period,
 * cumulative as of the month's checkpoint less cumulative as of the one before, converted at that
 * month's MONTHLY_AVERAGE, then summed. Balances (bookings, backlog, unbilled WIP, released value,
 * billing in advance) are each project's as of the period end, converted at the CLOSING rate in
 * force on it, then summed.
 */
import { isIsoDate } from '../../shared/dates.ts';
import { convertMinor } from '../../shared/fx.ts';
import { monthlyFlows, NO_FLOWS, roundedRatio } from '../../shared/kpi.ts';
import { money } from '../../shared/money.ts';
import type { PortfolioPeriodResolvers } from '../__generated__/resolvers-types.ts';
import type { ExchangeRateRecord, RateQuery } from '../connector/rates.ts';
import type { FinanceContext } from '../context.ts';
import { BALANCE_RATE, type CheckpointInput, figuresAsOf, FLOW_RATE, malformed, ratesInForce, reportingCurrencyOf } from './rollup.ts';

/** What the gateway sends: the period key and, for the money, the per-project inputs as of each checkpoint (oldest first). */
export interface PeriodReference {
  key: string;
  checkpoints?: CheckpointInput[];
}

interface PeriodTotals {
  currency: string;
  fx: ExchangeRateRecord[];
  billed: number;
  recognizedRevenue: number;
  cost: number;
  margin: number;
  bookings: number;
  backlog: number;
  unbilledWip: number;
  unconsumedContractValue: number;
  billedInAdvance: number;
}

/** The period's sums, once per representation. */
function totals(reference: PeriodReference, context: FinanceContext): Promise<PeriodTotals> {
  const cached = context.loaders.memo.get(reference) as Promise<PeriodTotals> | undefined;
  if (cached) return cached;
  const computed = (async () => {
    const currency = reportingCurrencyOf(reference.key);
    const checkpoints = reference.checkpoints ?? [];
    if (checkpoints.length < 2 || checkpoints.some((checkpoint, i) => !isIsoDate(checkpoint?.asOf) || (i > 0 && checkpoint.asOf <= checkpoints[i - 1].asOf))) {
      throw malformed('period checkpoints');
    }
    const figures = await Promise.all(checkpoints.map((checkpoint) => figuresAsOf(checkpoint, context)));
    const closing = figures[figures.length - 1];
    const periodEnd = checkpoints[checkpoints.length - 1].asOf;
    const currencies = [...new Set([...closing.values()].map((project) => project.currency))].filter((code) => code !== currency);
    // Each month of the period at its average (the rate in force on its checkpoint), the balances at
    // the closing rate in force on the period end.
    const queries: RateQuery[] = currencies.flatMap((from) => [
      ...checkpoints.slice(1).map((checkpoint) => ({ from, to: currency, rateType: FLOW_RATE, date: checkpoint.asOf })),
      { from, to: currency, rateType: BALANCE_RATE, date: periodEnd },
    ]);
    const found = await ratesInForce(queries, context.connector);
    const rateOf = new Map(queries.map((query, i) => [`${query.from}|${query.rateType}|${query.date}`, found[i].rate]));
    const convert = (amount: number, from: string, rateType: string, date: string) => {
      if (from === currency) return amount;
      return convertMinor(amount, from, currency, rateOf.get(`${from}|${rateType}|${date}`) as string);
    };
    const sums: Omit<PeriodTotals, 'currency' | 'fx'> = {
      billed: 0,
      recognizedRevenue: 0,
      cost: 0,
      margin: 0,
      bookings: 0,
      backlog: 0,
      unbilledWip: 0,
      unconsumedContractValue: 0,
      billedInAdvance: 0,
    };
    for (const [projectId, end] of closing) {
      const from = end.currency;
      // Each month of the period: cumulative at its checkpoint less cumulative at the one before.
      const flows = monthlyFlows(
        figures[0].get(projectId) ?? NO_FLOWS,
        checkpoints.slice(1).map((_checkpoint, i) => figures[i + 1].get(projectId) ?? end),
        (amount, month) => convert(amount, from, FLOW_RATE, checkpoints[month + 1].asOf),
      );
      sums.billed += flows.billed;
      sums.recognizedRevenue += flows.recognizedRevenue;
      sums.cost += flows.cost;
      sums.margin += flows.margin;
      const balance = (amount: number) => convert(amount, from, BALANCE_RATE, periodEnd);
      sums.bookings += balance(end.bookings);
      sums.backlog += balance(end.backlog);
      sums.unbilledWip += balance(end.unbilledWip);
      sums.unconsumedContractValue += balance(end.unconsumedContractValue);
      sums.billedInAdvance += balance(end.billedInAdvance);
    }
    const fx = [...new Map(found.map((rate) => [`${rate.from_currency}|${rate.rate_type}|${rate.effective_date}`, rate])).values()];
    return { currency, fx, ...sums };
  })();
  context.loaders.memo.set(reference, computed);
  return computed;
}

function totalField(pick: (totals: PeriodTotals) => number) {
  return async (reference: PeriodReference, _args: unknown, context: FinanceContext) => {
    const sums = await totals(reference, context);
    return money(pick(sums), sums.currency);
  };
}

export const PortfolioPeriod: PortfolioPeriodResolvers = {
  __resolveReference: (reference) => reference,
  fx: async (reference, _args, context) =>
    (await totals(reference, context)).fx.map((rate) => ({
      from: rate.from_currency,
      to: rate.to_currency,
      rate: rate.rate,
      rateType: rate.rate_type,
      rateDate: rate.effective_date,
    })),
  billed: totalField((t) => t.billed),
  recognizedRevenue: totalField((t) => t.recognizedRevenue),
  cost: totalField((t) => t.cost),
  margin: totalField((t) => t.margin),
  marginPct: async (reference, _args, context) => {
    const sums = await totals(reference, context);
    return roundedRatio(sums.margin, sums.recognizedRevenue);
  },
  bookings: totalField((t) => t.bookings),
  backlog: totalField((t) => t.backlog),
  unbilledWip: totalField((t) => t.unbilledWip),
  unconsumedContractValue: totalField((t) => t.unconsumedContractValue),
  billedInAdvance: totalField((t) => t.billedInAdvance),
};
