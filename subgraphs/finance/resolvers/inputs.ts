/** Reads the PSA figures the gateway hands over through @requires into integers. */
import { badUserInput } from '../../../platform/errors.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { expenseInProjectCurrency, withForeignExpenses, type DeliveryInputs, type ForeignExpense } from '../../shared/kpi.ts';
import type { BillingModel } from '../../shared/labels.ts';
import { PROJECT_TRANSITIONS, type ProjectStatus } from '../../shared/lifecycles.ts';
import { currencyDigits, isCurrencyCode, parseHours, parseScaled, type Money } from '../../shared/money.ts';
import type { FinanceLoaders } from '../loaders.ts';

/** An approved expense in another currency than its project's, as the PSA hands it over (DeliveryTotals.foreignExpenses). */
export interface ForeignExpenseInput {
  date: string;
  billable: boolean;
  amount: Money;
}

/** DeliveryTotals as it arrives in a representation (the fields finance requires). */
export interface DeliveryTotalsInput {
  approvedHours: string;
  remainingPlannedHours: string;
  billableTimeValue: Money;
  billableExpenseValue: Money;
  cost: Money;
  approvedMilestoneValue: Money;
  /** Absent from a representation made without it: no expense in another currency. */
  foreignExpenses?: ForeignExpenseInput[] | null;
}

/** What to raise when the ERP holds no DAILY rate an expense needs (never a rate of 1). */
export type MissingRate = (rate: { rateType: 'DAILY'; from: string; to: string; date: string }) => Error;

export interface ProjectInputs {
  billingModel: BillingModel;
  status: ProjectStatus;
  bookings: Money;
  deliveryTotals: DeliveryTotalsInput;
}

function malformed(what: string) {
  return badUserInput(null, `Malformed ${what} in an entity representation`);
}

/** The project status of a representation; anything but a canonical ProjectStatus is malformed. */
export function projectStatus(value: unknown): ProjectStatus {
  if (typeof value !== 'string' || !Object.hasOwn(PROJECT_TRANSITIONS, value)) throw malformed(`project status ${JSON.stringify(value)}`);
  return value as ProjectStatus;
}

export function minorUnits(value: Money, currency: string): number {
  if (value.currency !== currency) throw malformed(`currency ${value.currency} (expected ${currency})`);
  const units = parseScaled(value.amount, currencyDigits(currency));
  if (units === null) throw malformed(`amount "${value.amount}"`);
  return units;
}

export function deliveryInputs(totals: DeliveryTotalsInput, currency: string): DeliveryInputs {
  return {
    approvedHours: parseHours(totals.approvedHours),
    remainingPlannedHours: parseHours(totals.remainingPlannedHours),
    billableTimeValue: minorUnits(totals.billableTimeValue, currency),
    billableExpenseValue: minorUnits(totals.billableExpenseValue, currency),
    cost: minorUnits(totals.cost, currency),
    approvedMilestoneValue: minorUnits(totals.approvedMilestoneValue, currency),
  };
}

/** The foreign expenses of a representation, in minor units of each one's currency; malformed ones are refused. */
export function foreignExpensesOf(totals: DeliveryTotalsInput, projectCurrency: string): ForeignExpense[] {
  const list = totals.foreignExpenses ?? [];
  if (!Array.isArray(list)) throw malformed('foreignExpenses');
  return list.map((expense) => {
    const currency = expense?.amount?.currency;
    if (!isIsoDate(expense?.date) || typeof expense.billable !== 'boolean' || typeof currency !== 'string' || !isCurrencyCode(currency)) {
      throw malformed('foreign expense');
    }
    if (currency === projectCurrency) throw malformed(`foreign expense in the project's currency ${currency}`);
    return { date: expense.date, billable: expense.billable, currency, amount: minorUnits(expense.amount, currency) };
  });
}

/**
 * The project's delivery in its currency (docs/kpis.md, Inputs): the PSA's totals, which sum the
 * expenses in the project's currency only, plus each expense in another currency converted once at
 * the ERP's DAILY rate in force on its date (shared/kpi.ts withForeignExpenses), the rates read in
 * one batch for every project and checkpoint of the request (loaders.dailyRate). A rate the ERP does
 * not hold raises `missing(rate)`: the figure is refused, never converted at 1 nor dropped.
 */
export async function deliveryInProjectCurrency(
  totals: DeliveryTotalsInput,
  currency: string,
  loaders: Pick<FinanceLoaders, 'dailyRate'>,
  missing: MissingRate,
): Promise<DeliveryInputs> {
  const delivery = deliveryInputs(totals, currency);
  const converted = await foreignExpensesInProjectCurrency(totals, currency, loaders, missing);
  return converted.length === 0 ? delivery : withForeignExpenses(delivery, currency, converted, alreadyConverted);
}

/** The rate of an expense already in the project's currency: none is needed (withForeignExpenses adds it as it is). */
export const alreadyConverted = (from: string): string => {
  throw new Error(`no rate needed for an expense already converted (${from})`);
};

/**
 * Each expense of `totals` in another currency than the project's, converted once (shared/kpi.ts
 * expenseInProjectCurrency) at the DAILY rate in force on its date: the same expense in the project's
 * currency, for withForeignExpenses to add as it is (the portfolio's history adds those dated by
 * each month end, converted once for every month).
 */
export async function foreignExpensesInProjectCurrency(
  totals: DeliveryTotalsInput,
  currency: string,
  loaders: Pick<FinanceLoaders, 'dailyRate'>,
  missing: MissingRate,
): Promise<ForeignExpense[]> {
  const foreign = foreignExpensesOf(totals, currency);
  if (foreign.length === 0) return [];
  const keyOf = (from: string, date: string) => `${from}|${currency}|${date}`;
  const keys = [...new Set(foreign.map((expense) => keyOf(expense.currency, expense.date)))];
  const found = await loaders.dailyRate.loadMany(keys);
  const rates = new Map<string, string>();
  keys.forEach((key, i) => {
    const rate = found[i];
    if (rate instanceof Error) throw rate;
    const [from, , date] = key.split('|') as [string, string, string];
    if (!rate) throw missing({ rateType: 'DAILY', from, to: currency, date });
    rates.set(key, rate.rate);
  });
  return foreign.map((expense) => ({
    date: expense.date,
    billable: expense.billable,
    currency,
    amount: expenseInProjectCurrency(expense, currency, (from, date) => rates.get(keyOf(from, date)) as string),
  }));
}
