/**
 * The subgraphs' entity caches (subgraphs/shared/entity-cache.ts, docs/caching.md) through the real
 * hub, with the gateway's response cache off so every answer is computed by the subgraphs: callers
 * with different visibility get what they get uncached from the same cached records, in both orders;
 * a governed write reaches the cached records once its events are applied (the TTL is ten minutes
 * here, so only the events can), while the mutation's own answer and the workflow's validation read
 * past the cache; the switch turns it off; a Redis it cannot reach is a miss plus one log line per
 * cache. In memory always; with Redis when REDIS_URL is set (`npm run test:redis`).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { responseCacheStats } from '../gateway/response-cache.ts';
import { logger } from '../platform/logger.ts';
import { entityCacheStats, type EntityCacheStats } from '../subgraphs/shared/entity-cache.ts';
import { ACME, fillFixture, hub, LINUS } from './support/fixture.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { authorizationAs, createCallCounter, startTestHub, subscribeOn, type GraphQLResult, type TestHub } from './support/hub.ts';
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

interface StartedHub {
  testHub: TestHub;
  stores: DomainStores;
  counter: ReturnType<typeof createCallCounter>;
}

/** The hub over the hand-built fixture, its connector calls counted, the response cache off, and `env` while it builds. */
async function startHubWith(env: Record<string, string | undefined>): Promise<StartedHub> {
  const restore = withEnv({ OPSGRAPH_RESPONSE_CACHE: 'off', ...env });
  const counter = createCallCounter();
  let stores: DomainStores | null = null;
  try {
    const testHub = await startTestHub({
      fill: async (opened) => {
        stores = opened;
        await fillFixture(opened);
      },
      wrapConnector: counter.wrap,
      rateLimit: { limit: 0, windowMs: 60_000 },
    });
    return { testHub, stores: stores as unknown as DomainStores, counter };
  } finally {
    // Every setting is read as the subgraphs build: the hub keeps what it was built with.
    restore();
  }
}

/** The summed counts of this process's entity caches (one per cached subgraph of the running hubs). */
function totals(): Omit<EntityCacheStats, 'memory'> & { caches: number } {
  const all = entityCacheStats();
  const sum = (field: keyof Omit<EntityCacheStats, 'memory'>) => all.reduce((total, stats) => total + stats[field], 0);
  return {
    caches: all.length,
    hits: sum('hits'),
    misses: sum('misses'),
    bypassed: sum('bypassed'),
    stored: sum('stored'),
    stale: sum('stale'),
    events: sum('events'),
    failures: sum('failures'),
    storing: sum('storing'),
  };
}

/** An answer with its errors in a stable order (the gateway lists them as its fetches complete). */
function normalized(answer: GraphQLResult<unknown>): GraphQLResult<unknown> {
  if (!answer.errors) return answer;
  return { ...answer, errors: [...answer.errors].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) };
}

const settled = () => waitFor(() => totals().storing === 0, { what: 'the records written' });

/** One request over every cached read: a project, its customer and the customer's projects, its consultants, rates; another customer. */
const VISIBILITY = `query Visibility($project: ID!, $customer: ID!, $other: ID!) {
  project(id: $project) {
    id name status
    customer { id name projects { id status } }
    projectManager { id name email }
    assignments { role consultant { id name email grade } }
    timeEntries(first: 20) { edges { node { id hours billRate { amount currency } expectedBillRate { amount currency } } } }
  }
  customer(id: $customer) { id name }
  other: customer(id: $other) { id name }
}`;
const VISIBILITY_VARIABLES = { project: hub.erpProject, customer: hub.acme, other: hub.globex };

/** The ids whose records VISIBILITY reads, in one event's data: publishing it empties them from every cache. */
async function forgetVisibilityRecords(testHub: TestHub): Promise<void> {
  const before = totals();
  const cause = `entity-cache-probe-${randomUUID()}`;
  await testHub.bus.publish({
    id: cause,
    type: 'EntityCacheProbe',
    aggregateId: hub.erpProject,
    occurredAt: new Date().toISOString(),
    source: 'TEST',
    correlationId: cause,
    data: { ids: [hub.acme, hub.globex, hub.dataProject, hub.ada, hub.grace, toHubId('Consultant', LINUS)] },
  });
  await waitFor(() => totals().events >= before.events + before.caches, { what: () => `the probe applied by every cache (${JSON.stringify(totals())})` });
}

