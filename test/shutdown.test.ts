/**
 * Graceful shutdown (docs/observability.md, Shutdown) through a real hub on port 0: the gateway stops
 * accepting while the requests in flight finish, WebSocket clients are closed with 1001, a workflow
 * step in flight finishes and nothing new starts, the outbox relays publish what was committed before
 * stop() resolves, and stop() keeps its bound when a request hangs. Last, `npm start` (scripts/start.ts,
 * subgraphs on threads) drains and exits 0 on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../platform/auth.ts';
import { appendToOutbox } from '../platform/events/outbox.ts';
import type { DomainEvent } from '../platform/events/types.ts';
import { closeDomainStores, openDomainStores, type DomainStores } from '../scripts/domain-stores.ts';
import { startHub, type Hub, type HubOptions } from '../scripts/hub.ts';
import type { ConnectorWrapper } from '../subgraphs/services.ts';
import { fillFixture, hub as ids } from './support/fixture.ts';
import { dropSchemaSet, readerHeaders, TEST_BACKEND } from './support/hub.ts';
import { stopChild } from './support/processes.ts';
import { waitFor, within } from './support/wait.ts';

const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Holds the calls of one connector's methods (all, or `method`) while armed, until released. */
interface Gate {
  service: string;
  method?: string;
  armed: boolean;
  /** Calls that reached the gate while it was armed. */
  entered: number;
  release(): void;
  released: Promise<void>;
}

function gate(service: string, method?: string): Gate {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { service, method, armed: true, entered: 0, release, released };
}

function holdingAt(gates: Gate[]): ConnectorWrapper {
  return (service, connector) =>
    new Proxy(connector, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        const call = (args: unknown[]) => (value as (...parameters: unknown[]) => unknown).apply(target, args);
        return (...args: unknown[]) => {
          const held = gates.find((candidate) => candidate.armed && candidate.service === service && (!candidate.method || candidate.method === property));
          if (!held) return call(args);
          held.entered++;
          return held.released.then(() => call(args));
        };
      },
    });
}

/** A hub over the fixture on stores this test owns (so they can be read after stop()). */
interface OwnHub {
  hub: Hub;
  stores: DomainStores;
  /** Every event the hub's bus delivered, in order. */
  events: DomainEvent[];
  dispose(): Promise<void>;
}

const opened: OwnHub[] = [];
const clients: Client[] = [];

