/**
 * Crash recovery: the hub runs as a child process (test/support/crash-hub.ts) over stores on the test
 * backend (node:sqlite files, or a throwaway PostgreSQL schema set), a governed mutation starts a
 * workflow, and the process is killed with SIGKILL at a step boundary (OPSGRAPH_CRASH_AT). A restart
 * without the switch must finish the workflow, and every system of record must hold exactly what one
 * run without a crash writes. Each case converts an opportunity of its own, so the cases share one
 * set of stores and check only their own footprint; a last test checks the whole set: every workflow
 * COMPLETED, nothing in the exception queue, no effect twice.
 *
 * Besides the engine's two boundaries per step, `lost-result` kills the process while a step's write
 * is in flight: the system of record committed it, the workflow store never learned its result. The
 * restart runs the step again and the system of record must answer from its request key.
 *
 * On node:sqlite one process owns the store, so the restart takes the dead process's leases over at
 * once. On PostgreSQL it respects them: it takes the workflow over once the lease expired (a short
 * lease and scan interval here, OPSGRAPH_WORKFLOW_LEASE_MS and OPSGRAPH_WORKFLOW_RESUME_EVERY_MS),
 * while the replayed request waits for it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import { CRASH_CHANGE_ORDER_DELTA } from './support/crash-hub.ts';
import {
  CHANGE_ORDER_WORKFLOW,
  CLOSE_PERIOD_WORKFLOW,
  CONVERT_WORKFLOW,
  count,
  createCrashStores,
  forgetStepResult,
  jsonText,
  rows,
  storedWorkflow,
  type CrashedWorkflow,
  type Stores,
} from './support/crash-stores.ts';
import { ACME, ACME_ERP_CONTRACT, ERP_PROJECT, GLOBEX } from './support/fixture.ts';
import { TEST_BACKEND } from './support/hub.ts';

/** Where a kill lands in a step: the engine's two boundaries, or between the system's commit and the engine's record of it. */
type Moment = 'before' | 'after' | 'lost-result';

/** Crash cases per workflow; a new saga joins with a row of its own (and subjects in crash-hub's data). */
const WORKFLOWS: readonly CrashedWorkflow[] = [CONVERT_WORKFLOW, CHANGE_ORDER_WORKFLOW, CLOSE_PERIOD_WORKFLOW];

const MOMENTS: readonly Moment[] = ['before', 'after', 'lost-result'];

/**
 * Every step at every moment on node:sqlite. On PostgreSQL (where each case also waits out a lease)
 * a representative subset keeps CI time down: every step once, the moments taken in turn
 * (step i at MOMENTS[i mod 3]), so each workflow meets each moment and each step boundary kind.
 */
const crashesOf = (row: CrashedWorkflow) =>
  row.steps.flatMap((step, position) =>
    (TEST_BACKEND === 'postgres' ? [MOMENTS[position % MOMENTS.length]] : MOMENTS).map((moment) => ({ row, step, position, moment })),
  );

/** Subject 0 of every workflow is its control run; the crash cases take 1, 2, … */
const CASES = WORKFLOWS.flatMap((row) => crashesOf(row).map((crash, index) => ({ ...crash, subject: index + 1 })));

const ACTOR = 'crash-test';
/** A short lease and scan, so a restart on PostgreSQL takes the dead process's workflow over within about 1.3 s. */
const LEASE_MS = 1_000;
const RESUME_EVERY_MS = 250;
const crashStores = createCrashStores('crash');
const children = new Set<ChildProcess>();
let token = '';
let stores: Stores;

/** How a child process ended. */
interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

interface RunningHub {
  url: string;
  /** Resolves once the process has exited. */
  exited: Promise<Exit>;
  /** SIGTERM, then the exit. */
  stop: () => Promise<Exit>;
  /** What the process printed so far (stdout and stderr), for failure messages. */
  output: () => string;
}

