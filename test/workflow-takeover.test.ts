/**
 * Two workflows processes (`scripts/serve-subgraph.ts workflows`) over one PostgreSQL schema set,
 * beside one process serving the systems of record (test/support/systems-hub.ts). One workflows
 * process is killed with SIGKILL in the middle of a workflow (OPSGRAPH_CRASH_AT); the other, which
 * renews the leases of what it drives and scans for expired ones, takes the workflow over once the
 * dead process's lease expired, within lease + scan interval, and finishes it with every effect once.
 * And a live process keeps a workflow whose step outlasts the lease (the ERP made slow for one
 * customer): its heartbeat renews the lease, so a third process never takes it over.
 *
 * PostgreSQL only: node:sqlite is one process's store (the engine takes a crashed run's leases over
 * at once there, see test/crash.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDomainStores, openDomainStores } from '../scripts/domain-stores.ts';
import { signToken } from '../platform/auth.ts';
import { crashDealId, fillCrashData } from './support/crash-hub.ts';
import { CONVERT_WORKFLOW, createCrashStores, storedWorkflow, type CrashStores, type Stores } from './support/crash-stores.ts';
import { ACME } from './support/fixture.ts';
import { TEST_BACKEND } from './support/hub.ts';
import { processes, type Processes, type SpawnedEntry } from './support/processes.ts';
import { waitFor } from './support/wait.ts';

const ACTOR = 'takeover-test';
/** Short, so the test is quick; production defaults are 30 s and 5 s. */
const LEASE_MS = 1_500;
const RESUME_EVERY_MS = 300;
/** What a loaded two-core machine may add to the bound: a late timer tick, the scan's query. */
const SCHEDULING_SLACK_MS = 3_000;
const CRASHED_STEP = 'createPsaProject';

let crashStores: CrashStores;
let entries: Processes;
let stores: Stores;
let crashing: SpawnedEntry;
let survivor: SpawnedEntry;
let serveWorkflows: (crashAt: string) => Promise<SpawnedEntry>;
let token = '';
/** The ERP takes this long to open a project of Acme's: three leases. */
const SLOW_STEP_MS = 3 * LEASE_MS;

async function convert(url: string, input: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: CONVERT_WORKFLOW.mutation, variables: { input } }),
  });
  return response.json();
}

