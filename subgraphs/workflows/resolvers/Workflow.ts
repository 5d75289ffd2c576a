import type { WorkflowResolvers } from '../__generated__/resolvers-types.ts';
import { workflowUserErrors } from './Mutation.ts';

export const Workflow: WorkflowResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.workflow.load(id),
  // COMPENSATING is a stored detail: clients see RUNNING until the compensations are done.
  status: (row) => (row.status === 'COMPENSATING' ? 'RUNNING' : row.status),
  steps: (row, _args, { loaders }) => loaders.stepsByWorkflow.load(row.id),
  correlationId: (row) => row.correlation_id,
  startedAt: (row) => row.started_at,
  finishedAt: (row) => row.finished_at,
  actor: (row) => row.actor_sub,
  userErrors: (row) => workflowUserErrors(row),
  exception: (row, _args, { loaders }) => loaders.exceptionByWorkflow.load(row.id),
};
