/**
 * The projects subgraph's system-of-record interface (PSA). Rows carry the PSA's native ids and
 * labels and other systems' native ids for references (CRM account, HCM worker). Hours are integer
 * hundredths, money integer minor units.
 */
import type { ProjectsReconciliationReads } from './reconciliation-reads.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import type { BillingModel } from '../../shared/labels.ts';
import type { SystemRequest, WriteOutcome } from '../../shared/system-api.ts';
import type { XrefRecord } from '../../shared/xref.ts';
import type { ProjectStatus } from './labels.ts';

type SystemWriteOutcome = WriteOutcome & { replayed: boolean };

export interface ProjectRecord {
  id: string;
  code: string;
  name: string;
  account_id: string;
  contract_id: string | null;
  opportunity_id: string | null;
  manager_id: string | null;
  practice: string | null;
  region: string | null;
  billing_model: string;
  stage: string;
  health: string;
  start_date: string | null;
  end_date: string | null;
  bookings: number;
  currency: string;
  budget_hours: number | null;
  closed_for_time: number;
}

export interface MilestoneRecord {
  id: string;
  project_id: string;
  name: string;
  amount: number | null;
  target_date: string | null;
  actual_date: string | null;
  requires_signoff: number;
  signed_off_at: string | null;
  status: string;
  /** Joined from the project: the milestone amount's currency. */
  currency: string;
}

export interface ResourceRequestRecord {
  id: string;
  project_id: string;
  role: string;
  skills: string;
  hours: number;
  start_date: string | null;
  end_date: string | null;
  status: string;
}

export interface AssignmentRecord {
  id: string;
  project_id: string;
  worker_id: string;
  role: string;
  start_date: string;
  end_date: string;
  allocation_pct: number;
  planned_hours: number;
  status: string;
}

export interface TimeEntryRecord {
  id: string;
  project_id: string;
  assignment_id: string | null;
  worker_id: string;
  work_date: string;
  hours: number;
  billable: number;
  notes: string | null;
  status: string;
  bill_rate: number;
  cost_rate: number;
  version: number;
  /** The delivery platform's worklog it comes from (unique); null for time logged in the hub. */
  source_ref: string | null;
}

export interface ExpenseRecord {
  id: string;
  project_id: string;
  worker_id: string;
  expense_date: string;
  category: string;
  amount: number;
  currency: string;
  billable: number;
  status: string;
}

export interface ChangeOrderRecord {
  id: string;
  project_id: string;
  reason: string | null;
  delta_bookings: number | null;
  delta_budget_hours: number | null;
  status: string;
  /** JSON: the roles the change adds, `{ role, hours, startDate, endDate }[]` (hundredths of hours). */
  added_roles: string;
  /** JSON: the resource requests applying it created (removed again by a reversal). */
  applied_request_ids: string;
  /** Joined from the project. */
  currency: string;
}

/** Approved work on one project (see DeliveryTotals in the SDL). */
export interface DeliveryTotalsRecord {
  project_id: string;
  currency: string;
  approved_hours: number;
  billable_approved_hours: number;
  remaining_planned_hours: number;
  billable_time_value: number;
  /** Billable approved expenses in the project's currency only. */
  billable_expense_value: number;
  /** Time at cost plus approved expenses in the project's currency only. */
  cost: number;
  approved_milestone_value: number;
  /** Approved expenses in another currency, as incurred, by date then id: the PSA converts nothing. */
  foreign_expenses: ForeignExpenseRecord[];
}

/** An approved expense in another currency than its project's (DeliveryTotals.foreignExpenses). */
export interface ForeignExpenseRecord {
  project_id: string;
  expense_date: string;
  billable: number;
  /** Minor units of `currency`. */
  amount: number;
  currency: string;
}

/**
 * Approved work on one project dated after a day (connector/trend.ts), in the units of
 * DeliveryTotalsRecord: expenses in the project's currency only in the values (those in another
 * currency are dated in DeliveryTotalsRecord.foreign_expenses), every expense in `records`.
 */
export interface LaterWorkRecord {
  project_id: string;
  approved_hours: number;
  billable_approved_hours: number;
  billable_time_value: number;
  billable_expense_value: number;
  cost: number;
  approved_milestone_value: number;
  /** How many time entries, expenses (in any currency) and milestones that is. */
  records: number;
}

