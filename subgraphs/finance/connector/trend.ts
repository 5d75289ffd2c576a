/** The ERP's reads for the portfolio trend and the portfolio's month-by-month conversion: each project's ledger as of a day, and its invoices by month. */
import { placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { BILLED_INVOICE_LABELS, billingEventStatuses } from './labels.ts';
import type { FinanceTrendReads, MonthlyBilledRecord, ProjectLedgerRecord } from './types.ts';

const BILLED = `(${BILLED_INVOICE_LABELS.map((label) => `'${label}'`).join(', ')})`;
const INVOICED_EVENT = `'${billingEventStatuses.labelOf('INVOICED')}'`;

export function createSqlFinanceTrendReads(db: SqlDatabase): FinanceTrendReads {
  return {
    async projectLedgersAsOf(ids, asOf) {
      if (ids.length === 0) return [];
      const list = placeholders(ids.length);
      // Billed: issued (not void) invoices by issue date. Invoiced items: the items of an invoiced
      // billing event count from the issue date of the (not void) invoice that bills it, or the
      // event's own date when no invoice line names it.
      const rows = await db.all<ProjectLedgerRecord>(
        `SELECT p.psa_project_id, c.crm_account_id, p.status AS erp_status, p.currency,
           COALESCE(b.billed, 0) AS billed, COALESCE(e.invoiced_items, 0) AS invoiced_items
         FROM erp_project p
         JOIN erp_customer c ON c.id = p.customer_id
         LEFT JOIN (
           SELECT project_id, SUM(total) AS billed FROM invoice
           WHERE status IN ${BILLED} AND issue_date <= ?
             AND project_id IN (SELECT id FROM erp_project WHERE psa_project_id IN (${list}))
           GROUP BY project_id
         ) b ON b.project_id = p.id
         LEFT JOIN (
           SELECT be.project_id, SUM(bi.amount) AS invoiced_items
           FROM billing_event be
           JOIN billing_item bi ON bi.billing_event_id = be.id
           LEFT JOIN (
             SELECT l.billing_event_id, MIN(i.issue_date) AS issued
             FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
             WHERE l.billing_event_id IS NOT NULL AND i.status IN ${BILLED}
             GROUP BY l.billing_event_id
           ) inv ON inv.billing_event_id = be.id
           WHERE be.status = ${INVOICED_EVENT} AND COALESCE(inv.issued, be.event_date) <= ?
             AND be.project_id IN (SELECT id FROM erp_project WHERE psa_project_id IN (${list}))
           GROUP BY be.project_id
         ) e ON e.project_id = p.id
         WHERE p.psa_project_id IN (${list})`,
        [asOf, ...ids, asOf, ...ids, ...ids],
      );
      return rows.map((row) => ({ ...row, billed: Number(row.billed), invoiced_items: Number(row.invoiced_items) }));
    },
    async billedByMonth(ids) {
      if (ids.length === 0) return [];
      // Issued (not void) invoices by the month of their issue date, as projectLedgersAsOf counts them.
      const rows = await db.all<MonthlyBilledRecord>(
        `SELECT p.psa_project_id, SUBSTR(i.issue_date, 1, 7) AS month, SUM(i.total) AS billed
         FROM invoice i JOIN erp_project p ON p.id = i.project_id
         WHERE i.status IN ${BILLED} AND i.issue_date IS NOT NULL AND p.psa_project_id IN (${placeholders(ids.length)})
         GROUP BY 1, 2`,
        [...ids],
      );
      return rows.map((row) => ({ ...row, billed: Number(row.billed) }));
    },
  };
}
