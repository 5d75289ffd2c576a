/**
 * The gateway's response cache (gateway/response-cache.ts, docs/caching.md) through the real hub:
 * callers with different visibility never get each other's answers, in either order; a governed write
 * reaches the cached answers that show it once its events are relayed; mutations and subscriptions
 * bypass it; a Redis it cannot reach is a miss and one log line; hostile input stays within its
 * memory bound. In memory always; with Redis when REDIS_URL is set (`npm run test:redis`).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGateway, serveGateway } from '../gateway/index.ts';
import { responseCacheStats, type ResponseCacheStats } from '../gateway/response-cache.ts';
import { logger } from '../platform/logger.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { authorizationAs, startTestHub, subscribeOn, type GraphQLResult, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const BACKENDS: { backend: string; redisUrl: string | undefined }[] = [
  { backend: 'memory', redisUrl: undefined },
  ...(process.env.REDIS_URL ? [{ backend: 'Redis', redisUrl: process.env.REDIS_URL }] : []),
];

/** Sets environment variables (undefined deletes one) until the returned function restores them. */
function withEnv(values: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const apply = (next: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(next)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(values);
  return () => apply(saved);
}

/** The hub over the hand-built fixture with the cache on (and `env`), rate limit off. */
async function startCachedHub(env: Record<string, string | undefined>): Promise<{ testHub: TestHub; restore: () => void }> {
  const restore = withEnv({ OPSGRAPH_RESPONSE_CACHE: 'on', ...env });
  try {
    const testHub = await startTestHub({ fill: fillFixture, rateLimit: { limit: 0, windowMs: 60_000 } });
    return { testHub, restore };
  } catch (error) {
    restore();
    throw error;
  }
}

/** The counts of the hub's gateway (the first one running). */
function stats(): ResponseCacheStats {
  return responseCacheStats()[0];
}

const TC_SUBMITTED = toHubId('TimeEntry', 'TC-0000006');

/** Named queries (`$NAME` is the operation name, so each test's entries are its own) and their variables. */
const QUERIES: Record<string, { text: string; variables: Record<string, unknown> }> = {
  customers: { text: 'query $NAME { customers(first: 10) { totalCount edges { node { id name } } } }', variables: {} },
  project: {
    text: 'query $NAME($id: ID!) { project(id: $id) { id name status customer { id name } milestones { id name status } } }',
    variables: { id: hub.erpProject },
  },
  otherCustomer: { text: 'query $NAME($id: ID!) { customer(id: $id) { id name } }', variables: { id: hub.globex } },
  rates: {
    text: 'query $NAME($id: ID!) { project(id: $id) { id timeEntries(first: 20) { edges { node { id hours billRate { amount } } } } } }',
    variables: { id: hub.erpProject },
  },
  portfolio: { text: 'query $NAME { portfolio { projectCount bookings { amount currency } billed { amount } } }', variables: {} },
};

describe.each(BACKENDS)('the response cache in $backend', ({ redisUrl }) => {
  let testHub: TestHub;
  let restore: () => void = () => undefined;
  const callers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    ({ testHub, restore } = await startCachedHub({ REDIS_URL: redisUrl }));
    callers.portal = await authorizationAs('portal', hub.acme);
    callers.finance = await authorizationAs('finance');
    callers.analyst = await authorizationAs('analyst');
    callers.delivery = await authorizationAs('delivery');
  });

  afterAll(async () => {
    await testHub?.stop();
    restore();
  });

  async function ask(name: string, query: keyof typeof QUERIES, caller: string): Promise<GraphQLResult<Record<string, unknown>>> {
    const { text, variables } = QUERIES[query];
    return testHub.query(text.replace('$NAME', name), variables, callers[caller]);
  }

  it.each([
    ['portal', 'finance', 'customers', true],
    ['portal', 'finance', 'project', false],
    ['portal', 'finance', 'otherCustomer', true],
    ['portal', 'finance', 'portfolio', false],
    ['analyst', 'finance', 'rates', true],
  ] as const)('%s and %s on %s: each gets what it gets uncached, in both orders', async (first, second, query, differ) => {
    const tag = `${query}_${first}_${second}_${randomUUID().slice(0, 8)}`.replace(/-/g, '');
    // What each gets uncached: an operation name nobody else sends is a miss.
    const before = stats();
    const uncached = { [first]: await ask(`Alone_${first}_${tag}`, query, first), [second]: await ask(`Alone_${second}_${tag}`, query, second) };
    expect(stats().hits).toBe(before.hits);
    if (differ) expect(uncached[first], 'the two callers see different answers').not.toEqual(uncached[second]);
    for (const [order, callersInOrder] of [
      ['Ab', [first, second, first, second]],
      ['Ba', [second, first, second, first]],
    ] as const) {
      for (const caller of callersInOrder) {
        expect(await ask(`${order}_${tag}`, query, caller), `${caller} in order ${order}`).toEqual(uncached[caller]);
        // Each answer written before the next request, so the repeats meet it.
        await waitFor(() => stats().storing === 0, { what: 'the answer written' });
      }
    }
    // The repeats were answered from the cache (those without errors; an answer with errors is never kept).
    const cacheable = [first, second].filter((caller) => !uncached[caller].errors).length;
    expect(stats().hits - before.hits).toBeGreaterThanOrEqual(cacheable);
  });

  it('a governed write (approving time) reaches the cached project and portfolio once its events are relayed', async () => {
    const PROJECT = `query Project360($id: ID!) { project(id: $id) { id status timeEntries(first: 50) { edges { node { id status } } }
      financials { costToDate { amount } recognizedRevenue { amount } unbilledWip { amount } } } }`;
    const PORTFOLIO = 'query Portfolio { portfolio { projectCount cost { amount currency } unbilledWip { amount } } }';
    const read = async () => ({
      project: await testHub.query<{ project: { timeEntries: { edges: { node: { id: string; status: string } }[] } } }>(
        PROJECT,
        { id: hub.erpProject },
        callers.finance,
      ),
      portfolio: await testHub.query(PORTFOLIO, {}, callers.finance),
    });
    const statusOf = (answer: Awaited<ReturnType<typeof read>>) =>
      answer.project.data?.project.timeEntries.edges.find((edge) => edge.node.id === TC_SUBMITTED)?.node.status;

    const before = await read();
    expect(before.project.errors).toBeUndefined();
    expect(before.portfolio.errors).toBeUndefined();
    expect(statusOf(before)).toBe('SUBMITTED');
    // Both kept, then answered from the cache.
    const hitsFirst = stats().hits;
    await waitFor(async () => (await read()) && stats().hits >= hitsFirst + 2, { what: () => `both answered from the cache (${JSON.stringify(stats())})` });
    const hitsBefore = stats().hits;
    expect(await read()).toEqual(before);
    expect(stats().hits).toBe(hitsBefore + 2);

    const approved = await testHub.query<{ approveTime: { workflow: { status: string }; userErrors: unknown[] } }>(
      'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { status } userErrors { code } } }',
      { input: { timeEntryIds: [TC_SUBMITTED], idempotencyKey: `cache-approve-${randomUUID()}` } },
      callers.delivery,
    );
    expect(approved.data?.approveTime).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    await testHub.flushEvents();
    const after = await waitFor(
      async () => {
        const answer = await read();
        return statusOf(answer) !== 'SUBMITTED' && JSON.stringify(answer.portfolio) !== JSON.stringify(before.portfolio) ? answer : null;
      },
      { what: () => `the approval in the cached answers (${JSON.stringify(stats())})` },
    );
    expect(statusOf(after)).toBe('POSTED');
    expect(after.project.data).not.toEqual(before.project.data);
    // What the cache answers now is what an uncached request computes.
    const uncachedProject = await testHub.query(
      PROJECT.replace('Project360', `Fresh_${randomUUID().replace(/-/g, '')}`),
      { id: hub.erpProject },
      callers.finance,
    );
    const uncachedPortfolio = await testHub.query(PORTFOLIO.replace('Portfolio', `Fresh_${randomUUID().replace(/-/g, '')}`), {}, callers.finance);
    expect(after).toEqual({ project: uncachedProject, portfolio: uncachedPortfolio });
  });

  it.skipIf(!redisUrl)('replicas share answers, and one replica’s marks in Redis reach another that hears no events', async () => {
    // A second gateway on the same subgraphs, with no event bus: only Redis tells it what changed.
    const replica = await serveGateway(
      createGateway({
        subgraphUrls: Object.fromEntries(testHub.subgraphs.map((served) => [served.name, served.url])),
        rateLimit: { limit: 0, windowMs: 60_000 },
      }),
      0,
    );
    try {
      const STATUS = 'query ReplicaStatus($id: ID!) { project(id: $id) { id status } }';
      const askReplica = async () => {
        const response = await fetch(replica.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...callers.finance },
          body: JSON.stringify({ query: STATUS, variables: { id: hub.dataProject } }),
        });
        return (await response.json()) as GraphQLResult<{ project: { status: string } }>;
      };
      const replicaStats = () => responseCacheStats()[1];
      const first = await testHub.query<{ project: { status: string } }>(STATUS, { id: hub.dataProject }, callers.finance);
      expect(first.data?.project.status).toBe('ACTIVE');
      // Answered by the replica from an entry the first gateway wrote (once past the marks of `all`
      // each gateway made as it started, which another gateway's answers must start 250 ms after, for clock skew).
      await waitFor(
        async () => {
          await testHub.query(STATUS, { id: hub.dataProject }, callers.finance);
          await waitFor(() => stats().storing === 0, { what: 'the answer written' });
          const before = replicaStats().stored;
          const answer = await askReplica();
          expect(answer).toEqual(first);
          return replicaStats().hits > 0 && replicaStats().stored === before;
        },
        { what: () => `a replica hit (${JSON.stringify(replicaStats())})` },
      );

      const changed = await testHub.query<{ changeProjectStatus: { workflow: { status: string } } }>(
        'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } userErrors { code } } }',
        { input: { projectId: hub.dataProject, status: 'ON_HOLD', idempotencyKey: `cache-hold-${randomUUID()}` } },
        callers.delivery,
      );
      expect(changed.data?.changeProjectStatus).toMatchObject({ workflow: { status: 'COMPLETED' } });
      await testHub.flushEvents();
      await waitFor(async () => (await askReplica()).data?.project.status === 'ON_HOLD', {
        what: () => `the replica answering the new status (${JSON.stringify(replicaStats())})`,
      });
      expect(replicaStats().events).toBe(0);
    } finally {
      await replica.stop();
    }
  });

  it('mutations are never answered from the cache nor kept', async () => {
    const RESOLVE = 'mutation Resolve($input: ResolveExceptionInput!) { resolveException(input: $input) { userErrors { code } } }';
    const input = { id: 'no-such-exception', note: 'checked', idempotencyKey: `cache-mutation-${randomUUID()}` };
    await waitFor(() => stats().storing === 0, { what: 'the earlier answers written' });
    const before = stats();
    for (let i = 0; i < 3; i++) {
      expect(await testHub.query(RESOLVE, { input }, callers.finance)).toMatchObject({
        data: { resolveException: { userErrors: [{ code: 'EXCEPTION_NOT_FOUND' }] } },
      });
    }
    const after = stats();
    expect(after.hits).toBe(before.hits);
    expect(after.bypassed - before.bypassed).toBe(3);
    expect(after.stored).toBe(before.stored);
  });

  it('a subscription’s payloads are fetched past the cache, fresh', async () => {
    const STATUS = 'query Status($id: ID!) { project(id: $id) { id status } }';
    // A cached answer for the same selection exists; the live fetch does not use it.
    await testHub.query(STATUS, { id: hub.dataProject }, callers.analyst);
    await waitFor(async () => (await testHub.query(STATUS, { id: hub.dataProject }, callers.analyst)) && stats().hits > 0, { what: 'a hit' });
    const live = subscribeOn(testHub, callers.analyst, 'subscription ($id: ID) { projectStatusChanged(projectId: $id) { project { id status } } }', {
      id: hub.dataProject,
    });
    const { payloads } = live;
    try {
      await testHub.subscriptionsInPlace(1);
      const before = stats();
      const cause = `cache-sentinel-${randomUUID()}`;
      await testHub.bus.publish({
        id: cause,
        type: 'ProjectStatusChanged',
        aggregateId: hub.dataProject,
        fromState: 'ACTIVE',
        toState: 'ACTIVE',
        occurredAt: new Date().toISOString(),
        source: 'PSA',
        correlationId: cause,
        data: { reason: cause, customerId: hub.acme },
      });
      await waitFor(() => payloads.length === 1, { what: 'the payload' });
      const after = stats();
      expect(after.hits).toBe(before.hits);
      expect(after.bypassed).toBeGreaterThan(before.bypassed);
      const uncached = await testHub.query<{ project: unknown }>(STATUS.replace('Status', 'StatusFresh'), { id: hub.dataProject }, callers.analyst);
      expect(payloads[0]).toEqual({ data: { projectStatusChanged: { project: uncached.data?.project } } });
    } finally {
      await live.stop();
    }
  });
});

