/**
 * A governed mutation answers within the gateway's subgraph timeout whatever its workflow takes: past
 * the answer deadline (80 % of the timeout) the workflow is answered as it stands, RUNNING, and goes
 * on; the caller follows it by `workflow(id)`. Without the deadline a long workflow (a period close
 * over every project) answered UPSTREAM_UNAVAILABLE while it went on and completed. Here the
 * subgraph timeout is 1.5 s and the PSA's write of one logTime waits on a gate the test opens only
 * after the answer came. Runs on node:sqlite (npm test) and PostgreSQL (npm run test:pg).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture, hub } from './support/fixture.ts';
import { authorizationAs, startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';

const SUBGRAPH_TIMEOUT_MS = 1_500;

let testHub: TestHub;
let stores: DomainStores;
let openGate: () => void = () => undefined;
let gated = false;
const gate = new Promise<void>((resolve) => {
  openGate = resolve;
});
const savedTimeout = process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS;

beforeAll(async () => {
  // The workflows service reads its deadlines from the environment; the gateway takes the same timeout.
  process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS = String(SUBGRAPH_TIMEOUT_MS);
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillFixture(opened);
    },
    subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
    wrapConnector: (service, connector) =>
      service !== 'projects'
        ? connector
        : new Proxy(connector, {
            get(target, property, receiver) {
              const value = Reflect.get(target, property, receiver);
              if (property !== 'logTime' || typeof value !== 'function') return value;
              return async (...args: unknown[]) => {
                if (gated) await gate;
                return value.apply(target, args);
              };
            },
          }),
  });
});

afterAll(async () => {
  openGate();
  await testHub?.stop();
  if (savedTimeout === undefined) delete process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS;
  else process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS = savedTimeout;
});

const LOG = `mutation ($input: LogTimeInput!) { logTime(input: $input) {
  workflow { id status steps { name status } } timeEntry { id } userErrors { code field } } }`;

interface Logged {
  logTime: {
    workflow: { id: string; status: string; steps: { name: string; status: string }[] } | null;
    timeEntry: { id: string } | null;
    userErrors: unknown[];
  };
}

async function timeEntryCount(): Promise<number> {
  const row = await stores.projects.get<{ n: number }>("SELECT COUNT(*) AS n FROM time_entry WHERE worker_id = 'W-00001' AND work_date = '2026-11-12'");
  return Number(row?.n);
}

describe('a governed mutation whose workflow outlasts the answer deadline', () => {
  it('answers RUNNING within the subgraph timeout, goes on, and completes once, as workflow(id) then shows', async () => {
    const headers = await authorizationAs('delivery');
    const input = { projectId: hub.erpProject, consultantId: hub.ada, date: '2026-11-12', hours: '2', billable: true, idempotencyKey: randomUUID() };
    const before = await timeEntryCount();
    gated = true;
    const answered = await testHub.query<Logged>(LOG, { input }, headers);
    // An answer, not UPSTREAM_UNAVAILABLE: the workflow as it stands, its PSA step still running.
    expect(answered.errors).toBeUndefined();
    const workflow = answered.data!.logTime.workflow!;
    expect(workflow.status).toBe('RUNNING');
    expect(answered.data!.logTime.userErrors).toEqual([]);
    expect(await timeEntryCount()).toBe(before);

    // The same key while it runs answers the same workflow, RUNNING, within the deadline too.
    const replayed = await testHub.query<Logged>(LOG, { input }, headers);
    expect(replayed.errors).toBeUndefined();
    expect(replayed.data!.logTime.workflow).toMatchObject({ id: workflow.id, status: 'RUNNING' });

    openGate();
    const finished = await waitFor(
      async () => {
        const read = await testHub.query<{ workflow: { status: string } }>('query ($id: ID!) { workflow(id: $id) { status } }', { id: workflow.id }, headers);
        return read.data?.workflow.status === 'COMPLETED' ? read.data.workflow : null;
      },
      { what: 'the workflow answered RUNNING completing' },
    );
    expect(finished.status).toBe('COMPLETED');
    expect(await timeEntryCount()).toBe(before + 1);

    // Once it is over, the key answers its result: one time entry, COMPLETED.
    const after = await testHub.query<Logged>(LOG, { input }, headers);
    expect(after.data!.logTime).toMatchObject({ workflow: { id: workflow.id, status: 'COMPLETED' }, timeEntry: { id: expect.any(String) }, userErrors: [] });
    expect(await timeEntryCount()).toBe(before + 1);
  });
});
