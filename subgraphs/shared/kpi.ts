/**
 * KPI formulas (docs/kpis.md, after the domain model). Pure functions over integers: money in minor
 * units, hours in hundredths. Subgraphs that own the inputs call these; nothing here does I/O.
 */
import { isWorkday } from './dates.ts';
import { divideRounded, ratio } from './money.ts';
import type { BillingModel } from './labels.ts';

/** Approved work on a project, as the PSA values it (DeliveryTotals). */
export interface DeliveryInputs {
  approvedHours: number;
  remainingPlannedHours: number;
  billableTimeValue: number;
  billableExpenseValue: number;
  cost: number;
  approvedMilestoneValue: number;
}

/** One project's inputs from the PSA and the ERP. */
export interface FinancialInputs {
  billingModel: BillingModel;
  currency: string;
  bookings: number;
  delivery: DeliveryInputs;
  /** Σ totals of issued, non-void invoices (ERP). */
  billed: number;
  /** Σ billing items on invoiced billing events (ERP). */
  invoicedItems: number;
  /** ERP financial dimension status (OPEN or CLOSED), null when the ERP has no project. */
  erpStatus: string | null;
}

/** Figures of ProjectFinancials, integers in minor units. */
export interface FinancialFigures {
  currency: string;
  bookings: number;
  billedToDate: number;
  unbilledWip: number;
  recognizedRevenue: number;
  costToDate: number;
  margin: number;
  marginPct: number | null;
  backlog: number;
  burnPct: number | null;
  erpStatus: string | null;
}

/** a × b ÷ c rounded half away from zero, exact beyond 2^53 intermediate products. */
function mulDiv(a: number, b: number, c: number): number {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const quotient = product / divisor;
  const twiceRemainder = (product % divisor) * 2n;
  const absolute = twiceRemainder < 0n ? -twiceRemainder : twiceRemainder;
  const divisorAbsolute = divisor < 0n ? -divisor : divisor;
  const sign = product < 0n !== divisor < 0n ? -1n : 1n;
  return Number(absolute >= divisorAbsolute ? quotient + sign : quotient);
}

/**
 * Revenue recognized to date by billing model:
 * T&M = billable approved time at bill rates + billable expenses; retainer = its approved periodic
 * fees (milestones of the retainer schedule);
 * fixed fee = min(percent complete, 100%) × contract value, percent complete (hours) =
 * approved ÷ (approved + remaining planned); milestone = amounts of approved milestones.
 */
export function recognizedRevenue(model: BillingModel, bookings: number, delivery: DeliveryInputs): number {
  switch (model) {
    case 'TIME_AND_MATERIALS':
      return delivery.billableTimeValue + delivery.billableExpenseValue;
    case 'FIXED_FEE': {
      const estimateAtCompletion = delivery.approvedHours + delivery.remainingPlannedHours;
      if (estimateAtCompletion === 0) return 0;
      return mulDiv(bookings, Math.min(delivery.approvedHours, estimateAtCompletion), estimateAtCompletion);
    }
    case 'MILESTONE':
    case 'RETAINER':
      return delivery.approvedMilestoneValue;
  }
}

/**
 * Billable value of approved work: T&M projects bill time and expenses; fixed-fee, milestone and
 * retainer projects bill approved milestones (fees) and billable expenses.
 */
export function billableWorkValue(model: BillingModel, delivery: DeliveryInputs): number {
  return model === 'TIME_AND_MATERIALS'
    ? delivery.billableTimeValue + delivery.billableExpenseValue
    : delivery.approvedMilestoneValue + delivery.billableExpenseValue;
}

export function projectFinancials(inputs: FinancialInputs): FinancialFigures {
  const revenue = recognizedRevenue(inputs.billingModel, inputs.bookings, inputs.delivery);
  const cost = inputs.delivery.cost;
  const margin = revenue - cost;
  return {
    currency: inputs.currency,
    bookings: inputs.bookings,
    billedToDate: inputs.billed,
    // Billing ahead of approved work (retainers, advance billing) is deferred revenue, not negative WIP.
    unbilledWip: Math.max(0, billableWorkValue(inputs.billingModel, inputs.delivery) - inputs.invoicedItems),
    recognizedRevenue: revenue,
    costToDate: cost,
    margin,
    marginPct: ratio(margin, revenue),
    backlog: inputs.bookings - inputs.billed,
    burnPct: ratio(cost, inputs.bookings),
    erpStatus: inputs.erpStatus,
  };
}

/** A consultant's capacity, in hundredths of an hour. */
export interface CapacityInputs {
  weeklyHours: number;
  /** First and last employed day; null = unbounded. */
  activeFrom: string | null;
  activeTo: string | null;
  /** Hours off by date (time off and holidays). */
  timeOff: ReadonlyMap<string, number>;
}

/** Days since 1970-01-01 of an ISO date. */
function epochDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Monday–Friday among epoch days [first, last] (1970-01-01, day 0, was a Thursday). */
function workdaysBetween(first: number, last: number): number {
  if (last < first) return 0;
  const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
  const fullWeeks = Math.floor((last - first + 1) / 7);
  let count = fullWeeks * 5;
  for (let day = first + fullWeeks * 7; day <= last; day++) if (weekdayOf(day) < 5) count++;
  return count;
}

/**
 * Available hours in [from, to]: weekly hours ÷ 5 for each workday (Monday–Friday) of employment,
 * less the time off on those days (never below zero on a day).
 */
export function availableHours(capacity: CapacityInputs, from: string, to: string): number {
  const daily = divideRounded(capacity.weeklyHours, 5);
  const first = Math.max(epochDay(from), capacity.activeFrom ? epochDay(capacity.activeFrom) : -Infinity);
  const last = Math.min(epochDay(to), capacity.activeTo ? epochDay(capacity.activeTo) : Infinity);
  let total = workdaysBetween(first, last) * daily;
  for (const [date, hours] of capacity.timeOff) {
    const day = epochDay(date);
    if (day >= first && day <= last && isWorkday(date)) total -= Math.min(daily, hours);
  }
  return Math.max(0, total);
}

export interface UtilizationFigures {
  availableHours: number;
  billableHours: number;
  utilization: number;
  target: number | null;
  attainment: number | null;
}

/** Billable utilization = billable ÷ available hours; attainment = utilization ÷ target. */
export function utilization(billableHours: number, available: number, target: number | null): UtilizationFigures {
  const value = ratio(billableHours, available) ?? 0;
  return {
    availableHours: available,
    billableHours,
    utilization: value,
    target,
    attainment: target ? ratio(Math.round(value * 10000), Math.round(target * 10000)) : null,
  };
}
