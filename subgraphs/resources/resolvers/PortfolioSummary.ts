import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { availableFifths, fifthsToThousandths } from '../../shared/kpi.ts';
import { formatScaled } from '../../shared/money.ts';
import type { PortfolioPeriodResolvers, PortfolioSummaryResolvers } from '../__generated__/resolvers-types.ts';
import type { ResourcesContext } from '../context.ts';

/** What the gateway sends: the portfolio key and, for staffCapacity, its staffing (from projects). */
export interface PortfolioReference {
  key: string;
  staffing?: {
    from: string;
    to: string;
    consultants: { consultantId: string }[];
  };
}

export const PortfolioSummary: PortfolioSummaryResolvers = {
  __resolveReference: (reference) => reference,
  /**
   * Each staffed consultant's available hours in the window (workdays employed, less time off and
   * holidays), exact to the thousandth, with the employment dates: the projects service divides the
   * billable hours of the days employed by them (PortfolioSummary.utilization).
   */
  staffCapacity: ({ staffing }, _args, { loaders }) => staffCapacityOf(staffing, loaders),
};

/** A portfolio trend's period: the same capacity, over the period's days (PortfolioPeriod.utilization). */
export const PortfolioPeriod: PortfolioPeriodResolvers = {
  __resolveReference: (reference) => reference,
  staffCapacity: ({ staffing }, _args, { loaders }) => staffCapacityOf(staffing, loaders),
};

async function staffCapacityOf(staffing: PortfolioReference['staffing'], loaders: ResourcesContext['loaders']) {
  if (!staffing) return [];
  const workerIds = staffing.consultants.map((entry) => tryNativeId('Consultant', entry.consultantId));
  const known = [...new Set(workerIds.filter((id): id is string => id !== null))];
  const [workers, timeOff] = await Promise.all([loaders.worker.loadMany(known), loaders.timeOffInWindow(`${staffing.from}|${staffing.to}`).loadMany(known)]);
  return known.flatMap((workerId, position) => {
    const worker = workers[position];
    const daysOff = timeOff[position];
    // A worker the HCM does not know (or a portal caller may not see) counts neither way.
    if (!worker || worker instanceof Error || daysOff instanceof Error) return [];
    const fifths = availableFifths(
      {
        weeklyHours: worker.scheduled_weekly_hours,
        activeFrom: worker.hire_date,
        activeTo: worker.termination_date,
        timeOff: new Map(daysOff.map((day) => [day.off_date, Number(day.hours)])),
      },
      staffing.from,
      staffing.to,
    );
    return [
      {
        consultantId: toHubId('Consultant', workerId),
        availableHours: formatScaled(fifthsToThousandths(fifths), 3),
        activeFrom: worker.hire_date,
        activeTo: worker.termination_date,
      },
    ];
  });
}
