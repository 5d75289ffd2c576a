import { scopedAccountFilter } from '../../shared/access.ts';
import { nativeIdOf } from '../../shared/ids.ts';
import { primeRows } from '../../shared/loaders.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { workspaceStatuses } from '../connector/labels.ts';

export const Query: QueryResolvers = {
  workspace: (_parent, { id }, { loaders }) => loaders.workspace.load(nativeIdOf('Workspace', id, 'id')),
  async workspaces(_parent, args, { access, connector, loaders }) {
    const page = pageRequest(args);
    const requested = args.filter?.customerId ? nativeIdOf('Customer', args.filter.customerId, 'filter.customerId') : null;
    const filter = {
      customerId: scopedAccountFilter(access, requested),
      statusLabels: args.filter?.status ? workspaceStatuses.labelsOf(args.filter.status) : null,
    };
    const rows = await connector.listWorkspaces(filter, page);
    primeRows(loaders.workspace, rows, (row) => row.id);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      () => connector.countWorkspaces(filter),
    );
  },
};
