/** Per-request loaders of the resources subgraph: one connector call per batch. */
import { createGroupLoader, createLoaderFamily, createRowLoader } from '../shared/loaders.ts';
import type { ResourcesConnector } from './connector/types.ts';

export function createResourcesLoaders(connector: ResourcesConnector) {
  return {
    worker: createRowLoader((ids: readonly string[]) => connector.workersByIds(ids), (row) => row.id),
    skills: createGroupLoader((ids: readonly string[]) => connector.skillsByWorkerIds(ids), (row) => row.worker_id),
    costRates: createGroupLoader((ids: readonly string[]) => connector.costRatesByWorkerIds(ids), (row) => row.worker_id),
    timeOff: createGroupLoader((ids: readonly string[]) => connector.timeOffByWorkerIds(ids), (row) => row.worker_id),
    /** Time off within one date window, one loader per window ("from|to"). */
    timeOffInWindow: createLoaderFamily((key) => {
      const [from, to] = key.split('|');
      return createGroupLoader((ids: readonly string[]) => connector.timeOffByWorkerIds(ids, { from, to }), (row) => row.worker_id);
    }),
    externalRefs: createGroupLoader((hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds), (row) => row.hub_id),
  };
}

export type ResourcesLoaders = ReturnType<typeof createResourcesLoaders>;
