/**
 * A subgraph's entity cache (docs/caching.md, Entity caches): the connector's records for the hot
 * reads (a project, a customer, a consultant by id, a customer's projects, rate cards, exchange
 * rates), kept in keyv (this thread's memory, or Redis with REDIS_URL, shared by every process over
 * the same store) and read before the connector. Records, never rendered results: the loaders apply
 * the row rules (a portal caller's customer) to what comes back, and the field rules apply after, on
 * every request, so one cached record serves every caller alike.
 *
 * Invalidation by domain events: each event marks `id:<hub id>` for its aggregate and every hub id
 * in its data; a record is served only if none of its tags was marked since the read that fetched it
 * started. A TTL bounds what no event announces. Reads that decide governed writes (the system APIs)
 * and the fetches of a mutation or behind a subscription (FRESH_READ_HEADER) go to the connector.
 * A Redis call that fails or is slow is a miss plus one log line per outage, never an error.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createMarkedCache, markedSince } from '../../platform/cache.ts';
import { env } from '../../platform/env.ts';
import type { DomainEvent, EventBus, EventSubscription } from '../../platform/events/types.ts';
import { FRESH_READ_HEADER, type RequestInfo } from '../../platform/http.ts';

export interface EntityCacheOptions {
  enabled: boolean;
  /** Redis to keep records and marks in; unset: this thread's memory. */
  redisUrl?: string;
  /** Longest life of a record (and how long a mark is kept past it). */
  ttlMs: number;
  maxEntries: number;
  maxBytes: number;
  /** Longest wait on Redis per call. */
  timeoutMs: number;
  /** Keys' prefix: the domain and its store, so caches over other data never meet. */
  namespace: string;
}

/** The options the environment gives `domain`'s cache over the store at `storeLocation` (null: a store only this process sees). */
export function entityCacheOptionsFromEnv(domain: string, storeLocation: string | null): EntityCacheOptions {
  const store = storeLocation === null ? randomUUID() : createHash('sha256').update(storeLocation).digest('hex').slice(0, 24);
  return {
    enabled: env.entityCache(),
    redisUrl: env.redisUrl(),
    ttlMs: env.entityCacheTtlMs(),
    maxEntries: env.entityCacheMaxEntries(),
    maxBytes: env.entityCacheMaxMegabytes() * 1024 * 1024,
    timeoutMs: env.entityCacheTimeoutMs(),
    namespace: `opsgraph-entity:${domain}:${store}`,
  };
}

/** One request's reads: past the cache (`fresh`) or through it, and the oldest cached record it was answered from. */
export interface ReadScope {
  fresh: boolean;
  /** When the read that fetched the oldest record served from the cache started (ms), or null. */
  oldestCachedAt: number | null;
}

/** The read scope of a subgraph request: fresh when the gateway says so (a mutation's or a subscription's fetch). */
export function readScopeOf(info: RequestInfo): ReadScope {
  return { fresh: info.req.headers[FRESH_READ_HEADER] === '1', oldestCachedAt: null };
}

export interface EntityCacheStats {
  hits: number;
  misses: number;
  /** Reads that went past the cache (fresh scopes, or the cache off). */
  bypassed: number;
  stored: number;
  /** Records found but marked since they were read. */
  stale: number;
  /** Events applied. */
  events: number;
  failures: number;
  /** Writes still under way. */
  storing: number;
  memory: { entries: number; bytes: number; tags: number } | null;
}

export interface EntityCache {
  readonly enabled: boolean;
  /**
   * `fetch`'s values for `items` (aligned with them), each from the cache when it holds one no mark
   * invalidated, else from `fetch` (called once, with the items it lacks, in order). `tagsOf` names
   * what a fetched value depends on (`id:<hub id>`, or a tag such as `fx`); null: not kept.
   */
  through<Item, Value>(
    kind: string,
    items: readonly Item[],
    keyOf: (item: Item) => string,
    fetch: (items: readonly Item[]) => Promise<Value[]>,
    tagsOf: (item: Item, value: Value) => string[] | null,
    scope: ReadScope,
  ): Promise<Value[]>;
  /** Marks `tags` now: records read before no longer serve. */
  mark(tags: readonly string[]): Promise<void>;
  /** Marks what `event` changes. */
  apply(event: DomainEvent): Promise<void>;
  stats(): EntityCacheStats;
  stop(): Promise<void>;
}

