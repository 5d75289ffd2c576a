/** The customers subgraph's entity cache (docs/caching.md, Entity caches): CRM accounts by id (Customer references). */
import { rowsById } from '../shared/entity-cache.ts';
import { toHubId } from '../shared/ids.ts';
import type { EntityCachePlan } from '../shared/service.ts';
import type { CustomersConnector } from './connector/types.ts';

export const customersEntityCache: EntityCachePlan<CustomersConnector> = {
  reads: (connector, cache, scope) => ({
    // The hub writes no account row (the CRM's own sync does): any event naming the customer marks it, the TTL bounds the rest.
    accountsByIds: rowsById(
      cache,
      scope,
      'account',
      (ids) => connector.accountsByIds(ids),
      (row) => row.id,
      (row) => [`id:${toHubId('Customer', row.id)}`],
    ),
  }),
};