describe.each(BACKENDS)('the entity caches in $backend', ({ redisUrl }) => {
  let cached: StartedHub;
  let uncached: StartedHub;
  const callers: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    uncached = await startHubWith({ OPSGRAPH_ENTITY_CACHE: 'off', REDIS_URL: undefined });
    // A generous wait on Redis: on a loaded machine a slow answer would be a miss (correct, but not what these tests look at).
    cached = await startHubWith({
      OPSGRAPH_ENTITY_CACHE: 'on',
      OPSGRAPH_ENTITY_CACHE_TTL_MS: '600000',
      OPSGRAPH_ENTITY_CACHE_TIMEOUT_MS: '2000',
      REDIS_URL: redisUrl,
    });
    callers.portal = await authorizationAs('portal', hub.acme);
    callers.finance = await authorizationAs('finance');
    callers.delivery = await authorizationAs('delivery');
  });

  afterAll(async () => {
    await cached?.testHub.stop();
    await uncached?.testHub.stop();
  });

  it('one cache per cached subgraph, none with the switch off', () => {
    // customers, projects, resources and finance: the hub with OPSGRAPH_ENTITY_CACHE=off built none.
    expect(totals().caches).toBe(4);
  });

  it('a portal user and finance on the same project and customer each get what they get uncached, in both orders', async () => {
    const expected: Record<string, GraphQLResult<unknown>> = {};
    for (const caller of ['portal', 'finance']) expected[caller] = await uncached.testHub.query(VISIBILITY, VISIBILITY_VARIABLES, callers[caller]);
    // The two see different things: finance the bill rates and the consultants' emails, the portal neither, nor Globex.
    expect(expected.portal).not.toEqual(expected.finance);
    expect(expected.finance.errors).toBeUndefined();
    expect(expected.portal.errors?.length).toBeGreaterThan(0);
    expect((expected.portal.data as { other: unknown }).other).toBeNull();
    expect((expected.finance.data as { other: { id: string } }).other.id).toBe(hub.globex);

    for (const order of [
      ['portal', 'finance', 'portal', 'finance'],
      ['finance', 'portal', 'finance', 'portal'],
    ]) {
      await forgetVisibilityRecords(cached.testHub);
      for (const [i, caller] of order.entries()) {
        const before = totals();
        const answer = await cached.testHub.query(VISIBILITY, VISIBILITY_VARIABLES, callers[caller]);
        expect(normalized(answer), `${caller}, ${i + 1}. in ${order.join(', ')}`).toEqual(normalized(expected[caller]));
        await settled();
        // The first request fills the cache; every later one, whoever asks, is answered from what it kept.
        if (i === 0) expect(totals().stored).toBeGreaterThan(before.stored);
        else expect(totals().hits).toBeGreaterThan(before.hits);
      }
    }
  });

  it('records read from the cache cost no connector call', async () => {
    const LOOKUP = 'query Lookup($id: ID!) { project(id: $id) { id name customer { id name } projectManager { id name } } }';
    const answer = await cached.testHub.query(LOOKUP, { id: hub.erpProject }, callers.finance);
    expect(answer.errors).toBeUndefined();
    await settled();
    cached.counter.reset();
    expect(await cached.testHub.query(LOOKUP, { id: hub.erpProject }, callers.finance)).toEqual(answer);
    const calls = Object.fromEntries(cached.counter.calls);
    expect(calls['projects.projectsByIds']).toBeUndefined();
    expect(calls['customers.accountsByIds']).toBeUndefined();
    expect(calls['resources.workersByIds']).toBeUndefined();
    // The same lookups in the hub without the cache go to the connectors each time.
    uncached.counter.reset();
    await uncached.testHub.query(LOOKUP, { id: hub.erpProject }, callers.finance);
    expect(uncached.counter.calls.get('projects.projectsByIds')).toBe(1);
  });

  it('a governed write: the mutation answers fresh, and the cached records follow once its events are applied', async () => {
    const STATUS = `query Status($id: ID!, $customer: ID!) {
      project(id: $id) { id status }
      customer(id: $customer) { id projects { id status } }
    }`;
    type Status = { project: { status: string }; customer: { projects: { id: string; status: string }[] } };
    const read = () => cached.testHub.query<Status>(STATUS, { id: hub.dataProject, customer: hub.acme }, callers.delivery);
    const statuses = (answer: GraphQLResult<Status>) => ({
      project: answer.data?.project.status,
      listed: answer.data?.customer.projects.find((project) => project.id === hub.dataProject)?.status,
    });
    const before = await read();
    expect(statuses(before)).toEqual({ project: 'ACTIVE', listed: 'ACTIVE' });
    await settled();
    const hits = totals().hits;
    expect(await read()).toEqual(before);
    expect(totals().hits).toBeGreaterThan(hits);

    const changed = await cached.testHub.query<{ changeProjectStatus: { workflow: { status: string }; project: { status: string } } }>(
      `mutation ($input: ChangeProjectStatusInput!) {
        changeProjectStatus(input: $input) { workflow { status } project { id status } userErrors { code } }
      }`,
      { input: { projectId: hub.dataProject, status: 'ON_HOLD', reason: 'Client freeze', idempotencyKey: `entity-cache-hold-${randomUUID()}` } },
      callers.delivery,
    );
    // The mutation's own answer reads past the cache: the new status before any event is applied.
    expect(changed.data?.changeProjectStatus).toMatchObject({ workflow: { status: 'COMPLETED' }, project: { status: 'ON_HOLD' } });
    await cached.testHub.flushEvents();
    await waitFor(async () => JSON.stringify(statuses(await read())) === JSON.stringify({ project: 'ON_HOLD', listed: 'ON_HOLD' }), {
      what: () => `the new status in the cached records (${JSON.stringify(totals())})`,
    });
  });

  it('a write past the events is bounded by the TTL only, and the workflows validate against the store, not the cache', async () => {
    const STATUS = 'query ErpStatus($id: ID!) { project(id: $id) { id status } }';
    const read = () => cached.testHub.query<{ project: { status: string } }>(STATUS, { id: hub.erpProject }, callers.delivery);
    expect((await read()).data?.project.status).toBe('ACTIVE');
    await settled();
    // A fix made in the PSA's store directly: no event says so.
    await cached.stores.projects.run("UPDATE project SET stage = 'Completed' WHERE id = ?", ['PRJ-2026-0001']);
    const hits = totals().hits;
    const stale = await read();
    expect(totals().hits).toBeGreaterThan(hits);
    expect(stale.data?.project.status, 'the cached record, until its TTL').toBe('ACTIVE');
    // Validation reads the store: ON_HOLD is no transition from COMPLETED, whatever the cache holds.
    const refused = await cached.testHub.query<{ changeProjectStatus: { workflow: unknown; userErrors: { code: string }[] } }>(
      `mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { id } userErrors { code } } }`,
      { input: { projectId: hub.erpProject, status: 'ON_HOLD', idempotencyKey: `entity-cache-refused-${randomUUID()}` } },
      callers.delivery,
    );
    expect(refused.data?.changeProjectStatus.userErrors).toEqual([{ code: 'INVALID_STATUS_TRANSITION' }]);
    await cached.stores.projects.run("UPDATE project SET stage = 'In Progress' WHERE id = ?", ['PRJ-2026-0001']);
  });

  it('a subscription’s payload reads past the cache: it shows a record the cache still holds an older copy of', async () => {
    const CUSTOMER = 'query CustomerOfProject($id: ID!) { project(id: $id) { id customer { id name } } }';
    const read = () => cached.testHub.query<{ project: { customer: { name: string } } }>(CUSTOMER, { id: hub.dataProject }, callers.delivery);
    expect((await read()).data?.project.customer.name).toBe('Acme Corp');
    await settled();
    // Renamed in the CRM's store directly: no event says so, so the cached customer stays as it was.
    await cached.stores.customers.run('UPDATE account SET name = ? WHERE id = ?', ['Acme Renamed', ACME]);
    const live = subscribeOn(
      cached.testHub,
      callers.delivery,
      'subscription ($id: ID) { projectStatusChanged(projectId: $id) { project { id customer { id name } } } }',
      {
        id: hub.dataProject,
      },
    );
    const { payloads } = live;
    try {
      await cached.testHub.subscriptionsInPlace(1);
      const cause = `entity-cache-live-${randomUUID()}`;
      // Names the project only: the cached customer is not marked by it.
      await cached.testHub.bus.publish({
        id: cause,
        type: 'ProjectStatusChanged',
        aggregateId: hub.dataProject,
        fromState: 'ACTIVE',
        toState: 'ACTIVE',
        occurredAt: new Date().toISOString(),
        source: 'PSA',
        correlationId: cause,
        data: { reason: cause },
      });
      await waitFor(() => payloads.length === 1, { what: 'the payload' });
      expect(payloads[0]).toEqual({ data: { projectStatusChanged: { project: { id: hub.dataProject, customer: { id: hub.acme, name: 'Acme Renamed' } } } } });
      // A query still meets the cached customer: the payload did not come from it.
      expect((await read()).data?.project.customer.name, 'the cached record, until its TTL').toBe('Acme Corp');
    } finally {
      await live.stop();
      await cached.stores.customers.run('UPDATE account SET name = ? WHERE id = ?', ['Acme Corp', ACME]);
      await forgetVisibilityRecords(cached.testHub);
    }
  });

  it('counts its hits and misses in /metrics as the `entity` cache', async () => {
    await cached.testHub.query(VISIBILITY, VISIBILITY_VARIABLES, callers.finance);
    const text = await (await fetch(new URL('/metrics', cached.testHub.url))).text();
    const value = (result: string) =>
      Number(new RegExp(`^opsgraph_cache_requests_total\\{cache="entity",result="${result}"\\} (\\d+)`, 'm').exec(text)?.[1] ?? Number.NaN);
    expect(value('hit')).toBeGreaterThan(0);
    expect(value('miss')).toBeGreaterThan(0);
  });
});

