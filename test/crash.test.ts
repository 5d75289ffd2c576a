/**
 * Crash recovery: the hub runs as a child process (test/support/crash-hub.ts) over node:sqlite files,
 * a governed mutation starts a workflow, and the process is killed with SIGKILL at a step boundary
 * (OPSGRAPH_CRASH_AT). A restart without the switch must finish the workflow, and every system of
 * record must hold exactly what one run without a crash writes. Each case converts an opportunity of
 * its own, so the cases share one data folder and check only their own footprint; a last test checks
 * the whole folder: every workflow COMPLETED, nothing in the exception queue, no effect twice.
 *
 * Besides the engine's two boundaries per step, `lost-result` kills the process while a step's write
 * is in flight: the system of record committed it, the workflow store never learned its result. The
 * restart runs the step again and the system of record must answer from its request key.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../subgraphs/shared/auth.ts';
import type { Domain } from '../subgraphs/shared/env.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { CRASH_CHANGE_ORDER_DELTA, CRASH_CHANGE_ORDERS, CRASH_DEALS, crashChangeOrderId, crashDealId } from './support/crash-hub.ts';
import { ACME, ACME_ERP_CONTRACT, ERP_PROJECT, GLOBEX } from './support/fixture.ts';

/** Where a kill lands in a step: the engine's two boundaries, or between the system's commit and the engine's record of it. */
type Moment = 'before' | 'after' | 'lost-result';

/** Opens a store file of the data folder; read-only unless the test rewrites the workflow store. */
type OpenStore = (domain: Domain, options?: { write: boolean }) => DatabaseSync;

/** A workflow under test: how to start it, its steps, and what one run of it writes. */
interface CrashedWorkflow {
  workflow: string;
  steps: readonly string[];
  /** The governed mutation, selecting the payload's `workflow` and `userErrors` only. */
  mutation: string;
  /** How many subjects crash-hub's data holds for it: one for the control run, one per crash case. */
  subjects: number;
  /** The mutation's input (without the idempotency key) for subject `i` of crash-hub's data. */
  input: (i: number) => Record<string, unknown>;
  /** What the run for subject `i` wrote to every system of record, read from the store files. */
  footprint: (open: OpenStore, i: number, workflowId: string) => Record<string, unknown>;
  /** The footprint of one run without a crash: the cases compare theirs with the control run's, and the control's with this. */
  expectedFootprint: Record<string, unknown>;
}

const OUTCOME = 'workflow { id status steps { name status attempts lastError } } userErrors { code message field }';

/** `(?, ?, …)` for a list of ids; `(NULL)`, which matches nothing, for none. */
const inList = (ids: readonly string[]) => `(${ids.map(() => '?').join(', ') || 'NULL'})`;

function count(db: DatabaseSync, sql: string, ...params: SQLInputValue[]): number {
  return Number((db.prepare(sql).get(...params) as { n: number }).n);
}

