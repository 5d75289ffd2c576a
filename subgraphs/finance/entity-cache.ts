/**
 * The finance subgraph's entity cache (docs/caching.md, Entity caches): the ERP's rate cards by
 * scope and its exchange rates in force. Neither changes with a domain event: rates recorded through
 * the system API (`recordExchangeRates`) mark `fx`; rate cards and rates loaded into the ERP store
 * directly are bounded by the TTL.
 */
import { groupsByKey } from '../shared/entity-cache.ts';
import type { EntityCachePlan } from '../shared/service.ts';
import type { FinanceConnector } from './connector/types.ts';
import { rateCardScopeKey } from './loaders.ts';

export const financeEntityCache: EntityCachePlan<FinanceConnector> = {
  reads: (connector, cache, scope) => ({
    rateCardsByScopes: groupsByKey(
      cache,
      scope,
      'rate-cards',
      (scopes) => connector.rateCardsByScopes(scopes),
      rateCardScopeKey,
      rateCardScopeKey,
      () => ['rate-cards'],
    ),
    ratesInForce: (queries) =>
      cache.through(
        'rate-in-force',
        queries,
        (query) => JSON.stringify([query.from, query.to, query.rateType, query.date]),
        (missing) => connector.ratesInForce(missing),
        () => ['fx'],
        scope,
      ),
  }),
  marksAfter: { recordExchangeRates: ['fx'] },
};
