/**
 * Currency conversion, exact: an amount in integer minor units of one currency times a decimal
 * exchange rate, rounded once to the minor unit of the other currency, half away from zero. The rate
 * is parsed into a rational (an integer over a power of ten) and the product is computed on BigInts,
 * so nothing here touches a float.
 *
 * Rounding bound (docs/kpis.md, "Currencies"): converting n amounts one by one and summing differs
 * from summing them and converting once by at most ⌊n/2⌋ minor units of the target currency. Proof:
 * with x_i the exact converted amounts and x = Σ x_i, let e_0 = round(x) − x and e_i = round(x_i) − x_i;
 * each |e| ≤ ½, so D = round(x) − Σ round(x_i) = e_0 − Σ e_i has |D| ≤ (n+1)/2. Equality would need
 * e_0 and every −e_i to be ±½ with the same sign; half away from zero gives e = +½ only to a positive
 * value and −½ only to a negative one, so e_0 = +½ (x > 0) would need every x_i < 0 (and conversely):
 * impossible. D is an integer strictly below (n+1)/2 in magnitude, hence |D| ≤ ⌊n/2⌋. The bound is
 * tight: two amounts each converting to exactly half a minor unit give 1 + 1 apart from round(1) = 1.
 */
import { currencyDigits } from './money.ts';

/** Digits a rate may carry before and after its decimal point. */
export const RATE_INTEGER_DIGITS = 6;
export const RATE_FRACTION_DIGITS = 10;

/** A positive exchange rate as a rational: `units` ÷ 10^`scale`. */
export interface ExactRate {
  units: bigint;
  scale: number;
}

const RATE_PATTERN = new RegExp(`^(\\d{1,${RATE_INTEGER_DIGITS}})(?:\\.(\\d{1,${RATE_FRACTION_DIGITS}}))?$`);

/**
 * Parses a rate ("1.0873"): a positive decimal with at most RATE_INTEGER_DIGITS digits before and
 * RATE_FRACTION_DIGITS after the point; null when malformed, zero or beyond those bounds.
 */
export function parseRate(text: string): ExactRate | null {
  const match = RATE_PATTERN.exec(text);
  if (!match) return null;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  const units = BigInt(match[1] + fraction);
  if (units === 0n) return null;
  return { units, scale: fraction.length };
}

/** The canonical text of a rate: no leading zeros before the point, no trailing zeros after it ("01.50" → "1.5"). */
export function formatRate(rate: ExactRate): string {
  const digits = rate.units.toString().padStart(rate.scale + 1, '0');
  if (rate.scale === 0) return digits;
  return `${digits.slice(0, -rate.scale)}.${digits.slice(-rate.scale)}`;
}

/** Normalizes a rate's text; null when it is not a rate parseRate accepts. */
export function normalizeRate(text: string): string | null {
  const rate = parseRate(text);
  return rate === null ? null : formatRate(rate);
}

/** n ÷ d (d > 0) rounded half away from zero. */
function divideHalfAwayFromZero(n: bigint, d: bigint): bigint {
  const magnitude = n < 0n ? -n : n;
  const quotient = magnitude / d;
  const rounded = (magnitude % d) * 2n >= d ? quotient + 1n : quotient;
  return n < 0n ? -rounded : rounded;
}

/**
 * `minorUnits` of `from` in minor units of `to` at `rate` (units of `to` per unit of `from`): the
 * exact product amount × rate × 10^digits(to) ÷ 10^digits(from), rounded once, half away from zero.
 * Throws a RangeError when the result is not a safe integer (amounts are bounded far below that).
 */
export function convertMinor(minorUnits: number, from: string, to: string, rate: ExactRate | string): number {
  if (!Number.isSafeInteger(minorUnits)) throw new RangeError(`amount must be a safe integer, got ${minorUnits}`);
  const exact = typeof rate === 'string' ? parseRate(rate) : rate;
  if (exact === null) throw new RangeError(`"${rate}" is not an exchange rate`);
  const numerator = BigInt(minorUnits) * exact.units * 10n ** BigInt(currencyDigits(to));
  const denominator = 10n ** BigInt(currencyDigits(from) + exact.scale);
  const result = divideHalfAwayFromZero(numerator, denominator);
  if (result > BigInt(Number.MAX_SAFE_INTEGER) || result < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`converted amount out of range (${minorUnits} ${from} at ${formatRate(exact)})`);
  }
  return Number(result);
}

/** The most, in minor units of the target currency, that converting n amounts one by one and summing may differ from converting their sum. */
export function conversionSumBound(n: number): number {
  return Math.floor(n / 2);
}
