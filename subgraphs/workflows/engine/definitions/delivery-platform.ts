/**
 * Workflows of the client delivery platform (the `delivery` domain), where delivery teams run the
 * engagement:
 *
 * - recordWorklog: a consultant's worklog on a work item, as the platform records it;
 * - syncWorklog: a worklog becomes one PSA time entry under logTime's rules, then the worklog keeps
 *   the entry's id. The PSA keeps one entry per worklog (`sourceRef`, a unique key), so a re-sync, a
 *   replay or two syncs racing with different keys write one entry, ever. Started by a trigger for
 *   every recorded worklog (`sync-worklog:<worklog>`), or by hand;
 * - updateWorkItemStatus: a work item moves in the platform's own vocabulary;
 * - completeDeliveredMilestone: when the last open work item of a milestone is done, the milestone is
 *   completed in the PSA (for approval by the PMO, as completeMilestone does). Started by a trigger for
 *   every work item that becomes DONE; refused (WORK_ITEMS_OPEN) while another item of the milestone is open.
 *
 * The project's workspace is provisioned by convertOpportunityToProject (convert.ts).
 */
import { isIsoDate } from '../../../shared/dates.ts';
import { tryNativeId } from '../../../shared/ids.ts';
import type { DomainEvent } from '../../../../platform/events/types.ts';
import { MilestoneWorkItemsDocument, WorkItemFactsDocument, WorklogFactsDocument } from '../../__generated__/public-delivery.ts';
import { MarkWorklogSyncedDocument, RecordWorklogDocument, SetWorkItemStatusDocument } from '../../__generated__/system-delivery.ts';
import type { WorkflowTriggerRequest } from '../../triggers.ts';
import { writeStep, type WorkflowDefinition } from '../engine.ts';
import { checkId, dayHoursError, errorsOf, longTextError, readConsultant, userError } from '../reads.ts';
import { completeMilestone } from './billing.ts';
import { logPsaTimeStep, planTimeEntry, timeExceptionContext, type LogTimePlan } from './delivery.ts';

type WorkItemStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';
const WORK_ITEM_STATUSES: readonly WorkItemStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

// -------------------------------------------------------------------------------------------- worklogs

export interface RecordWorklogInput {
  workItemId: string;
  consultantId: string;
  date: string;
  hours: string;
  comment?: string | null;
}

interface RecordWorklogPlan extends RecordWorklogInput {
  projectId: string;
  customerId: string;
}

export const recordWorklog: WorkflowDefinition<RecordWorklogInput, RecordWorklogPlan> = {
  type: 'recordWorklog',
  roles: ['delivery'],
  async prepare(input, { systems, correlationId }) {
    const errors = errorsOf(
      checkId('WorkItem', input.workItemId, 'workItemId'),
      checkId('Consultant', input.consultantId, 'consultantId'),
      isIsoDate(input.date) ? null : userError('INVALID_DATE', 'date is not a date', 'date'),
      dayHoursError(input.hours, 'hours'),
      longTextError(input.comment, 'INVALID_COMMENT', 'comment'),
    );
    if (errors.length) return { userErrors: errors };
    const [{ workItem }, consultant] = await Promise.all([
      systems.read('DELIVERY', WorkItemFactsDocument, { id: input.workItemId }, correlationId),
      readConsultant(systems, input.consultantId, correlationId),
    ]);
    if (!workItem) errors.push(userError('WORK_ITEM_NOT_FOUND', 'No such work item', 'workItemId'));
    else if (workItem.workspace.status !== 'ACTIVE') {
      errors.push(userError('WORKSPACE_NOT_ACTIVE', `Workspace ${workItem.workspace.key} is ${workItem.workspace.status}`, 'workItemId'));
    }
    if (!consultant) errors.push(userError('CONSULTANT_NOT_FOUND', 'No such consultant', 'consultantId'));
    if (errors.length || !workItem) return { userErrors: errors };
    const plan = { ...input, comment: input.comment ?? null, projectId: workItem.workspace.project.id, customerId: workItem.workspace.customer.id };
    return { plan, subjectId: workItem.workspace.project.id, customerId: plan.customerId };
  },
  steps: [
    {
      name: 'recordDeliveryWorklog',
      system: 'DELIVERY',
      run: writeStep('DELIVERY', RecordWorklogDocument, ({ plan }) => ({
        workItemId: plan.workItemId,
        consultantId: plan.consultantId,
        date: plan.date,
        hours: plan.hours,
        comment: plan.comment,
      })),
    },
  ],
  exceptionContext: (plan) => ({ projectId: plan.projectId, customerId: plan.customerId }),
};

