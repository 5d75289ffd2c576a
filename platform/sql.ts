/**
 * The SQL store behind every bundled connector: one small interface, two backends.
 * node:sqlite (embedded default, one file per domain) and PostgreSQL (scale-out, one schema per
 * domain) run the same statements: SQL is written with `?` placeholders in the portable subset
 * (TEXT dates, INTEGER/BIGINT minor units, 0/1 booleans, ON CONFLICT DO NOTHING).
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { BroadcastChannel } from 'node:worker_threads';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { isUnreachable, SystemUnavailableError } from './errors.ts';

export type SqlValue = string | number | null;
export type SqlParam = SqlValue | boolean | undefined;
export type SqlRow = Record<string, unknown>;

export interface SqlDatabase {
  readonly dialect: 'sqlite' | 'postgres';
  /** Rows of a query, in the order the query gives them. */
  all<T = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** First row of a query, or undefined. */
  get<T = SqlRow>(sql: string, params?: readonly SqlParam[]): Promise<T | undefined>;
  /** A write; resolves to the number of rows it changed. */
  run(sql: string, params?: readonly SqlParam[]): Promise<number>;
  /** Several `;`-separated statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` in one serializable transaction: committed when it resolves, rolled back when it
   * throws. Writers are serialized (node:sqlite: BEGIN IMMEDIATE, one writer per file across
   * processes; PostgreSQL: SERIALIZABLE, where `work` may run again after a conflict, so it must
   * not act outside the transaction).
   */
  transaction<T>(work: (tx: SqlDatabase) => Promise<T>): Promise<T>;
  /**
   * Wakes the listeners of `topic` on this store (see `listen`) when this transaction commits, and
   * never when it rolls back; outside a transaction, at once. node:sqlite: every thread of this
   * process that listens on the same file (a BroadcastChannel per file and topic), not other
   * processes; PostgreSQL: `NOTIFY` inside the transaction, which the server delivers at commit to
   * the listeners in every process. Calling it again in one transaction adds nothing.
   */
  notifyOnCommit(topic: string): Promise<void>;
  /**
   * Calls `wake` after commits that notified `topic` on this store (several close together may
   * wake once). Resolves once the first attempt to listen has finished, connected or not. On
   * PostgreSQL it listens on a connection of its own, outside the pool; when that connection is
   * lost, `onLost` is called once and it reconnects with backoff, calling `onRestored` when
   * listening again (a commit in between woke nobody: the caller should look again then).
   */
  listen(topic: string, wake: () => void, events?: ListenEvents): Promise<SqlListener>;
  /**
   * Runs `work` holding this store's lock `name`, waiting for it, so that one caller at a time does
   * it: across processes on PostgreSQL (a session advisory lock held by a pooled connection of its
   * own until `work` settles; losing that connection releases it early); within this thread on
   * node:sqlite.
   */
  exclusive<T>(name: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ListenEvents {
  /** The listening connection was lost (or could not be opened); called once until restored. */
  onLost?: (error: unknown) => void;
  /** Listening again after a loss. */
  onRestored?: () => void;
}

export interface SqlListener {
  /** Whether commits wake the listener now (false while its connection is lost). */
  listening(): boolean;
  stop(): Promise<void>;
}

function toDriverValue(value: SqlParam): SqlValue {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** The single number a `SELECT COUNT(*) AS n …` statement returns. */
export async function countRows(db: SqlDatabase, sql: string, params: readonly SqlParam[]): Promise<number> {
  return Number((await db.get<{ n: number }>(sql, params))?.n ?? 0);
}

/** `IN (?, ?, …)` for a list of n values. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** `items` in consecutive slices of at most `size`. */
export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Runs `sql` once per chunk of `ids`, replacing each `(:ids)` with a placeholder list (the ids are
 * bound once per occurrence, in order), and concatenates the rows. `before` and `after` are parameters bound before and after the id list.
 */
export async function allWhereIn<T = SqlRow>(
  db: SqlDatabase,
  sql: string,
  ids: readonly SqlParam[],
  before: readonly SqlParam[] = [],
  after: readonly SqlParam[] = [],
  chunk = 500,
  /** Builds the parameters from a chunk of ids, for statements that interleave them with others. */
  paramsOf?: (ids: readonly SqlParam[]) => SqlParam[],
): Promise<T[]> {
  if (ids.length === 0) return [];
  const rows: T[] = [];
  for (let start = 0; start < ids.length; start += chunk) {
    const slice = ids.slice(start, start + chunk);
    const list = `(${placeholders(slice.length)})`;
    const occurrences = sql.split('(:ids)').length - 1;
    const params = paramsOf ? paramsOf(slice) : [...before, ...Array.from({ length: occurrences }, () => slice).flat(), ...after];
    rows.push(...(await db.all<T>(sql.replaceAll('(:ids)', list), params)));
  }
  return rows;
}

/** Prepared statements a node:sqlite connection keeps (see SqliteDatabase.statements). */
const STATEMENT_CACHE_SIZE = 500;

/** Serializes async critical sections (node:sqlite has one connection per file). */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async lock<T>(work: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/** node:sqlite locks of `exclusive`, by file and name, for this thread. */
const sqliteLocks = new Map<string, Mutex>();

/**
 * What a node:sqlite connection shares with its transactions: the file's name for in-process
 * signals (`:memory:` gets a name of its own, since no other connection opens it) and the posting
 * ends of those signals, one per topic (a BroadcastChannel does not receive its own messages, so
 * listeners open their own).
 */
interface SqliteSignals {
  readonly store: string;
  readonly senders: Map<string, BroadcastChannel>;
}

const signalName = (store: string, topic: string) => `opsgraph:${store}:${topic}`;

function postSignal(signals: SqliteSignals, topic: string): void {
  let sender = signals.senders.get(topic);
  if (!sender) {
    sender = new BroadcastChannel(signalName(signals.store, topic));
    sender.unref();
    signals.senders.set(topic, sender);
  }
  sender.postMessage(null);
}

class SqliteDatabase implements SqlDatabase {
  readonly dialect = 'sqlite' as const;
  /**
   * Prepared statements by SQL text, one cache per connection, shared with its transactions (a
   * statement prepared in one is reused by the next). Bounded: SQL texts vary in shape (IN-lists of
   * each length), and a statement holds native memory until it is collected, so the least recently
   * used ones are dropped past STATEMENT_CACHE_SIZE.
   */
  private readonly statements: LRUCache<string, StatementSync>;
  private readonly writeLock = new Mutex();
  private readonly db: DatabaseSync;
  private readonly inTransaction: boolean;
  private readonly signals: SqliteSignals;
  /** Topics notified in this transaction, posted at its commit. */
  private readonly pendingSignals = new Set<string>();

  constructor(
    db: DatabaseSync,
    signals: SqliteSignals,
    inTransaction = false,
    statements = new LRUCache<string, StatementSync>({ max: STATEMENT_CACHE_SIZE }),
  ) {
    this.db = db;
    this.signals = signals;
    this.inTransaction = inTransaction;
    this.statements = statements;
  }

  private prepare(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    return this.prepare(sql).all(...params.map(toDriverValue)) as T[];
  }

  async get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return this.prepare(sql).get(...params.map(toDriverValue)) as T | undefined;
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    const execute = async () => Number(this.prepare(sql).run(...params.map(toDriverValue)).changes);
    return this.inTransaction ? execute() : this.writeLock.lock(execute);
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  async transaction<T>(work: (tx: SqlDatabase) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    return this.writeLock.lock(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      const tx = new SqliteDatabase(this.db, this.signals, true, this.statements);
      try {
        const result = await work(tx);
        this.db.exec('COMMIT');
        for (const topic of tx.pendingSignals) postSignal(this.signals, topic);
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  async notifyOnCommit(topic: string): Promise<void> {
    if (this.inTransaction) this.pendingSignals.add(topic);
    else postSignal(this.signals, topic);
  }

  async listen(topic: string, wake: () => void): Promise<SqlListener> {
    const channel = new BroadcastChannel(signalName(this.signals.store, topic));
    channel.unref();
    channel.onmessage = () => wake();
    return {
      listening: () => true,
      async stop() {
        channel.close();
      },
    };
  }

  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
    const key = `${this.signals.store}:${name}`;
    let lock = sqliteLocks.get(key);
    if (!lock) {
      lock = new Mutex();
      sqliteLocks.set(key, lock);
    }
    return lock.lock(work);
  }

  async close(): Promise<void> {
    for (const sender of this.signals.senders.values()) sender.close();
    this.signals.senders.clear();
    if (this.db.isOpen) this.db.close();
  }
}

/** pg returns BIGINT and NUMERIC as strings; our values are integer minor units, safe as numbers. */
const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20 || oid === 1700) return (value: string) => Number(value);
    return (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format);
  },
};

function toPgSql(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

type PgQueryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** How long a call waits for a connection slot on a server (or role) at its connection limit, before it is unavailable: well within the gateway's subgraph timeout. */
const CONNECTION_SLOT_WAIT_MS = 2_500;

/** too_many_connections: the server, the database or the role is at its limit; raised as a connection starts, before any statement. */
function isAtConnectionLimit(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === '53300';
}

/**
 * Runs a driver call; a server that cannot be reached surfaces as SystemUnavailableError (answered
 * UPSTREAM_UNAVAILABLE). A server at its connection limit refused the connection before running
 * anything, so the call is tried again, backing off, until a slot frees up or CONNECTION_SLOT_WAIT_MS
 * passed: several processes over one server share its slots without a coordinator.
 */
async function reachable<T>(call: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + CONNECTION_SLOT_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (isAtConnectionLimit(error) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** attempt, 500)));
        continue;
      }
      if (isUnreachable(error) || isAtConnectionLimit(error)) {
        throw new SystemUnavailableError('The PostgreSQL server of this store could not be reached', { cause: error });
      }
      throw error;
    }
  }
}

