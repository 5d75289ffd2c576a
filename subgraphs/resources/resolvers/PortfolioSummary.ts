import { tryNativeId } from '../../shared/ids.ts';
import { availableHours } from '../../shared/kpi.ts';
import { parseHours, ratio } from '../../shared/money.ts';
import type { PortfolioSummaryResolvers } from '../__generated__/resolvers-types.ts';

/** What the gateway sends: the portfolio key and, for utilization, its staffing (from projects). */
export interface PortfolioReference {
  key: string;
  staffing?: {
    from: string;
    to: string;
    consultants: { consultantId: string; billableHours: string }[];
  };
}

export const PortfolioSummary: PortfolioSummaryResolvers = {
  __resolveReference: (reference) => reference,
  /** Σ billable hours ÷ Σ available hours of the consultants who worked on the portfolio in the window. */
  async utilization({ staffing }, _args, { loaders }) {
    if (!staffing) return null;
    const workerIds = staffing.consultants.map((entry) => tryNativeId('Consultant', entry.consultantId));
    const known = workerIds.filter((id): id is string => id !== null);
    const [workers, timeOff] = await Promise.all([loaders.worker.loadMany(known), loaders.timeOffInWindow(`${staffing.from}|${staffing.to}`).loadMany(known)]);
    let billable = 0;
    let available = 0;
    staffing.consultants.forEach((entry, index) => {
      const workerId = workerIds[index];
      if (workerId === null) return;
      const position = known.indexOf(workerId);
      const worker = workers[position];
      const daysOff = timeOff[position];
      if (!worker || worker instanceof Error || daysOff instanceof Error) return;
      billable += parseHours(entry.billableHours);
      available += availableHours(
        {
          weeklyHours: worker.scheduled_weekly_hours,
          activeFrom: worker.hire_date,
          activeTo: worker.termination_date,
          timeOff: new Map(daysOff.map((day) => [day.off_date, Number(day.hours)])),
        },
        staffing.from,
        staffing.to,
      );
    });
    return ratio(billable, available);
  },
};
