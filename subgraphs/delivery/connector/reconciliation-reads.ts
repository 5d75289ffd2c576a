/**
 * The delivery platform's reads for reconciliation (docs/reconciliation.md): worklogs that never
 * became PSA time. Bounded: at most `limit` rows, and whether more matched.
 */
import { placeholders, type SqlDatabase } from '../../../platform/sql.ts';

/** A worklog with the PSA project of its workspace. */
export interface UnsyncedWorklogRecord {
  id: string;
  work_item_id: string;
  worker_ref: string;
  work_date: string;
  hours: number;
  created_at: string;
  project_ref: string;
  customer_id: string;
}

export interface DeliveryReconciliationReads {
  /**
   * Worklogs without a PSA time entry recorded before `createdBefore` (ISO instant: newer ones may be
   * syncing now), or exactly `ids` when given; oldest first.
   */
  unsyncedWorklogs(createdBefore: string, limit: number, ids?: readonly string[]): Promise<{ rows: UnsyncedWorklogRecord[]; truncated: boolean }>;
}

export function createSqlDeliveryReconciliationReads(db: SqlDatabase): DeliveryReconciliationReads {
  return {
    async unsyncedWorklogs(createdBefore, limit, ids) {
      const only = ids ? ` AND w.id IN (${placeholders(ids.length)})` : '';
      if (ids && ids.length === 0) return { rows: [], truncated: false };
      const rows = await db.all<UnsyncedWorklogRecord>(
        `SELECT w.id, w.work_item_id, w.worker_ref, w.work_date, w.hours, w.created_at, s.project_ref, s.customer_id
         FROM worklog w JOIN work_item i ON i.id = w.work_item_id JOIN workspace s ON s.id = i.workspace_id
         WHERE w.time_entry_ref IS NULL AND w.created_at < ?${only} ORDER BY w.created_at, w.id LIMIT ?`,
        [createdBefore, ...(ids ?? []), limit + 1],
      );
      return { rows: rows.slice(0, limit).map((row) => ({ ...row, hours: Number(row.hours) })), truncated: rows.length > limit };
    },
  };
}
