/** The bundled DELIVERY connector: the reference DELIVERY store on node:sqlite or PostgreSQL. */
import { allWhereIn, countRows, type SqlDatabase } from '../../../platform/sql.ts';
import { WhereBuilder } from '../../shared/filters.ts';
import { toHubId } from '../../shared/ids.ts';
import { nextNumber, numberedId, RuleViolation, systemWrite } from '../../shared/system-api.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import { workspaceStatuses } from './labels.ts';
import type { DeliveryConnector, WorkspaceListFilter, WorkspaceRecord } from './types.ts';

function workspaceWhere(filter: WorkspaceListFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder().when(filter.customerId, 'customer_id = ?').whenIn('status', filter.statusLabels).when(afterKey, 'id > ?');
}

export function createSqlDeliveryConnector(db: SqlDatabase): DeliveryConnector {
  return {
    workspacesByIds: (ids) => allWhereIn<WorkspaceRecord>(db, 'SELECT * FROM workspace WHERE id IN (:ids)', ids),
    async listWorkspaces(filter, page) {
      const where = workspaceWhere(filter, page.afterKey);
      return db.all<WorkspaceRecord>(`SELECT * FROM workspace${where.toSql()} ORDER BY id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countWorkspaces(filter) {
      const where = workspaceWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM workspace${where.toSql()}`, where.params);
    },
    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),

    createWorkspace: (request, customerId, name) =>
      systemWrite(db, 'DELIVERY', 'createWorkspace', request, { customerId, name }, async ({ tx, emit }) => {
        const id = numberedId('WSP-', await nextNumber(tx, 'workspace', 'id', 'WSP-'), 6);
        const row: WorkspaceRecord = { id, name, status: workspaceStatuses.labelOf('ACTIVE'), customer_id: customerId, created_at: new Date().toISOString() };
        await tx.run('INSERT INTO workspace (id, name, status, customer_id, created_at) VALUES (?, ?, ?, ?, ?)', [
          row.id,
          row.name,
          row.status,
          row.customer_id,
          row.created_at,
        ]);
        const hubId = toHubId('Workspace', id);
        await emit({ type: 'WorkspaceCreated', aggregateId: hubId, fromState: null, toState: 'ACTIVE', data: { customerId: toHubId('Customer', customerId) } });
        return { changes: [{ entity: 'Workspace', entityId: hubId, before: null, after: { ...row } }], result: { workspaceId: hubId } };
      }),

    archiveWorkspace: (request, workspaceId) =>
      systemWrite(db, 'DELIVERY', 'archiveWorkspace', request, { workspaceId }, async ({ tx, emit }) => {
        const before = await tx.get<WorkspaceRecord>('SELECT * FROM workspace WHERE id = ?', [workspaceId]);
        if (!before) throw new RuleViolation('WORKSPACE_NOT_FOUND', 'No such workspace', ['workspaceId']);
        const hubId = toHubId('Workspace', workspaceId);
        if (workspaceStatuses.toCanonical(before.status) === 'ARCHIVED') return { changes: [], result: { workspaceId: hubId } };
        const after = { ...before, status: workspaceStatuses.labelOf('ARCHIVED') };
        await tx.run('UPDATE workspace SET status = ? WHERE id = ?', [after.status, workspaceId]);
        await emit({ type: 'WorkspaceArchived', aggregateId: hubId, fromState: 'ACTIVE', toState: 'ARCHIVED' });
        return { changes: [{ entity: 'Workspace', entityId: hubId, before: { ...before }, after }], result: { workspaceId: hubId } };
      }),
  };
}