export interface SyncWorklogInput {
  worklogId: string;
}

interface SyncWorklogPlan extends LogTimePlan {
  worklogId: string;
}

export const syncWorklog: WorkflowDefinition<SyncWorklogInput, SyncWorklogPlan> = {
  type: 'syncWorklog',
  roles: ['delivery'],
  async prepare(input, context) {
    const idError = checkId('Worklog', input.worklogId, 'worklogId');
    if (idError) return { userErrors: [idError] };
    const { worklog } = await context.systems.read('DELIVERY', WorklogFactsDocument, { id: input.worklogId }, context.correlationId);
    if (!worklog) return { userErrors: [userError('WORKLOG_NOT_FOUND', 'No such worklog', 'worklogId')] };
    if (worklog.synced) {
      return {
        userErrors: [userError('WORKLOG_ALREADY_SYNCED', `The worklog is time entry ${worklog.timeEntry?.id ?? 'already'} in the PSA`, 'worklogId')],
      };
    }
    // The rules of logTime, on what the platform recorded; time delivered on a client's work item is billable.
    const planned = await planTimeEntry(
      {
        projectId: worklog.workItem.workspace.project.id,
        consultantId: worklog.consultant.id,
        date: worklog.date,
        hours: worklog.hours,
        billable: true,
        notes: worklog.comment ?? `Worklog on ${worklog.workItem.key}`,
      },
      context,
    );
    if ('userErrors' in planned) return { userErrors: planned.userErrors.map((error) => ({ ...error, field: ['worklogId'] })) };
    // The PSA keeps the platform's own worklog id with the entry (one entry per worklog, ever).
    return { ...planned, plan: { ...planned.plan, worklogId: worklog.id, sourceRef: tryNativeId('Worklog', worklog.id) } };
  },
  steps: [
    logPsaTimeStep,
    {
      name: 'markWorklogSynced',
      system: 'DELIVERY',
      run: writeStep('DELIVERY', MarkWorklogSyncedDocument, ({ plan, state }) => ({
        worklogId: plan.worklogId,
        timeEntryId: state.logPsaTime.timeEntryId as string,
      })),
    },
  ],
  exceptionContext: timeExceptionContext,
};

// ------------------------------------------------------------------------------------------ work items

export interface UpdateWorkItemStatusInput {
  workItemId: string;
  status: WorkItemStatus;
}

interface UpdateWorkItemStatusPlan extends UpdateWorkItemStatusInput {
  projectId: string;
  customerId: string;
}

