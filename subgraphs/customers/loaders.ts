/** Per-request loaders of the customers subgraph: one connector call per batch. */
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { CustomersConnector } from './connector/types.ts';

export function createCustomersLoaders(connector: CustomersConnector) {
  return {
    account: createRowLoader((ids: readonly string[]) => connector.accountsByIds(ids), (row) => row.id),
    legalEntity: createRowLoader((ids: readonly string[]) => connector.legalEntitiesByIds(ids), (row) => row.id),
    contactsByAccount: createGroupLoader((ids: readonly string[]) => connector.contactsByAccountIds(ids), (row) => row.account_id),
    opportunity: createRowLoader((ids: readonly string[]) => connector.opportunitiesByIds(ids), (row) => row.id),
    opportunitiesByAccount: createGroupLoader(
      (ids: readonly string[]) => connector.opportunitiesByAccountIds(ids),
      (row) => row.account_id,
    ),
    contract: createRowLoader((ids: readonly string[]) => connector.contractsByIds(ids), (row) => row.id),
    contractsByAccount: createGroupLoader((ids: readonly string[]) => connector.contractsByAccountIds(ids), (row) => row.account_id),
    contractsByOpportunity: createGroupLoader(
      (ids: readonly string[]) => connector.contractsByOpportunityIds(ids),
      (row) => row.opportunity_id as string,
    ),
    externalRefs: createGroupLoader((hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds), (row) => row.hub_id),
  };
}

export type CustomersLoaders = ReturnType<typeof createCustomersLoaders>;
