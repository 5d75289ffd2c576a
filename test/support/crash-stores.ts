/**
 * The stores of the crash tests (test/crash.test.ts, test/workflow-takeover.test.ts), shared by the
 * processes that crash and the ones that finish their work: node:sqlite files in a throwaway folder,
 * or, with OPSGRAPH_TEST_BACKEND=postgres, a throwaway PostgreSQL schema set (`<prefix><domain>`).
 * Also what one run of each crashed workflow writes to every system of record (its footprint),
 * read with SQL that holds on both backends.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMAINS, type Domain } from '../../subgraphs/registry.ts';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { countRows, openDatabase, type SqlDatabase, type SqlParam } from '../../platform/sql.ts';
import { CRASH_CHANGE_ORDERS, CRASH_DEALS, crashChangeOrderId, crashDealId } from './crash-hub.ts';
import { dropSchemaSet, TEST_BACKEND } from './hub.ts';

const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export type Stores = Record<Domain, SqlDatabase>;

export interface CrashStores {
  /** The environment that points a child process (crash-hub, a subgraph entry point) at these stores. */
  childEnv: Record<string, string>;
  /** Connections of the test itself, open until `dispose`. */
  open(): Promise<Stores>;
  /** Closes the test's connections and removes the stores. */
  dispose(): Promise<void>;
}

