/**
 * The exact currency conversion primitive (subgraphs/shared/fx.ts): rates parsed exactly, one
 * rounding half away from zero at the target currency's ISO 4217 scale, and the documented bound on
 * converting-then-summing versus summing-then-converting (⌊n/2⌋ minor units).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conversionSumBound, convertMinor, formatRate, normalizeRate, parseRate } from '../subgraphs/shared/fx.ts';

describe('parseRate', () => {
  it('parses a decimal rate exactly and canonically', () => {
    expect(parseRate('1.0873')).toEqual({ units: 10873n, scale: 4 });
    expect(normalizeRate('001.5000')).toBe('1.5');
    expect(normalizeRate('3')).toBe('3');
    expect(normalizeRate('0.0000000001')).toBe('0.0000000001');
    expect(formatRate({ units: 5n, scale: 3 })).toBe('0.005');
  });

  it('refuses zero, negative, malformed and unbounded rates', () => {
    for (const text of ['0', '0.000', '-1.2', '1e3', '', '.5', '1.', '1,5', '1234567.1', '1.12345678901', ' 1.2', 'NaN']) {
      expect(parseRate(text), text).toBeNull();
    }
  });
});

describe('convertMinor', () => {
  it('converts between two-decimal currencies, rounding once half away from zero', () => {
    // 100.00 EUR × 1.0873 = 108.73 USD exactly.
    expect(convertMinor(10_000, 'EUR', 'USD', '1.0873')).toBe(10_873);
    // 0.05 EUR × 1.1 = 0.055 USD → 0.06 (half away from zero); −0.05 → −0.06.
    expect(convertMinor(5, 'EUR', 'USD', '1.1')).toBe(6);
    expect(convertMinor(-5, 'EUR', 'USD', '1.1')).toBe(-6);
    // 0.01 × 1.4999 = 0.014999 → 0.01.
    expect(convertMinor(1, 'EUR', 'USD', '1.4999')).toBe(1);
  });

  it('converts to and from a three-decimal currency (KWD)', () => {
    // 1000.000 KWD × 3.2541 = 3254.10 USD.
    expect(convertMinor(1_000_000, 'KWD', 'USD', '3.2541')).toBe(325_410);
    // 0.001 KWD × 3.2541 = 0.0032541 USD → 0.00.
    expect(convertMinor(1, 'KWD', 'USD', '3.2541')).toBe(0);
    // 0.002 KWD × 3.25 = 0.0065 USD → 0.01.
    expect(convertMinor(2, 'KWD', 'USD', '3.25')).toBe(1);
    // 100.00 USD × 0.30731 = 30.731 KWD.
    expect(convertMinor(10_000, 'USD', 'KWD', '0.30731')).toBe(30_731);
    // 0.01 USD × 0.30735 = 0.0030735 KWD → 0.003.
    expect(convertMinor(1, 'USD', 'KWD', '0.30735')).toBe(3);
  });

  it('converts to and from a zero-decimal currency (JPY)', () => {
    // 100.00 USD × 151.235 = 15123.5 JPY → 15124.
    expect(convertMinor(10_000, 'USD', 'JPY', '151.235')).toBe(15_124);
    // 1 JPY × 0.0066 = 0.0066 USD → 0.01; 10000 JPY × 0.0066 = 66.00 USD.
    expect(convertMinor(1, 'JPY', 'USD', '0.0066')).toBe(1);
    expect(convertMinor(10_000, 'JPY', 'USD', '0.0066')).toBe(6_600);
    // 1000 JPY × 0.002 = 2.000 KWD.
    expect(convertMinor(1_000, 'JPY', 'KWD', '0.002')).toBe(2_000);
  });

  it('is exact beyond float precision', () => {
    // 999,999,999.99 USD × 0.9123456789 = 912,345,678.890654... EUR → 912345678.89.
    expect(convertMinor(99_999_999_999, 'USD', 'EUR', '0.9123456789')).toBe(91_234_567_889);
    expect(() => convertMinor(Number.MAX_SAFE_INTEGER, 'KWD', 'JPY', '999999')).toThrow(RangeError);
  });

  it('refuses a malformed rate', () => {
    expect(() => convertMinor(100, 'EUR', 'USD', '0')).toThrow(RangeError);
  });
});

describe('converting and summing in either order', () => {
  const currencies = ['USD', 'EUR', 'KWD', 'JPY'] as const;
  const rate = fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9_999_999_999 }), fc.integer({ min: 0, max: 10 }))
    .map(([whole, fraction, digits]) => `${whole}${digits === 0 ? '' : `.${String(fraction).padStart(10, '0').slice(0, digits)}`}`)
    .filter((text) => parseRate(text) !== null);

  // Amounts and rates small enough that every sum converts to a safe integer (JPY to KWD multiplies by 1000).
  it('differs by at most ⌊n/2⌋ minor units', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...currencies),
        fc.constantFrom(...currencies),
        rate,
        fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { minLength: 1, maxLength: 40 }),
        (from, to, text, amounts) => {
          const total = amounts.reduce((sum, amount) => sum + amount, 0);
          const convertedThenSummed = amounts.reduce((sum, amount) => sum + convertMinor(amount, from, to, text), 0);
          const summedThenConverted = convertMinor(total, from, to, text);
          expect(Math.abs(summedThenConverted - convertedThenSummed)).toBeLessThanOrEqual(conversionSumBound(amounts.length));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reaches the bound: two amounts of half a minor unit each', () => {
    // 0.05 EUR × 0.1 = 0.005 USD → 0.01 each, 0.02 summed; 0.10 EUR × 0.1 = 0.01 USD.
    const amounts = [5, 5];
    const one = amounts.reduce((sum, amount) => sum + convertMinor(amount, 'EUR', 'USD', '0.1'), 0);
    expect(one - convertMinor(10, 'EUR', 'USD', '0.1')).toBe(conversionSumBound(2));
    expect(conversionSumBound(1)).toBe(0);
    expect(conversionSumBound(3)).toBe(1);
  });
});
