/**
 * Verified bearer tokens, remembered so that a token is checked once per process (thread), not on
 * every request: the gateway and every subgraph verify the caller's token and the gateway credential
 * on each fetch, and a signature check is an asynchronous WebCrypto job each time.
 *
 * - Bounded: an LRU of at most `maxEntries` tokens (the least recently used goes first); 0 turns
 *   the cache off (every token is verified every time).
 * - Keyed by the SHA-256 of the token, not the token: a key is 43 characters whatever the token's
 *   size, and the cache holds nothing that could be replayed as a bearer credential. A token that
 *   differs in any character (another signature included) is another key, verified afresh.
 * - An entry is served only while the token is valid as jose judges it: before its `exp`, never
 *   after it (and not before its `nbf`); a token without `exp` is not remembered at all.
 * - Only successful verifications are stored: a refusal is never remembered, so a bad token is
 *   refused on every request exactly as before.
 * - Each entry carries the context it was verified in (the key or key-set generation, the expected
 *   issuer and audience); a lookup in another context is a miss, so a changed secret or a refetched
 *   key set is verified again.
 * - Concurrent lookups of one token share a single verification in flight.
 * - Lookups are counted (`hits`: answered without a verification, a shared one in flight included;
 *   `misses`: verified), for the gateway's metrics.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** The outcome of one successful verification: what to remember, and the token's time claims. */
export interface Verification<V> {
  value: V;
  /** The token's `exp` (seconds since the epoch); without a number, the value is not remembered. */
  exp?: unknown;
  /** The token's `nbf` (seconds since the epoch), if any. */
  nbf?: unknown;
}

export interface VerifiedTokenCacheOptions {
  /** Most tokens remembered; 0 remembers none. */
  maxEntries: number;
  /** The clock (ms since the epoch). @default Date.now */
  now?: () => number;
}

interface Entry<V> {
  value: V;
  context: readonly unknown[];
  /** First instant (ms) the token is no longer valid: its `exp`. */
  expiresAtMs: number;
  /** First instant (ms) the token is valid: its `nbf`, or -Infinity. */
  notBeforeMs: number;
}

function sameContext(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]));
}

/** The cache key of a token: its SHA-256, base64url. */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export class VerifiedTokenCache<V> {
  readonly maxEntries: number;
  readonly #entries: LRUCache<string, Entry<V>> | null;
  /** Verifications in flight, shared by concurrent lookups of the same token in the same context. */
  readonly #inFlight = new Map<string, { context: readonly unknown[]; promise: Promise<V> }>();
  readonly #now: () => number;
  #hits = 0;
  #misses = 0;

  constructor(options: VerifiedTokenCacheOptions) {
    this.maxEntries = Math.max(0, Math.floor(options.maxEntries));
    this.#now = options.now ?? Date.now;
    // Expired entries are dropped when read (below) and when the LRU needs room; nothing timer-based.
    this.#entries = this.maxEntries > 0 ? new LRUCache<string, Entry<V>>({ max: this.maxEntries }) : null;
  }

  /** Tokens remembered now. */
  get size(): number {
    return this.#entries?.size ?? 0;
  }

  /** Lookups answered without verifying (remembered, or sharing a verification in flight). */
  get hits(): number {
    return this.#hits;
  }

  /** Lookups that verified the token. */
  get misses(): number {
    return this.#misses;
  }

  /** Forgets every token. */
  clear(): void {
    this.#entries?.clear();
  }

  /**
   * The value `verify` resolves `token` to: the remembered one while the token is valid and was
   * verified in the same `context` (compared item by item, by identity), else `verify`'s, which is
   * remembered if it succeeds. `verify` rejecting rejects this call and remembers nothing.
   */
  async resolve(token: string, context: readonly unknown[], verify: () => Promise<Verification<V>>): Promise<V> {
    const entries = this.#entries;
    if (!entries) {
      this.#misses += 1;
      return (await verify()).value;
    }
    const key = tokenKey(token);
    const entry = entries.get(key);
    if (entry) {
      const now = this.#now();
      if (now < entry.expiresAtMs && now >= entry.notBeforeMs && sameContext(entry.context, context)) {
        this.#hits += 1;
        return entry.value;
      }
      entries.delete(key);
    }
    const inFlight = this.#inFlight.get(key);
    if (inFlight && sameContext(inFlight.context, context)) {
      this.#hits += 1;
      return inFlight.promise;
    }
    this.#misses += 1;

    const promise = verify().then((verified) => {
      this.#remember(key, context, verified);
      return verified.value;
    });
    // Bounded like the cache: past maxEntries concurrent verifications, a lookup verifies on its own.
    if (!inFlight && this.#inFlight.size < this.maxEntries) {
      this.#inFlight.set(key, { context, promise });
      const settled = () => {
        if (this.#inFlight.get(key)?.promise === promise) this.#inFlight.delete(key);
      };
      promise.then(settled, settled);
    }
    return promise;
  }

  #remember(key: string, context: readonly unknown[], verified: Verification<V>): void {
    if (typeof verified.exp !== 'number' || !Number.isFinite(verified.exp)) return;
    const expiresAtMs = verified.exp * 1000;
    const notBeforeMs = typeof verified.nbf === 'number' && Number.isFinite(verified.nbf) ? verified.nbf * 1000 : Number.NEGATIVE_INFINITY;
    if (this.#now() >= expiresAtMs) return;
    this.#entries?.set(key, { value: verified.value, context, expiresAtMs, notBeforeMs });
  }
}