/** Creates a fresh, empty store location on the test backend. */
export function createCrashStores(name: string): CrashStores {
  let opened: Stores | null = null;
  const close = async () => {
    if (opened) await Promise.all(Object.values(opened).map((db) => db.close()));
    opened = null;
  };
  if (TEST_BACKEND === 'postgres') {
    const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;
    return {
      childEnv: { DATABASE_URL: POSTGRES_URL, OPSGRAPH_PG_SCHEMA_PREFIX: schemaPrefix, OPSGRAPH_DATA_DIR: '' },
      async open() {
        opened ??= Object.fromEntries(
          await Promise.all(
            DOMAINS.map(async (domain) => [domain, await openDatabase({ postgresUrl: POSTGRES_URL, postgresSchema: `${schemaPrefix}${domain}` })] as const),
          ),
        ) as Stores;
        return opened;
      },
      async dispose() {
        await close();
        await dropSchemaSet(POSTGRES_URL, schemaPrefix);
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), `opsgraph-${name}-`));
  return {
    childEnv: { OPSGRAPH_DATA_DIR: dataDir, DATABASE_URL: '' },
    async open() {
      opened ??= Object.fromEntries(
        await Promise.all(DOMAINS.map(async (domain) => [domain, await openDatabase({ sqlitePath: join(dataDir, `${domain}.sqlite`) })] as const)),
      ) as Stores;
      return opened;
    },
    async dispose() {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A JSON text column's member as text: `json_extract` on node:sqlite, `->>` on PostgreSQL. */
export function jsonText(db: SqlDatabase, column: string, path: readonly string[]): string {
  if (db.dialect === 'sqlite') return `json_extract(${column}, '$.${path.join('.')}')`;
  const [last, ...parents] = [...path].reverse();
  return `(${column}::jsonb${parents
    .reverse()
    .map((key) => ` -> '${key}'`)
    .join('')} ->> '${last}')`;
}

/** `(?, ?, …)` for a list of ids; `(NULL)`, which matches nothing, for none. */
export const inList = (ids: readonly string[]) => `(${ids.map(() => '?').join(', ') || 'NULL'})`;

export const count = (db: SqlDatabase, sql: string, ...params: SqlParam[]): Promise<number> => countRows(db, sql, params);

/** A query's rows as plain objects (counts are numbers on both backends). */
export async function rows(db: SqlDatabase, sql: string, ...params: SqlParam[]): Promise<Record<string, unknown>[]> {
  return (await db.all<Record<string, unknown>>(sql, params)).map((row) => ({ ...row }));
}

/** How many events of each type an outbox holds about the given projects (or their parts). */
async function eventsAbout(db: SqlDatabase, projectHubIds: readonly string[]): Promise<Record<string, number>> {
  const type = jsonText(db, 'event', ['type']);
  const found = await db.all<{ type: string; n: number }>(
    `SELECT ${type} AS type, COUNT(*) AS n FROM outbox
     WHERE aggregate_id IN ${inList(projectHubIds)} OR ${jsonText(db, 'event', ['data', 'projectId'])} IN ${inList(projectHubIds)} GROUP BY ${type} ORDER BY ${type}`,
    [...projectHubIds, ...projectHubIds],
  );
  return Object.fromEntries(found.map((row) => [row.type, Number(row.n)]));
}

/** A workflow under test: how to start it, its steps, and what one run of it writes. */
export interface CrashedWorkflow {
  workflow: string;
  steps: readonly string[];
  /** The governed mutation, selecting the payload's `workflow` and `userErrors` only. */
  mutation: string;
  /** How many subjects crash-hub's data holds for it: one for the control run, one per crash case. */
  subjects: number;
  /** The mutation's input (without the idempotency key) for subject `i` of crash-hub's data. */
  input: (i: number) => Record<string, unknown>;
  /** What the run for subject `i` wrote to every system of record. */
  footprint: (stores: Stores, i: number, workflowId: string) => Promise<Record<string, unknown>>;
  /** The footprint of one run without a crash. */
  expectedFootprint: Record<string, unknown>;
}

const OUTCOME = 'workflow { id status steps { name status attempts lastError } } userErrors { code message field }';
const REQUESTS_OF_WORKFLOW = 'SELECT COUNT(*) AS n FROM system_request WHERE request_key LIKE ?';

export const CONVERT_WORKFLOW: CrashedWorkflow = {
  workflow: 'convertOpportunityToProject',
  steps: ['ensureErpCustomer', 'createPsaProject', 'provisionWorkspace', 'openErpProject'],
  mutation: `mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) { ${OUTCOME} } }`,
  subjects: CRASH_DEALS,
  input: (i) => ({ opportunityId: toHubId('Opportunity', crashDealId(i)) }),
  async footprint({ projects: psa, finance: erp, delivery }, i, workflowId) {
    const projectIds = (await psa.all<{ id: string }>('SELECT id FROM project WHERE opportunity_id = ?', [crashDealId(i)])).map((row) => row.id);
    const projectHubIds = projectIds.map((id) => toHubId('Project', id));
    const erpProjectIds = (await erp.all<{ id: string }>(`SELECT id FROM erp_project WHERE psa_project_id IN ${inList(projectIds)}`, projectIds)).map(
      (row) => row.id,
    );
    const workspaceIds = (await delivery.all<{ id: string }>(`SELECT id FROM workspace WHERE project_ref IN ${inList(projectIds)}`, projectIds)).map(
      (row) => row.id,
    );
    return {
      DELIVERY: {
        workspace: workspaceIds.length,
        work_item: await count(delivery, `SELECT COUNT(*) AS n FROM work_item WHERE workspace_id IN ${inList(workspaceIds)}`, ...workspaceIds),
        events: await eventsAbout(delivery, projectHubIds),
        requests: await count(delivery, REQUESTS_OF_WORKFLOW, `${workflowId}:%`),
      },
      PSA: {
        project: projectIds.length,
        milestone: await count(psa, `SELECT COUNT(*) AS n FROM milestone WHERE project_id IN ${inList(projectIds)}`, ...projectIds),
        resource_request: await count(psa, `SELECT COUNT(*) AS n FROM resource_request WHERE project_id IN ${inList(projectIds)}`, ...projectIds),
        events: await eventsAbout(psa, projectHubIds),
        requests: await count(psa, REQUESTS_OF_WORKFLOW, `${workflowId}:%`),
      },
      ERP: {
        erp_project: erpProjectIds.length,
        billing_schedule_line: await count(
          erp,
          `SELECT COUNT(*) AS n FROM billing_schedule_line WHERE project_id IN ${inList(erpProjectIds)}`,
          ...erpProjectIds,
        ),
        events: await eventsAbout(erp, projectHubIds),
        requests: await count(erp, REQUESTS_OF_WORKFLOW, `${workflowId}:%`),
      },
    };
  },
  // Milestone billing: three milestones, one resource request per role sold, one schedule line per
  // milestone, a workspace with an epic per milestone.
  expectedFootprint: {
    DELIVERY: { workspace: 1, work_item: 3, events: { WorkItemCreated: 3, WorkspaceProvisioned: 1 }, requests: 1 },
    PSA: { project: 1, milestone: 3, resource_request: 3, events: { ProjectCreated: 1, ResourceRequested: 3 }, requests: 1 },
    ERP: { erp_project: 1, billing_schedule_line: 3, events: { ProjectDimensionOpened: 1 }, requests: 2 },
  },
};

export const CHANGE_ORDER_WORKFLOW: CrashedWorkflow = {
  workflow: 'approveChangeOrder',
  steps: ['approvePsaChangeOrder', 'amendCrmContract', 'applyPsaChangeOrder', 'amendErpSchedule'],
  mutation: `mutation ($input: ChangeOrderDecisionInput!) { approveChangeOrder(input: $input) { ${OUTCOME} } }`,
  subjects: CRASH_CHANGE_ORDERS,
  input: (i) => ({ changeOrderId: toHubId('ChangeOrder', crashChangeOrderId(i)) }),
  async footprint({ customers: crm, projects: psa, finance: erp }, i, workflowId) {
    const changeOrderId = crashChangeOrderId(i);
    const hubId = toHubId('ChangeOrder', changeOrderId);
    const order = (await psa.get<{ status: string; applied_request_ids: string }>('SELECT status, applied_request_ids FROM change_order WHERE id = ?', [
      changeOrderId,
    ]))!;
    const requestIds = JSON.parse(order.applied_request_ids) as string[];
    const aboutOrder = (db: SqlDatabase, type: string) =>
      count(
        db,
        `SELECT COUNT(*) AS n FROM outbox WHERE ${jsonText(db, 'event', ['type'])} = ? AND (aggregate_id = ? OR ${jsonText(db, 'event', ['data', 'changeOrderId'])} = ?)`,
        type,
        hubId,
        hubId,
      );
    return {
      CRM: {
        contract_amendment: await count(crm, 'SELECT COUNT(*) AS n FROM contract_amendment WHERE change_order_ref = ?', changeOrderId),
        requests: await count(crm, REQUESTS_OF_WORKFLOW, `${workflowId}:%`),
      },
      PSA: {
        status: order.status,
        resource_request: await count(psa, `SELECT COUNT(*) AS n FROM resource_request WHERE id IN ${inList(requestIds)}`, ...requestIds),
        events: { ChangeOrderApproved: await aboutOrder(psa, 'ChangeOrderApproved'), ChangeOrderApplied: await aboutOrder(psa, 'ChangeOrderApplied') },
        requests: await count(psa, REQUESTS_OF_WORKFLOW, `${workflowId}:%`),
      },
      ERP: {
        billing_schedule_line: await count(erp, 'SELECT COUNT(*) AS n FROM billing_schedule_line WHERE change_order_id = ?', changeOrderId),
        events: { BillingScheduleAmended: await aboutOrder(erp, 'BillingScheduleAmended') },
        requests: await count(erp, REQUESTS_OF_WORKFLOW, `${workflowId}:%`),
      },
    };
  },
  // One amendment, the order applied with its one added request, one schedule line.
  expectedFootprint: {
    CRM: { contract_amendment: 1, requests: 1 },
    PSA: { status: 'Applied', resource_request: 1, events: { ChangeOrderApproved: 1, ChangeOrderApplied: 1 }, requests: 2 },
    ERP: { billing_schedule_line: 1, events: { BillingScheduleAmended: 1 }, requests: 1 },
  },
};

/** Months of crash-hub's data with no work dated in or before them: a period to close per subject, oldest first. */
const CLOSE_PERIODS = 20;

/** The period subject `i` closes: January 2025 onwards (the fixture's work starts in August 2026). */
export const crashPeriod = (i: number): string => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * closePeriod for every legal entity the ERP books (US01: both of crash-hub's customers). Subjects close
 * one month each, in the order the cases run, so each closes a month after the last one closed;
 * nothing is dated in them, so each run writes the period's two moves and no posting.
 */
export const CLOSE_PERIOD_WORKFLOW: CrashedWorkflow = {
  workflow: 'closePeriod',
  steps: ['beginErpPeriodClose', 'recognizeRevenue', 'postErpRevenue', 'accrueErpCost', 'closeErpPeriod'],
  mutation: `mutation ($input: ClosePeriodInput!) { closePeriod(input: $input) { ${OUTCOME} } }`,
  subjects: CLOSE_PERIODS,
  input: (i) => ({ period: crashPeriod(i) }),
  async footprint({ projects: psa, finance: erp }, i, workflowId) {
    const period = crashPeriod(i);
    const type = jsonText(erp, 'event', ['type']);
    const events = await erp.all<{ type: string; n: number }>(
      `SELECT ${type} AS type, COUNT(*) AS n FROM outbox WHERE aggregate_id = ? GROUP BY ${type} ORDER BY ${type}`,
      [`period:US01:${period}`],
    );
    return {
      PSA: { requests: await count(psa, REQUESTS_OF_WORKFLOW, `${workflowId}:%`) },
      ERP: {
        accounting_period: await rows(erp, 'SELECT legal_entity_id, status FROM accounting_period WHERE period = ?', period),
        revenue_event: await count(erp, 'SELECT COUNT(*) AS n FROM revenue_event WHERE period = ?', period),
        cost_accrual: await count(erp, 'SELECT COUNT(*) AS n FROM cost_accrual WHERE period = ?', period),
        events: Object.fromEntries(events.map((row) => [row.type, Number(row.n)])),
        requests: await count(erp, REQUESTS_OF_WORKFLOW, `${workflowId}:%`),
      },
    };
  },
  // One legal entity: its period begun and closed (a request each), nothing posted or accrued.
  expectedFootprint: {
    PSA: { requests: 0 },
    ERP: {
      accounting_period: [{ legal_entity_id: 'US01', status: 'Closed' }],
      revenue_event: 0,
      cost_accrual: 0,
      events: { AccountingPeriodClosed: 1, AccountingPeriodClosing: 1 },
      requests: 2,
    },
  },
};

/** The workflow an idempotency key of `actor` started, with its steps, as the workflow store holds them. */
export async function storedWorkflow(stores: Stores, actor: string, idempotencyKey: string) {
  const workflow = await stores.workflows.get<{ id: string; status: string }>(
    'SELECT w.id, w.status FROM workflow w JOIN idempotency_key k ON k.workflow_id = w.id WHERE k.scope = ? AND k.idempotency_key = ?',
    [actor, idempotencyKey],
  );
  if (!workflow) throw new Error(`no workflow for the key ${idempotencyKey}`);
  const steps = await stores.workflows.all<{ name: string; status: string; attempts: number }>(
    'SELECT name, status, attempts FROM workflow_step WHERE workflow_id = ? ORDER BY position',
    [workflow.id],
  );
  return { id: workflow.id, status: workflow.status, steps: steps.map((step) => ({ name: step.name, status: step.status, attempts: Number(step.attempts) })) };
}

/**
 * Makes a kill after `step` was stored into a kill while its write was in flight: rewinds the
 * workflow store's record of the step to what it held before the engine stored the result (the
 * step RUNNING without output, the state without it, no audit entries of its request key). The
 * system of record keeps the committed write.
 */
export async function forgetStepResult(stores: Stores, workflowId: string, step: string): Promise<void> {
  const db = stores.workflows;
  const withoutStep = db.dialect === 'sqlite' ? 'json_remove(state, ?)' : '(state::jsonb - ?::text)::text';
  await db.transaction(async (tx) => {
    await tx.run("UPDATE workflow_step SET status = 'RUNNING', output = NULL WHERE workflow_id = ? AND name = ?", [workflowId, step]);
    await tx.run(`UPDATE workflow SET state = ${withoutStep} WHERE id = ?`, [db.dialect === 'sqlite' ? `$.${step}` : step, workflowId]);
    await tx.run('DELETE FROM audit_entry WHERE request_key = ?', [`${workflowId}:${step}`]);
  });
}
