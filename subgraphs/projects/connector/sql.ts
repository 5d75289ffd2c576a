/** The bundled PSA connector: the reference PSA store on node:sqlite or PostgreSQL. */
import { WhereBuilder } from '../../shared/filters.ts';
import { allWhereIn, countRows, placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { remainingEstimate } from '../../shared/kpi.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import { createSqlProjectsWrites } from './writes.ts';
import { createSqlProjectsTrendReads } from './trend.ts';
import { projectStages } from './labels.ts';
import type {
  AssignmentRecord,
  ChangeOrderRecord,
  DeliveryTotalsRecord,
  ExpenseRecord,
  ForeignExpenseRecord,
  MilestoneRecord,
  ProjectListFilter,
  ProjectRecord,
  ProjectsConnector,
  ResourceRequestRecord,
  TimeEntryListFilter,
  TimeEntryRecord,
  WorkerHoursRecord,
} from './types.ts';
import { APPROVED, APPROVED_EXPENSE, APPROVED_MILESTONE, valueOfHoursSql } from './sql-terms.ts';

function projectWhere(filter: ProjectListFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder()
    .when(filter.accountId, 'account_id = ?')
    .whenIn('stage', filter.stages)
    .when(filter.practice, 'practice = ?')
    .when(filter.region, 'region = ?')
    .when(afterKey, 'id > ?');
}

function timeEntryWhere(filter: TimeEntryListFilter): WhereBuilder {
  return new WhereBuilder()
    .when(filter.from, 'work_date >= ?')
    .when(filter.to, 'work_date <= ?')
    .whenIn('status', filter.statuses)
    .when(filter.workerId, 'worker_id = ?');
}

/** Splits a time entry cursor key "<date>|<id>". */
function timeEntryKey(afterKey: string | null): [string, string] | null {
  if (afterKey === null) return null;
  const [date, id] = afterKey.split('|');
  return [date ?? '', id ?? ''];
}

export function createSqlProjectsConnector(db: SqlDatabase): ProjectsConnector {
  const MILESTONE_SELECT = 'SELECT m.*, p.currency FROM milestone m JOIN project p ON p.id = m.project_id';
  const CHANGE_ORDER_SELECT = 'SELECT c.*, p.currency FROM change_order c JOIN project p ON p.id = c.project_id';
  return {
    ...createSqlProjectsWrites(db),
    ...createSqlProjectsTrendReads(db),
    projectsByIds: (ids) => allWhereIn<ProjectRecord>(db, 'SELECT * FROM project WHERE id IN (:ids)', ids),
    async listProjects(filter, page) {
      const where = projectWhere(filter, page.afterKey);
      return db.all<ProjectRecord>(`SELECT * FROM project${where.toSql()} ORDER BY id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countProjects(filter) {
      const where = projectWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM project${where.toSql()}`, where.params);
    },
    async allProjects(filter) {
      const where = projectWhere(filter);
      return db.all<ProjectRecord>(`SELECT * FROM project${where.toSql()} ORDER BY id`, where.params);
    },
    projectsByAccountIds: (ids) => allWhereIn<ProjectRecord>(db, 'SELECT * FROM project WHERE account_id IN (:ids) ORDER BY account_id, id', ids),
    projectsByOpportunityIds: (ids) => allWhereIn<ProjectRecord>(db, 'SELECT * FROM project WHERE opportunity_id IN (:ids) ORDER BY opportunity_id, id', ids),
    milestonesByIds: (ids) => allWhereIn<MilestoneRecord>(db, `${MILESTONE_SELECT} WHERE m.id IN (:ids)`, ids),
    changeOrdersByIds: (ids) => allWhereIn<ChangeOrderRecord>(db, `${CHANGE_ORDER_SELECT} WHERE c.id IN (:ids)`, ids),
    milestonesByProjectIds: (ids) =>
      allWhereIn<MilestoneRecord>(db, `${MILESTONE_SELECT} WHERE m.project_id IN (:ids) ORDER BY m.project_id, m.target_date, m.id`, ids),
    assignmentsByIds: (ids) => allWhereIn<AssignmentRecord>(db, 'SELECT * FROM assignment WHERE id IN (:ids)', ids),
    assignmentsByProjectIds: (ids) =>
      allWhereIn<AssignmentRecord>(db, 'SELECT * FROM assignment WHERE project_id IN (:ids) ORDER BY project_id, start_date, id', ids),
    assignmentsByWorkerIds: (ids) =>
      allWhereIn<AssignmentRecord>(db, 'SELECT * FROM assignment WHERE worker_id IN (:ids) ORDER BY worker_id, start_date, id', ids),
    resourceRequestsByProjectIds: (ids) =>
      allWhereIn<ResourceRequestRecord>(db, 'SELECT * FROM resource_request WHERE project_id IN (:ids) ORDER BY project_id, id', ids),
    changeOrdersByProjectIds: (ids) =>
      allWhereIn<ChangeOrderRecord>(db, `${CHANGE_ORDER_SELECT} WHERE c.project_id IN (:ids) ORDER BY c.project_id, c.id`, ids),
    expensesByProjectIds: (ids) => allWhereIn<ExpenseRecord>(db, 'SELECT * FROM expense WHERE project_id IN (:ids) ORDER BY project_id, expense_date, id', ids),
    async timeEntryPages(projectIds, filter, page) {
      if (projectIds.length === 0) return [];
      const where = timeEntryWhere(filter).always(`project_id IN (${placeholders(projectIds.length)})`, ...projectIds);
      const after = timeEntryKey(page.afterKey);
      if (after) where.always('(work_date > ? OR (work_date = ? AND id > ?))', after[0], after[0], after[1]);
      // One project (a project 360): walk the (project_id, work_date, id) index and stop at the page.
      if (projectIds.length === 1) {
        return db.all<TimeEntryRecord>(`SELECT * FROM time_entry${where.toSql()} ORDER BY work_date, id LIMIT ?`, [...where.params, page.limit + 1]);
      }
      return db.all<TimeEntryRecord>(
        `SELECT * FROM (
           SELECT t.*, ROW_NUMBER() OVER (PARTITION BY project_id ORDER BY work_date, id) AS page_row
           FROM time_entry t${where.toSql()}
         ) ranked WHERE page_row <= ? ORDER BY project_id, work_date, id`,
        [...where.params, page.limit + 1],
      );
    },
    async countTimeEntries(projectIds, filter) {
      if (projectIds.length === 0) return [];
      const where = timeEntryWhere(filter).always(`project_id IN (${placeholders(projectIds.length)})`, ...projectIds);
      return db.all<{ project_id: string; n: number }>(`SELECT project_id, COUNT(*) AS n FROM time_entry${where.toSql()} GROUP BY project_id`, where.params);
    },
    async deliveryTotalsByProjectIds(ids) {
      if (ids.length === 0) return [];
      const list = placeholders(ids.length);
      const rows = await db.all<Omit<DeliveryTotalsRecord, 'foreign_expenses'> & { planned_hours: number; stage: string }>(
        `SELECT p.id AS project_id, p.currency, p.stage,
           COALESCE(t.approved_hours, 0) AS approved_hours,
           COALESCE(t.billable_approved_hours, 0) AS billable_approved_hours,
           COALESCE(a.planned_hours, 0) AS planned_hours,
           COALESCE(t.billable_time_value, 0) AS billable_time_value,
           COALESCE(e.billable_expense_value, 0) AS billable_expense_value,
           COALESCE(t.time_cost, 0) + COALESCE(e.expense_cost, 0) AS cost,
           COALESCE(m.approved_milestone_value, 0) AS approved_milestone_value
         FROM project p
         LEFT JOIN (
           SELECT project_id,
             SUM(hours) AS approved_hours,
             SUM(CASE WHEN billable = 1 THEN hours ELSE 0 END) AS billable_approved_hours,
             SUM(CASE WHEN billable = 1 THEN ${valueOfHoursSql('hours', 'bill_rate')} ELSE 0 END) AS billable_time_value,
             SUM(${valueOfHoursSql('hours', 'cost_rate')}) AS time_cost
           FROM time_entry WHERE project_id IN (${list}) AND status IN ${APPROVED} GROUP BY project_id
         ) t ON t.project_id = p.id
         LEFT JOIN (
           SELECT project_id, SUM(planned_hours) AS planned_hours
           FROM assignment WHERE project_id IN (${list}) GROUP BY project_id
         ) a ON a.project_id = p.id
         LEFT JOIN (
           SELECT x.project_id,
             SUM(CASE WHEN x.billable = 1 THEN x.amount ELSE 0 END) AS billable_expense_value,
             SUM(x.amount) AS expense_cost
           FROM expense x JOIN project xp ON xp.id = x.project_id AND xp.currency = x.currency
           WHERE x.project_id IN (${list}) AND x.status = ${APPROVED_EXPENSE} GROUP BY x.project_id
         ) e ON e.project_id = p.id
         LEFT JOIN (
           SELECT project_id, SUM(amount) AS approved_milestone_value
           FROM milestone WHERE project_id IN (${list}) AND status = ${APPROVED_MILESTONE} AND amount IS NOT NULL
           GROUP BY project_id
         ) m ON m.project_id = p.id
         WHERE p.id IN (${list})`,
        [...ids, ...ids, ...ids, ...ids, ...ids],
      );
      // Expenses in another currency are not summed: the PSA holds no rates, finance converts each one.
      const foreign = await db.all<ForeignExpenseRecord>(
        `SELECT x.project_id, x.expense_date, x.billable, x.amount, x.currency
         FROM expense x JOIN project xp ON xp.id = x.project_id AND xp.currency <> x.currency
         WHERE x.project_id IN (${list}) AND x.status = ${APPROVED_EXPENSE} ORDER BY x.project_id, x.expense_date, x.id`,
        ids,
      );
      const foreignOf = new Map<string, ForeignExpenseRecord[]>();
      for (const row of foreign) {
        const expense = { ...row, billable: Number(row.billable), amount: Number(row.amount) };
        foreignOf.set(row.project_id, [...(foreignOf.get(row.project_id) ?? []), expense]);
      }
      return rows.map(({ planned_hours, stage, ...totals }) => ({
        ...totals,
        foreign_expenses: foreignOf.get(totals.project_id) ?? [],
        approved_hours: Number(totals.approved_hours),
        billable_approved_hours: Number(totals.billable_approved_hours),
        billable_time_value: Number(totals.billable_time_value),
        billable_expense_value: Number(totals.billable_expense_value),
        cost: Number(totals.cost),
        approved_milestone_value: Number(totals.approved_milestone_value),
        // Zero once the project is COMPLETED or CLOSED: the estimate at completion is then the actual.
        remaining_planned_hours: remainingEstimate(projectStages.toCanonical(stage), Number(planned_hours), Number(totals.approved_hours)),
      }));
    },
    billableHoursByWorkerIds: (workerIds, window) =>
      allWhereIn<WorkerHoursRecord>(
        db,
        `SELECT worker_id, SUM(hours) AS billable_hours FROM time_entry
         WHERE worker_id IN (:ids) AND billable = 1 AND status IN ${APPROVED} AND work_date >= ? AND work_date <= ?
         GROUP BY worker_id`,
        workerIds,
        [],
        [window.from, window.to],
      ),
    async billableHoursOnProjects(projectIds, window, workerIds) {
      // Everyone with approved time on the projects counts (their capacity is the denominator),
      // even with no billable hours. Chunks of projects are summed per worker.
      if (workerIds?.length === 0) return [];
      const workers = workerIds ? ` AND worker_id IN (${placeholders(workerIds.length)})` : '';
      const rows = await allWhereIn<WorkerHoursRecord>(
        db,
        `SELECT worker_id, SUM(CASE WHEN billable = 1 THEN hours ELSE 0 END) AS billable_hours FROM time_entry
         WHERE project_id IN (:ids) AND status IN ${APPROVED} AND work_date >= ? AND work_date <= ?${workers}
         GROUP BY worker_id`,
        projectIds,
        [],
        [window.from, window.to, ...(workerIds ?? [])],
      );
      const totals = new Map<string, number>();
      for (const row of rows) totals.set(row.worker_id, (totals.get(row.worker_id) ?? 0) + Number(row.billable_hours));
      return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([worker_id, billable_hours]) => ({ worker_id, billable_hours }));
    },
    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),
  };
}