/** How many events of each type an outbox holds about the given projects (or their parts). */
function eventsAbout(db: DatabaseSync, projectHubIds: readonly string[]): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT json_extract(event, '$.type') AS type, COUNT(*) AS n FROM outbox
       WHERE aggregate_id IN ${inList(projectHubIds)} OR json_extract(event, '$.data.projectId') IN ${inList(projectHubIds)} GROUP BY 1 ORDER BY 1`,
    )
    .all(...projectHubIds, ...projectHubIds) as { type: string; n: number }[];
  return Object.fromEntries(rows.map((row) => [row.type, row.n]));
}

/** Crash cases per workflow; a new saga joins with a row of its own (and subjects in crash-hub's data). */
const WORKFLOWS: readonly CrashedWorkflow[] = [
  {
    workflow: 'convertOpportunityToProject',
    steps: ['ensureErpCustomer', 'createPsaProject', 'openErpProject'],
    mutation: `mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) { ${OUTCOME} } }`,
    subjects: CRASH_DEALS,
    input: (i) => ({ opportunityId: toHubId('Opportunity', crashDealId(i)) }),
    footprint(open, i, workflowId) {
      const psa = open('projects');
      const erp = open('finance');
      try {
        const projectIds = (psa.prepare('SELECT id FROM project WHERE opportunity_id = ?').all(crashDealId(i)) as { id: string }[]).map((row) => row.id);
        const projectHubIds = projectIds.map((id) => toHubId('Project', id));
        const erpProjectIds = (erp.prepare(`SELECT id FROM erp_project WHERE psa_project_id IN ${inList(projectIds)}`).all(...projectIds) as { id: string }[]).map((row) => row.id);
        const requestsOfWorkflow = 'SELECT COUNT(*) AS n FROM system_request WHERE request_key LIKE ?';
        return {
          PSA: {
            project: projectIds.length,
            milestone: count(psa, `SELECT COUNT(*) AS n FROM milestone WHERE project_id IN ${inList(projectIds)}`, ...projectIds),
            resource_request: count(psa, `SELECT COUNT(*) AS n FROM resource_request WHERE project_id IN ${inList(projectIds)}`, ...projectIds),
            events: eventsAbout(psa, projectHubIds),
            requests: count(psa, requestsOfWorkflow, `${workflowId}:%`),
          },
          ERP: {
            erp_project: erpProjectIds.length,
            billing_schedule_line: count(erp, `SELECT COUNT(*) AS n FROM billing_schedule_line WHERE project_id IN ${inList(erpProjectIds)}`, ...erpProjectIds),
            events: eventsAbout(erp, projectHubIds),
            requests: count(erp, requestsOfWorkflow, `${workflowId}:%`),
          },
        };
      } finally {
        psa.close();
        erp.close();
      }
    },
    // Milestone billing: three milestones, one resource request per role sold, one schedule line per milestone.
    expectedFootprint: {
      PSA: { project: 1, milestone: 3, resource_request: 3, events: { ProjectCreated: 1, ResourceRequested: 3 }, requests: 1 },
      ERP: { erp_project: 1, billing_schedule_line: 3, events: { ProjectDimensionOpened: 1 }, requests: 2 },
    },
  },
  {
    workflow: 'approveChangeOrder',
    steps: ['approvePsaChangeOrder', 'amendCrmContract', 'applyPsaChangeOrder', 'amendErpSchedule'],
    mutation: `mutation ($input: ChangeOrderDecisionInput!) { approveChangeOrder(input: $input) { ${OUTCOME} } }`,
    subjects: CRASH_CHANGE_ORDERS,
    input: (i) => ({ changeOrderId: toHubId('ChangeOrder', crashChangeOrderId(i)) }),
    footprint(open, i, workflowId) {
      const crm = open('customers');
      const psa = open('projects');
      const erp = open('finance');
      try {
        const changeOrderId = crashChangeOrderId(i);
        const order = psa.prepare('SELECT status, applied_request_ids FROM change_order WHERE id = ?').get(changeOrderId) as { status: string; applied_request_ids: string };
        const requestIds = JSON.parse(order.applied_request_ids) as string[];
        const aboutOrder = (db: DatabaseSync, type: string) =>
          count(db, "SELECT COUNT(*) AS n FROM outbox WHERE json_extract(event, '$.type') = ? AND (aggregate_id = ? OR json_extract(event, '$.data.changeOrderId') = ?)", type, toHubId('ChangeOrder', changeOrderId), toHubId('ChangeOrder', changeOrderId));
        const requestsOfWorkflow = 'SELECT COUNT(*) AS n FROM system_request WHERE request_key LIKE ?';
        return {
          CRM: {
            contract_amendment: count(crm, 'SELECT COUNT(*) AS n FROM contract_amendment WHERE change_order_ref = ?', changeOrderId),
            requests: count(crm, requestsOfWorkflow, `${workflowId}:%`),
          },
          PSA: {
            status: order.status,
            resource_request: count(psa, `SELECT COUNT(*) AS n FROM resource_request WHERE id IN ${inList(requestIds)}`, ...requestIds),
            events: { ChangeOrderApproved: aboutOrder(psa, 'ChangeOrderApproved'), ChangeOrderApplied: aboutOrder(psa, 'ChangeOrderApplied') },
            requests: count(psa, requestsOfWorkflow, `${workflowId}:%`),
          },
          ERP: {
            billing_schedule_line: count(erp, 'SELECT COUNT(*) AS n FROM billing_schedule_line WHERE change_order_id = ?', changeOrderId),
            events: { BillingScheduleAmended: aboutOrder(erp, 'BillingScheduleAmended') },
            requests: count(erp, requestsOfWorkflow, `${workflowId}:%`),
          },
        };
      } finally {
        crm.close();
        psa.close();
        erp.close();
      }
    },
    // One amendment, the order applied with its one added request, one schedule line.
    expectedFootprint: {
      CRM: { contract_amendment: 1, requests: 1 },
      PSA: { status: 'Applied', resource_request: 1, events: { ChangeOrderApproved: 1, ChangeOrderApplied: 1 }, requests: 2 },
      ERP: { billing_schedule_line: 1, events: { BillingScheduleAmended: 1 }, requests: 1 },
    },
  },
];

const MOMENTS: readonly Moment[] = ['before', 'after', 'lost-result'];

/** Subject 0 of every workflow is its control run; the crash cases take 1, 2, … */
const CASES = WORKFLOWS.flatMap((row) =>
  row.steps.flatMap((step, position) => MOMENTS.map((moment) => ({ row, step, position, moment }))).map((crash, index) => ({ ...crash, subject: index + 1 })),
);

const ACTOR = 'crash-test';
const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-crash-'));
const children = new Set<ChildProcess>();
let token = '';

const openStore: OpenStore = (domain, options = { write: false }) => new DatabaseSync(join(dataDir, `${domain}.sqlite`), { readOnly: !options.write });

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

/** Starts crash-hub over the data folder; `crashAt` is OPSGRAPH_CRASH_AT (none when absent). */
function startCrashHub(crashAt = ''): Promise<RunningHub> {
  const child = spawn(process.execPath, ['test/support/crash-hub.ts'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, OPSGRAPH_DATA_DIR: dataDir, OPSGRAPH_CRASH_AT: crashAt, DATABASE_URL: '', LOG_LEVEL: 'error' },
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

/** The workflow an idempotency key started, with its steps, as the workflow store holds them. */
function storedWorkflow(idempotencyKey: string) {
  const db = openStore('workflows');
  try {
    const workflow = db
      .prepare('SELECT w.id, w.status FROM workflow w JOIN idempotency_key k ON k.workflow_id = w.id WHERE k.scope = ? AND k.idempotency_key = ?')
      .get(ACTOR, idempotencyKey) as { id: string; status: string };
    const steps = db.prepare('SELECT name, status, attempts FROM workflow_step WHERE workflow_id = ? ORDER BY position').all(workflow.id);
    return { ...workflow, steps: steps.map((step) => ({ ...step })) };
  } finally {
    db.close();
  }
}

/**
 * Makes a kill after `step` was stored into a kill while its write was in flight: rewinds the
 * workflow store's record of the step to what it held before the engine stored the result (the
 * step RUNNING without output, the state without it, no audit entries of its request key). The
 * system of record keeps the committed write.
 */
function forgetStepResult(workflowId: string, step: string): void {
  const db = openStore('workflows', { write: true });
  try {
    db.exec('BEGIN');
    db.prepare("UPDATE workflow_step SET status = 'RUNNING', output = NULL WHERE workflow_id = ? AND name = ?").run(workflowId, step);
    db.prepare('UPDATE workflow SET state = json_remove(state, ?) WHERE id = ?').run(`$.${step}`, workflowId);
    db.prepare('DELETE FROM audit_entry WHERE request_key = ?').run(`${workflowId}:${step}`);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
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

// The crash hub always runs on node:sqlite files; the PostgreSQL pass of the suite has nothing to add.
describe.skipIf(process.env.OPSGRAPH_TEST_BACKEND === 'postgres')('kill -9 at a workflow step, then a restart', () => {
  beforeAll(async () => {
    token = await signToken({ sub: ACTOR, roles: ['delivery', 'finance'], customerId: null });
    // The first start fills the data folder; the control runs show what one run without a crash writes.
    const hub = await startCrashHub();
    for (const row of WORKFLOWS) {
      expect(1 + CASES.filter((crash) => crash.row === row).length).toBeLessThanOrEqual(row.subjects);
      const answer = await mutate(hub.url, row, { ...row.input(0), idempotencyKey: `control-${row.workflow}` });
      const { workflow } = (answer.data as Record<string, { workflow: { id: string; status: string } }>)[row.workflow];
      expect(workflow.status).toBe('COMPLETED');
      controls.set(row.workflow, row.footprint(openStore, 0, workflow.id));
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
    rmSync(dataDir, { recursive: true, force: true });
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

      const crashed = storedWorkflow(idempotencyKey);
      if (moment === 'lost-result') forgetStepResult(crashed.id, step);
      expect(storedWorkflow(idempotencyKey)).toEqual({ id: crashed.id, status: 'RUNNING', steps: stepsAtCrash(row.steps, position, moment) });

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
      expect(row.footprint(openStore, subject, crashed.id)).toEqual(controls.get(row.workflow));
    },
  );

  it('leaves every workflow COMPLETED, none in the exception queue, and no effect twice in any system of record', () => {
    const workflows = openStore('workflows');
    const psa = openStore('projects');
    const erp = openStore('finance');
    try {
      expect(workflows.prepare('SELECT type, status, COUNT(*) AS n FROM workflow GROUP BY type, status ORDER BY type').all()).toEqual(
        WORKFLOWS.map((row) => ({ type: row.workflow, status: 'COMPLETED', n: 1 + CASES.filter((crash) => crash.row === row).length })).sort((a, b) => a.type.localeCompare(b.type)),
      );
      expect(count(workflows, 'SELECT COUNT(*) AS n FROM workflow_exception')).toBe(0);

      for (const [system, db] of [['PSA', psa], ['ERP', erp]] as const) {
        // An event is about its aggregate, or, for change orders, about the change order it carries.
        const repeated = db
          .prepare("SELECT json_extract(event, '$.type') AS type, aggregate_id, json_extract(event, '$.data.changeOrderId') AS co, COUNT(*) AS n FROM outbox GROUP BY 1, 2, 3 HAVING COUNT(*) > 1")
          .all();
        expect({ system, repeated }).toEqual({ system, repeated: [] });
      }
      expect(psa.prepare('SELECT opportunity_id, COUNT(*) AS n FROM project GROUP BY opportunity_id HAVING COUNT(*) > 1').all()).toEqual([]);
      const psaProjects = (psa.prepare('SELECT id FROM project ORDER BY id').all() as { id: string }[]).map((row) => row.id);
      const erpProjects = erp.prepare('SELECT psa_project_id, COUNT(*) AS n FROM erp_project GROUP BY psa_project_id ORDER BY psa_project_id').all();
      expect(erpProjects).toEqual(psaProjects.map((id) => ({ psa_project_id: id, n: 1 })));
      expect(erp.prepare('SELECT psa_milestone_id, COUNT(*) AS n FROM billing_schedule_line WHERE psa_milestone_id IS NOT NULL GROUP BY 1 HAVING COUNT(*) > 1').all()).toEqual([]);
      expect(erp.prepare('SELECT change_order_id, COUNT(*) AS n FROM billing_schedule_line WHERE change_order_id IS NOT NULL GROUP BY 1 HAVING COUNT(*) > 1').all()).toEqual([]);
      // Every approved change order raised the contract and the bookings exactly once.
      const applied = 1 + CASES.filter((crash) => crash.row.workflow === 'approveChangeOrder').length;
      const crm = openStore('customers');
      try {
        expect(count(crm, 'SELECT value AS n FROM contract WHERE id = ?', ACME_ERP_CONTRACT)).toBe(12_000_000 + applied * CRASH_CHANGE_ORDER_DELTA);
      } finally {
        crm.close();
      }
      expect(count(psa, 'SELECT bookings AS n FROM project WHERE id = ?', ERP_PROJECT)).toBe(12_000_000 + applied * CRASH_CHANGE_ORDER_DELTA);
      expect(erp.prepare('SELECT crm_account_id, COUNT(*) AS n FROM erp_customer GROUP BY crm_account_id ORDER BY crm_account_id').all()).toEqual(
        [ACME, GLOBEX].sort().map((id) => ({ crm_account_id: id, n: 1 })),
      );
      // Globex met the ERP in the control run; Acme was there from the start.
      expect(count(erp, "SELECT COUNT(*) AS n FROM outbox WHERE json_extract(event, '$.type') = 'ErpCustomerCreated'")).toBe(1);
    } finally {
      workflows.close();
      psa.close();
      erp.close();
    }
  });
});
