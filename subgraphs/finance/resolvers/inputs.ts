/** Reads the PSA figures the gateway hands over through @requires into integers. */
import { badUserInput } from '../../../platform/errors.ts';
import type { DeliveryInputs } from '../../shared/kpi.ts';
import type { BillingModel } from '../../shared/labels.ts';
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
  bookings: Money;
  deliveryTotals: DeliveryTotalsInput;
}

function malformed(what: string) {
  return badUserInput(null, `Malformed ${what} in an entity representation`);
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
