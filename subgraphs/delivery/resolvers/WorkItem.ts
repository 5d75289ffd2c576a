import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours } from '../../shared/money.ts';
import type { WorkItemResolvers } from '../__generated__/resolvers-types.ts';
import { workItemStatuses, workItemTypes } from '../connector/labels.ts';

const hoursOrNull = (hundredths: number | null) => (hundredths === null ? null : formatHours(Number(hundredths)));

export const WorkItem: WorkItemResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('WorkItem', id);
    return nativeId === null ? null : loaders.workItem.load(nativeId);
  },
  id: (row) => toHubId('WorkItem', row.id),
  key: (row) => row.id,
  type: (row) => workItemTypes.toCanonical(row.item_type),
  title: (row) => row.summary,
  status: (row) => workItemStatuses.toCanonical(row.status),
  statusLabel: (row) => row.status,
  async workspace(row, _args, { loaders }) {
    const workspace = await loaders.workspace.load(row.workspace_id);
    if (!workspace) throw new Error(`work item ${row.id} has no workspace ${row.workspace_id}`);
    return workspace;
  },
  assignee: (row) => (row.assignee_ref ? { id: toHubId('Consultant', row.assignee_ref) } : null),
  milestone: (row) => (row.milestone_ref ? { id: toHubId('Milestone', row.milestone_ref) } : null),
  estimateHours: (row) => hoursOrNull(row.estimate_hours),
  remainingHours: (row) => hoursOrNull(row.remaining_hours),
  worklogs: (row, _args, { loaders }) => loaders.worklogsByWorkItem.load(row.id),
  updatedAt: (row) => row.updated_at,
};
