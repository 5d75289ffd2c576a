/**
 * The PSA's read models: per-project delivery totals and per-(project, consultant) running sums of
 * approved time by work day, kept in the PSA store beside the rows they summarize.
 *
 * Contract (see docs/read-models.md):
 * - Every insert, update or delete of a time entry, expense, milestone, assignment or project marks
 *   its project changed (`read_model_dirty`, a trigger in the same transaction: a write through the
 *   system API, a vendor sync or a hand-made SQL fix alike). A marked project is read live.
 * - The maintainer (subgraphs/shared/read-model.ts) recomputes marked projects when the PSA's domain
 *   events arrive on the bus, and as a backstop every OPSGRAPH_READ_MODEL_POLL_MS; it rebuilds
 *   everything when the checkpoint is absent (a new or emptied store).
 * - Reads take the model for the projects that are unmarked once the model is built and compute the
 *   others from the rows, so an answer is always the recomputation's.
 */
import { changeMarksDdl, markedModelTablesDdl, markedReadModelStore, readModelBuilt, type MarkedSource, type ReadModelStore } from '../../shared/read-model.ts';
import { allWhereIn, chunksOf, placeholders, type Migration, type SqlDatabase, type SqlParam } from '../../../platform/sql.ts';
import type { DateWindow, ForeignExpenseRecord, MonthlyWorkRecord, WorkerHoursRecord, WorkerWindow } from './types.ts';
import { monthlyWorkSql, toMonthlyWork } from './trend.ts';
import { APPROVED, APPROVED_EXPENSE, APPROVED_MILESTONE, valueOfHoursSql } from './sql-terms.ts';

/** The checkpoint's name and the bus consumer group of the PSA's read models. */
export const PROJECTS_READ_MODEL = 'projects-read-models';

/** Tables whose rows feed the models, each marking the project its row names. */
const SOURCES: MarkedSource[] = [
  { table: 'time_entry', key: (row) => `${row}.project_id` },
  { table: 'expense', key: (row) => `${row}.project_id` },
  { table: 'milestone', key: (row) => `${row}.project_id` },
  { table: 'assignment', key: (row) => `${row}.project_id` },
  { table: 'project', key: (row) => `${row}.id` },
];

const MODEL_TABLES = `${markedModelTablesDdl('read_model_dirty', 'project_id')};
  CREATE TABLE read_model_project_delivery (
    project_id TEXT PRIMARY KEY,
    approved_hours BIGINT NOT NULL,
    billable_approved_hours BIGINT NOT NULL,
    planned_hours BIGINT NOT NULL,
    billable_time_value BIGINT NOT NULL,
    billable_expense_value BIGINT NOT NULL,
    cost BIGINT NOT NULL,
    approved_milestone_value BIGINT NOT NULL,
    foreign_expenses TEXT NOT NULL
  );
  CREATE TABLE read_model_project_month (
    project_id TEXT NOT NULL,
    month TEXT NOT NULL,
    approved_hours BIGINT NOT NULL,
    billable_approved_hours BIGINT NOT NULL,
    billable_time_value BIGINT NOT NULL,
    billable_expense_value BIGINT NOT NULL,
    cost BIGINT NOT NULL,
    approved_milestone_value BIGINT NOT NULL,
    records BIGINT NOT NULL,
    PRIMARY KEY (project_id, month)
  );
  CREATE TABLE read_model_worker_day (
    project_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    work_date TEXT NOT NULL,
    cum_entries BIGINT NOT NULL,
    cum_billable_hours BIGINT NOT NULL,
    PRIMARY KEY (project_id, worker_id, work_date)
  );
  CREATE TABLE read_model_worker_pair (
    project_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    PRIMARY KEY (project_id, worker_id)
  );
  CREATE INDEX read_model_worker_pair_worker ON read_model_worker_pair (worker_id, project_id);`;

