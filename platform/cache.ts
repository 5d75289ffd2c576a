/**
 * A keyv store for a cache (createKeyvCache), and on it a store of entries invalidated by marks
 * (createMarkedCache), which the gateway's response cache and the subgraphs' entity caches share.
 *
 * The keyv store: this process's memory (an LRU bounded by entries, bytes and entry size)
 * or, with a Redis URL, Redis through @keyv/redis, which gateway replicas share. Failures surface:
 * a Redis call that fails rejects (keyv's `throwOnErrors`), so the caller can count it as a miss and
 * stop trusting what it cannot check; nothing here retries or waits past `connectTimeoutMs` to connect.
 */
import { randomUUID } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import { logger } from './logger.ts';

export interface KeyvCacheOptions {
  /** Redis to keep entries in; unset: this process's memory. */
  redisUrl?: string;
  /** Prefix of every key, so caches of different contents never read each other's entries. */
  namespace: string;
  /** Entries kept in memory (the Redis server bounds its own memory). */
  maxEntries: number;
  /** Bytes kept in memory, keys and values counted in UTF-8. */
  maxBytes: number;
  /** Largest entry (key and value) kept in memory; a larger one is not stored. */
  maxEntryBytes: number;
  /** Longest wait to (re)connect to Redis before a call fails. @default 1000 */
  connectTimeoutMs?: number;
}

export interface KeyvCache {
  keyv: Keyv<string>;
  backend: 'memory' | 'redis';
  /** What the cache holds in this process (null when it lives in Redis). */
  stats(): { entries: number; bytes: number } | null;
  disconnect(): Promise<void>;
}

export function createKeyvCache(options: KeyvCacheOptions): KeyvCache {
  if (options.redisUrl) {
    const store = new KeyvRedis(options.redisUrl, {
      throwOnConnectError: true,
      throwOnErrors: true,
      connectionTimeout: options.connectTimeoutMs ?? 1_000,
    });
    const keyv = new Keyv<string>({ store, namespace: options.namespace, throwOnErrors: true });
    // Failures reach the caller as rejections; the emitted copies are not needed.
    keyv.on('error', () => undefined);
    // Forced: a client still trying to reach a Redis that is down would otherwise hold the caller's stop.
    return { keyv, backend: 'redis', stats: () => null, disconnect: () => store.disconnect(true) };
  }
  const lru = new LRUCache<string, string>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    maxEntrySize: options.maxEntryBytes,
    sizeCalculation: (value, key) => Math.max(1, Buffer.byteLength(key) + Buffer.byteLength(value)),
  });
  // keyv hands a store its TTL as a number (lru-cache takes an options object); the LRU drops an
  // entry once it expires, and keyv, which keeps the expiry in the value, never returns one past it.
  const store = {
    get: (key: string) => lru.get(key),
    set: (key: string, value: string, ttl?: number) => {
      lru.set(key, value, typeof ttl === 'number' && ttl > 0 ? { ttl } : {});
      return true;
    },
    delete: (key: string) => lru.delete(key),
    clear: () => lru.clear(),
    has: (key: string) => lru.has(key),
  };
  const keyv = new Keyv<string>({ store, namespace: options.namespace, throwOnErrors: true });
  return { keyv, backend: 'memory', stats: () => ({ entries: lru.size, bytes: lru.calculatedSize }), disconnect: async () => lru.clear() };
}

/** After a Redis failure nothing is tried for this long. */
export const MARKED_CACHE_RETRY_AFTER_MS = 1_000;
/** A mark made by another process counts this much later, for clocks that disagree. */
const REDIS_CLOCK_SKEW_MS = 250;
/** Marks kept in memory at most; past it the oldest fold into one mark of `all`. */
const MAX_MEMORY_TAGS = 100_000;

export interface MarkedCacheOptions extends Omit<KeyvCacheOptions, 'connectTimeoutMs'> {
  /** Longest life of an entry; a mark is kept a minute past it, so it outlives every entry it can invalidate. */
  ttlMs: number;
  /** Longest wait on the store per call. */
  timeoutMs: number;
  /** The one log line of an outage: its `event` field, message and any further fields. */
  outageLog: { event: string; message: string; fields?: Record<string, unknown> };
  /**
   * While `all` is still to be marked after a failure, try it again every MARKED_CACHE_RETRY_AFTER_MS
   * without waiting for a read, so other processes stop serving what this one may have failed to mark.
   */
  recoverInBackground?: boolean;
}

/**
 * A keyv store of entries invalidated by marks: a writer tags each entry and records when the read
 * that produced it started; an event marks tags with the time; an entry is served only if none of its
 * tags (nor `all`) was marked since it was read. In memory the marks are a bounded map; with Redis
 * they are keys (`t:<tag>`) that every process over the same namespace shares, and a mark from
 * another process counts REDIS_CLOCK_SKEW_MS later.
 *
 * Redis trust: after a failed call nothing is tried until MARKED_CACHE_RETRY_AFTER_MS has passed,
 * and nothing is trusted until `all` has been marked again (marks may have been lost meanwhile); a new
 * cache over Redis marks `all` first, since events may have gone unapplied while no process ran. A
 * failure is logged once per outage.
 */
export interface MarkedCache {
  readonly redis: boolean;
  /** How long a (re)connection may take: the bound to give the first `trusted` call. */
  readonly connectTimeoutMs: number;
  /** Calls that failed or timed out so far. */
  failures(): number;
  /** One store call, bounded in time; a failure (or a call during an outage) rejects. */
  call<T>(run: (keyv: Keyv<string>) => Promise<T>, timeoutMs?: number): Promise<T>;
  /** Marks `tags` now. */
  mark(tags: readonly string[], timeoutMs?: number): Promise<void>;
  /** Whether the store may be read and written: always in memory; with Redis, once `all` was marked since the last failure. */
  trusted(timeoutMs?: number): Promise<boolean>;
  /** When each tag was last marked (undefined: not since its marks expired). */
  lastMarks(tags: readonly string[]): Promise<Map<string, number | undefined>>;
  /** What this process holds in memory (null over Redis). */
  memory(): { entries: number; bytes: number; tags: number } | null;
  stop(): Promise<void>;
}

