/**
 * The DELIVERY's system-API writes on the bundled store. Each runs in `systemWrite` (idempotent on the
 * request key, rows and outbox events in one transaction) and checks the DELIVERY's own rules inside
 * that transaction, so a concurrent write cannot slip between a check and the write it allows.
 */
import { insertRow, type SqlDatabase, type SqlRow } from '../../../platform/sql.ts';
import { toHubId } from '../../shared/ids.ts';
import { parseScaled } from '../../shared/money.ts';
import { nextNumber, numberedId, RuleViolation, systemWrite, type EntityChange } from '../../shared/system-api.ts';
import { textProblem } from '../../shared/text.ts';
import { workItemStatuses, workItemTypes, workspaceStatuses } from './labels.ts';
import type { DeliveryConnector, WorkItemRecord, WorklogRecord, WorkspaceRecord } from './types.ts';

/** Longest workspace name the DELIVERY stores, in characters. */
export const MAX_NAME_CHARACTERS = 255;
/** Longest worklog comment, in characters. */
export const MAX_COMMENT_CHARACTERS = 2000;
/** Most hours one worklog holds (hundredths). */
const MAX_WORKLOG_HOURS = 2400;
/** A workspace key: upper-case letters and digits, 2 to 10, starting with a letter. */
export const WORKSPACE_KEY = /^[A-Z][A-Z0-9]{1,9}$/;
/** Jira numbers projects from 10000; the first workspace of an empty store is 10001. */
const FIRST_WORKSPACE_NUMBER = 10001;
/** Derived keys tried before giving up (ACME, ACME2, … ACME999). */
const MAX_KEY_CANDIDATES = 999;
/** Most epics a provisioned workspace starts with (one per milestone). */
const MAX_PROVISIONED_EPICS = 100;

type Writes = Pick<DeliveryConnector, 'provisionWorkspace' | 'removeWorkspace' | 'setWorkItemStatus' | 'recordWorklog' | 'markWorklogSynced'>;

function change(entity: string, entityId: string, before: object | null, after: object | null): EntityChange {
  return { entity, entityId, before: before as SqlRow | null, after: after as SqlRow | null };
}

/**
 * The key a name suggests: the letters (accents dropped) of its first word of two letters or more,
 * upper-cased, at most 10; else all its letters; else WS.
 */
export function keyFromName(name: string): string {
  const letters = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .split(/[^A-Z]+/)
    .filter(Boolean);
  const word = letters.find((candidate) => candidate.length >= 2) ?? letters.join('');
  return (word.length >= 2 ? word : 'WS').slice(0, 10);
}

/** The n-th key derived from `base`: base itself, then base2, base3, … (the base cut to fit 10 characters). */
function keyCandidate(base: string, n: number): string {
  if (n === 1) return base;
  const suffix = String(n);
  return `${base.slice(0, 10 - suffix.length)}${suffix}`;
}

/** The next numeric workspace id: after the largest in the store (seeded data), from 10001. */
async function nextWorkspaceId(tx: SqlDatabase): Promise<string> {
  const name = 'workspace.id';
  const row = await tx.get<{ value: number }>('UPDATE id_sequence SET value = value + 1 WHERE name = ? RETURNING value', [name]);
  if (row) return String(row.value);
  const max = await tx.get<{ n: number | null }>('SELECT MAX(CAST(id AS BIGINT)) AS n FROM workspace');
  const start = Math.max(Number(max?.n ?? 0) + 1, FIRST_WORKSPACE_NUMBER);
  await tx.run('INSERT INTO id_sequence (name, value) VALUES (?, ?)', [name, start]);
  return String(start);
}

async function workspaceOfProject(tx: SqlDatabase, projectRef: string): Promise<WorkspaceRecord | undefined> {
  return tx.get<WorkspaceRecord>('SELECT * FROM workspace WHERE project_ref = ?', [projectRef]);
}

async function keyTaken(tx: SqlDatabase, key: string): Promise<boolean> {
  return (await tx.get('SELECT 1 AS taken FROM workspace WHERE key = ?', [key])) !== undefined;
}

