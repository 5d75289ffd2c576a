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

/** A table whose changes mark an entity of a read model, and how a changed row names that entity. */
export interface MarkedSource {
  table: string;
  /** SQL expression of the entity's key from the trigger's row (`NEW` or `OLD`); a null key marks nothing. */
  key: (row: 'NEW' | 'OLD') => string;
}

/**
 * DDL of the triggers that mark, in the changing transaction, the entity each insert, update or
 * delete of `sources` changes: `markTable (keyColumn PRIMARY KEY, version)` gets the key upserted
 * with its version bumped (an update marks the old and the new key). SQLite triggers, or a PL/pgSQL
 * trigger function per table on PostgreSQL. The mark table itself is the caller's DDL.
 */
export function changeMarksDdl(dialect: 'sqlite' | 'postgres', markTable: string, keyColumn: string, sources: readonly MarkedSource[]): string {
  const mark = (key: string) =>
    `INSERT INTO ${markTable} (${keyColumn}, version) SELECT ${key}, 1 WHERE ${key} IS NOT NULL
       ON CONFLICT (${keyColumn}) DO UPDATE SET version = ${markTable}.version + 1;`;
  return sources
    .map(({ table, key }) => {
      const name = `${markTable}_${table}`;
      if (dialect === 'sqlite') {
        return `CREATE TRIGGER ${name}_insert AFTER INSERT ON ${table} BEGIN ${mark(key('NEW'))} END;
  CREATE TRIGGER ${name}_update AFTER UPDATE ON ${table} BEGIN ${mark(key('OLD'))} ${mark(key('NEW'))} END;
  CREATE TRIGGER ${name}_delete AFTER DELETE ON ${table} BEGIN ${mark(key('OLD'))} END;`;
      }
      return `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN ${mark(key('OLD'))} END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN ${mark(key('NEW'))} END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER ${name} AFTER INSERT OR UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${name}();`;
    })
    .join('\n  ');
}

/** DDL of a store's model checkpoints and of the marks `changeMarksDdl` writes: the models' own tables are the caller's. */
export function markedModelTablesDdl(markTable: string, keyColumn: string): string {
  return `CREATE TABLE read_model_checkpoint (
    name TEXT PRIMARY KEY,
    built_at TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    bus_sequence BIGINT,
    last_event_id TEXT
  );
  CREATE TABLE ${markTable} (${keyColumn} TEXT PRIMARY KEY, version BIGINT NOT NULL)`;
}

/** Whether the models named `name` were built in this store (their checkpoint exists). */
export async function readModelBuilt(db: SqlDatabase, name: string): Promise<boolean> {
  return (await db.get('SELECT 1 AS built FROM read_model_checkpoint WHERE name = ?', [name])) !== undefined;
}

export interface MarkedModelOptions {
  name: string;
  /** `DomainEvent.source` values whose events may change the models. */
  sources: readonly string[];
  markTable: string;
  keyColumn: string;
  /** Recomputes the models of `keys` (or of every entity) from the rows, in the transaction `tx`. */
  recompute(tx: SqlDatabase, keys: readonly string[] | 'all'): Promise<void>;
}

/** A ReadModelStore over marks written by `changeMarksDdl` and a `recompute` of the marked keys. */
export function markedReadModelStore(db: SqlDatabase, options: MarkedModelOptions): ReadModelStore {
  const { name, markTable, keyColumn } = options;
  const built = () => readModelBuilt(db, name);
  return {
    name,
    sources: options.sources,
    built,
    async rebuild() {
      await db.transaction(async (tx) => {
        await options.recompute(tx, 'all');
        await tx.run(`DELETE FROM ${markTable}`);
        const now = new Date().toISOString();
        await tx.run(
          `INSERT INTO read_model_checkpoint (name, built_at, applied_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET built_at = excluded.built_at, applied_at = excluded.applied_at`,
          [name, now, now],
        );
      });
    },
    async applyChanges(limit) {
      return db.transaction(async (tx) => {
        const marked = await tx.all<{ mark_key: string; version: number }>(
          `SELECT ${keyColumn} AS mark_key, version FROM ${markTable} ORDER BY ${keyColumn} LIMIT ?`,
          [limit],
        );
        if (marked.length === 0) return 0;
        await options.recompute(
          tx,
          marked.map((row) => row.mark_key),
        );
        // A mark bumped since it was read stays: its entity is recomputed again next round.
        for (const row of marked) await tx.run(`DELETE FROM ${markTable} WHERE ${keyColumn} = ? AND version = ?`, [row.mark_key, row.version]);
        await tx.run('UPDATE read_model_checkpoint SET applied_at = ? WHERE name = ?', [new Date().toISOString(), name]);
        return marked.length;
      });
    },
    async recordDelivery(sequence, eventId) {
      await db.run('UPDATE read_model_checkpoint SET bus_sequence = ?, last_event_id = ? WHERE name = ?', [sequence, eventId, name]);
    },
    async pending() {
      return !(await built()) || (await db.get(`SELECT 1 AS pending FROM ${markTable} LIMIT 1`)) !== undefined;
    },
  };
}

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
