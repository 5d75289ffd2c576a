/**
 * Subscriptions and the life of their token, through the real gateway and graphql-ws client: a
 * socket closes with 4403 `Token expired` at its token's `exp` (HS256 and JWKS tokens alike) and no
 * event reaches it after; subscribers that share one fetch never share a credential, so a valid
 * one gets its data and an expired one nothing, whichever subscribed first.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../platform/auth.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

let testHub: TestHub;
let keyServer: http.Server;
let signWithIdp: (sub: string, ttlSeconds: number) => Promise<string>;
const savedJwksUrl = process.env.JWKS_URL;
const clients: Client[] = [];

beforeAll(async () => {
  // An identity provider's key server, so JWKS (ES256) tokens can be tried beside HS256 ones.
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'live-ec', alg: 'ES256', use: 'sig' };
  keyServer = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  process.env.JWKS_URL = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/jwks.json`;
  signWithIdp = (sub, ttlSeconds) =>
    new SignJWT({ roles: ['delivery'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'live-ec' })
      .setSubject(sub)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(privateKey);
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await testHub?.stop();
  await new Promise((resolve) => keyServer?.close(resolve));
  if (savedJwksUrl === undefined) delete process.env.JWKS_URL;
  else process.env.JWKS_URL = savedJwksUrl;
});

// Each test starts with no subscription in place, so it can wait for exactly its own.
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await testHub.subscriptionsInPlace(0);
});

const expiryOf = (token: string) => (decodeJwt(token).exp as number) * 1000;

/** One subscriber on its own socket: what it received (with when), and how its socket closed. */
function subscriber(token: string, query: string) {
  const received: { at: number; value: Record<string, unknown> }[] = [];
  let closed: { code: number; reason: string; at: number } | null = null;
  const client = createClient({
    url: testHub.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: {
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        closed ??= { code, reason, at: Date.now() };
      },
    },
  });
  clients.push(client);
  client.subscribe(
    { query, variables: { projectId: hub.erpProject } },
    { next: (value) => received.push({ at: Date.now(), value: value as Record<string, unknown> }), error: () => undefined, complete: () => undefined },
  );
  return { received, closed: () => closed };
}

let eventCount = 0;
function publishStatus(toState: string) {
  eventCount++;
  return testHub.bus.publish({
    id: `live-auth-${eventCount}`,
    type: 'ProjectStatusChanged',
    aggregateId: hub.erpProject,
    fromState: 'ACTIVE',
    toState,
    occurredAt: new Date().toISOString(),
    source: 'PSA',
    correlationId: `live-auth-${eventCount}`,
    data: { customerId: hub.acme },
  });
}

const EVENT_ONLY = 'subscription ($projectId: ID) { projectStatusChanged(projectId: $projectId) { status } }';
const WITH_PROJECT = 'subscription ($projectId: ID) { projectStatusChanged(projectId: $projectId) { status project { name } } }';

describe('a subscription whose token expires', () => {
  it.each([
    ['an HS256 token', (ttl: number) => signToken({ sub: 'live-expiring', roles: ['delivery'], customerId: null }, ttl)],
    ['a JWKS (ES256) token', (ttl: number) => signWithIdp('idp-live-expiring', ttl)],
  ])('%s: the socket closes with 4403 at exp, and no event arrives after', async (_name, sign) => {
    const expiringToken = await sign(4);
    const expiresAt = expiryOf(expiringToken);
    const control = subscriber(await signToken({ sub: 'live-control', roles: ['delivery'], customerId: null }), EVENT_ONLY);
    const expiring = subscriber(expiringToken, EVENT_ONLY);
    await testHub.subscriptionsInPlace(2);
    // Event-only selections need no fetch, so only the socket's end can stop them.
    await waitFor(() => expiring.closed() !== null, { what: 'the expiring socket to close', timeoutMs: expiresAt - Date.now() + 2_000 });
    const controlSeen = control.received.length;
    await publishStatus('ON_HOLD');
    await waitFor(() => control.received.length > controlSeen, { what: 'the control subscriber to receive the event', timeoutMs: 5_000 });
    const closed = expiring.closed();
    expect({
      closed: closed && { code: closed.code, reason: closed.reason, atExpiry: closed.at >= expiresAt && closed.at < expiresAt + 1_500 },
      receivedAfterExpiry: expiring.received.filter((result) => result.at >= expiresAt).map((result) => result.value),
      control: control.received.slice(controlSeen).map((result) => result.value),
    }).toEqual({
      closed: { code: 4403, reason: 'Token expired', atExpiry: true },
      receivedAfterExpiry: [],
      control: [{ data: { projectStatusChanged: { status: 'ON_HOLD' } } }],
    });
  });
});

describe('subscribers sharing one fetch', () => {
  it.each([
    ['the expired subscriber first', true],
    ['the valid subscriber first', false],
  ])('%s: the valid one gets its data, the expired one nothing', async (_name, expiredFirst) => {
    // Same selection, variables, roles and customer: one fetch per event serves both.
    const expiringToken = await signToken({ sub: `live-short-${expiredFirst}`, roles: ['delivery'], customerId: null }, 6);
    const validToken = await signToken({ sub: `live-long-${expiredFirst}`, roles: ['delivery'], customerId: null });
    const expiresAt = expiryOf(expiringToken);
    const order = expiredFirst ? [expiringToken, validToken] : [validToken, expiringToken];
    const first = subscriber(order[0], WITH_PROJECT);
    // In place before the second subscribes: the first one's listener is called, and fetches, first.
    await testHub.subscriptionsInPlace(1);
    const second = subscriber(order[1], WITH_PROJECT);
    await testHub.subscriptionsInPlace(2);
    const [expired, valid] = expiredFirst ? [first, second] : [second, first];
    expect(Date.now()).toBeLessThan(expiresAt);
    // Once the clock passes exp, one event: the shared fetch runs for whoever is still subscribed.
    await waitFor(() => Date.now() > expiresAt + 50, { what: 'the short token to expire', timeoutMs: expiresAt - Date.now() + 1_000 });
    const validSeen = valid.received.length;
    await publishStatus('ON_HOLD');
    await waitFor(() => valid.received.length > validSeen, { what: 'the valid subscriber to receive the event', timeoutMs: 5_000 });
    await waitFor(() => expired.closed() !== null, { what: 'the expired socket to close', timeoutMs: 2_000 });
    const closed = expired.closed();
    expect({
      valid: valid.received.slice(validSeen).map((result) => result.value),
      expiredAfterExpiry: expired.received.filter((result) => result.at >= expiresAt).map((result) => result.value),
      expiredClosed: closed && { code: closed.code, reason: closed.reason },
    }).toEqual({
      valid: [{ data: { projectStatusChanged: { status: 'ON_HOLD', project: { name: 'Acme ERP rollout' } } } }],
      expiredAfterExpiry: [],
      expiredClosed: { code: 4403, reason: 'Token expired' },
    });
  });
});
