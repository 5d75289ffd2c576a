/**
 * The gateway's cache (Apollo's `cache`, and with it the APQ registrations): bounded whatever the
 * traffic. In memory it is an LRU of at most `maxEntries` entries and `maxBytes` bytes (key and value
 * counted in UTF-8), each entry kept at most `ttlSeconds`; with Redis every entry is written with a
 * TTL of at most `ttlSeconds`, so nothing stays that nobody uses.
 */
import { LRUCache } from 'lru-cache';
import type { ApolloServerOptions } from '@apollo/server';
import type { GatewayContext } from './context.ts';

/** Apollo Server's cache interface, as its `cache` and `persistedQueries.cache` options take it. */
export type KeyValueCache = NonNullable<Exclude<ApolloServerOptions<GatewayContext>['persistedQueries'], false | undefined>['cache']>;

export interface BoundedCacheOptions {
  /** Entries kept in memory. @default env OPSGRAPH_CACHE_MAX_ENTRIES (10,000) */
  maxEntries: number;
  /** Bytes kept in memory (keys and values). @default env OPSGRAPH_CACHE_MAX_MB (32 MiB) */
  maxBytes: number;
  /** Longest life of an entry, in memory and in Redis. @default env OPSGRAPH_CACHE_TTL_SECONDS (86,400) */
  ttlSeconds: number;
}

export interface BoundedCache extends KeyValueCache {
  /** What the cache holds in this process (null when it lives in Redis). */
  stats(): { entries: number; bytes: number } | null;
}

/** The TTL in seconds an entry is written with: the caller's, never longer than the bound (nor absent). */
function boundedTtl(requested: number | null | undefined, ttlSeconds: number): number {
  return typeof requested === 'number' && requested > 0 ? Math.min(requested, ttlSeconds) : ttlSeconds;
}

/** An LRU in this process's memory, bounded by entries, bytes and age. */
export function createMemoryCache(options: BoundedCacheOptions): BoundedCache {
  const lru = new LRUCache<string, string>({
    max: options.maxEntries,
    maxSize: options.maxBytes,
    sizeCalculation: (value, key) => Math.max(1, Buffer.byteLength(key) + Buffer.byteLength(value)),
    ttl: options.ttlSeconds * 1000,
    // An expired entry is dropped when it is read and when the LRU needs room; nothing timer-based.
    ttlAutopurge: false,
  });
  return {
    async get(key) {
      return lru.get(key);
    },
    async set(key, value, setOptions) {
      lru.set(key, value, { ttl: boundedTtl(setOptions?.ttl, options.ttlSeconds) * 1000 });
    },
    async delete(key) {
      return lru.delete(key);
    },
    stats: () => ({ entries: lru.size, bytes: lru.calculatedSize }),
  };
}

/** A cache kept elsewhere (Redis) whose every entry is written with a TTL of at most `ttlSeconds`. */
export function withBoundedTtl(cache: KeyValueCache, ttlSeconds: number): BoundedCache {
  return {
    get: (key) => cache.get(key),
    set: (key, value, setOptions) => cache.set(key, value, { ttl: boundedTtl(setOptions?.ttl, ttlSeconds) }),
    delete: (key) => cache.delete(key),
    stats: () => null,
  };
}
