/**
 * The outbox: each store's table of the domain events its writes committed, which its relay
 * (outbox-relay.ts) publishes to the bus. A write appends its events in its own transaction, and the
 * append wakes the relay when that transaction commits (never when it rolls back).
 */
import type { SqlDatabase } from '../sql.ts';
import { activeTraceparent } from '../tracing.ts';
import type { DomainEvent } from './types.ts';

/** The topic on which a store's commits wake its outbox relay (see SqlDatabase.notifyOnCommit). */
export const OUTBOX_TOPIC = 'outbox';

/**
 * Appends `event` to the outbox in the transaction `tx`; its commit wakes the relay. With tracing on,
 * the event carries the active span's `traceparent` (unless it has one), so its consumers' spans join the trace.
 */
export async function appendToOutbox(tx: SqlDatabase, event: DomainEvent): Promise<void> {
  const traceparent = event.traceparent ?? activeTraceparent();
  const stored = traceparent ? { ...event, traceparent } : event;
  await tx.run('INSERT INTO outbox (event_id, aggregate_id, event) VALUES (?, ?, ?)', [stored.id, stored.aggregateId, JSON.stringify(stored)]);
  await tx.notifyOnCommit(OUTBOX_TOPIC);
}

/** When the oldest event not yet published on this store occurred (its `occurredAt`), or null when none is pending. */
export async function oldestUnpublishedAt(db: SqlDatabase): Promise<string | null> {
  const row = await db.get<{ event: string }>('SELECT event FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT 1');
  if (!row) return null;
  const occurredAt = (JSON.parse(row.event) as Partial<DomainEvent>).occurredAt;
  return typeof occurredAt === 'string' ? occurredAt : null;
}
