/** The workflows store on node:sqlite or PostgreSQL. */
import { randomUUID } from 'node:crypto';
import { appendToOutbox } from '../../../platform/events/outbox.ts';
import type { DomainEvent } from '../../../platform/events/types.ts';
import { WhereBuilder } from '../../shared/filters.ts';
import { allWhereIn, countRows, placeholders, type SqlDatabase, type SqlParam } from '../../../platform/sql.ts';
import type {
  AuditListFilter,
  AuditRecord,
  ExceptionKind,
  ExceptionListFilter,
  ExceptionRecord,
  NewBusinessException,
  IdempotencyRecord,
  NewAuditEntry,
  NewTrigger,
  StepRecord,
  TriggerRecord,
  WorkflowListFilter,
  WorkflowRecord,
  WorkflowStore,
} from './types.ts';

function workflowWhere(filter: WorkflowListFilter): WhereBuilder {
  return new WhereBuilder()
    .when(filter.type, 'type = ?')
    .whenIn('status', filter.statuses)
    .when(filter.subjectId, 'subject_id = ?')
    .when(filter.customerId, 'customer_id = ?');
}

function exceptionWhere(filter: ExceptionListFilter): WhereBuilder {
  return new WhereBuilder()
    .when(filter.status, 'status = ?')
    .when(filter.kind, 'kind = ?')
    .when(filter.projectId, 'project_id = ?')
    .when(filter.customerId, 'customer_id = ?');
}

function auditWhere(filter: AuditListFilter): WhereBuilder {
  return new WhereBuilder().when(filter.entityId, 'entity_id = ?').when(filter.actor, 'actor_sub = ?').when(filter.from, 'at >= ?').when(filter.to, 'at <= ?');
}

/** "<time>|<id>" keyset after-condition for newest-first lists. */
function newestFirstAfter(where: WhereBuilder, timeColumn: string, afterKey: string | null): WhereBuilder {
  if (afterKey === null) return where;
  const [time, id] = afterKey.split('|');
  return where.always(`(${timeColumn} < ? OR (${timeColumn} = ? AND id < ?))`, time ?? '', time ?? '', id ?? '');
}

/** ExceptionRaised's data; `kind` comes from the parked step's definition (null for most steps). */
function exceptionData(
  exception: Pick<ExceptionRecord, 'step' | 'system' | 'cause' | 'project_id' | 'customer_id'>,
  kind: string | null,
): Record<string, unknown> {
  return {
    kind,
    step: exception.step,
    system: exception.system,
    cause: exception.cause,
    projectId: exception.project_id,
    customerId: exception.customer_id,
  };
}

async function insertAudit(db: SqlDatabase, entries: readonly NewAuditEntry[]): Promise<void> {
  for (const entry of entries) {
    const columns = Object.keys(entry) as (keyof NewAuditEntry)[];
    await db.run(
      `INSERT INTO audit_entry (${columns.join(', ')}) VALUES (${placeholders(columns.length)}) ON CONFLICT DO NOTHING`,
      columns.map((column) => entry[column] as SqlParam),
    );
  }
}

/**
 * Appends a hub event about a workflow to the outbox, in the caller's transaction: WorkflowUpdated
 * on every stored state change, WorkflowFailed and ExceptionRaised when one is parked.
 */
async function emit(
  tx: SqlDatabase,
  type: string,
  aggregateId: string,
  workflowId: string,
  data: Record<string, unknown>,
  toState: string | null = null,
): Promise<void> {
  const workflow = await tx.get<{ correlation_id: string; type: string; status: string; subject_id: string | null; customer_id: string | null }>(
    'SELECT correlation_id, type, status, subject_id, customer_id FROM workflow WHERE id = ?',
    [workflowId],
  );
  if (!workflow) return;
  const event: DomainEvent = {
    id: randomUUID(),
    type,
    aggregateId,
    fromState: null,
    toState: toState ?? (workflow.status === 'COMPENSATING' ? 'RUNNING' : workflow.status),
    occurredAt: new Date().toISOString(),
    source: 'HUB',
    correlationId: workflow.correlation_id,
    causationId: workflowId,
    data: { workflowType: workflow.type, workflowId, subjectId: workflow.subject_id, customerId: workflow.customer_id, ...data },
  };
  await appendToOutbox(tx, event);
}