/** How often a transaction that lost a serialization conflict is run again before the error surfaces. */
const SERIALIZATION_ATTEMPTS = 20;

/** serialization_failure and deadlock_detected: the transaction can be retried as a whole. */
function isSerializationFailure(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === '40001' || code === '40P01';
}

/** Where a PostgreSQL store lives: its server and its schema (channels and locks are named after it). */
interface PostgresStore {
  readonly url: string;
  readonly schema: string;
}

/** PostgreSQL identifiers (a channel name) are at most 63 bytes: a longer one is shortened by a hash. */
function pgChannel(store: PostgresStore, topic: string): string {
  const channel = `${topic}_${store.schema}`;
  return channel.length <= 63 ? channel : `${topic}_${createHash('sha256').update(store.schema).digest('hex').slice(0, 32)}`;
}

/** Delays between attempts to listen again after the connection was lost. */
const LISTEN_RETRY_MS = [100, 200, 500, 1_000, 2_000, 5_000];

class PostgresDatabase implements SqlDatabase {
  readonly dialect = 'postgres' as const;
  private readonly pool: pg.Pool;
  private readonly client: PgQueryable;
  private readonly store: PostgresStore;
  /** Topics this transaction already notified. */
  private readonly notified = new Set<string>();

  constructor(pool: pg.Pool, store: PostgresStore, client: PgQueryable = pool) {
    this.pool = pool;
    this.store = store;
    this.client = client;
  }