export const updateWorkItemStatus: WorkflowDefinition<UpdateWorkItemStatusInput, UpdateWorkItemStatusPlan> = {
  type: 'updateWorkItemStatus',
  roles: ['delivery'],
  async prepare(input, { systems, correlationId }) {
    const errors = errorsOf(
      checkId('WorkItem', input.workItemId, 'workItemId'),
      WORK_ITEM_STATUSES.includes(input.status) ? null : userError('INVALID_STATUS', `status must be one of ${WORK_ITEM_STATUSES.join(', ')}`, 'status'),
    );
    if (errors.length) return { userErrors: errors };
    const { workItem } = await systems.read('DELIVERY', WorkItemFactsDocument, { id: input.workItemId }, correlationId);
    if (!workItem) return { userErrors: [userError('WORK_ITEM_NOT_FOUND', 'No such work item', 'workItemId')] };
    if (workItem.workspace.status !== 'ACTIVE') {
      return { userErrors: [userError('WORKSPACE_NOT_ACTIVE', `Workspace ${workItem.workspace.key} is ${workItem.workspace.status}`, 'workItemId')] };
    }
    const plan = { ...input, projectId: workItem.workspace.project.id, customerId: workItem.workspace.customer.id };
    return { plan, subjectId: plan.projectId, customerId: plan.customerId };
  },
  steps: [
    {
      name: 'setDeliveryWorkItemStatus',
      system: 'DELIVERY',
      run: writeStep('DELIVERY', SetWorkItemStatusDocument, ({ plan }) => ({ workItemId: plan.workItemId, status: plan.status })),
    },
  ],
  exceptionContext: (plan) => ({ projectId: plan.projectId, customerId: plan.customerId }),
};

export interface DeliveredMilestoneInput {
  milestoneId: string;
  /** The work item whose completion asked for this. */
  workItemId?: string | null;
}

type CompletionPlan = typeof completeMilestone extends WorkflowDefinition<unknown, infer Plan> ? Plan : never;

export const completeDeliveredMilestone: WorkflowDefinition<DeliveredMilestoneInput, CompletionPlan> = {
  type: 'completeDeliveredMilestone',
  roles: ['delivery'],
  async prepare(input, context) {
    const idError = checkId('Milestone', input.milestoneId, 'milestoneId');
    if (idError) return { userErrors: [idError] };
    const { _entities } = await context.systems.read(
      'DELIVERY',
      MilestoneWorkItemsDocument,
      { representations: [{ __typename: 'Milestone', id: input.milestoneId }] },
      context.correlationId,
    );
    const [milestone] = _entities;
    const items = milestone && 'workItems' in milestone ? milestone.workItems : [];
    if (items.length === 0) return { userErrors: [userError('NO_WORK_ITEMS', 'No work item of the delivery platform delivers this milestone', 'milestoneId')] };
    const open = items.filter((item) => item.status !== 'DONE');
    if (open.length > 0) {
      return {
        userErrors: [
          userError('WORK_ITEMS_OPEN', `${open.length} work item(s) of the milestone are not done: ${open.map((item) => item.key).join(', ')}`, 'milestoneId'),
        ],
      };
    }
    return completeMilestone.prepare({ milestoneId: input.milestoneId, actualDate: null }, context);
  },
  steps: completeMilestone.steps,
  exceptionContext: completeMilestone.exceptionContext,
};

// ------------------------------------------------------------------------------------------- triggers

/** Every worklog the platform records is synced to the PSA, once (its key is the worklog's). */
export function worklogSyncTrigger(event: DomainEvent): WorkflowTriggerRequest | null {
  if (event.source !== 'DELIVERY' || event.type !== 'WorklogRecorded') return null;
  return { key: `sync-worklog:${event.aggregateId}`, type: 'syncWorklog', input: { worklogId: event.aggregateId } };
}

/**
 * A work item that becomes DONE and delivers a milestone asks for the milestone's completion; one
 * trigger per such event (the one for the last open item is the one that is not refused).
 */
export function deliveredMilestoneTrigger(event: DomainEvent): WorkflowTriggerRequest | null {
  if (event.source !== 'DELIVERY' || event.type !== 'WorkItemStatusChanged' || event.toState !== 'DONE') return null;
  const milestoneId = event.data?.milestoneId;
  if (typeof milestoneId !== 'string' || milestoneId === '') return null;
  return { key: `milestone-delivered:${event.id}`, type: 'completeDeliveredMilestone', input: { milestoneId, workItemId: event.aggregateId } };
}

/**
 * replaySyncWorklog: syncWorklog run by finance for a reconciliation finding (docs/reconciliation.md):
 * the same validation and steps, for the worklog the finding names.
 */
export const replaySyncWorklog: typeof syncWorklog = { ...syncWorklog, type: 'replaySyncWorklog', roles: ['finance'] };