/** The migration that adds the models, their change marks and their checkpoint to the PSA store. */
export const PROJECTS_READ_MODEL_MIGRATION: Migration = {
  sqlite: `${MODEL_TABLES};\n  ${changeMarksDdl('sqlite', 'read_model_dirty', 'project_id', SOURCES)}`,
  postgres: `${MODEL_TABLES};\n  ${changeMarksDdl('postgres', 'read_model_dirty', 'project_id', SOURCES)}`,
};

/** The summed columns of delivery totals (see DeliveryTotalsRecord), per project of `projectWhere` (over `p`). */
export function deliverySumsSql(projectWhere: string, childWhere: (alias: string) => string): string {
  return `SELECT p.id AS project_id,
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
      FROM time_entry WHERE ${childWhere('project_id')} AND status IN ${APPROVED} GROUP BY project_id
    ) t ON t.project_id = p.id
    LEFT JOIN (
      SELECT project_id, SUM(planned_hours) AS planned_hours
      FROM assignment WHERE ${childWhere('project_id')} GROUP BY project_id
    ) a ON a.project_id = p.id
    LEFT JOIN (
      SELECT x.project_id,
        SUM(CASE WHEN x.billable = 1 THEN x.amount ELSE 0 END) AS billable_expense_value,
        SUM(x.amount) AS expense_cost
      FROM expense x JOIN project xp ON xp.id = x.project_id AND xp.currency = x.currency
      WHERE ${childWhere('x.project_id')} AND x.status = ${APPROVED_EXPENSE} GROUP BY x.project_id
    ) e ON e.project_id = p.id
    LEFT JOIN (
      SELECT project_id, SUM(amount) AS approved_milestone_value
      FROM milestone WHERE ${childWhere('project_id')} AND status = ${APPROVED_MILESTONE} AND amount IS NOT NULL
      GROUP BY project_id
    ) m ON m.project_id = p.id
    WHERE ${projectWhere}`;
}

/** Approved expenses in another currency than their project's, by project then date then id. */
export function foreignExpensesSql(projectWhere: string): string {
  return `SELECT x.project_id, x.expense_date, x.billable, x.amount, x.currency
    FROM expense x JOIN project xp ON xp.id = x.project_id AND xp.currency <> x.currency
    WHERE ${projectWhere} AND x.status = ${APPROVED_EXPENSE} ORDER BY x.project_id, x.expense_date, x.id`;
}

/** Groups foreign expense rows by project, with numeric columns. */
export function foreignExpensesByProject(rows: readonly ForeignExpenseRecord[]): Map<string, ForeignExpenseRecord[]> {
  const byProject = new Map<string, ForeignExpenseRecord[]>();
  for (const row of rows) {
    const expense = { ...row, billable: Number(row.billable), amount: Number(row.amount) };
    const list = byProject.get(row.project_id);
    if (list) list.push(expense);
    else byProject.set(row.project_id, [expense]);
  }
  return byProject;
}

/** Per (project, worker, day) approved entries and billable hours, with running sums per (project, worker). */
function workerDaysSql(timeEntryWhere: string): string {
  return `SELECT project_id, worker_id, work_date,
      SUM(entries) OVER (PARTITION BY project_id, worker_id ORDER BY work_date) AS cum_entries,
      SUM(billable_hours) OVER (PARTITION BY project_id, worker_id ORDER BY work_date) AS cum_billable_hours
    FROM (
      SELECT project_id, worker_id, work_date, COUNT(*) AS entries, SUM(CASE WHEN billable = 1 THEN hours ELSE 0 END) AS billable_hours
      FROM time_entry WHERE ${timeEntryWhere} AND status IN ${APPROVED}
      GROUP BY project_id, worker_id, work_date
    ) days`;
}

const MONTHLY_SUMS = 'approved_hours, billable_approved_hours, billable_time_value, billable_expense_value, cost, approved_milestone_value';

const DELIVERY_COLUMNS =
  'project_id, approved_hours, billable_approved_hours, planned_hours, billable_time_value, billable_expense_value, cost, approved_milestone_value';

