/** The bundled identity registry on node:sqlite or PostgreSQL. */
import type { DomainEvent, SubscribeOptions } from '../../../platform/events/types.ts';
import { ENTITY_KINDS } from '../../shared/ids.ts';
import { allWhereIn, type SqlDatabase } from '../../../platform/sql.ts';
import type { StoredIdRow } from '../../shared/stored-ids.ts';
import type { EventXref } from '../../shared/xref.ts';
import type { IdentityConnector, IdentityRecord } from './types.ts';

export function createSqlIdentityConnector(db: SqlDatabase): IdentityConnector {
  return {
    findByExternalRef: (system, nativeId) =>
      db.all<IdentityRecord>('SELECT * FROM xref WHERE system = ? AND native_id = ? ORDER BY entity_type', [system, nativeId]),
    // The primary key (system, entity_type, native_id) serves both: a range of it, or points in it.
    async registryIds(system, entityType, { after, limit, ids }) {
      const select = 'SELECT native_id, hub_id AS owner_id FROM xref WHERE system = ? AND entity_type = ?';
      if (ids) {
        const rows = await allWhereIn<StoredIdRow>(db, `${select} AND native_id IN (:ids) ORDER BY native_id`, [...new Set(ids)], [system, entityType]);
        return { rows, hasNextPage: false };
      }
      const rows =
        after === null
          ? await db.all<StoredIdRow>(`${select} ORDER BY native_id LIMIT ?`, [system, entityType, limit + 1])
          : await db.all<StoredIdRow>(`${select} AND native_id > ? ORDER BY native_id LIMIT ?`, [system, entityType, after, limit + 1]);
      return { rows: rows.slice(0, limit), hasNextPage: rows.length > limit };
    },
  };
}

/**
 * The owner of an entity an event announces: a customer owns itself; otherwise the event's
 * `customerId`, else the owner the registry already knows for the same hub id (an ERP project
 * dimension belongs to the customer of its PSA project; when the ERP's event arrives first, the PSA's
 * fills the owner in afterwards).
 */
async function ownerOf(db: SqlDatabase, event: DomainEvent): Promise<string | null> {
  if (event.aggregateId.startsWith(`${ENTITY_KINDS.Customer.prefix}_`)) return event.aggregateId;
  if (typeof event.data?.customerId === 'string') return event.data.customerId;
  const known = await db.get<{ customer_id: string }>('SELECT customer_id FROM xref WHERE hub_id = ? AND customer_id IS NOT NULL LIMIT 1', [event.aggregateId]);
  return known?.customer_id ?? null;
}

/**
 * The consumer that keeps the registry: every id a domain event announces (`data.xrefs`), with its
 * owner; and, when a system removes an entity (an event from a state to none: a compensated
 * conversion removes the project it created), that system's ids of it, so the registry keeps mapping
 * only what the stores hold (reconciliation's ENTITY_MISSING_FROM_STORE compares the two).
 * Idempotent: a redelivered event inserts nothing new and removes nothing more.
 */
export function identityRegistryRecorder(db: SqlDatabase, group: string): SubscribeOptions {
  return {
    group,
    from: 'all',
    async handler(event: DomainEvent) {
      if (event.toState === null && typeof event.fromState === 'string') {
        await db.run('DELETE FROM xref WHERE hub_id = ? AND system = ?', [event.aggregateId, event.source]);
        return;
      }
      const xrefs = (event.data?.xrefs ?? []) as EventXref[];
      if (xrefs.length === 0) return;
      const owner = await ownerOf(db, event);
      for (const xref of xrefs) {
        await db.run('INSERT INTO xref (system, entity_type, native_id, hub_id, customer_id) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [
          xref.system,
          xref.entityType,
          xref.nativeId,
          event.aggregateId,
          owner,
        ]);
      }
      // Events of different systems arrive in any order: the entity's other ids learn the owner too.
      if (owner !== null) await db.run('UPDATE xref SET customer_id = ? WHERE hub_id = ? AND customer_id IS NULL', [owner, event.aggregateId]);
    },
  };
}
