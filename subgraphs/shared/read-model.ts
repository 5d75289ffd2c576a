/**
 * Keeps a domain's read models (docs/read-models.md): a consumer of the domain's own events on the
 * bus, over its store. The store marks what each write changed (in the write's transaction); the
 * maintainer recomputes what is marked, so a redelivered or duplicate event changes nothing and a
 * change that came without an event (a vendor sync, a hand-made fix) is caught by the backstop poll.
 *
 * At start it rebuilds the models when their checkpoint is absent (a new or emptied store), else
 * catches up with what was marked while it was down. Several maintainers on one store (one per
 * process) take turns under the store's lock named after the model.
 */
import { env } from '../../platform/env.ts';
import { logger } from '../../platform/logger.ts';
import type { DomainEvent, EventBus, EventSubscription } from '../../platform/events/types.ts';
import type { SqlDatabase } from '../../platform/sql.ts';

/** What a domain's store offers its maintainer. */
export interface ReadModelStore {
  /** Checkpoint name and consumer group. */
  name: string;
  /** The `DomainEvent.source` values whose events may change the models. */
  sources: readonly string[];
  /** Whether the models were ever built (their checkpoint exists). */
  built(): Promise<boolean>;
  /** Recomputes every model from the rows, clears every mark and writes the checkpoint, in one transaction. */
  rebuild(): Promise<void>;
  /** Recomputes up to `limit` marked entities in one transaction; resolves to how many. */
  applyChanges(limit: number): Promise<number>;
  /** Records the bus position of the last event handled. */
  recordDelivery(sequence: number, eventId: string): Promise<void>;
  /** Whether anything is marked, or the models are not built. */
  pending(): Promise<boolean>;
}

export interface ReadModelMaintainer {
  /** Resolves once nothing is marked (what was marked when called is applied). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export interface ReadModelOptions {
  /** Backstop poll for changes no event announced (ms). @default env OPSGRAPH_READ_MODEL_POLL_MS */
  pollMs?: number;
}

const BATCH = 200;

export async function startReadModel(db: SqlDatabase, store: ReadModelStore, bus: EventBus, options: ReadModelOptions = {}): Promise<ReadModelMaintainer> {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;

  /** Applies every mark; under the store's lock so that maintainers in several processes take turns. */
  const applyAll = () =>
    db.exclusive(store.name, async () => {
      if (!(await store.built())) {
        await store.rebuild();
        logger.info({ readModel: store.name }, 'read models rebuilt from the store');
        return;
      }
      while (!stopped && (await store.applyChanges(BATCH)) > 0) {}
    });

  /** One apply at a time in this process; a wake-up during one runs another after it. */
  const apply = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await applyAll();
        } while (again && !stopped);
      } finally {
        running = null;
      }
    })();
    return running;
  };

  let failing = false;
  const reportFailure = (error: unknown) => {
    // Reads compute the marked entities live meanwhile; one line per outage, not one per round.
    if (!failing) logger.warn({ err: error, readModel: store.name }, 'read model round failed; marked entities are read live until a round succeeds');
    failing = true;
  };

  await apply();

  const subscription: EventSubscription = await bus.subscribe({
    group: store.name,
    from: 'new',
    async handler(event: DomainEvent, delivery) {
      if (!store.sources.includes(event.source)) return;
      // The marks, not the event, are the durable record of a change: a failed round is logged and
      // left to the backstop poll rather than redelivered.
      try {
        await apply();
        await store.recordDelivery(delivery.sequence, event.id);
      } catch (error) {
        reportFailure(error);
      }
    },
  });

  const pollMs = options.pollMs ?? env.readModelPollMs();
  const poll = setInterval(() => {
    store
      .pending()
      .then((pending) => (pending ? apply() : undefined))
      .then(() => {
        failing = false;
      }, reportFailure);
  }, pollMs);
  poll.unref();

  return {
    async settle() {
      do await apply();
      while (await store.pending());
    },
    async stop() {
      stopped = true;
      clearInterval(poll);
      await subscription.stop();
      await running?.catch(() => undefined);
    },
  };
}
