/** The pure building blocks: exact money, hub ids, cursors and the KPI formulas' edge cases. */
import { describe, expect, it } from 'vitest';
import { salesforceId, salesforceSuffix, toHubId, tryNativeId } from '../subgraphs/shared/ids.ts';
import { availableHours, projectFinancials, recognizedRevenue, type DeliveryInputs } from '../subgraphs/shared/kpi.ts';
import { currencyDigits, divideRounded, formatScaled, isCurrencyCode, money, parseScaled, valueOfHours } from '../subgraphs/shared/money.ts';
import { decodeCursor, encodeCursor, pageRequest } from '../subgraphs/shared/pagination.ts';

describe('money', () => {
  it('formats and parses exact decimals', () => {
    expect(formatScaled(123450, 2)).toBe('1234.50');
    expect(formatScaled(-5, 2)).toBe('-0.05');
    expect(formatScaled(0, 2)).toBe('0.00');
    expect(money(1999, 'JPY')).toEqual({ amount: '1999', currency: 'JPY' });
    expect(parseScaled('1234.5', 2)).toBe(123450);
    expect(parseScaled('-0.05', 2)).toBe(-5);
    expect(parseScaled('1.230', 2)).toBe(123);
    expect(parseScaled('1.235', 2)).toBeNull();
    expect(parseScaled('1e3', 2)).toBeNull();
    expect(parseScaled('0.1 ', 2)).toBe(10);
  });

  it('takes each currency’s minor-unit scale from ISO 4217', () => {
    expect(
      Object.fromEntries(
        ['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'UGX', 'CLP', 'KWD', 'BHD', 'OMR', 'JOD', 'TND', 'IQD'].map((code) => [code, currencyDigits(code)]),
      ),
    ).toEqual({
      USD: 2,
      EUR: 2,
      GBP: 2,
      JPY: 0,
      KRW: 0,
      UGX: 0,
      CLP: 0,
      KWD: 3,
      BHD: 3,
      OMR: 3,
      JOD: 3,
      TND: 3,
      IQD: 3,
    });
    expect(money(1_234_567, 'KWD')).toEqual({ amount: '1234.567', currency: 'KWD' });
    expect(money(1999, 'UGX')).toEqual({ amount: '1999', currency: 'UGX' });
    for (const code of ['usd', 'ABC', 'US', 'USDD', '']) {
      expect(isCurrencyCode(code), code).toBe(false);
      expect(() => currencyDigits(code), code).toThrow(RangeError);
    }
  });

  it('rounds half away from zero without floats', () => {
    expect(divideRounded(5, 2)).toBe(3);
    expect(divideRounded(-5, 2)).toBe(-3);
    expect(divideRounded(4, 3)).toBe(1);
    expect(valueOfHours(750, 15000)).toBe(112500);
    expect(valueOfHours(333, 12345)).toBe(41109); // 3.33 h × 123.45 = 411.0885 → 411.09
    expect(() => valueOfHours(0.5, 3)).toThrow(RangeError);
  });
});

describe('ids', () => {
  it('computes the Salesforce case-safety suffix', () => {
    // The documented example: 001A0000006Vm9r → 001A0000006Vm9rIAC.
    expect(salesforceSuffix('001A0000006Vm9r')).toBe('IAC');
    expect(salesforceId('001', 1)).toMatch(/^0015g0000000001[A-Z0-5]{3}$/);
  });

  it('round-trips hub ids and refuses another type or a forged id', () => {
    const id = toHubId('Project', 'PRJ-2026-0042');
    expect(id).toBe('prj_UFJKLTIwMjYtMDA0Mg');
    expect(tryNativeId('Project', id)).toBe('PRJ-2026-0042');
    expect(tryNativeId('Customer', id)).toBeNull();
    expect(tryNativeId('Project', toHubId('Project', 'PRJ-26-1'))).toBeNull();
    expect(tryNativeId('Project', 'prj_UFJKLTIwMjYtMDA0Mg==')).toBeNull();
  });
});

describe('pagination', () => {
  it('round-trips cursors and bounds first', () => {
    expect(decodeCursor(encodeCursor('2026-09-01|TC-0000001'))).toBe('2026-09-01|TC-0000001');
    expect(() => decodeCursor('abc')).toThrow(/after/);
    expect(pageRequest({})).toEqual({ limit: 50, afterKey: null });
    expect(pageRequest({ first: 0 })).toEqual({ limit: 0, afterKey: null });
    expect(() => pageRequest({ first: 501 })).toThrow(/"first"/);
  });
});

describe('KPI formulas', () => {
  const delivery: DeliveryInputs = {
    approvedHours: 60_000,
    remainingPlannedHours: 0,
    billableTimeValue: 0,
    billableExpenseValue: 0,
    cost: 10_000,
    approvedMilestoneValue: 0,
  };

  it('caps fixed-fee revenue at the contract value', () => {
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, delivery)).toBe(5_000_000);
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, { ...delivery, approvedHours: 0 })).toBe(0);
  });

  it('reports billing ahead of work as no WIP and leaves ratios null without a base', () => {
    const figures = projectFinancials({
      billingModel: 'RETAINER',
      currency: 'USD',
      bookings: 0,
      delivery: { ...delivery, billableTimeValue: 100 },
      billed: 500,
      invoicedItems: 500,
      erpStatus: 'OPEN',
    });
    expect(figures.unbilledWip).toBe(0);
    expect(figures.burnPct).toBeNull();
    expect(figures.backlog).toBe(-500);
  });

  it('counts available hours on workdays of employment, less time off', () => {
    const capacity = {
      weeklyHours: 4000,
      activeFrom: '2026-09-02',
      activeTo: '2026-09-10',
      timeOff: new Map([
        ['2026-09-08', 400],
        ['2026-09-12', 800],
        ['2026-09-01', 800],
      ]),
    };
    // Employed Wed 2 – Thu 10 September: 7 workdays × 8h, less a half day on the 8th (the 12th is a
    // Saturday, the 1st is before employment).
    expect(availableHours(capacity, '2026-09-01', '2026-09-30')).toBe(7 * 800 - 400);
    expect(availableHours(capacity, '2026-09-05', '2026-09-06')).toBe(0);
  });
});
