/** The resources subgraph's entity cache (docs/caching.md, Entity caches): HCM workers by id (Consultant references). */
import { rowsById } from '../shared/entity-cache.ts';
import { toHubId } from '../shared/ids.ts';
import type { EntityCachePlan } from '../shared/service.ts';
import type { ResourcesConnector } from './connector/types.ts';

export const resourcesEntityCache: EntityCachePlan<ResourcesConnector> = {
  reads: (connector, cache, scope) => ({
    // The hub writes no worker row (the HCM's own feed does): any event naming the consultant marks it, the TTL bounds the rest.
    workersByIds: rowsById(
      cache,
      scope,
      'worker',
      (ids) => connector.workersByIds(ids),
      (row) => row.id,
      (row) => [`id:${toHubId('Consultant', row.id)}`],
    ),
  }),
};
