/**
 * Through the real hub, with the outbox relays' backstop poll a minute away (OPSGRAPH_OUTBOX_POLL_MS):
 * a governed write's event reaches its subscribers because the write's commit woke the relay, with
 * no flush by the test. The subscribers share one execution per event only with those of the same
 * document, variables and access: a portal user and staff on the same project with the same
 * document each get what the same query over HTTP answers them, whoever subscribed first.
 */
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../platform/auth.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

/** Far beyond any wait below: only a commit's wake-up can explain a delivery. */
const BACKSTOP_MS = '60000';
const savedPoll = process.env.OPSGRAPH_OUTBOX_POLL_MS;
let testHub: TestHub;
const clients: Client[] = [];
const tokens: Record<string, string> = {};

beforeAll(async () => {
  process.env.OPSGRAPH_OUTBOX_POLL_MS = BACKSTOP_MS;
  testHub = await startTestHub({ fill: fillFixture });
  tokens.delivery = await signToken({ sub: 'wake-pm', roles: ['delivery'], customerId: null });
  tokens.finance = await signToken({ sub: 'wake-finance', roles: ['finance'], customerId: null });
  tokens.otherFinance = await signToken({ sub: 'wake-finance-2', roles: ['finance'], customerId: null });
  tokens.acmePortal = await signToken({ sub: 'wake-acme', roles: ['portal'], customerId: hub.acme });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await testHub?.stop();
  if (savedPoll === undefined) delete process.env.OPSGRAPH_OUTBOX_POLL_MS;
  else process.env.OPSGRAPH_OUTBOX_POLL_MS = savedPoll;
});

const SELECTION = 'status project { name customer { name } financials { unbilledWip { amount } costToDate { amount } } }';
const SUBSCRIPTION = `subscription ($projectId: ID) { projectStatusChanged(projectId: $projectId) { ${SELECTION} } }`;

function subscribe(token: string): FormattedExecutionResult<Record<string, unknown>, unknown>[] {
  const client = createClient({
    url: testHub.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  clients.push(client);
  const results: FormattedExecutionResult<Record<string, unknown>, unknown>[] = [];
  client.subscribe(
    { query: SUBSCRIPTION, variables: { projectId: hub.erpProject } },
    { next: (result) => void results.push(result), error: () => undefined, complete: () => undefined },
  );
  return results;
}

async function changeStatus(status: string, key: string): Promise<void> {
  const result = await testHub.query(
    'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } userErrors { code } } }',
    { input: { projectId: hub.erpProject, status, reason: `to ${status}`, idempotencyKey: key } },
    { authorization: `Bearer ${tokens.delivery}` },
  );
  expect(result.data).toEqual({ changeProjectStatus: { workflow: { status: 'COMPLETED' }, userErrors: [] } });
}

/** What `token` gets over HTTP for the project with the live selection, in the payload's shape. */
async function overHttp(token: string, status: string): Promise<FormattedExecutionResult<Record<string, unknown>, unknown>> {
  const answer = await testHub.query<{ project: unknown }>(
    'query ($id: ID!) { project(id: $id) { name customer { name } financials { unbilledWip { amount } costToDate { amount } } } }',
    { id: hub.erpProject },
    { authorization: `Bearer ${token}` },
  );
  const errors = answer.errors?.map(({ message, extensions }) => ({ message, extensions }));
  return { data: { projectStatusChanged: { status, project: answer.data?.project ?? null } }, ...(errors?.length ? { errors } : {}) };
}

/** A live result without the error locations and paths, which differ between the two documents. */
const comparable = (result: FormattedExecutionResult<Record<string, unknown>, unknown>) => ({
  data: result.data,
  ...(result.errors?.length ? { errors: result.errors.map(({ message, extensions }) => ({ message, extensions })) } : {}),
});

describe('live status through the hub, the relays woken by commits', () => {
  it('delivers a governed write without a flush, each subscriber what its own access answers over HTTP', async () => {
    // Finance first, then the portal user (who may not see cost), then finance again (the same
    // access as the first, another token).
    const finance = subscribe(tokens.finance);
    await testHub.subscriptionsInPlace(1);
    const portal = subscribe(tokens.acmePortal);
    await testHub.subscriptionsInPlace(2);
    const otherFinance = subscribe(tokens.otherFinance);
    await testHub.subscriptionsInPlace(3);

    await changeStatus('ON_HOLD', 'wake-live-hold');
    await waitFor(() => finance.length === 1 && portal.length === 1 && otherFinance.length === 1, {
      what: () => `one delivery each (${finance.length}, ${portal.length}, ${otherFinance.length})`,
      timeoutMs: 5_000,
    });
    const staffView = await overHttp(tokens.finance, 'ON_HOLD');
    const portalView = await overHttp(tokens.acmePortal, 'ON_HOLD');
    expect(staffView).not.toEqual(portalView);
    expect(comparable(finance[0])).toEqual(staffView);
    expect(comparable(otherFinance[0])).toEqual(staffView);
    expect(comparable(portal[0])).toEqual(portalView);

    // The portal user first this time.
    const portalFirst = subscribe(tokens.acmePortal);
    await testHub.subscriptionsInPlace(4);
    await changeStatus('ACTIVE', 'wake-live-resume');
    await waitFor(() => portalFirst.length === 1 && finance.length === 2 && portal.length === 2, {
      what: 'the second change delivered to every subscriber',
      timeoutMs: 5_000,
    });
    expect(comparable(portalFirst[0])).toEqual(await overHttp(tokens.acmePortal, 'ACTIVE'));
    expect(comparable(finance[1])).toEqual(await overHttp(tokens.finance, 'ACTIVE'));
  });
});