/** Runs `start` with the environment variables `vars` set, as the hub reads some of them while it starts. */
async function withEnv<T>(vars: Record<string, string>, start: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((name) => [name, process.env[name]]));
  Object.assign(process.env, vars);
  try {
    return await start();
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

async function ownHub(options: Pick<HubOptions, 'wrapConnector' | 'shutdownTimeoutMs'>, over?: OwnHub): Promise<OwnHub> {
  const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;
  let stores = over?.stores;
  if (!stores) {
    stores =
      TEST_BACKEND === 'sqlite'
        ? await openDomainStores({ dataDir: ':memory:', postgresUrl: null })
        : await openDomainStores({ postgresUrl: POSTGRES_URL, schemaPrefix });
    await fillFixture(stores);
  }
  const owned = over ? null : stores;
  const hub = await startHub({ port: 0, stores, ...options });
  const events: DomainEvent[] = [];
  await hub.bus.subscribe({ group: `shutdown-test-${randomUUID()}`, transient: true, handler: async (event) => void events.push(event) });
  const own: OwnHub = {
    hub,
    stores,
    events,
    async dispose() {
      await hub.stop();
      if (!owned) return;
      await closeDomainStores(owned);
      if (TEST_BACKEND === 'postgres') await dropSchemaSet(POSTGRES_URL, schemaPrefix);
    },
  };
  // Hubs over another's stores stop first (afterAll disposes in reverse order).
  opened.unshift(own);
  return own;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(async () => {
  await Promise.all(opened.map((own) => own.dispose()));
});

/** POSTs an operation; resolves to the status and body, or to 'refused' when no server took the request. */
async function attempt(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  try {
    const response = await fetch(url, { method: 'POST', headers: { ...(await readerHeaders()), ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: response.status, connection: response.headers.get('connection'), body: (await response.json()) as Record<string, unknown> };
  } catch {
    return 'refused' as const;
  }
}

const PROJECTS = '{ projects(first: 5) { totalCount } }';
/** Another operation than PROJECTS, so the response cache cannot answer it from PROJECTS' answer. */
const SLOW_PROJECTS = '{ projects(first: 4) { totalCount } }';

describe('graceful shutdown', () => {
  it('answers the request in flight, refuses new ones, closes WebSockets with 1001 and publishes what was committed', async () => {
    const held = gate('projects');
    held.armed = false;
    const own = await ownHub({ wrapConnector: holdingAt([held]), shutdownTimeoutMs: 20_000 });
    const { hub } = own;
    expect(await attempt(hub.url, PROJECTS)).toMatchObject({ status: 200, body: { data: { projects: { totalCount: 2 } } } });

    // A graphql-ws client with a subscription in place.
    const token = await signToken({ sub: 'shutdown-watcher', roles: ['analyst'], customerId: null });
    const closes: number[] = [];
    const client = createClient({
      url: hub.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    clients.push(client);
    client.on('closed', (event) => void closes.push((event as { code: number }).code));
    client.subscribe(
      { query: 'subscription { projectStatusChanged { status } }' },
      { next: () => undefined, error: () => undefined, complete: () => undefined },
    );
    await waitFor(() => hub.activeSubscriptions() === 1, { what: 'the subscription in place' });

    // A slow query in flight: the projects connector holds it.
    held.armed = true;
    const slow = attempt(hub.url, SLOW_PROJECTS);
    await waitFor(() => held.entered > 0, { what: 'the slow query reaching the connector' });
    held.armed = false;

    // An event committed just before stop().
    const event: DomainEvent = {
      id: randomUUID(),
      type: 'ShutdownProbed',
      aggregateId: ids.erpProject,
      occurredAt: new Date().toISOString(),
      source: 'PSA',
      correlationId: randomUUID(),
    };
    await own.stores.projects.transaction((tx) => appendToOutbox(tx, event));
    let stopped = false;
    const stopping = hub.stop().then(() => (stopped = true));

    // No new request is taken once stop() began.
    const late = await attempt(hub.url, PROJECTS);
    if (late !== 'refused') expect(late).toMatchObject({ status: 503, connection: 'close', body: { errors: [{ extensions: { code: 'SHUTTING_DOWN' } }] } });
    // WebSocket clients are told the server is going away.
    await waitFor(() => closes.includes(1001), { what: () => `close code 1001 (got ${closes.join(', ') || 'none'})` });
    expect(stopped).toBe(false);

    // The request in flight still completes, and its connection is not kept.
    held.release();
    expect(await slow).toMatchObject({ status: 200, connection: 'close', body: { data: { projects: { totalCount: 2 } } } });
    await within(stopping, { what: 'stop() after the drain', timeoutMs: 20_000 });
    expect(own.events.map((delivered) => delivered.id)).toContain(event.id);
    const row = await own.stores.projects.get<{ published_at: string | null }>('SELECT published_at FROM outbox WHERE event_id = ?', [event.id]);
    expect(row?.published_at).toBeTruthy();
    // Idempotent: a second stop() resolves too.
    await hub.stop();
  });

  it('lets a workflow step in flight finish, starts no new workflow, and publishes its events before stop() resolves', async () => {
    const held = gate('projects', 'logTime');
    // A short answer deadline (80 % of the subgraph timeout): the mutation answers RUNNING while its step is held.
    const own = await withEnv({ OPSGRAPH_SUBGRAPH_TIMEOUT_MS: '1500' }, () => ownHub({ wrapConnector: holdingAt([held]), shutdownTimeoutMs: 20_000 }));
    const { hub, stores } = own;
    const delivery = { authorization: `Bearer ${await signToken({ sub: 'shutdown-delivery', roles: ['delivery'], customerId: null })}` };
    const LOG = 'mutation ($input: LogTimeInput!) { logTime(input: $input) { workflow { id status } userErrors { code } } }';
    const input = (key: string, date: string) => ({
      input: { projectId: ids.erpProject, consultantId: ids.ada, date, hours: '2', billable: true, idempotencyKey: key },
    });

    const answered = await attempt(hub.url, LOG, input('shutdown-log-1', '2026-11-16'), delivery);
    expect(answered).toMatchObject({ status: 200, body: { data: { logTime: { workflow: { status: 'RUNNING' }, userErrors: [] } } } });
    const workflowId = (answered as unknown as { body: { data: { logTime: { workflow: { id: string } } } } }).body.data.logTime.workflow.id;
    expect(held.entered).toBe(1);

    let stopped = false;
    const stopping = hub.stop().then(() => (stopped = true));
    expect(await attempt(hub.url, LOG, input('shutdown-log-2', '2026-11-17'), delivery)).not.toMatchObject({ status: 200 });
    expect(stopped).toBe(false);

    held.release();
    await within(stopping, { what: 'stop() after the workflow', timeoutMs: 20_000 });
    const workflows = await stores.workflows.all<{ id: string; status: string }>('SELECT id, status FROM workflow');
    expect(workflows).toEqual([{ id: workflowId, status: 'COMPLETED' }]);
    const entries = await stores.projects.get<{ n: number }>("SELECT COUNT(*) AS n FROM time_entry WHERE work_date = '2026-11-16'");
    expect(Number(entries?.n)).toBe(1);
    // Everything committed was published before stop() resolved, the workflow's completion included.
    for (const store of [stores.projects, stores.workflows]) {
      expect(await store.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL')).toMatchObject({ n: 0 });
    }
    expect(own.events.filter((event) => event.type === 'WorkflowUpdated' && event.aggregateId === workflowId).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves a workflow step that outlives the bound to the lease takeover: the next start completes it, once', async () => {
    const held = gate('projects', 'logTime');
    // Short leases and recovery scans, so the takeover on PostgreSQL (no sole owner) comes soon; a short answer deadline, as above.
    const settings = { OPSGRAPH_SUBGRAPH_TIMEOUT_MS: '1500', OPSGRAPH_WORKFLOW_LEASE_MS: '1000', OPSGRAPH_WORKFLOW_RESUME_EVERY_MS: '100' };
    const first = await withEnv(settings, () => ownHub({ wrapConnector: holdingAt([held]), shutdownTimeoutMs: 500 }));
    const delivery = { authorization: `Bearer ${await signToken({ sub: 'shutdown-delivery', roles: ['delivery'], customerId: null })}` };
    const LOG = 'mutation ($input: LogTimeInput!) { logTime(input: $input) { workflow { id status } userErrors { code } } }';
    const input = {
      input: { projectId: ids.erpProject, consultantId: ids.ada, date: '2026-11-18', hours: '3', billable: true, idempotencyKey: 'shutdown-log-cut' },
    };
    const answered = await attempt(first.hub.url, LOG, input, delivery);
    expect(answered).toMatchObject({ status: 200, body: { data: { logTime: { workflow: { status: 'RUNNING' } } } } });
    const began = performance.now();
    await within(first.hub.stop(), { what: 'stop() past its bound', timeoutMs: 10_000 });
    expect(performance.now() - began).toBeLessThan(3_000);
    held.release();
    const status = async () => (await first.stores.workflows.get<{ status: string }>('SELECT status FROM workflow'))?.status;
    expect(await status()).toBe('RUNNING');

    // The next start over the same stores takes the workflow over and completes it; the time is logged once.
    await withEnv(settings, () => ownHub({ shutdownTimeoutMs: 5_000 }, first));
    await waitFor(async () => (await status()) === 'COMPLETED', { what: 'the workflow completed by the next start', timeoutMs: 15_000 });
    const entries = await first.stores.projects.get<{ n: number }>("SELECT COUNT(*) AS n FROM time_entry WHERE work_date = '2026-11-18'");
    expect(Number(entries?.n)).toBe(1);
  });

  it('resolves within its bound when a request hangs', async () => {
    const held = gate('projects');
    held.armed = false;
    const own = await ownHub({ wrapConnector: holdingAt([held]), shutdownTimeoutMs: 500 });
    const { hub } = own;
    try {
      held.armed = true;
      const hanging = attempt(hub.url, SLOW_PROJECTS);
      await waitFor(() => held.entered > 0, { what: 'the hanging query reaching the connector' });
      const began = performance.now();
      await within(hub.stop(), { what: 'stop() past its bound', timeoutMs: 10_000 });
      const elapsed = performance.now() - began;
      expect(elapsed).toBeGreaterThanOrEqual(450);
      expect(elapsed).toBeLessThan(3_000);
      // The hanging request's connection was cut, not answered.
      expect(await hanging).toBe('refused');
    } finally {
      held.release();
    }
  });
});

describe('npm start on SIGTERM', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('drains (WebSocket clients get 1001) and exits 0', async () => {
    const child = spawn(process.execPath, ['scripts/start.ts'], {
      cwd: new URL('..', import.meta.url),
      env: {
        ...process.env,
        NODE_ENV: 'development',
        PORT: '0',
        OPSGRAPH_DATA_DIR: dataDir,
        LOG_LEVEL: 'error',
        DATABASE_URL: '',
        OPSGRAPH_SHUTDOWN_TIMEOUT_MS: '5000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const origin = await waitFor(() => /GraphQL:\s+(http:\/\/localhost:\d+)\/graphql/.exec(output)?.[1], {
        what: () => `the hub's URL:\n${output}`,
        timeoutMs: 90_000,
      });
      const token = await signToken({ sub: 'shutdown-watcher', roles: ['analyst'], customerId: null });
      const closes: number[] = [];
      let connected = false;
      const client = createClient({
        url: `${origin.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${token}` },
        retryAttempts: 0,
        lazy: false,
        // The close this test causes is expected: not logged.
        onNonLazyError: () => undefined,
      });
      clients.push(client);
      client.on('connected', () => (connected = true));
      client.on('closed', (event) => void closes.push((event as { code: number }).code));
      await waitFor(() => connected, { what: 'the WebSocket connection' });

      child.kill('SIGTERM');
      await waitFor(() => closes.includes(1001), { what: () => `close code 1001 (got ${closes.join(', ') || 'none'})` });
      expect(await within(exited, { what: () => `the exit after SIGTERM:\n${output}`, timeoutMs: 20_000 })).toBe(0);
      expect(output).not.toContain('failed');
    } finally {
      await stopChild(child);
    }
  });
});
