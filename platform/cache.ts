/**
 * A keyv store for a cache: this process's memory (an LRU bounded by entries, bytes and entry size)
 * or, with a Redis URL, Redis through @keyv/redis, which gateway replicas share. Failures surface:
 * a Redis call that fails rejects (keyv's `throwOnErrors`), so the caller can count it as a miss and
 * stop trusting what it cannot check; nothing here retries or waits past `connectTimeoutMs` to connect.
 */
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';

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
