import { money } from '../../shared/money.ts';
import type { FindingResolvers, SourceSystem } from '../__generated__/resolvers-types.ts';
import type { FindingRecordShape } from '../reconciliation/types.ts';

export const Finding: FindingResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.finding.load(id),
  check: (row) => row.check_name,
  // A person resolving its exception closes it too (an accepted drift: scans leave it closed).
  status: async (row, _args, { loaders }) => {
    if (row.status === 'CLOSED') return 'CLOSED';
    const exception = await loaders.exception.load(row.exception_id);
    return exception?.status === 'RESOLVED' ? 'CLOSED' : row.status;
  },
  records: (row) => (JSON.parse(row.records) as FindingRecordShape[]).map((record) => ({ ...record, system: record.system as SourceSystem })),
  customer: (row) => (row.customer_id ? { id: row.customer_id } : null),
  project: (row) => (row.project_id ? { id: row.project_id } : null),
  amount: (row) => (row.amount !== null && row.currency ? money(row.amount, row.currency) : null),
  exception: async (row, _args, { loaders }) => {
    const exception = await loaders.exception.load(row.exception_id);
    if (!exception) throw new Error(`finding ${row.id} references missing exception ${row.exception_id}`);
    return exception;
  },
  detectedAt: (row) => row.detected_at,
  lastSeenAt: (row) => row.last_seen_at,
  closedAt: async (row, _args, { loaders }) => {
    if (row.closed_at) return row.closed_at;
    const exception = await loaders.exception.load(row.exception_id);
    return exception?.status === 'RESOLVED' ? exception.resolved_at : null;
  },
  replayWorkflow: (row, _args, { loaders }) => (row.replay_workflow_id ? loaders.workflow.load(row.replay_workflow_id) : null),
};
