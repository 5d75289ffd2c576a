/** Reads the PSA figures the gateway hands over through @requires into integers. */
import { badUserInput } from '../../../platform/errors.ts';
import type { DeliveryInputs } from '../../shared/kpi.ts';
import type { BillingModel } from '../../shared/labels.ts';
import { PROJECT_TRANSITIONS, type ProjectStatus } from '../../shared/lifecycles.ts';
import { currencyDigits, parseHours, parseScaled, type Money } from '../../shared/money.ts';

/** DeliveryTotals as it arrives in a representation (the fields finance requires). */
export interface DeliveryTotalsInput {
  approvedHours: string;
  remainingPlannedHours: string;
  billableTimeValue: Money;
  billableExpenseValue: Money;
  cost: Money;
  approvedMilestoneValue: Money;
}

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
