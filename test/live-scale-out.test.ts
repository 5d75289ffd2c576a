/**
 * Live status scaled out: every service in its own process, two gateway processes sharing no
 * memory, events through NATS JetStream (NATS_URL; `npm run test:nats`, which CI runs). A status
 * change made through one gateway reaches the subscribers of both, once each; a gateway restart lets
 * its clients reconnect and receive what follows.
 */
import { randomBytes } from 'node:crypto';
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
import { fillFixture, hub } from './support/fixture.ts';
import { freePort, processes, stopChild } from './support/processes.ts';

const NATS_URL = process.env.NATS_URL;
const suffix = randomBytes(4).toString('hex');
const stream = `OPSGRAPH_LIVE_${suffix}`;
const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-live-'));
const entries = processes({
  OPSGRAPH_DATA_DIR: dataDir,
  DATABASE_URL: '',
  LOG_LEVEL: 'error',
  NATS_URL: NATS_URL ?? '',
  OPSGRAPH_NATS_STREAM: stream,
  OPSGRAPH_NATS_SUBJECT_PREFIX: `opsgraph-live-${suffix}`,
});
const clients: Client[] = [];
let gatewayEnv: Record<string, string> = {};
const gateways: { url: string; port: number; stop: () => Promise<void> }[] = [];
let token = '';

async function startGateway(port: number) {
  const { url, child } = await entries.spawnEntry(['gateway/main.ts'], { ...gatewayEnv, PORT: String(port) }, /gateway listening at (\S+)/);
  return { url, port, stop: () => stopChild(child) };
}

function subscribe(gatewayUrl: string, received: unknown[]): Client {
  const client = createClient({
    url: gatewayUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 30,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 200)),
    shouldRetry: () => true,
  });
  clients.push(client);
  client.subscribe(
    {
      query:
        'subscription ($id: ID) { projectStatusChanged(projectId: $id) { status project { name customer { name } financials { unbilledWip { amount } } } } }',
      variables: { id: hub.erpProject },
    },
    { next: (value) => void received.push(value), error: () => undefined, complete: () => undefined },
  );
  return client;
}

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

async function eventually(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const payload = (status: string) => ({
  data: {
    projectStatusChanged: {
      status,
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
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await entries.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
    if (NATS_URL) {
      const connection = await connect({ servers: NATS_URL });
      await (await jetstreamManager(connection)).streams.delete(stream).catch(() => undefined);
      await connection.close();
    }
  });

  it('delivers a change made through one gateway to the subscribers of both, once each', async () => {
    const [first, second] = [[] as unknown[], [] as unknown[]];
    subscribe(gateways[0].url, first);
    subscribe(gateways[1].url, second);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await changeStatus(gateways[0].url, 'ON_HOLD', 'nats-hold');
    await eventually(() => first.length >= 1 && second.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(first).toEqual([payload('ON_HOLD')]);
    expect(second).toEqual([payload('ON_HOLD')]);

    // The second gateway restarts on its port; its client reconnects and receives what follows.
    await gateways[1].stop();
    gateways[1] = await startGateway(gateways[1].port);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await changeStatus(gateways[0].url, 'ACTIVE', 'nats-resume');
    await eventually(() => first.length >= 2 && second.length >= 2);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(first).toEqual([payload('ON_HOLD'), payload('ACTIVE')]);
    expect(second).toEqual([payload('ON_HOLD'), payload('ACTIVE')]);
  });
});
