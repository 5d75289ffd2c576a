/**
 * The workflow engine's leases and exception retries with two engines (as two processes would be)
 * over one workflows store on the test backend, driven in process so the interleavings the review
 * found are reproduced deterministically: a recovery scan claiming a workflow in the middle of
 * retryException, a retry that died between its claim and its drive, a heartbeat that would take a
 * released or foreign lease, and a stalled process that lost its lease. The steps are the test's own
 * (no system of record is involved): each blocks or fails on the test's signal.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../platform/auth.ts';
import type { SqlDatabase } from '../platform/sql.ts';
import { openDomainStore } from '../platform/store.ts';
import { createSqlWorkflowStore } from '../subgraphs/workflows/connector/sql.ts';
import type { WorkflowStore } from '../subgraphs/workflows/connector/types.ts';
import { createWorkflowEngine, type StepResult, type WorkflowDefinition, type WorkflowEngine } from '../subgraphs/workflows/engine/engine.ts';
import { TechnicalFailure, type SystemClients } from '../subgraphs/workflows/engine/systems.ts';
import { workflowsMigrations } from '../subgraphs/workflows/index.ts';
import { dropSchemaSet, TEST_BACKEND } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;
const ACTOR: Principal = { sub: 'lease-test', roles: ['delivery'], customerId: null };
const TYPE = 'leaseTest';

/** The steps never reach a system. */
const NO_SYSTEMS: SystemClients = {
  read: () => Promise.reject(new Error('no system in this test')),
  systemRead: () => Promise.reject(new Error('no system in this test')),
  registryRead: () => Promise.reject(new Error('no system in this test')),
  write: () => Promise.reject(new Error('no system in this test')),
};

let db: SqlDatabase;
let store: WorkflowStore;
const engines: WorkflowEngine[] = [];

beforeAll(async () => {
  db = await openDomainStore(
    'workflows',
    workflowsMigrations,
    TEST_BACKEND === 'postgres' ? { postgresUrl: POSTGRES_URL, schemaPrefix } : { postgresUrl: null, dataDir: ':memory:' },
  );
  store = createSqlWorkflowStore(db);
});

afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.stop()));
  await db?.close();
  if (TEST_BACKEND === 'postgres') await dropSchemaSet(POSTGRES_URL, schemaPrefix);
});

/** A one-step workflow definition whose step does what `run` says. */
function definition(run: () => Promise<StepResult>): WorkflowDefinition<Record<string, unknown>, Record<string, never>> {
  return {
    type: TYPE,
    roles: ['delivery'],
    prepare: async () => ({ plan: {}, subjectId: null, customerId: null }),
    steps: [{ name: 'only', system: 'ERP', run }],
  };
}

/** An engine as one process of several sharing PostgreSQL would run it (leases are honoured). */
function engine(
  run: () => Promise<StepResult>,
  over: WorkflowStore = store,
  extra: { leaseMs?: number; waitMs?: number; responseDeadlineMs?: number } = {},
): WorkflowEngine {
  const created = createWorkflowEngine({
    store: over,
    systems: NO_SYSTEMS,
    definitions: [definition(run)],
    maxAttempts: 1,
    retryBaseMs: 0,
    takeOverLeases: false,
    ...extra,
  });
  engines.push(created);
  return created;
}

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

const done = async (): Promise<StepResult> => ({ output: {}, changes: [] });

const workflowRow = async (id: string) =>
  (await db.get<{ status: string; lease_owner: string | null }>('SELECT status, lease_owner FROM workflow WHERE id = ?', [id]))!;
const exceptionRow = async (workflowId: string) =>
  (await db.get<{ id: string; status: string; resolved_by: string | null }>('SELECT id, status, resolved_by FROM workflow_exception WHERE workflow_id = ?', [
    workflowId,
  ]))!;
const stepStatus = async (id: string) =>
  (await db.get<{ status: string }>('SELECT status FROM workflow_step WHERE workflow_id = ? AND position = 0', [id]))!.status;

/** Starts a workflow whose one step fails technically: it ends FAILED with an OPEN exception. */
async function parked(): Promise<string> {
  const failing = engine(() => Promise.reject(new TechnicalFailure('ERP', 'connection refused')));
  const { workflowId } = await failing.start(TYPE, ACTOR, { idempotencyKey: randomUUID() }, randomUUID());
  expect(await workflowRow(workflowId!)).toMatchObject({ status: 'FAILED', lease_owner: null });
  expect(await exceptionRow(workflowId!)).toMatchObject({ status: 'OPEN' });
  return workflowId!;
}