/** Hub ids an event's data may name before it marks `all` instead. */
const MAX_EVENT_IDS = 1_000;
/** Largest record kept (key and value). */
const MAX_ENTRY_BYTES = 256 * 1024;
const HUB_ID = /^[a-z]{3}_[A-Za-z0-9_-]{1,200}$/;

interface StoredRecord {
  /** When the read that fetched it started (ms). */
  s: number;
  t: string[];
  v: unknown;
}

/** The hub ids in `value` (strings shaped like one), into `ids`; false past `limit`. */
function collectHubIds(value: unknown, ids: Set<string>, limit: number): boolean {
  if (typeof value === 'string') {
    if (HUB_ID.test(value)) ids.add(value);
    return ids.size <= limit;
  }
  if (Array.isArray(value)) return value.every((item) => collectHubIds(item, ids, limit));
  if (value && typeof value === 'object') return Object.values(value).every((item) => collectHubIds(item, ids, limit));
  return true;
}

/** The tags a domain event marks: its aggregate and every hub id in its data (`all` when they are too many). */
export function eventTags(event: DomainEvent): string[] {
  const ids = new Set<string>([event.aggregateId]);
  const complete = collectHubIds(event.data ?? {}, ids, MAX_EVENT_IDS);
  return complete ? [...ids].map((id) => `id:${id}`) : ['all'];
}

// Hits and misses of this thread's caches, in memory another thread (the hub's, which serves
// /metrics) can read: a subgraph thread is handed its buffer (useEntityCacheCounters).
let counters = new BigInt64Array(new SharedArrayBuffer(16));
const watched = new Set<BigInt64Array>();

/** Counts this thread's lookups into `buffer` (a subgraph thread's, which the hub watches). */
export function useEntityCacheCounters(buffer: SharedArrayBuffer): void {
  counters = new BigInt64Array(buffer);
}

/** A buffer for a subgraph thread's counts, summed into `entityCacheCounts` until the returned function is called. */
export function watchEntityCacheCounters(): { buffer: SharedArrayBuffer; unwatch: () => void } {
  const buffer = new SharedArrayBuffer(16);
  const view = new BigInt64Array(buffer);
  watched.add(view);
  return { buffer, unwatch: () => void watched.delete(view) };
}

/** Entity-cache hits and misses of this thread and of the subgraph threads it watches (the `entity` cache of /metrics). */
export function entityCacheCounts(): { hits: number; misses: number } {
  let hits = 0;
  let misses = 0;
  for (const view of [counters, ...watched]) {
    hits += Number(Atomics.load(view, 0));
    misses += Number(Atomics.load(view, 1));
  }
  return { hits, misses };
}

/** The entity caches of this thread. */
const running = new Set<EntityCache>();

/** The counts of this thread's entity caches (tests, diagnostics). */
export function entityCacheStats(): EntityCacheStats[] {
  return [...running].map((cache) => cache.stats());
}

/** Applies `event` to every entity cache of this thread. */
export async function applyToEntityCaches(event: DomainEvent): Promise<void> {
  await Promise.all([...running].map((cache) => cache.apply(event)));
}

/**
 * Delivers every domain event to this thread's entity caches and to `forward` (the hub's subgraph
 * threads), from a transient consumer group of its own: every process applies every event.
 */
export function subscribeEntityCaches(bus: EventBus, forward: (event: DomainEvent) => Promise<void> = async () => undefined): Promise<EventSubscription> {
  return bus.subscribe({
    group: `entity-caches-${randomUUID()}`,
    from: 'new',
    transient: true,
    async handler(event) {
      // A cache that cannot mark distrusts itself (see `call`); the event is not redelivered for it.
      await Promise.all([applyToEntityCaches(event), forward(event)]).catch(() => undefined);
    },
  });
}