describe.runIf(TEST_BACKEND === 'postgres')('two workflows processes sharing one PostgreSQL', () => {
  beforeAll(async () => {
    token = await signToken({ sub: ACTOR, roles: ['delivery'], customerId: null });
    crashStores = createCrashStores('takeover');
    entries = processes({ ...crashStores.childEnv, NATS_URL: '', OPSGRAPH_ALONE: 'true', LOG_LEVEL: 'error' });
    const filled = await openDomainStores({ postgresUrl: crashStores.childEnv.DATABASE_URL, schemaPrefix: crashStores.childEnv.OPSGRAPH_PG_SCHEMA_PREFIX });
    try {
      await fillCrashData(filled);
    } finally {
      await closeDomainStores(filled);
    }
    stores = await crashStores.open();
    const systems = await entries.spawnEntry(
      ['test/support/systems-hub.ts'],
      { SYSTEMS_HUB_SLOW_ERP_PROJECT: `${ACME}:${SLOW_STEP_MS}` },
      /systems ready (\{.*\})/,
    );
    const urls = JSON.parse(systems.url) as Record<string, string>;
    const workflowsEnv = {
      ...Object.fromEntries(Object.entries(urls).map(([service, url]) => [`${service.toUpperCase()}_URL`, url])),
      WORKFLOWS_PORT: '0',
      OPSGRAPH_WORKFLOW_LEASE_MS: String(LEASE_MS),
      OPSGRAPH_WORKFLOW_RESUME_EVERY_MS: String(RESUME_EVERY_MS),
    };
    serveWorkflows = (crashAt: string) =>
      entries.spawnEntry(['scripts/serve-subgraph.ts', 'workflows'], { ...workflowsEnv, OPSGRAPH_CRASH_AT: crashAt }, /listening at (\S+)/);
    [crashing, survivor] = await Promise.all([serveWorkflows(`${CONVERT_WORKFLOW.workflow}:${CRASHED_STEP}:after`), serveWorkflows('')]);
  });

  afterAll(async () => {
    await entries?.stopAll();
    await crashStores?.dispose();
  });

  it('the other process takes over a killed process’s workflow once its lease expired, within lease + scan interval, and finishes it with every effect once', async () => {
    const input = { ...CONVERT_WORKFLOW.input(0), idempotencyKey: 'takeover-convert' };
    const answer = await convert(crashing.url, input).then(
      (body) => body,
      () => 'no answer',
    );
    expect(answer, crashing.output()).toBe('no answer');
    expect(await crashing.exited, crashing.output()).toEqual({ code: null, signal: 'SIGKILL' });
    const killedAt = Date.now();

    // The dead process's lease as it left it: the survivor must not take over before it expires.
    const { id } = await storedWorkflow(stores, ACTOR, input.idempotencyKey);
    const lease = (await stores.workflows.get<{ lease_owner: string | null; lease_until: string | null }>(
      'SELECT lease_owner, lease_until FROM workflow WHERE id = ?',
      [id],
    ))!;
    expect(lease.lease_owner).not.toBeNull();
    const leaseExpiresAt = Date.parse(lease.lease_until!);
    expect(leaseExpiresAt - killedAt).toBeLessThanOrEqual(LEASE_MS);

    // Taken over when another owner claims it (or it is already done and released).
    const takenOverAt = await waitFor(
      async () => {
        const row = await stores.workflows.get<{ lease_owner: string | null; status: string }>('SELECT lease_owner, status FROM workflow WHERE id = ?', [id]);
        return row && row.lease_owner !== lease.lease_owner && Date.now();
      },
      { timeoutMs: LEASE_MS + RESUME_EVERY_MS + SCHEDULING_SLACK_MS, what: () => `takeover by the surviving process\n${survivor.output()}` },
    );
    expect(takenOverAt).toBeGreaterThanOrEqual(leaseExpiresAt);
    expect(takenOverAt - killedAt, survivor.output()).toBeLessThanOrEqual(LEASE_MS + RESUME_EVERY_MS + SCHEDULING_SLACK_MS);

    await waitFor(async () => (await storedWorkflow(stores, ACTOR, input.idempotencyKey)).status === 'COMPLETED', {
      timeoutMs: 10_000,
      what: () => `the survivor completing the workflow\n${survivor.output()}`,
    });

    // The same request, now to the survivor, answers with the workflow it finished: no step ran twice.
    expect(await convert(survivor.url, input)).toEqual({
      data: {
        [CONVERT_WORKFLOW.workflow]: {
          workflow: { id, status: 'COMPLETED', steps: CONVERT_WORKFLOW.steps.map((name) => ({ name, status: 'DONE', attempts: 1, lastError: null })) },
          userErrors: [],
        },
      },
    });
    expect(await CONVERT_WORKFLOW.footprint(stores, 0, id)).toEqual(CONVERT_WORKFLOW.expectedFootprint);
    expect(await stores.workflows.get('SELECT lease_owner, lease_until FROM workflow WHERE id = ?', [id])).toEqual({ lease_owner: null, lease_until: null });
    expect(Number((await stores.workflows.get<{ n: number }>('SELECT COUNT(*) AS n FROM workflow_exception'))!.n)).toBe(0);
  });

  it('a live process keeps a workflow whose step outlasts the lease: its heartbeat renews it, no other process takes it over', async () => {
    // A third workflows process scans beside the one that drives; subject 1 is Acme's deal, whose ERP project opens slowly.
    const bystander = await serveWorkflows('');
    expect(await stores.customers.get('SELECT account_id FROM opportunity WHERE id = ?', [crashDealId(1)])).toEqual({ account_id: ACME });
    const input = { ...CONVERT_WORKFLOW.input(1), idempotencyKey: 'heartbeat-convert' };
    const started = Date.now();
    const answer = (await convert(survivor.url, input)) as { data: Record<string, { workflow: { id: string } }> };
    expect(Date.now() - started).toBeGreaterThanOrEqual(SLOW_STEP_MS);
    const { id } = answer.data[CONVERT_WORKFLOW.workflow].workflow;
    expect(answer, `${survivor.output()}\n${bystander.output()}`).toEqual({
      data: {
        [CONVERT_WORKFLOW.workflow]: {
          workflow: { id, status: 'COMPLETED', steps: CONVERT_WORKFLOW.steps.map((name) => ({ name, status: 'DONE', attempts: 1, lastError: null })) },
          userErrors: [],
        },
      },
    });
    expect(await CONVERT_WORKFLOW.footprint(stores, 1, id)).toEqual(CONVERT_WORKFLOW.expectedFootprint);
  });
});
