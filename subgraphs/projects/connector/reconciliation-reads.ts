/**
 * The PSA's reads for reconciliation (docs/reconciliation.md): the facts the workflows service
 * compares with the other systems of record. Each is bounded: at most `limit` rows, and the caller
 * learns whether more matched (it asks for `limit + 1` and cuts). Native ids and labels, as stored.
 */
import { placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import type { EntityType } from '../../shared/ids.ts';
import { readStoredIds, type StoredIdSource, type StoredIdsPage, type StoredIdsRequest } from '../../shared/stored-ids.ts';
import type { TimeEntryRecord } from './types.ts';

/** Rows of a bounded read and whether more matched. */
export interface Bounded<Row> {
  rows: Row[];
  truncated: boolean;
}

/** A project's facts the other systems hold too. */
export interface ReconciliationProjectRecord {
  id: string;
  code: string;
  account_id: string;
  contract_id: string | null;
  stage: string;
  billing_model: string;
  bookings: number;
  currency: string;
  region: string | null;
}

export type ReconciliationTimeRecord = TimeEntryRecord & { role: string | null; currency: string };

export interface ReconciliationAssignmentRecord {
  id: string;
  project_id: string;
  worker_id: string;
  role: string;
  start_date: string;
  end_date: string;
  status: string;
}

/** The time of a project at one bill rate for one role: its first and last work date and count. */
export interface BillRateSpanRecord {
  project_id: string;
  role: string;
  region: string | null;
  currency: string;
  bill_rate: number;
  first_date: string;
  last_date: string;
  entries: number;
}

/** Where the PSA keeps each id the identity registry maps for it. */
export const PSA_STORED_IDS: readonly StoredIdSource[] = [{ entityType: 'Project', table: 'project', column: 'id' }];

export interface ProjectsReconciliationReads {
  /** The ids of one of PSA_STORED_IDS: a page in id order, or which of `request.ids` the PSA holds. */
  storedIds(entityType: EntityType, request: StoredIdsRequest): Promise<StoredIdsPage>;
  /** Every project's status, contract, bookings, currency and region, ordered by id. */
  reconciliationProjects(limit: number): Promise<Bounded<ReconciliationProjectRecord>>;
  /** Timecards still `Approved` dated on or before `before`, oldest first. */
  staleApprovedTime(before: string, limit: number): Promise<Bounded<ReconciliationTimeRecord>>;
  /** Timecards of each worker dated after that worker's date (a termination). */
  timeAfterDates(workers: readonly { workerId: string; date: string }[], limit: number): Promise<Bounded<ReconciliationTimeRecord>>;
  /** Assignments of each worker ending after that worker's date. */
  assignmentsAfterDates(workers: readonly { workerId: string; date: string }[], limit: number): Promise<Bounded<ReconciliationAssignmentRecord>>;
  /** Bill rates in use, per project, assignment role and rate. */
  billRateSpans(limit: number): Promise<Bounded<BillRateSpanRecord>>;
  /** A project's timecards at `billRate` for `role`, dated `from` to `to`, by date. */
  timeAtRate(projectId: string, role: string, billRate: number, from: string, to: string, limit: number): Promise<Bounded<ReconciliationTimeRecord>>;
  /** Per project, the timecards the PSA holds as posted to the ERP (Posted, Billed, Invoiced). */
  postedTimeCounts(limit: number): Promise<Bounded<{ project_id: string; entries: number }>>;
}

const bounded = <Row>(rows: Row[], limit: number): Bounded<Row> => ({ rows: rows.slice(0, limit), truncated: rows.length > limit });

const TIME_COLUMNS = 'SELECT t.*, a.role, p.currency FROM time_entry t JOIN project p ON p.id = t.project_id LEFT JOIN assignment a ON a.id = t.assignment_id';

/** Each worker's own condition, OR-ed: one query whatever the number of workers (the caller bounds it). */
function perWorker(workers: readonly { workerId: string; date: string }[], workerColumn: string, dateColumn: string) {
  return {
    sql: workers.map(() => `(${workerColumn} = ? AND ${dateColumn} > ?)`).join(' OR '),
    params: workers.flatMap((worker) => [worker.workerId, worker.date]),
  };
}

export function createSqlProjectsReconciliationReads(db: SqlDatabase): ProjectsReconciliationReads {
  const numbers = <Row extends object>(rows: Row[], columns: readonly (keyof Row)[]) =>
    rows.map((row) => {
      const copy = { ...row };
      for (const column of columns) copy[column] = Number(row[column]) as Row[keyof Row];
      return copy;
    });
  const time = (rows: ReconciliationTimeRecord[]) => numbers(rows, ['hours', 'billable', 'bill_rate', 'cost_rate', 'version']);
  return {
    async storedIds(entityType, request) {
      const source = PSA_STORED_IDS.find((candidate) => candidate.entityType === entityType);
      if (!source) throw new Error(`the PSA holds no ${entityType} ids`);
      return readStoredIds(db, source, request);
    },
    async reconciliationProjects(limit) {
      const rows = await db.all<ReconciliationProjectRecord>(
        'SELECT id, code, account_id, contract_id, stage, billing_model, bookings, currency, region FROM project ORDER BY id LIMIT ?',
        [limit + 1],
      );
      return bounded(numbers(rows, ['bookings']), limit);
    },
    async staleApprovedTime(before, limit) {
      // time_entry_window leads with work_date: the old end of the table only.
      const rows = await db.all<ReconciliationTimeRecord>(
        `${TIME_COLUMNS} WHERE t.work_date <= ? AND t.status = 'Approved' ORDER BY t.work_date, t.id LIMIT ?`,
        [before, limit + 1],
      );
      return bounded(time(rows), limit);
    },
    async timeAfterDates(workers, limit) {
      if (workers.length === 0) return { rows: [], truncated: false };
      // time_entry_worker_date serves each (worker, after date) condition.
      const condition = perWorker(workers, 't.worker_id', 't.work_date');
      const rows = await db.all<ReconciliationTimeRecord>(`${TIME_COLUMNS} WHERE ${condition.sql} ORDER BY t.worker_id, t.work_date, t.id LIMIT ?`, [
        ...condition.params,
        limit + 1,
      ]);
      return bounded(time(rows), limit);
    },
    async assignmentsAfterDates(workers, limit) {
      if (workers.length === 0) return { rows: [], truncated: false };
      const condition = perWorker(workers, 'worker_id', 'end_date');
      const rows = await db.all<ReconciliationAssignmentRecord>(
        `SELECT id, project_id, worker_id, role, start_date, end_date, status FROM assignment WHERE ${condition.sql} ORDER BY worker_id, id LIMIT ?`,
        [...condition.params, limit + 1],
      );
      return bounded(rows, limit);
    },
    async billRateSpans(limit) {
      const rows = await db.all<BillRateSpanRecord>(
        `SELECT t.project_id, a.role, p.region, p.currency, t.bill_rate, MIN(t.work_date) AS first_date, MAX(t.work_date) AS last_date, COUNT(*) AS entries
         FROM time_entry t JOIN assignment a ON a.id = t.assignment_id JOIN project p ON p.id = t.project_id
         GROUP BY t.project_id, a.role, p.region, p.currency, t.bill_rate
         ORDER BY t.project_id, a.role, t.bill_rate LIMIT ?`,
        [limit + 1],
      );
      return bounded(numbers(rows, ['bill_rate', 'entries']), limit);
    },
    async timeAtRate(projectId, role, billRate, from, to, limit) {
      const rows = await db.all<ReconciliationTimeRecord>(
        `${TIME_COLUMNS} WHERE t.project_id = ? AND t.work_date >= ? AND t.work_date <= ? AND t.bill_rate = ? AND a.role = ? ORDER BY t.work_date, t.id LIMIT ?`,
        [projectId, from, to, billRate, role, limit + 1],
      );
      return bounded(time(rows), limit);
    },
    async postedTimeCounts(limit) {
      const labels = ['Posted', 'Billed', 'Invoiced'];
      const rows = await db.all<{ project_id: string; entries: number }>(
        `SELECT project_id, COUNT(*) AS entries FROM time_entry WHERE status IN (${placeholders(labels.length)}) GROUP BY project_id ORDER BY project_id LIMIT ?`,
        [...labels, limit + 1],
      );
      return bounded(numbers(rows, ['entries']), limit);
    },
  };
}
