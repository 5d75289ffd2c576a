/**
 * The PSA's system-API writes on the bundled store. Each runs in `systemWrite` (idempotent on the
 * request key, rows and outbox events in one transaction) and checks the PSA's own rules first.
 */
import { addDays, isWorkday } from '../../shared/dates.ts';
import { toHubId } from '../../shared/ids.ts';
import { MAX_AMOUNT_MINOR, MAX_CENTI_HOURS, valueOfHours } from '../../shared/money.ts';
import { recordXref } from '../../shared/xref.ts';
import { OPEN_FOR_WORK, PROJECT_TRANSITIONS, peakAllocation } from '../../shared/lifecycles.ts';
import { nextNumber, numberedId, RuleViolation, systemWrite, type EntityChange, type SystemRequest, type WriteScope } from '../../shared/system-api.ts';
import { insertRow, placeholders, type SqlDatabase, type SqlRow } from '../../../platform/sql.ts';
import {
  assignmentStatuses,
  changeOrderStatuses,
  milestoneStatuses,
  projectStages,
  psaBillingModels,
  resourceRequestStatuses,
  timecardStatuses,
  type TimeEntryStatus,
} from './labels.ts';

type MilestoneStatus = 'PLANNED' | 'OPEN' | 'COMPLETED' | 'APPROVED';
type ChangeOrderStatus = 'DRAFT' | 'SUBMITTED' | 'IN_FINANCIAL_REVIEW' | 'APPROVED' | 'REJECTED' | 'APPLIED';
import type {
  AssignmentRecord,
  ChangeOrderRecord,
  MilestoneRecord,
  NewAssignment,
  NewChangeOrder,
  NewProject,
  NewTimeEntry,
  ProjectRecord,
  ProjectsWrites,
  TimeEntryRecord,
} from './types.ts';

const MAX_HOURS_PER_DAY = 2400;

function change(entity: string, entityId: string, before: SqlRow | null, after: SqlRow | null): EntityChange {
  return { entity, entityId, before, after };
}

async function projectOf(tx: SqlDatabase, projectId: string): Promise<ProjectRecord> {
  const project = await tx.get<ProjectRecord>('SELECT * FROM project WHERE id = ?', [projectId]);
  if (!project) throw new RuleViolation('PROJECT_NOT_FOUND', `No project ${projectId} in the PSA`, ['projectId']);
  return project;
}

function assertOpenForWork(project: ProjectRecord, what: string): void {
  const status = projectStages.toCanonical(project.stage);
  if (!OPEN_FOR_WORK.includes(status) || project.closed_for_time) {
    const code = status === 'CLOSED' ? 'PROJECT_CLOSED' : 'PROJECT_NOT_OPEN';
    throw new RuleViolation(code, `Project ${project.code} is ${status}${project.closed_for_time ? ' and closed for time' : ''}: cannot ${what}`, [
      'projectId',
    ]);
  }
}

/** Staffing and time stay within the project's dates (either may be open). */
function assertWithinProjectDates(project: ProjectRecord, from: string, to: string, what: string): void {
  if ((project.start_date && from < project.start_date) || (project.end_date && to > project.end_date)) {
    const field = project.start_date && from < project.start_date ? (from === to ? 'date' : 'startDate') : from === to ? 'date' : 'endDate';
    throw new RuleViolation('OUTSIDE_PROJECT_DATES', `${what} falls outside the dates of project ${project.code}`, [field]);
  }
}

/** Working days from `start` to `end`, both included. */
function workdays(start: string, end: string): number {
  let count = 0;
  for (let day = start; day <= end; day = addDays(day, 1)) if (isWorkday(day)) count++;
  return count;
}

async function timeEntriesFor(tx: SqlDatabase, ids: readonly string[]): Promise<TimeEntryRecord[]> {
  const rows = await tx.all<TimeEntryRecord>(`SELECT * FROM time_entry WHERE id IN (${placeholders(ids.length)})`, ids);
  const missing = ids.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) throw new RuleViolation('TIME_ENTRY_NOT_FOUND', `No timecard ${missing.join(', ')} in the PSA`, ['timeEntryIds']);
  return ids.map((id) => rows.find((row) => row.id === id) as TimeEntryRecord);
}

