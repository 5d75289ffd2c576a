/**
 * The finance subgraph's entity cache (docs/caching.md, Entity caches): none of its reads is cached.
 * Rate cards and exchange rates decide money, and they reach the ERP store without a domain event
 * (vendor feeds, loads, hand-made fixes), so a cached copy could only be bounded by the TTL: a
 * cache that cannot be trusted is bypassed, not served.
 */
import type { EntityCachePlan } from '../shared/service.ts';
import type { FinanceConnector } from './connector/types.ts';

export const financeEntityCache: EntityCachePlan<FinanceConnector> = {
  reads: () => ({}),
  marksAfter: {},
};
