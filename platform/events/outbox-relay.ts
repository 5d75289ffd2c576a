/**
 * The outbox relay: publishes a store's domain events (appended to `outbox` by each write, in the
 * write's transaction) to the event bus, in outbox order, at least once. A row is marked published
 * only after the bus acknowledged it; a crash between the two republishes the row, which the bus
 * drops as a duplicate of its event id (and consumers are idempotent on it anyway).
 *
 * Woken by commits: a transaction that appended to the outbox (appendToOutbox) wakes the relay when
 * it commits, across the threads of a process on node:sqlite and across processes on PostgreSQL
 * (LISTEN on a connection of its own, reconnected when lost). A poll every `pollMs` (default 1 s,
 * OPSGRAPH_OUTBOX_POLL_MS) is the backstop for what no wake-up reaches: a writer in another process
 * on node:sqlite, or the time a lost PostgreSQL listener takes to reconnect (logged once).
 *
 * Several relays on one store (one per process on PostgreSQL) take turns: a round runs under the
 * store's lock `outbox-relay` (SqlDatabase.exclusive), so each row is published by one of them, in
 * order; a relay woken while another holds the lock waits for it and then looks again.
 *
 * Published rows are kept `retentionMs` (default 7 days, OPSGRAPH_OUTBOX_RETENTION_HOURS) and then
 * deleted, at most `pruneBatchSize` per round every `pruneEveryMs`; an unpublished row is never deleted.
 */
import { env } from '../env.ts';
import { logger } from '../logger.ts';
import type { SqlDatabase, SqlListener } from '../sql.ts';
import { OUTBOX_TOPIC } from './outbox.ts';
import type { DomainEvent, EventBus } from './types.ts';

export interface OutboxRelayOptions {
  db: SqlDatabase;
  bus: EventBus;
  /** For logs, e.g. the domain. */
  name: string;
  /** Backstop poll interval (commits wake the relay; see the module comment). @default env OPSGRAPH_OUTBOX_POLL_MS (1000) */
  pollMs?: number;
  /** Rows per round. @default 200 */
  batchSize?: number;
  /** How long a published row is kept. @default env OPSGRAPH_OUTBOX_RETENTION_HOURS (168) */
  retentionMs?: number;
  /** Interval of the pruning rounds. @default 60000 */
  pruneEveryMs?: number;
  /** Published rows deleted per pruning round at most. @default 1000 */
  pruneBatchSize?: number;
  /**
   * Test hook: called after an event is published and before its row is marked; a rejection stops
   * the round there (as a crash would).
   */
  afterPublish?: (event: DomainEvent) => Promise<void>;
}

export interface OutboxRelay {
  /** Publishes everything pending now; resolves when the outbox is drained (or a publish failed). */
  flush(): Promise<number>;
  /** Resolves once commits wake the relay (or its listener failed, and the poll stands in) and what was pending at start is published. */
  ready(): Promise<void>;
  /** Whether commits wake the relay now (false while a lost PostgreSQL listener reconnects). */
  listening(): boolean;
  /** Runs one pruning round now: deletes published rows past the retention (one batch); resolves to how many. */
  prune(): Promise<number>;
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

  /** Set when a flush is asked for during a round: the round looks again before it ends. */
  let again = false;

  /**
   * One round at a time, under the store's relay lock; a flush asked for during a round is served by
   * that round, which then looks again (so a commit that lands after its last look is not left to
   * the backstop poll).
   */
  function flush(): Promise<number> {
    if (round) {
      again = true;
      return round;
    }
    const progress = { published: 0 };
    round = (async () => {
      do {
        again = false;
        await db.exclusive('outbox-relay', () => relayOnce(progress));
      } while (again && !stopped);
      return progress.published;
    })()
      .catch((error: unknown) => {
        if (!stopped) logger.warn({ err: error, outbox: options.name }, 'outbox relay round failed; retrying');
        return progress.published;
      })
      .finally(() => (round = null));
    return round;
  }

  const retentionMs = options.retentionMs ?? env.outboxRetentionHours() * 3_600_000;
  const pruneBatchSize = options.pruneBatchSize ?? 1_000;
  let pruning: Promise<number> | null = null;

  /**
   * Deletes every published row past the retention, in bounded batches (the index on published_at,
   * seq serves each), yielding between batches so writers interleave; a round ends at the first
   * short batch, so pruning keeps up with any event rate. Resolves to the rows deleted.
   */
  function prune(): Promise<number> {
    pruning ??= (async () => {
      const cutoff = new Date(Date.now() - retentionMs).toISOString();
      let deleted = 0;
      for (;;) {
        const batch = await db.run(
          'DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox WHERE published_at IS NOT NULL AND published_at < ? ORDER BY seq LIMIT ?)',
          [cutoff, pruneBatchSize],
        );
        deleted += batch;
        if (batch < pruneBatchSize || stopped) return deleted;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })()
      .catch((error: unknown) => {
        if (!stopped) logger.warn({ err: error, outbox: options.name }, 'outbox pruning round failed; retrying');
        return 0;
      })
      .finally(() => (pruning = null));
    return pruning;
  }

  const pollMs = options.pollMs ?? env.outboxPollMs();
  const timer = setInterval(() => void flush(), pollMs);
  timer.unref();
  const pruneTimer = setInterval(() => void prune(), options.pruneEveryMs ?? 60_000);
  pruneTimer.unref();

  // Commits wake the relay; once listening, it publishes what was committed before.
  let listener: SqlListener | null = null;
  const started = db
    .listen(OUTBOX_TOPIC, () => void flush(), {
      onLost: (error) => logger.warn({ err: error, outbox: options.name, pollMs }, 'outbox relay: commit wake-up lost; polling every pollMs until it is back'),
      onRestored: () => {
        logger.info({ outbox: options.name }, 'outbox relay: commit wake-up restored');
        void flush();
      },
    })
    .then(async (opened) => {
      listener = opened;
      if (stopped) await opened.stop();
      else await flush();
    })
    .catch((error: unknown) => logger.warn({ err: error, outbox: options.name, pollMs }, 'outbox relay: no commit wake-up; polling every pollMs'));

  return {
    flush,
    prune,
    ready: () => started,
    listening: () => listener?.listening() ?? false,
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearInterval(pruneTimer);
      await started;
      await listener?.stop();
      await round;
      await pruning;
    },
  };
}
