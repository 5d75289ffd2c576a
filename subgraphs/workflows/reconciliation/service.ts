/**
 * Reconciliation (docs/reconciliation.md): `reconcile` scans the systems of record for drift and
 * keeps one finding per drift, each an exception of kind RECONCILIATION; `replayFinding` runs the
 * missing step a finding names through its governed workflow.
 *
 * - A run is stored once per (caller, idempotency key), ever, by a unique index: the same key and
 *   scope answers with that run (waiting for it while it scans), another scope is
 *   IDEMPOTENCY_KEY_REUSED, across concurrent callers and processes.
 * - One scan at a time across processes: a scan holds the `scan` lease (renewed while it runs); a run
 *   that finds it taken waits for it.
 * - A scan opens (or refreshes) the exception of each drift it sees (raiseBusinessException, dedupe
 *   key = check + the drifting records' ids), so a second scan duplicates nothing, and closes
 *   (closeBusinessException) the findings of its checks and projects whose drift it no longer sees,
 *   unless a fact the check needs came back cut short. A finding a person resolved stays closed.
 * - A replay re-checks the drift first (FINDING_ALREADY_FIXED when gone: nothing changes), then runs
 *   the workflow with the caller's idempotency key (the engine's rule: the same key runs once).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Principal } from '../../../platform/auth.ts';
import { idempotencyKeyReused } from '../../../platform/errors.ts';
import { logger } from '../../../platform/logger.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { requestHash } from '../../shared/system-api.ts';
import { textProblem } from '../../shared/text.ts';
import { UnsyncedWorklogsDocument } from '../__generated__/system-delivery.ts';
import { ReconciliationTimecardsDocument } from '../__generated__/system-projects.ts';
import type { WorkflowStore } from '../connector/types.ts';
import { authorize, type WorkflowEngine } from '../engine/engine.ts';
import { userError } from '../engine/reads.ts';
import type { SystemClients, UserErrorShape } from '../engine/systems.ts';
import { runCheck } from './checks.ts';
import { createFacts } from './facts.ts';
import type { ReconciliationStore } from './store.ts';
import { CHECKS, type Check, type Drift, type FindingRow, type RunRow } from './types.ts';

/** At most this many projects in a scope. */
export const MAX_SCOPE_PROJECTS = 200;
/** Approved time this many days old or older should have been posted (normal approved time is at most three weeks old). */
export const APPROVED_TIME_DAYS = 30;
/** Worklogs recorded this long ago should have synced (the sync trigger takes seconds). */
const WORKLOG_GRACE_MS = 10 * 60_000;

/** How long a disagreement between the identity registry and a store is given to settle before it is read again. */
export const ENTITY_RECHECK_MS = 3_000;

const SCAN_LEASE = 'scan';

export interface ReconciliationOptions {
  store: ReconciliationStore;
  workflows: WorkflowStore;
  engine: WorkflowEngine;
  systems: SystemClients;
  /** The business date (YYYY-MM-DD); null: today (UTC). */
  asOf: () => string | null;
  /** How long a scan's lease lasts without renewal (renewed every third of it). @default 30000 */
  leaseMs?: number;
  /** How long a scan waits for the scan lease. @default 30000 */
  waitMs?: number;
  /**
   * How long after it arrives `reconcile` answers, at the latest (keep it below the gateway's subgraph
   * timeout): a scan still running then is answered as it stands (RUNNING) and goes on; the caller
   * follows it by `reconciliationRun(id)` or by sending the same key again. @default 8000
   */
  answerWithinMs?: number;
  /**
   * How long ENTITY_MISSING_FROM_STORE waits before it reads the ids the registry and a store
   * disagree on again (the registry learns from the bus, moments after the stores). @default 3000
   */
  entityRecheckMs?: number;
  /** ENTITY_MISSING_FROM_STORE's id reads: ids per page and pages per kind and side (facts.ts). @default 5000, 40 */
  entityIdPages?: { size: number; pages: number };
}

