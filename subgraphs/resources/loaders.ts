/** Per-request loaders of the resources subgraph: one connector call per batch. */
import type { Access } from '../shared/access.ts';
import { createGroupLoader, createLoaderFamily, createRowLoader } from '../shared/loaders.ts';
import type { ResourcesConnector } from './connector/types.ts';
import type { StaffedWorkers } from './staffing.ts';

/**
 * Loaders see only the workers `access` allows: every worker for internal roles; for a portal
 * caller, only those staffed on one of its customer's projects (`staffedWorkers`, see staffing.ts).
 * Anything else loads as missing, so `_entities`, `manager` and every other path behave alike.
 */
export function createResourcesLoaders(connector: ResourcesConnector, access: Access, staffedWorkers: StaffedWorkers) {
  return {
    worker: createRowLoader(
      async (ids: readonly string[]) => {
        const rows = await connector.workersByIds(ids);
        if (access.customerScope === null) return rows;
        const staffed = await staffedWorkers(rows.map((row) => row.id));
        return rows.filter((row) => staffed.has(row.id));
      },
      (row) => row.id,
    ),
    skills: createGroupLoader(
      (ids: readonly string[]) => connector.skillsByWorkerIds(ids),
      (row) => row.worker_id,
    ),
    costRates: createGroupLoader(
      (ids: readonly string[]) => connector.costRatesByWorkerIds(ids),
      (row) => row.worker_id,
    ),
    timeOff: createGroupLoader(
      (ids: readonly string[]) => connector.timeOffByWorkerIds(ids),
      (row) => row.worker_id,
    ),
    /** Time off within one date window, one loader per window ("from|to"). */
    timeOffInWindow: createLoaderFamily((key) => {
      const [from, to] = key.split('|');
      return createGroupLoader(
        (ids: readonly string[]) => connector.timeOffByWorkerIds(ids, { from, to }),
        (row) => row.worker_id,
      );
    }),
    externalRefs: createGroupLoader(
      (hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds),
      (row) => row.hub_id,
    ),
  };
}

export type ResourcesLoaders = ReturnType<typeof createResourcesLoaders>;