describe('retrying an exception beside another process', () => {
  it("resolves the exception when another process's recovery scan runs in the middle of the retry", async () => {
    const workflowId = await parked();
    const other = gate();
    // The other process's run of the step waits for the test (it is the one that would finish the workflow).
    const scanner = engine(async () => {
      await other.opened;
      return done();
    });
    let scan: Promise<number> | null = null;
    // The retrying process's store: right after it moves the workflow to RUNNING, the other process scans,
    // and the retry goes on once the scan is over or has taken the workflow (then its run waits in the step).
    const interleaved: WorkflowStore = {
      ...store,
      async updateWorkflow(id, fields) {
        await store.updateWorkflow(id, fields);
        if (fields.status !== 'RUNNING' || scan) return;
        let scanned = false;
        scan = scanner.resume().finally(() => (scanned = true));
        await waitFor(async () => scanned || (await workflowRow(id)).lease_owner === scanner.owner, {
          timeoutMs: 5_000,
          intervalMs: 10,
          what: "the other process's scan to end or take the workflow",
        });
      },
    };
    const retrying = engine(done, interleaved);
    const exception = (await store.exceptionsByWorkflowIds([workflowId]))[0];
    await retrying.retryException(exception);
    // Only now may the other process's run go on (it is in the middle of the step if it took the workflow).
    other.open();
    const scanned = await scan;
    await scanner.stop();
    expect(await workflowRow(workflowId)).toEqual({ status: 'COMPLETED', lease_owner: null });
    expect(await exceptionRow(workflowId)).toMatchObject({ status: 'RESOLVED', resolved_by: 'retry' });
    // The retry held the workflow's lease from before its status change: the scan found nothing to take.
    expect(scanned).toBe(0);
  });

  it.each([
    ['the first caller reads the workflow first', false],
    ['the second caller reads the workflow first', true],
  ])('two operators retrying through one process at once (%s): one retry runs the workflow, the other is refused', async (_order, secondReadsFirst) => {
    const workflowId = await parked();
    // Which caller passes the in-process guard depends on whose first read answers first (two pooled connections on PostgreSQL).
    let reads = 0;
    const secondRead = gate();
    // Both callers reach the lease before either moves the workflow (the lease is the process's own, so it lets both in).
    const bothClaiming = gate();
    // Opened once either retry has settled: the one refused before it claims (on PostgreSQL either may be, since
    // their first reads race on two pooled connections) must not leave the other waiting for a second claim.
    const oneSettled = gate();
    let claims = 0;
    const together: WorkflowStore = {
      ...store,
      async workflowsByIds(ids) {
        const read = ++reads;
        if (secondReadsFirst && read === 1) await secondRead.opened;
        const rows = await store.workflowsByIds(ids);
        if (read === 2) secondRead.open();
        return rows;
      },
      async claimLease(...args) {
        if (++claims === 2) bothClaiming.open();
        await Promise.race([bothClaiming.opened, oneSettled.opened]);
        return store.claimLease(...args);
      },
    };
    let runs = 0;
    const retrying = engine(async () => {
      runs++;
      return done();
    }, together);
    const exception = (await store.exceptionsByWorkflowIds([workflowId]))[0];
    const outcome = (attempt: Promise<void>) =>
      attempt.then(
        () => 'ran',
        (error: { extensions?: { code?: string } }) => error.extensions?.code,
      );
    const first = outcome(retrying.retryException(exception));
    const second = outcome(retrying.retryException(exception));
    for (const attempt of [first, second]) void attempt.then(() => oneSettled.open());
    expect([await first, await second].sort()).toEqual(['CONFLICT', 'ran']);
    expect(runs).toBe(1);
    expect(await workflowRow(workflowId)).toEqual({ status: 'COMPLETED', lease_owner: null });
    expect(await exceptionRow(workflowId)).toMatchObject({ status: 'RESOLVED', resolved_by: 'retry' });
  });

  it('retries an exception whose earlier retry died between claiming it and moving the workflow (left RETRYING)', async () => {
    const workflowId = await parked();
    await db.run("UPDATE workflow_exception SET status = 'RETRYING' WHERE workflow_id = ?", [workflowId]);
    const exception = (await store.exceptionsByWorkflowIds([workflowId]))[0];
    await engine(done).retryException(exception);
    expect(await workflowRow(workflowId)).toEqual({ status: 'COMPLETED', lease_owner: null });
    expect(await exceptionRow(workflowId)).toMatchObject({ status: 'RESOLVED', resolved_by: 'retry' });
  });

  it('never resolves a RETRYING exception by an operator note (the store refuses it)', async () => {
    const workflowId = await parked();
    await db.run("UPDATE workflow_exception SET status = 'RETRYING' WHERE workflow_id = ?", [workflowId]);
    const { id } = await exceptionRow(workflowId);
    const resolved = await store.resolveException(id, { resolved_at: new Date().toISOString(), resolved_by: 'operator', resolution_note: 'by hand' }, []);
    expect(resolved).toBe(false);
    expect(await exceptionRow(workflowId)).toMatchObject({ status: 'RETRYING', resolved_by: null });
  });
});

