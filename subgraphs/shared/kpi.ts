/**
 * KPI formulas (docs/kpis.md, after the domain model). Pure functions over integers: money in minor
 * units, hours in hundredths. Subgraphs that own the inputs call these; nothing here does I/O.
 *
 * Rounding: every figure is computed from exact integers and rounded once, at the edge, half away
 * from zero. Money rounds to a minor unit, hours to a hundredth, ratios (Float fields) to
 * RATIO_DECIMALS decimals of the exact quotient; no rounded figure feeds another.
 */
import { isWorkday } from './dates.ts';
import { convertMinor } from './fx.ts';
import type { BillingModel } from './labels.ts';
import type { ProjectStatus } from './lifecycles.ts';

/** Decimals a ratio (marginPct, burnPct, utilization, attainment) is rounded to, once. */
export const RATIO_DECIMALS = 4;
const RATIO_SCALE = 10n ** BigInt(RATIO_DECIMALS);

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
  /** The PSA project's canonical status: finished projects carry no backlog. */
  status: ProjectStatus;
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
  unconsumedContractValue: number;
  billedInAdvance: number;
  burnPct: number | null;
  erpStatus: string | null;
}

/** n ÷ d rounded half away from zero, on BigInts (exact for any size). */
function divideHalfAway(n: bigint, d: bigint): bigint {
  const quotient = n / d;
  const twiceRemainder = (n % d) * 2n;
  const absolute = twiceRemainder < 0n ? -twiceRemainder : twiceRemainder;
  const divisorAbsolute = d < 0n ? -d : d;
  if (absolute < divisorAbsolute) return quotient;
  return n < 0n !== d < 0n ? quotient - 1n : quotient + 1n;
}

/** a × b ÷ c rounded half away from zero, exact beyond 2^53 intermediate products. */
function mulDiv(a: number, b: number, c: number): number {
  return Number(divideHalfAway(BigInt(a) * BigInt(b), BigInt(c)));
}

/**
 * numerator ÷ denominator of exact integers, rounded once to RATIO_DECIMALS decimals, half away from
 * zero (0.21775 → 0.2178, −0.00005 → −0.0001); null when the denominator is zero.
 */
export function roundedRatio(numerator: number | bigint, denominator: number | bigint): number | null {
  const d = BigInt(denominator);
  if (d === 0n) return null;
  return Number(divideHalfAway(BigInt(numerator) * RATIO_SCALE, d)) / Number(RATIO_SCALE);
}

/** Finished projects: nothing more will be delivered or sold under them, so they carry no backlog. */
export const FINISHED_STATUSES: readonly ProjectStatus[] = ['COMPLETED', 'CANCELLED', 'CLOSED'];
/** Delivered projects: the work is done, so nothing remains to estimate (a fixed fee is 100 % complete). */
export const DELIVERED_STATUSES: readonly ProjectStatus[] = ['COMPLETED', 'CLOSED'];

export function isFinished(status: ProjectStatus): boolean {
  return FINISHED_STATUSES.includes(status);
}

export function isDelivered(status: ProjectStatus): boolean {
  return DELIVERED_STATUSES.includes(status);
}

/**
 * The PSA's remaining estimate, in hundredths of an hour: planned hours of the project's assignments
 * less approved hours (never below zero); zero once the project is COMPLETED or CLOSED, so that the
 * estimate at completion is the actual. A CANCELLED project keeps its estimate: its percent complete
 * is what was delivered before it stopped.
 */
export function remainingEstimate(status: ProjectStatus, plannedHours: number, approvedHours: number): number {
  return isDelivered(status) ? 0 : Math.max(0, plannedHours - approvedHours);
}

/**
 * Revenue recognized to date by billing model:
 * T&M = billable approved time at bill rates + billable expenses; retainer = its approved periodic
 * fees (milestones of the retainer schedule); milestone = amounts of approved milestones;
 * fixed fee = min(percent complete, 100%) × contract value with percent complete (hours) =
 * approved ÷ (approved + remaining planned), and exactly the contract value once the project is
 * COMPLETED or CLOSED (remaining estimate zero, EAC = actual), whatever hours were logged.
 */
