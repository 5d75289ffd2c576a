/**
 * The governed mutations: each runs its workflow through the engine and answers with the workflow,
 * the domain object it touched and its userErrors (see schema/workflows.graphql).
 */
import { isGraphQLError } from '../../../platform/errors.ts';
import type { Money } from '../../shared/money.ts';
import { textProblem } from '../../shared/text.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import type { WorkflowsContext } from '../context.ts';
import type { WorkflowRecord } from '../connector/types.ts';
import { authorize } from '../engine/engine.ts';
import { userError } from '../engine/reads.ts';
import type { UserErrorShape } from '../engine/systems.ts';

type State = Record<string, Record<string, unknown>>;

/** userErrors of a finished workflow: the refusal it was compensated for, or why it was parked. */
export function workflowUserErrors(workflow: WorkflowRecord): UserErrorShape[] {
  const errors = JSON.parse(workflow.user_errors) as UserErrorShape[];
  if (workflow.status === 'FAILED' && errors.length === 0) {
    return [{ code: 'WORKFLOW_FAILED', message: 'A system of record failed; the workflow is parked in the exception queue', field: null }];
  }
  return errors;
}

/** Starts a workflow and shapes its payload; `objectOf` picks the domain object from the final state. */
async function run<Payload extends object>(
  type: string,
  input: Record<string, unknown>,
  context: WorkflowsContext,
  objectOf: (state: State, workflow: WorkflowRecord) => Payload,
  empty: Payload,
) {
  const outcome = await context.engine.start(type, context.principal, input, context.correlationId);
  if (!outcome.workflowId) return { workflow: null, userErrors: outcome.userErrors, ...empty };
  const workflow = await context.loaders.workflow.load(outcome.workflowId);
  if (!workflow) throw new Error(`workflow ${outcome.workflowId} not found after it ran`);
  return { workflow, userErrors: workflowUserErrors(workflow), ...objectOf(JSON.parse(workflow.state) as State, workflow) };
}

const ref = (id: unknown) => (typeof id === 'string' ? { id } : null);

/** What a period close posted, from its stored plan and the posting step's output. */
function closedPeriodOf(
  state: State,
  workflow: WorkflowRecord,
): {
  period: string | null;
  legalEntities: string[];
  revenuePostings: { project: { id: string }; method: string; amount: Money; cumulative: Money }[];
} {
  const plan = JSON.parse(workflow.input) as { period: string; legalEntities: string[] };
  const postings = (state.postErpRevenue?.postings ?? []) as {
    projectId: string;
    method: string;
    amount: string;
    cumulative: string;
    currency: string;
    posted: boolean;
  }[];
  return {
    period: plan.period,
    legalEntities: plan.legalEntities,
    revenuePostings: postings
      .filter((posting) => posting.posted)
      .map((posting) => ({
        project: { id: posting.projectId },
        method: posting.method,
        amount: { amount: posting.amount, currency: posting.currency },
        cumulative: { amount: posting.cumulative, currency: posting.currency },
      })),
  };
}