/** Recomputes the models of `projectIds` (or of every project) in the transaction `tx`. */
async function recompute(tx: SqlDatabase, projectIds: readonly string[] | 'all'): Promise<void> {
  const chunks = projectIds === 'all' ? [null] : chunksOf(projectIds, 200);
  for (const ids of chunks) {
    const where = (column: string) => (ids === null ? '1 = 1' : `${column} IN (${placeholders(ids.length)})`);
    const params = ids ?? [];
    for (const table of ['read_model_project_delivery', 'read_model_project_month', 'read_model_worker_day', 'read_model_worker_pair']) {
      await tx.run(`DELETE FROM ${table} WHERE ${where('project_id')}`, params);
    }
    await tx.run(
      `INSERT INTO read_model_project_delivery (${DELIVERY_COLUMNS}, foreign_expenses)
       SELECT ${DELIVERY_COLUMNS}, '[]' FROM (${deliverySumsSql(where('p.id'), where)}) sums`,
      [...params, ...params, ...params, ...params, ...params],
    );
    const foreign = foreignExpensesByProject(await tx.all<ForeignExpenseRecord>(foreignExpensesSql(where('x.project_id')), params));
    for (const [projectId, expenses] of foreign) {
      await tx.run('UPDATE read_model_project_delivery SET foreign_expenses = ? WHERE project_id = ?', [JSON.stringify(expenses), projectId]);
    }
    // Approved milestones without an actual date are kept under the month '' (the business date's at read time).
    await tx.run(
      `INSERT INTO read_model_project_month (project_id, month, ${MONTHLY_SUMS}, records)
       ${monthlyWorkSql(where, "''")}`,
      [...params, ...params, ...params],
    );
    await tx.run(
      `INSERT INTO read_model_worker_day (project_id, worker_id, work_date, cum_entries, cum_billable_hours) ${workerDaysSql(where('project_id'))}`,
      params,
    );
    await tx.run(
      `INSERT INTO read_model_worker_pair (project_id, worker_id)
       SELECT DISTINCT project_id, worker_id FROM read_model_worker_day WHERE ${where('project_id')}`,
      params,
    );
  }
}

/** A VALUES list of (worker, first day, last day) rows, typed so that PostgreSQL need not infer them. */
export function workerWindowValues(windows: readonly WorkerWindow[]): { sql: string; params: string[] } {
  return {
    sql: windows.map(() => '(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))').join(', '),
    params: windows.flatMap(({ workerId, window }) => [workerId, window.from, window.to]),
  };
}

/** How the maintainer (subgraphs/shared/read-model.ts) keeps the PSA's models. */
export function projectsReadModelStore(db: SqlDatabase): ReadModelStore {
  return markedReadModelStore(db, { name: PROJECTS_READ_MODEL, sources: ['PSA'], markTable: 'read_model_dirty', keyColumn: 'project_id', recompute });
}

/** The model's delivery sums of a project (DeliveryTotalsRecord before its project's currency and stage). */
export interface DeliverySumsRow {
  project_id: string;
  currency: string;
  stage: string;
  approved_hours: number;
  billable_approved_hours: number;
  planned_hours: number;
  billable_time_value: number;
  billable_expense_value: number;
  cost: number;
  approved_milestone_value: number;
}

/** Above this many changed projects, a read over every project's time is computed live altogether. */
const MAX_MARKED_TO_SPLIT = 200;