export function createEntityCache(options: EntityCacheOptions): EntityCache {
  const counts = { hits: 0, misses: 0, bypassed: 0, stored: 0, stale: 0, events: 0 };
  const marked = createMarkedCache({
    redisUrl: options.redisUrl,
    namespace: options.namespace,
    maxEntries: options.maxEntries,
    maxBytes: options.maxBytes,
    maxEntryBytes: MAX_ENTRY_BYTES,
    ttlMs: options.ttlMs,
    timeoutMs: options.timeoutMs,
    outageLog: {
      event: 'entity_cache_unavailable',
      message: 'entity cache unavailable: records are read from the connector until it is back',
      fields: { namespace: options.namespace.split(':')[1] },
    },
  });
  const { call, mark, trusted } = marked;
  const pending = new Set<Promise<unknown>>();
  let stopped = false;

  /** The records kept under `keys` that no mark invalidated (undefined where none). */
  async function lookup(keys: readonly string[]): Promise<(StoredRecord | undefined)[]> {
    if (!(await trusted())) return keys.map(() => undefined);
    const raws = await call((keyv) => keyv.getMany([...keys]));
    const records = raws.map((raw) => (typeof raw === 'string' ? (JSON.parse(raw) as StoredRecord) : undefined));
    const tags = new Set<string>(['all']);
    for (const record of records) for (const tag of record?.t ?? []) tags.add(tag);
    const marks = await marked.lastMarks([...tags]);
    return records.map((record) => {
      if (!record) return undefined;
      if (markedSince(marks.get('all'), record.s) || record.t.some((tag) => markedSince(marks.get(tag), record.s))) {
        counts.stale += 1;
        return undefined;
      }
      return record;
    });
  }

  async function keep(entries: [string, StoredRecord][]): Promise<void> {
    if (!(await trusted())) return;
    const kept: { key: string; value: string; ttl: number }[] = [];
    for (const [key, record] of entries) {
      const value = JSON.stringify(record);
      if (Buffer.byteLength(value) + key.length <= MAX_ENTRY_BYTES) kept.push({ key: `r:${key}`, value, ttl: options.ttlMs });
    }
    if (kept.length === 0) return;
    await call((keyv) => keyv.setMany(kept));
    counts.stored += kept.length;
  }

  function track(promise: Promise<unknown>): void {
    const settled = promise.catch(() => undefined).finally(() => pending.delete(settled));
    pending.add(settled);
  }

  const keyOfEntry = (kind: string, key: string) => (key.length <= 200 ? `${kind}:${key}` : `${kind}#${createHash('sha256').update(key).digest('base64url')}`);

  const cache: EntityCache = {
    enabled: options.enabled,
    async through(kind, items, keyOf, fetch, tagsOf, scope) {
      if (!options.enabled || scope.fresh || stopped) {
        counts.bypassed += items.length;
        return fetch(items);
      }
      if (items.length === 0) return [];
      const keys = items.map((item) => keyOfEntry(kind, keyOf(item)));
      // Taken before anything is read: a mark applied from here on is after it.
      const startedAt = Date.now();
      let found: (StoredRecord | undefined)[];
      try {
        found = await lookup(keys.map((key) => `r:${key}`));
      } catch {
        found = keys.map(() => undefined);
      }
      const values: unknown[] = new Array(items.length);
      const missing: number[] = [];
      found.forEach((record, i) => {
        if (record) {
          values[i] = record.v;
          scope.oldestCachedAt = Math.min(scope.oldestCachedAt ?? record.s, record.s);
        } else missing.push(i);
      });
      counts.hits += items.length - missing.length;
      counts.misses += missing.length;
      Atomics.add(counters, 0, BigInt(items.length - missing.length));
      Atomics.add(counters, 1, BigInt(missing.length));
      if (missing.length > 0) {
        const fetched = await fetch(missing.map((i) => items[i]));
        const entries: [string, StoredRecord][] = [];
        missing.forEach((i, j) => {
          values[i] = fetched[j];
          const tags = tagsOf(items[i], fetched[j]);
          if (tags) entries.push([keys[i], { s: startedAt, t: tags, v: fetched[j] }]);
        });
        // Kept beside the answer, not before it: the request does not wait for the cache.
        if (entries.length > 0) track(keep(entries));
      }
      return values as Awaited<ReturnType<typeof fetch>>;
    },
    async mark(tags) {
      if (!options.enabled) return;
      await mark(tags);
    },
    async apply(event) {
      if (!options.enabled) return;
      counts.events += 1;
      try {
        await mark(eventTags(event));
      } catch {
        // Logged by `call`; nothing is served before `all` is marked again.
      }
    },
    stats() {
      return { ...counts, failures: marked.failures(), storing: pending.size, memory: marked.memory() };
    },
    async stop() {
      stopped = true;
      running.delete(cache);
      await Promise.all(pending);
      await marked.stop();
    },
  };
  if (options.enabled) {
    running.add(cache);
    // With Redis, the first mark of `all` (and the connection) is made at once, given as long as a connection may take.
    if (marked.redis) track(trusted(marked.connectTimeoutMs));
  }
  return cache;
}

