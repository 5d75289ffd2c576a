/**
 * Money and quantities are integers inside (minor units, hundredths of an hour) and exact
 * decimal strings outside. Nothing here touches a float except `ratio`, which produces the
 * dimensionless percentages the schema types as Float.
 */

/** GraphQL `Money`: `amount` is a `Decimal` string. */
export interface Money {
  amount: string;
  currency: string;
}

const ZERO_DECIMAL_CURRENCIES = new Set(['JPY', 'KRW', 'CLP', 'VND', 'ISK']);

/** Digits after the decimal point of an ISO 4217 currency (2 unless listed). */
export function currencyDigits(currency: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(currency) ? 0 : 2;
}

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

/** Formats an integer count of 10^-digits units as an exact decimal string: 123450 → "1234.50". */
export function formatScaled(units: number, digits: number): string {
  assertSafeInteger(units, 'scaled amount');
  const negative = units < 0;
  const digitsText = Math.abs(units).toString().padStart(digits + 1, '0');
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

/** A dimensionless ratio for Float fields; null when the denominator is zero. */
export function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 10000) / 10000;
}