/** ExceptionRaised for an exception no workflow raised: its own correlation, the hub as its source. */
async function emitBusinessException(tx: SqlDatabase, row: ExceptionRecord): Promise<void> {
  await appendToOutbox(tx, {
    id: randomUUID(),
    type: 'ExceptionRaised',
    aggregateId: row.id,
    fromState: null,
    toState: 'OPEN',
    occurredAt: row.raised_at,
    source: 'HUB',
    correlationId: row.id,
    causationId: null,
    data: { workflowId: null, ...exceptionData(row, row.kind) },
  });
}

/** Listeners of the triggers recorded through each connection in this process (see WorkflowStore.onTriggerRecorded). */
const triggerListeners = new WeakMap<SqlDatabase, Set<() => void>>();

/**
 * Inserts a trigger once (a repeat of its key writes nothing) and tells the engines over the same
 * connection in this process; resolves to whether it was new.
 */
export async function insertTrigger(db: SqlDatabase, trigger: NewTrigger): Promise<boolean> {
  const inserted =
    (await db.run('INSERT INTO workflow_trigger (id, type, input, cause, correlation_id, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING', [
      trigger.id,
      trigger.type,
      trigger.input,
      trigger.cause,
      trigger.correlation_id,
      trigger.created_at,
    ])) === 1;
  if (inserted) for (const listener of triggerListeners.get(db) ?? []) listener();
  return inserted;
}