/** Moves timecards from one of `from` to `to`, with the event `eventType` per card. */
async function moveTimecards(
  scope: WriteScope,
  ids: readonly string[],
  from: readonly TimeEntryStatus[],
  to: TimeEntryStatus,
  eventType: string,
  check?: (entry: TimeEntryRecord, project: ProjectRecord) => void,
) {
  const { tx } = scope;
  const entries = await timeEntriesFor(tx, ids);
  const projects = new Map<string, ProjectRecord>();
  for (const entry of entries) {
    const status = timecardStatuses.toCanonical(entry.status);
    if (!from.includes(status)) {
      throw new RuleViolation('INVALID_TIME_ENTRY_STATE', `Timecard ${entry.id} is ${status}; expected ${from.join(' or ')}`, ['timeEntryIds']);
    }
    let project = projects.get(entry.project_id);
    if (!project) {
      project = await projectOf(tx, entry.project_id);
      projects.set(entry.project_id, project);
    }
    check?.(entry, project);
  }
  const label = timecardStatuses.labelOf(to);
  const changes: EntityChange[] = [];
  const batches = eventType === 'TimeApproved' ? approvalBatches(entries, projects) : null;
  for (const entry of entries) {
    const after = { ...entry, status: label, version: entry.version + 1 };
    await tx.run('UPDATE time_entry SET status = ?, version = version + 1 WHERE id = ?', [label, entry.id]);
    const hubId = toHubId('TimeEntry', entry.id);
    await scope.emit({
      type: eventType,
      aggregateId: hubId,
      fromState: timecardStatuses.toCanonical(entry.status),
      toState: to,
      data: { projectId: toHubId('Project', entry.project_id), ...batches?.(hubId, entry.project_id) },
    });
    changes.push(change('TimeEntry', hubId, entry as unknown as SqlRow, after as unknown as SqlRow));
  }
  return { changes, result: { timeEntryIds: entries.map((entry) => toHubId('TimeEntry', entry.id)) } };
}

/**
 * What each TimeApproved event says of its approval batch (the approved timecards of one project in
 * one write), for the journeys (docs/journeys.md): the batch's id (its smallest timecard hub id,
 * which the ERP's CostPosted names too) and customer on every event; on the batch's first event also
 * its timecards and the billable value at stake (hours × bill rate of the billable ones, in the
 * project's currency: the amount its billing will carry, no cost).
 */
function approvalBatches(entries: readonly TimeEntryRecord[], projects: ReadonlyMap<string, ProjectRecord>) {
  const byProject = new Map<string, TimeEntryRecord[]>();
  for (const entry of entries) byProject.set(entry.project_id, [...(byProject.get(entry.project_id) ?? []), entry]);
  return (hubId: string, projectId: string): Record<string, unknown> => {
    const batch = byProject.get(projectId) ?? [];
    const timeEntryIds = batch.map((entry) => toHubId('TimeEntry', entry.id)).sort();
    const project = projects.get(projectId);
    const facts = { batchId: timeEntryIds[0], customerId: project ? toHubId('Customer', project.account_id) : null };
    if (hubId !== timeEntryIds[0]) return facts;
    const billableValue = batch.reduce((sum, entry) => sum + (entry.billable ? valueOfHours(entry.hours, entry.bill_rate) : 0), 0);
    return { ...facts, timeEntryIds, billableValue, currency: project?.currency ?? null };
  };
}

/** The outcome of a logTime for the entry that carries `sourceRef` (it changes nothing), if there is one. */
async function timeEntryFrom(tx: SqlDatabase, sourceRef: string): Promise<{ changes: EntityChange[]; result: { timeEntryId: string } } | null> {
  const entry = await tx.get<{ id: string }>('SELECT id FROM time_entry WHERE source_ref = ?', [sourceRef]);
  return entry ? { changes: [], result: { timeEntryId: toHubId('TimeEntry', entry.id) } } : null;
}

async function milestoneOf(tx: SqlDatabase, milestoneId: string): Promise<MilestoneRecord> {
  const milestone = await tx.get<MilestoneRecord>('SELECT m.*, p.currency FROM milestone m JOIN project p ON p.id = m.project_id WHERE m.id = ?', [
    milestoneId,
  ]);
  if (!milestone) throw new RuleViolation('MILESTONE_NOT_FOUND', `No milestone ${milestoneId} in the PSA`, ['milestoneId']);
  return milestone;
}

async function moveMilestone(
  scope: WriteScope,
  milestone: MilestoneRecord,
  from: readonly MilestoneStatus[],
  to: MilestoneStatus,
  eventType: string,
  extra: Partial<MilestoneRecord> = {},
) {
  const current = milestoneStatuses.toCanonical(milestone.status);
  if (!from.includes(current)) {
    throw new RuleViolation('INVALID_MILESTONE_STATE', `Milestone ${milestone.id} is ${current}; expected ${from.join(' or ')}`, ['milestoneId']);
  }
  const { currency, ...before } = milestone;
  const after = { ...before, ...extra, status: milestoneStatuses.labelOf(to) };
  await scope.tx.run('UPDATE milestone SET status = ?, actual_date = ? WHERE id = ?', [after.status, after.actual_date, milestone.id]);
  const hubId = toHubId('Milestone', milestone.id);
  const project = await scope.tx.get<{ account_id: string }>('SELECT account_id FROM project WHERE id = ?', [milestone.project_id]);
  await scope.emit({
    type: eventType,
    aggregateId: hubId,
    fromState: current,
    toState: to,
    // The customer and the milestone's amount (a public field) for the journeys (docs/journeys.md).
    data: {
      projectId: toHubId('Project', milestone.project_id),
      customerId: project ? toHubId('Customer', project.account_id) : null,
      amount: milestone.amount,
      currency,
    },
  });
  return { changes: [change('Milestone', hubId, before, after)], result: { milestoneId: hubId, status: to } };
}

