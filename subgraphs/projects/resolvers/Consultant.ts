import { dateRangeArgs, daysBetween } from '../../shared/dates.ts';
import { badUserInput } from '../../../platform/errors.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { availableFifths, employedWindow, utilization } from '../../shared/kpi.ts';
import { formatHours, parseHours } from '../../shared/money.ts';
import type { ConsultantResolvers } from '../__generated__/resolvers-types.ts';

/** The capacity the resources subgraph provides (see @requires on Consultant.utilization). */
export interface CapacityReference {
  weeklyHours: string;
  utilizationTarget?: number | null;
  activeFrom?: string | null;
  activeTo?: string | null;
  timeOff: { date: string; hours: string }[];
}

/** Consultant is owned by the resources subgraph; the gateway sends its id and, when needed, capacity. */
export interface ConsultantReference {
  id: string;
  capacity?: CapacityReference;
}

/** Longest utilization window accepted, in days. */
const MAX_WINDOW_DAYS = 3660;

export const Consultant: ConsultantResolvers = {
  __resolveReference: (reference) => reference,
  assignments({ id }, _args, { loaders }) {
    const workerId = tryNativeId('Consultant', id);
    return workerId === null ? [] : loaders.assignmentsByWorker.load(workerId);
  },
  async utilization({ id, capacity }, args, { loaders }) {
    const { from, to } = dateRangeArgs(args.from, args.to) as { from: string; to: string };
    if (daysBetween(from, to) > MAX_WINDOW_DAYS) throw badUserInput('to', `the window may span at most ${MAX_WINDOW_DAYS} days`);
    const workerId = tryNativeId('Consultant', id);
    if (workerId === null || !capacity) return null;
    const activeFrom = capacity.activeFrom ?? null;
    const activeTo = capacity.activeTo ?? null;
    const available = availableFifths(
      {
        weeklyHours: parseHours(capacity.weeklyHours),
        activeFrom,
        activeTo,
        timeOff: new Map(capacity.timeOff.map((off) => [off.date, parseHours(off.hours)])),
      },
      from,
      to,
    );
    // Only days of employment count: hours logged before the hire date or after the termination
    // date (a data error reconciliation reports) are not the consultant's utilization.
    const employed = employedWindow(activeFrom, activeTo, from, to);
    const billable = employed === null ? 0 : await loaders.billableHours(JSON.stringify(employed)).load(workerId);
    const figures = utilization(billable, available, capacity.utilizationTarget ?? null);
    return {
      ...figures,
      availableHours: formatHours(figures.availableHours),
      billableHours: formatHours(figures.billableHours),
    };
  },
};
