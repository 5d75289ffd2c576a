/** The ERP's reads for the portfolio trend and the portfolio's month-by-month conversion: each project's ledger as of a day, and its invoices by month. */
import { placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { BILLED_SQL, projectLedgers } from './ledger.ts';
import type { FinanceTrendReads, MonthlyBilledRecord } from './types.ts';

export function createSqlFinanceTrendReads(db: SqlDatabase): FinanceTrendReads {
  return {
    projectLedgersAsOf: (ids, asOf) => projectLedgers(db, ids, asOf),
    async billedByMonth(ids) {
      if (ids.length === 0) return [];
      // Issued (not void) invoices by the month of their issue date, as projectLedgersAsOf counts them.
      const rows = await db.all<MonthlyBilledRecord>(
        `SELECT p.psa_project_id, SUBSTR(i.issue_date, 1, 7) AS month, SUM(i.total) AS billed
         FROM invoice i JOIN erp_project p ON p.id = i.project_id
         WHERE i.status IN ${BILLED_SQL} AND i.issue_date IS NOT NULL AND p.psa_project_id IN (${placeholders(ids.length)})
         GROUP BY 1, 2`,
        [...ids],
      );
      return rows.map((row) => ({ ...row, billed: Number(row.billed) }));
    },
  };
}
