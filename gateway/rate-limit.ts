/**
 * Per-principal rate limit of the gateway: at most `limit` operations per caller (token subject)
 * in each fixed window of `windowMs`, counted in a keyv store. With Redis (`REDIS_URL`) every
 * gateway replica shares the counts, incremented atomically (INCR + PEXPIRE in one transaction);
 * in memory, increments are serialized within the process. Over the limit: HTTP 429 RATE_LIMITED
 * with Retry-After (seconds until the window ends); over graphql-ws the subscribe is refused with
 * the same code. A store that fails (Redis down) lets operations through and logs a warning: the
 * limit protects the hub, it must not take it down.
 */
import KeyvRedis from '@keyv/redis';
import type Keyv from 'keyv';
import { logger } from '../subgraphs/shared/logger.ts';

export interface RateLimitOptions {
  /** Operations per principal per window; 0 turns the limit off. */
  limit: number;
  windowMs: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  /** Operations left in the current window. */
  remaining: number;
  /** Whole seconds until the current window ends (at least 1). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  readonly options: RateLimitOptions;
  /** Counts one operation of `principalKey` and says whether it is within the limit. */
  hit(principalKey: string): Promise<RateLimitDecision>;
}

/** Keys in the shared store: `rate:<window start>:<principal>`. */
function counterKey(principalKey: string, windowStart: number): string {
  return `rate:${windowStart}:${principalKey}`;
}

export function createRateLimiter(store: Keyv, options: RateLimitOptions): RateLimiter {
  const redis = store.store instanceof KeyvRedis ? (store.store as KeyvRedis<unknown>) : null;
  let serialized: Promise<unknown> = Promise.resolve();

  async function increment(key: string): Promise<number> {
    if (redis) {
      // The adapter's (connected) client, with the store's namespace prefix, so a flush of the namespace clears counters too.
      const client = (await redis.getClient()) as unknown as { multi(): { incr(key: string): unknown; pExpire(key: string, ms: number): unknown; exec(): Promise<unknown[]> } };
      const prefixed = store.namespace ? `${store.namespace}${redis.keyPrefixSeparator}${key}` : key;
      const transaction = client.multi();
      transaction.incr(prefixed);
      transaction.pExpire(prefixed, options.windowMs);
      const [count] = await transaction.exec();
      return Number(count);
    }
    const next = serialized.then(async () => {
      const count = ((await store.get<number>(key)) ?? 0) + 1;
      await store.set(key, count, options.windowMs);
      return count;
    });
    serialized = next.catch(() => undefined);
    return next;
  }

  return {
    options,
    async hit(principalKey) {
      const now = Date.now();
      const windowStart = now - (now % options.windowMs);
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart + options.windowMs - now) / 1000));
      if (options.limit <= 0) return { allowed: true, remaining: Number.POSITIVE_INFINITY, retryAfterSeconds };
      let count: number;
      try {
        count = await increment(counterKey(principalKey, windowStart));
      } catch (error) {
        logger.warn({ err: error }, 'rate-limit store unavailable; operation let through');
        return { allowed: true, remaining: options.limit, retryAfterSeconds };
      }
      return { allowed: count <= options.limit, remaining: Math.max(0, options.limit - count), retryAfterSeconds };
    },
  };
}
