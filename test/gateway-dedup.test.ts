/**
 * In-flight deduplication at the gateway (gateway/dedup.ts): identical query fetches in flight at once
 * share one subgraph request only when their callers see the same (roles and customer). Subgraph
 * requests are counted at the connectors behind them; fetches are held in flight together by gating a
 * connector read until every request has reached the gateway's fetch (the dedup's own counters).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, type Role } from '../platform/auth.ts';
import { dedupStats } from '../gateway/dedup.ts';
import type { ConnectorWrapper } from '../subgraphs/shared/service.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { createCallCounter, startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

/** One customers step (the list) and one projects step (each customer's projects). */
const CUSTOMERS = '{ customers(first: 10) { totalCount edges { node { id name projects { id name } } } } }';

interface Customers {
  customers: { totalCount: number; edges: { node: { id: string; name: string; projects: { id: string }[] | null } }[] };
}

/** A connector read that waits while its gate is closed. */
function createGate() {
  let open: () => void = () => undefined;
  let opened: Promise<void> = Promise.resolve();
  return {
    close() {
      opened = new Promise<void>((resolve) => {
        open = resolve;
      });
    },
    open: () => open(),
    wait: () => opened,
  };
}

const listGate = createGate();
const projectsGate = createGate();

/** Counts connector calls; holds the CRM's account list and every PSA read at their gates. */
function gatedCounter() {
  const counter = createCallCounter();
  // Gated inside, counted outside: a call counts as it arrives, before its gate.
  const wrap: ConnectorWrapper = (service, connector) => {
    if (service !== 'customers' && service !== 'projects') return counter.wrap(service, connector);
    const gated = new Proxy(connector, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        if (service === 'customers' && property !== 'listAccounts') return value;
        const gate = service === 'customers' ? listGate : projectsGate;
        return async (...args: unknown[]) => {
          await gate.wait();
          return (value as (...parameters: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    return counter.wrap(service, gated);
  };
  return { ...counter, wrap };
}

async function authorization(sub: string, roles: Role[], customerId: string | null = null): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signToken({ sub, roles, customerId })}` };
}

const counter = gatedCounter();
let testHub: TestHub;

// Subgraph fetches are what is counted here: the response cache, which would answer repeats without them, is off.
const savedResponseCache = process.env.OPSGRAPH_RESPONSE_CACHE;

beforeAll(async () => {
  process.env.OPSGRAPH_RESPONSE_CACHE = 'off';
  testHub = await startTestHub({ fill: fillFixture, wrapConnector: counter.wrap });
});

afterAll(async () => {
  listGate.open();
  projectsGate.open();
  await testHub?.stop();
  if (savedResponseCache === undefined) delete process.env.OPSGRAPH_RESPONSE_CACHE;
  else process.env.OPSGRAPH_RESPONSE_CACHE = savedResponseCache;
});

const calls = (key: string) => counter.calls.get(key) ?? 0;

function ids(result: GraphQLResult<Customers>): string[] {
  return result.data!.customers.edges.map((edge) => edge.node.id).sort();
}

/** Sends `headers`' queries at once with the account list gated; resolves once `inFlight` holds, then opens the gate. */
async function concurrently(headers: Record<string, string>[], inFlight: () => boolean, what: string): Promise<GraphQLResult<Customers>[]> {
  counter.reset();
  listGate.close();
  const answers = Promise.all(headers.map((header) => testHub.query<Customers>(CUSTOMERS, {}, header)));
  try {
    await waitFor(inFlight, { what: () => `${what} (${JSON.stringify(dedupStats())}, ${JSON.stringify(Object.fromEntries(counter.calls))})` });
  } finally {
    listGate.open();
  }
  const results = await answers;
  for (const result of results) expect(result.errors).toBeUndefined();
  return results;
}

describe('in-flight deduplication of subgraph fetches', () => {
  it('N identical queries from one caller: one subgraph fetch per step, each answered in full', async () => {
    const analyst = await authorization('dedup-analyst', ['analyst']);
    const N = 5;
    counter.reset();
    listGate.close();
    projectsGate.close();
    const before = dedupStats();
    const answers = Promise.all(Array.from({ length: N }, () => testHub.query<Customers>(CUSTOMERS, {}, analyst)));
    try {
      // The customers step: one fetch sent, the other N − 1 = 4 joined it.
      await waitFor(() => dedupStats().joined - before.joined === N - 1 && calls('customers.listAccounts') === 1, {
        what: () => `4 fetches joining one customers fetch (${JSON.stringify(dedupStats())})`,
      });
      listGate.open();
      // The projects step: again one fetch, 4 joined (4 + 4 = 8 joined in all).
      await waitFor(() => dedupStats().joined - before.joined === 2 * (N - 1), {
        what: () => `4 more fetches joining one projects fetch (${JSON.stringify(dedupStats())})`,
      });
    } finally {
      listGate.open();
      projectsGate.open();
    }
    const results = await answers;
    // Two steps, one subgraph fetch each: 2 sent, 8 joined.
    expect(dedupStats().sent - before.sent).toBe(2);
    expect(calls('customers.listAccounts')).toBe(1);
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result).toEqual(results[0]);
    }
    expect(ids(results[0])).toEqual([hub.acme, hub.globex].sort());
    expect(results[0].data!.customers.edges.some((edge) => (edge.node.projects ?? []).length > 0)).toBe(true);
    // Nothing is kept once answered: the same query again is sent again.
    const again = dedupStats().sent;
    await testHub.query<Customers>(CUSTOMERS, {}, analyst);
    expect(dedupStats().sent - again).toBe(2);
    expect(dedupStats().inFlight).toBe(0);
  });

  it('two analysts (same roles, no customer) share', async () => {
    const before = dedupStats();
    const [first, second] = await concurrently(
      [await authorization('dedup-analyst-1', ['analyst']), await authorization('dedup-analyst-2', ['analyst'])],
      () => dedupStats().joined - before.joined >= 1 && calls('customers.listAccounts') === 1,
      'the second analyst joining the first one’s fetch',
    );
    expect(calls('customers.listAccounts')).toBe(1);
    expect(first).toEqual(second);
  });

  it('portal users of different customers never share, and each sees only its own customer', async () => {
    const before = dedupStats();
    const [acme, globex] = await concurrently(
      [await authorization('dedup-acme', ['portal'], hub.acme), await authorization('dedup-globex', ['portal'], hub.globex)],
      () => calls('customers.listAccounts') === 2,
      'both portal users’ fetches at the CRM',
    );
    expect(dedupStats().joined - before.joined).toBe(0);
    expect(ids(acme)).toEqual([hub.acme]);
    expect(ids(globex)).toEqual([hub.globex]);
  });

  it('a portal user and staff never share', async () => {
    const before = dedupStats();
    const [portal, staff] = await concurrently(
      [await authorization('dedup-portal', ['portal'], hub.acme), await authorization('dedup-finance', ['finance'])],
      () => calls('customers.listAccounts') === 2,
      'the portal user’s and the finance user’s fetches at the CRM',
    );
    expect(dedupStats().joined - before.joined).toBe(0);
    expect(ids(portal)).toEqual([hub.acme]);
    expect(ids(staff)).toEqual([hub.acme, hub.globex].sort());
  });

  it('roles that see different fields never share', async () => {
    const before = dedupStats();
    await concurrently(
      [await authorization('dedup-delivery', ['delivery']), await authorization('dedup-finance-2', ['finance'])],
      () => calls('customers.listAccounts') === 2,
      'the delivery and the finance fetches at the CRM',
    );
    expect(dedupStats().joined - before.joined).toBe(0);
  });

  it('mutations are never deduplicated', async () => {
    const finance = await authorization('dedup-finance-3', ['finance']);
    const RESOLVE = 'mutation ($input: ResolveExceptionInput!) { resolveException(input: $input) { userErrors { code } } }';
    const input = { id: 'no-such-exception', note: 'checked', idempotencyKey: 'dedup-identical-mutation' };
    const before = dedupStats();
    const results = await Promise.all(
      [1, 2, 3].map(() => testHub.query<{ resolveException: { userErrors: { code: string }[] } }>(RESOLVE, { input }, finance)),
    );
    for (const result of results)
      expect(result, JSON.stringify(result)).toMatchObject({ data: { resolveException: { userErrors: [{ code: 'EXCEPTION_NOT_FOUND' }] } } });
    // Three identical mutations: three fetches sent alone, none offered for sharing.
    expect(dedupStats().alone - before.alone).toBe(3);
    expect(dedupStats().sent - before.sent).toBe(0);
    expect(dedupStats().joined - before.joined).toBe(0);
  });
});

describe('with OPSGRAPH_GATEWAY_DEDUP=off', () => {
  const offCounter = gatedCounter();
  let offHub: TestHub;
  const saved = process.env.OPSGRAPH_GATEWAY_DEDUP;

  beforeAll(async () => {
    process.env.OPSGRAPH_GATEWAY_DEDUP = 'off';
    try {
      offHub = await startTestHub({ fill: fillFixture, wrapConnector: offCounter.wrap });
    } finally {
      if (saved === undefined) delete process.env.OPSGRAPH_GATEWAY_DEDUP;
      else process.env.OPSGRAPH_GATEWAY_DEDUP = saved;
    }
  });

  afterAll(async () => {
    listGate.open();
    await offHub?.stop();
  });

  it('identical queries from one caller are each sent', async () => {
    const analyst = await authorization('dedup-off-analyst', ['analyst']);
    offCounter.reset();
    listGate.close();
    const before = dedupStats();
    const answers = Promise.all([1, 2, 3].map(() => offHub.query<Customers>(CUSTOMERS, {}, analyst)));
    try {
      await waitFor(() => (offCounter.calls.get('customers.listAccounts') ?? 0) === 3, { what: 'three account lists at the CRM' });
    } finally {
      listGate.open();
    }
    const results = await answers;
    for (const result of results) expect(ids(result)).toEqual([hub.acme, hub.globex].sort());
    expect(dedupStats().joined - before.joined).toBe(0);
    expect(dedupStats().sent - before.sent).toBe(0);
  });
});
