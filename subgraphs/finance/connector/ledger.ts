/**
 * Each project's ledger in the ERP, by PSA project id: what it billed (issued, not void, invoices)
 * and the items of its invoiced billing events. All of it, or as of a day (docs/kpis.md, Trend):
 * invoices by issue date, an invoiced event's items from the issue date of the (not void) invoice
 * that bills it, or the event's own date when no invoice line names it.
 */
import { placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { BILLED_INVOICE_LABELS, billingEventStatuses } from './labels.ts';
import type { ProjectLedgerRecord } from './types.ts';

/** Issued (not void) invoice labels, as a SQL list. */
export const BILLED_SQL = `(${BILLED_INVOICE_LABELS.map((label) => `'${label}'`).join(', ')})`;
export const INVOICED_EVENT_SQL = `'${billingEventStatuses.labelOf('INVOICED')}'`;

/**
 * Billed (issued, not void, invoices) and invoiced billing items per ERP project of `inProjects`
 * (a condition on a project id column, its parameters bound three times), all of it or as of a day:
 * the parameters are `[asOf, ...in, asOf, ...in, ...in]` with a day, `[...in, ...in, ...in]` without.
 */
export function ledgerSumsSql(inProjects: (column: string) => string, asOf: boolean): string {
  // Only the as-of reading needs each event's invoice date; the whole ledger does not join it.
  const issued = !asOf
    ? ''
    : `LEFT JOIN (
           SELECT l.billing_event_id, MIN(i.issue_date) AS issued
           FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
           WHERE l.billing_event_id IS NOT NULL AND i.status IN ${BILLED_SQL}
           GROUP BY l.billing_event_id
         ) inv ON inv.billing_event_id = be.id`;
  return `SELECT p.id AS project_id, COALESCE(b.billed, 0) AS billed, COALESCE(e.invoiced_items, 0) AS invoiced_items
    FROM erp_project p
    LEFT JOIN (
      SELECT project_id, SUM(total) AS billed FROM invoice
      WHERE status IN ${BILLED_SQL} ${asOf ? 'AND issue_date <= ?' : ''} AND ${inProjects('project_id')}
      GROUP BY project_id
    ) b ON b.project_id = p.id
    LEFT JOIN (
      SELECT be.project_id, SUM(bi.amount) AS invoiced_items
      FROM billing_event be
      JOIN billing_item bi ON bi.billing_event_id = be.id
      ${issued}
      WHERE be.status = ${INVOICED_EVENT_SQL} ${asOf ? 'AND COALESCE(inv.issued, be.event_date) <= ?' : ''}
        AND ${inProjects('be.project_id')}
      GROUP BY be.project_id
    ) e ON e.project_id = p.id
    WHERE ${inProjects('p.id')}`;
}

/** The ledger columns of an ERP project beside its sums (ProjectLedgerRecord). */
export const LEDGER_PROJECT_COLUMNS = 'p.psa_project_id, c.crm_account_id, p.status AS erp_status, p.currency';

export async function projectLedgers(db: SqlDatabase, ids: readonly string[], asOf: string | null): Promise<ProjectLedgerRecord[]> {
  if (ids.length === 0) return [];
  const inProjects = (column: string) => `${column} IN (SELECT id FROM erp_project WHERE psa_project_id IN (${placeholders(ids.length)}))`;
  const rows = await db.all<ProjectLedgerRecord>(
    `SELECT ${LEDGER_PROJECT_COLUMNS}, s.billed, s.invoiced_items
     FROM (${ledgerSumsSql(inProjects, asOf !== null)}) s
     JOIN erp_project p ON p.id = s.project_id
     JOIN erp_customer c ON c.id = p.customer_id`,
    asOf === null ? [...ids, ...ids, ...ids] : [asOf, ...ids, asOf, ...ids, ...ids],
  );
  return rows.map(toLedgerRecord);
}

export function toLedgerRecord(row: ProjectLedgerRecord): ProjectLedgerRecord {
  return { ...row, billed: Number(row.billed), invoiced_items: Number(row.invoiced_items) };
}
