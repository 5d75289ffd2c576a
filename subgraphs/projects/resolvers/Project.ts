import { dateRangeArgs } from '../../shared/dates.ts';
import { badUserInput } from '../../../platform/errors.ts';
import { nativeIdOf, toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours, money } from '../../shared/money.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { DeliveryTotalsResolvers, ForeignExpenseResolvers, ProjectResolvers } from '../__generated__/resolvers-types.ts';
import { projectHealth, projectStages, psaBillingModels, timecardStatuses } from '../connector/labels.ts';
import type { TimeEntryListFilter } from '../connector/types.ts';

export const Project: ProjectResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('Project', id);
    return nativeId === null ? null : loaders.project.load(nativeId);
  },
  id: (row) => toHubId('Project', row.id),
  status: (row) => projectStages.toCanonical(row.stage),
  psaStatus: (row) => row.stage,
  health: (row) => projectHealth.toCanonical(row.health),
  billingModel: (row) => psaBillingModels.toCanonical(row.billing_model),
  startDate: (row) => row.start_date,
  endDate: (row) => row.end_date,
  bookings: (row) => money(row.bookings, row.currency),
  budgetHours: (row) => (row.budget_hours === null ? null : formatHours(row.budget_hours)),
  closedForTime: (row) => row.closed_for_time === 1,
  customer: (row) => ({ id: toHubId('Customer', row.account_id) }),
  contract: (row) => (row.contract_id ? { id: toHubId('Contract', row.contract_id) } : null),
  opportunity: (row) => (row.opportunity_id ? { id: toHubId('Opportunity', row.opportunity_id) } : null),
  projectManager: (row) => (row.manager_id ? { id: toHubId('Consultant', row.manager_id) } : null),
  milestones: (row, _args, { loaders }) => loaders.milestonesByProject.load(row.id),
  assignments: (row, _args, { loaders }) => loaders.assignmentsByProject.load(row.id),
  resourceRequests: (row, _args, { loaders }) => loaders.resourceRequestsByProject.load(row.id),
  changeOrders: (row, _args, { loaders }) => loaders.changeOrdersByProject.load(row.id),
  expenses: (row, _args, { loaders }) => loaders.expensesByProject.load(row.id),
  async timeEntries(row, args, { loaders }) {
    const page = pageRequest(args);
    if (page.afterKey !== null && !/^\d{4}-\d{2}-\d{2}\|TC-\d+$/.test(page.afterKey)) {
      throw badUserInput('after', 'not a cursor returned by this connection');
    }
    const range = dateRangeArgs(args.filter?.from, args.filter?.to, 'filter.');
    const filter: TimeEntryListFilter = {
      from: range.from,
      to: range.to,
      statuses: args.filter?.status ? timecardStatuses.labelsOf(args.filter.status) : null,
      workerId: args.filter?.consultantId == null ? null : nativeIdOf('Consultant', args.filter.consultantId, 'filter.consultantId'),
    };
    const filterKey = JSON.stringify(filter);
    const rows = await loaders.timeEntryPages(JSON.stringify({ filter, page })).load(row.id);
    return toConnection(
      rows,
      page,
      (entry) => `${entry.work_date}|${entry.id}`,
      (entry) => entry,
      () => loaders.timeEntryCounts(filterKey).load(row.id),
    );
  },
  deliveryTotals: async (row, _args, { loaders }) => {
    const totals = await loaders.deliveryTotals.load(row.id);
    if (!totals) throw new Error(`no delivery totals for project ${row.id}`);
    return totals;
  },
  externalRefs: externalRefsResolver('Project'),
};

export const DeliveryTotals: DeliveryTotalsResolvers = {
  approvedHours: (row) => formatHours(row.approved_hours),
  billableApprovedHours: (row) => formatHours(row.billable_approved_hours),
  remainingPlannedHours: (row) => formatHours(row.remaining_planned_hours),
  billableTimeValue: (row) => money(row.billable_time_value, row.currency),
  billableExpenseValue: (row) => money(row.billable_expense_value, row.currency),
  cost: (row) => money(row.cost, row.currency),
  approvedMilestoneValue: (row) => money(row.approved_milestone_value, row.currency),
  foreignExpenses: (row) => row.foreign_expenses,
};

export const ForeignExpense: ForeignExpenseResolvers = {
  date: (row) => row.expense_date,
  billable: (row) => row.billable === 1,
  amount: (row) => money(row.amount, row.currency),
};
