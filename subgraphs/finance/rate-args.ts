/**
 * Arguments naming exchange rates, checked at the edge of the public and the system API: each a
 * BAD_USER_INPUT naming the argument when it is not an ISO 4217 code, a rate type, a month end for a
 * monthly average, or a positive exact rate within fx.ts's bounds.
 */
import { badUserInput } from '../../platform/errors.ts';
import { requiredDateArg } from '../shared/dates.ts';
import { normalizeRate, RATE_FRACTION_DIGITS, RATE_INTEGER_DIGITS } from '../shared/fx.ts';
import { isCurrencyCode } from '../shared/money.ts';
import { periodEnd, periodOf } from '../shared/periods.ts';
import { RATE_TYPES, type NewExchangeRate, type RateType } from './connector/rates.ts';

/** How many rates one recordExchangeRates request may carry. */
export const MAX_RATES_PER_REQUEST = 500;

export function currencyArg(value: unknown, argument: string): string {
  if (typeof value !== 'string' || !isCurrencyCode(value)) throw badUserInput(argument, `${JSON.stringify(value)} is not an ISO 4217 currency code`);
  return value;
}

export function optionalCurrencyArg(value: unknown, argument: string): string | null {
  return value === null || value === undefined ? null : currencyArg(value, argument);
}

export function rateTypeArg(value: unknown, argument: string): RateType {
  if (typeof value !== 'string' || !(RATE_TYPES as readonly string[]).includes(value)) {
    throw badUserInput(argument, `${JSON.stringify(value)} is not one of ${RATE_TYPES.join(', ')}`);
  }
  return value as RateType;
}

export function rateArg(value: unknown, argument: string): string {
  const rate = typeof value === 'string' ? normalizeRate(value) : null;
  if (rate === null) {
    throw badUserInput(
      argument,
      `${JSON.stringify(value)} is not a positive exchange rate of at most ${RATE_INTEGER_DIGITS} digits before and ${RATE_FRACTION_DIGITS} after the point`,
    );
  }
  return rate;
}

export interface ExchangeRateInputArgs {
  from: string;
  to: string;
  rateType: string;
  effectiveDate: string;
  rate: string;
}

/** One rate of recordExchangeRates, checked; `argument` is its path (`rates[3]`). */
export function newExchangeRateArg(input: ExchangeRateInputArgs, argument: string): NewExchangeRate {
  const from = currencyArg(input.from, `${argument}.from`);
  const to = currencyArg(input.to, `${argument}.to`);
  if (from === to) throw badUserInput(`${argument}.to`, `must differ from ${argument}.from (${from})`);
  const rateType = rateTypeArg(input.rateType, `${argument}.rateType`);
  const effectiveDate = requiredDateArg(input.effectiveDate, `${argument}.effectiveDate`);
  if (rateType === 'MONTHLY_AVERAGE' && effectiveDate !== periodEnd(periodOf(effectiveDate))) {
    throw badUserInput(
      `${argument}.effectiveDate`,
      `a monthly average takes the month's last day (${periodEnd(periodOf(effectiveDate))}), not ${effectiveDate}`,
    );
  }
  return { from, to, rateType, effectiveDate, rate: rateArg(input.rate, `${argument}.rate`) };
}