describe('the entity caches with the gateway’s response cache in front', () => {
  let started: StartedHub;

  beforeAll(async () => {
    started = await startHubWith({ OPSGRAPH_RESPONSE_CACHE: 'on', OPSGRAPH_ENTITY_CACHE: 'on', OPSGRAPH_ENTITY_CACHE_TTL_MS: '600000', REDIS_URL: undefined });
  });

  afterAll(async () => {
    await started?.testHub.stop();
  });

  it('an answer made of cached records is as old as they are: an event applied since leaves it unserved', async () => {
    const { testHub } = started;
    const gateway = () => responseCacheStats()[0];
    // The customer's record enters its cache (and the answer the gateway's).
    await testHub.query('query WarmCustomer($id: ID!) { customer(id: $id) { id name } }', { id: hub.acme });
    await settled();
    // An event about something else: the gateway marks its roll-ups; the customer's record stays.
    const before = totals();
    const cause = `entity-cache-rollup-${randomUUID()}`;
    await testHub.bus.publish({
      id: cause,
      type: 'EntityCacheProbe',
      aggregateId: hub.firstInvoice,
      occurredAt: new Date().toISOString(),
      source: 'TEST',
      correlationId: cause,
    });
    await waitFor(() => totals().events >= before.events + before.caches && gateway().events > 0, { what: 'the event applied' });
    // A roll-up answer computed now from the customer's cached record (read before the event) is not served again.
    const LIST = 'query Listed { projects(first: 10) { edges { node { id customer { id name } } } } }';
    const hits = totals().hits;
    const first = await testHub.query(LIST);
    expect(totals().hits).toBeGreaterThan(hits);
    await waitFor(() => gateway().storing === 0 && totals().storing === 0, { what: 'the answer written' });
    const { hits: gatewayHits, stale } = gateway();
    expect(await testHub.query(LIST)).toEqual(first);
    expect(gateway().hits).toBe(gatewayHits);
    expect(gateway().stale).toBe(stale + 1);
  });
});

