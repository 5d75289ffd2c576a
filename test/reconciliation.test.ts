/**
 * Reconciliation on fresh demo data (seed 42, scale 1, as of 2026-11-23), through the gateway: a scan
 * finds each of the eight deliberate inconsistencies docs/demo-data.md lists (and nothing else), a
 * second scan duplicates nothing, replaying the lost posting posts it once and the next scan closes
 * its finding; drift between the identity registry and the stores, rechecked before it is reported;
 * idempotency keys, refusals, hostile input and roles.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, WORKFLOWS_SERVICE } from '../platform/auth.ts';
import { insertRow, type SqlDatabase } from '../platform/sql.ts';
import { SYSTEMS } from '../subgraphs/registry.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { createSqlWorkflowStore } from '../subgraphs/workflows/connector/sql.ts';
import { createWorkflowEngine } from '../subgraphs/workflows/engine/engine.ts';
import { createSystemClients, type SystemClients } from '../subgraphs/workflows/engine/systems.ts';
import { REGISTRY_KINDS } from '../subgraphs/workflows/reconciliation/entity-ids.ts';
import { createReconciliation } from '../subgraphs/workflows/reconciliation/service.ts';
import { createReconciliationStore } from '../subgraphs/workflows/reconciliation/store.ts';
import { authorizationAs, startDemoHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const AS_OF = '2026-11-23';

let hub: TestHub;
let finance: Record<string, string>;

interface FindingNode {
  id: string;
  check: string;
  status: string;
  summary: string;
  records: { system: string; entityType: string; id: string; hubId: string | null }[];
  customer: { id: string } | null;
  project: { id: string } | null;
  amount: { amount: string; currency: string } | null;
  replay: string | null;
  exception: { id: string; kind: string; status: string };
  replayWorkflow: { id: string; status: string } | null;
}

const FINDING =
  'id check status summary records { system entityType id hubId } customer { id } project { id } amount { amount currency } replay exception { id kind status } replayWorkflow { id status }';
const RUN = 'id status checks opened stillOpen closed';

let workflowsDb: SqlDatabase;
let stores: Record<string, SqlDatabase>;

beforeAll(async () => {
  hub = await startDemoHub(AS_OF, {
    stores: (opened) => {
      stores = opened;
      workflowsDb = opened.workflows;
    },
  });
  finance = await authorizationAs('finance');
}, 240_000);

afterAll(async () => {
  await hub?.stop();
});

/** System clients of the hub's subgraphs and identity registry, as another workflows process has them. */
function otherSystems(): SystemClients {
  const urlOf = (name: string) => hub.subgraphs.find((subgraph) => subgraph.name === name)?.url;
  return createSystemClients({ urls: Object.fromEntries(SYSTEMS.map((system) => [system.code, urlOf(system.domain)])), registryUrl: urlOf('identity') });
}

type RunShape = { id: string; status: string; checks: string[]; opened: number; stillOpen: number; closed: number };

/** reconcile, then (a scan past the answer deadline is answered RUNNING) the run once it has ended. */
async function reconcile(idempotencyKey: string, scope: Record<string, unknown> | null = null, headers = finance) {
  const result = await startReconcile(idempotencyKey, scope, headers);
  const run = result.data?.reconcile.run;
  if (run?.status === 'RUNNING') {
    result.data!.reconcile.run = await waitFor(
      async () => {
        const read = await hub.query<{ reconciliationRun: RunShape }>(`query ($id: ID!) { reconciliationRun(id: $id) { ${RUN} } }`, { id: run.id }, finance);
        const current = read.data?.reconciliationRun;
        return current && current.status !== 'RUNNING' ? current : null;
      },
      { what: `reconciliation run ${run.id} to end`, timeoutMs: 120_000 },
    );
  }
  return result;
}

async function startReconcile(idempotencyKey: string, scope: Record<string, unknown> | null = null, headers = finance) {
  return hub.query<{
    reconcile: {
      run: { id: string; status: string; checks: string[]; opened: number; stillOpen: number; closed: number } | null;
      userErrors: { code: string; field: string[] | null }[];
    };
  }>(
    `mutation ($input: ReconcileInput!) { reconcile(input: $input) { run { ${RUN} } userErrors { code field } } }`,
    { input: { scope, idempotencyKey } },
    headers,
  );
}

async function findings(filter: Record<string, unknown> = {}): Promise<FindingNode[]> {
  const result = await hub.query<{ findings: { edges: { node: FindingNode }[]; totalCount: number } }>(
    `query ($filter: FindingFilter) { findings(first: 50, filter: $filter) { totalCount edges { node { ${FINDING} } } } }`,
    { filter },
    finance,
  );
  expect(result.errors).toBeUndefined();
  expect(result.data!.findings.totalCount).toBe(result.data!.findings.edges.length);
  return result.data!.findings.edges.map((edge) => edge.node);
}

async function replay(findingId: string, idempotencyKey: string, headers = finance) {
  return hub.query<{
    replayFinding: {
      finding: { id: string; status: string; replayWorkflow: { id: string } | null } | null;
      workflow: { id: string; status: string } | null;
      userErrors: { code: string }[];
    };
  }>(
    'mutation ($input: ReplayFindingInput!) { replayFinding(input: $input) { finding { id status replayWorkflow { id } } workflow { id status } userErrors { code } } }',
    { input: { findingId, idempotencyKey } },
    headers,
  );
}

const ids = (finding: FindingNode, system: string, entityType: string) =>
  finding.records
    .filter((record) => record.system === system && record.entityType === entityType)
    .map((record) => record.id)
    .sort();

