import { money } from '../../shared/money.ts';
import type { SourceSystem, WorkflowExceptionResolvers } from '../__generated__/resolvers-types.ts';
import type { ExceptionContextEntry } from '../connector/types.ts';
import { journeyOfBreachKey } from '../journeys/sweeper.ts';

export const WorkflowException: WorkflowExceptionResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.exception.load(id),
  workflow: async (row, _args, { loaders }) => {
    if (row.workflow_id === null) return null;
    const workflow = await loaders.workflow.load(row.workflow_id);
    if (!workflow) throw new Error(`exception ${row.id} references missing workflow ${row.workflow_id}`);
    return workflow;
  },
  kind: (row) => row.kind,
  context: (row) => JSON.parse(row.context) as ExceptionContextEntry[],
  system: (row) => row.system as SourceSystem,
  customer: (row) => (row.customer_id ? { id: row.customer_id } : null),
  project: (row) => (row.project_id ? { id: row.project_id } : null),
  amount: (row) => (row.amount !== null && row.currency ? money(row.amount, row.currency) : null),
  raisedAt: (row) => row.raised_at,
  resolvedAt: (row) => row.resolved_at,
  resolvedBy: (row) => row.resolved_by,
  resolutionNote: (row) => row.resolution_note,
  journey: (row, _args, { loaders }) => {
    const id = row.kind === 'SLO_BREACH' ? journeyOfBreachKey(row.dedupe_key) : null;
    return id ? loaders.journey.load(id) : null;
  },
  finding: (row, _args, { loaders }) => (row.kind === 'RECONCILIATION' ? loaders.findingByException.load(row.id) : null),
};
