/**
 * The portfolio's per-project inputs as of a day (PeriodCheckpoint): today's delivery less the work
 * dated after the day (shared/kpi.ts deliveryAsOf). The trend hands finance one per period boundary
 * and month end (PortfolioPeriod.checkpoints); the portfolio one per month end of the history of each
 * project not in the reporting currency (PortfolioSummary.history), so that finance converts its
 * income and cost to date month by month, each month at its own average, as the trend does.
 */
import { addDays, businessDate } from '../../shared/dates.ts';
import { deliveryAsOf } from '../../shared/kpi.ts';
import { periodEnd, periodOf, periodStart } from '../../shared/periods.ts';
import type { PeriodCheckpointResolvers } from '../__generated__/resolvers-types.ts';
import { projectStages } from '../connector/labels.ts';
import type { DeliveryTotalsRecord, ProjectRecord } from '../connector/types.ts';
import type { ProjectsContext } from '../context.ts';
import type { PortfolioScope, ProjectRollupSource } from './PortfolioSummary.ts';

/** One checkpoint: the inputs of `projects` as of `asOf`, for the records known on `businessDate`. */
export interface PeriodCheckpointSource {
  asOf: string;
  /** The business date: a milestone approved without an actual date counts then. */
  businessDate: string;
  projects: readonly ProjectRecord[];
}

/** Each project's delivery and status as of `asOf`: today's less the work dated after it (shared/kpi.ts deliveryAsOf). */
export async function rollupAsOf(
  projects: readonly ProjectRecord[],
  asOf: string,
  businessDay: string,
  loaders: ProjectsContext['loaders'],
): Promise<ProjectRollupSource[]> {
  const ids = projects.map((project) => project.id);
  const [totals, later] = await Promise.all([loaders.deliveryTotals.loadMany(ids), loaders.laterWork(`${asOf}|${businessDay}`).loadMany(ids)]);
  return projects.map((project, index) => {
    const now = totals[index];
    const after = later[index];
    if (!now || now instanceof Error) throw now ?? new Error(`no delivery totals for ${project.id}`);
    if (!after || after instanceof Error) throw after ?? new Error(`no later work for ${project.id}`);
    const { status, delivery } = deliveryAsOf(
      projectStages.toCanonical(project.stage),
      {
        approvedHours: now.approved_hours,
        remainingPlannedHours: now.remaining_planned_hours,
        billableTimeValue: now.billable_time_value,
        billableExpenseValue: now.billable_expense_value,
        cost: now.cost,
        approvedMilestoneValue: now.approved_milestone_value,
      },
      {
        approvedHours: after.approved_hours,
        billableTimeValue: after.billable_time_value,
        billableExpenseValue: after.billable_expense_value,
        cost: after.cost,
        approvedMilestoneValue: after.approved_milestone_value,
        records: after.records,
      },
    );
    const record: DeliveryTotalsRecord = {
      project_id: project.id,
      currency: now.currency,
      approved_hours: delivery.approvedHours,
      billable_approved_hours: now.billable_approved_hours - after.billable_approved_hours,
      remaining_planned_hours: delivery.remainingPlannedHours,
      billable_time_value: delivery.billableTimeValue,
      billable_expense_value: delivery.billableExpenseValue,
      cost: delivery.cost,
      approved_milestone_value: delivery.approvedMilestoneValue,
      // Expenses in another currency are dated: those on or before the day count, for finance to convert.
      foreign_expenses: now.foreign_expenses.filter((expense) => expense.expense_date <= asOf),
    };
    return { project, delivery: record, status };
  });
}

/** The last day of each month from `first`'s month to the month before `businessDay`'s (none when `first` is in or after it). */
export function monthEndsBefore(first: string, businessDay: string): string[] {
  const dates: string[] = [];
  const until = periodStart(periodOf(businessDay));
  for (let monthEnd = periodEnd(periodOf(first)); monthEnd < until; monthEnd = periodEnd(periodOf(addDays(monthEnd, 1)))) dates.push(monthEnd);
  return dates;
}

/**
 * PortfolioSummary.history: for the scope's projects not in its reporting currency only (a project
 * in it is summed as it is), the inputs as of each month end from the month of the project's first
 * approved record to the month before the business date's, oldest first, each checkpoint holding
 * the projects whose history has begun by then. Finance adds the ERP's ledger as of the same days,
 * takes the business date's month from today's figures (PortfolioSummary.rollup) and converts each
 * month's part at that month's average. One PSA read per month end, whatever the number of projects.
 */
export async function portfolioHistory(
  scope: PortfolioScope,
  projects: readonly ProjectRecord[],
  { connector }: Pick<ProjectsContext, 'connector'>,
): Promise<PeriodCheckpointSource[]> {
  const foreign = projects.filter((project) => project.currency !== scope.currency);
  if (foreign.length === 0) return [];
  const businessDay = businessDate();
  const firsts = new Map(
    (
      await connector.firstWorkDates(
        foreign.map((project) => project.id),
        businessDay,
      )
    ).map((row) => [row.project_id, row.first_date]),
  );
  const byDate = new Map<string, ProjectRecord[]>();
  for (const project of foreign) {
    const first = firsts.get(project.id);
    if (first === undefined) continue;
    for (const monthEnd of monthEndsBefore(first, businessDay)) {
      const members = byDate.get(monthEnd);
      if (members) members.push(project);
      else byDate.set(monthEnd, [project]);
    }
  }
  return [...byDate.keys()].sort().map((asOf) => ({ asOf, businessDate: businessDay, projects: byDate.get(asOf) ?? [] }));
}

export const PeriodCheckpoint: PeriodCheckpointResolvers = {
  asOf: ({ asOf }) => asOf,
  rollup: ({ asOf, businessDate: businessDay, projects }, _args, { loaders }) => rollupAsOf(projects, asOf, businessDay, loaders),
};
