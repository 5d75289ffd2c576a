/**
 * Live status over graphql-ws with the real client: events from governed writes reach subscribers
 * through the outbox, the event bus and the gateway, with selections reaching any subgraph; the
 * protocol's rules, origin checks and row isolation for portal users.
 */
import { randomUUID } from 'node:crypto';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, type Principal } from '../platform/auth.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { ERP_PROJECT, fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

let testHub: TestHub;
let stores: DomainStores;
let wsUrl: string;
const tokens: Record<string, string> = {};
const clients: Client[] = [];
/** The subscriptions a test opened, ended after it. */
const opened: (() => void)[] = [];

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (filled) => {
      stores = filled;
      await fillFixture(filled);
    },
  });
  wsUrl = testHub.url.replace(/^http/, 'ws');
  const principals: Record<string, Principal> = {
    delivery: { sub: 'live-pm', roles: ['delivery'], customerId: null },
    finance: { sub: 'live-finance', roles: ['finance'], customerId: null },
    acmePortal: { sub: 'live-acme', roles: ['portal'], customerId: hub.acme },
    globexPortal: { sub: 'live-globex', roles: ['portal'], customerId: hub.globex },
  };
  for (const [name, principal] of Object.entries(principals)) tokens[name] = await signToken(principal);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await testHub?.stop();
});

// Each test starts with no subscription in place, so it can wait for exactly its own.
afterEach(async () => {
  for (const dispose of opened.splice(0)) dispose();
  await testHub.subscriptionsInPlace(0);
});

function client(token: string): Client {
  const created = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  clients.push(created);
  return created;
}

/** Collects the results of a subscription; `next(n)` waits until n have arrived. */
function collect<Data = Record<string, unknown>>(subscriber: Client, query: string, variables: Record<string, unknown> = {}) {
  const results: FormattedExecutionResult<Data, unknown>[] = [];
  let failure: unknown = null;
  const dispose = subscriber.subscribe<Data>(
    { query, variables },
    {
      next: (value) => void results.push(value),
      error: (error) => {
        failure = error;
      },
      complete: () => undefined,
    },
  );
  opened.push(dispose);
  return {
    results,
    dispose,
    error: () => failure,
    /** The first `count` results, once they arrived (or the subscription failed). */
    async next(count: number, ms = 5_000): Promise<FormattedExecutionResult<Data, unknown>[]> {
      await waitFor(() => results.length >= count || failure !== null, { what: () => `${count} results (${results.length} arrived)`, timeoutMs: ms });
      return results.slice(0, count);
    },
  };
}

/**
 * Publishes a status change of `projectId` straight on the bus (no write behind it) as a marker:
 * events reach a subscriber in order, so once it received the marker, it received every earlier
 * event it was to receive; what it has not got by then, it will not get. Resolves to the marker's
 * cause (`cause` in the payload).
 */
async function sentinel(projectId: string, customerId: string): Promise<string> {
  const cause = `sentinel-${randomUUID()}`;
  await testHub.bus.publish({
    id: cause,
    type: 'ProjectStatusChanged',
    aggregateId: projectId,
    fromState: 'ACTIVE',
    toState: 'ACTIVE',
    occurredAt: new Date().toISOString(),
    source: 'PSA',
    correlationId: cause,
    data: { reason: cause, customerId },
  });
  return cause;
}

async function changeStatus(projectId: string, status: string, key: string) {
  const result = await testHub.query(
    'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } userErrors { code } } }',
    { input: { projectId, status, reason: `to ${status}`, idempotencyKey: key } },
    { authorization: `Bearer ${tokens.delivery}` },
  );
  expect(result.data).toEqual({ changeProjectStatus: { workflow: { status: 'COMPLETED' }, userErrors: [] } });
  await testHub.flushEvents();
}

const PROJECT_STATUS = `subscription ($projectId: ID) {
  projectStatusChanged(projectId: $projectId) {
    previousStatus status cause
    project { name customer { name } financials { unbilledWip { amount } } }
  }
}`;