/** Whether a mark made `at` (from `lastMarks`) invalidates an entry read at `readAt`. */
export function markedSince(at: number | undefined, readAt: number): boolean {
  return at !== undefined && (Number.isNaN(at) || at >= readAt);
}

export function createMarkedCache(options: MarkedCacheOptions): MarkedCache {
  const redis = Boolean(options.redisUrl);
  const connectTimeoutMs = Math.max(options.timeoutMs, MARKED_CACHE_RETRY_AFTER_MS);
  // Marks in Redis name the process that made them: only another one's clock may disagree with ours.
  const instance = randomUUID();
  let store: KeyvCache | null = null;
  const memoryMarks = new Map<string, number>();
  let memoryAllMark = 0;
  let failures = 0;
  let outage = false;
  let retryAt = 0;
  let mustMarkAll = redis;
  let recovery: NodeJS.Timeout | null = null;
  let stopped = false;

  const open = (): KeyvCache =>
    (store ??= createKeyvCache({
      redisUrl: options.redisUrl,
      namespace: options.namespace,
      maxEntries: options.maxEntries,
      maxBytes: options.maxBytes,
      maxEntryBytes: options.maxEntryBytes,
      connectTimeoutMs,
    }));

  function scheduleRecovery(): void {
    if (!options.recoverInBackground || recovery || stopped) return;
    recovery = setTimeout(() => {
      recovery = null;
      void trusted();
    }, MARKED_CACHE_RETRY_AFTER_MS);
    recovery.unref();
  }

  async function call<T>(run: (keyv: Keyv<string>) => Promise<T>, timeoutMs = options.timeoutMs): Promise<T> {
    if (stopped) throw new Error('cache stopped');
    if (redis && Date.now() < retryAt) throw new Error('cache unavailable');
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        run(open().keyv),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer from the cache within ${timeoutMs} ms`)), timeoutMs);
          timer.unref();
        }),
      ]);
    } catch (error) {
      failures += 1;
      retryAt = Date.now() + MARKED_CACHE_RETRY_AFTER_MS;
      mustMarkAll = true;
      scheduleRecovery();
      if (!outage) {
        outage = true;
        logger.warn(
          { event: options.outageLog.event, ...options.outageLog.fields, error: error instanceof Error ? error.message : String(error) },
          options.outageLog.message,
        );
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function mark(tags: readonly string[], timeoutMs = options.timeoutMs): Promise<void> {
    const now = Date.now();
    if (!redis) {
      for (const tag of tags) {
        if (tag === 'all') memoryAllMark = now;
        else {
          memoryMarks.delete(tag);
          memoryMarks.set(tag, now);
        }
      }
      // Marks older than an entry's life invalidate nothing still kept; past the bound, one mark of `all` stands for them.
      for (const [tag, at] of memoryMarks) {
        if (at > now - options.ttlMs && memoryMarks.size <= MAX_MEMORY_TAGS) break;
        memoryMarks.delete(tag);
        if (at > now - options.ttlMs) memoryAllMark = Math.max(memoryAllMark, at);
      }
      return;
    }
    const markTtlMs = options.ttlMs + 60_000;
    await call((keyv) => Promise.all(tags.map((tag) => keyv.set(`t:${tag}`, `${now}/${instance}`, markTtlMs))), timeoutMs);
  }

  let trusting: Promise<boolean> | null = null;
  function trusted(timeoutMs = options.timeoutMs): Promise<boolean> {
    if (!mustMarkAll) return Promise.resolve(true);
    if (Date.now() < retryAt) {
      // A background retry that came a moment early tries again later.
      scheduleRecovery();
      return Promise.resolve(false);
    }
    // One attempt at a time: the reads meanwhile wait for it (within its bound) rather than try their own.
    // A failure while it was under way may have lost a mark made after it: then it does not count.
    const failuresBefore = failures;
    trusting ??= mark(['all'], timeoutMs)
      .then(
        () => {
          if (failures !== failuresBefore) return false;
          mustMarkAll = false;
          outage = false;
          return true;
        },
        () => false,
      )
      .finally(() => {
        trusting = null;
      });
    return trusting;
  }

  async function lastMarks(tags: readonly string[]): Promise<Map<string, number | undefined>> {
    if (!redis) return new Map(tags.map((tag) => [tag, tag === 'all' ? memoryAllMark || undefined : memoryMarks.get(tag)]));
    const values = await call((keyv) => keyv.getMany(tags.map((tag) => `t:${tag}`)));
    return new Map(
      tags.map((tag, i) => {
        const value = values[i];
        if (value === undefined) return [tag, undefined];
        const [at, by] = value.split('/');
        return [tag, Number(at) + (by === instance ? 0 : REDIS_CLOCK_SKEW_MS)];
      }),
    );
  }

  return {
    redis,
    connectTimeoutMs,
    failures: () => failures,
    call,
    mark,
    trusted,
    lastMarks,
    memory() {
      if (redis) return null;
      return { ...(store?.stats() ?? { entries: 0, bytes: 0 }), tags: memoryMarks.size };
    },
    async stop() {
      stopped = true;
      if (recovery) clearTimeout(recovery);
      recovery = null;
      await store?.disconnect().catch(() => undefined);
      store = null;
    },
  };
}
