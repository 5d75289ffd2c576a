/** Per-request loaders of the delivery subgraph: one connector call per batch. */
import { canSeeAccount, type Access } from '../shared/access.ts';
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { DeliveryConnector } from './connector/types.ts';

/**
 * Loaders see only the rows `access` allows: every row for internal roles, a portal caller's own
 * customer's rows only. Anything else loads as missing, so `_entities` and every path behave alike.
 */
export function createDeliveryLoaders(connector: DeliveryConnector, access: Access) {
  return {
    workspace: createRowLoader(
      async (ids: readonly string[]) => (await connector.workspacesByIds(ids)).filter((row) => canSeeAccount(access, row.customer_id)),
      (row) => row.id,
    ),
    externalRefs: createGroupLoader(
      (hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds),
      (row) => row.hub_id,
    ),
  };
}

export type DeliveryLoaders = ReturnType<typeof createDeliveryLoaders>;