export interface ReconcileInput {
  scope?: { checks?: readonly string[] | null; projectIds?: readonly string[] | null } | null;
  idempotencyKey: string;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const TERMINAL = new Set(['COMPLETED', 'FAILED', 'COMPENSATED']);

export function createReconciliation(options: ReconciliationOptions) {
  const { store, workflows, engine, systems } = options;
  const owner = randomUUID();
  const leaseMs = options.leaseMs ?? 30_000;
  const waitMs = options.waitMs ?? 30_000;
  const answerWithinMs = options.answerWithinMs ?? 8_000;
  const until = () => new Date(Date.now() + leaseMs).toISOString();
  const today = () => options.asOf() ?? new Date().toISOString().slice(0, 10);
  const scans = new Set<Promise<unknown>>();

  function keyProblem(key: unknown): UserErrorShape | null {
    const problem = typeof key === 'string' ? textProblem(key, { max: 255, required: true }) : 'is required';
    return problem ? userError('INVALID_IDEMPOTENCY_KEY', `idempotencyKey ${problem}: it must be 1 to 255 characters`, 'idempotencyKey') : null;
  }

  /** The scope as stored: the checks in scan order, the projects sorted; or the refusals. */
  function scopeOf(input: ReconcileInput): { checks: Check[]; projectIds: string[] | null } | { userErrors: UserErrorShape[] } {
    const checks = input.scope?.checks ?? null;
    const projectIds = input.scope?.projectIds ?? null;
    const errors: UserErrorShape[] = [];
    if (checks) {
      const unknown = checks.filter((check) => !(CHECKS as readonly string[]).includes(check));
      if (unknown.length)
        errors.push({ code: 'INVALID_SCOPE', message: `Unknown checks: ${unknown.slice(0, 5).join(', ')}`, field: ['input', 'scope', 'checks'] });
      else if (new Set(checks).size !== checks.length)
        errors.push({ code: 'INVALID_SCOPE', message: 'A check is listed twice', field: ['input', 'scope', 'checks'] });
      else if (checks.length === 0)
        errors.push({ code: 'INVALID_SCOPE', message: 'Give at least one check, or none for every check', field: ['input', 'scope', 'checks'] });
    }
    if (projectIds) {
      if (projectIds.length === 0 || projectIds.length > MAX_SCOPE_PROJECTS) {
        errors.push({
          code: 'INVALID_SCOPE',
          message: `Give 1 to ${MAX_SCOPE_PROJECTS} projects, or none for every project`,
          field: ['input', 'scope', 'projectIds'],
        });
      } else {
        const bad = projectIds.findIndex((id) => tryNativeId('Project', id) === null);
        if (bad >= 0) errors.push({ code: 'INVALID_SCOPE', message: `projectIds[${bad}] is not a project id`, field: ['input', 'scope', 'projectIds'] });
      }
    }
    if (errors.length) return { userErrors: errors };
    return {
      checks: checks ? CHECKS.filter((check) => checks.includes(check)) : [...CHECKS],
      projectIds: projectIds ? [...new Set(projectIds)].sort() : null,
    };
  }

  /** The run once it is no longer RUNNING, or as it stands at `deadline`; a run whose process died is FAILED. */
  async function settled(run: RunRow, deadline: number): Promise<RunRow> {
    let current = run;
    while (current.status === 'RUNNING' && Date.now() < deadline) {
      if (current.lease_until && current.lease_until < new Date().toISOString()) await store.failAbandonedRuns(new Date().toISOString());
      await sleep(50);
      current = (await store.runsByIds([run.id]))[0] ?? current;
    }
    return current;
  }

  /** Takes the scan lease, waiting for another scan to end; false after `waitMs`. */
  async function takeScanLease(): Promise<boolean> {
    const deadline = Date.now() + waitMs;
    for (;;) {
      if (await store.claimLease(SCAN_LEASE, owner, new Date().toISOString(), until())) return true;
      if (Date.now() >= deadline) return false;
      await sleep(100);
    }
  }

  /** Opens or refreshes the finding of each drift; closes those of the scope no longer seen. */
  async function scan(run: RunRow, checks: readonly Check[], projectIds: readonly string[] | null) {
    const facts = createFacts({
      systems,
      correlationId: run.correlation_id,
      asOf: today(),
      approvedTimeDays: APPROVED_TIME_DAYS,
      worklogsBefore: new Date(Date.now() - WORKLOG_GRACE_MS).toISOString(),
      entityRecheckMs: options.entityRecheckMs ?? ENTITY_RECHECK_MS,
      idPages: options.entityIdPages,
    });
    const customerOfProject = async (projectId: string) => {
      const projects = await facts.psaProjects();
      return projects.items.find((project) => project.id === projectId)?.customerId;
    };
    const inScope = (projectId: string | null) => projectIds === null || (projectId !== null && projectIds.includes(projectId));
    const seen = new Set<string>();
    const complete: Check[] = [];
    const counts = { opened: 0, still_open: 0, closed: 0 };
    const now = () => new Date().toISOString();
    const timings: Record<string, number> = {};
    for (const check of checks) {
      const startedAt = Date.now();
      const outcome = await runCheck(check, facts);
      timings[check] = Date.now() - startedAt;
      if (outcome.complete) complete.push(check);
      const drifts = outcome.drifts.filter((drift) => inScope(drift.projectId));
      const existing = new Map((await store.findingsByKeys(drifts.map((drift) => drift.dedupeKey))).map((row) => [row.dedupe_key, row]));
      const exceptions = new Map(
        (await workflows.exceptionsByIds([...existing.values()].map((row) => row.exception_id))).map((exception) => [exception.id, exception]),
      );
      for (const drift of drifts) {
        seen.add(drift.dedupeKey);
        const finding = existing.get(drift.dedupeKey);
        const exception = finding ? exceptions.get(finding.exception_id) : undefined;
        // A person resolved it (accepted the drift): it stays closed.
        if (finding && exception?.status === 'RESOLVED' && exception.resolved_by !== 'system') {
          if (finding.status !== 'CLOSED') await store.closeFinding(finding.id, exception.resolved_at ?? now());
          continue;
        }
        // The customer of the project, where the check did not name one.
        if (drift.customerId === null && drift.projectId !== null) drift.customerId = (await customerOfProject(drift.projectId)) ?? null;
        const raised = await workflows.raiseBusinessException({
          kind: 'RECONCILIATION',
          dedupeKey: drift.dedupeKey,
          step: drift.check,
          system: drift.system,
          cause: drift.summary,
          customerId: drift.customerId,
          projectId: drift.projectId,
          amount: drift.amount,
          currency: drift.currency,
          context: contextOf(drift),
        });
        const reopened = !finding || finding.status === 'CLOSED' || finding.exception_id !== raised.exception.id;
        if (reopened) counts.opened++;
        else counts.still_open++;
        await store.upsertFinding(findingRow(drift, raised.exception.id, finding?.id ?? `fnd_${randomUUID()}`, now()));
        // A replay that ended without fixing the drift, or whose claim died with its process: open again.
        if (finding?.status === 'REPLAYING' && finding.replay_workflow_id) {
          const [workflow] = await workflows.workflowsByIds([finding.replay_workflow_id]);
          if (workflow && TERMINAL.has(workflow.status)) await store.reopenAfterReplay(finding.id, finding.replay_workflow_id);
        } else if (finding?.status === 'REPLAYING') await store.reopenAbandonedClaim(finding.id, new Date().toISOString());
      }
      await renewLease();
    }
    logger.info({ run: run.id, ms: timings }, 'reconciliation checks ran');
    for (const finding of await store.unclosedFindings(complete)) {
      if (seen.has(finding.dedupe_key) || !inScope(finding.project_id)) continue;
      await workflows.closeBusinessException('RECONCILIATION', finding.dedupe_key, `Reconciliation run ${run.id} no longer sees the drift`);
      await store.closeFinding(finding.id, now());
      counts.closed++;
    }
    return counts;
  }

  async function renewLease() {
    if (!(await store.claimLease(SCAN_LEASE, owner, new Date().toISOString(), until()))) throw new Error('the scan lease was taken over');
  }

  /** Runs a stored run's scan under the scan lease and records its outcome. */
  async function execute(run: RunRow): Promise<RunRow> {
    const checks = JSON.parse(run.checks) as Check[];
    const projectIds = run.project_ids ? (JSON.parse(run.project_ids) as string[]) : null;
    const heartbeat = setInterval(
      () => {
        void store.updateRun(run.id, { lease_until: until() }).catch(() => undefined);
        void store.claimLease(SCAN_LEASE, owner, new Date().toISOString(), until()).catch(() => undefined);
      },
      Math.max(10, Math.floor(leaseMs / 3)),
    );
    heartbeat.unref();
    let leased = false;
    try {
      leased = await takeScanLease();
      if (!leased) {
        await store.updateRun(run.id, { status: 'FAILED', finished_at: new Date().toISOString(), error: 'another scan held the lease too long' });
      } else {
        const counts = await scan(run, checks, projectIds);
        const finishedAt = new Date().toISOString();
        await store.updateRun(run.id, { status: 'COMPLETED', finished_at: finishedAt, ...counts });
        await workflows.appendAudit([
          {
            at: finishedAt,
            actor_sub: run.actor_sub,
            actor_roles: '[]',
            action: 'reconcile',
            entity_type: 'ReconciliationRun',
            entity_id: run.id,
            before_json: null,
            after_json: JSON.stringify({ checks, projectIds, ...counts }),
            correlation_id: run.correlation_id,
            workflow_id: null,
            request_key: `reconcile:${run.id}`,
          },
        ]);
      }
    } catch (error) {
      logger.warn({ err: error, run: run.id }, 'reconciliation scan failed');
      await store.updateRun(run.id, { status: 'FAILED', finished_at: new Date().toISOString(), error: (error as Error).message.slice(0, 500) });
    } finally {
      clearInterval(heartbeat);
      if (leased) await store.releaseLease(SCAN_LEASE, owner).catch(() => undefined);
    }
    return (await store.runsByIds([run.id]))[0] ?? run;
  }

  /** Starts (or, same key and scope, answers with) a run for `actor`. */
  async function reconcileAs(
    actor: Principal,
    input: ReconcileInput,
    correlationId: string,
    answerBy: number | null,
  ): Promise<{ run: RunRow | null; userErrors: UserErrorShape[] }> {
    const deadline = answerBy ?? Number.POSITIVE_INFINITY;
    const badKey = keyProblem(input.idempotencyKey);
    if (badKey) return { run: null, userErrors: [{ ...badKey, field: ['input', 'idempotencyKey'] }] };
    const scope = scopeOf(input);
    if ('userErrors' in scope) return { run: null, userErrors: scope.userErrors };
    const hash = requestHash('reconcile', scope);
    const replay = async () => {
      const existing = await store.runByKey(actor.sub, input.idempotencyKey);
      if (!existing) return null;
      if (existing.request_hash !== hash) throw idempotencyKeyReused();
      return { run: await settled(existing, deadline), userErrors: [] };
    };
    const earlier = await replay();
    if (earlier) return earlier;
    const run: RunRow = {
      id: `rcn_${randomUUID()}`,
      scope: actor.sub,
      idempotency_key: input.idempotencyKey,
      request_hash: hash,
      status: 'RUNNING',
      checks: JSON.stringify(scope.checks),
      project_ids: scope.projectIds ? JSON.stringify(scope.projectIds) : null,
      actor_sub: actor.sub,
      correlation_id: correlationId,
      started_at: new Date().toISOString(),
      finished_at: null,
      opened: 0,
      still_open: 0,
      closed: 0,
      error: null,
      lease_until: until(),
    };
    if (!(await store.createRun(run))) {
      // Another caller with this key won the race: its run is ours.
      const winner = await replay();
      if (winner) return winner;
      throw new Error(`reconciliation run with key ${input.idempotencyKey} neither created nor found`);
    }
    const scanning = execute(run);
    scans.add(scanning);
    void scanning.finally(() => scans.delete(scanning));
    if (answerBy === null) return { run: await scanning, userErrors: [] };
    // Past the answer deadline: answered RUNNING; the scan goes on here.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), Math.max(0, answerBy - Date.now()));
    });
    const done = await Promise.race([scanning, late]);
    clearTimeout(timer);
    return { run: done ?? (await store.runsByIds([run.id]))[0] ?? run, userErrors: [] };
  }

  /** Whether the drift a finding names is still there (read again from its system). */
  async function stillDrifting(finding: FindingRow, correlationId: string): Promise<boolean> {
    const input = JSON.parse(finding.replay_input ?? '{}') as { timeEntryIds?: string[]; worklogId?: string };
    if (finding.replay === 'postApprovedTime') {
      const { timeEntries } = await systems.systemRead('PSA', ReconciliationTimecardsDocument, { ids: input.timeEntryIds ?? [] }, correlationId);
      return timeEntries.some((entry) => entry.status === 'APPROVED');
    }
    if (finding.replay === 'replaySyncWorklog') {
      const { unsyncedWorklogs } = await systems.systemRead(
        'DELIVERY',
        UnsyncedWorklogsDocument,
        { createdBefore: '9999-12-31T23:59:59Z', ids: input.worklogId ? [input.worklogId] : [], first: 1 },
        correlationId,
      );
      return unsyncedWorklogs.items.length > 0;
    }
    return true;
  }

  return {
    /** reconcile for a caller: finance or admin. */
    reconcile(principal: Principal | null, input: ReconcileInput, correlationId: string) {
      const answerBy = Date.now() + answerWithinMs;
      return reconcileAs(authorize(principal, ['finance'], 'reconcile'), input, correlationId, answerBy);
    },
    /** The scheduled scan, as the workflows service: one run per `slot` (its key), whichever process gets there first. */
    scheduled(actor: Principal, slot: number) {
      return reconcileAs(actor, { idempotencyKey: `scheduled:${slot}` }, `reconcile-${slot}`, null);
    },

    /** replayFinding: runs the finding's missing step through its governed workflow (see the module comment). */
    async replay(
      principal: Principal | null,
      input: { findingId: string; idempotencyKey: string },
      correlationId: string,
    ): Promise<{ finding: FindingRow | null; workflowId: string | null; userErrors: UserErrorShape[] }> {
      const actor = authorize(principal, ['finance'], 'replayFinding');
      const badKey = keyProblem(input.idempotencyKey);
      if (badKey) return { finding: null, workflowId: null, userErrors: [{ ...badKey, field: ['input', 'idempotencyKey'] }] };
      const [finding] = typeof input.findingId === 'string' && input.findingId.length <= 64 ? await store.findingsByIds([input.findingId]) : [];
      if (!finding) return { finding: null, workflowId: null, userErrors: [userError('FINDING_NOT_FOUND', 'No such finding', 'findingId')] };
      if (!finding.replay) {
        return {
          finding,
          workflowId: null,
          userErrors: [
            userError(
              'FINDING_NOT_REPLAYABLE',
              `A ${finding.check_name} finding has no step to replay: a person decides (resolve its exception with a note)`,
              'findingId',
            ),
          ],
        };
      }
      const start = () =>
        engine.start(finding.replay as string, actor, { ...JSON.parse(finding.replay_input ?? '{}'), idempotencyKey: input.idempotencyKey }, correlationId);
      const answer = async (outcome: { workflowId: string | null; userErrors: UserErrorShape[] }) => {
        const [after] = await store.findingsByIds([finding.id]);
        return { finding: after ?? finding, workflowId: outcome.workflowId, userErrors: outcome.userErrors };
      };
      // The same key again: the engine answers with the workflow it ran (or IDEMPOTENCY_KEY_REUSED).
      if (await workflows.idempotencyKey(actor.sub, input.idempotencyKey)) return answer(await start());
      const fixed = () => ({
        finding,
        workflowId: null,
        userErrors: [userError('FINDING_ALREADY_FIXED', 'The drift is gone; the next reconciliation closes the finding', 'findingId')],
      });
      if (finding.status === 'CLOSED') return fixed();
      const replaying = (current: FindingRow) => ({
        finding: current,
        workflowId: current.replay_workflow_id,
        userErrors: [userError('FINDING_REPLAYING', 'A replay of this finding is running', 'findingId')],
      });
      // A claim is named by its caller and key, so a call that finds a claim knows whether it is its own key's.
      const claimId = createHash('sha256').update(`${actor.sub}\u0000${input.idempotencyKey}`).digest('base64url');
      /** Another call holds the replay: one with this same key is this call's answer, once its workflow is recorded. */
      const followOther = async () => {
        const deadline = Date.now() + waitMs;
        let current = (await store.findingsByIds([finding.id]))[0] ?? finding;
        while (current.replay_claim_id === claimId && Date.now() < deadline) {
          if (await workflows.idempotencyKey(actor.sub, input.idempotencyKey)) return answer(await start());
          await sleep(50);
          current = (await store.findingsByIds([finding.id]))[0] ?? current;
        }
        if (await workflows.idempotencyKey(actor.sub, input.idempotencyKey)) return answer(await start());
        return replaying(current);
      };
      const claimLive = finding.replay_claimed_until !== null && finding.replay_claimed_until >= new Date().toISOString();
      if (finding.status === 'REPLAYING' && claimLive) return followOther();
      const [last] = finding.replay_workflow_id ? await workflows.workflowsByIds([finding.replay_workflow_id]) : [];
      if (finding.status === 'REPLAYING' && last && !TERMINAL.has(last.status)) return replaying(finding);
      if (!(await stillDrifting(finding, correlationId))) return fixed();
      // The claim: one replay at a time per finding, across callers and processes, held while the
      // workflow runs (renewed) and ended with the finding's status as the workflow left it.
      if (!(await store.claimReplay(finding.id, finding.status, finding.replay_workflow_id, claimId, until(), new Date().toISOString()))) {
        return followOther();
      }
      const renewal = setInterval(
        () => void store.renewReplayClaim(finding.id, claimId, until()).catch(() => undefined),
        Math.max(10, Math.floor(leaseMs / 3)),
      );
      let outcome: Awaited<ReturnType<typeof start>>;
      try {
        outcome = await start();
      } catch (error) {
        clearInterval(renewal);
        await store.releaseReplayClaim(finding.id, claimId, 'OPEN', null);
        throw error;
      }
      clearInterval(renewal);
      const [workflow] = outcome.workflowId ? await workflows.workflowsByIds([outcome.workflowId]) : [];
      // Refused, parked or undone: the drift stands and the finding is open again.
      const driftStands = !workflow || workflow.status === 'FAILED' || workflow.status === 'COMPENSATED';
      await store.releaseReplayClaim(finding.id, claimId, driftStands ? 'OPEN' : 'REPLAYING', outcome.workflowId);
      return answer(outcome);
    },

    /** Waits for the scans in flight (the workflows service's stop). */
    async drain(): Promise<void> {
      await Promise.allSettled([...scans]);
    },
  };
}

export type Reconciliation = ReturnType<typeof createReconciliation>;

/** The exception's business context: the check, the records (system:type:id), then the check's own lines. */
function contextOf(drift: Drift) {
  return [
    { label: 'check', value: drift.check },
    { label: 'records', value: drift.records.map((record) => `${record.system}:${record.entityType}:${record.id}`).join(', ') },
    ...drift.context,
  ];
}

function findingRow(drift: Drift, exceptionId: string, id: string, now: string): FindingRow {
  return {
    id,
    dedupe_key: drift.dedupeKey,
    check_name: drift.check,
    status: 'OPEN',
    summary: drift.summary,
    records: JSON.stringify(drift.records),
    customer_id: drift.customerId,
    project_id: drift.projectId,
    amount: drift.amount,
    currency: drift.currency,
    replay: drift.replay?.type ?? null,
    replay_input: drift.replay ? JSON.stringify(drift.replay.input) : null,
    exception_id: exceptionId,
    detected_at: now,
    last_seen_at: now,
    closed_at: null,
    replay_workflow_id: null,
    replay_claim_id: null,
    replay_claimed_until: null,
  };
}
