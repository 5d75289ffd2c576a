import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { WorkspaceResolvers } from '../__generated__/resolvers-types.ts';
import { workspaceStatuses } from '../connector/labels.ts';

export const Workspace: WorkspaceResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('Workspace', id);
    return nativeId === null ? null : loaders.workspace.load(nativeId);
  },
  id: (row) => toHubId('Workspace', row.id),
  status: (row) => workspaceStatuses.toCanonical(row.status),
  statusLabel: (row) => row.status,
  customer: (row) => ({ id: toHubId('Customer', row.customer_id) }),
  createdAt: (row) => row.created_at,
  externalRefs: externalRefsResolver('Workspace'),
};
