/** The bundled DELIVERY connector: the reference DELIVERY store on node:sqlite or PostgreSQL. */
import { allWhereIn, countRows, placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { WhereBuilder } from '../../shared/filters.ts';
import { createSqlDeliveryReconciliationReads } from './reconciliation-reads.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import type { DeliveryConnector, WorkItemListFilter, WorkItemRecord, WorklogRecord, WorkspaceListFilter, WorkspaceRecord } from './types.ts';
import { createSqlDeliveryWrites } from './writes.ts';

/** Work items with their workspace's customer, which the row rule keys on. */
const WORK_ITEMS = 'SELECT i.*, s.customer_id FROM work_item i JOIN workspace s ON s.id = i.workspace_id';
/** Worklogs with their workspace's customer, which the row rule keys on. */
const WORKLOGS = 'SELECT l.*, s.customer_id FROM worklog l JOIN work_item i ON i.id = l.work_item_id JOIN workspace s ON s.id = i.workspace_id';

function workspaceWhere(filter: WorkspaceListFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder().when(filter.customerId, 'customer_id = ?').whenIn('status', filter.statusLabels).when(afterKey, 'id > ?');
}

function workItemWhere(filter: WorkItemListFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder()
    .when(filter.customerId, 's.customer_id = ?')
    .when(filter.workspaceId, 'i.workspace_id = ?')
    .when(filter.milestoneId, 'i.milestone_ref = ?')
    .when(filter.assigneeId, 'i.assignee_ref = ?')
    .whenIn('i.status', filter.statusLabels)
    .when(afterKey, 'i.id > ?');
}

export function createSqlDeliveryConnector(db: SqlDatabase): DeliveryConnector {
  return {
    ...createSqlDeliveryReconciliationReads(db),
    workspacesByIds: (ids) => allWhereIn<WorkspaceRecord>(db, 'SELECT * FROM workspace WHERE id IN (:ids)', ids),
    workspacesByProjectRefs: (refs) => allWhereIn<WorkspaceRecord>(db, 'SELECT * FROM workspace WHERE project_ref IN (:ids)', refs),
    async listWorkspaces(filter, page) {
      const where = workspaceWhere(filter, page.afterKey);
      return db.all<WorkspaceRecord>(`SELECT * FROM workspace${where.toSql()} ORDER BY id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countWorkspaces(filter) {
      const where = workspaceWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM workspace${where.toSql()}`, where.params);
    },

    workItemsByIds: (ids) => allWhereIn<WorkItemRecord>(db, `${WORK_ITEMS} WHERE i.id IN (:ids)`, ids),
    workItemsByMilestoneRefs: (refs) => allWhereIn<WorkItemRecord>(db, `${WORK_ITEMS} WHERE i.milestone_ref IN (:ids) ORDER BY i.id`, refs),
    async listWorkItems(filter, page) {
      const where = workItemWhere(filter, page.afterKey);
      return db.all<WorkItemRecord>(`${WORK_ITEMS}${where.toSql()} ORDER BY i.id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countWorkItems(filter) {
      const where = workItemWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM work_item i JOIN workspace s ON s.id = i.workspace_id${where.toSql()}`, where.params);
    },
    async workItemPages(workspaceIds, filter, page) {
      if (workspaceIds.length === 0) return [];
      const where = workItemWhere(filter, page.afterKey).always(`i.workspace_id IN (${placeholders(workspaceIds.length)})`, ...workspaceIds);
      // One workspace (a workspace page): walk its items and stop at the page.
      if (workspaceIds.length === 1) return db.all<WorkItemRecord>(`${WORK_ITEMS}${where.toSql()} ORDER BY i.id LIMIT ?`, [...where.params, page.limit + 1]);
      return db.all<WorkItemRecord>(
        `SELECT * FROM (
           SELECT i.*, s.customer_id, ROW_NUMBER() OVER (PARTITION BY i.workspace_id ORDER BY i.id) AS page_row
           FROM work_item i JOIN workspace s ON s.id = i.workspace_id${where.toSql()}
         ) ranked WHERE page_row <= ? ORDER BY workspace_id, id`,
        [...where.params, page.limit + 1],
      );
    },
    async countWorkItemsByWorkspace(workspaceIds, filter) {
      if (workspaceIds.length === 0) return [];
      const where = workItemWhere(filter).always(`i.workspace_id IN (${placeholders(workspaceIds.length)})`, ...workspaceIds);
      return db.all<{ workspace_id: string; n: number }>(
        `SELECT i.workspace_id, COUNT(*) AS n FROM work_item i JOIN workspace s ON s.id = i.workspace_id${where.toSql()} GROUP BY i.workspace_id`,
        where.params,
      );
    },

    worklogsByIds: (ids) => allWhereIn<WorklogRecord>(db, `${WORKLOGS} WHERE l.id IN (:ids)`, ids),
    worklogsByWorkItemIds: (ids) => allWhereIn<WorklogRecord>(db, `${WORKLOGS} WHERE l.work_item_id IN (:ids) ORDER BY l.work_item_id, l.work_date, l.id`, ids),
    worklogsByWorkerRefs: (refs, window) =>
      allWhereIn<WorklogRecord>(
        db,
        `${WORKLOGS} WHERE l.worker_ref IN (:ids) AND l.work_date >= ? AND l.work_date <= ? ORDER BY l.worker_ref, l.work_date, l.id`,
        refs,
        [],
        [window.from, window.to],
      ),

    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),

    ...createSqlDeliveryWrites(db),
  };
}
