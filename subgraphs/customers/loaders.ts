/** Per-request loaders of the customers subgraph: one connector call per batch. */
import { canSeeAccount, type Access } from '../shared/access.ts';
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { CustomersConnector } from './connector/types.ts';

/**
 * Loaders see only the rows `access` allows: a portal caller's own account and its opportunities,
 * contracts and contacts; anything else loads as missing.
 */
export function createCustomersLoaders(connector: CustomersConnector, access: Access) {
  const ofVisibleAccounts = <Row extends { account_id: string }>(rows: Row[]) => rows.filter((row) => canSeeAccount(access, row.account_id));
  return {
    account: createRowLoader(
      async (ids: readonly string[]) => (await connector.accountsByIds(ids)).filter((row) => canSeeAccount(access, row.id)),
      (row) => row.id,
    ),
    legalEntity: createRowLoader(
      (ids: readonly string[]) => connector.legalEntitiesByIds(ids),
      (row) => row.id,
    ),
    contactsByAccount: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.contactsByAccountIds(ids)),
      (row) => row.account_id,
    ),
    opportunity: createRowLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.opportunitiesByIds(ids)),
      (row) => row.id,
    ),
    opportunitiesByAccount: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.opportunitiesByAccountIds(ids)),
      (row) => row.account_id,
    ),
    contract: createRowLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.contractsByIds(ids)),
      (row) => row.id,
    ),
    contractsByAccount: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.contractsByAccountIds(ids)),
      (row) => row.account_id,
    ),
    contractsByOpportunity: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.contractsByOpportunityIds(ids)),
      (row) => row.opportunity_id as string,
    ),
    externalRefs: createGroupLoader(
      (hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds),
      (row) => row.hub_id,
    ),
  };
}

export type CustomersLoaders = ReturnType<typeof createCustomersLoaders>;
