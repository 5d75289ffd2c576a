import { badUserInput } from '../../../platform/errors.ts';
import { dateArg } from '../../shared/dates.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { ExchangeRateResolvers, QueryResolvers } from '../__generated__/resolvers-types.ts';
import { exchangeRateKey, parseExchangeRateKey, type ExchangeRateListFilter } from '../connector/rates.ts';
import { optionalCurrencyArg } from '../rate-args.ts';

/** `Query.exchangeRates`: keyset pages by pair, rate type and effective date. */
export const exchangeRates: QueryResolvers['exchangeRates'] = async (_parent, args, { connector }) => {
  const page = pageRequest(args);
  if (page.afterKey !== null && parseExchangeRateKey(page.afterKey) === null) throw badUserInput('after', 'not a cursor returned by this connection');
  const filter: ExchangeRateListFilter = {
    from: optionalCurrencyArg(args.filter?.from, 'filter.from'),
    to: optionalCurrencyArg(args.filter?.to, 'filter.to'),
    rateType: args.filter?.rateType ?? null,
    on: dateArg(args.filter?.on, 'filter.on'),
  };
  const rows = await connector.listExchangeRates(filter, page);
  return toConnection(
    rows,
    page,
    exchangeRateKey,
    (row) => row,
    () => connector.countExchangeRates(filter),
  );
};

export const ExchangeRate: ExchangeRateResolvers = {
  from: (row) => row.from_currency,
  to: (row) => row.to_currency,
  rateType: (row) => row.rate_type,
  effectiveDate: (row) => row.effective_date,
  rate: (row) => row.rate,
};
