import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { WorkspaceResolvers } from '../__generated__/resolvers-types.ts';
import { workspaceStatuses } from '../connector/labels.ts';
import { workItemListFilter } from './filters.ts';

export const Workspace: WorkspaceResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('Workspace', id);
    return nativeId === null ? null : loaders.workspace.load(nativeId);
  },
  id: (row) => toHubId('Workspace', row.id),
  status: (row) => workspaceStatuses.toCanonical(row.status),
  statusLabel: (row) => row.status,
  customer: (row) => ({ id: toHubId('Customer', row.customer_id) }),
  project: (row) => ({ id: toHubId('Project', row.project_ref) }),
  async workItems(row, args, { loaders }) {
    const page = pageRequest(args);
    const filter = workItemListFilter(args.filter);
    const rows = await loaders.workItemPages(JSON.stringify({ filter, page })).load(row.id);
    return toConnection(
      rows,
      page,
      (item) => item.id,
      (item) => item,
      () => loaders.workItemCounts(JSON.stringify(filter)).load(row.id),
    );
  },
  createdAt: (row) => row.created_at,
  externalRefs: externalRefsResolver('Workspace'),
};