/** The connector methods a domain reads through its entity cache, over the bare connector, for one request's scope. */
export type CachedReads<Connector> = (connector: Connector, cache: EntityCache, scope: ReadScope) => Partial<Connector>;

/** One request's connector for its loaders, and its read scope (for the context, `readScope`). */
export interface RequestReads<Connector> {
  connector: Connector;
  readScope: ReadScope;
}

/**
 * Per request: the connector the loaders read through (the cached methods of `cached` over
 * `connector`, or `connector` itself for a fresh read or with the cache off) and its scope.
 */
export function requestReads<Connector extends object>(
  connector: Connector,
  cache: EntityCache,
  cached: CachedReads<Connector>,
): (info: RequestInfo) => RequestReads<Connector> {
  return (info) => {
    const readScope = readScopeOf(info);
    if (!cache.enabled || readScope.fresh) return { connector, readScope };
    const view = Object.create(connector) as Connector;
    Object.assign(view, cached(connector, cache, readScope));
    return { connector: view, readScope };
  };
}

/** Reads past any cache: what a subgraph built without one (tests) uses. */
export function bareReads<Connector extends object>(connector: Connector): (info: RequestInfo) => RequestReads<Connector> {
  return (info) => ({ connector, readScope: readScopeOf(info) });
}

/** Rows by id through the cache: `fetch` returns the rows of the ids it finds; a missing id is not kept. */
export function rowsById<Row>(
  cache: EntityCache,
  scope: ReadScope,
  kind: string,
  fetch: (ids: readonly string[]) => Promise<Row[]>,
  idOf: (row: Row) => string,
  tagsOf: (row: Row) => string[],
): (ids: readonly string[]) => Promise<Row[]> {
  return async (ids) => {
    const unique = [...new Set(ids)];
    const rows = await cache.through<string, Row | null>(
      kind,
      unique,
      (id) => id,
      async (missing) => {
        const byId = new Map((await fetch(missing)).map((row) => [idOf(row), row]));
        return missing.map((id) => byId.get(id) ?? null);
      },
      (_id, row) => (row === null ? null : tagsOf(row)),
      scope,
    );
    return rows.filter((row): row is Row => row !== null);
  };
}

/** Rows grouped by a key through the cache (every group kept, an empty one too): `fetch` returns the rows of every key asked. */
export function groupsByKey<Key, Row>(
  cache: EntityCache,
  scope: ReadScope,
  kind: string,
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyText: (key: Key) => string,
  groupOf: (row: Row) => string,
  tagsOf: (key: Key, rows: readonly Row[]) => string[],
): (keys: readonly Key[]) => Promise<Row[]> {
  return async (keys) => {
    const unique = [...new Map(keys.map((key) => [keyText(key), key])).values()];
    const groups = await cache.through<Key, Row[]>(
      kind,
      unique,
      keyText,
      async (missing) => {
        const byKey = new Map<string, Row[]>(missing.map((key) => [keyText(key), []]));
        for (const row of await fetch(missing)) byKey.get(groupOf(row))?.push(row);
        return missing.map((key) => byKey.get(keyText(key)) ?? []);
      },
      tagsOf,
      scope,
    );
    return groups.flat();
  };
}