describe('leases', () => {
  it('renewing never takes a released or a foreign lease', async () => {
    const workflowId = await parked();
    expect(await store.renewLease(workflowId, 'me', new Date(Date.now() + 60_000).toISOString())).toBe(false);
    expect(await workflowRow(workflowId)).toMatchObject({ lease_owner: null });
    await db.run("UPDATE workflow SET lease_owner = 'other', lease_until = ? WHERE id = ?", ['2000-01-01T00:00:00Z', workflowId]);
    expect(await store.renewLease(workflowId, 'me', new Date(Date.now() + 60_000).toISOString())).toBe(false);
    expect(await workflowRow(workflowId)).toMatchObject({ lease_owner: 'other' });
  });

  it.each([
    ['released (its taker finished)', null],
    ['taken by another process (expired since)', 'other'],
  ])('a process whose lease was %s neither takes it back on its heartbeat nor stores its stale step', async (_what, taker) => {
    const LEASE_MS = 300;
    const step = gate();
    let stepStarted = false;
    // The renewals the process attempts once its lease is gone, and what each answered.
    let leaseGone = false;
    const renewalsSinceGone: boolean[] = [];
    const watched: WorkflowStore = {
      ...store,
      async renewLease(...args) {
        const afterwards = leaseGone;
        const renewed = await store.renewLease(...args);
        if (afterwards) renewalsSinceGone.push(renewed);
        return renewed;
      },
    };
    const stalled = engine(
      async () => {
        stepStarted = true;
        await step.opened;
        return done();
      },
      watched,
      { leaseMs: LEASE_MS, waitMs: 200, responseDeadlineMs: 1_000 },
    );
    stalled.startRecovery(3_600_000);
    const started = stalled.start(TYPE, ACTOR, { idempotencyKey: randomUUID() }, randomUUID()).catch((error: Error) => error);
    await waitFor(() => stepStarted, { timeoutMs: 5_000, what: 'the step to start' });
    const [{ id: workflowId }] = await store.listWorkflows({ statuses: ['RUNNING'] }, { limit: 10, afterKey: null });
    // The process stalled past its lease; another took the workflow over (and, for null, finished and let it go).
    await db.run('UPDATE workflow SET lease_owner = ?, lease_until = ? WHERE id = ?', [taker, taker ? '2000-01-01T00:00:00Z' : null, workflowId]);
    leaseGone = true;
    // The heartbeat ticks every LEASE_MS / 3: its next renewal finds the lease gone and does not take it back
    // (and the process drives the workflow no more, so no later tick asks again).
    await waitFor(() => renewalsSinceGone.length > 0, { timeoutMs: 5_000, intervalMs: 10, what: 'a heartbeat once the lease is gone' });
    expect(renewalsSinceGone).not.toContain(true);
    expect(await workflowRow(workflowId)).toMatchObject({ lease_owner: taker });
    step.open();
    const outcome = await started;
    // By its answer deadline it answers the workflow as it stands (RUNNING, another process's now): it
    // neither waits for nor claims a result it no longer drives.
    expect(outcome).toEqual({ workflowId, userErrors: [] });
    expect(await stepStatus(workflowId)).toBe('RUNNING');
    expect(await workflowRow(workflowId)).toEqual({ status: 'RUNNING', lease_owner: taker });
    // Leave the store as a taker would: done.
    await db.run("UPDATE workflow SET status = 'COMPLETED' WHERE id = ?", [workflowId]);
  });
});
