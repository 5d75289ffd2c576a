import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours } from '../../shared/money.ts';
import type { WorklogResolvers } from '../__generated__/resolvers-types.ts';

export const Worklog: WorklogResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('Worklog', id);
    return nativeId === null ? null : loaders.worklog.load(nativeId);
  },
  id: (row) => toHubId('Worklog', row.id),
  async workItem(row, _args, { loaders }) {
    const item = await loaders.workItem.load(row.work_item_id);
    if (!item) throw new Error(`worklog ${row.id} has no work item ${row.work_item_id}`);
    return item;
  },
  consultant: (row) => ({ id: toHubId('Consultant', row.worker_ref) }),
  date: (row) => row.work_date,
  hours: (row) => formatHours(Number(row.hours)),
  comment: (row) => row.comment,
  synced: (row) => row.time_entry_ref !== null,
  timeEntry: (row) => (row.time_entry_ref ? { id: toHubId('TimeEntry', row.time_entry_ref) } : null),
};
