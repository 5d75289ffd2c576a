/**
 * The PSA's reads for the portfolio trend and the portfolio's month-by-month conversion: approved
 * work dated after a day, and by month, per project. Expenses in
 * another currency than the project's count as records but not in the values: the PSA holds no rates,
 * and they are dated in DeliveryTotals.foreignExpenses, which finance converts.
 */
import { placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import type { LaterWorkRecord, MonthlyWorkRecord, ProjectsTrendReads } from './types.ts';
import { APPROVED, APPROVED_EXPENSE, APPROVED_MILESTONE, valueOfHoursSql } from './sql-terms.ts';
import type { ProjectsReadModelReads } from './read-models.ts';

/**
 * The records and sums of laterWorkByProjectIds, by the month of their date, per project of
 * `inProjects` (a condition on a project id column); an approved milestone without an actual date
 * counts in the month of `undatedDay` (a SQL expression: a bound day, or '' for a month of '').
 */
export function monthlyWorkSql(inProjects: (column: string) => string, undatedDay: string): string {
  return `SELECT project_id, month,
      SUM(approved_hours) AS approved_hours,
      SUM(billable_approved_hours) AS billable_approved_hours,
      SUM(billable_time_value) AS billable_time_value,
      SUM(billable_expense_value) AS billable_expense_value,
      SUM(cost) AS cost,
      SUM(approved_milestone_value) AS approved_milestone_value,
      SUM(n) AS records
    FROM (
      SELECT project_id, SUBSTR(work_date, 1, 7) AS month, COUNT(*) AS n,
        SUM(hours) AS approved_hours,
        SUM(CASE WHEN billable = 1 THEN hours ELSE 0 END) AS billable_approved_hours,
        SUM(CASE WHEN billable = 1 THEN ${valueOfHoursSql('hours', 'bill_rate')} ELSE 0 END) AS billable_time_value,
        0 AS billable_expense_value,
        SUM(${valueOfHoursSql('hours', 'cost_rate')}) AS cost,
        0 AS approved_milestone_value
      FROM time_entry WHERE ${inProjects('project_id')} AND status IN ${APPROVED}
      GROUP BY 1, 2
      UNION ALL
      SELECT x.project_id, SUBSTR(x.expense_date, 1, 7) AS month, COUNT(*) AS n, 0, 0, 0,
        SUM(CASE WHEN x.billable = 1 AND x.currency = xp.currency THEN x.amount ELSE 0 END),
        SUM(CASE WHEN x.currency = xp.currency THEN x.amount ELSE 0 END),
        0
      FROM expense x JOIN project xp ON xp.id = x.project_id
      WHERE ${inProjects('x.project_id')} AND x.status = ${APPROVED_EXPENSE}
      GROUP BY 1, 2
      UNION ALL
      SELECT project_id, SUBSTR(COALESCE(actual_date, ${undatedDay}), 1, 7) AS month, COUNT(*) AS n, 0, 0, 0, 0, 0, SUM(amount)
      FROM milestone
      WHERE ${inProjects('project_id')} AND status = ${APPROVED_MILESTONE} AND amount IS NOT NULL
      GROUP BY 1, 2
    ) w
    GROUP BY project_id, month`;
}

/** A monthly work row with numeric sums (PostgreSQL returns them as strings). */
export function toMonthlyWork(row: MonthlyWorkRecord): MonthlyWorkRecord {
  return { ...toLaterWork(row), month: row.month };
}

/** A later work row with numeric sums (PostgreSQL returns them as strings). */
function toLaterWork(row: LaterWorkRecord): LaterWorkRecord {
  return {
    project_id: row.project_id,
    approved_hours: Number(row.approved_hours),
    billable_approved_hours: Number(row.billable_approved_hours),
    billable_time_value: Number(row.billable_time_value),
    billable_expense_value: Number(row.billable_expense_value),
    cost: Number(row.cost),
    approved_milestone_value: Number(row.approved_milestone_value),
    records: Number(row.records),
  };
}

export function createSqlProjectsTrendReads(db: SqlDatabase, readModels: ProjectsReadModelReads | null): ProjectsTrendReads {
  return {
    async laterWorkByProjectIds(ids, after, asOf) {
      if (ids.length === 0) return [];
      const list = placeholders(ids.length);
      const rows = await db.all<LaterWorkRecord>(
        `SELECT p.id AS project_id,
           COALESCE(t.approved_hours, 0) AS approved_hours,
           COALESCE(t.billable_approved_hours, 0) AS billable_approved_hours,
           COALESCE(t.billable_time_value, 0) AS billable_time_value,
           COALESCE(e.billable_expense_value, 0) AS billable_expense_value,
           COALESCE(t.time_cost, 0) + COALESCE(e.expense_cost, 0) AS cost,
           COALESCE(m.approved_milestone_value, 0) AS approved_milestone_value,
           COALESCE(t.n, 0) + COALESCE(e.n, 0) + COALESCE(m.n, 0) AS records
         FROM project p
         LEFT JOIN (
           SELECT project_id, COUNT(*) AS n,
             SUM(hours) AS approved_hours,
             SUM(CASE WHEN billable = 1 THEN hours ELSE 0 END) AS billable_approved_hours,
             SUM(CASE WHEN billable = 1 THEN ${valueOfHoursSql('hours', 'bill_rate')} ELSE 0 END) AS billable_time_value,
             SUM(${valueOfHoursSql('hours', 'cost_rate')}) AS time_cost
           FROM time_entry WHERE project_id IN (${list}) AND status IN ${APPROVED} AND work_date > ? GROUP BY project_id
         ) t ON t.project_id = p.id
         LEFT JOIN (
           SELECT x.project_id, COUNT(*) AS n,
             SUM(CASE WHEN x.billable = 1 AND x.currency = xp.currency THEN x.amount ELSE 0 END) AS billable_expense_value,
             SUM(CASE WHEN x.currency = xp.currency THEN x.amount ELSE 0 END) AS expense_cost
           FROM expense x JOIN project xp ON xp.id = x.project_id
           WHERE x.project_id IN (${list}) AND x.status = ${APPROVED_EXPENSE} AND x.expense_date > ? GROUP BY x.project_id
         ) e ON e.project_id = p.id
         LEFT JOIN (
           SELECT project_id, COUNT(*) AS n, SUM(amount) AS approved_milestone_value
           FROM milestone
           WHERE project_id IN (${list}) AND status = ${APPROVED_MILESTONE} AND amount IS NOT NULL AND COALESCE(actual_date, ?) > ?
           GROUP BY project_id
         ) m ON m.project_id = p.id
         WHERE p.id IN (${list})`,
        [...ids, after, ...ids, after, ...ids, asOf, after, ...ids],
      );
      return rows.map(toLaterWork);
    },
    async monthlyWorkByProjectIds(ids, asOf) {
      const { model, live } = readModels ? await readModels.split(ids) : { model: [], live: ids };
      const fromModel = model.length > 0 && readModels ? await readModels.monthlyWork(model, asOf) : [];
      const computed =
        live.length === 0
          ? []
          : await db.all<MonthlyWorkRecord>(
              monthlyWorkSql((column) => `${column} IN (${placeholders(live.length)})`, '?'),
              [...live, ...live, asOf, ...live],
            );
      return [...fromModel, ...computed.map(toMonthlyWork)].sort((a, b) =>
        a.project_id === b.project_id ? (a.month < b.month ? -1 : 1) : a.project_id < b.project_id ? -1 : 1,
      );
    },
  };
}
