import { badUserInput } from '../../../platform/errors.ts';
import { dateArg } from '../../shared/dates.ts';
import { textFilterArg } from '../../shared/filters.ts';
import { ENTITY_KINDS, toHubId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers, RateCardResolvers } from '../__generated__/resolvers-types.ts';
import type { RateCardListFilter, RateCardRecord } from '../connector/types.ts';

/**
 * The rate card in force on `date` among `cards` (one role and region): effective from that day or
 * earlier and to that day or later (inclusive) or open-ended; the latest start wins an overlap, as the
 * ERP's own lookup (`rateCardOn`) decides.
 */
export function rateCardInForce(cards: readonly RateCardRecord[], date: string): RateCardRecord | null {
  let found: RateCardRecord | null = null;
  for (const card of cards) {
    if (card.effective_from > date || (card.effective_to !== null && card.effective_to < date)) continue;
    if (!found || card.effective_from > found.effective_from) found = card;
  }
  return found;
}

/** `Query.rateCards`: keyset pages by ERP id. */
export const rateCards: QueryResolvers['rateCards'] = async (_parent, args, { connector }) => {
  const page = pageRequest(args);
  if (page.afterKey !== null && !ENTITY_KINDS.RateCard.nativeId.test(page.afterKey)) {
    throw badUserInput('after', 'not a cursor returned by this connection');
  }
  const filter: RateCardListFilter = {
    role: textFilterArg(args.filter?.role, 'filter.role'),
    region: textFilterArg(args.filter?.region, 'filter.region'),
    activeOn: dateArg(args.filter?.activeOn, 'filter.activeOn'),
  };
  const rows = await connector.listRateCards(filter, page);
  return toConnection(
    rows,
    page,
    (row) => row.id,
    (row) => row,
    () => connector.countRateCards(filter),
  );
};

export const RateCard: RateCardResolvers = {
  id: (row) => toHubId('RateCard', row.id),
  billRate: (row) => money(row.bill_rate, row.currency),
  effectiveFrom: (row) => row.effective_from,
  effectiveTo: (row) => row.effective_to,
};