export const Mutation: MutationResolvers = {
  convertOpportunityToProject: (_parent, { input }, context) =>
    run('convertOpportunityToProject', input, context, (state) => ({ project: ref(state.createPsaProject?.projectId) }), { project: null }),
  changeProjectStatus: (_parent, { input }, context) =>
    run('changeProjectStatus', input, context, (_state, workflow) => ({ project: ref(workflow.subject_id) }), { project: null }),
  assignConsultant: (_parent, { input }, context) =>
    run('assignConsultant', input, context, (state) => ({ assignment: ref(state.createPsaAssignment?.assignmentId) }), { assignment: null }),
  logTime: (_parent, { input }, context) => run('logTime', input, context, (state) => ({ timeEntry: ref(state.logPsaTime?.timeEntryId) }), { timeEntry: null }),
  submitTime: (_parent, { input }, context) =>
    run('submitTime', input, context, () => ({ timeEntries: input.timeEntryIds.map((id) => ({ id })) }), { timeEntries: [] }),
  approveTime: (_parent, { input }, context) =>
    run('approveTime', input, context, () => ({ timeEntries: input.timeEntryIds.map((id) => ({ id })) }), { timeEntries: [] }),
  recordWorklog: (_parent, { input }, context) =>
    run('recordWorklog', input, context, (state) => ({ worklog: ref(state.recordDeliveryWorklog?.worklogId), timeEntry: null }), {
      worklog: null,
      timeEntry: null,
    }),
  syncWorklog: (_parent, { input }, context) =>
    run('syncWorklog', input, context, (state) => ({ worklog: ref(input.worklogId), timeEntry: ref(state.logPsaTime?.timeEntryId) }), {
      worklog: null,
      timeEntry: null,
    }),
  updateWorkItemStatus: (_parent, { input }, context) =>
    run('updateWorkItemStatus', input, context, () => ({ workItem: ref(input.workItemId) }), { workItem: null }),
  completeMilestone: (_parent, { input }, context) =>
    run('completeMilestone', input, context, () => ({ milestone: ref(input.milestoneId) }), { milestone: null }),
  signOffMilestone: (_parent, { input }, context) =>
    run('signOffMilestone', input, context, () => ({ milestone: ref(input.milestoneId) }), { milestone: null }),
  approveMilestone: (_parent, { input }, context) =>
    run('approveMilestone', input, context, () => ({ milestone: ref(input.milestoneId) }), { milestone: null }),
  releaseBillingEvents: (_parent, { input }, context) =>
    run('releaseBillingEvents', input, context, () => ({ project: ref(input.projectId) }), { project: null }),
  issueInvoice: (_parent, { input }, context) =>
    run('issueInvoice', input, context, (state) => ({ invoice: ref(state.issueErpInvoice?.invoiceId) }), { invoice: null }),
  recordPayment: (_parent, { input }, context) => run('recordPayment', input, context, () => ({ invoice: ref(input.invoiceId) }), { invoice: null }),
  submitChangeOrder: (_parent, { input }, context) =>
    run('submitChangeOrder', input, context, (state) => ({ changeOrder: ref(state.submitPsaChangeOrder?.changeOrderId) }), { changeOrder: null }),
  approveChangeOrder: (_parent, { input }, context) =>
    run('approveChangeOrder', input, context, () => ({ changeOrder: ref(input.changeOrderId) }), { changeOrder: null }),
  rejectChangeOrder: (_parent, { input }, context) =>
    run('rejectChangeOrder', input, context, () => ({ changeOrder: ref(input.changeOrderId) }), { changeOrder: null }),

  closePeriod: (_parent, { input }, context) =>
    run('closePeriod', input, context, (state, workflow) => closedPeriodOf(state, workflow), { period: null, legalEntities: [], revenuePostings: [] }),

  async reconcile(_parent, { input }, context) {
    return context.reconciliation.reconcile(context.principal, input, context.correlationId);
  },

  async replayFinding(_parent, { input }, context) {
    const outcome = await context.reconciliation.replay(context.principal, input, context.correlationId);
    const workflow = outcome.workflowId ? await context.loaders.workflow.load(outcome.workflowId) : null;
    const userErrors = outcome.userErrors.length ? outcome.userErrors : workflow ? workflowUserErrors(workflow) : [];
    return { finding: outcome.finding, workflow, userErrors };
  },

  async retryException(_parent, { input }, context) {
    authorize(context.principal, ['finance'], 'retryException');
    const exception = await context.loaders.exception.load(input.id);
    if (!exception) return { workflow: null, exception: null, userErrors: [userError('EXCEPTION_NOT_FOUND', 'No such exception', 'id')] };
    // A finding or a breach has no workflow to run again: a replay (findings) or a note settles it.
    if (exception.workflow_id === null) {
      return { workflow: null, exception, userErrors: [userError('EXCEPTION_NOT_RETRYABLE', `A ${exception.kind} exception has no workflow to retry`, 'id')] };
    }
    // Retrying what a retry already settled answers with that result: the mutation is idempotent.
    if (exception.status === 'RESOLVED') {
      const workflow = await context.loaders.workflow.load(exception.workflow_id);
      return { workflow, exception, userErrors: [] };
    }
    try {
      await context.engine.retryException(exception);
    } catch (error) {
      if (isGraphQLError(error) && error.extensions.code === 'CONFLICT') {
        return { workflow: null, exception, userErrors: [userError('EXCEPTION_NOT_RETRYABLE', error.message, 'id')] };
      }
      throw error;
    }
    const [after] = await context.store.exceptionsByIds([exception.id]);
    const [workflow] = await context.store.workflowsByIds([exception.workflow_id]);
    return { workflow, exception: after ?? null, userErrors: workflow ? workflowUserErrors(workflow) : [] };
  },

  async resolveException(_parent, { input }, context) {
    const principal = authorize(context.principal, ['finance'], 'resolveException');
    const exception = await context.loaders.exception.load(input.id);
    if (!exception) return { workflow: null, exception: null, userErrors: [userError('EXCEPTION_NOT_FOUND', 'No such exception', 'id')] };
    const workflow = exception.workflow_id === null ? null : await context.loaders.workflow.load(exception.workflow_id);
    // Resolving again with the same note answers the same; any other resolution of a resolved exception is refused.
    const alreadyResolved = (current: typeof exception) =>
      current.resolution_note === input.note && current.resolved_by === principal.sub
        ? { workflow, exception: current, userErrors: [] }
        : { workflow, exception: current, userErrors: [userError('EXCEPTION_ALREADY_RESOLVED', 'The exception is already resolved', 'id')] };
    if (exception.status === 'RESOLVED') return alreadyResolved(exception);
    const noteProblem = textProblem(input.note, { max: 2000, multiline: true, required: true });
    if (noteProblem)
      return { workflow, exception, userErrors: [userError('INVALID_NOTE', `The note ${noteProblem}; it must be 1 to 2000 characters`, 'note')] };
    const resolved = { status: 'RESOLVED' as const, resolved_at: new Date().toISOString(), resolved_by: principal.sub, resolution_note: input.note };
    const won = await context.store.resolveException(exception.id, resolved, [
      {
        at: resolved.resolved_at,
        actor_sub: principal.sub,
        actor_roles: JSON.stringify(principal.roles),
        action: 'resolveException',
        entity_type: 'WorkflowException',
        entity_id: exception.id,
        before_json: JSON.stringify(exception),
        after_json: JSON.stringify({ ...exception, ...resolved }),
        correlation_id: context.correlationId,
        workflow_id: exception.workflow_id,
        request_key: `resolveException:${exception.id}`,
      },
    ]);
    if (!won) {
      // A concurrent call resolved it between the read above and this write.
      const [current] = await context.store.exceptionsByIds([exception.id]);
      // A retry holds it: its outcome settles the exception, not a note written beside it.
      if (current?.status === 'RETRYING')
        return {
          workflow,
          exception: current,
          userErrors: [userError('EXCEPTION_RETRYING', 'The exception is being retried; resolve it once the retry has ended', 'id')],
        };
      return alreadyResolved(current ?? exception);
    }
    return { workflow, exception: { ...exception, ...resolved }, userErrors: [] };
  },
};