const one = (list: FindingNode[], check: string) => {
  const matching = list.filter((finding) => finding.check === check);
  expect(matching, check).toHaveLength(1);
  return matching[0];
};

/** The PSA statuses of a project's timecards of one consultant in a window. */
async function timecardStatuses(projectId: string, consultantId: string, from: string, to: string): Promise<string[]> {
  const result = await hub.query<{ project: { timeEntries: { edges: { node: { status: string } }[] } } }>(
    'query ($id: ID!, $filter: TimeEntryFilter) { project(id: $id) { timeEntries(first: 100, filter: $filter) { edges { node { status } } } } }',
    { id: projectId, filter: { from, to, consultantId } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.project.timeEntries.edges.map((edge) => edge.node.status);
}

describe('reconciliation on fresh demo data', () => {
  let first: FindingNode[];

  it('finds each deliberate inconsistency of docs/demo-data.md, once, and nothing else', async () => {
    const result = await reconcile('scan-1');
    expect(result.errors).toBeUndefined();
    expect(result.data!.reconcile.userErrors).toEqual([]);
    const run = result.data!.reconcile.run!;
    expect(run).toMatchObject({ status: 'COMPLETED', opened: 9, stillOpen: 0, closed: 0 });
    expect(run.checks).toHaveLength(13);
    first = await findings({ status: 'OPEN' });
    // Item 4 is one drift seen by two checks: the assignment ran past the termination, and time was logged on it.
    expect(first.map((finding) => finding.check).sort()).toEqual(
      [
        'APPROVED_TIME_NOT_POSTED',
        'ASSIGNMENT_OF_TERMINATED_CONSULTANT',
        'MILESTONE_BILLED_TWICE',
        'PAID_INVOICE_PAYMENTS_SHORT',
        'PROJECT_CLOSED_IN_ERP',
        'PROJECT_MISSING_IN_ERP',
        'STALE_BILL_RATE',
        'TIME_AFTER_TERMINATION',
        'WORKLOG_NOT_SYNCED',
      ].sort(),
    );
    for (const finding of first) expect(finding.exception).toMatchObject({ kind: 'RECONCILIATION', status: 'OPEN' });

    // 1. Project in progress in the PSA, closed in the ERP.
    const closed = one(first, 'PROJECT_CLOSED_IN_ERP');
    expect(ids(closed, 'PSA', 'Project')).toEqual(['PRJ-2026-0055']);
    expect(ids(closed, 'ERP', 'Project')).toEqual(['PJ-100142']);
    expect(closed.replay).toBeNull();

    // 2. Approved time never posted: 17 entries of W-00038 on ASG-000852, replayable.
    const unposted = one(first, 'APPROVED_TIME_NOT_POSTED');
    expect(ids(unposted, 'PSA', 'Project')).toEqual(['PRJ-2026-0064']);
    expect(ids(unposted, 'HCM', 'Consultant')).toEqual(['W-00038']);
    expect(ids(unposted, 'PSA', 'Assignment')).toEqual(['ASG-000852']);
    expect(ids(unposted, 'PSA', 'TimeEntry')).toHaveLength(17);
    expect(unposted.replay).toBe('postApprovedTime');
    expect(unposted.summary).toContain('2026-09-01 to 2026-09-30');
    expect(unposted.customer?.id.startsWith('cus_')).toBe(true);

    // 3. Active project, no ERP customer or project.
    const missing = one(first, 'PROJECT_MISSING_IN_ERP');
    expect(ids(missing, 'PSA', 'Project')).toEqual(['PRJ-2026-0091']);
    expect(ids(missing, 'CRM', 'Customer')).toEqual(['0015g0000000008AAA']);

    // 4. Time logged after the consultant's termination.
    const afterTermination = one(first, 'TIME_AFTER_TERMINATION');
    expect(ids(afterTermination, 'HCM', 'Consultant')).toEqual(['W-00263']);
    expect(ids(afterTermination, 'PSA', 'Assignment')).toEqual(['ASG-000224']);
    expect(ids(afterTermination, 'PSA', 'Project')).toEqual(['PRJ-2025-0044']);
    expect(ids(afterTermination, 'PSA', 'TimeEntry')).toEqual(['TC-0039091', 'TC-0039424', 'TC-0039759', 'TC-0040090']);
    const assignment = one(first, 'ASSIGNMENT_OF_TERMINATED_CONSULTANT');
    expect(ids(assignment, 'PSA', 'Assignment')).toEqual(['ASG-000224']);
    expect(ids(assignment, 'HCM', 'Consultant')).toEqual(['W-00263']);

    // 5. Milestone billed twice.
    const twice = one(first, 'MILESTONE_BILLED_TWICE');
    expect(ids(twice, 'PSA', 'Milestone')).toEqual(['MS-000359']);
    expect(ids(twice, 'PSA', 'Project')).toEqual(['PRJ-2026-0008']);
    expect(ids(twice, 'ERP', 'BillingItem')).toEqual(['BI-0024072', 'BI-0027805']);
    expect(ids(twice, 'ERP', 'BillingEvent')).toEqual(['BE-000419', 'BE-000483']);
    expect(ids(twice, 'ERP', 'Invoice')).toEqual(['INV-100416', 'INV-100470']);

    // 6. Paid in full, payments 250.00 short.
    const short = one(first, 'PAID_INVOICE_PAYMENTS_SHORT');
    expect(ids(short, 'ERP', 'Invoice')).toEqual(['INV-100773']);
    expect(short.amount).toEqual({ amount: '250.00', currency: 'USD' });
    expect(short.summary).toContain('OG-2026-000618');

    // 7. Stale bill rate: 40 entries from the rate change on 2026-06-29 to 2026-07-10.
    const stale = one(first, 'STALE_BILL_RATE');
    expect(ids(stale, 'PSA', 'Project')).toEqual(['PRJ-2025-0063']);
    expect(ids(stale, 'PSA', 'TimeEntry')).toHaveLength(40);
    expect(stale.summary).toContain('2026-06-29 to 2026-07-10');
    expect(stale.amount?.currency).toBe('EUR');

    // 8. Worklog never synced to the PSA, replayable through the worklog sync.
    const worklog = one(first, 'WORKLOG_NOT_SYNCED');
    expect(ids(worklog, 'DELIVERY', 'Worklog')).toEqual(['WL-014816']);
    expect(ids(worklog, 'DELIVERY', 'WorkItem')).toEqual(['FOXGLOVE4-9']);
    expect(ids(worklog, 'HCM', 'Consultant')).toEqual(['W-00256']);
    expect(ids(worklog, 'PSA', 'Project')).toEqual(['PRJ-2025-0049']);
    expect(worklog.replay).toBe('replaySyncWorklog');
  }, 60_000);

  it('a second scan duplicates nothing; the same key answers with the same run; another scope with it is refused', async () => {
    const second = await reconcile('scan-2');
    expect(second.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 9, closed: 0 });
    const after = await findings();
    expect(after.map((finding) => [finding.id, finding.exception.id]).sort()).toEqual(first.map((finding) => [finding.id, finding.exception.id]).sort());
    const queue = await hub.query<{ exceptions: { totalCount: number } }>('{ exceptions(filter: { kind: RECONCILIATION }) { totalCount } }', {}, finance);
    expect(queue.data!.exceptions.totalCount).toBe(9);

    const again = await reconcile('scan-2');
    expect(again.data!.reconcile.run!.id).toBe(second.data!.reconcile.run!.id);
    const reused = await reconcile('scan-2', { checks: ['STALE_BILL_RATE'] });
    expect(reused.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
  }, 60_000);

  it('concurrent requests with one key run one scan', async () => {
    const scope = { checks: ['PAID_INVOICE_PAYMENTS_SHORT', 'MILESTONE_BILLED_TWICE'] };
    const answers = await Promise.all([1, 2, 3, 4].map(() => reconcile('concurrent-1', scope)));
    const runs = new Set(answers.map((answer) => answer.data!.reconcile.run!.id));
    expect(runs.size).toBe(1);
    for (const answer of answers) expect(answer.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 2, closed: 0 });
    const audit = await hub.query<{ auditLog: { totalCount: number } }>(
      'query ($id: ID) { auditLog(filter: { entityId: $id }) { totalCount } }',
      { id: [...runs][0] },
      finance,
    );
    expect(audit.data!.auditLog.totalCount).toBe(1);
  }, 60_000);

  it('another workflows process over the same store: one run per key, one scan at a time, no duplicate finding', async () => {
    // A second reconciliation service (its own owner id, engine and store handle) as another process runs it.
    const systems = otherSystems();
    const store = createSqlWorkflowStore(workflowsDb);
    const engine = createWorkflowEngine({ store, systems, definitions: [], maxAttempts: 1, retryBaseMs: 1, takeOverLeases: false });
    const other = createReconciliation({ store: createReconciliationStore(workflowsDb), workflows: store, engine, systems, asOf: () => AS_OF });
    const actor = { sub: 'test-finance', roles: ['finance' as const], customerId: null };
    const scope = { checks: ['PROJECT_CLOSED_IN_ERP', 'MILESTONE_BILLED_TWICE'] };
    const [here, there, elsewhere] = await Promise.all([
      reconcile('two-processes', scope),
      other.reconcile(actor, { scope, idempotencyKey: 'two-processes' }, 'test-two-processes'),
      other.reconcile(actor, { scope, idempotencyKey: 'two-processes-b' }, 'test-two-processes-b'),
    ]);
    expect(there.run?.id).toBe(here.data!.reconcile.run!.id);
    expect(here.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 2, closed: 0 });
    expect(elsewhere.run).toMatchObject({ status: 'COMPLETED', opened: 0, still_open: 2, closed: 0 });
    const queue = await hub.query<{ exceptions: { totalCount: number } }>('{ exceptions(filter: { kind: RECONCILIATION }) { totalCount } }', {}, finance);
    expect(queue.data!.exceptions.totalCount).toBe(9);
    // The scheduled scan of one slot, from both: one run.
    const [a, b] = await Promise.all([other.scheduled(WORKFLOWS_SERVICE, 42), other.scheduled(WORKFLOWS_SERVICE, 42)]);
    expect(a.run?.id).toBe(b.run?.id);
    await engine.stop();
  }, 90_000);

  it('a finding whose exception a person resolved stays closed while its drift lasts', async () => {
    const closed = one(first, 'PROJECT_CLOSED_IN_ERP');
    const resolved = await hub.query<{ resolveException: { userErrors: { code: string }[] } }>(
      'mutation ($input: ResolveExceptionInput!) { resolveException(input: $input) { userErrors { code } } }',
      { input: { id: closed.exception.id, note: 'Closed in the ERP on purpose: the client stopped the work', idempotencyKey: 'resolve-closed-in-erp' } },
      finance,
    );
    expect(resolved.data!.resolveException.userErrors).toEqual([]);
    const next = await reconcile('scan-after-resolve', { checks: ['PROJECT_CLOSED_IN_ERP'] });
    expect(next.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 0, closed: 0 });
    const [after] = await findings({ check: 'PROJECT_CLOSED_IN_ERP' });
    expect(after).toMatchObject({ id: closed.id, status: 'CLOSED', exception: { id: closed.exception.id, status: 'RESOLVED' } });
    const queue = await hub.query<{ exceptions: { totalCount: number } }>(
      '{ exceptions(filter: { kind: RECONCILIATION, status: "OPEN" }) { totalCount } }',
      {},
      finance,
    );
    expect(queue.data!.exceptions.totalCount).toBe(8);
  }, 60_000);

  it('replaying the lost posting posts it exactly once; the next scan closes the finding; a second replay is refused as fixed', async () => {
    const unposted = one(first, 'APPROVED_TIME_NOT_POSTED');
    const projectId = toHubId('Project', 'PRJ-2026-0064');
    const consultantId = toHubId('Consultant', 'W-00038');
    const statusesBefore = await timecardStatuses(projectId, consultantId, '2026-09-01', '2026-09-30');
    expect(statusesBefore.filter((status) => status === 'APPROVED')).toHaveLength(17);

    const replayed = await replay(unposted.id, 'replay-posting-1');
    expect(replayed.errors).toBeUndefined();
    expect(replayed.data!.replayFinding.userErrors).toEqual([]);
    const workflow = replayed.data!.replayFinding.workflow!;
    expect(workflow.status).toBe('COMPLETED');
    expect(replayed.data!.replayFinding.finding).toMatchObject({ status: 'REPLAYING', replayWorkflow: { id: workflow.id } });
    const statusesAfter = await timecardStatuses(projectId, consultantId, '2026-09-01', '2026-09-30');
    expect(statusesAfter.filter((status) => status === 'APPROVED')).toEqual([]);
    expect(statusesAfter.filter((status) => status === 'POSTED')).toHaveLength(statusesBefore.filter((status) => status === 'POSTED').length + 17);

    // The same key again: the same workflow, nothing run twice.
    const twice = await replay(unposted.id, 'replay-posting-1');
    expect(twice.data!.replayFinding.workflow!.id).toBe(workflow.id);
    const steps = await hub.query<{ workflow: { steps: { name: string; status: string; attempts: number }[] } }>(
      'query ($id: ID!) { workflow(id: $id) { steps { name status attempts } } }',
      { id: workflow.id },
      finance,
    );
    expect(steps.data!.workflow.steps).toEqual([
      { name: 'postErpTime', status: 'DONE', attempts: 1 },
      { name: 'markPsaPosted', status: 'DONE', attempts: 1 },
    ]);

    // The next scan closes it, and the ERP holds one cost posting per timecard (no POSTED_COST_WITHOUT_TIME).
    const next = await reconcile('scan-after-replay', { checks: ['APPROVED_TIME_NOT_POSTED', 'POSTED_COST_WITHOUT_TIME'] });
    expect(next.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 0, closed: 1 });
    const [closed] = (await findings({ check: 'APPROVED_TIME_NOT_POSTED' })) as FindingNode[];
    expect(closed).toMatchObject({ status: 'CLOSED', exception: { status: 'RESOLVED' } });
    expect(await findings({ check: 'POSTED_COST_WITHOUT_TIME' })).toEqual([]);

    // Replaying a fixed drift with another key: refused, nothing changes.
    const fixed = await replay(unposted.id, 'replay-posting-2');
    expect(fixed.data!.replayFinding.userErrors.map((error) => error.code)).toEqual(['FINDING_ALREADY_FIXED']);
    expect(fixed.data!.replayFinding.workflow).toBeNull();
    expect((await findings({ check: 'APPROVED_TIME_NOT_POSTED' }))[0]).toEqual(closed);
  }, 90_000);

  it('replaying the unsynced worklog syncs it once, whatever concurrent callers with other keys send; a fixed drift is refused before the next scan closes it', async () => {
    const worklog = one(first, 'WORKLOG_NOT_SYNCED');
    const replaysBefore = await workflowsDb.get<{ n: number }>("SELECT COUNT(*) AS n FROM workflow WHERE type = 'replaySyncWorklog'");
    // A claim another process holds keeps callers off; one whose process died (past its time) is taken over.
    const claimBy = (until: string) =>
      workflowsDb.run(
        "UPDATE reconciliation_finding SET status = 'REPLAYING', replay_claim_id = 'claim-of-another-process', replay_claimed_until = ? WHERE id = ?",
        [until, worklog.id],
      );
    await claimBy(new Date(Date.now() + 60_000).toISOString());
    const held = await replay(worklog.id, 'replay-worklog-held');
    expect(held.data!.replayFinding.userErrors.map((error) => error.code)).toEqual(['FINDING_REPLAYING']);
    await claimBy(new Date(Date.now() - 1_000).toISOString());
    // Callers with keys of their own: two at once, two more as soon as the first has claimed the finding
    // (while its replay may still run). One replay runs; the others are told it is running (or done).
    const early = ['replay-worklog-1', 'replay-worklog-1b'].map((key) => replay(worklog.id, key));
    await waitFor(
      async () =>
        (await workflowsDb.get<{ status: string }>('SELECT status FROM reconciliation_finding WHERE id = ?', [worklog.id]))?.status === 'REPLAYING' || null,
      { what: 'the worklog finding to be claimed' },
    );
    const late = ['replay-worklog-1c', 'replay-worklog-1d'].map((key) => replay(worklog.id, key));
    const answers = await Promise.all([...early, ...late]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const ran = answers.filter((answer) => answer.data!.replayFinding.userErrors.length === 0);
    expect(ran).toHaveLength(1);
    const replayed = ran[0];
    expect(replayed.data!.replayFinding.workflow!.status).toBe('COMPLETED');
    for (const answer of answers.filter((other) => other !== replayed)) {
      expect(['FINDING_REPLAYING', 'FINDING_ALREADY_FIXED']).toContain(answer.data!.replayFinding.userErrors[0]?.code);
    }
    const replaysAfter = await workflowsDb.get<{ n: number }>("SELECT COUNT(*) AS n FROM workflow WHERE type = 'replaySyncWorklog'");
    expect(Number(replaysAfter!.n) - Number(replaysBefore!.n)).toBe(1);
    expect((await findings({ check: 'WORKLOG_NOT_SYNCED' }))[0]).toMatchObject({
      status: 'REPLAYING',
      replayWorkflow: { id: replayed.data!.replayFinding.workflow!.id },
    });
    const fixed = await replay(worklog.id, 'replay-worklog-2');
    expect(fixed.data!.replayFinding.userErrors.map((error) => error.code)).toEqual(['FINDING_ALREADY_FIXED']);
    const next = await reconcile('scan-after-worklog', { checks: ['WORKLOG_NOT_SYNCED'] });
    expect(next.data!.reconcile.run).toMatchObject({ opened: 0, stillOpen: 0, closed: 1 });
  }, 60_000);

  it('refuses what cannot be replayed, unknown findings and hostile input, changing nothing', async () => {
    const short = one(first, 'PAID_INVOICE_PAYMENTS_SHORT');
    expect((await replay(short.id, 'replay-short')).data!.replayFinding.userErrors.map((error) => error.code)).toEqual(['FINDING_NOT_REPLAYABLE']);
    expect((await replay('fnd_nope', 'replay-nope')).data!.replayFinding.userErrors.map((error) => error.code)).toEqual(['FINDING_NOT_FOUND']);
    expect((await replay('x'.repeat(10_000), 'replay-huge')).data!.replayFinding.userErrors.map((error) => error.code)).toEqual(['FINDING_NOT_FOUND']);
    expect((await replay(short.id, '')).data!.replayFinding.userErrors.map((error) => error.code)).toEqual(['INVALID_IDEMPOTENCY_KEY']);

    const before = await findings();
    const tooMany = await reconcile('hostile-1', {
      projectIds: Array.from({ length: 201 }, (_, i) => toHubId('Project', `PRJ-2026-${String(i).padStart(4, '0')}`)),
    });
    expect(tooMany.data!.reconcile).toEqual({ run: null, userErrors: [{ code: 'INVALID_SCOPE', field: ['input', 'scope', 'projectIds'] }] });
    const badId = await reconcile('hostile-2', { projectIds: ['prj_bm9wZQ', 'not-an-id'] });
    expect(badId.data!.reconcile.userErrors.map((error) => error.code)).toEqual(['INVALID_SCOPE']);
    const twice = await reconcile('hostile-3', { checks: ['STALE_BILL_RATE', 'STALE_BILL_RATE'] });
    expect(twice.data!.reconcile.userErrors.map((error) => error.code)).toEqual(['INVALID_SCOPE']);
    const unknownCheck = await reconcile('hostile-4', { checks: ['DROP_TABLES'] });
    expect(unknownCheck.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const noKey = await reconcile('');
    expect(noKey.data!.reconcile.userErrors.map((error) => error.code)).toEqual(['INVALID_IDEMPOTENCY_KEY']);
    expect(await findings()).toEqual(before);
  }, 60_000);

  it('a scan scoped to projects closes only their findings', async () => {
    const scoped = await reconcile('scoped-1', { projectIds: [toHubId('Project', 'PRJ-2026-0008')] });
    expect(scoped.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 1, closed: 0 });
  }, 60_000);

  it('finds drift the demo data does not have, in the other checks, and closes it once repaired', async () => {
    const checks = ['CONTRACT_VALUE_NOT_BOOKINGS', 'INVOICE_TOTAL_MISMATCH', 'POSTED_COST_WITHOUT_TIME', 'ENTITY_MISSING_FROM_STORE'];
    const project = await stores.projects.get<{ id: string; contract_id: string }>(
      "SELECT id, contract_id FROM project WHERE stage = 'In Progress' AND contract_id IS NOT NULL ORDER BY id LIMIT 1",
    );
    const invoice = await stores.finance.get<{ id: string }>("SELECT id FROM invoice WHERE status = 'Open' ORDER BY id LIMIT 1");
    const erpProject = await stores.finance.get<{ id: string; customer_id: string }>(
      `SELECT id, customer_id FROM erp_project WHERE psa_project_id = '${project!.id}'`,
    );
    // A contract value off its bookings, an invoice total off its lines, a TIME posting without time, an ERP project without a PSA one.
    await stores.customers.run('UPDATE contract SET value = value + 10000 WHERE id = ?', [project!.contract_id]);
    await stores.finance.run('UPDATE invoice SET total = total + 1 WHERE id = ?', [invoice!.id]);
    await stores.finance.run(
      "INSERT INTO cost_posting (id, project_id, source, source_ref, gl_account, amount, status, posted_at) VALUES ('CP-9999999', ?, 'TIME', 'TC-9999999', '5100', 1000, 'Posted', '2026-11-01T00:00:00Z')",
      [erpProject!.id],
    );
    await stores.finance.run(
      "INSERT INTO erp_project (id, psa_project_id, customer_id, status, currency) VALUES ('PJ-999999', 'PRJ-2099-9999', ?, 'Open', 'USD')",
      [erpProject!.customer_id],
    );
    try {
      const scan = await reconcile('injected-1', { checks });
      expect(scan.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 4, stillOpen: 0, closed: 0 });
      const found = await findings({ status: 'OPEN' });
      expect(ids(one(found, 'CONTRACT_VALUE_NOT_BOOKINGS'), 'PSA', 'Project')).toEqual([project!.id]);
      expect(ids(one(found, 'INVOICE_TOTAL_MISMATCH'), 'ERP', 'Invoice')).toEqual([invoice!.id]);
      expect(one(found, 'INVOICE_TOTAL_MISMATCH').amount?.amount).toMatch(/^0\.01$|^0\.001$/);
      expect(ids(one(found, 'POSTED_COST_WITHOUT_TIME'), 'PSA', 'Project')).toEqual([project!.id]);
      expect(ids(one(found, 'ENTITY_MISSING_FROM_STORE'), 'ERP', 'Project')).toEqual(['PJ-999999']);
    } finally {
      await stores.customers.run('UPDATE contract SET value = value - 10000 WHERE id = ?', [project!.contract_id]);
      await stores.finance.run('UPDATE invoice SET total = total - 1 WHERE id = ?', [invoice!.id]);
      await stores.finance.run("DELETE FROM cost_posting WHERE id = 'CP-9999999'");
      await stores.finance.run("DELETE FROM erp_project WHERE id = 'PJ-999999'");
    }
    const repaired = await reconcile('injected-2', { checks });
    expect(repaired.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 0, closed: 4 });
    for (const check of checks) expect((await findings({ check })).map((finding) => finding.status)).toEqual(['CLOSED']);
  }, 90_000);

  it('reads every kind of id the identity registry maps from a store that holds it', async () => {
    const mapped = await stores.identity.all<{ system: string; entity_type: string }>(
      'SELECT DISTINCT system, entity_type FROM xref ORDER BY system, entity_type',
    );
    const kinds = REGISTRY_KINDS.map((kind) => `${kind.system}:${kind.entityType}`).sort();
    expect(mapped.map((row) => `${row.system}:${row.entity_type}`).sort()).toEqual(kinds);
  });

  it('pages the stored and registered ids in id order, refuses bad input and answers only the service', async () => {
    const system = async (domain: string, query: string, variables: Record<string, unknown>, token: string | null = null) => {
      const url = hub.subgraphs.find((subgraph) => subgraph.name === domain)!.url.replace(/\/graphql$/, '/system/graphql');
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token ?? (await signToken(WORKFLOWS_SERVICE))}` },
        body: JSON.stringify({ query, variables }),
      });
      return {
        status: response.status,
        body: (await response.json()) as {
          data?: Record<string, { items: { nativeId: string }[]; hasNextPage: boolean; endCursor: string | null }>;
          errors?: { extensions?: { code?: string } }[];
        },
      };
    };
    const stored =
      'query ($type: String!, $first: Int!, $after: String, $ids: [String!]) { storedIds(entityType: $type, first: $first, after: $after, ids: $ids) { items { nativeId hubId } hasNextPage endCursor } }';
    const registered =
      'query ($system: String!, $type: String!, $first: Int!, $after: String, $ids: [String!]) { registryIds(system: $system, entityType: $type, first: $first, after: $after, ids: $ids) { items { nativeId hubId } hasNextPage endCursor } }';
    // Two pages of ERP invoices, then the rest: in id order, no id twice, every invoice of the store.
    const firstPage = (await system('finance', stored, { type: 'Invoice', first: 2 })).body.data!.storedIds;
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.hasNextPage).toBe(true);
    const rest = (await system('finance', stored, { type: 'Invoice', first: 5000, after: firstPage.endCursor })).body.data!.storedIds;
    const all = [...firstPage.items, ...rest.items].map((item) => item.nativeId);
    const held = await stores.finance.all<{ id: string }>('SELECT id FROM invoice');
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(held.map((row) => row.id).sort());
    expect(firstPage.endCursor).toBe(all[1]);
    const some = (await system('finance', stored, { type: 'Invoice', first: 1, ids: [all[0], 'INV-000000'] })).body.data!.storedIds;
    expect(some.items.map((item) => item.nativeId)).toEqual([all[0]]);
    const registry = (await system('identity', registered, { system: 'ERP', type: 'Invoice', first: 5000 })).body.data!.registryIds;
    expect(registry.items.map((item) => item.nativeId).sort()).toEqual([...all].sort());

    const code = (answer: Awaited<ReturnType<typeof system>>) => answer.body.errors?.[0]?.extensions?.code;
    expect(code(await system('finance', stored, { type: 'Payment', first: 10 }))).toBe('BAD_USER_INPUT');
    expect(code(await system('customers', stored, { type: 'Customer', first: 0 }))).toBe('BAD_USER_INPUT');
    expect(code(await system('projects', stored, { type: 'Project', first: 10, ids: Array.from({ length: 5001 }, (_, i) => `PRJ-${i}`) }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await system('identity', registered, { system: 'SAP', type: 'Invoice', first: 10 }))).toBe('BAD_USER_INPUT');
    expect(code(await system('identity', registered, { system: 'ERP', type: '', first: 10 }))).toBe('BAD_USER_INPUT');
    expect(code(await system('identity', registered, { system: 'ERP', type: 'Invoice', first: 5001 }))).toBe('BAD_USER_INPUT');
    const user = await system(
      'identity',
      registered,
      { system: 'ERP', type: 'Invoice', first: 10 },
      (await authorizationAs('admin')).authorization.replace(/^Bearer /, ''),
    );
    expect(user.status).toBe(403);
  });

  it('finds what the identity registry and the stores disagree on, one finding per entity, and closes it once repaired', async () => {
    const checks = ['ENTITY_MISSING_FROM_STORE'];
    // A customer the CRM lost (the registry and the ERP still know it), an invoice only the registry
    // knows, a consultant the registry never learned.
    const erpCustomer = await stores.finance.get<{ id: string; crm_account_id: string }>('SELECT id, crm_account_id FROM erp_customer ORDER BY id LIMIT 1');
    const account = await stores.customers.get<Record<string, unknown>>('SELECT * FROM account WHERE id = ?', [erpCustomer!.crm_account_id]);
    const consultant = await stores.identity.get<Record<string, unknown>>(
      "SELECT * FROM xref WHERE system = 'HCM' AND entity_type = 'Consultant' ORDER BY native_id LIMIT 1",
    );
    const consultantId = String(consultant!.native_id);
    await stores.customers.run('DELETE FROM account WHERE id = ?', [erpCustomer!.crm_account_id]);
    await stores.identity.run("INSERT INTO xref (system, entity_type, native_id, hub_id, customer_id) VALUES ('ERP', 'Invoice', 'INV-999999', ?, NULL)", [
      toHubId('Invoice', 'INV-999999'),
    ]);
    await stores.identity.run("DELETE FROM xref WHERE system = 'HCM' AND entity_type = 'Consultant' AND native_id = ?", [consultantId]);
    try {
      const scan = await reconcile('registry-1', { checks });
      expect(scan.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 3, stillOpen: 0, closed: 0 });
      const found = (await findings({ status: 'OPEN', check: 'ENTITY_MISSING_FROM_STORE' })).sort((a, b) => a.summary.localeCompare(b.summary));
      expect(found).toHaveLength(3);
      const [consultantFinding, customerFinding, invoiceFinding] = found;

      expect(customerFinding.summary).toBe(
        `Customer ${erpCustomer!.crm_account_id} is missing from the CRM: the identity registry maps it to CRM id ${erpCustomer!.crm_account_id}, which the CRM does not hold`,
      );
      expect(ids(customerFinding, 'CRM', 'Customer')).toEqual([erpCustomer!.crm_account_id]);
      expect(ids(customerFinding, 'ERP', 'Customer')).toEqual([erpCustomer!.id]);
      for (const record of customerFinding.records) expect(record.hubId).toBe(toHubId('Customer', erpCustomer!.crm_account_id));
      expect(customerFinding.exception).toMatchObject({ kind: 'RECONCILIATION', status: 'OPEN' });

      expect(invoiceFinding.summary).toBe(
        'Invoice INV-999999 is missing from the ERP: the identity registry maps it to ERP id INV-999999, which the ERP does not hold',
      );
      expect(invoiceFinding.records).toEqual([{ system: 'ERP', entityType: 'Invoice', id: 'INV-999999', hubId: toHubId('Invoice', 'INV-999999') }]);

      expect(consultantFinding.summary).toBe(
        `Consultant ${consultantId} is not in the identity registry: the HCM holds it as ${consultantId}, which the identity registry never learned (a lookup by that id finds nothing)`,
      );
      expect(consultantFinding.records).toEqual([{ system: 'HCM', entityType: 'Consultant', id: consultantId, hubId: toHubId('Consultant', consultantId) }]);

      // A second scan refreshes the same three findings and opens nothing.
      const again = await reconcile('registry-2', { checks });
      expect(again.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 3, closed: 0 });
      const refreshed = await findings({ status: 'OPEN', check: 'ENTITY_MISSING_FROM_STORE' });
      expect(refreshed.map((finding) => [finding.id, finding.exception.id]).sort()).toEqual(found.map((finding) => [finding.id, finding.exception.id]).sort());
    } finally {
      await insertRow(stores.customers, 'account', account!);
      await stores.identity.run("DELETE FROM xref WHERE system = 'ERP' AND entity_type = 'Invoice' AND native_id = 'INV-999999'");
      await insertRow(stores.identity, 'xref', consultant!);
    }
    const repaired = await reconcile('registry-3', { checks });
    expect(repaired.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 0, closed: 3 });
    const after = await findings({ check: 'ENTITY_MISSING_FROM_STORE' });
    expect(after.filter((finding) => finding.status !== 'CLOSED')).toEqual([]);
  }, 90_000);

  it('reports no drift the registry catches up on during the recheck, and one it does not', async () => {
    // An opportunity the CRM holds now and the registry learns a moment later (as from the bus), and
    // one it never learns: the first is seen once and rechecked away, the second reported.
    const opportunity = await stores.customers.get<Record<string, unknown>>('SELECT * FROM opportunity ORDER BY id LIMIT 1');
    const late = { ...opportunity!, id: '0065g00000000ZZ1AA' };
    const never = { ...opportunity!, id: '0065g00000000ZZ2AA' };
    await insertRow(stores.customers, 'opportunity', late);
    await insertRow(stores.customers, 'opportunity', never);
    const systems = otherSystems();
    let rechecked = 0;
    // The registry learns the late one while the scan waits to read it again.
    const learning: SystemClients = {
      ...systems,
      async registryRead(document, variables, correlationId) {
        const { ids } = variables as { ids?: string[] | null };
        if (ids?.includes(String(late.id))) {
          rechecked++;
          await stores.identity.run(
            "INSERT INTO xref (system, entity_type, native_id, hub_id, customer_id) VALUES ('CRM', 'Opportunity', ?, ?, NULL) ON CONFLICT DO NOTHING",
            [late.id, toHubId('Opportunity', String(late.id))],
          );
        }
        return systems.registryRead(document, variables, correlationId);
      },
    };
    const store = createSqlWorkflowStore(workflowsDb);
    const engine = createWorkflowEngine({ store, systems: learning, definitions: [], maxAttempts: 1, retryBaseMs: 1, takeOverLeases: false });
    const other = createReconciliation({
      store: createReconciliationStore(workflowsDb),
      workflows: store,
      engine,
      systems: learning,
      asOf: () => AS_OF,
      entityRecheckMs: 50,
      answerWithinMs: 60_000,
    });
    const actor = { sub: 'test-finance', roles: ['finance' as const], customerId: null };
    const checks = ['ENTITY_MISSING_FROM_STORE'];
    try {
      const { run } = await other.reconcile(actor, { scope: { checks }, idempotencyKey: 'registry-recheck-1' }, 'test-registry-recheck-1');
      expect(run).toMatchObject({ status: 'COMPLETED', opened: 1, still_open: 0, closed: 0 });
      expect(rechecked).toBe(1);
      const [found] = await findings({ status: 'OPEN', check: 'ENTITY_MISSING_FROM_STORE' });
      expect(found.records).toEqual([{ system: 'CRM', entityType: 'Opportunity', id: never.id, hubId: toHubId('Opportunity', String(never.id)) }]);
    } finally {
      await stores.customers.run('DELETE FROM opportunity WHERE id IN (?, ?)', [late.id, never.id]);
      await stores.identity.run("DELETE FROM xref WHERE system = 'CRM' AND native_id = ?", [late.id]);
    }
    const { run } = await other.reconcile(actor, { scope: { checks }, idempotencyKey: 'registry-recheck-2' }, 'test-registry-recheck-2');
    expect(run).toMatchObject({ status: 'COMPLETED', opened: 0, still_open: 0, closed: 1 });
    await engine.stop();
  }, 60_000);

  it('the registry forgets the ids of an entity its system removed: no drift is left behind', async () => {
    // A PSA project the registry knows and the PSA no longer holds, until the PSA's removal event arrives.
    const projectId = toHubId('Project', 'PRJ-2099-0001');
    await stores.identity.run("INSERT INTO xref (system, entity_type, native_id, hub_id, customer_id) VALUES ('PSA', 'Project', 'PRJ-2099-0001', ?, NULL)", [
      projectId,
    ]);
    await hub.bus.publish({
      id: randomUUID(),
      type: 'ProjectRemoved',
      aggregateId: projectId,
      fromState: 'PLANNED',
      toState: null,
      occurredAt: new Date().toISOString(),
      source: 'PSA',
      correlationId: 'test-registry-removal',
    });
    await waitFor(async () => !(await stores.identity.get("SELECT 1 AS x FROM xref WHERE native_id = 'PRJ-2099-0001'")), {
      what: 'the registry to forget the removed project',
    });
    const scan = await reconcile('registry-removal-1', { checks: ['ENTITY_MISSING_FROM_STORE'] });
    expect(scan.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 0 });
  }, 60_000);

  it('a scan whose id reads were cut short at their bound closes none of the findings of the check', async () => {
    const checks = ['ENTITY_MISSING_FROM_STORE'];
    await stores.identity.run("INSERT INTO xref (system, entity_type, native_id, hub_id, customer_id) VALUES ('ERP', 'Invoice', 'INV-999998', ?, NULL)", [
      toHubId('Invoice', 'INV-999998'),
    ]);
    const seen = await reconcile('registry-bounded-1', { checks });
    expect(seen.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 1, stillOpen: 0, closed: 0 });
    await stores.identity.run("DELETE FROM xref WHERE system = 'ERP' AND entity_type = 'Invoice' AND native_id = 'INV-999998'");

    // Pages of 100 ids, two at most: the ERP's invoices (and the registry's) are read in part only.
    const systems = otherSystems();
    const store = createSqlWorkflowStore(workflowsDb);
    const engine = createWorkflowEngine({ store, systems, definitions: [], maxAttempts: 1, retryBaseMs: 1, takeOverLeases: false });
    const bounded = createReconciliation({
      store: createReconciliationStore(workflowsDb),
      workflows: store,
      engine,
      systems,
      asOf: () => AS_OF,
      entityRecheckMs: 50,
      entityIdPages: { size: 100, pages: 2 },
      answerWithinMs: 60_000,
    });
    const actor = { sub: 'test-finance', roles: ['finance' as const], customerId: null };
    const { run } = await bounded.reconcile(actor, { scope: { checks }, idempotencyKey: 'registry-bounded-2' }, 'test-registry-bounded-2');
    expect(run).toMatchObject({ status: 'COMPLETED', opened: 0, still_open: 0, closed: 0 });
    const open = await findings({ status: 'OPEN', check: 'ENTITY_MISSING_FROM_STORE' });
    expect(open.map((finding) => finding.records.map((record) => record.id))).toEqual([['INV-999998']]);
    await engine.stop();

    // Read whole, the drift is gone: closed.
    const whole = await reconcile('registry-bounded-3', { checks });
    expect(whole.data!.reconcile.run).toMatchObject({ status: 'COMPLETED', opened: 0, stillOpen: 0, closed: 1 });
  }, 60_000);

  it('portal users and other roles are refused', async () => {
    const portal = await authorizationAs('portal', toHubId('Customer', '0015g0000000008AAA'));
    const refused = await reconcile('portal-1', null, portal);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const delivery = await reconcile('delivery-1', null, await authorizationAs('delivery'));
    expect(delivery.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await hub.query('{ findings { totalCount } }', {}, portal);
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const replayed = await replay(one(first, 'PAID_INVOICE_PAYMENTS_SHORT').id, 'portal-replay', portal);
    expect(replayed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The analyst reads findings, and never a cost.
    const analyst = await hub.query<{ findings: { totalCount: number } }>('{ findings { totalCount } }');
    expect(analyst.data!.findings.totalCount).toBeGreaterThan(0);
  });
});
