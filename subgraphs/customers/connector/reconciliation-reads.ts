/**
 * The CRM's reads for reconciliation (docs/reconciliation.md): the ids it holds of the entities the
 * identity registry maps (accounts, opportunities, contracts), a page at a time.
 */
import type { SqlDatabase } from '../../../platform/sql.ts';
import type { EntityType } from '../../shared/ids.ts';
import { readStoredIds, type StoredIdSource, type StoredIdsPage, type StoredIdsRequest } from '../../shared/stored-ids.ts';

/** Where the CRM keeps each id the identity registry maps for it. */
export const CRM_STORED_IDS: readonly StoredIdSource[] = [
  { entityType: 'Customer', table: 'account', column: 'id' },
  { entityType: 'Opportunity', table: 'opportunity', column: 'id' },
  { entityType: 'Contract', table: 'contract', column: 'id' },
];

export interface CustomersReconciliationReads {
  /** The ids of one of CRM_STORED_IDS: a page in id order, or which of `request.ids` the CRM holds. */
  storedIds(entityType: EntityType, request: StoredIdsRequest): Promise<StoredIdsPage>;
}

export function createSqlCustomersReconciliationReads(db: SqlDatabase): CustomersReconciliationReads {
  return {
    async storedIds(entityType, request) {
      const source = CRM_STORED_IDS.find((candidate) => candidate.entityType === entityType);
      if (!source) throw new Error(`the CRM holds no ${entityType} ids`);
      return readStoredIds(db, source, request);
    },
  };
}