describe('the entity caches with Redis unreachable', () => {
  let started: StartedHub;
  let warn: { mock: { calls: unknown[][] }; mockRestore(): void };

  beforeAll(async () => {
    warn = vi.spyOn(logger, 'warn');
    started = await startHubWith({ OPSGRAPH_ENTITY_CACHE: 'on', REDIS_URL: 'redis://127.0.0.1:1' });
  });

  afterAll(async () => {
    warn.mockRestore();
    await started?.testHub.stop();
  });

  it('answers every query as the connectors do, without waiting on Redis, and logs one line per cache for the outage', async () => {
    const finance = await authorizationAs('finance');
    const expected = await started.testHub.query(VISIBILITY, VISIBILITY_VARIABLES, finance);
    expect(expected.errors).toBeUndefined();
    const startedAt = Date.now();
    for (let i = 0; i < 20; i++) expect(await started.testHub.query(VISIBILITY, VISIBILITY_VARIABLES, finance)).toEqual(expected);
    const seconds = Math.ceil((Date.now() - startedAt) / 1000);
    // After a failure nothing is tried for a second: a handful of attempts per cache, not one per read.
    expect(totals().failures).toBeLessThanOrEqual(totals().caches * (2 + 2 * seconds));
    expect(totals().failures).toBeGreaterThan(0);
    expect(totals().hits).toBe(0);
    const lines = warn.mock.calls.filter(([fields]) => (fields as { event?: string })?.event === 'entity_cache_unavailable');
    const perCache = new Map<string, number>();
    for (const [fields] of lines) {
      const name = String((fields as { namespace?: string }).namespace);
      perCache.set(name, (perCache.get(name) ?? 0) + 1);
    }
    expect([...perCache.keys()].sort()).toEqual(['customers', 'finance', 'projects', 'resources']);
    expect([...perCache.values()].every((count) => count === 1)).toBe(true);
  });
});
