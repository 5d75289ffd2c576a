/** Calendar dates are ISO `YYYY-MM-DD` strings everywhere (stores, API, KPI windows). */
import { badUserInput } from '../../platform/errors.ts';
import { env } from '../../platform/env.ts';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  // A day of the proleptic Gregorian calendar, years 0000 to 9999 (by arithmetic: this runs per row).
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]);
}

/** Validates an optional date argument; a malformed one is BAD_USER_INPUT naming `argument`. */
export function dateArg(value: unknown, argument: string): string | null {
  if (value === null || value === undefined) return null;
  if (!isIsoDate(value)) throw badUserInput(argument, `"${String(value)}" is not a date (YYYY-MM-DD)`);
  return value;
}

/** Validates an optional instant argument (ISO 8601); resolves it to its UTC ISO form. A malformed one is BAD_USER_INPUT naming `argument`. */
export function instantArg(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (dateArg(value.slice(0, 10), argument) === null || Number.isNaN(Date.parse(value))) throw badUserInput(argument, `"${value}" is not an ISO 8601 instant`);
  return new Date(value).toISOString();
}

/** Like `dateArg`, for a date that must be given. */
export function requiredDateArg(value: unknown, argument: string): string {
  const date = dateArg(value, argument);
  if (date === null) throw badUserInput(argument, 'is required');
  return date;
}

/** Validates a date range; `from` after `to` is BAD_USER_INPUT. */
export function dateRangeArgs(from: unknown, to: unknown, prefix = ''): { from: string | null; to: string | null } {
  const range = { from: dateArg(from, `${prefix}from`), to: dateArg(to, `${prefix}to`) };
  if (range.from && range.to && range.from > range.to) throw badUserInput(`${prefix}from`, 'must not be after "to"');
  return range;
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Monday to Friday. */
export function isWorkday(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

/** The business date KPIs are computed against: OPSGRAPH_AS_OF, else today (UTC). */
export function businessDate(): string {
  return env.asOfDate() ?? new Date().toISOString().slice(0, 10);
}
