/**
 * The portfolio's per-project inputs as of a day (PeriodCheckpoint): today's delivery less the work
 * dated after the day (shared/kpi.ts deliveryAsOf). The trend hands finance one per period boundary
 * and month end (PortfolioPeriod.checkpoints); the portfolio one per month end of the history of each
 * project not in the reporting currency (PortfolioSummary.history), so that finance converts its
 * income and cost to date month by month, each month at its own average, as the trend does.
 */
import { businessDate } from '../../shared/dates.ts';
import { deliveryAsOf } from '../../shared/kpi.ts';
import { periodEnd, periodOf } from '../../shared/periods.ts';
import type { PeriodCheckpointResolvers } from '../__generated__/resolvers-types.ts';
import { projectStages } from '../connector/labels.ts';
import type { DeliveryTotalsRecord, LaterWorkRecord, MonthlyWorkRecord, ProjectRecord } from '../connector/types.ts';
import type { ProjectsContext } from '../context.ts';
import type { PortfolioScope, ProjectRollupSource } from './PortfolioSummary.ts';

/** One checkpoint: the inputs of `projects` as of `asOf`, for the records known on `businessDate`. */
export interface PeriodCheckpointSource {
  asOf: string;
  /** The business date: a milestone approved without an actual date counts then. */
  businessDate: string;
  projects: readonly ProjectRecord[];
  /** Each project's approved work dated after `asOf`, when already known (the portfolio's history); else read. */
  laterWork?: ReadonlyMap<string, LaterWorkRecord>;
}

/** Each project's delivery and status as of `asOf`: today's less the work dated after it (shared/kpi.ts deliveryAsOf). */
export async function rollupAsOf(
  { asOf, businessDate: businessDay, projects, laterWork }: PeriodCheckpointSource,
  loaders: ProjectsContext['loaders'],
): Promise<ProjectRollupSource[]> {
  const ids = projects.map((project) => project.id);
  const [totals, later] = await Promise.all([
    loaders.deliveryTotals.loadMany(ids),
    laterWork ? ids.map((id) => laterWork.get(id) ?? null) : loaders.laterWork(`${asOf}|${businessDay}`).loadMany(ids),
  ]);
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

/** Nothing approved: a project's work after a month end with no later month. */
function noWork(projectId: string): LaterWorkRecord {
  return {
    project_id: projectId,
    approved_hours: 0,
    billable_approved_hours: 0,
    billable_time_value: 0,
    billable_expense_value: 0,
    cost: 0,
    approved_milestone_value: 0,
    records: 0,
  };
}

/**
 * PortfolioSummary.history: for the scope's projects not in its reporting currency only (a project
 * in it is summed as it is), the inputs as of the end of each month in which the project has approved
 * work, before the business date's month, oldest first; in a month without work its inputs are the
 * previous month end's (nothing approved is dated in it: its totals and its status as of the month
 * end do not change), and before its first such month nothing is approved. Finance adds the ERP's
 * invoices by month, takes the business date's month from today's figures (PortfolioSummary.rollup)
 * and converts each month's part at that month's average. The work after each month end is the sum
 * of the later months' (one PSA read by month for all of them, not one per month end), from which
 * each checkpoint is the trend's (deliveryAsOf).
 */
export async function portfolioHistory(
  scope: PortfolioScope,
  projects: readonly ProjectRecord[],
  { connector }: Pick<ProjectsContext, 'connector'>,
): Promise<PeriodCheckpointSource[]> {
  const foreign = projects.filter((project) => project.currency !== scope.currency);
  if (foreign.length === 0) return [];
  const businessDay = businessDate();
  const lastMonth = periodOf(businessDay);
  const months = new Map<string, MonthlyWorkRecord[]>();
  for (const row of await connector.monthlyWorkByProjectIds(
    foreign.map((project) => project.id),
    businessDay,
  )) {
    const rows = months.get(row.project_id);
    if (rows) rows.push(row);
    else months.set(row.project_id, [row]);
  }
  interface Building {
    projects: ProjectRecord[];
    laterWork: Map<string, LaterWorkRecord>;
  }
  const checkpoints = new Map<string, Building>();
  for (const project of foreign) {
    const rows = (months.get(project.id) ?? []).sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
    // From the last month back to the first: the work after a month's end is the later months'.
    let later = noWork(project.id);
    for (let i = rows.length - 1; i >= 0; i--) {
      const row = rows[i];
      if (row.month < lastMonth) {
        const asOf = periodEnd(row.month);
        const checkpoint: Building = checkpoints.get(asOf) ?? { projects: [], laterWork: new Map() };
        checkpoint.projects.push(project);
        checkpoint.laterWork.set(project.id, later);
        checkpoints.set(asOf, checkpoint);
      }
      later = {
        project_id: project.id,
        approved_hours: later.approved_hours + row.approved_hours,
        billable_approved_hours: later.billable_approved_hours + row.billable_approved_hours,
        billable_time_value: later.billable_time_value + row.billable_time_value,
        billable_expense_value: later.billable_expense_value + row.billable_expense_value,
        cost: later.cost + row.cost,
        approved_milestone_value: later.approved_milestone_value + row.approved_milestone_value,
        records: later.records + row.records,
      };
    }
  }
  return [...checkpoints.keys()].sort().map((asOf) => ({ asOf, businessDate: businessDay, ...(checkpoints.get(asOf) as Building) }));
}

export const PeriodCheckpoint: PeriodCheckpointResolvers = {
  asOf: ({ asOf }) => asOf,
  rollup: (source, _args, { loaders }) => rollupAsOf(source, loaders),
};