  async all<T>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const result = await reachable(() => this.client.query(toPgSql(sql), params.map(toDriverValue)));
    return result.rows as T[];
  }

  async get<T>(sql: string, params: readonly SqlParam[] = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<number> {
    const result = await reachable(() => this.client.query(toPgSql(sql), params.map(toDriverValue)));
    return result.rowCount ?? 0;
  }

  async exec(sql: string): Promise<void> {
    await reachable(() => this.client.query(sql));
  }

  /**
   * Runs `work` in a SERIALIZABLE transaction, so a check and the write that depends on it (a
   * balance, a status, a cap) hold together against concurrent writers in any process: PostgreSQL
   * aborts one of two conflicting transactions with a serialization failure, and the loser runs
   * `work` again from the start on fresh data, up to SERIALIZATION_ATTEMPTS times with jittered
   * backoff. `work` must therefore have no effect outside the transaction.
   */
  async transaction<T>(work: (tx: SqlDatabase) => Promise<T>): Promise<T> {
    if (this.client !== this.pool) return work(this);
    for (let attempt = 1; ; attempt++) {
      const client = await reachable(() => this.pool.connect());
      try {
        await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
        const result = await work(new PostgresDatabase(this.pool, this.store, client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        if (!isSerializationFailure(error) || attempt >= SERIALIZATION_ATTEMPTS) throw error;
      } finally {
        client.release();
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(200, 2 ** attempt) * (0.5 + Math.random())));
    }
  }

  async notifyOnCommit(topic: string): Promise<void> {
    // A rolled-back (or retried) transaction's NOTIFY is discarded with it.
    if (this.notified.has(topic)) return;
    await this.run("SELECT pg_notify(?, '')", [pgChannel(this.store, topic)]);
    if (this.client !== this.pool) this.notified.add(topic);
  }

  async listen(topic: string, wake: () => void, events: ListenEvents = {}): Promise<SqlListener> {
    const channel = pgChannel(this.store, topic);
    let client: pg.Client | null = null;
    let stopped = false;
    let lost = false;
    let attempt = 0;
    let retry: NodeJS.Timeout | null = null;

    const connect = async (): Promise<void> => {
      const candidate = new pg.Client({ connectionString: this.store.url, application_name: `opsgraph listen ${channel}` });
      candidate.on('notification', (message) => {
        if (message.channel === channel) wake();
      });
      // A lost connection emits 'error' (handled here, so it never throws) and then 'end'.
      candidate.on('error', () => undefined);
      candidate.on('end', () => {
        if (client !== candidate) return;
        client = null;
        dropped(new Error(`the connection listening on ${channel} ended`));
      });
      try {
        await candidate.connect();
        await candidate.query(`LISTEN "${channel}"`);
      } catch (error) {
        await candidate.end().catch(() => undefined);
        throw error;
      }
      if (stopped) {
        await candidate.end().catch(() => undefined);
        return;
      }
      client = candidate;
      attempt = 0;
      if (lost) {
        lost = false;
        events.onRestored?.();
      }
    };

    const dropped = (error: unknown) => {
      if (stopped) return;
      if (!lost) {
        lost = true;
        events.onLost?.(error);
      }
      retry = setTimeout(
        () => {
          retry = null;
          if (!stopped) connect().catch(dropped);
        },
        LISTEN_RETRY_MS[Math.min(attempt++, LISTEN_RETRY_MS.length - 1)],
      );
      retry.unref();
    };

    await connect().catch(dropped);
    return {
      listening: () => client !== null,
      async stop() {
        stopped = true;
        if (retry) clearTimeout(retry);
        const current = client;
        client = null;
        await current?.end().catch(() => undefined);
      },
    };
  }

  async exclusive<T>(name: string, work: () => Promise<T>): Promise<T> {
    const client = await reachable(() => this.pool.connect());
    const key = `${this.store.schema}:${name}`;
    try {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', [key]);
    } catch (error) {
      client.release(true);
      throw error;
    }
    try {
      return await work();
    } finally {
      // A connection that cannot unlock is closed instead, which releases its locks.
      const unlocked = await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).then(
        () => true,
        () => false,
      );
      client.release(!unlocked);
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

export interface OpenDatabaseOptions {
  /** PostgreSQL connection string; absent means node:sqlite at `sqlitePath`. */
  postgresUrl?: string;
  /** PostgreSQL schema holding this store's tables (created if missing). */
  postgresSchema?: string;
  /** node:sqlite file, or `:memory:`. */
  sqlitePath?: string;
  /** PostgreSQL connections this store's pool opens at most. @default 5 */
  poolMax?: number;
}

export async function openDatabase(options: OpenDatabaseOptions): Promise<SqlDatabase> {
  if (options.postgresUrl) {
    const schema = options.postgresSchema ?? 'public';
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid PostgreSQL schema name "${schema}"`);
    const bootstrap = await reachable(async () => {
      // A client that failed to connect cannot be connected again: each attempt makes its own.
      const client = new pg.Client({ connectionString: options.postgresUrl });
      await client.connect();
      return client;
    });
    try {
      await bootstrap.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } catch (error) {
      // Two stores racing to create the same schema: the loser sees a unique violation.
      if ((error as { code?: string }).code !== '23505') throw error;
    } finally {
      await bootstrap.end();
    }
    const pool = new pg.Pool({
      connectionString: options.postgresUrl,
      options: `-c search_path=${schema}`,
      types: pgTypes,
      max: options.poolMax ?? 5,
    });
    return new PostgresDatabase(pool, { url: options.postgresUrl, schema });
  }
  const path = options.sqlitePath ?? ':memory:';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000');
  return new SqliteDatabase(db, { store: path === ':memory:' ? `memory-${randomUUID()}` : resolve(path), senders: new Map() });
}

/**
 * One migration: portable DDL, or DDL per dialect where the two differ (e.g. an auto-numbered key:
 * `INTEGER PRIMARY KEY AUTOINCREMENT` on node:sqlite, `BIGSERIAL PRIMARY KEY` on PostgreSQL).
 */
export type Migration = string | { sqlite: string; postgres: string };

/** Applies a store's migrations once each, in order, recording them in `schema_migrations`. */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[]): Promise<void> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set((await db.all<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => Number(row.version)));
  for (const [index, ddl] of migrations.entries()) {
    const version = index + 1;
    if (applied.has(version)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(typeof ddl === 'string' ? ddl : ddl[db.dialect]);
      await tx.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?) ON CONFLICT DO NOTHING', [version, new Date().toISOString()]);
    });
  }
}

/** Inserts one row; columns are its keys. */
export async function insertRow(db: SqlDatabase, table: string, row: object): Promise<void> {
  const entries = Object.entries(row);
  await db.run(
    `INSERT INTO ${table} (${entries.map(([column]) => column).join(', ')}) VALUES (${placeholders(entries.length)})`,
    entries.map(([, value]) => value as SqlParam),
  );
}

/** Inserts rows in multi-row statements of at most `chunk` rows; columns come from the first row. */
export async function insertRows(db: SqlDatabase, table: string, rows: readonly SqlRow[], chunk = 400): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const values = slice.map(() => `(${placeholders(columns.length)})`).join(', ');
    const params = slice.flatMap((row) => columns.map((column) => row[column] as SqlParam));
    await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, params);
  }
}
