/** The bundled PSA connector: the reference PSA store on node:sqlite or PostgreSQL. */
import { WhereBuilder } from '../../shared/filters.ts';
import { allWhereIn, chunksOf, countRows, placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { remainingEstimate } from '../../shared/kpi.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import { createSqlProjectsWrites } from './writes.ts';
import { createSqlProjectsTrendReads } from './trend.ts';
import { createSqlProjectsReconciliationReads } from './reconciliation-reads.ts';
import { projectStages } from './labels.ts';
import type {
  AssignmentRecord,
  ChangeOrderRecord,
  DateWindow,
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
import { APPROVED } from './sql-terms.ts';
import { env } from '../../../platform/env.ts';
import {
  createProjectsReadModelReads,
  deliverySumsSql,
  foreignExpensesByProject,
  foreignExpensesSql,
  workerWindowValues,
  type DeliverySumsRow,
} from './read-models.ts';

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

export interface SqlProjectsConnectorOptions {
  /** Whether KPI reads use the read models (connector/read-models.ts). @default env OPSGRAPH_READ_MODELS */
  readModels?: boolean;
}

/** Sums hours per worker over rows that may name a worker more than once, ordered by worker. */
function sumWorkerHours(rows: readonly WorkerHoursRecord[]): WorkerHoursRecord[] {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.worker_id, (totals.get(row.worker_id) ?? 0) + Number(row.billable_hours));
  return [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([worker_id, billable_hours]) => ({ worker_id, billable_hours }));
}

export function createSqlProjectsConnector(db: SqlDatabase, options: SqlProjectsConnectorOptions = {}): ProjectsConnector {
  const MILESTONE_SELECT = 'SELECT m.*, p.currency FROM milestone m JOIN project p ON p.id = m.project_id';
  const CHANGE_ORDER_SELECT = 'SELECT c.*, p.currency FROM change_order c JOIN project p ON p.id = c.project_id';
  const readModels = (options.readModels ?? env.readModels()) ? createProjectsReadModelReads(db) : null;

  async function liveDeliverySums(ids: readonly string[]): Promise<(DeliverySumsRow & { foreign_expenses: ForeignExpenseRecord[] })[]> {
    if (ids.length === 0) return [];
    const list = placeholders(ids.length);
    const inList = (column: string) => `${column} IN (${list})`;
    const rows = await db.all<DeliverySumsRow>(
      `SELECT sums.*, p.currency, p.stage FROM (${deliverySumsSql(inList('p.id'), inList)}) sums JOIN project p ON p.id = sums.project_id`,
      [...ids, ...ids, ...ids, ...ids, ...ids],
    );
    // Expenses in another currency are not summed: the PSA holds no rates, finance converts each one.
    const foreign = foreignExpensesByProject(await db.all<ForeignExpenseRecord>(foreignExpensesSql(inList('x.project_id')), ids));
    return rows.map((row) => ({ ...row, foreign_expenses: foreign.get(row.project_id) ?? [] }));
  }

  /** Billable approved hours per worker across projects (only `projectIds` when given). */
  function liveWorkerHours(workerIds: readonly string[], window: DateWindow, projectIds?: readonly string[]) {
    const projects = projectIds ? ` AND project_id IN (${placeholders(projectIds.length)})` : '';
    return allWhereIn<WorkerHoursRecord>(
      db,
      `SELECT worker_id, SUM(hours) AS billable_hours FROM time_entry
       WHERE worker_id IN (:ids) AND billable = 1 AND status IN ${APPROVED} AND work_date >= ? AND work_date <= ?${projects}
       GROUP BY worker_id`,
      workerIds,
      [],
      [window.from, window.to, ...(projectIds ?? [])],
    );
  }

  function liveHoursOnProjects(projectIds: readonly string[], window: DateWindow, workerIds?: readonly string[]) {
    const workers = workerIds ? ` AND worker_id IN (${placeholders(workerIds.length)})` : '';
    return allWhereIn<WorkerHoursRecord>(
      db,
      `SELECT worker_id, SUM(CASE WHEN billable = 1 THEN hours ELSE 0 END) AS billable_hours FROM time_entry
       WHERE project_id IN (:ids) AND status IN ${APPROVED} AND work_date >= ? AND work_date <= ?${workers}
       GROUP BY worker_id`,
      projectIds,
      [],
      [window.from, window.to, ...(workerIds ?? [])],
    );
  }

  return {
    ...createSqlProjectsWrites(db),
    ...createSqlProjectsTrendReads(db, readModels),
    ...createSqlProjectsReconciliationReads(db),
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
      const { model, live } = readModels ? await readModels.split(ids) : { model: [], live: ids };
      const rows = [...(model.length > 0 && readModels ? await readModels.deliverySums(model) : []), ...(await liveDeliverySums(live))];
      return rows.map(({ planned_hours, stage, ...totals }) => ({
        ...totals,
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
    async billableHoursByWorkerIds(workerIds, window) {
      const marked = readModels ? await readModels.markedProjects() : null;
      if (readModels && marked !== null) {
        // The model for every project but the marked ones, which are read live.
        const fromModel = await readModels.workerHours(window, { workerIds, exceptProjectIds: marked });
        const live = marked.length === 0 ? [] : await liveWorkerHours(workerIds, window, marked);
        return sumWorkerHours([...fromModel, ...live]).filter((row) => row.billable_hours > 0);
      }
      return sumWorkerHours(await liveWorkerHours(workerIds, window));
    },
    async billableHoursOnProjects(projectIds, window, workerIds) {
      // Everyone with approved time on the projects counts (their capacity is the denominator),
      // even with no billable hours. Chunks of projects are summed per worker.
      if (workerIds?.length === 0) return [];
      const { model, live } = readModels ? await readModels.split(projectIds) : { model: [], live: projectIds };
      const fromModel = model.length > 0 && readModels ? await readModels.workerHours(window, { projectIds: model, workerIds }) : [];
      return sumWorkerHours([...fromModel, ...(await liveHoursOnProjects(live, window, workerIds))]);
    },
    async billableHoursInWorkerWindows(projectIds, windows) {
      if (projectIds.length === 0 || windows.length === 0) return [];
      const { model, live } = readModels ? await readModels.split(projectIds) : { model: [], live: projectIds };
      const fromModel = model.length > 0 && readModels ? await readModels.workerWindowHours(model, windows) : [];
      const computed: WorkerHoursRecord[] = [];
      if (live.length > 0) {
        for (const chunk of chunksOf(windows, 300)) {
          const values = workerWindowValues(chunk);
          computed.push(
            ...(await allWhereIn<WorkerHoursRecord>(
              db,
              `WITH w (worker_id, from_day, to_day) AS (VALUES ${values.sql})
               SELECT t.worker_id, SUM(CASE WHEN t.billable = 1 THEN t.hours ELSE 0 END) AS billable_hours
               FROM time_entry t JOIN w ON w.worker_id = t.worker_id AND t.work_date >= w.from_day AND t.work_date <= w.to_day
               WHERE t.project_id IN (:ids) AND t.status IN ${APPROVED}
               GROUP BY t.worker_id`,
              live,
              values.params,
            )),
          );
        }
      }
      return sumWorkerHours([...fromModel, ...computed]);
    },
    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),
  };
}
