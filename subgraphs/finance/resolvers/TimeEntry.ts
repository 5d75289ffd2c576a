import { badUserInput } from '../../../platform/errors.ts';
import { isIsoDate } from '../../shared/dates.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import type { TimeEntryResolvers } from '../__generated__/resolvers-types.ts';
import { rateCardScopeKey } from '../loaders.ts';
import { rateCardInForce } from './RateCard.ts';

/** TimeEntry is owned by the projects subgraph; the gateway sends its id and the fields finance requires. */
export interface TimeEntryReference {
  id: string;
  date?: string;
  rateCardRole?: string | null;
  rateCardRegion?: string | null;
  rateCardCurrency?: string | null;
}

export const TimeEntry: TimeEntryResolvers = {
  __resolveReference: (reference) => reference,
  /**
   * The bill rate of the rate card covering the entry's role and region, priced in the project's
   * currency, on its work date (a card in another currency never covers it). Only the scope and date
   * come from the PSA; the rate is the ERP's. Rate cards are finance's to read (docs/security.md), so
   * the caller's rows need no narrowing here: the field rule already holds.
   */
  async expectedBillRate(reference, _args, { loaders }) {
    const { id, date, rateCardRole: role, rateCardRegion: region, rateCardCurrency: currency } = reference;
    if (tryNativeId('TimeEntry', id) === null || date === undefined) return null;
    if (!isIsoDate(date)) throw badUserInput(null, `Malformed date "${String(date)}" in an entity representation`);
    if (!role || !region || !currency) return null;
    const card = rateCardInForce(await loaders.rateCardsByScope.load(rateCardScopeKey({ role, region, currency })), date);
    return card ? money(card.bill_rate, card.currency) : null;
  },
};
