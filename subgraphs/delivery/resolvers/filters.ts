import { nativeIdOf } from '../../shared/ids.ts';
import type { WorkItemFilter, WorkspaceFilter } from '../__generated__/resolvers-types.ts';
import { workItemStatuses, workspaceStatuses } from '../connector/labels.ts';
import type { WorkItemListFilter, WorkspaceListFilter } from '../connector/types.ts';

/** Validates a WorkspaceFilter into a connector filter; a malformed id is BAD_USER_INPUT naming it. */
export function workspaceListFilter(filter: WorkspaceFilter | null | undefined, prefix = 'filter.'): WorkspaceListFilter {
  return {
    customerId: filter?.customerId == null ? null : nativeIdOf('Customer', filter.customerId, `${prefix}customerId`),
    statusLabels: filter?.status ? workspaceStatuses.labelsOf(filter.status) : null,
  };
}

/** Validates a WorkItemFilter into a connector filter; a malformed id is BAD_USER_INPUT naming it. */
export function workItemListFilter(filter: WorkItemFilter | null | undefined, prefix = 'filter.'): WorkItemListFilter {
  return {
    workspaceId: filter?.workspaceId == null ? null : nativeIdOf('Workspace', filter.workspaceId, `${prefix}workspaceId`),
    milestoneId: filter?.milestoneId == null ? null : nativeIdOf('Milestone', filter.milestoneId, `${prefix}milestoneId`),
    assigneeId: filter?.assigneeId == null ? null : nativeIdOf('Consultant', filter.assigneeId, `${prefix}assigneeId`),
    statusLabels: filter?.status ? workItemStatuses.labelsOf(filter.status) : null,
  };
}
