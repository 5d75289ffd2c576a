/** The identity subgraph's store interface: the cross-reference registry. */
import type { SourceSystem } from '../../shared/ids.ts';
import type { XrefRecord } from '../../shared/xref.ts';
import type { StoredIdsPage, StoredIdsRequest } from '../../shared/stored-ids.ts';

/** A registry row: a cross-reference and the customer that owns the entity. */
export interface IdentityRecord extends XrefRecord {
  /** Hub id of the owning customer; null when no customer owns the entity (or it is not known yet). */
  customer_id: string | null;
}

export interface IdentityConnector {
  /** Registry rows for a native id in one system (case-sensitive), ordered by entity type. */
  findByExternalRef(system: SourceSystem, nativeId: string): Promise<IdentityRecord[]>;
  /**
   * Reconciliation: the native ids the registry maps for one system and entity type, with the hub id
   * each maps to (`owner_id`: the hub id itself): a page in id order, or which of `request.ids` it maps.
   */
  registryIds(system: SourceSystem, entityType: string, request: StoredIdsRequest): Promise<StoredIdsPage>;
}
