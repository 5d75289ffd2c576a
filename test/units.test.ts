/** The pure building blocks: exact money, hub ids, cursors and the KPI formulas' edge cases. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../platform/env.ts';
import { salesforceId, salesforceSuffix, toHubId, tryNativeId } from '../subgraphs/shared/ids.ts';
import {
  availableFifths,
  availableHours,
  contractRemainder,
  employedWindow,
  fifthsToThousandths,
  pooledUtilization,
  projectFinancials,
  recognizedRevenue,
  remainingEstimate,
  roundedRatio,
  targetBasisPoints,
  utilization,
  type DeliveryInputs,
  type FinancialInputs,
} from '../subgraphs/shared/kpi.ts';
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
  const inputs = (overrides: Partial<FinancialInputs>): FinancialInputs => ({
    billingModel: 'TIME_AND_MATERIALS',
    status: 'ACTIVE',
    currency: 'USD',
    bookings: 0,
    delivery,
    billed: 0,
    invoicedItems: 0,
    erpStatus: 'OPEN',
    ...overrides,
  });

  it('caps fixed-fee revenue at the contract value', () => {
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, delivery, 'ACTIVE')).toBe(5_000_000);
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, { ...delivery, approvedHours: 0 }, 'ACTIVE')).toBe(0);
  });

  it('recognizes exactly the contract value of a delivered fixed fee, and percent complete of a cancelled one', () => {
    // 600h approved, 150h still planned: 600 ÷ 750 = 80 % of 50000.00 while the project runs.
    const running = { ...delivery, remainingPlannedHours: 15_000 };
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, running, 'ACTIVE')).toBe(4_000_000);
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, running, 'ON_HOLD')).toBe(4_000_000);
    // COMPLETED or CLOSED: EAC = actual, 100 % — even with no hours logged at all.
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, running, 'COMPLETED')).toBe(5_000_000);
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, { ...delivery, approvedHours: 0 }, 'CLOSED')).toBe(5_000_000);
    // CANCELLED keeps what was delivered before it stopped.
    expect(recognizedRevenue('FIXED_FEE', 5_000_000, running, 'CANCELLED')).toBe(4_000_000);
    // The PSA's remaining estimate is zero once delivered, and never negative.
    expect(remainingEstimate('ACTIVE', 75_000, 60_000)).toBe(15_000);
    expect(remainingEstimate('ACTIVE', 50_000, 60_000)).toBe(0);
    expect(remainingEstimate('COMPLETED', 75_000, 60_000)).toBe(0);
    expect(remainingEstimate('CLOSED', 75_000, 60_000)).toBe(0);
    expect(remainingEstimate('CANCELLED', 75_000, 60_000)).toBe(15_000);
  });

  it('reports billing ahead of work as no WIP, billing beyond bookings as billed in advance, and leaves ratios null without a base', () => {
    const figures = projectFinancials(inputs({ billingModel: 'RETAINER', delivery: { ...delivery, billableTimeValue: 100 }, billed: 500, invoicedItems: 500 }));
    expect(figures.unbilledWip).toBe(0);
    expect(figures.burnPct).toBeNull();
    expect(figures.marginPct).toBeNull();
    // Billed 5.00 on no bookings: no negative backlog, 5.00 billed in advance.
    expect(figures).toMatchObject({ backlog: 0, billedInAdvance: 500, unconsumedContractValue: 0 });
  });

  it('zeroes the backlog of a finished project and reports the released remainder instead', () => {
    // Open: backlog = bookings − billed = 1000.00 − 300.00.
    expect(projectFinancials(inputs({ bookings: 100_000, billed: 30_000 }))).toMatchObject({ backlog: 70_000, unconsumedContractValue: 0, billedInAdvance: 0 });
    for (const status of ['PLANNED', 'ON_HOLD'] as const) expect(projectFinancials(inputs({ status, bookings: 100_000, billed: 30_000 })).backlog).toBe(70_000);
    // Cancelled T&M, 400.00 of billable work recognized, 300.00 billed: 1000.00 − max(300.00, 400.00) = 600.00
    // released; the 100.00 recognized but not billed is consumed (unbilled WIP), not released.
    const cancelled = projectFinancials(
      inputs({ status: 'CANCELLED', bookings: 100_000, billed: 30_000, delivery: { ...delivery, billableTimeValue: 40_000 } }),
    );
    expect(cancelled).toMatchObject({ backlog: 0, unconsumedContractValue: 60_000, billedInAdvance: 0 });
    // A completed fixed fee recognizes its whole contract: nothing is unconsumed, whatever is left to bill.
    const completed = projectFinancials(
      inputs({ billingModel: 'FIXED_FEE', status: 'COMPLETED', bookings: 100_000, billed: 80_000, delivery: { ...delivery, remainingPlannedHours: 0 } }),
    );
    expect(completed).toMatchObject({ recognizedRevenue: 100_000, backlog: 0, unconsumedContractValue: 0, billedInAdvance: 0 });
    // Closed and over-billed by 200.00: no negative backlog, no unconsumed value, 200.00 billed in advance.
    const overBilled = projectFinancials(inputs({ billingModel: 'FIXED_FEE', status: 'CLOSED', bookings: 100_000, billed: 120_000 }));
    expect(overBilled).toMatchObject({ recognizedRevenue: 100_000, backlog: 0, unconsumedContractValue: 0, billedInAdvance: 20_000 });
    // Open and over-billed: the same, and the backlog is zero, not −200.00.
    expect(projectFinancials(inputs({ bookings: 100_000, billed: 120_000 }))).toMatchObject({ backlog: 0, billedInAdvance: 20_000 });
    expect(contractRemainder('COMPLETED', 100_000, 0, 0)).toEqual({ backlog: 0, unconsumedContractValue: 100_000, billedInAdvance: 0 });
  });

  it('rounds a ratio once, from the exact quotient, half away from zero', () => {
    // 21775 ÷ 100000 = 0.21775 exactly: a float product would give 0.2177.
    expect(roundedRatio(21_775, 100_000)).toBe(0.2178);
    expect(roundedRatio(-21_775, 100_000)).toBe(-0.2178);
    expect(roundedRatio(-5, 100_000)).toBe(-0.0001);
    expect(roundedRatio(5, 100_000)).toBe(0.0001);
    expect(roundedRatio(4, 100_000)).toBe(0);
    expect(roundedRatio(1, 3)).toBe(0.3333);
    expect(roundedRatio(2, 3)).toBe(0.6667);
    expect(roundedRatio(1, 0)).toBeNull();
    // Exact beyond 2^53: (2^53 + 1) ÷ (2^54) = 0.50000000000000005… → 0.5.
    expect(roundedRatio(2n ** 53n + 1n, 2n ** 54n)).toBe(0.5);
    // marginPct of 0.21775 exactly (margin 217.75 of 1000.00 revenue).
    expect(projectFinancials(inputs({ delivery: { ...delivery, billableTimeValue: 100_000, cost: 78_225 } })).marginPct).toBe(0.2178);
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
    expect(availableFifths(capacity, '2026-09-01', '2026-09-30')).toBe((7 * 800 - 400) * 5);
    expect(availableHours(capacity, '2026-09-05', '2026-09-06')).toBe(0);
    // Before the hire date and after the termination date: nothing.
    expect(availableHours(capacity, '2026-08-01', '2026-09-01')).toBe(0);
    expect(availableHours(capacity, '2026-09-11', '2026-09-30')).toBe(0);
    // A leave of 10 hours on an 8-hour day takes the day, not more.
    expect(availableHours({ ...capacity, timeOff: new Map([['2026-09-03', 1000]]) }, '2026-09-02', '2026-09-03')).toBe(800);
    expect(employedWindow('2026-09-02', '2026-09-10', '2026-09-01', '2026-09-30')).toEqual({ from: '2026-09-02', to: '2026-09-10' });
    expect(employedWindow(null, null, '2026-09-01', '2026-09-30')).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(employedWindow('2026-10-01', null, '2026-09-01', '2026-09-30')).toBeNull();
  });

  it('keeps a day of weekly hours that are not a multiple of five hundredths exact', () => {
    // 33.33h a week: a day is 6.666h. Three workdays = 19.998h exactly, shown as 20.00; a
    // 6.67h holiday (the HCM rounds a holiday up to the hundredth) takes the whole day.
    const capacity = { weeklyHours: 3333, activeFrom: null, activeTo: null, timeOff: new Map<string, number>() };
    expect(availableFifths(capacity, '2026-09-01', '2026-09-03')).toBe(3 * 3333);
    expect(availableHours(capacity, '2026-09-01', '2026-09-03')).toBe(2000);
    expect(availableFifths({ ...capacity, timeOff: new Map([['2026-09-02', 667]]) }, '2026-09-01', '2026-09-03')).toBe(2 * 3333);
    // 12h billable ÷ 19.998h = 0.60006… → 0.6001 (÷ the rounded 20.00h would give 0.6).
    expect(utilization(1200, 3 * 3333, null).utilization).toBe(0.6001);
    expect(fifthsToThousandths(3 * 3333)).toBe(19_998);
    expect(pooledUtilization(1200, 19_998)).toBe(0.6001);
    expect(pooledUtilization(0, 0)).toBeNull();
  });

  it('computes attainment from the exact hours, not from the rounded utilization', () => {
    // 23.5h billable of 56h available, target 0.8: utilization 0.419642… → 0.4196; attainment
    // 23.5 ÷ (56 × 0.8) = 0.524553… → 0.5246 (from the rounded 0.4196 ÷ 0.8 it would be 0.5245).
    expect(utilization(2350, 5600 * 5, 0.8)).toEqual({ availableHours: 5600, billableHours: 2350, utilization: 0.4196, target: 0.8, attainment: 0.5246 });
    // No target: no attainment; nothing available: 0, not a division by zero.
    expect(utilization(2350, 5600 * 5, null).attainment).toBeNull();
    expect(utilization(0, 0, 0.85)).toEqual({ availableHours: 0, billableHours: 0, utilization: 0, target: 0.85, attainment: 0 });
    expect(targetBasisPoints(0.85)).toBe(8500);
    expect(targetBasisPoints(0)).toBeNull();
  });
});

describe('configuration', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('takes a reporting currency only if ISO 4217 lists it', () => {
    const problemsWith = (value: string) => {
      vi.stubEnv('OPSGRAPH_REPORTING_CURRENCY', value);
      return validateConfig('tool', []).filter((problem) => problem.startsWith('OPSGRAPH_REPORTING_CURRENCY'));
    };
    expect(problemsWith('EUR')).toEqual([]);
    expect(problemsWith('KWD')).toEqual([]);
    for (const value of ['XYZ', 'eur', 'EURO']) {
      expect(problemsWith(value), value).toEqual([`OPSGRAPH_REPORTING_CURRENCY must be an ISO 4217 code such as USD, got "${value}"`]);
    }
  });
});
