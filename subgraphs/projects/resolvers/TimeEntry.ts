import { toHubId } from '../../shared/ids.ts';
import { formatHours } from '../../shared/money.ts';
import type { TimeEntryResolvers } from '../__generated__/resolvers-types.ts';
import { timecardStatuses } from '../connector/labels.ts';

export const TimeEntry: TimeEntryResolvers = {
  id: (row) => toHubId('TimeEntry', row.id),
  date: (row) => row.work_date,
  hours: (row) => formatHours(row.hours),
  billable: (row) => row.billable === 1,
  status: (row) => timecardStatuses.toCanonical(row.status),
  consultant: (row) => ({ id: toHubId('Consultant', row.worker_id) }),
};
