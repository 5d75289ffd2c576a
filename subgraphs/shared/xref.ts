/** Each store's cross-reference table: every system's id for the entities the store owns. */
import type DataLoader from 'dataloader';
import type { DomainEvent, SubscribeOptions } from '../../platform/events/types.ts';
import { ENTITY_KINDS, toHubId, type EntityType, type SourceSystem } from './ids.ts';
import { allWhereIn, type SqlDatabase } from '../../platform/sql.ts';

export interface XrefRecord {
  system: SourceSystem;
  entity_type: string;
  native_id: string;
  hub_id: string;
}

/** All cross-references of the given hub ids, ordered by system. */
export function externalRefsByHubIds(db: SqlDatabase, hubIds: readonly string[]): Promise<XrefRecord[]> {
  return allWhereIn<XrefRecord>(db, 'SELECT * FROM xref WHERE hub_id IN (:ids) ORDER BY hub_id, system, native_id', hubIds);
}

/** The hub id this store knows for (system, type, native id), if any. Case-sensitive. */
export async function hubIdByExternalRef(db: SqlDatabase, system: SourceSystem, entityType: string, nativeId: string): Promise<string | null> {
  const row = await db.get<{ hub_id: string }>('SELECT hub_id FROM xref WHERE system = ? AND entity_type = ? AND native_id = ?', [
    system,
    entityType,
    nativeId,
  ]);
  return row?.hub_id ?? null;
}

/** The `externalRefs` resolver of an entity type whose rows carry the owner's native `id`. */
export function externalRefsResolver(type: EntityType) {
  return async (row: { id: string }, _args: unknown, { loaders }: { loaders: { externalRefs: DataLoader<string, XrefRecord[]> } }) =>
    (await loaders.externalRefs.load(toHubId(type, row.id))).map(toExternalRef);
}

/** GraphQL `ExternalRef` from a row. */
export function toExternalRef(row: XrefRecord): { system: SourceSystem; nativeId: string } {
  return { system: row.system, nativeId: row.native_id };
}

/**
 * DDL of the cross-reference table every store has: one row per (system, entity type, native id),
 * unique and case-sensitive, pointing at the hub id.
 */
export const XREF_TABLE_DDL = `CREATE TABLE xref (
    system TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    native_id TEXT NOT NULL,
    hub_id TEXT NOT NULL,
    PRIMARY KEY (system, entity_type, native_id)
  );
  CREATE INDEX xref_hub ON xref (hub_id);`;

/** An id an entity received in one system, as domain events carry it (`data.xrefs`). */
export interface EventXref {
  system: SourceSystem;
  entityType: string;
  nativeId: string;
}

/** Records that `hubId` is known as `xref` (idempotent). */
export async function recordXref(db: SqlDatabase, xref: EventXref, hubId: string): Promise<void> {
  await db.run('INSERT INTO xref (system, entity_type, native_id, hub_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [
    xref.system,
    xref.entityType,
    xref.nativeId,
    hubId,
  ]);
}

/**
 * A consumer that records, in this store's xref table, the ids domain events announce (`data.xrefs`)
 * for entities of `entityTypes`. Idempotent: a redelivered event inserts nothing new.
 */
export function xrefRecorder(db: SqlDatabase, group: string, entityTypes: readonly EntityType[]): SubscribeOptions {
  const prefixes = entityTypes.map((type) => `${ENTITY_KINDS[type].prefix}_`);
  return {
    group,
    from: 'all',
    async handler(event: DomainEvent) {
      if (!prefixes.some((prefix) => event.aggregateId.startsWith(prefix))) return;
      for (const xref of (event.data?.xrefs ?? []) as EventXref[]) await recordXref(db, xref, event.aggregateId);
    },
  };
}
