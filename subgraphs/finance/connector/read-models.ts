/**
 * The ERP's read model: each project's ledger sums to date (billed: issued, not void, invoices;
 * invoiced billing items), kept in the ERP store beside the rows, as the PSA keeps its own
 * (docs/read-models.md): every change to an invoice, billing event or item, or ERP project marks its
 * project in the changing transaction; a marked project is read live until the maintainer
 * (subgraphs/shared/read-model.ts) recomputes it on the ERP's events or its backstop poll.
 */
import { allWhereIn, chunksOf, placeholders, type Migration, type SqlDatabase } from '../../../platform/sql.ts';
import { changeMarksDdl, markedModelTablesDdl, markedReadModelStore, readModelBuilt, type MarkedSource, type ReadModelStore } from '../../shared/read-model.ts';
import { LEDGER_PROJECT_COLUMNS, ledgerSumsSql, projectLedgers, toLedgerRecord } from './ledger.ts';
import type { ProjectLedgerRecord } from './types.ts';

/** The checkpoint's name and the bus consumer group of the ERP's read model. */
export const FINANCE_READ_MODEL = 'finance-read-models';

/** Tables whose rows feed the ledger sums, each marking the ERP project its row belongs to. */
const SOURCES: MarkedSource[] = [
  { table: 'invoice', key: (row) => `${row}.project_id` },
  { table: 'billing_event', key: (row) => `${row}.project_id` },
  { table: 'billing_item', key: (row) => `(SELECT be.project_id FROM billing_event be WHERE be.id = ${row}.billing_event_id)` },
  { table: 'erp_project', key: (row) => `${row}.id` },
];

const MODEL_TABLES = `${markedModelTablesDdl('read_model_dirty', 'project_id')};
  CREATE TABLE read_model_project_ledger (
    project_id TEXT PRIMARY KEY,
    billed BIGINT NOT NULL,
    invoiced_items BIGINT NOT NULL
  )`;

/** The migration that adds the ledger model, its change marks and its checkpoint to the ERP store. */
export const FINANCE_READ_MODEL_MIGRATION: Migration = {
  sqlite: `${MODEL_TABLES};\n  ${changeMarksDdl('sqlite', 'read_model_dirty', 'project_id', SOURCES)}`,
  postgres: `${MODEL_TABLES};\n  ${changeMarksDdl('postgres', 'read_model_dirty', 'project_id', SOURCES)}`,
};

async function recompute(tx: SqlDatabase, projectIds: readonly string[] | 'all'): Promise<void> {
  const chunks = projectIds === 'all' ? [null] : chunksOf(projectIds, 200);
  for (const ids of chunks) {
    const inProjects = (column: string) => (ids === null ? '1 = 1' : `${column} IN (${placeholders(ids.length)})`);
    const params = ids ?? [];
    await tx.run(`DELETE FROM read_model_project_ledger WHERE ${inProjects('project_id')}`, params);
    await tx.run(`INSERT INTO read_model_project_ledger (project_id, billed, invoiced_items) ${ledgerSumsSql(inProjects, false)}`, [
      ...params,
      ...params,
      ...params,
    ]);
  }
}

/** How the maintainer keeps the ERP's model. */
export function financeReadModelStore(db: SqlDatabase): ReadModelStore {
  return markedReadModelStore(db, { name: FINANCE_READ_MODEL, sources: ['ERP'], markTable: 'read_model_dirty', keyColumn: 'project_id', recompute });
}

/**
 * Each project's ledger to date by PSA project id: from the model for the unmarked projects once it
 * is built, computed from the rows for the others (and for all of them before it is built).
 */
export async function modelledProjectLedgers(db: SqlDatabase, psaIds: readonly string[]): Promise<ProjectLedgerRecord[]> {
  if (psaIds.length === 0) return [];
  if (!(await readModelBuilt(db, FINANCE_READ_MODEL))) return projectLedgers(db, psaIds, null);
  const rows = await allWhereIn<ProjectLedgerRecord & { modelled: string | null; marked: string | null }>(
    db,
    `SELECT ${LEDGER_PROJECT_COLUMNS}, m.billed, m.invoiced_items, m.project_id AS modelled, d.project_id AS marked
     FROM erp_project p
     JOIN erp_customer c ON c.id = p.customer_id
     LEFT JOIN read_model_project_ledger m ON m.project_id = p.id
     LEFT JOIN read_model_dirty d ON d.project_id = p.id
     WHERE p.psa_project_id IN (:ids)`,
    psaIds,
  );
  const fromModel = rows.filter((row) => row.modelled !== null && row.marked === null);
  const live = rows.filter((row) => row.modelled === null || row.marked !== null).map((row) => row.psa_project_id);
  return [
    ...fromModel.map(({ modelled: _modelled, marked: _marked, ...row }) => toLedgerRecord(row)),
    ...(live.length === 0 ? [] : await projectLedgers(db, live, null)),
  ];
}
