/** The bundled HCM connector: the reference HCM store on node:sqlite or PostgreSQL. */
import { WhereBuilder } from '../../shared/filters.ts';
import { allWhereIn, countRows, type SqlDatabase } from '../../../platform/sql.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import { workerStatuses } from './labels.ts';
import type { CostRateRecord, ResourcesConnector, TimeOffRecord, WorkerListFilter, WorkerRecord, WorkerSkillRecord } from './types.ts';

function workerWhere(filter: WorkerListFilter, afterKey: string | null = null): WhereBuilder {
  const windowStart = filter.availableFrom ?? filter.availableTo;
  const windowEnd = filter.availableTo ?? filter.availableFrom;
  return new WhereBuilder()
    .when(filter.skill, 'EXISTS (SELECT 1 FROM worker_skill s WHERE s.worker_id = worker.id AND LOWER(s.skill) = LOWER(?))')
    .when(filter.practice, 'practice = ?')
    .when(filter.location, 'location = ?')
    .when(windowStart, '(hire_date IS NULL OR hire_date <= ?)')
    .when(windowEnd, '(termination_date IS NULL OR termination_date >= ?)')
    .when(windowStart, 'status <> ?', workerStatuses.labelOf('ON_LEAVE'))
    .when(afterKey, 'id > ?');
}

export function createSqlResourcesConnector(db: SqlDatabase): ResourcesConnector {
  return {
    workersByIds: (ids) => allWhereIn<WorkerRecord>(db, 'SELECT * FROM worker WHERE id IN (:ids)', ids),
    async listWorkers(filter, page) {
      const where = workerWhere(filter, page.afterKey);
      return db.all<WorkerRecord>(`SELECT * FROM worker${where.toSql()} ORDER BY id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countWorkers(filter) {
      const where = workerWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM worker${where.toSql()}`, where.params);
    },
    skillsByWorkerIds: (ids) =>
      allWhereIn<WorkerSkillRecord>(db, 'SELECT * FROM worker_skill WHERE worker_id IN (:ids) ORDER BY worker_id, level DESC, skill', ids),
    costRatesByWorkerIds: (ids) => allWhereIn<CostRateRecord>(db, 'SELECT * FROM cost_rate WHERE worker_id IN (:ids) ORDER BY worker_id, effective_from', ids),
    // A holiday takes the whole day: weekly hours ÷ 5 rounded up to a hundredth, so that no fraction
    // of a day stays available when weekly hours are not a multiple of five hundredths.
    timeOffByWorkerIds: (ids, window) =>
      allWhereIn<TimeOffRecord>(
        db,
        `SELECT worker_id, off_date, MAX(hours) AS hours FROM (
           SELECT worker_id, off_date, hours FROM time_off WHERE worker_id IN (:ids) AND off_date BETWEEN ? AND ?
           UNION ALL
           SELECT w.id AS worker_id, h.holiday_date AS off_date, (w.scheduled_weekly_hours + 4) / 5 AS hours
           FROM worker w JOIN holiday h ON h.location = w.location
           WHERE w.id IN (:ids) AND h.holiday_date BETWEEN ? AND ?
         ) days GROUP BY worker_id, off_date ORDER BY worker_id, off_date`,
        ids,
        [],
        [],
        500,
        (chunk) => [...chunk, window?.from ?? '0000-01-01', window?.to ?? '9999-12-31', ...chunk, window?.from ?? '0000-01-01', window?.to ?? '9999-12-31'],
      ),
    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),
  };
}