/** Reads of the PSA's read models, for the connector (connector/sql.ts). */
export interface ProjectsReadModelReads {
  /**
   * Splits `projectIds` into those the model answers for now (built, unmarked) and those to compute
   * live; without the model built, every id is live.
   */
  split(projectIds: readonly string[]): Promise<{ model: string[]; live: string[] }>;
  /** Every marked project, or null when the model is not built or too many are marked to split by. */
  markedProjects(): Promise<string[] | null>;
  deliverySums(projectIds: readonly string[]): Promise<(DeliverySumsRow & { foreign_expenses: ForeignExpenseRecord[] })[]>;
  /** The billable hours on `projectIds` of each worker in its own window, from the running sums. */
  workerWindowHours(projectIds: readonly string[], windows: readonly WorkerWindow[]): Promise<WorkerHoursRecord[]>;
  /** Approved work by month (ProjectsTrendReads.monthlyWorkByProjectIds), undated milestones in the month of `asOf`. */
  monthlyWork(projectIds: readonly string[], asOf: string): Promise<MonthlyWorkRecord[]>;
  /** Entries and billable hours per worker in the window on `projectIds` (a worker's pairs), from the running sums. */
  workerHours(
    window: DateWindow,
    scope: { projectIds: readonly string[]; workerIds?: readonly string[] } | { workerIds: readonly string[]; exceptProjectIds: readonly string[] },
  ): Promise<(WorkerHoursRecord & { entries: number })[]>;
}

