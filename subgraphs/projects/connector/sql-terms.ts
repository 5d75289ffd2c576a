/** SQL terms the PSA's reads share (sql.ts, trend.ts): the approved statuses as SQL lists, and hours × rate per entry. */
import { APPROVED_TIMECARD_LABELS, expenseStatuses, milestoneStatuses } from './labels.ts';

export const APPROVED = `(${APPROVED_TIMECARD_LABELS.map((label) => `'${label}'`).join(', ')})`;
export const APPROVED_EXPENSE = `'${expenseStatuses.labelOf('APPROVED')}'`;
export const APPROVED_MILESTONE = `'${milestoneStatuses.labelOf('APPROVED')}'`;

/** Value in minor units of `hours` (hundredths) at `rate`, rounded half away from zero, per entry, in SQL. */
export function valueOfHoursSql(hours: string, rate: string): string {
  const product = `(${hours} * ${rate})`;
  return `(CASE WHEN ${product} >= 0 THEN (${product} + 50) / 100 ELSE -((-${product} + 50) / 100) END)`;
}