/** Starts crash-hub over the test's stores; `crashAt` is OPSGRAPH_CRASH_AT (none when absent). */
function startCrashHub(crashAt = ''): Promise<RunningHub> {
  const child = spawn(process.execPath, ['test/support/crash-hub.ts'], {
    cwd: new URL('..', import.meta.url),
    env: {
      ...process.env,
      ...crashStores.childEnv,
      OPSGRAPH_CRASH_AT: crashAt,
      OPSGRAPH_WORKFLOW_LEASE_MS: String(LEASE_MS),
      OPSGRAPH_WORKFLOW_RESUME_EVERY_MS: String(RESUME_EVERY_MS),
      NATS_URL: '',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve({ code, signal });
    }),
  );
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /crash-hub ready at (\S+)/.exec(output);
      if (!match) return;
      const stop = () => {
        child.kill('SIGTERM');
        return exited;
      };
      resolve({ url: match[1], exited, stop, output: () => output });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code, signal }) => reject(new Error(`crash-hub exited (${code ?? signal}) before it was ready:\n${output}`)));
  });
}

async function mutate(url: string, row: CrashedWorkflow, input: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: row.mutation, variables: { input } }),
  });
  return (await response.json()) as Record<string, unknown>;
}

/** The steps as a crash at `moment` of the step at `position` leaves them. */
function stepsAtCrash(steps: readonly string[], position: number, moment: Moment) {
  const done = moment === 'before' ? position : position + 1;
  return steps.map((name, i) => {
    if (moment === 'lost-result' && i === position) return { name, status: 'RUNNING', attempts: 1 };
    return i < done ? { name, status: 'DONE', attempts: 1 } : { name, status: 'PENDING', attempts: 0 };
  });
}

const controls = new Map<string, Record<string, unknown>>();

