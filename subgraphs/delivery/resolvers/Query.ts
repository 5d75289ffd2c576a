import { nativeIdOf } from '../../shared/ids.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { workItemListFilter, workspaceListFilter } from './filters.ts';

/** Root fields: the loaders narrow every list and lookup to what the caller may see. */
export const Query: QueryResolvers = {
  workspace: (_parent, { id }, { loaders }) => loaders.workspace.load(nativeIdOf('Workspace', id, 'id')),
  async workspaces(_parent, args, { loaders }) {
    const page = pageRequest(args);
    const { rows, count } = await loaders.workspacePage(workspaceListFilter(args.filter), page);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      count,
    );
  },
  workItem: (_parent, { id }, { loaders }) => loaders.workItem.load(nativeIdOf('WorkItem', id, 'id')),
  async workItems(_parent, args, { loaders }) {
    const page = pageRequest(args);
    const { rows, count } = await loaders.workItemPage(workItemListFilter(args.filter), page);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      count,
    );
  },
  worklog: (_parent, { id }, { loaders }) => loaders.worklog.load(nativeIdOf('Worklog', id, 'id')),
};
