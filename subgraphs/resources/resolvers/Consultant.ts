import { businessDate } from '../../shared/dates.ts';
import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours, money } from '../../shared/money.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { CapacityResolvers, ConsultantResolvers, CostRateResolvers, SkillResolvers, TimeOffResolvers } from '../__generated__/resolvers-types.ts';
import { workerStatuses, workerTypes } from '../connector/labels.ts';
import type { CostRateRecord } from '../connector/types.ts';

/** The cost rate in force on `date`, if any. */
export function costRateOn(rates: readonly CostRateRecord[], date: string): CostRateRecord | null {
  return rates.find((rate) => rate.effective_from <= date && (rate.effective_to === null || rate.effective_to >= date)) ?? null;
}

export const Consultant: ConsultantResolvers = {
  __resolveReference({ id }, { loaders }) {
    const workerId = tryNativeId('Consultant', id);
    return workerId === null ? null : loaders.worker.load(workerId);
  },
  id: (row) => toHubId('Consultant', row.id),
  name: (row) => `${row.first_name} ${row.last_name}`,
  title: (row) => row.business_title,
  status: (row) => workerStatuses.toCanonical(row.status),
  workerType: (row) => workerTypes.toCanonical(row.worker_type),
  manager: (row, _args, { loaders }) => (row.manager_id ? loaders.worker.load(row.manager_id) : null),
  hireDate: (row) => row.hire_date,
  terminationDate: (row) => row.termination_date,
  skills: (row, _args, { loaders }) => loaders.skills.load(row.id),
  async costRate(row, _args, { loaders }) {
    const rate = costRateOn(await loaders.costRates.load(row.id), businessDate());
    return rate ? money(rate.amount, rate.currency) : null;
  },
  costRateHistory: (row, _args, { loaders }) => loaders.costRates.load(row.id),
  capacity: (row) => row,
  externalRefs: externalRefsResolver('Consultant'),
};

export const Capacity: CapacityResolvers = {
  weeklyHours: (row) => formatHours(row.scheduled_weekly_hours),
  utilizationTarget: (row) => (row.utilization_target_bp === null ? null : row.utilization_target_bp / 10000),
  activeFrom: (row) => row.hire_date,
  activeTo: (row) => row.termination_date,
  timeOff: (row, _args, { loaders }) => loaders.timeOff.load(row.id),
};

export const TimeOff: TimeOffResolvers = {
  date: (row) => row.off_date,
  hours: (row) => formatHours(Number(row.hours)),
};

export const CostRate: CostRateResolvers = {
  amount: (row) => money(row.amount, row.currency),
  effectiveFrom: (row) => row.effective_from,
  effectiveTo: (row) => row.effective_to,
};

export const Skill: SkillResolvers = {
  name: (row) => row.skill,
};