async function changeOrderOf(tx: SqlDatabase, changeOrderId: string): Promise<ChangeOrderRecord> {
  const order = await tx.get<ChangeOrderRecord>('SELECT c.*, p.currency FROM change_order c JOIN project p ON p.id = c.project_id WHERE c.id = ?', [
    changeOrderId,
  ]);
  if (!order) throw new RuleViolation('CHANGE_ORDER_NOT_FOUND', `No change order ${changeOrderId} in the PSA`, ['changeOrderId']);
  return order;
}

async function moveChangeOrder(scope: WriteScope, order: ChangeOrderRecord, from: readonly ChangeOrderStatus[], to: ChangeOrderStatus, eventType: string) {
  const current = changeOrderStatuses.toCanonical(order.status);
  if (!from.includes(current)) {
    throw new RuleViolation('INVALID_CHANGE_ORDER_STATE', `Change order ${order.id} is ${current}; expected ${from.join(' or ')}`, ['changeOrderId']);
  }
  const { currency: _currency, ...before } = order;
  const after = { ...before, status: changeOrderStatuses.labelOf(to) };
  await scope.tx.run('UPDATE change_order SET status = ? WHERE id = ?', [after.status, order.id]);
  const hubId = toHubId('ChangeOrder', order.id);
  await scope.emit({ type: eventType, aggregateId: hubId, fromState: current, toState: to, data: { projectId: toHubId('Project', order.project_id) } });
  return { changes: [change('ChangeOrder', hubId, before, after)], result: { changeOrderId: hubId, status: to } };
}

