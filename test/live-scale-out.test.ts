/**
 * Live status scaled out: every service in its own process, two gateway processes sharing no
 * memory, events through NATS JetStream (NATS_URL; `npm run test:nats`, which CI runs). A status
 * change made through one gateway reaches the subscribers of both, once each; a gateway restart lets
 * its clients reconnect and receive what follows.
 *
 * The gateways run in processes of their own, so the test cannot ask them how many subscriptions
 * they hold: it publishes marker events on the stream itself (a status change with no write behind
 * it, its `cause` naming it) and waits for them. A subscriber that received a marker is listening;
 * one that received a marker published after it received a change would have received a second
 * delivery of that change by then.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { closeDomainStores, openDomainStores } from '../scripts/domain-stores.ts';
import { signToken } from '../platform/auth.ts';
import { createNatsEventBus } from '../platform/events/nats.ts';
import type { EventBus } from '../platform/events/types.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { freePort, processes, stopChild } from './support/processes.ts';
import { waitFor, waitUpTo } from './support/wait.ts';

const NATS_URL = process.env.NATS_URL;
const suffix = randomBytes(4).toString('hex');
const stream = `OPSGRAPH_LIVE_${suffix}`;
const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-live-'));
const subjectPrefix = `opsgraph-live-${suffix}`;
const entries = processes({
  OPSGRAPH_DATA_DIR: dataDir,
  DATABASE_URL: '',
  LOG_LEVEL: 'error',
  NATS_URL: NATS_URL ?? '',
  OPSGRAPH_NATS_STREAM: stream,
  OPSGRAPH_NATS_SUBJECT_PREFIX: subjectPrefix,
});
/** The stream the services and gateways share, for the test's marker events. */
let bus: EventBus | null = null;
const clients: Client[] = [];
let gatewayEnv: Record<string, string> = {};
const gateways: { url: string; port: number; stop: () => Promise<void> }[] = [];
let token = '';

async function startGateway(port: number) {
  const { url, child } = await entries.spawnEntry(['gateway/main.ts'], { ...gatewayEnv, PORT: String(port) }, /gateway listening at (\S+)/);
  return { url, port, stop: () => stopChild(child) };
}

/** Whether the gateway at `gatewayUrl` answers its health check. */
async function listening(gatewayUrl: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('/health', gatewayUrl));
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}

type Delivery = { data?: { projectStatusChanged: { status: string; cause: string | null } } };

function subscribe(gatewayUrl: string, received: Delivery[]): Client {
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 30,
    // A lost gateway is retried once it listens again (a restart on its port).
    retryWait: async () => void (await waitUpTo(() => listening(gatewayUrl), { timeoutMs: 5_000, intervalMs: 50 })),
    shouldRetry: () => true,
  });
  clients.push(client);
  client.subscribe(
    {
      query:
        'subscription ($id: ID) { projectStatusChanged(projectId: $id) { status cause project { name customer { name } financials { unbilledWip { amount } } } } }',
      variables: { id: hub.erpProject },
    },
    { next: (value) => void received.push(value as Delivery), error: () => undefined, complete: () => undefined },
  );
  return client;
}

/** Publishes a marker on the shared stream: a status event of the project, with no write behind it. Resolves to its cause. */
async function publishMarker(status: string): Promise<string> {
  const cause = `marker-${randomUUID()}`;
  await bus?.publish({
    id: cause,
    type: 'ProjectStatusChanged',
    aggregateId: hub.erpProject,
    fromState: status,
    toState: status,
    occurredAt: new Date().toISOString(),
    source: 'PSA',
    correlationId: cause,
    data: { reason: cause, customerId: hub.acme },
  });
  return cause;
}

const hasMarker = (received: Delivery[], cause: string) => received.some((result) => result.data?.projectStatusChanged.cause === cause);

/** Publishes markers until every one of `subscribers` has received one published after this call: they are all listening. */
async function listeningAll(status: string, ...subscribers: Delivery[][]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const cause = await publishMarker(status);
    // A subscription not in place yet missed this marker: the next one reaches it.
    if (await waitUpTo(() => subscribers.every((received) => hasMarker(received, cause)), { timeoutMs: 500 })) return;
    if (attempt === 60) throw new Error('the subscriptions never received a marker');
  }
}

/** The deliveries of real changes (markers left out). */
const changes = (received: Delivery[]) => received.filter((result) => !result.data?.projectStatusChanged.cause?.startsWith('marker-'));

async function changeStatus(gatewayUrl: string, status: string, key: string): Promise<void> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } } }',
      variables: { input: { projectId: hub.erpProject, status, idempotencyKey: key } },
    }),
  });
  expect(await response.json()).toEqual({ data: { changeProjectStatus: { workflow: { status: 'COMPLETED' } } } });
}

const payload = (status: string) => ({
  data: {
    projectStatusChanged: {
      status,
      cause: null,
      project: { name: 'Acme ERP rollout', customer: { name: 'Acme Corp' }, financials: { unbilledWip: { amount: '3575.00' } } },
    },
  },
});

describe.skipIf(!NATS_URL)('live status across processes on NATS', () => {
  beforeAll(async () => {
    token = await signToken({ sub: 'live-scale-out', roles: ['delivery'], customerId: null });
    const stores = await openDomainStores({ dataDir, postgresUrl: null });
    await fillFixture(stores);
    await closeDomainStores(stores);
    gatewayEnv = await entries.spawnSubgraphs();
    gateways.push(await startGateway(await freePort()), await startGateway(await freePort()));
    bus = await createNatsEventBus({ url: NATS_URL as string, stream, subjectPrefix });
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await bus?.stop();
    await entries.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
    if (NATS_URL) {
      const connection = await connect({ servers: NATS_URL });
      await (await jetstreamManager(connection)).streams.delete(stream).catch(() => undefined);
      await connection.close();
    }
  });

  it('delivers a change made through one gateway to the subscribers of both, once each', async () => {
    const [first, second] = [[] as Delivery[], [] as Delivery[]];
    subscribe(gateways[0].url, first);
    subscribe(gateways[1].url, second);
    await listeningAll('ACTIVE', first, second);
    await changeStatus(gateways[0].url, 'ON_HOLD', 'nats-hold');
    await waitFor(() => changes(first).length >= 1 && changes(second).length >= 1, { what: 'the change, on both gateways' });
    // The change's own relay publishes it: a marker published once it arrived comes after it, and
    // once both have the marker, a second delivery of the change would have come first.
    const afterHold = await publishMarker('ON_HOLD');
    await waitFor(() => hasMarker(first, afterHold) && hasMarker(second, afterHold), { what: 'the marker after the change, on both gateways' });
    expect(changes(first)).toEqual([payload('ON_HOLD')]);
    expect(changes(second)).toEqual([payload('ON_HOLD')]);

    // The second gateway restarts on its port; its client reconnects and receives what follows.
    await gateways[1].stop();
    gateways[1] = await startGateway(gateways[1].port);
    await listeningAll('ON_HOLD', second);
    await changeStatus(gateways[0].url, 'ACTIVE', 'nats-resume');
    await waitFor(() => changes(first).length >= 2 && changes(second).length >= 2, { what: 'the second change, on both gateways' });
    const afterResume = await publishMarker('ACTIVE');
    await waitFor(() => hasMarker(first, afterResume) && hasMarker(second, afterResume), { what: 'the marker after the second change, on both gateways' });
    expect(changes(first)).toEqual([payload('ON_HOLD'), payload('ACTIVE')]);
    expect(changes(second)).toEqual([payload('ON_HOLD'), payload('ACTIVE')]);
  });
});