async function workItemOf(tx: SqlDatabase, workItemId: string): Promise<{ item: WorkItemRecord; workspace: WorkspaceRecord }> {
  const item = await tx.get<WorkItemRecord>('SELECT i.*, s.customer_id FROM work_item i JOIN workspace s ON s.id = i.workspace_id WHERE i.id = ?', [
    workItemId,
  ]);
  const workspace = item ? await tx.get<WorkspaceRecord>('SELECT * FROM workspace WHERE id = ?', [item.workspace_id]) : undefined;
  if (!item || !workspace) throw new RuleViolation('WORK_ITEM_NOT_FOUND', `No work item ${workItemId} in the DELIVERY`, ['workItemId']);
  return { item, workspace };
}

/** A stored row without the joined columns, as the audit trail records it. */
function stored<Row extends { customer_id: string }>(row: Row): Omit<Row, 'customer_id'> {
  const { customer_id: _joined, ...own } = row;
  return own;
}

/** The hub ids a work item's events carry. */
function workItemData(item: WorkItemRecord, workspace: WorkspaceRecord) {
  return {
    workItemId: toHubId('WorkItem', item.id),
    workspaceId: toHubId('Workspace', workspace.id),
    projectId: toHubId('Project', workspace.project_ref),
  };
}

export function createSqlDeliveryWrites(db: SqlDatabase): Writes {
  return {
    provisionWorkspace: (request, input) =>
      systemWrite(db, 'DELIVERY', 'provisionWorkspace', request, input, async ({ tx, emit }) => {
        const existing = (workspace: WorkspaceRecord) => ({ changes: [], result: { workspaceId: toHubId('Workspace', workspace.id), key: workspace.key } });
        // One workspace per project, ever, whatever the request key: a provisioned project returns its workspace.
        const provisioned = await workspaceOfProject(tx, input.projectId);
        if (provisioned) return existing(provisioned);
        const name = input.name.trim();
        const nameProblem = textProblem(name, { max: MAX_NAME_CHARACTERS, required: true });
        if (nameProblem) throw new RuleViolation('INVALID_NAME', `The workspace name ${nameProblem}`, ['name']);
        if (input.milestones.length > MAX_PROVISIONED_EPICS) {
          throw new RuleViolation('INVALID_MILESTONES', `At most ${MAX_PROVISIONED_EPICS} milestones start a workspace`, ['milestones']);
        }
        for (const milestone of input.milestones) {
          const problem = textProblem(milestone.name, { max: MAX_NAME_CHARACTERS, required: true });
          if (problem) throw new RuleViolation('INVALID_MILESTONES', `A milestone's name ${problem}`, ['milestones']);
        }
        if (input.key !== null && !WORKSPACE_KEY.test(input.key)) {
          throw new RuleViolation('INVALID_WORKSPACE_KEY', 'A workspace key is 2 to 10 upper-case letters and digits, starting with a letter', ['key']);
        }
        const base = keyFromName(name);
        let id = await nextWorkspaceId(tx);
        for (let n = 1; n <= MAX_KEY_CANDIDATES; ) {
          const key = input.key ?? keyCandidate(base, n);
          if (await keyTaken(tx, key)) {
            if (input.key !== null) throw new RuleViolation('WORKSPACE_KEY_TAKEN', `Another workspace has the key ${key}`, ['key']);
            n++;
            continue;
          }
          const row: WorkspaceRecord = {
            id,
            key,
            name,
            status: workspaceStatuses.labelOf('ACTIVE'),
            customer_id: input.customerId,
            project_ref: input.projectId,
            created_at: new Date().toISOString(),
          };
          // The unique project_ref and key back the checks above: a concurrent provision that committed
          // first makes this insert a no-op (on PostgreSQL, a serialization failure: run again, it finds it).
          const inserted = await tx.run(
            'INSERT INTO workspace (id, key, name, status, customer_id, project_ref, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
            [row.id, row.key, row.name, row.status, row.customer_id, row.project_ref, row.created_at],
          );
          if (inserted === 0) {
            const concurrent = await workspaceOfProject(tx, input.projectId);
            if (concurrent) return existing(concurrent);
            if (!(await keyTaken(tx, key))) {
              // The id was taken (a row written around the sequence): the next one, same key.
              id = await nextWorkspaceId(tx);
              continue;
            }
            if (input.key !== null) throw new RuleViolation('WORKSPACE_KEY_TAKEN', `Another workspace has the key ${key}`, ['key']);
            n++;
            continue;
          }
          const hubId = toHubId('Workspace', id);
          const projectId = toHubId('Project', input.projectId);
          await emit({
            type: 'WorkspaceProvisioned',
            aggregateId: hubId,
            fromState: null,
            toState: 'ACTIVE',
            data: { projectId, customerId: toHubId('Customer', input.customerId), key },
          });
          // An epic per milestone, delivering it: the plan the team breaks down into stories.
          const epics: Omit<WorkItemRecord, 'customer_id'>[] = input.milestones.map((milestone, i) => ({
            id: `${key}-${i + 1}`,
            workspace_id: id,
            item_type: workItemTypes.labelOf('EPIC'),
            summary: milestone.name.trim(),
            status: workItemStatuses.labelOf('OPEN'),
            assignee_ref: null,
            milestone_ref: milestone.milestoneId,
            estimate_hours: null,
            remaining_hours: null,
            updated_at: row.created_at,
          }));
          for (const epic of epics) {
            await insertRow(tx, 'work_item', { ...epic });
            await emit({
              type: 'WorkItemCreated',
              aggregateId: toHubId('WorkItem', epic.id),
              fromState: null,
              toState: 'OPEN',
              data: { workspaceId: hubId, projectId, milestoneId: toHubId('Milestone', epic.milestone_ref as string) },
            });
          }
          return {
            changes: [change('Workspace', hubId, null, row), ...epics.map((epic) => change('WorkItem', toHubId('WorkItem', epic.id), null, epic))],
            result: { workspaceId: hubId, key, epicIds: epics.map((epic) => toHubId('WorkItem', epic.id)) },
          };
        }
        throw new RuleViolation('WORKSPACE_KEY_TAKEN', `Every key derived from "${name}" is taken: give one`, ['key']);
      }),

    removeWorkspace: (request, workspaceId) =>
      systemWrite(db, 'DELIVERY', 'removeWorkspace', request, { workspaceId }, async ({ tx, emit }) => {
        const hubId = toHubId('Workspace', workspaceId);
        const before = await tx.get<WorkspaceRecord>('SELECT * FROM workspace WHERE id = ?', [workspaceId]);
        // Compensations run after a partial failure: a workspace that was never made is nothing to undo.
        if (!before) return { changes: [], result: { workspaceId: hubId, outcome: 'NONE' } };
        const status = workspaceStatuses.toCanonical(before.status);
        const data = { projectId: toHubId('Project', before.project_ref), customerId: toHubId('Customer', before.customer_id) };
        // Nothing recorded in it by people yet (the provisioned epics at most): it goes, with its items.
        const logged = await tx.get('SELECT 1 AS found FROM worklog w JOIN work_item i ON i.id = w.work_item_id WHERE i.workspace_id = ? LIMIT 1', [
          workspaceId,
        ]);
        if (!logged) {
          await tx.run('DELETE FROM work_item WHERE workspace_id = ?', [workspaceId]);
          await tx.run('DELETE FROM workspace WHERE id = ?', [workspaceId]);
          await emit({ type: 'WorkspaceRemoved', aggregateId: hubId, fromState: status, toState: null, data });
          return { changes: [change('Workspace', hubId, before, null)], result: { workspaceId: hubId, outcome: 'DELETED' } };
        }
        if (status === 'ARCHIVED') return { changes: [], result: { workspaceId: hubId, outcome: 'NONE' } };
        const after = { ...before, status: workspaceStatuses.labelOf('ARCHIVED') };
        await tx.run('UPDATE workspace SET status = ? WHERE id = ?', [after.status, workspaceId]);
        await emit({ type: 'WorkspaceArchived', aggregateId: hubId, fromState: status, toState: 'ARCHIVED', data });
        return { changes: [change('Workspace', hubId, before, after)], result: { workspaceId: hubId, outcome: 'ARCHIVED' } };
      }),

    setWorkItemStatus: (request, workItemId, status) =>
      systemWrite(db, 'DELIVERY', 'setWorkItemStatus', request, { workItemId, status }, async ({ tx, emit }) => {
        const { item, workspace } = await workItemOf(tx, workItemId);
        const hubId = toHubId('WorkItem', item.id);
        const from = workItemStatuses.toCanonical(item.status);
        if (from === status) return { changes: [], result: { workItemId: hubId, status } };
        const before = stored(item);
        const after = { ...before, status: workItemStatuses.labelOf(status), updated_at: new Date().toISOString() };
        await tx.run('UPDATE work_item SET status = ?, updated_at = ? WHERE id = ?', [after.status, after.updated_at, item.id]);
        const { workspaceId, projectId } = workItemData(item, workspace);
        await emit({
          type: 'WorkItemStatusChanged',
          aggregateId: hubId,
          fromState: from,
          toState: status,
          data: { workspaceId, projectId, milestoneId: item.milestone_ref ? toHubId('Milestone', item.milestone_ref) : null },
        });
        return { changes: [change('WorkItem', hubId, before, after)], result: { workItemId: hubId, status } };
      }),

    recordWorklog: (request, input) =>
      systemWrite(db, 'DELIVERY', 'recordWorklog', request, input, async ({ tx, emit }) => {
        const hours = parseScaled(input.hours, 2);
        if (hours === null || hours <= 0 || hours > MAX_WORKLOG_HOURS) {
          throw new RuleViolation('INVALID_HOURS', `A worklog holds more than 0 and at most 24 hours, in hundredths; got "${input.hours}"`, ['hours']);
        }
        if (input.comment !== null) {
          const problem = textProblem(input.comment, { max: MAX_COMMENT_CHARACTERS, multiline: true });
          if (problem) throw new RuleViolation('INVALID_COMMENT', `The comment ${problem}`, ['comment']);
        }
        const { item, workspace } = await workItemOf(tx, input.workItemId);
        if (workspaceStatuses.toCanonical(workspace.status) !== 'ACTIVE') {
          throw new RuleViolation('WORKSPACE_NOT_ACTIVE', `Workspace ${workspace.key} is archived: no time is recorded in it`, ['workItemId']);
        }
        const row: Omit<WorklogRecord, 'customer_id'> = {
          id: numberedId('WL-', await nextNumber(tx, 'worklog', 'id', 'WL-'), 6),
          work_item_id: item.id,
          worker_ref: input.workerId,
          work_date: input.date,
          hours,
          comment: input.comment,
          time_entry_ref: null,
          synced_at: null,
          created_at: new Date().toISOString(),
        };
        await insertRow(tx, 'worklog', row);
        const hubId = toHubId('Worklog', row.id);
        await emit({
          type: 'WorklogRecorded',
          aggregateId: hubId,
          data: { ...workItemData(item, workspace), consultantId: toHubId('Consultant', input.workerId) },
        });
        return { changes: [change('Worklog', hubId, null, row)], result: { worklogId: hubId } };
      }),

    markWorklogSynced: (request, worklogId, timeEntryId) =>
      systemWrite(db, 'DELIVERY', 'markWorklogSynced', request, { worklogId, timeEntryId }, async ({ tx, emit }) => {
        const hubId = toHubId('Worklog', worklogId);
        const result = { worklogId: hubId, timeEntryId: toHubId('TimeEntry', timeEntryId) };
        const worklog = await tx.get<Omit<WorklogRecord, 'customer_id'>>('SELECT * FROM worklog WHERE id = ?', [worklogId]);
        if (!worklog) throw new RuleViolation('WORKLOG_NOT_FOUND', `No worklog ${worklogId} in the DELIVERY`, ['worklogId']);
        if (worklog.time_entry_ref === timeEntryId) return { changes: [], result };
        if (worklog.time_entry_ref !== null) {
          throw new RuleViolation('WORKLOG_ALREADY_SYNCED', `Worklog ${worklogId} became time entry ${worklog.time_entry_ref} already`, ['worklogId']);
        }
        const holder = await tx.get<{ id: string }>('SELECT id FROM worklog WHERE time_entry_ref = ?', [timeEntryId]);
        if (holder) throw new RuleViolation('TIME_ENTRY_ALREADY_LINKED', `Time entry ${timeEntryId} is worklog ${holder.id}'s`, ['timeEntryId']);
        const { item, workspace } = await workItemOf(tx, worklog.work_item_id);
        const after = { ...worklog, time_entry_ref: timeEntryId, synced_at: new Date().toISOString() };
        await tx.run('UPDATE worklog SET time_entry_ref = ?, synced_at = ? WHERE id = ?', [after.time_entry_ref, after.synced_at, worklogId]);
        await emit({
          type: 'WorklogSynced',
          aggregateId: hubId,
          data: { ...workItemData(item, workspace), consultantId: toHubId('Consultant', worklog.worker_ref), timeEntryId: result.timeEntryId },
        });
        return { changes: [change('Worklog', hubId, worklog, after)], result };
      }),
  };
}