export function recognizedRevenue(model: BillingModel, bookings: number, delivery: DeliveryInputs, status: ProjectStatus): number {
  switch (model) {
    case 'TIME_AND_MATERIALS':
      return delivery.billableTimeValue + delivery.billableExpenseValue;
    case 'FIXED_FEE': {
      if (isDelivered(status)) return bookings;
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
 * Approved work a project's records date after a day D — time by work date, expenses by date,
 * milestones by approval date (their actual date, or the business date for one approved without) —
 * in the units of DeliveryInputs, and how many records it is.
 */
export interface LaterWork {
  approvedHours: number;
  billableTimeValue: number;
  billableExpenseValue: number;
  cost: number;
  approvedMilestoneValue: number;
  records: number;
}

/**
 * A project's approved work as of a day D: its delivery now less the work dated after D. The
 * estimate at completion stays today's (remaining at D = remaining now + the hours approved since),
 * so a fixed fee's percent complete as of D is the approved hours to D ÷ its estimate at completion
 * now. A project with work dated after D was in progress at D (ACTIVE), whatever its status now: a
 * delivered fixed fee is 100 % complete only from its last work on. Period close recognizes each
 * period's revenue with it, and the portfolio trend each period's cumulative figures.
 */
export function deliveryAsOf(status: ProjectStatus, now: DeliveryInputs, later: LaterWork): { status: ProjectStatus; delivery: DeliveryInputs } {
  return {
    status: later.records > 0 ? 'ACTIVE' : status,
    delivery: {
      approvedHours: now.approvedHours - later.approvedHours,
      remainingPlannedHours: now.remainingPlannedHours + later.approvedHours,
      billableTimeValue: now.billableTimeValue - later.billableTimeValue,
      billableExpenseValue: now.billableExpenseValue - later.billableExpenseValue,
      cost: now.cost - later.cost,
      approvedMilestoneValue: now.approvedMilestoneValue - later.approvedMilestoneValue,
    },
  };
}

/** An approved expense in another currency than its project's, as incurred (minor units of `currency`). */
export interface ForeignExpense {
  date: string;
  billable: boolean;
  amount: number;
  currency: string;
}

/**
 * One expense in its project's currency, minor units: as it is in that currency, else converted once
 * (fx.ts convertMinor, half away from zero) at `rateOn(currency, date)`, the ERP's DAILY rate of
 * currency→project currency in force on the expense date, the rule that prices a time entry's cost rate.
 */
export function expenseInProjectCurrency(expense: ForeignExpense, projectCurrency: string, rateOn: (currency: string, date: string) => string): number {
  if (expense.currency === projectCurrency) return expense.amount;
  return convertMinor(expense.amount, expense.currency, projectCurrency, rateOn(expense.currency, expense.date));
}

/**
 * A project's delivery with its expenses in other currencies added (docs/kpis.md, Inputs): each
 * expense converted on its own (expenseInProjectCurrency), billable ones added to the billable
 * expense value, every one to the cost. Entry by entry, as time is priced: the sum of converted
 * expenses, not a conversion of their sum.
 */
export function withForeignExpenses(
  delivery: DeliveryInputs,
  projectCurrency: string,
  expenses: readonly ForeignExpense[],
  rateOn: (currency: string, date: string) => string,
): DeliveryInputs {
  let billable = 0;
  let cost = 0;
  for (const expense of expenses) {
    const amount = expenseInProjectCurrency(expense, projectCurrency, rateOn);
    if (expense.billable) billable += amount;
    cost += amount;
  }
  return { ...delivery, billableExpenseValue: delivery.billableExpenseValue + billable, cost: delivery.cost + cost };
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

/**
 * What remains of the contract value, split so that no figure goes negative:
 * - backlog = bookings − billed for an open project (PLANNED, ACTIVE, ON_HOLD), never below zero;
 *   zero once the project is COMPLETED, CANCELLED or CLOSED;
 * - unconsumedContractValue = for a finished project, the contract value neither delivered
 *   (recognized) nor billed: bookings − max(billed, recognized), never below zero; zero while open;
 * - billedInAdvance = billed − bookings when billing ran beyond the contract value, else zero.
 */
export function contractRemainder(
  status: ProjectStatus,
  bookings: number,
  billed: number,
  recognized: number,
): { backlog: number; unconsumedContractValue: number; billedInAdvance: number } {
  const finished = isFinished(status);
  return {
    backlog: finished ? 0 : Math.max(0, bookings - billed),
    unconsumedContractValue: finished ? Math.max(0, bookings - Math.max(billed, recognized)) : 0,
    billedInAdvance: Math.max(0, billed - bookings),
  };
}

export function projectFinancials(inputs: FinancialInputs): FinancialFigures {
  const revenue = recognizedRevenue(inputs.billingModel, inputs.bookings, inputs.delivery, inputs.status);
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
    marginPct: roundedRatio(margin, revenue),
    ...contractRemainder(inputs.status, inputs.bookings, inputs.billed, revenue),
    burnPct: roundedRatio(cost, inputs.bookings),
    erpStatus: inputs.erpStatus,
  };
}

/** A project's cumulative income and cost as of a day, minor units of its currency. */
export type CumulativeFlows = Pick<FinancialFigures, 'billedToDate' | 'recognizedRevenue' | 'costToDate'>;

/** Nothing billed, recognized or spent: a project's cumulative figures before its first dated record. */
export const NO_FLOWS: CumulativeFlows = { billedToDate: 0, recognizedRevenue: 0, costToDate: 0 };

/** Income and cost over consecutive months, converted month by month (minor units of the reporting currency). */
export interface ConvertedFlows {
  billed: number;
  recognizedRevenue: number;
  cost: number;
  /** Σ each month's converted revenue less its converted cost. */
  margin: number;
}

/**
 * One project's income and cost over consecutive months (docs/kpis.md, Currencies and Trend): each
 * month's part is its cumulative figure at the month's end (`ends[i]`) less the one at the previous
 * month's end (`start` before the first month), converted on its own by `convert(amount, i)` (once,
 * at month i's average) and summed; margin is each month's converted revenue less its converted
 * cost. The trend's periods and the portfolio's to-date figures both add up months this way, so the
 * trend's months from a project's first one sum to the portfolio's figure to the minor unit.
 */
export function monthlyFlows(start: CumulativeFlows, ends: readonly CumulativeFlows[], convert: (amount: number, month: number) => number): ConvertedFlows {
  const flows: ConvertedFlows = { billed: 0, recognizedRevenue: 0, cost: 0, margin: 0 };
  let before = start;
  ends.forEach((after, month) => {
    const part = (pick: (figures: CumulativeFlows) => number) => convert(pick(after) - pick(before), month);
    const revenue = part((f) => f.recognizedRevenue);
    const cost = part((f) => f.costToDate);
    flows.billed += part((f) => f.billedToDate);
    flows.recognizedRevenue += revenue;
    flows.cost += cost;
    flows.margin += revenue - cost;
    before = after;
  });
  return flows;
}

/** A consultant's capacity, in hundredths of an hour. */
export interface CapacityInputs {
  weeklyHours: number;
  /** First and last employed day (hire and termination dates); null = unbounded. */
  activeFrom: string | null;
  activeTo: string | null;
  /** Hours off by date (time off, leave and holidays). */
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
 * The days of [from, to] on which the consultant is employed: from the later of `from` and the
 * hire date to the earlier of `to` and the termination date; null when they do not overlap.
 */
export function employedWindow(activeFrom: string | null, activeTo: string | null, from: string, to: string): { from: string; to: string } | null {
  const first = activeFrom !== null && activeFrom > from ? activeFrom : from;
  const last = activeTo !== null && activeTo < to ? activeTo : to;
  return first <= last ? { from: first, to: last } : null;
}

/**
 * Available time in [from, to], exact, in fifths of a hundredth of an hour (a day is weekly hours ÷ 5,
 * which hundredths cannot always hold): for each workday (Monday–Friday) on which the consultant is
 * employed (hire to termination date), weekly hours ÷ 5 less that day's time off or holiday, never
 * below zero on a day. Days before the hire date or after the termination date count nothing.
 */
export function availableFifths(capacity: CapacityInputs, from: string, to: string): number {
  const window = employedWindow(capacity.activeFrom, capacity.activeTo, from, to);
  if (window === null) return 0;
  const first = epochDay(window.from);
  const last = epochDay(window.to);
  let total = workdaysBetween(first, last) * capacity.weeklyHours;
  for (const [date, hours] of capacity.timeOff) {
    const day = epochDay(date);
    if (day >= first && day <= last && isWorkday(date)) total -= Math.min(capacity.weeklyHours, hours * 5);
  }
  return Math.max(0, total);
}

/** Available hours in [from, to] (see availableFifths), rounded once to a hundredth of an hour. */
export function availableHours(capacity: CapacityInputs, from: string, to: string): number {
  return Number(divideHalfAway(BigInt(availableFifths(capacity, from, to)), 5n));
}

export interface UtilizationFigures {
  /** Hundredths of an hour, rounded once from the exact availability. */
  availableHours: number;
  billableHours: number;
  utilization: number;
  target: number | null;
  attainment: number | null;
}

/**
 * The HCM's utilization target (a fraction held in basis points, 0.85 = 8500) as exact basis points.
 * Null or non-positive targets are no target.
 */
export function targetBasisPoints(target: number | null | undefined): number | null {
  if (target === null || target === undefined || !(target > 0)) return null;
  return Math.round(target * 10_000);
}

/**
 * Billable utilization = billable ÷ available hours (0 when nothing is available); attainment =
 * billable ÷ (available × target), both from the exact hours (available in fifths of a hundredth,
 * see availableFifths) and rounded once to RATIO_DECIMALS decimals, half away from zero; attainment
 * is null without a target.
 */
export function utilization(billableHours: number, availableInFifths: number, target: number | null): UtilizationFigures {
  const basisPoints = targetBasisPoints(target);
  const billableFifths = BigInt(billableHours) * 5n;
  const available = BigInt(availableInFifths);
  return {
    availableHours: Number(divideHalfAway(available, 5n)),
    billableHours,
    utilization: roundedRatio(billableFifths, available) ?? 0,
    target,
    attainment: basisPoints === null ? null : (roundedRatio(billableFifths * 10_000n, available * BigInt(basisPoints)) ?? 0),
  };
}

/**
 * Available time in thousandths of an hour, which hold a fifth of a hundredth exactly (a fifth of a
 * hundredth is two thousandths): how the HCM hands availability to the portfolio's utilization.
 */
export function fifthsToThousandths(availableInFifths: number): number {
  return availableInFifths * 2;
}

/**
 * Portfolio utilization = Σ billable hours (hundredths) ÷ Σ available hours (thousandths, exact),
 * rounded once to RATIO_DECIMALS decimals; null when nothing is available.
 */
export function pooledUtilization(billableHours: number, availableThousandths: number): number | null {
  return roundedRatio(BigInt(billableHours) * 10n, availableThousandths);
}