export function createSqlProjectsWrites(db: SqlDatabase): ProjectsWrites {
  return {
    createProject: (request: SystemRequest, input: NewProject) =>
      systemWrite(db, 'PSA', 'createProject', request, input, async (scope) => {
        const { tx } = scope;
        const existing = await tx.get<{ id: string }>('SELECT id FROM project WHERE opportunity_id = ?', [input.opportunityId]);
        if (existing) {
          throw new RuleViolation('OPPORTUNITY_ALREADY_CONVERTED', `Opportunity already has project ${existing.id}`, ['opportunityId']);
        }
        const year = input.startDate.slice(0, 4);
        const id = numberedId(`PRJ-${year}-`, await nextNumber(tx, 'project', 'id', `PRJ-${year}-`), 4);
        const project: ProjectRecord = {
          id,
          code: id,
          name: input.name,
          account_id: input.accountId,
          contract_id: input.contractId,
          opportunity_id: input.opportunityId,
          manager_id: input.managerId,
          practice: input.practice,
          region: input.region,
          billing_model: psaBillingModels.labelOf(input.billingModel),
          stage: projectStages.labelOf('PLANNED'),
          health: 'Green',
          start_date: input.startDate,
          end_date: input.endDate,
          bookings: input.bookings,
          currency: input.currency,
          budget_hours: input.budgetHours,
          closed_for_time: 0,
        };
        await insertRow(tx, 'project', project);
        const projectHubId = toHubId('Project', id);
        const changes: EntityChange[] = [change('Project', projectHubId, null, project as unknown as SqlRow)];
        const milestoneIds: string[] = [];
        for (const milestone of input.milestones) {
          const row = {
            id: numberedId('MS-', await nextNumber(tx, 'milestone', 'id', 'MS-'), 6),
            project_id: id,
            name: milestone.name,
            amount: milestone.amount,
            target_date: milestone.targetDate,
            actual_date: null,
            requires_signoff: milestone.requiresSignoff ? 1 : 0,
            signed_off_at: null,
            status: milestoneStatuses.labelOf('PLANNED'),
          };
          await insertRow(tx, 'milestone', row);
          milestoneIds.push(toHubId('Milestone', row.id));
          changes.push(change('Milestone', toHubId('Milestone', row.id), null, row));
        }
        const resourceRequestIds: string[] = [];
        for (const request of input.resourceRequests) {
          const row = {
            id: numberedId('RR-', await nextNumber(tx, 'resource_request', 'id', 'RR-'), 6),
            project_id: id,
            role: request.role,
            skills: '',
            hours: request.hours,
            start_date: request.startDate,
            end_date: request.endDate,
            status: resourceRequestStatuses.labelOf('READY_TO_STAFF'),
          };
          await insertRow(tx, 'resource_request', row);
          const hubId = toHubId('ResourceRequest', row.id);
          resourceRequestIds.push(hubId);
          changes.push(change('ResourceRequest', hubId, null, row));
          await scope.emit({ type: 'ResourceRequested', aggregateId: hubId, toState: 'READY_TO_STAFF', data: { projectId: projectHubId, role: row.role } });
        }
        await recordXref(tx, { system: 'PSA', entityType: 'Project', nativeId: id }, projectHubId);
        await scope.emit({
          type: 'ProjectCreated',
          aggregateId: projectHubId,
          toState: 'PLANNED',
          data: {
            code: id,
            customerId: toHubId('Customer', input.accountId),
            // The deal it comes from and its bookings, for the journeys (docs/journeys.md).
            opportunityId: toHubId('Opportunity', input.opportunityId),
            bookings: input.bookings,
            currency: input.currency,
            xrefs: [{ system: 'PSA', entityType: 'Project', nativeId: id }],
          },
        });
        return { changes, result: { projectId: projectHubId, code: id, milestoneIds, resourceRequestIds } };
      }),

    removeProject: (request, projectId) =>
      systemWrite(db, 'PSA', 'removeProject', request, { projectId }, async (scope) => {
        const { tx } = scope;
        const project = await tx.get<ProjectRecord>('SELECT * FROM project WHERE id = ?', [projectId]);
        if (!project) return { changes: [], result: { removed: false } };
        for (const table of ['time_entry', 'expense', 'assignment']) {
          const used = await tx.get(`SELECT 1 AS x FROM ${table} WHERE project_id = ? LIMIT 1`, [projectId]);
          if (used) throw new RuleViolation('PROJECT_HAS_ACTIVITY', `Project ${projectId} already has ${table.replace('_', ' ')}s`, ['projectId']);
        }
        for (const table of ['milestone', 'resource_request', 'change_order']) await tx.run(`DELETE FROM ${table} WHERE project_id = ?`, [projectId]);
        await tx.run('DELETE FROM project WHERE id = ?', [projectId]);
        const hubId = toHubId('Project', projectId);
        await scope.emit({ type: 'ProjectRemoved', aggregateId: hubId, fromState: projectStages.toCanonical(project.stage), toState: null });
        return { changes: [change('Project', hubId, project as unknown as SqlRow, null)], result: { removed: true } };
      }),

    changeProjectStatus: (request, projectId, status, reason) =>
      systemWrite(db, 'PSA', 'changeProjectStatus', request, { projectId, status, reason }, async (scope) => {
        const { tx } = scope;
        const project = await projectOf(tx, projectId);
        const current = projectStages.toCanonical(project.stage);
        if (!PROJECT_TRANSITIONS[current].includes(status)) {
          throw new RuleViolation('INVALID_STATUS_TRANSITION', `A ${current} project cannot become ${status}`, ['status']);
        }
        const after = { ...project, stage: projectStages.labelOf(status), closed_for_time: status === 'CLOSED' ? 1 : project.closed_for_time };
        await tx.run('UPDATE project SET stage = ?, closed_for_time = ? WHERE id = ?', [after.stage, after.closed_for_time, projectId]);
        const hubId = toHubId('Project', projectId);
        await scope.emit({
          type: 'ProjectStatusChanged',
          aggregateId: hubId,
          fromState: current,
          toState: status,
          data: { reason, customerId: toHubId('Customer', project.account_id) },
        });
        return {
          changes: [change('Project', hubId, project as unknown as SqlRow, after as unknown as SqlRow)],
          result: { projectId: hubId, previousStatus: current, status },
        };
      }),

    createAssignment: (request, input: NewAssignment) =>
      systemWrite(db, 'PSA', 'createAssignment', request, input, async (scope) => {
        const { tx } = scope;
        const project = await projectOf(tx, input.projectId);
        assertOpenForWork(project, 'staff it');
        assertWithinProjectDates(project, input.startDate, input.endDate, 'The assignment');
        const closed = assignmentStatuses.labelOf('CLOSED');
        const overlapping = await tx.all<AssignmentRecord>(
          'SELECT * FROM assignment WHERE worker_id = ? AND status <> ? AND start_date <= ? AND end_date >= ?',
          [input.workerId, closed, input.endDate, input.startDate],
        );
        const spans = overlapping.map((a) => ({ startDate: a.start_date, endDate: a.end_date, allocationPct: a.allocation_pct }));
        const peak = peakAllocation(spans, input.startDate, input.endDate);
        if (peak + input.allocationPct > 100) {
          throw new RuleViolation('OVER_ALLOCATED', `The consultant is already ${peak}% allocated in that period; ${input.allocationPct}% more exceeds 100%`, [
            'allocationPct',
          ]);
        }
        const row: AssignmentRecord = {
          id: numberedId('ASG-', await nextNumber(tx, 'assignment', 'id', 'ASG-'), 6),
          project_id: input.projectId,
          worker_id: input.workerId,
          role: input.role,
          start_date: input.startDate,
          end_date: input.endDate,
          allocation_pct: input.allocationPct,
          planned_hours: workdays(input.startDate, input.endDate) * 8 * input.allocationPct,
          status: assignmentStatuses.labelOf('SCHEDULED'),
        };
        await insertRow(tx, 'assignment', row);
        const hubId = toHubId('Assignment', row.id);
        const changes = [change('Assignment', hubId, null, row as unknown as SqlRow)];
        // The first open request for the role is now staffed.
        const staffable = resourceRequestStatuses.labelsOf('READY_TO_STAFF').concat(resourceRequestStatuses.labelsOf('DRAFT'));
        const requestRow = await tx.get<SqlRow & { id: string; status: string }>(
          `SELECT * FROM resource_request WHERE project_id = ? AND role = ? AND status IN (${placeholders(staffable.length)}) ORDER BY id LIMIT 1`,
          [input.projectId, input.role, ...staffable],
        );
        if (requestRow) {
          const assigned = resourceRequestStatuses.labelOf('ASSIGNED');
          await tx.run('UPDATE resource_request SET status = ? WHERE id = ?', [assigned, requestRow.id]);
          changes.push(change('ResourceRequest', toHubId('ResourceRequest', requestRow.id), requestRow, { ...requestRow, status: assigned }));
        }
        await scope.emit({
          type: 'ConsultantAssigned',
          aggregateId: hubId,
          toState: 'SCHEDULED',
          data: { projectId: toHubId('Project', input.projectId), consultantId: toHubId('Consultant', input.workerId) },
        });
        return { changes, result: { assignmentId: hubId, plannedHours: row.planned_hours } };
      }),

    removeAssignment: (request, assignmentId) =>
      systemWrite(db, 'PSA', 'removeAssignment', request, { assignmentId }, async (scope) => {
        const { tx } = scope;
        const row = await tx.get<AssignmentRecord>('SELECT * FROM assignment WHERE id = ?', [assignmentId]);
        if (!row) return { changes: [], result: { removed: false } };
        const used = await tx.get('SELECT 1 AS x FROM time_entry WHERE assignment_id = ? LIMIT 1', [assignmentId]);
        if (used) throw new RuleViolation('ASSIGNMENT_HAS_TIME', `Assignment ${assignmentId} already has time logged`, ['assignmentId']);
        await tx.run('DELETE FROM assignment WHERE id = ?', [assignmentId]);
        const hubId = toHubId('Assignment', assignmentId);
        await scope.emit({ type: 'AssignmentRemoved', aggregateId: hubId, fromState: assignmentStatuses.toCanonical(row.status), toState: null });
        return { changes: [change('Assignment', hubId, row as unknown as SqlRow, null)], result: { removed: true } };
      }),

    logTime: (request, input: NewTimeEntry) =>
      systemWrite(db, 'PSA', 'logTime', request, input, async (scope) => {
        const { tx } = scope;
        // One timecard per worklog, ever, whatever the request key: a worklog already logged returns its entry.
        const logged = input.sourceRef ? await timeEntryFrom(tx, input.sourceRef) : null;
        if (logged) return logged;
        const project = await projectOf(tx, input.projectId);
        assertOpenForWork(project, 'log time on it');
        assertWithinProjectDates(project, input.date, input.date, input.date);
        const closed = assignmentStatuses.labelOf('CLOSED');
        const assignment = await tx.get<AssignmentRecord>(
          'SELECT * FROM assignment WHERE project_id = ? AND worker_id = ? AND status <> ? AND start_date <= ? AND end_date >= ? ORDER BY id LIMIT 1',
          [input.projectId, input.workerId, closed, input.date, input.date],
        );
        if (!assignment) {
          throw new RuleViolation('NOT_ASSIGNED', `The consultant has no assignment on ${project.code} covering ${input.date}`, ['date']);
        }
        const day = await tx.get<{ hours: number | null }>('SELECT SUM(hours) AS hours FROM time_entry WHERE worker_id = ? AND work_date = ?', [
          input.workerId,
          input.date,
        ]);
        if (Number(day?.hours ?? 0) + input.hours > MAX_HOURS_PER_DAY) {
          throw new RuleViolation('DAILY_HOURS_EXCEEDED', `More than 24 hours on ${input.date} for this consultant`, ['hours']);
        }
        const row: TimeEntryRecord = {
          id: numberedId('TC-', await nextNumber(tx, 'time_entry', 'id', 'TC-'), 7),
          project_id: input.projectId,
          assignment_id: assignment.id,
          worker_id: input.workerId,
          work_date: input.date,
          hours: input.hours,
          billable: input.billable ? 1 : 0,
          notes: input.notes,
          status: timecardStatuses.labelOf('DRAFT'),
          bill_rate: input.billRate,
          cost_rate: input.costRate,
          version: 1,
          source_ref: input.sourceRef ?? null,
        };
        // The unique source_ref backs the check above: a concurrent write of the same worklog that
        // committed first makes this insert a no-op (on PostgreSQL, a serialization failure: run again, it finds the entry).
        const inserted = await tx.run(
          `INSERT INTO time_entry (${Object.keys(row).join(', ')}) VALUES (${placeholders(Object.keys(row).length)}) ON CONFLICT DO NOTHING`,
          Object.values(row),
        );
        if (inserted === 0) {
          const concurrent = input.sourceRef ? await timeEntryFrom(tx, input.sourceRef) : null;
          if (!concurrent) throw new Error(`time entry ${row.id} exists already`);
          return concurrent;
        }
        const hubId = toHubId('TimeEntry', row.id);
        await scope.emit({ type: 'TimeLogged', aggregateId: hubId, toState: 'DRAFT', data: { projectId: toHubId('Project', input.projectId) } });
        return { changes: [change('TimeEntry', hubId, null, row as unknown as SqlRow)], result: { timeEntryId: hubId } };
      }),

    submitTime: (request, ids) =>
      systemWrite(db, 'PSA', 'submitTime', request, { ids }, (scope) => moveTimecards(scope, ids, ['DRAFT', 'REJECTED'], 'SUBMITTED', 'TimeSubmitted')),

    approveTime: (request, ids) =>
      systemWrite(db, 'PSA', 'approveTime', request, { ids }, (scope) =>
        moveTimecards(scope, ids, ['SUBMITTED'], 'APPROVED', 'TimeApproved', (_entry, project) => assertOpenForWork(project, 'approve its time')),
      ),

    markTimePosted: (request, ids) =>
      systemWrite(db, 'PSA', 'markTimePosted', request, { ids }, (scope) => moveTimecards(scope, ids, ['APPROVED'], 'POSTED', 'TimePosted')),

    markTimeInvoiced: (request, ids) =>
      systemWrite(db, 'PSA', 'markTimeInvoiced', request, { ids }, (scope) => moveTimecards(scope, ids, ['POSTED', 'BILLED'], 'INVOICED', 'TimeInvoiced')),

    completeMilestone: (request, milestoneId, actualDate) =>
      systemWrite(db, 'PSA', 'completeMilestone', request, { milestoneId, actualDate }, async (scope) => {
        const milestone = await milestoneOf(scope.tx, milestoneId);
        const project = await projectOf(scope.tx, milestone.project_id);
        assertOpenForWork(project, 'complete its milestones');
        return moveMilestone(scope, milestone, ['PLANNED', 'OPEN'], 'COMPLETED', 'MilestoneCompleted', { actual_date: actualDate });
      }),

    signOffMilestone: (request, milestoneId, signedOffBy) =>
      systemWrite(db, 'PSA', 'signOffMilestone', request, { milestoneId, signedOffBy }, async (scope) => {
        const milestone = await milestoneOf(scope.tx, milestoneId);
        if (milestoneStatuses.toCanonical(milestone.status) !== 'COMPLETED') {
          throw new RuleViolation(
            'MILESTONE_NOT_COMPLETED',
            `Milestone ${milestone.id} is ${milestoneStatuses.toCanonical(milestone.status)}; only a completed milestone is signed off`,
            ['milestoneId'],
          );
        }
        if (milestone.signed_off_at)
          throw new RuleViolation('MILESTONE_ALREADY_SIGNED_OFF', `Milestone ${milestone.id} is already signed off`, ['milestoneId']);
        const signedOffAt = new Date().toISOString();
        await scope.tx.run('UPDATE milestone SET signed_off_at = ? WHERE id = ?', [signedOffAt, milestone.id]);
        const hubId = toHubId('Milestone', milestone.id);
        await scope.emit({
          type: 'MilestoneSignedOff',
          aggregateId: hubId,
          fromState: 'COMPLETED',
          toState: 'COMPLETED',
          data: { projectId: toHubId('Project', milestone.project_id), signedOffBy },
        });
        const { currency: _currency, ...before } = milestone;
        return { changes: [change('Milestone', hubId, before, { ...before, signed_off_at: signedOffAt })], result: { milestoneId: hubId, signedOffAt } };
      }),

    approveMilestone: (request, milestoneId) =>
      systemWrite(db, 'PSA', 'approveMilestone', request, { milestoneId }, async (scope) => {
        const milestone = await milestoneOf(scope.tx, milestoneId);
        if (!milestone.actual_date) throw new RuleViolation('MILESTONE_NOT_COMPLETED', `Milestone ${milestone.id} has no actual date`, ['milestoneId']);
        if (milestone.requires_signoff && !milestone.signed_off_at) {
          throw new RuleViolation('SIGN_OFF_REQUIRED', `Milestone ${milestone.id} needs the client's sign-off before approval`, ['milestoneId']);
        }
        return moveMilestone(scope, milestone, ['COMPLETED'], 'APPROVED', 'MilestoneApproved');
      }),

    reopenMilestone: (request, milestoneId) =>
      systemWrite(db, 'PSA', 'reopenMilestone', request, { milestoneId }, async (scope) => {
        const milestone = await milestoneOf(scope.tx, milestoneId);
        if (milestoneStatuses.toCanonical(milestone.status) !== 'APPROVED') return { changes: [], result: { reopened: false } };
        return moveMilestone(scope, milestone, ['APPROVED'], 'COMPLETED', 'MilestoneReopened');
      }),

    submitChangeOrder: (request, input: NewChangeOrder) =>
      systemWrite(db, 'PSA', 'submitChangeOrder', request, input, async (scope) => {
        const { tx } = scope;
        const project = await projectOf(tx, input.projectId);
        const status = projectStages.toCanonical(project.stage);
        if (status === 'CLOSED' || status === 'CANCELLED' || status === 'COMPLETED') {
          throw new RuleViolation('PROJECT_NOT_OPEN', `Project ${project.code} is ${status}: it takes no change orders`, ['projectId']);
        }
        const row = {
          id: numberedId('CO-', await nextNumber(tx, 'change_order', 'id', 'CO-'), 6),
          project_id: input.projectId,
          reason: input.reason,
          delta_bookings: input.deltaBookings,
          delta_budget_hours: input.deltaBudgetHours,
          status: changeOrderStatuses.labelOf('SUBMITTED'),
          added_roles: JSON.stringify(input.addedRoles),
          applied_request_ids: '[]',
        };
        await insertRow(tx, 'change_order', row);
        const hubId = toHubId('ChangeOrder', row.id);
        await scope.emit({ type: 'ChangeOrderSubmitted', aggregateId: hubId, toState: 'SUBMITTED', data: { projectId: toHubId('Project', input.projectId) } });
        return { changes: [change('ChangeOrder', hubId, null, row)], result: { changeOrderId: hubId } };
      }),

    decideChangeOrder: (request, changeOrderId, approve) =>
      systemWrite(db, 'PSA', 'decideChangeOrder', request, { changeOrderId, approve }, async (scope) => {
        const order = await changeOrderOf(scope.tx, changeOrderId);
        return moveChangeOrder(
          scope,
          order,
          ['SUBMITTED', 'IN_FINANCIAL_REVIEW'],
          approve ? 'APPROVED' : 'REJECTED',
          approve ? 'ChangeOrderApproved' : 'ChangeOrderRejected',
        );
      }),

    reopenChangeOrder: (request, changeOrderId) =>
      systemWrite(db, 'PSA', 'reopenChangeOrder', request, { changeOrderId }, async (scope) => {
        const order = await changeOrderOf(scope.tx, changeOrderId);
        if (changeOrderStatuses.toCanonical(order.status) !== 'APPROVED') return { changes: [], result: { reopened: false } };
        return moveChangeOrder(scope, order, ['APPROVED'], 'IN_FINANCIAL_REVIEW', 'ChangeOrderReopened');
      }),

    applyChangeOrder: (request, changeOrderId) =>
      systemWrite(db, 'PSA', 'applyChangeOrder', request, { changeOrderId }, async (scope) => {
        const { tx } = scope;
        const order = await changeOrderOf(tx, changeOrderId);
        if (changeOrderStatuses.toCanonical(order.status) !== 'APPROVED') {
          throw new RuleViolation(
            'INVALID_CHANGE_ORDER_STATE',
            `Change order ${order.id} is ${changeOrderStatuses.toCanonical(order.status)}; only an approved one is applied`,
            ['changeOrderId'],
          );
        }
        const project = await projectOf(tx, order.project_id);
        const after = {
          ...project,
          bookings: project.bookings + (order.delta_bookings ?? 0),
          budget_hours: (project.budget_hours ?? 0) + (order.delta_budget_hours ?? 0),
        };
        if (after.bookings < 0) throw new RuleViolation('NEGATIVE_BOOKINGS', 'The change would make the bookings negative', ['changeOrderId']);
        // The bounds of money.ts hold for the stored totals, so every read and roll-up of them stays exact.
        if (after.bookings > MAX_AMOUNT_MINOR)
          throw new RuleViolation('BOOKINGS_OVER_LIMIT', 'The change would take the bookings past the limit', ['changeOrderId']);
        if (after.budget_hours < 0) throw new RuleViolation('NEGATIVE_BUDGET_HOURS', 'The change would make the budget hours negative', ['changeOrderId']);
        if (after.budget_hours > MAX_CENTI_HOURS)
          throw new RuleViolation('BUDGET_HOURS_OVER_LIMIT', 'The change would take the budget hours past the limit', ['changeOrderId']);
        await tx.run('UPDATE project SET bookings = ?, budget_hours = ? WHERE id = ?', [after.bookings, after.budget_hours, project.id]);
        const projectHubId = toHubId('Project', project.id);
        const changes: EntityChange[] = [change('Project', projectHubId, project as unknown as SqlRow, after as unknown as SqlRow)];
        const requestIds: string[] = [];
        for (const role of JSON.parse(order.added_roles) as NewChangeOrder['addedRoles']) {
          const row = {
            id: numberedId('RR-', await nextNumber(tx, 'resource_request', 'id', 'RR-'), 6),
            project_id: project.id,
            role: role.role,
            skills: '',
            hours: role.hours,
            start_date: role.startDate,
            end_date: role.endDate,
            status: resourceRequestStatuses.labelOf('READY_TO_STAFF'),
          };
          await insertRow(tx, 'resource_request', row);
          requestIds.push(row.id);
          changes.push(change('ResourceRequest', toHubId('ResourceRequest', row.id), null, row));
          await scope.emit({
            type: 'ResourceRequested',
            aggregateId: toHubId('ResourceRequest', row.id),
            toState: 'READY_TO_STAFF',
            data: { projectId: projectHubId, role: row.role },
          });
        }
        await tx.run('UPDATE change_order SET applied_request_ids = ? WHERE id = ?', [JSON.stringify(requestIds), order.id]);
        const moved = await moveChangeOrder(scope, order, ['APPROVED'], 'APPLIED', 'ChangeOrderApplied');
        return { changes: [...changes, ...moved.changes], result: { ...moved.result, projectId: projectHubId, bookings: after.bookings } };
      }),

    revertChangeOrder: (request, changeOrderId) =>
      systemWrite(db, 'PSA', 'revertChangeOrder', request, { changeOrderId }, async (scope) => {
        const { tx } = scope;
        const order = await changeOrderOf(tx, changeOrderId);
        if (changeOrderStatuses.toCanonical(order.status) !== 'APPLIED') return { changes: [], result: { reverted: false } };
        const project = await projectOf(tx, order.project_id);
        const after = {
          ...project,
          bookings: project.bookings - (order.delta_bookings ?? 0),
          budget_hours: (project.budget_hours ?? 0) - (order.delta_budget_hours ?? 0),
        };
        await tx.run('UPDATE project SET bookings = ?, budget_hours = ? WHERE id = ?', [after.bookings, after.budget_hours, project.id]);
        const changes: EntityChange[] = [change('Project', toHubId('Project', project.id), project as unknown as SqlRow, after as unknown as SqlRow)];
        for (const id of JSON.parse(order.applied_request_ids) as string[]) {
          const row = await tx.get<SqlRow>('SELECT * FROM resource_request WHERE id = ?', [id]);
          if (!row) continue;
          await tx.run('DELETE FROM resource_request WHERE id = ?', [id]);
          changes.push(change('ResourceRequest', toHubId('ResourceRequest', id), row, null));
        }
        await tx.run("UPDATE change_order SET applied_request_ids = '[]' WHERE id = ?", [order.id]);
        const moved = await moveChangeOrder(scope, order, ['APPLIED'], 'APPROVED', 'ChangeOrderReverted');
        return { changes: [...changes, ...moved.changes], result: moved.result };
      }),

    async milestoneById(id) {
      return (await db.get<MilestoneRecord>('SELECT m.*, p.currency FROM milestone m JOIN project p ON p.id = m.project_id WHERE m.id = ?', [id])) ?? null;
    },

    async changeOrderById(id) {
      return (await db.get<ChangeOrderRecord>('SELECT c.*, p.currency FROM change_order c JOIN project p ON p.id = c.project_id WHERE c.id = ?', [id])) ?? null;
    },

    async timeEntriesWithRole(ids) {
      if (ids.length === 0) return [];
      return db.all<TimeEntryRecord & { role: string | null; currency: string }>(
        `SELECT t.*, a.role, p.currency FROM time_entry t JOIN project p ON p.id = t.project_id LEFT JOIN assignment a ON a.id = t.assignment_id WHERE t.id IN (${placeholders(ids.length)})`,
        ids,
      );
    },
  };
}
