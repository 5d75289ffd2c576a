/**
 * The per-principal rate limit: HTTP 429 RATE_LIMITED with Retry-After, the same refusal for a
 * graphql-ws subscribe, separate counts per principal, a sliding window (no double budget at a
 * window boundary), and (with REDIS_URL, run by `npm run test:redis` in CI) one count shared by two
 * gateway replicas.
 */
import { createClient } from 'graphql-ws';
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createGateway, serveGateway, type ServedGateway } from '../../gateway/index.ts';
import { createRateLimiter } from '../../gateway/rate-limit.ts';
import { signToken } from '../../platform/auth.ts';
import { fillFixture, hub } from '../support/fixture.ts';
import { authorizationAs, startTestHub, type TestHub } from '../support/hub.ts';
import { waitFor } from '../support/wait.ts';

const LIMIT = 3;

async function post(url: string, headers: Record<string, string>, query = '{ customers(first: 1) { totalCount } }'): Promise<Response> {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
}

describe('rate limit per principal', () => {
  let testHub: TestHub;

  beforeAll(async () => {
    testHub = await startTestHub({ fill: fillFixture, rateLimit: { limit: LIMIT, windowMs: 60_000 } });
  });

  afterAll(async () => {
    await testHub?.stop();
  });

  it('answers 429 with Retry-After once a principal is over the limit, and leaves other principals alone', async () => {
    const analyst = await authorizationAs('analyst');
    for (let i = 0; i < LIMIT; i++) expect((await post(testHub.url, analyst)).status).toBe(200);
    const refused = await post(testHub.url, analyst);
    expect(refused.status).toBe(429);
    // Sliding window: the three keep counting, fading, into the next window, so the wait may pass
    // the window's end by up to a third of a window (60 s + 60 s / 3).
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 80).toBe(true);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/^Rate limit of 3 operations per 60 s reached; retry after \d+ s$/);
    // Another principal has a count of its own.
    expect((await post(testHub.url, await authorizationAs('finance'))).status).toBe(200);
    // Health checks are not operations and are never limited.
    expect((await fetch(new URL('/health', testHub.url))).status).toBe(200);
  });

  it('refuses a subscribe over the limit with RATE_LIMITED', async () => {
    const { authorization } = await authorizationAs('delivery');
    for (let i = 0; i < LIMIT; i++) expect((await post(testHub.url, { authorization })).status).toBe(200);
    const client = createClient({ url: testHub.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
    try {
      const error = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: 'subscription($p: ID) { projectStatusChanged(projectId: $p) { status } }', variables: { p: hub.erpProject } },
          { next: () => resolve(new Error('unexpected event')), error: resolve, complete: () => resolve(new Error('completed without refusal')) },
        );
      });
      expect(error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    } finally {
      await client.dispose();
    }
  });
});

describe('rate limit with Redis unreachable', () => {
  let testHub: TestHub;
  let replica: ServedGateway;

  beforeAll(async () => {
    testHub = await startTestHub({ fill: fillFixture });
    const subgraphUrls = Object.fromEntries(testHub.subgraphs.map((served) => [served.name, served.url]));
    // Nothing listens on port 1.
    replica = await serveGateway(createGateway({ subgraphUrls, redisUrl: 'redis://127.0.0.1:1', rateLimit: { limit: 1, windowMs: 60_000 } }), 0);
  });

  afterAll(async () => {
    await replica?.stop();
    await testHub?.stop();
  });

  it('lets operations through (fail open) without holding them for Redis', async () => {
    const analyst = await authorizationAs('analyst');
    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(replica.url, analyst)).status);
    expect(statuses).toEqual([200, 200, 200]);
    // One connection attempt (1 s), then no waiting while Redis stays away.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe.skipIf(!process.env.REDIS_URL)('rate limit shared through Redis', () => {
  let testHub: TestHub;
  const replicas: ServedGateway[] = [];

  beforeAll(async () => {
    testHub = await startTestHub({ fill: fillFixture, rateLimit: { limit: 1000, windowMs: 60_000 } });
    const subgraphUrls = Object.fromEntries(testHub.subgraphs.map((served) => [served.name, served.url]));
    for (let i = 0; i < 2; i++) {
      replicas.push(await serveGateway(createGateway({ subgraphUrls, redisUrl: process.env.REDIS_URL, rateLimit: { limit: LIMIT, windowMs: 60_000 } }), 0));
    }
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    await testHub?.stop();
  });

  it('counts a principal once across two gateway replicas', async () => {
    // A subject of its own, so earlier runs against the same Redis never share its counter.
    const token = await signToken({ sub: `redis-${Date.now()}-${Math.random()}`, roles: ['analyst'], customerId: null });
    const headers = { authorization: `Bearer ${token}` };
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await post(replicas[i % 2].url, headers)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('counts concurrent requests exactly (atomic increments)', async () => {
    const token = await signToken({ sub: `redis-burst-${Date.now()}-${Math.random()}`, roles: ['analyst'], customerId: null });
    const headers = { authorization: `Bearer ${token}` };
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => post(replicas[i % 2].url, headers).then((response) => response.status)));
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - LIMIT);
  });
});

/**
 * Resolves once the clock is `from`..`to` ms into a window of `windowMs` whose index is at least
 * `atLeast`, polling; returns that index. Fails after four windows.
 */
async function untilIntoWindow(windowMs: number, from: number, to: number, atLeast = 0): Promise<number> {
  return waitFor(
    () => {
      const now = Date.now();
      const index = Math.floor(now / windowMs);
      return index >= atLeast && now % windowMs >= from && now % windowMs <= to && index;
    },
    { timeoutMs: 4 * windowMs, intervalMs: 5, what: `the clock ${from}..${to} ms into a window of ${windowMs} ms` },
  );
}

const stores: [string, () => Keyv][] = [['in memory', () => new Keyv()]];
if (process.env.REDIS_URL) stores.push(['in Redis', () => new Keyv({ store: new KeyvRedis(process.env.REDIS_URL as string), namespace: 'opsgraph' })]);

describe.each(stores)('sliding window %s', (_name, createStore) => {
  it('refuses a second full budget right after a window boundary, and allows it once the window has slid past', async () => {
    const store = createStore();
    try {
      const limiter = createRateLimiter(store, { limit: 3, windowMs: 1_000 });
      const principal = `slide-${Date.now()}-${Math.random()}`;
      // A full budget late in one window…
      const window = await untilIntoWindow(1_000, 850, 900);
      const late = await Promise.all([1, 2, 3].map(() => limiter.hit(principal)));
      expect(late.map((decision) => decision.allowed)).toEqual([true, true, true]);
      // …and, early in the next, a fixed window would grant three more: the sliding window none.
      expect(await untilIntoWindow(1_000, 0, 100)).toBe(window + 1);
      const early = await limiter.hit(principal);
      expect(early.allowed).toBe(false);
      expect(early.retryAfterSeconds).toBe(1);
      // A window later the late operations no longer count (and the refusal never did).
      await untilIntoWindow(1_000, 0, 100, window + 2);
      const later = await Promise.all([1, 2, 3].map(() => limiter.hit(principal)));
      expect(later.map((decision) => decision.allowed)).toEqual([true, true, true]);
    } finally {
      await store.disconnect();
    }
  });
});