export function createSqlWorkflowStore(db: SqlDatabase): WorkflowStore {
  return {
    async createWorkflow({ workflow, steps, key }) {
      return db.transaction(async (tx) => {
        const now = workflow.started_at;
        const claimed = await tx.run(
          'INSERT INTO idempotency_key (scope, idempotency_key, mutation, request_hash, workflow_id, created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
          [key.scope, key.idempotency_key, key.mutation, key.request_hash, workflow.id, now],
        );
        if (claimed === 0) return false;
        const row = { ...workflow, state: '{}', user_errors: '[]' };
        const columns = Object.keys(row) as (keyof typeof row)[];
        await tx.run(
          `INSERT INTO workflow (${columns.join(', ')}) VALUES (${placeholders(columns.length)})`,
          columns.map((c) => row[c] as SqlParam),
        );
        for (const [position, step] of steps.entries()) {
          await tx.run('INSERT INTO workflow_step (workflow_id, position, name, system, status, attempts) VALUES (?, ?, ?, ?, ?, 0)', [
            workflow.id,
            position,
            step.name,
            step.system,
            'PENDING',
          ]);
        }
        await emit(tx, 'WorkflowUpdated', workflow.id, workflow.id, {});
        return true;
      });
    },
    async idempotencyKey(scope, key) {
      return (await db.get<IdempotencyRecord>('SELECT * FROM idempotency_key WHERE scope = ? AND idempotency_key = ?', [scope, key])) ?? null;
    },
    pruneIdempotencyKeys: (before) => db.run('DELETE FROM idempotency_key WHERE created_at < ?', [before]),
    workflowsByIds: (ids) => allWhereIn<WorkflowRecord>(db, 'SELECT * FROM workflow WHERE id IN (:ids)', ids),
    stepsByWorkflowIds: (ids) => allWhereIn<StepRecord>(db, 'SELECT * FROM workflow_step WHERE workflow_id IN (:ids) ORDER BY workflow_id, position', ids),
    async listWorkflows(filter, page) {
      const where = newestFirstAfter(workflowWhere(filter), 'started_at', page.afterKey);
      return db.all<WorkflowRecord>(`SELECT * FROM workflow${where.toSql()} ORDER BY started_at DESC, id DESC LIMIT ?`, [...where.params, page.limit + 1]);
    },
    countWorkflows(filter) {
      const where = workflowWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM workflow${where.toSql()}`, where.params);
    },
    workflowsToResume: (statuses, now) =>
      db.all<WorkflowRecord>(
        `SELECT * FROM workflow WHERE status IN (${placeholders(statuses.length)}) AND (lease_until IS NULL OR lease_until < ?) ORDER BY started_at`,
        [...statuses, now],
      ),
    async claimLease(workflowId, owner, now, until) {
      const changed = await db.run(
        'UPDATE workflow SET lease_owner = ?, lease_until = ? WHERE id = ? AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < ?)',
        [owner, until, workflowId, owner, now],
      );
      return changed === 1;
    },
    async renewLease(workflowId, owner, until) {
      return (await db.run('UPDATE workflow SET lease_until = ? WHERE id = ? AND lease_owner = ?', [until, workflowId, owner])) === 1;
    },
    async releaseLease(workflowId, owner) {
      await db.run('UPDATE workflow SET lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ?', [workflowId, owner]);
    },
    async updateStep(workflowId, position, fields) {
      const columns = Object.keys(fields) as (keyof typeof fields)[];
      if (columns.length === 0) return;
      await db.run(`UPDATE workflow_step SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE workflow_id = ? AND position = ?`, [
        ...columns.map((c) => fields[c] as SqlParam),
        workflowId,
        position,
      ]);
    },
    async completeStep(workflowId, position, output, state, audit) {
      await db.transaction(async (tx) => {
        await tx.run("UPDATE workflow_step SET status = 'DONE', last_error = NULL, output = ? WHERE workflow_id = ? AND position = ?", [
          JSON.stringify(output),
          workflowId,
          position,
        ]);
        await tx.run('UPDATE workflow SET state = ? WHERE id = ?', [JSON.stringify(state), workflowId]);
        await insertAudit(tx, audit);
        await emit(tx, 'WorkflowUpdated', workflowId, workflowId, { stepDone: position });
      });
    },
    async updateWorkflow(workflowId, fields) {
      const columns = Object.keys(fields) as (keyof typeof fields)[];
      if (columns.length === 0) return;
      await db.transaction(async (tx) => {
        await tx.run(`UPDATE workflow SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
          ...columns.map((c) => fields[c] as SqlParam),
          workflowId,
        ]);
        if (fields.status) await emit(tx, 'WorkflowUpdated', workflowId, workflowId, {});
        if (fields.status === 'FAILED') await emit(tx, 'WorkflowFailed', workflowId, workflowId, {});
      });
    },
    exceptionsByIds: (ids) => allWhereIn<ExceptionRecord>(db, 'SELECT * FROM workflow_exception WHERE id IN (:ids)', ids),
    exceptionsByWorkflowIds: (ids) => allWhereIn<ExceptionRecord>(db, 'SELECT * FROM workflow_exception WHERE workflow_id IN (:ids)', ids),
    async raiseException(exception, kind) {
      return db.transaction(async (tx) => {
        const existing = await tx.get<ExceptionRecord>('SELECT * FROM workflow_exception WHERE workflow_id = ?', [exception.workflow_id]);
        if (existing) {
          await tx.run(
            "UPDATE workflow_exception SET status = 'OPEN', step = ?, system = ?, cause = ?, raised_at = ?, resolved_at = NULL, resolved_by = NULL, resolution_note = NULL WHERE id = ?",
            [exception.step, exception.system, exception.cause, exception.raised_at, existing.id],
          );
          await emit(tx, 'ExceptionRaised', existing.id, exception.workflow_id, exceptionData(exception, kind), 'OPEN');
          return { ...existing, ...exception, id: existing.id, status: 'OPEN', resolved_at: null, resolved_by: null, resolution_note: null };
        }
        const row: ExceptionRecord = {
          ...exception,
          kind: 'WORKFLOW',
          dedupe_key: null,
          context: '[]',
          status: 'OPEN',
          resolved_at: null,
          resolved_by: null,
          resolution_note: null,
        };
        const columns = Object.keys(row) as (keyof ExceptionRecord)[];
        await tx.run(
          `INSERT INTO workflow_exception (${columns.join(', ')}) VALUES (${placeholders(columns.length)})`,
          columns.map((c) => row[c] as SqlParam),
        );
        await emit(tx, 'ExceptionRaised', row.id, exception.workflow_id, exceptionData(row, kind), 'OPEN');
        return row;
      });
    },
    async raiseBusinessException(raised: NewBusinessException) {
      const fields = {
        step: raised.step,
        system: raised.system,
        cause: raised.cause,
        customer_id: raised.customerId,
        project_id: raised.projectId,
        amount: raised.amount,
        currency: raised.currency,
        context: JSON.stringify(raised.context),
      };
      const unresolved = (tx: SqlDatabase) =>
        tx.get<ExceptionRecord>("SELECT * FROM workflow_exception WHERE kind = ? AND dedupe_key = ? AND status <> 'RESOLVED'", [raised.kind, raised.dedupeKey]);
      return db.transaction(async (tx) => {
        const row: ExceptionRecord = {
          id: `exc_${randomUUID()}`,
          workflow_id: null,
          kind: raised.kind,
          dedupe_key: raised.dedupeKey,
          status: 'OPEN',
          ...fields,
          raised_at: new Date().toISOString(),
          resolved_at: null,
          resolved_by: null,
          resolution_note: null,
        };
        const columns = Object.keys(row) as (keyof ExceptionRecord)[];
        // The partial unique index on (kind, dedupe_key) keeps a concurrent opener (another process) to one row.
        const inserted = await tx.run(
          `INSERT INTO workflow_exception (${columns.join(', ')}) VALUES (${placeholders(columns.length)}) ON CONFLICT DO NOTHING`,
          columns.map((c) => row[c] as SqlParam),
        );
        if (inserted === 1) {
          await emitBusinessException(tx, row);
          return { exception: row, opened: true };
        }
        const existing = await unresolved(tx);
        if (!existing) throw new Error(`exception (${raised.kind}, ${raised.dedupeKey}) neither inserted nor found unresolved`);
        const names = Object.keys(fields) as (keyof typeof fields)[];
        await tx.run(`UPDATE workflow_exception SET ${names.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [...names.map((c) => fields[c]), existing.id]);
        return { exception: { ...existing, ...fields }, opened: false };
      });
    },
    async closeBusinessException(kind: ExceptionKind, dedupeKey: string, note: string, resolvedBy = 'system') {
      return db.transaction(async (tx) => {
        const existing = await tx.get<ExceptionRecord>("SELECT * FROM workflow_exception WHERE kind = ? AND dedupe_key = ? AND status <> 'RESOLVED'", [
          kind,
          dedupeKey,
        ]);
        if (!existing) return null;
        const resolved = { status: 'RESOLVED' as const, resolved_at: new Date().toISOString(), resolved_by: resolvedBy, resolution_note: note };
        const changed = await tx.run(
          "UPDATE workflow_exception SET status = 'RESOLVED', resolved_at = ?, resolved_by = ?, resolution_note = ? WHERE id = ? AND status <> 'RESOLVED'",
          [resolved.resolved_at, resolved.resolved_by, resolved.resolution_note, existing.id],
        );
        return changed === 1 ? { ...existing, ...resolved } : null;
      });
    },
    unresolvedBusinessExceptions: (kind, dedupeKeys) =>
      allWhereIn<ExceptionRecord>(db, "SELECT * FROM workflow_exception WHERE kind = ? AND status <> 'RESOLVED' AND dedupe_key IN (:ids)", dedupeKeys, [kind]),
    async updateException(id, fields) {
      const columns = Object.keys(fields) as (keyof typeof fields)[];
      if (columns.length === 0) return;
      await db.run(`UPDATE workflow_exception SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`, [
        ...columns.map((c) => fields[c] as SqlParam),
        id,
      ]);
    },
    async claimExceptionRetry(id) {
      return (await db.run("UPDATE workflow_exception SET status = 'RETRYING' WHERE id = ? AND status IN ('OPEN', 'RETRYING')", [id])) === 1;
    },
    async resolveRetriedException(workflowId, fields) {
      await db.run(
        "UPDATE workflow_exception SET status = 'RESOLVED', resolved_at = ?, resolved_by = ?, resolution_note = ? WHERE workflow_id = ? AND status = 'RETRYING'",
        [fields.resolved_at, fields.resolved_by, fields.resolution_note, workflowId],
      );
    },
    async resolveException(id, fields, audit) {
      return db.transaction(async (tx) => {
        const changed = await tx.run(
          "UPDATE workflow_exception SET status = 'RESOLVED', resolved_at = ?, resolved_by = ?, resolution_note = ? WHERE id = ? AND status = 'OPEN'",
          [fields.resolved_at, fields.resolved_by, fields.resolution_note, id],
        );
        if (changed === 0) return false;
        await insertAudit(tx, audit);
        return true;
      });
    },
    async listExceptions(filter, page) {
      const where = newestFirstAfter(exceptionWhere(filter), 'raised_at', page.afterKey);
      return db.all<ExceptionRecord>(`SELECT * FROM workflow_exception${where.toSql()} ORDER BY raised_at DESC, id DESC LIMIT ?`, [
        ...where.params,
        page.limit + 1,
      ]);
    },
    countExceptions(filter) {
      const where = exceptionWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM workflow_exception${where.toSql()}`, where.params);
    },
    recordTrigger: (trigger) => insertTrigger(db, trigger),
    onTriggerRecorded(listener) {
      const listeners = triggerListeners.get(db) ?? new Set<() => void>();
      triggerListeners.set(db, listeners);
      // Its own entry, so the same listener subscribed twice is unsubscribed once each.
      const own = () => listener();
      listeners.add(own);
      return () => void listeners.delete(own);
    },
    triggersToStart: (types, now, limit) =>
      types.length === 0
        ? Promise.resolve([])
        : db.all<TriggerRecord>(
            `SELECT * FROM workflow_trigger WHERE outcome IS NULL AND type IN (${placeholders(types.length)}) AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY created_at, id LIMIT ?`,
            [...types, now, limit],
          ),
    async claimTrigger(id, owner, now, until) {
      const changed = await db.run(
        'UPDATE workflow_trigger SET claimed_by = ?, claimed_until = ? WHERE id = ? AND outcome IS NULL AND (claimed_until IS NULL OR claimed_until < ?)',
        [owner, until, id, now],
      );
      return changed === 1;
    },
    async renewTriggerClaim(id, owner, until) {
      return (await db.run('UPDATE workflow_trigger SET claimed_until = ? WHERE id = ? AND claimed_by = ? AND outcome IS NULL', [until, id, owner])) === 1;
    },
    async releaseTrigger(id, owner, error) {
      await db.run(
        'UPDATE workflow_trigger SET claimed_by = NULL, claimed_until = NULL, attempts = attempts + 1, last_error = ? WHERE id = ? AND claimed_by = ? AND outcome IS NULL',
        [error, id, owner],
      );
    },
    async settleTrigger(id, settlement) {
      const fields = { claimed_by: null, claimed_until: null, ...settlement };
      const columns = Object.keys(fields) as (keyof typeof fields)[];
      const changed = await db.run(`UPDATE workflow_trigger SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ? AND outcome IS NULL`, [
        ...columns.map((c) => fields[c] as SqlParam),
        id,
      ]);
      return changed === 1;
    },
    triggersByIds: (ids) => allWhereIn<TriggerRecord>(db, 'SELECT * FROM workflow_trigger WHERE id IN (:ids)', ids),
    appendAudit: (entries) => insertAudit(db, entries),
    async listAudit(filter, page) {
      const where = auditWhere(filter).when(page.afterKey === null ? null : Number(page.afterKey), 'seq < ?');
      return db.all<AuditRecord>(`SELECT * FROM audit_entry${where.toSql()} ORDER BY seq DESC LIMIT ?`, [...where.params, page.limit + 1]);
    },
    countAudit(filter) {
      const where = auditWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM audit_entry${where.toSql()}`, where.params);
    },
  };
}
