import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours, money } from '../../shared/money.ts';
import type { TimeEntryResolvers } from '../__generated__/resolvers-types.ts';
import { timecardStatuses } from '../connector/labels.ts';
import type { TimeEntryRecord } from '../connector/types.ts';
import type { ProjectsLoaders } from '../loaders.ts';

/** The entry's project (batched; every entry a caller reaches is on a project it may see). */
async function projectOf(row: TimeEntryRecord, loaders: ProjectsLoaders) {
  const project = await loaders.project.load(row.project_id);
  if (!project) throw new Error(`no project ${row.project_id} for time entry ${row.id}`);
  return project;
}

/**
 * The rate-card role an entry is billed under: its assignment's role; for an entry recorded without
 * one, the role of the consultant's first assignment on the project (by start date, then id, as
 * logTime picks it) whose dates cover the work date. One batched read of the project's assignments.
 */
async function rateCardRoleOf(row: TimeEntryRecord, loaders: ProjectsLoaders): Promise<string | null> {
  const assignments = await loaders.assignmentsByProject.load(row.project_id);
  const assignment =
    row.assignment_id === null
      ? assignments.find((candidate) => candidate.worker_id === row.worker_id && candidate.start_date <= row.work_date && candidate.end_date >= row.work_date)
      : assignments.find((candidate) => candidate.id === row.assignment_id);
  return assignment?.role ?? null;
}

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
  // Rates are stored in minor units of the project's currency.
  billRate: async (row, _args, { loaders }) => money(row.bill_rate, (await projectOf(row, loaders)).currency),
  costRate: async (row, _args, { loaders }) => money(row.cost_rate, (await projectOf(row, loaders)).currency),
  rateCardRole: (row, _args, { loaders }) => rateCardRoleOf(row, loaders),
  rateCardRegion: async (row, _args, { loaders }) => (await projectOf(row, loaders)).region,
  rateCardCurrency: async (row, _args, { loaders }) => (await projectOf(row, loaders)).currency,
};
