import type { ReconciliationRunResolvers } from '../__generated__/resolvers-types.ts';
import type { Check } from '../reconciliation/types.ts';

export const ReconciliationRun: ReconciliationRunResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.run.load(id),
  startedAt: (row) => row.started_at,
  finishedAt: (row) => row.finished_at,
  checks: (row) => JSON.parse(row.checks) as Check[],
  stillOpen: (row) => row.still_open,
};