describe('projectStatusChanged', () => {
  it('delivers each change once, in order, with fields from every subgraph', async () => {
    const live = collect(client(tokens.delivery), PROJECT_STATUS, { projectId: hub.erpProject });
    await testHub.subscriptionsInPlace(1);
    await changeStatus(hub.erpProject, 'ON_HOLD', 'live-hold');
    await changeStatus(hub.erpProject, 'ACTIVE', 'live-resume');
    // Once the marker is in, a second delivery of either change would have arrived before it.
    const cause = await sentinel(hub.erpProject, hub.acme);
    const project = { name: 'Acme ERP rollout', customer: { name: 'Acme Corp' }, financials: { unbilledWip: { amount: '3575.00' } } };
    expect(await live.next(3)).toEqual([
      { data: { projectStatusChanged: { previousStatus: 'ACTIVE', status: 'ON_HOLD', cause: 'to ON_HOLD', project } } },
      { data: { projectStatusChanged: { previousStatus: 'ON_HOLD', status: 'ACTIVE', cause: 'to ACTIVE', project } } },
      { data: { projectStatusChanged: { previousStatus: 'ACTIVE', status: 'ACTIVE', cause, project } } },
    ]);
  });

  it('gives a portal user only its own customer and treats another customer’s project as unknown', async () => {
    const own = collect(client(tokens.acmePortal), 'subscription { projectStatusChanged { status project { name } } }');
    // The event's own facts only: the marker below names a Globex project that no subgraph holds.
    const other = collect(client(tokens.globexPortal), 'subscription { projectStatusChanged { status cause } }');
    const foreign = collect(client(tokens.globexPortal), PROJECT_STATUS, { projectId: hub.erpProject });
    await testHub.subscriptionsInPlace(2);
    await changeStatus(hub.dataProject, 'ON_HOLD', 'live-portal-hold');
    expect(await own.next(1)).toEqual([{ data: { projectStatusChanged: { status: 'ON_HOLD', project: { name: 'Acme data platform' } } } }]);
    // A Globex event after Acme's change: once the Globex user has it, Acme's would have come first.
    const cause = await sentinel(toHubId('Project', 'PRJ-GLOBEX-MARKER'), hub.globex);
    expect(await other.next(1)).toEqual([{ data: { projectStatusChanged: { status: 'ACTIVE', cause } } }]);
    expect(await foreign.next(1)).toEqual([
      {
        errors: [
          {
            message: `Invalid argument "projectId": no project "${hub.erpProject}"`,
            locations: [{ line: 2, column: 3 }],
            path: ['projectStatusChanged'],
            extensions: { code: 'BAD_USER_INPUT', argumentName: 'projectId' },
          },
        ],
      },
    ]);
  });

  it('refuses an unknown project id with BAD_USER_INPUT', async () => {
    const live = collect(client(tokens.delivery), PROJECT_STATUS, { projectId: 'prj_UFJKLTIwMjYtOTk5OQ' });
    expect(await live.next(1)).toEqual([
      {
        errors: [
          {
            message: 'Invalid argument "projectId": no project "prj_UFJKLTIwMjYtOTk5OQ"',
            locations: [{ line: 2, column: 3 }],
            path: ['projectStatusChanged'],
            extensions: { code: 'BAD_USER_INPUT', argumentName: 'projectId' },
          },
        ],
      },
    ]);
  });
});