/** The PSA's reads for the portfolio trend (connector/trend.ts). */
export interface ProjectsTrendReads {
  /**
   * Per project, the approved work dated after `after` (time by work date, expenses by date,
   * milestones by their actual date, or `asOf` for one approved without): what DeliveryTotals
   * counts now that it did not count as of `after` (shared/kpi.ts deliveryAsOf). One row per id.
   */
  laterWorkByProjectIds(projectIds: readonly string[], after: string, asOf: string): Promise<LaterWorkRecord[]>;
  /**
   * Per project and calendar month (`YYYY-MM`), the approved work dated in it, dated and summed as
   * laterWorkByProjectIds does: the work after a month end is the sum of the later months' rows.
   * Rows by project, then month; none for a month without approved work.
   */
  monthlyWorkByProjectIds(projectIds: readonly string[], asOf: string): Promise<MonthlyWorkRecord[]>;
}

/** One project's approved work dated in one calendar month (ProjectsTrendReads.monthlyWorkByProjectIds). */
export interface MonthlyWorkRecord extends LaterWorkRecord {
  /** YYYY-MM. */
  month: string;
}

/** A worker and the days of a window that count for it. */
export interface WorkerWindow {
  workerId: string;
  window: DateWindow;
}

export interface WorkerHoursRecord {
  worker_id: string;
  billable_hours: number;
}

export interface ProjectListFilter {
  accountId?: string | null;
  /** PSA stage labels to include. */
  stages?: readonly string[] | null;
  practice?: string | null;
  region?: string | null;
}

export interface TimeEntryListFilter {
  from?: string | null;
  to?: string | null;
  /** Timecard labels to include. */
  statuses?: readonly string[] | null;
  workerId?: string | null;
}

export interface DateWindow {
  from: string;
  to: string;
}

/** Reads are one round trip to the PSA each, whatever the number of ids. */
export interface ProjectsConnector extends ProjectsWrites, ProjectsTrendReads, ProjectsReconciliationReads {
  projectsByIds(ids: readonly string[]): Promise<ProjectRecord[]>;
  /** Up to `page.limit + 1` projects after `page.afterKey`, ordered by id. */
  listProjects(filter: ProjectListFilter, page: PageRequest): Promise<ProjectRecord[]>;
  countProjects(filter: ProjectListFilter): Promise<number>;
  /** Every project the filter selects (portfolio roll-ups). */
  allProjects(filter: ProjectListFilter): Promise<ProjectRecord[]>;
  projectsByAccountIds(accountIds: readonly string[]): Promise<ProjectRecord[]>;
  projectsByOpportunityIds(opportunityIds: readonly string[]): Promise<ProjectRecord[]>;
  milestonesByProjectIds(projectIds: readonly string[]): Promise<MilestoneRecord[]>;
  milestonesByIds(ids: readonly string[]): Promise<MilestoneRecord[]>;
  changeOrdersByIds(ids: readonly string[]): Promise<ChangeOrderRecord[]>;
  assignmentsByIds(ids: readonly string[]): Promise<AssignmentRecord[]>;
  assignmentsByProjectIds(projectIds: readonly string[]): Promise<AssignmentRecord[]>;
  assignmentsByWorkerIds(workerIds: readonly string[]): Promise<AssignmentRecord[]>;
  resourceRequestsByProjectIds(projectIds: readonly string[]): Promise<ResourceRequestRecord[]>;
  changeOrdersByProjectIds(projectIds: readonly string[]): Promise<ChangeOrderRecord[]>;
  expensesByProjectIds(projectIds: readonly string[]): Promise<ExpenseRecord[]>;
  /**
   * For each project, up to `page.limit + 1` of its time entries matching `filter`, ordered by
   * (work_date, id), after the key `page.afterKey` ("<date>|<id>").
   */
  timeEntryPages(projectIds: readonly string[], filter: TimeEntryListFilter, page: PageRequest): Promise<TimeEntryRecord[]>;
  countTimeEntries(projectIds: readonly string[], filter: TimeEntryListFilter): Promise<{ project_id: string; n: number }[]>;
  deliveryTotalsByProjectIds(projectIds: readonly string[]): Promise<DeliveryTotalsRecord[]>;
  /** Billable approved hours per worker in the window, across all projects. */
  billableHoursByWorkerIds(workerIds: readonly string[], window: DateWindow): Promise<WorkerHoursRecord[]>;
  /**
   * Billable approved hours per worker with any approved time on the given projects in the window;
   * with `workerIds`, those workers only.
   */
  billableHoursOnProjects(projectIds: readonly string[], window: DateWindow, workerIds?: readonly string[]): Promise<WorkerHoursRecord[]>;
  /**
   * Billable approved hours on the given projects of each worker in a window of its own (one per
   * worker): the consultants hired or terminated inside a utilization window, in one read.
   */
  billableHoursInWorkerWindows(projectIds: readonly string[], windows: readonly WorkerWindow[]): Promise<WorkerHoursRecord[]>;
  externalRefsByHubIds(hubIds: readonly string[]): Promise<XrefRecord[]>;
}

