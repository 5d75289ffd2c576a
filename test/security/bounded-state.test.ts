/**
 * State that traffic could grow stays bounded: the gateway's APQ cache keeps to its entry and byte
 * bounds (an LRU in memory; a TTL on every entry in Redis, run with REDIS_URL), a document over the
 * byte limit is refused before it is registered, and rate-limit counters of principals that went
 * away do not stay in memory after their window.
 */
import { createHash } from 'node:crypto';
import Keyv from 'keyv';
import { createClient } from '@keyv/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, serveGateway, type Gateway, type ServedGateway } from '../../gateway/index.ts';
import { OPERATION_LIMITS } from '../../gateway/limits.ts';
import { createRateLimiter } from '../../gateway/rate-limit.ts';
import { fillFixture } from '../support/fixture.ts';
import { readerHeaders, startTestHub, type TestHub } from '../support/hub.ts';
import { waitFor } from '../support/wait.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(url: string, body: Record<string, unknown>): Promise<{ status: number; body: Body }> {
  const response = await fetch(url, { method: 'POST', headers: await readerHeaders(), body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Body };
}

const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** Registers `query` by APQ (text and hash) and returns the status. */
async function register(url: string, query: string): Promise<number> {
  return (await post(url, { query, extensions: persisted(sha256(query)) })).status;
}

/** A distinct document of about 600 bytes (its comment counts toward the byte bounds). */
const documentNumber = (n: number) => `# ${'padding '.repeat(70)}\nquery Registered${n} { __typename }`;

let testHub: TestHub;
let subgraphUrls: Record<string, string>;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
  subgraphUrls = Object.fromEntries(testHub.subgraphs.map((served) => [served.name, served.url]));
});

afterAll(async () => {
  await testHub?.stop();
});

describe('APQ cache in memory', () => {
  const MAX_ENTRIES = 500;
  const MAX_BYTES = 256 * 1024;
  let gateway: Gateway;
  let served: ServedGateway;

  beforeAll(async () => {
    gateway = createGateway({
      subgraphUrls,
      redisUrl: '',
      rateLimit: { limit: 0, windowMs: 60_000 },
      cache: { maxEntries: MAX_ENTRIES, maxBytes: MAX_BYTES, ttlSeconds: 3600 },
    });
    served = await serveGateway(gateway, 0);
  });

  afterAll(async () => {
    await served?.stop();
  });

  it('keeps 2,000 distinct registrations within its entry and byte bounds, evicting the least recently used', async () => {
    const total = 2_000;
    const statuses: number[] = [];
    for (let start = 0; start < total; start += 20) {
      statuses.push(...(await Promise.all(Array.from({ length: 20 }, (_, i) => register(served.url, documentNumber(start + i))))));
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    // The latest registration answers by hash alone; the first was evicted.
    const latest = await post(served.url, { extensions: persisted(sha256(documentNumber(total - 1))) });
    expect(latest).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const first = await post(served.url, { extensions: persisted(sha256(documentNumber(0))) });
    expect(first.body.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const { cache } = gateway.boundedState();
    expect(cache).not.toBeNull();
    expect(cache!.bytes).toBeLessThanOrEqual(MAX_BYTES);
    expect(cache!.entries).toBeLessThanOrEqual(MAX_ENTRIES);
    // The bound binds: it holds hundreds, not two thousand (and far more than a handful).
    expect(cache!.entries).toBeGreaterThan(300);
  });

  it('refuses a document over the byte limit (comments count) and does not register it', async () => {
    // About 40 KB, nearly all comment: well within the 1,000 tokens and the 100 KB body.
    const query = `# ${'x'.repeat(40 * 1024)}\n{ __typename }`;
    const bytes = Buffer.byteLength(query);
    const refused = await post(served.url, { query, extensions: persisted(sha256(query)) });
    expect(refused).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: `Document of ${bytes} bytes over the limit of ${OPERATION_LIMITS.maxDocumentBytes}`,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'bytes' },
          },
        ],
      },
    });
    const byHash = await post(served.url, { extensions: persisted(sha256(query)) });
    expect(byHash.body.errors?.map((error) => error.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    // The same document without its comment runs.
    expect(await post(served.url, { query: '{ __typename }' })).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
  });
});

describe.skipIf(!process.env.REDIS_URL)('APQ cache in Redis', () => {
  const TTL_SECONDS = 120;
  let served: ServedGateway;
  const redis = createClient({ url: process.env.REDIS_URL });

  beforeAll(async () => {
    await redis.connect();
    served = await serveGateway(
      createGateway({ subgraphUrls, redisUrl: process.env.REDIS_URL, rateLimit: { limit: 0, windowMs: 60_000 }, cache: { ttlSeconds: TTL_SECONDS } }),
      0,
    );
  });

  afterAll(async () => {
    await served?.stop();
    await redis.quit();
  });

  it('writes every registration with a TTL of at most the bound', async () => {
    const query = `query RedisRegistered${Date.now()}${Math.random().toString(36).slice(2)} { __typename }`;
    expect(await register(served.url, query)).toBe(200);
    // The gateway stores a registration after answering; wait for it, with a bound.
    const keys = await waitFor(
      async () => {
        const found: string[] = [];
        for await (const batch of redis.scanIterator({ MATCH: `*apq:${sha256(query)}`, COUNT: 1000 })) found.push(...batch);
        return found.length > 0 && found;
      },
      { timeoutMs: 5_000, what: 'the registration in Redis' },
    );
    expect(keys).toHaveLength(1);
    const ttl = await redis.pTTL(keys[0]);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(TTL_SECONDS * 1000);
  });
});

describe('rate-limit counters in memory', () => {
  it('forgets 10,000 principals once their window has passed', async () => {
    const limiter = createRateLimiter(new Keyv(), { limit: 5, windowMs: 1_000 });
    const decisions = await Promise.all(Array.from({ length: 10_000 }, (_, i) => limiter.hit(`principal-${i}`)));
    expect(decisions.every((decision) => decision.allowed)).toBe(true);
    expect(limiter.trackedKeys()).toBe(10_000);
    // A counter lives two windows (it is the next window's "previous"), then goes by itself.
    await waitFor(() => limiter.trackedKeys() === 0, { timeoutMs: 6_000, what: 'the counters of 10,000 principals to expire' });
  });
});