describe('billingStatusChanged', () => {
  it('follows approved time into the ERP: a billing event generated, the time posted', async () => {
    const live = collect<{ billingStatusChanged: { billingEventId: string | null } }>(
      client(tokens.finance),
      'subscription ($projectId: ID) { billingStatusChanged(projectId: $projectId) { kind status billingEventId invoice { number } project { code financials { costToDate { amount } } } } }',
      { projectId: hub.erpProject },
    );
    await testHub.subscriptionsInPlace(1);
    const approved = await testHub.query(
      'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { status } userErrors { code } } }',
      { input: { timeEntryIds: [toHubId('TimeEntry', 'TC-0000006')], idempotencyKey: 'live-approve' } },
      { authorization: `Bearer ${tokens.delivery}` },
    );
    expect(approved.data).toEqual({ approveTime: { workflow: { status: 'COMPLETED' }, userErrors: [] } });
    await testHub.flushEvents();
    const results = await live.next(2);
    const billingEventId = results[0].data?.billingStatusChanged.billingEventId;
    expect(billingEventId).toMatch(/^bev_/);
    // Grace's 4 h at her cost rate of 100.00 join the project's cost of 3735.50 (see kpis.test.ts).
    const project = { code: 'ACME-ERP-01', financials: { costToDate: { amount: '4135.50' } } };
    expect(results).toEqual([
      { data: { billingStatusChanged: { kind: 'BILLING_EVENT_GENERATED', status: 'GENERATED', billingEventId, invoice: null, project } } },
      { data: { billingStatusChanged: { kind: 'TIME_POSTED', status: 'POSTED', billingEventId: null, invoice: null, project } } },
    ]);
  });

  it('tells a time posting the ERP refused from other parked workflows, and names the invoice an invoice kind is about', async () => {
    const live = collect(
      client(tokens.finance),
      'subscription ($projectId: ID) { billingStatusChanged(projectId: $projectId) { kind status billingEventId invoice { number status } project { code } } }',
      { projectId: hub.erpProject },
    );
    await testHub.subscriptionsInPlace(1);
    const as = (role: 'delivery' | 'finance') => ({ authorization: `Bearer ${tokens[role]}` });
    // A workflow parked at a step that posts no time, announced as the workflows store announces one: no billing news.
    await testHub.bus.publish({
      id: randomUUID(),
      type: 'ExceptionRaised',
      aggregateId: 'exc_live-not-billing',
      toState: 'OPEN',
      occurredAt: new Date().toISOString(),
      source: 'HUB',
      correlationId: randomUUID(),
      data: { kind: null, step: 'changePsaStatus', system: 'PSA', cause: 'refused', projectId: hub.erpProject, customerId: hub.acme },
    });
    // Time the ERP refuses to post: the project is financially closed there.
    const logged = await testHub.query<{ logTime: { timeEntry: { id: string } } }>(
      'mutation ($input: LogTimeInput!) { logTime(input: $input) { timeEntry { id } userErrors { code } } }',
      { input: { projectId: hub.erpProject, consultantId: hub.grace, date: '2026-11-23', hours: '2', billable: true, idempotencyKey: 'live-refused-log' } },
      as('delivery'),
    );
    const timeEntryIds = [logged.data?.logTime.timeEntry.id];
    await testHub.query(
      'mutation ($input: TimeEntriesInput!) { submitTime(input: $input) { userErrors { code } } }',
      {
        input: { timeEntryIds, idempotencyKey: 'live-refused-submit' },
      },
      as('delivery'),
    );
    const erpStatus = (status: string) => stores.finance.run('UPDATE erp_project SET status = ? WHERE psa_project_id = ?', [status, ERP_PROJECT]);
    await erpStatus('Closed');
    try {
      const parked = await testHub.query(
        'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { status } userErrors { code } } }',
        { input: { timeEntryIds, idempotencyKey: 'live-refused-approve' } },
        as('delivery'),
      );
      expect(parked.data).toEqual({ approveTime: { workflow: { status: 'FAILED' }, userErrors: [{ code: 'PROJECT_FINANCIALLY_CLOSED' }] } });
    } finally {
      await erpStatus('Open');
    }
    const project = { code: 'ACME-ERP-01' };
    const refused = { data: { billingStatusChanged: { kind: 'POSTING_FAILED', status: 'FAILED', billingEventId: null, invoice: null, project } } };
    // Events of one store arrive in order, not those of two: the workflows store's is in before the ERP writes again.
    await testHub.flushEvents();
    expect(await live.next(1)).toEqual([refused]);
    // The project's released billing event, invoiced.
    const issued = await testHub.query<{ issueInvoice: { invoice: { number: string } } }>(
      'mutation ($input: ProjectBillingInput!) { issueInvoice(input: $input) { workflow { status } invoice { number } userErrors { code } } }',
      { input: { projectId: hub.erpProject, idempotencyKey: 'live-issue' } },
      as('finance'),
    );
    expect(issued.data?.issueInvoice).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    await testHub.flushEvents();
    const number = issued.data?.issueInvoice.invoice.number;
    // The parked workflow that posts no time was published before both: had it reached the subscriber,
    // it would have made a POSTING_FAILED too many here.
    expect(await live.next(2)).toEqual([
      refused,
      { data: { billingStatusChanged: { kind: 'INVOICE_ISSUED', status: 'ISSUED', billingEventId: null, invoice: { number, status: 'ISSUED' }, project } } },
    ]);
  });
});

