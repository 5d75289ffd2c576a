import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours } from '../../shared/money.ts';
import type { AssignmentResolvers } from '../__generated__/resolvers-types.ts';
import { assignmentStatuses } from '../connector/labels.ts';

export const Assignment: AssignmentResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('Assignment', id);
    return nativeId === null ? null : loaders.assignment.load(nativeId);
  },
  id: (row) => toHubId('Assignment', row.id),
  project: async (row, _args, { loaders }) => {
    const project = await loaders.project.load(row.project_id);
    if (!project) throw new Error(`assignment ${row.id} references missing project ${row.project_id}`);
    return project;
  },
  consultant: (row) => ({ id: toHubId('Consultant', row.worker_id) }),
  allocationPct: (row) => row.allocation_pct,
  startDate: (row) => row.start_date,
  endDate: (row) => row.end_date,
  plannedHours: (row) => formatHours(row.planned_hours),
  status: (row) => assignmentStatuses.toCanonical(row.status),
};
