/**
 * Accounting periods: calendar months written `YYYY-MM`. A period is in the future when it starts
 * after the business date; the business date's own month is not (it may be closed early).
 */
/**
 * Periods belong to a legal entity, as the ERP books it: the ERP subsidiary of a customer
 * (`LegalEntity.erpSubsidiary`); a customer without one books with this, NetSuite's top-level
 * subsidiary.
 */
export const PARENT_SUBSIDIARY = 'Parent Company';

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when `value` is a calendar month `YYYY-MM` (years 0001 to 9999). */
export function isPeriod(value: unknown): value is string {
  return typeof value === 'string' && PERIOD_PATTERN.test(value) && value.slice(0, 4) !== '0000';
}

/** The period a date (`YYYY-MM-DD`) falls in. */
export function periodOf(date: string): string {
  return date.slice(0, 7);
}

/** The first day of a period. */
export function periodStart(period: string): string {
  return `${period}-01`;
}

/** The last day of a period. */
export function periodEnd(period: string): string {
  const [year, month] = period.split('-').map(Number);
  // Day 0 of the next month is the last day of this one (setUTCFullYear: Date.UTC maps years 0–99 onto the 1900s).
  const end = new Date(0);
  end.setUTCFullYear(year, month, 0);
  return end.toISOString().slice(0, 10);
}

/** True when `period` starts after `asOf` (a date). */
export function isFuturePeriod(period: string, asOf: string): boolean {
  return period > periodOf(asOf);
}