describe('workflowUpdated and exceptionRaised', () => {
  it('streams a workflow from start to finish, and refuses portal users', async () => {
    const live = collect<{ workflowUpdated: { status: string } }>(
      client(tokens.finance),
      'subscription { workflowUpdated { type status steps { name status } } }',
    );
    const portal = collect(client(tokens.acmePortal), 'subscription { workflowUpdated { id } }');
    await testHub.subscriptionsInPlace(1);
    await changeStatus(hub.dataProject, 'ACTIVE', 'live-workflow');
    const results = await live.next(3);
    expect(results.map((result) => result.data?.workflowUpdated.status)).toEqual(['RUNNING', 'RUNNING', 'COMPLETED']);
    expect(results[2].data?.workflowUpdated).toEqual({
      type: 'changeProjectStatus',
      status: 'COMPLETED',
      steps: [{ name: 'changePsaStatus', status: 'DONE' }],
    });
    expect(await portal.next(1)).toEqual([
      {
        errors: [
          {
            message: 'workflowUpdated is not available to your role',
            locations: [{ line: 1, column: 16 }],
            path: ['workflowUpdated'],
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      },
    ]);
  });
});

/** Opens a raw socket speaking graphql-transport-ws and resolves with its close code and reason. */
function rawSocket(send: (socket: WebSocket) => void, headers: Record<string, string> = {}): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, 'graphql-transport-ws', { headers });
    socket.once('open', () => send(socket));
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    socket.once('unexpected-response', (_req, res) => resolve({ code: res.statusCode ?? 0, reason: 'HTTP' }));
    socket.once('error', (error) => (error.message.includes('Unexpected server response') ? undefined : reject(error)));
  });
}

describe('graphql-ws protocol', () => {
  const init = (token = tokens.delivery) => JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  const subscribe = (id: string) => JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { projectStatusChanged { status } }' } });

  it.each([
    ['bad credentials', (socket: WebSocket) => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer forged' } })), 4403],
    ['no credentials', (socket: WebSocket) => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })), 4403],
    ['subscribe before the ack', (socket: WebSocket) => socket.send(subscribe('1')), 4401],
    [
      'a duplicate connection_init',
      (socket: WebSocket) => {
        socket.send(init());
        socket.once('message', () => socket.send(init()));
      },
      4429,
    ],
    [
      'a duplicate operation id',
      (socket: WebSocket) => {
        socket.send(init());
        socket.once('message', () => {
          socket.send(subscribe('same'));
          socket.send(subscribe('same'));
        });
      },
      4409,
    ],
    ['garbage', (socket: WebSocket) => socket.send('{"not graphql-ws'), 4400],
    ['a frame over 64 KiB', (socket: WebSocket) => socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(70_000) } })), 1009],
  ])('closes on %s', async (_name, send, code) => {
    expect((await rawSocket(send)).code).toBe(code);
  });

  it('closes a socket that never sends connection_init with 4408', async () => {
    expect(await rawSocket(() => undefined)).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
  }, 10_000);

  it('refuses an upgrade from a foreign origin', async () => {
    expect(await rawSocket(() => undefined, { origin: 'https://evil.example' })).toEqual({ code: 403, reason: 'HTTP' });
  });

  it('refuses queries and mutations over WebSocket', async () => {
    const live = collect(client(tokens.delivery), '{ project(id: "x") { id } }');
    await live.next(1).catch(() => undefined);
    expect(live.error()).toEqual([
      { message: 'Only subscriptions run over WebSocket; send queries and mutations over HTTP', extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });
});

describe('a slow subscriber', () => {
  it('is closed with 4499 once more events wait than its bound allows', async () => {
    const small = await startTestHub({ fill: fillFixture, live: { maxPendingEvents: 2 } });
    try {
      const closed = new Promise<{ code: number; reason: string }>((resolve) => {
        const slow = createClient({
          url: small.url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${tokens.delivery}` },
          retryAttempts: 0,
          on: { closed: (event) => resolve({ code: (event as { code: number }).code, reason: (event as { reason: string }).reason }) },
        });
        clients.push(slow);
        slow.subscribe(
          { query: PROJECT_STATUS, variables: { projectId: hub.erpProject } },
          { next: () => undefined, error: () => undefined, complete: () => undefined },
        );
      });
      await small.subscriptionsInPlace(1);
      // A burst of events faster than each one's fetch through the graph.
      for (let n = 0; n < 20; n++) {
        await small.bus.publish({
          id: `burst-${n}`,
          type: 'ProjectStatusChanged',
          aggregateId: hub.erpProject,
          fromState: 'ACTIVE',
          toState: 'ACTIVE',
          occurredAt: new Date().toISOString(),
          source: 'PSA',
          correlationId: `burst-${n}`,
          data: { customerId: hub.acme },
        });
      }
      expect(await closed).toEqual({ code: 4499, reason: 'Subscriber too slow: more than 2 events waiting' });
    } finally {
      await small.stop();
    }
  });
});
