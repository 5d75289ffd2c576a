/**
 * Per-principal rate limit of the gateway: at most `limit` operations per caller (token subject) in
 * any `windowMs`, as a sliding window counter over rate-limiter-flexible's counters.
 *
 * Algorithm: time is cut into windows of `windowMs`; each principal has one counter per window
 * (rate-limiter-flexible keys with a lifetime of two windows, so nothing outlives its use). An
 * operation at `elapsed` into the current window is allowed when
 * `previous × (1 − elapsed / windowMs) + current ≤ limit` (counting itself): the previous window's
 * operations fade out as the window slides over them, so the burst a fixed window lets through at
 * its boundary (a full budget just before it and another just after) is refused. A refused operation
 * gives its point back, so refusals do not count.
 *
 * Stores: in memory, rate-limiter-flexible's RateLimiterMemory (every key expires by itself after
 * two windows); with Redis (`REDIS_URL`), RateLimiterRedis on the keyv store's connection, so every
 * gateway replica shares the counts, incremented atomically by its Lua script. Over the limit: HTTP
 * 429 RATE_LIMITED with Retry-After (whole seconds until the window admits one more operation); over
 * graphql-ws the subscribe is refused with the same code. A store that fails (Redis down) lets
 * operations through and logs a warning: the limit protects the hub, it must not take it down.
 */
import KeyvRedis from '@keyv/redis';
import type Keyv from 'keyv';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { logger } from '../platform/logger.ts';

export interface RateLimitOptions {
  /** Operations per principal in any window; 0 turns the limit off. */
  limit: number;
  /** Length of the sliding window; whole seconds (rounded up). */
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Operations the principal may still run now. */
  remaining: number;
  /** Whole seconds until one more operation would be allowed (at least 1). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  readonly options: RateLimitOptions;
  /** Counts one operation of `principalKey` and says whether it is within the limit. */
  hit(principalKey: string): Promise<RateLimitDecision>;
  /** Counters held in this process's memory (null with Redis, where keys expire in Redis). */
  trackedKeys(): number | null;
}

/** After a failed connection attempt, operations pass without trying Redis for this long. */
const RECONNECT_AFTER_MS = 5_000;

/** Key prefix of the counters (in Redis, beside the keyv namespace `opsgraph`). */
const KEY_PREFIX = 'opsgraph:rate';

/**
 * Milliseconds from `elapsed` into the current window until `previous × (1 − t / window) + current
 * + 1 ≤ limit` holds, `current` and `previous` being the counts without the refused operation.
 */
function waitMs(limit: number, windowMs: number, elapsed: number, current: number, previous: number): number {
  if (current + 1 > limit) {
    // Not before the next window, where this window's count fades as the previous one did.
    const intoNext = current > 0 ? windowMs * (1 - (limit - 1) / current) : 0;
    return windowMs - elapsed + Math.max(0, intoNext);
  }
  if (previous <= 0) return 0;
  const fadedAt = windowMs * (1 - (limit - 1 - current) / previous);
  return Math.max(0, fadedAt - elapsed);
}

export function createRateLimiter(store: Keyv, options: RateLimitOptions): RateLimiter {
  const windowSeconds = Math.max(1, Math.ceil(options.windowMs / 1000));
  const windowMs = windowSeconds * 1000;
  const { limit } = options;
  const redis = store.store instanceof KeyvRedis ? (store.store as KeyvRedis<unknown>) : null;
  // Each counter outlives its own window by one: it is the next window's `previous`.
  const counterOptions = { keyPrefix: KEY_PREFIX, points: Number.MAX_SAFE_INTEGER, duration: 2 * windowSeconds };
  const memory = redis ? null : new RateLimiterMemory(counterOptions);
  let redisLimiter: { client: unknown; limiter: RateLimiterRedis } | null = null;
  // One connection attempt at a time: concurrent first operations wait for the same one (the
  // client refuses commands until it is ready), and a failed attempt is retried by the next operation.
  let connecting: Promise<Awaited<ReturnType<KeyvRedis<unknown>['getClient']>>> | null = null;
  let nextAttemptAt = 0;

  /** The counters: in memory, or on the keyv store's (connected) Redis client. */
  async function counters(): Promise<RateLimiterAbstract> {
    if (memory) return memory;
    if (!connecting && Date.now() < nextAttemptAt) throw new Error('Redis unreachable; next connection attempt later');
    connecting ??= (redis as KeyvRedis<unknown>).getClient();
    const client = await connecting;
    if (!client.isOpen) {
      // The attempt failed (the store's connection timeout): operations pass without waiting for a while.
      connecting = null;
      nextAttemptAt = Date.now() + RECONNECT_AFTER_MS;
    }
    if (redisLimiter?.client !== client) {
      redisLimiter = { client, limiter: new RateLimiterRedis({ ...counterOptions, storeClient: client, useRedisPackage: true, rejectIfRedisNotReady: true }) };
    }
    return redisLimiter.limiter;
  }

  return {
    options,
    trackedKeys: () => (memory ? memory.dump().storage.length : null),
    async hit(principalKey) {
      if (limit <= 0) return { allowed: true, remaining: Number.POSITIVE_INFINITY, retryAfterSeconds: 1 };
      const now = Date.now();
      const index = Math.floor(now / windowMs);
      const elapsed = now - index * windowMs;
      const currentKey = `${principalKey}:${index}`;
      let current: number;
      let previous: number;
      let limiter: RateLimiterAbstract;
      try {
        limiter = await counters();
        const [counted, before] = await Promise.all([limiter.penalty(currentKey, 1), limiter.get(`${principalKey}:${index - 1}`)]);
        current = counted.consumedPoints;
        previous = before?.consumedPoints ?? 0;
      } catch (error) {
        logger.warn({ err: error }, 'rate-limit store unavailable; operation let through');
        return { allowed: true, remaining: limit, retryAfterSeconds: 1 };
      }
      const weighted = previous * (1 - elapsed / windowMs) + current;
      if (weighted <= limit) return { allowed: true, remaining: Math.max(0, Math.floor(limit - weighted)), retryAfterSeconds: 1 };
      // Refused: the point goes back, so a caller hammering the gateway is not refused for longer.
      await limiter.reward(currentKey, 1).catch((error: unknown) => logger.warn({ err: error }, 'rate-limit store unavailable; refusal still counted'));
      const wait = waitMs(limit, windowMs, elapsed, current - 1, previous);
      return { allowed: false, remaining: 0, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    },
  };
}
