/**
 * The per-principal rate limit: HTTP 429 RATE_LIMITED with Retry-After, the same refusal for a
 * graphql-ws subscribe, separate counts per principal, and (with REDIS_URL, run by `npm run
 * test:redis` in CI) one count shared by two gateway replicas.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createGateway, serveGateway, type ServedGateway } from '../../gateway/index.ts';
import { signToken } from '../../subgraphs/shared/auth.ts';
import { fillFixture, hub } from '../support/fixture.ts';
import { authorizationAs, startTestHub, type TestHub } from '../support/hub.ts';

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
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
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
