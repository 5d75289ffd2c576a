/**
 * Money and quantities are integers inside (minor units, hundredths of an hour) and exact
 * decimal strings outside; nothing here touches a float (ratios are kpi.ts's `roundedRatio`).
 */
import currencyCodes from 'currency-codes';

/** GraphQL `Money`: `amount` is a `Decimal` string. */
export interface Money {
  amount: string;
  currency: string;
}

/** Digits per active ISO 4217 code, read once: the package's lookups scan its whole list per call. */
const DIGITS_OF = new Map<string, number>(currencyCodes.data.map((record) => [record.code, record.digits]));

/** Is `code` an active ISO 4217 currency code (upper case, as the standard writes it)? */
export function isCurrencyCode(code: string): boolean {
  return DIGITS_OF.has(code);
}

/**
 * Digits after the decimal point of an ISO 4217 currency, from the standard's own list (the
 * currency-codes package carries ISO's list one): USD 2, JPY 0, UGX 0, KWD 3. A code the standard
 * does not list is a programming error here: inputs are checked with `isCurrencyCode` at the edge.
 */
export function currencyDigits(currency: string): number {
  const digits = DIGITS_OF.get(currency);
  if (digits === undefined) throw new RangeError(`"${currency}" is not an ISO 4217 currency code`);
  return digits;
}

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

/** Formats an integer count of 10^-digits units as an exact decimal string: 123450 → "1234.50". */
export function formatScaled(units: number, digits: number): string {
  assertSafeInteger(units, 'scaled amount');
  const negative = units < 0;
  const digitsText = Math.abs(units)
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits === 0 ? digitsText : digitsText.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${digitsText.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** Parses an exact decimal string into integer units of 10^-digits; null when malformed or too precise. */
export function parseScaled(text: string, digits: number): number | null {
  const match = /^(-)?(\d{1,15})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[3] ?? '';
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) return null;
  const units = Number(match[2] + fraction.slice(0, digits).padEnd(digits, '0'));
  if (!Number.isSafeInteger(units)) return null;
  return match[1] ? -units : units;
}

/**
 * The bound on every stored quantity. An amount given to a write (a change order's delta, a payment,
 * a contract amendment) and every stored total it changes (a project's bookings, a contract's value)
 * stay within ±MAX_AMOUNT_MINOR minor units: 1,000,000,000.00 in a two-digit currency. Hours given and
 * stored (budget hours after any number of change orders) stay within 0..MAX_CENTI_HOURS hundredths
 * (1,000,000 hours). With these bounds every roll-up the hub computes stays a safe integer: a region's
 * portfolio may sum 90,000 projects at the maximum, and hours times any rate stays below 2^53.
 */
export const MAX_AMOUNT_MINOR = 100_000_000_000;
/** Hundredths of an hour; see MAX_AMOUNT_MINOR. */
export const MAX_CENTI_HOURS = 100_000_000;

/** True when `units` is an integer within ±MAX_AMOUNT_MINOR. */
export function isBoundedAmount(units: number): boolean {
  return Number.isSafeInteger(units) && Math.abs(units) <= MAX_AMOUNT_MINOR;
}

/** True when `centiHours` is an integer within ±MAX_CENTI_HOURS. */
export function isBoundedHours(centiHours: number): boolean {
  return Number.isSafeInteger(centiHours) && Math.abs(centiHours) <= MAX_CENTI_HOURS;
}

/** Parses an amount and holds it to the bound; null when malformed, too precise or out of bounds. */
export function parseAmount(text: string, currency: string): number | null {
  const units = parseScaled(text, currencyDigits(currency));
  return units !== null && isBoundedAmount(units) ? units : null;
}

/** Parses hours and holds them to the bound; null when malformed, too precise or out of bounds. */
export function parseBoundedHours(text: string): number | null {
  const hundredths = parseScaled(text, 2);
  return hundredths !== null && isBoundedHours(hundredths) ? hundredths : null;
}

/** The largest amount a write accepts, as a decimal string in `currency` ("1000000000.00"). */
export function maxAmountText(currency: string): string {
  return formatScaled(MAX_AMOUNT_MINOR, currencyDigits(currency));
}

/** The largest number of hours a write accepts ("1000000.00"). */
export function maxHoursText(): string {
  return formatScaled(MAX_CENTI_HOURS, 2);
}

export function money(minorUnits: number, currency: string): Money {
  return { amount: formatScaled(minorUnits, currencyDigits(currency)), currency };
}

/** Hundredths of an hour in an exact decimal string ("7.50" → 750); throws on anything else. */
export function parseHours(text: string): number {
  const hundredths = parseScaled(text, 2);
  if (hundredths === null) throw new RangeError(`malformed hours "${text}"`);
  return hundredths;
}

/** Hours are stored as integer hundredths of an hour. */
export function formatHours(centiHours: number): string {
  return formatScaled(centiHours, 2);
}

/** Divides two integers, rounding half away from zero: exact for any safe-integer inputs. */
export function divideRounded(numerator: number, denominator: number): number {
  assertSafeInteger(numerator, 'numerator');
  assertSafeInteger(denominator, 'denominator');
  if (denominator === 0) throw new RangeError('division by zero');
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  const quotient = Math.floor(n / d);
  const remainder = n - quotient * d;
  return sign * (remainder * 2 >= d ? quotient + 1 : quotient);
}

/** Value of `centiHours` at `rateMinor` per hour, in minor units, rounded half away from zero. */
export function valueOfHours(centiHours: number, rateMinor: number): number {
  return divideRounded(centiHours * rateMinor, 100);
}

/** An amount as a person reads it: "39055.00 USD". */
export function describeAmount(minorUnits: number, currency: string): string {
  return `${formatScaled(minorUnits, currencyDigits(currency))} ${currency}`;
}