describe('the response cache with Redis unreachable', () => {
  let testHub: TestHub;
  let restore: () => void = () => undefined;
  let warn: { mock: { calls: unknown[][] }; mockRestore(): void };

  beforeAll(async () => {
    // From before the gateway starts: it finds Redis unreachable as it starts.
    warn = vi.spyOn(logger, 'warn');
    ({ testHub, restore } = await startCachedHub({ REDIS_URL: 'redis://127.0.0.1:1' }));
  });

  afterAll(async () => {
    warn.mockRestore();
    await testHub?.stop();
    restore();
  });

  it('answers every query correctly, without waiting on it, and logs one line for the outage', async () => {
    {
      const CUSTOMERS = 'query Down { customers(first: 10) { edges { node { id } } } }';
      const started = Date.now();
      for (let i = 0; i < 20; i++) {
        const answer = await testHub.query<{ customers: { edges: { node: { id: string } }[] } }>(CUSTOMERS);
        expect(answer.errors).toBeUndefined();
        expect(answer.data!.customers.edges.map((edge) => edge.node.id).sort()).toEqual([hub.acme, hub.globex].sort());
      }
      // After a failure nothing is tried for a second: a handful of attempts, not one or more per query.
      const seconds = Math.ceil((Date.now() - started) / 1000);
      expect(stats().failures).toBeLessThanOrEqual(2 + 2 * seconds);
      const outageLines = warn.mock.calls.filter(([fields]) => (fields as { event?: string })?.event === 'response_cache_unavailable');
      expect(outageLines).toHaveLength(1);
      expect(stats().hits).toBe(0);
      expect(stats().failures).toBeGreaterThan(0);
    }
  });
});