export function createProjectsReadModelReads(db: SqlDatabase): ProjectsReadModelReads {
  const built = () => readModelBuilt(db, PROJECTS_READ_MODEL);
  // The window's hours of a (project, worker) pair: its running sums on the last day on or before
  // `to` less those on the last day before `from` (two index seeks per pair).
  const windowSums = (pairWhere: string) => `SELECT p.worker_id,
      SUM(COALESCE(hi.cum_entries, 0) - COALESCE(lo.cum_entries, 0)) AS entries,
      SUM(COALESCE(hi.cum_billable_hours, 0) - COALESCE(lo.cum_billable_hours, 0)) AS billable_hours
    FROM read_model_worker_pair p
    LEFT JOIN read_model_worker_day hi ON hi.project_id = p.project_id AND hi.worker_id = p.worker_id
      AND hi.work_date = (SELECT MAX(x.work_date) FROM read_model_worker_day x WHERE x.project_id = p.project_id AND x.worker_id = p.worker_id AND x.work_date <= ?)
    LEFT JOIN read_model_worker_day lo ON lo.project_id = p.project_id AND lo.worker_id = p.worker_id
      AND lo.work_date = (SELECT MAX(y.work_date) FROM read_model_worker_day y WHERE y.project_id = p.project_id AND y.worker_id = p.worker_id AND y.work_date < ?)
    WHERE ${pairWhere}
    GROUP BY p.worker_id`;
  const sumByWorker = (rows: { worker_id: string; entries: number; billable_hours: number }[]) => {
    const totals = new Map<string, { entries: number; billable_hours: number }>();
    for (const row of rows) {
      const total = totals.get(row.worker_id) ?? { entries: 0, billable_hours: 0 };
      total.entries += Number(row.entries);
      total.billable_hours += Number(row.billable_hours);
      totals.set(row.worker_id, total);
    }
    return [...totals].map(([worker_id, total]) => ({ worker_id, ...total })).filter((row) => row.entries > 0);
  };
  return {
    async split(projectIds) {
      if (projectIds.length === 0) return { model: [], live: [] };
      if (!(await built())) return { model: [], live: [...projectIds] };
      const marked = new Set(
        (await allWhereIn<{ project_id: string }>(db, 'SELECT project_id FROM read_model_dirty WHERE project_id IN (:ids)', projectIds)).map(
          (row) => row.project_id,
        ),
      );
      return { model: projectIds.filter((id) => !marked.has(id)), live: projectIds.filter((id) => marked.has(id)) };
    },
    async markedProjects() {
      if (!(await built())) return null;
      const rows = await db.all<{ project_id: string }>('SELECT project_id FROM read_model_dirty ORDER BY project_id LIMIT ?', [MAX_MARKED_TO_SPLIT + 1]);
      return rows.length > MAX_MARKED_TO_SPLIT ? null : rows.map((row) => row.project_id);
    },
    async deliverySums(projectIds) {
      const rows = await allWhereIn<DeliverySumsRow & { foreign_expenses: string }>(
        db,
        `SELECT d.*, p.currency, p.stage FROM read_model_project_delivery d JOIN project p ON p.id = d.project_id WHERE d.project_id IN (:ids)`,
        projectIds,
      );
      return rows.map((row) => ({ ...row, foreign_expenses: JSON.parse(row.foreign_expenses) as ForeignExpenseRecord[] }));
    },
    async workerWindowHours(projectIds, windows) {
      const rows: { worker_id: string; entries: number; billable_hours: number }[] = [];
      for (const chunk of chunksOf(windows, 300)) {
        const values = workerWindowValues(chunk);
        rows.push(
          ...(await allWhereIn<{ worker_id: string; entries: number; billable_hours: number }>(
            db,
            `WITH w (worker_id, from_day, to_day) AS (VALUES ${values.sql})
             SELECT p.worker_id,
               SUM(COALESCE(hi.cum_entries, 0) - COALESCE(lo.cum_entries, 0)) AS entries,
               SUM(COALESCE(hi.cum_billable_hours, 0) - COALESCE(lo.cum_billable_hours, 0)) AS billable_hours
             FROM w
             JOIN read_model_worker_pair p ON p.worker_id = w.worker_id
             LEFT JOIN read_model_worker_day hi ON hi.project_id = p.project_id AND hi.worker_id = p.worker_id
               AND hi.work_date = (SELECT MAX(x.work_date) FROM read_model_worker_day x WHERE x.project_id = p.project_id AND x.worker_id = p.worker_id AND x.work_date <= w.to_day)
             LEFT JOIN read_model_worker_day lo ON lo.project_id = p.project_id AND lo.worker_id = p.worker_id
               AND lo.work_date = (SELECT MAX(y.work_date) FROM read_model_worker_day y WHERE y.project_id = p.project_id AND y.worker_id = p.worker_id AND y.work_date < w.from_day)
             WHERE p.project_id IN (:ids)
             GROUP BY p.worker_id`,
            projectIds,
            values.params,
          )),
        );
      }
      return sumByWorker(rows).map(({ worker_id, billable_hours }) => ({ worker_id, billable_hours }));
    },
    async monthlyWork(projectIds, asOf) {
      const rows = await allWhereIn<MonthlyWorkRecord>(db, 'SELECT * FROM read_model_project_month WHERE project_id IN (:ids)', projectIds);
      const merged = new Map<string, MonthlyWorkRecord>();
      for (const row of rows.map(toMonthlyWork)) {
        const month = row.month === '' ? asOf.slice(0, 7) : row.month;
        const key = `${row.project_id}|${month}`;
        const into = merged.get(key);
        if (!into) {
          merged.set(key, { ...row, month });
          continue;
        }
        for (const field of [
          'approved_hours',
          'billable_approved_hours',
          'billable_time_value',
          'billable_expense_value',
          'cost',
          'approved_milestone_value',
          'records',
        ] as const) {
          into[field] += row[field];
        }
      }
      return [...merged.values()];
    },
    async workerHours(window, scope) {
      if ('projectIds' in scope) {
        if (scope.projectIds.length === 0 || scope.workerIds?.length === 0) return [];
        const workers = scope.workerIds ? ` AND p.worker_id IN (${placeholders(scope.workerIds.length)})` : '';
        const rows = await allWhereIn<{ worker_id: string; entries: number; billable_hours: number }>(
          db,
          windowSums(`p.project_id IN (:ids)${workers}`),
          scope.projectIds,
          [window.to, window.from],
          scope.workerIds ?? [],
        );
        return sumByWorker(rows);
      }
      if (scope.workerIds.length === 0) return [];
      const except: SqlParam[] = [...scope.exceptProjectIds];
      const exceptSql = except.length > 0 ? ` AND p.project_id NOT IN (${placeholders(except.length)})` : '';
      const rows = await allWhereIn<{ worker_id: string; entries: number; billable_hours: number }>(
        db,
        windowSums(`p.worker_id IN (:ids)${exceptSql}`),
        scope.workerIds,
        [window.to, window.from],
        except,
      );
      return sumByWorker(rows);
    },
  };
}
