import type { SourceSystem, WorkflowStepResolvers } from '../__generated__/resolvers-types.ts';

export const WorkflowStep: WorkflowStepResolvers = {
  system: (row) => row.system as SourceSystem,
  lastError: (row) => row.last_error,
};