/** A project as the convert workflow creates it: native ids of other systems, minor units, hundredths of hours. */
export interface NewProject {
  accountId: string;
  opportunityId: string;
  contractId: string | null;
  managerId: string | null;
  name: string;
  billingModel: BillingModel;
  practice: string | null;
  region: string | null;
  startDate: string;
  endDate: string;
  bookings: number;
  currency: string;
  budgetHours: number | null;
  milestones: { name: string; amount: number | null; targetDate: string | null; requiresSignoff: boolean }[];
  resourceRequests: { role: string; hours: number; startDate: string | null; endDate: string | null }[];
}

export interface NewAssignment {
  projectId: string;
  workerId: string;
  role: string;
  startDate: string;
  endDate: string;
  allocationPct: number;
}

export interface NewChangeOrder {
  projectId: string;
  reason: string;
  deltaBookings: number;
  deltaBudgetHours: number;
  addedRoles: { role: string; hours: number; startDate: string | null; endDate: string | null }[];
}

export interface NewTimeEntry {
  projectId: string;
  workerId: string;
  date: string;
  hours: number;
  billable: boolean;
  notes: string | null;
  /** Minor units per hour in force on the work date. */
  billRate: number;
  costRate: number;
  /**
   * The delivery platform's worklog it comes from: a write with one an entry already carries writes
   * nothing and returns that entry. Absent (not null) otherwise, so the request hash of a write
   * without one is what it was before the field existed.
   */
  sourceRef?: string;
}

/**
 * The PSA's system-API writes (see shared/system-api.ts): each idempotent on its request key,
 * refusing with a RuleViolation (nothing written) when a PSA rule forbids it.
 */
export interface ProjectsWrites {
  createProject(request: SystemRequest, project: NewProject): Promise<SystemWriteOutcome>;
  removeProject(request: SystemRequest, projectId: string): Promise<SystemWriteOutcome>;
  changeProjectStatus(request: SystemRequest, projectId: string, status: ProjectStatus, reason: string | null): Promise<SystemWriteOutcome>;
  createAssignment(request: SystemRequest, assignment: NewAssignment): Promise<SystemWriteOutcome>;
  removeAssignment(request: SystemRequest, assignmentId: string): Promise<SystemWriteOutcome>;
  logTime(request: SystemRequest, entry: NewTimeEntry): Promise<SystemWriteOutcome>;
  submitTime(request: SystemRequest, timeEntryIds: readonly string[]): Promise<SystemWriteOutcome>;
  approveTime(request: SystemRequest, timeEntryIds: readonly string[]): Promise<SystemWriteOutcome>;
  markTimePosted(request: SystemRequest, timeEntryIds: readonly string[]): Promise<SystemWriteOutcome>;
  markTimeInvoiced(request: SystemRequest, timeEntryIds: readonly string[]): Promise<SystemWriteOutcome>;
  completeMilestone(request: SystemRequest, milestoneId: string, actualDate: string): Promise<SystemWriteOutcome>;
  signOffMilestone(request: SystemRequest, milestoneId: string, signedOffBy: string): Promise<SystemWriteOutcome>;
  approveMilestone(request: SystemRequest, milestoneId: string): Promise<SystemWriteOutcome>;
  reopenMilestone(request: SystemRequest, milestoneId: string): Promise<SystemWriteOutcome>;
  submitChangeOrder(request: SystemRequest, changeOrder: NewChangeOrder): Promise<SystemWriteOutcome>;
  decideChangeOrder(request: SystemRequest, changeOrderId: string, approve: boolean): Promise<SystemWriteOutcome>;
  reopenChangeOrder(request: SystemRequest, changeOrderId: string): Promise<SystemWriteOutcome>;
  applyChangeOrder(request: SystemRequest, changeOrderId: string): Promise<SystemWriteOutcome>;
  revertChangeOrder(request: SystemRequest, changeOrderId: string): Promise<SystemWriteOutcome>;
  milestoneById(id: string): Promise<MilestoneRecord | null>;
  changeOrderById(id: string): Promise<ChangeOrderRecord | null>;
  /** Timecards by native id with their assignment's role and the project's currency. */
  timeEntriesWithRole(ids: readonly string[]): Promise<(TimeEntryRecord & { role: string | null; currency: string })[]>;
}