describe(`kill -9 at a workflow step, then a restart (${TEST_BACKEND})`, () => {
  beforeAll(async () => {
    token = await signToken({ sub: ACTOR, roles: ['delivery', 'finance'], customerId: null });
    // The first start fills the stores; the control runs show what one run without a crash writes.
    const hub = await startCrashHub();
    stores = await crashStores.open();
    for (const row of WORKFLOWS) {
      expect(1 + CASES.filter((crash) => crash.row === row).length).toBeLessThanOrEqual(row.subjects);
      const answer = await mutate(hub.url, row, { ...row.input(0), idempotencyKey: `control-${row.workflow}` });
      const { workflow } = (answer.data as Record<string, { workflow: { id: string; status: string } }>)[row.workflow];
      expect(workflow.status).toBe('COMPLETED');
      controls.set(row.workflow, await row.footprint(stores, 0, workflow.id));
    }
    expect(await hub.stop(), hub.output()).toEqual({ code: 0, signal: null });
  });

  afterAll(async () => {
    await Promise.all(
      [...children].map((child) => {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        return exited;
      }),
    );
    await crashStores.dispose();
  });

  it.each(WORKFLOWS.map((row) => [row.workflow, row] as const))('%s without a crash writes the expected footprint', (workflow, row) => {
    expect(controls.get(workflow)).toEqual(row.expectedFootprint);
  });

  it.each(CASES.map((crash) => [`${crash.row.workflow}:${crash.step}:${crash.moment}`, crash] as const))(
    '%s: the restart completes the workflow, every effect once',
    async (_name, { row, step, position, moment, subject }) => {
      const idempotencyKey = `crash-${row.workflow}-${step}-${moment}`;
      const input = { ...row.input(subject), idempotencyKey };

      // lost-result: killed once the step is stored, then the store's record of it is rewound.
      const crashing = await startCrashHub(`${row.workflow}:${step}:${moment === 'before' ? 'before' : 'after'}`);
      const answer = await mutate(crashing.url, row, input).then(
        (body) => body,
        () => 'no answer',
      );
      expect(answer, crashing.output()).toBe('no answer');
      expect(await crashing.exited, crashing.output()).toEqual({ code: null, signal: 'SIGKILL' });

      const crashed = await storedWorkflow(stores, ACTOR, idempotencyKey);
      if (moment === 'lost-result') await forgetStepResult(stores, crashed.id, step);
      expect(await storedWorkflow(stores, ACTOR, idempotencyKey)).toEqual({
        id: crashed.id,
        status: 'RUNNING',
        steps: stepsAtCrash(row.steps, position, moment),
      });

      // The restart resumes the workflow; the replay of the request waits for it and answers with it.
      const restarted = await startCrashHub();
      const replay = await mutate(restarted.url, row, input);
      expect(await restarted.stop(), restarted.output()).toEqual({ code: 0, signal: null });
      expect(replay).toEqual({
        data: {
          [row.workflow]: {
            workflow: {
              id: crashed.id,
              status: 'COMPLETED',
              steps: row.steps.map((name, i) => ({ name, status: 'DONE', attempts: moment === 'lost-result' && i === position ? 2 : 1, lastError: null })),
            },
            userErrors: [],
          },
        },
      });
      expect(await row.footprint(stores, subject, crashed.id)).toEqual(controls.get(row.workflow));
    },
  );

  it('leaves every workflow COMPLETED, none in the exception queue, and no effect twice in any system of record', async () => {
    const { workflows, customers: crm, projects: psa, finance: erp } = stores;
    expect(await rows(workflows, 'SELECT type, status, COUNT(*) AS n FROM workflow GROUP BY type, status ORDER BY type')).toEqual(
      WORKFLOWS.map((row) => ({ type: row.workflow, status: 'COMPLETED', n: 1 + CASES.filter((crash) => crash.row === row).length })).sort((a, b) =>
        a.type.localeCompare(b.type),
      ),
    );
    expect(await count(workflows, 'SELECT COUNT(*) AS n FROM workflow_exception')).toBe(0);

    for (const [system, db] of [
      ['PSA', psa],
      ['ERP', erp],
    ] as const) {
      // An event is about its aggregate, or, for change orders, about the change order it carries.
      const type = jsonText(db, 'event', ['type']);
      const changeOrder = jsonText(db, 'event', ['data', 'changeOrderId']);
      const repeated = await rows(
        db,
        `SELECT ${type} AS type, aggregate_id, ${changeOrder} AS co, COUNT(*) AS n FROM outbox GROUP BY ${type}, aggregate_id, ${changeOrder} HAVING COUNT(*) > 1`,
      );
      expect({ system, repeated }).toEqual({ system, repeated: [] });
    }
    expect(await rows(psa, 'SELECT opportunity_id, COUNT(*) AS n FROM project GROUP BY opportunity_id HAVING COUNT(*) > 1')).toEqual([]);
    const psaProjects = (await psa.all<{ id: string }>('SELECT id FROM project ORDER BY id')).map((row) => row.id);
    const erpProjects = await rows(erp, 'SELECT psa_project_id, COUNT(*) AS n FROM erp_project GROUP BY psa_project_id ORDER BY psa_project_id');
    expect(erpProjects).toEqual(psaProjects.map((id) => ({ psa_project_id: id, n: 1 })));
    expect(
      await rows(
        erp,
        'SELECT psa_milestone_id, COUNT(*) AS n FROM billing_schedule_line WHERE psa_milestone_id IS NOT NULL GROUP BY psa_milestone_id HAVING COUNT(*) > 1',
      ),
    ).toEqual([]);
    expect(
      await rows(
        erp,
        'SELECT change_order_id, COUNT(*) AS n FROM billing_schedule_line WHERE change_order_id IS NOT NULL GROUP BY change_order_id HAVING COUNT(*) > 1',
      ),
    ).toEqual([]);
    // Every approved change order raised the contract and the bookings exactly once.
    const applied = 1 + CASES.filter((crash) => crash.row.workflow === 'approveChangeOrder').length;
    expect(await count(crm, 'SELECT value AS n FROM contract WHERE id = ?', ACME_ERP_CONTRACT)).toBe(12_000_000 + applied * CRASH_CHANGE_ORDER_DELTA);
    expect(await count(psa, 'SELECT bookings AS n FROM project WHERE id = ?', ERP_PROJECT)).toBe(12_000_000 + applied * CRASH_CHANGE_ORDER_DELTA);
    expect(await rows(erp, 'SELECT crm_account_id, COUNT(*) AS n FROM erp_customer GROUP BY crm_account_id ORDER BY crm_account_id')).toEqual(
      [ACME, GLOBEX].sort().map((id) => ({ crm_account_id: id, n: 1 })),
    );
    // Globex met the ERP in the control run; Acme was there from the start.
    expect(await count(erp, `SELECT COUNT(*) AS n FROM outbox WHERE ${jsonText(erp, 'event', ['type'])} = 'ErpCustomerCreated'`)).toBe(1);
  });
});
