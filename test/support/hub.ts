/**
 * Starts the real hub (every subgraph and the gateway on port 0) over stores filled by the test.
 * The backend follows OPSGRAPH_TEST_BACKEND: `sqlite` (default, in-memory stores) or `postgres`
 * (DATABASE_URL, default the local server's `test` database, one throwaway schema set per hub).
 */
import { randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { closeDomainStores, dropSchemaSet, openDomainStores, type DomainStores } from '../../scripts/domain-stores.ts';
export { dropSchemaSet };
import { startHub, type Hub, type HubOptions } from '../../scripts/hub.ts';
import type { ConnectorWrapper } from '../../subgraphs/services.ts';
import { signToken, type Role } from '../../platform/auth.ts';
import { waitFor } from './wait.ts';
import { generateDemoData, type DemoData } from '../../scripts/demo-data/generate.ts';
import { loadDemoData } from '../../scripts/demo-data/load.ts';

export const TEST_BACKEND = process.env.OPSGRAPH_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';
const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestHub extends Hub {
  /** POSTs a GraphQL operation to the gateway and returns the parsed body. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResult<T>>;
  /**
   * Resolves once the gateway has exactly `count` subscriptions in place (accepted and listening):
   * an event published from then on reaches each of them, and ended ones no longer count.
   */
  subscriptionsInPlace(count: number): Promise<void>;
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestHubOptions extends Pick<HubOptions, 'wrapConnector' | 'subgraphTimeoutMs' | 'live' | 'rateLimit' | 'trustedDocuments'> {
  /** Fills the freshly migrated stores. */
  fill: (stores: DomainStores) => Promise<void>;
}

async function openTestStores(): Promise<{ stores: DomainStores; dispose: () => Promise<void> }> {
  if (TEST_BACKEND === 'sqlite') {
    const stores = await openDomainStores({ dataDir: ':memory:', postgresUrl: null });
    return { stores, dispose: () => closeDomainStores(stores) };
  }
  const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;
  const stores = await openDomainStores({ postgresUrl: POSTGRES_URL, schemaPrefix });
  return {
    stores,
    dispose: async () => {
      await closeDomainStores(stores);
      await dropSchemaSet(POSTGRES_URL, schemaPrefix);
    },
  };
}

let cachedReaderToken: Promise<string> | null = null;

/** The token `query` sends unless told otherwise: an analyst (reads everything, writes nothing). */
export function readerToken(): Promise<string> {
  cachedReaderToken ??= signToken({ sub: 'test-reader', roles: ['analyst'], customerId: null });
  return cachedReaderToken;
}

/** The Authorization header of a caller with `role` (and, for portal users, their customer). */
export async function authorizationAs(role: Role, customerId: string | null = null): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await signToken({ sub: `test-${role}`, roles: [role], customerId })}` };
}

/** Headers of a request as the default reader. */
export async function readerHeaders(): Promise<Record<string, string>> {
  return { 'content-type': 'application/json', authorization: `Bearer ${await readerToken()}` };
}

/**
 * The hub over fresh demo data (seed 42, scale 1, or `data` the test generated) on the business date
 * `asOf`: OPSGRAPH_AS_OF is set while it runs and restored when it stops. `stores` hands the test the
 * opened stores.
 */
export async function startDemoHub(asOf: string, options: { data?: DemoData; stores?: (opened: DomainStores) => void } = {}): Promise<TestHub> {
  const saved = process.env.OPSGRAPH_AS_OF;
  const restore = () => {
    if (saved === undefined) delete process.env.OPSGRAPH_AS_OF;
    else process.env.OPSGRAPH_AS_OF = saved;
  };
  process.env.OPSGRAPH_AS_OF = asOf;
  const data = options.data ?? generateDemoData({ seed: 42, scale: 1, asOf });
  let hub: TestHub;
  try {
    hub = await startTestHub({
      fill: async (opened) => {
        options.stores?.(opened);
        await loadDemoData(opened, data);
      },
    });
  } catch (error) {
    restore();
    throw error;
  }
  return {
    ...hub,
    stop: async () => {
      await hub.stop();
      restore();
    },
  };
}

export async function startTestHub(options: TestHubOptions): Promise<TestHub> {
  const { stores, dispose } = await openTestStores();
  let hub: Hub;
  try {
    await options.fill(stores);
    hub = await startHub({
      port: 0,
      stores,
      wrapConnector: options.wrapConnector,
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      live: options.live,
      rateLimit: options.rateLimit,
      trustedDocuments: options.trustedDocuments,
    });
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    ...hub,
    stop: async () => {
      await hub.stop();
      await dispose();
    },
    async query(query, variables, headers = {}) {
      const response = await fetch(hub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await readerToken()}`, ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResult<never>;
    },
    async subscriptionsInPlace(count) {
      await waitFor(() => hub.activeSubscriptions() === count, {
        what: () => `${count} subscriptions in place (${hub.activeSubscriptions()} are)`,
      });
    },
  };
}

/** A ConnectorWrapper that counts calls per service and method. */
export function createCallCounter(): { wrap: ConnectorWrapper; calls: Map<string, number>; reset(): void; perService(): Record<string, number> } {
  const calls = new Map<string, number>();
  const wrap: ConnectorWrapper = (service, connector) =>
    new Proxy(connector, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const key = `${service}.${String(property)}`;
          calls.set(key, (calls.get(key) ?? 0) + 1);
          return (value as (...parameters: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return {
    wrap,
    calls,
    reset: () => calls.clear(),
    perService() {
      const totals: Record<string, number> = {};
      for (const [key, count] of calls) {
        const service = key.split('.')[0];
        totals[service] = (totals[service] ?? 0) + count;
      }
      return totals;
    },
  };
}

/** Methods of a connector that fail while a condition holds. */
export interface ConnectorFailure {
  /** The methods that fail; every method when omitted. */
  methods?: readonly string[];
  /** Checked at each call: while it holds, those methods fail. */
  when: () => boolean;
  /** What a failing call rejects with; called once per failed call, with the method's name. */
  error: (method: string) => Error;
}

/**
 * The connector with the methods of each failure rejecting (without calling the connector) while
 * its condition holds; the first failure that applies to a call decides. Every other call goes through.
 */
export function failingConnector<Connector extends object>(connector: Connector, ...failures: ConnectorFailure[]): Connector {
  return new Proxy(connector, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const method = String(property);
      const applying = failures.filter((failure) => !failure.methods || failure.methods.includes(method));
      if (applying.length === 0) return value;
      return (...args: unknown[]) => {
        const failure = applying.find((candidate) => candidate.when());
        return failure ? Promise.reject(failure.error(method)) : (value as (...parameters: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** One subscription over graphql-ws to `testHub` as the caller of `headers`: its payloads as they come, and `stop()`. */
export function subscribeOn(testHub: TestHub, headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const client = createClient({ url: testHub.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: headers, retryAttempts: 0, lazy: true });
  const payloads: unknown[] = [];
  const dispose = client.subscribe({ query, variables }, { next: (value) => void payloads.push(value), error: () => undefined, complete: () => undefined });
  return {
    payloads,
    async stop() {
      dispose();
      await client.dispose();
    },
  };
}
