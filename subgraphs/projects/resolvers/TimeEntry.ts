import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours } from '../../shared/money.ts';
import type { TimeEntryResolvers } from '../__generated__/resolvers-types.ts';
import { timecardStatuses } from '../connector/labels.ts';

export const TimeEntry: TimeEntryResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('TimeEntry', id);
    return nativeId === null ? null : loaders.timeEntry.load(nativeId);
  },
  id: (row) => toHubId('TimeEntry', row.id),
  date: (row) => row.work_date,
  hours: (row) => formatHours(row.hours),
  billable: (row) => row.billable === 1,
  status: (row) => timecardStatuses.toCanonical(row.status),
  consultant: (row) => ({ id: toHubId('Consultant', row.worker_id) }),
};