describe('the response cache under hostile input', () => {
  let testHub: TestHub;
  let restore: () => void = () => undefined;

  beforeAll(async () => {
    ({ testHub, restore } = await startCachedHub({
      REDIS_URL: undefined,
      OPSGRAPH_RESPONSE_CACHE_MAX_ENTRIES: '25',
      OPSGRAPH_RESPONSE_CACHE_MAX_MB: '1',
      OPSGRAPH_RESPONSE_CACHE_MAX_ENTRY_KB: '8',
    }));
  });

  afterAll(async () => {
    await testHub?.stop();
    restore();
  });

  it('many distinct keys and huge variables stay within the bounds', async () => {
    const LOOKUP = 'query Lookup($id: ID!) { project(id: $id) { id name } }';
    for (let i = 0; i < 200; i++) {
      const answer = await testHub.query(LOOKUP, { id: toHubId('Project', `PRJ-2026-${String(5000 + i)}`) });
      expect(answer).toEqual({ data: { project: null } });
    }
    // Huge variables: a 90 KB search (under the 100 KiB body limit), distinct each time.
    const SEARCH = 'query Search($q: String) { customers(first: 10, filter: { search: $q }) { totalCount } }';
    for (let i = 0; i < 10; i++) await testHub.query(SEARCH, { q: `${i}${'x'.repeat(90_000)}` });
    await waitFor(() => stats().stored >= 25, { what: () => `answers stored (${JSON.stringify(stats())})` });
    const { memory } = stats();
    expect(memory).not.toBeNull();
    expect(memory!.entries).toBeLessThanOrEqual(25);
    expect(memory!.bytes).toBeLessThanOrEqual(1024 * 1024);
    // Still answering from the cache within its bound.
    const last = toHubId('Project', 'PRJ-2026-5199');
    const hits = stats().hits;
    expect(await testHub.query(LOOKUP, { id: last })).toEqual({ data: { project: null } });
    expect(stats().hits).toBe(hits + 1);
  });
});
