/**
 * The outbox relay: publishes a store's domain events (appended to `outbox` by each write, in the
 * write's transaction) to the event bus, in outbox order, at least once. A row is marked published
 * only after the bus acknowledged it; a crash between the two republishes the row, which the bus
 * drops as a duplicate of its event id (and consumers are idempotent on it anyway).
 */
import { logger } from '../logger.ts';
import type { SqlDatabase } from '../sql.ts';
import type { DomainEvent, EventBus } from './types.ts';

export interface OutboxRelayOptions {
  db: SqlDatabase;
  bus: EventBus;
  /** For logs, e.g. the domain. */
  name: string;
  /** Poll interval when idle. @default 100 */
  pollMs?: number;
  /** Rows per round. @default 200 */
  batchSize?: number;
  /**
   * Test hook: called after an event is published and before its row is marked; a rejection stops
   * the round there (as a crash would).
   */
  afterPublish?: (event: DomainEvent) => Promise<void>;
}

export interface OutboxRelay {
  /** Publishes everything pending now; resolves when the outbox is drained (or a publish failed). */
  flush(): Promise<number>;
  stop(): Promise<void>;
}

export function startOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, bus } = options;
  const batchSize = options.batchSize ?? 200;
  let stopped = false;
  let round: Promise<number> | null = null;

  /** Publishes pending rows in order; `progress.published` counts them even when a publish fails. */
  async function relayOnce(progress: { published: number }): Promise<number> {
    for (;;) {
      const rows = await db.all<{ seq: number; event: string }>('SELECT seq, event FROM outbox WHERE published_at IS NULL ORDER BY seq LIMIT ?', [batchSize]);
      if (rows.length === 0 || stopped) return progress.published;
      for (const row of rows) {
        if (stopped) return progress.published;
        const event = JSON.parse(row.event) as DomainEvent;
        await bus.publish(event);
        await options.afterPublish?.(event);
        await db.run('UPDATE outbox SET published_at = ? WHERE seq = ?', [new Date().toISOString(), row.seq]);
        progress.published++;
      }
    }
  }

  /** One round at a time; concurrent callers share it. */
  function flush(): Promise<number> {
    const progress = { published: 0 };
    round ??= relayOnce(progress)
      .catch((error: unknown) => {
        if (!stopped) logger.warn({ err: error, outbox: options.name }, 'outbox relay round failed; retrying');
        return progress.published;
      })
      .finally(() => (round = null));
    return round;
  }

  const timer = setInterval(() => void flush(), options.pollMs ?? 100);
  timer.unref();
  return {
    flush,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await round;
    },
  };
}
