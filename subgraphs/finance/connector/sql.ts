/** The bundled ERP connector: the reference ERP store on node:sqlite or PostgreSQL. */
import { createSqlFinanceReconciliationReads } from './reconciliation-reads.ts';
import { createSqlFinanceWrites } from './writes.ts';
import { createSqlFinancePeriods } from './periods.ts';
import { createSqlFinanceRates } from './rates.ts';
import { createSqlFinanceTrendReads } from './trend.ts';
import { BILLED_SQL, projectLedgers } from './ledger.ts';
import { modelledProjectLedgers } from './read-models.ts';
import { env } from '../../../platform/env.ts';
import { addDays } from '../../shared/dates.ts';
import { WhereBuilder } from '../../shared/filters.ts';
import { allWhereIn, countRows, placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import { OPEN_INVOICE_LABELS } from './labels.ts';
import type {
  FinanceConnector,
  InvoiceLineRecord,
  InvoiceListFilter,
  InvoiceRecord,
  PaymentRecord,
  RateCardListFilter,
  RateCardRecord,
  ReceivablesRecord,
} from './types.ts';

const quoted = (labels: readonly string[]) => `(${labels.map((label) => `'${label}'`).join(', ')})`;
const BILLED = BILLED_SQL;
const OPEN = quoted(OPEN_INVOICE_LABELS);
/** What has been paid on invoice `i` so far: one indexed lookup per invoice (never an aggregate of every payment). */
const PAID_ON_INVOICE = '(SELECT COALESCE(SUM(pay.amount), 0) FROM payment pay WHERE pay.invoice_id = i.id)';

const INVOICE_SELECT = `SELECT i.*, c.crm_account_id, p.psa_project_id, ${PAID_ON_INVOICE} AS paid
  FROM invoice i
  JOIN erp_customer c ON c.id = i.customer_id
  LEFT JOIN erp_project p ON p.id = i.project_id`;

function invoiceWhere(filter: InvoiceListFilter, afterKey: string | null = null): WhereBuilder {
  const where = new WhereBuilder()
    .when(filter.crmAccountId, 'c.crm_account_id = ?')
    .when(filter.psaProjectId, 'p.psa_project_id = ?')
    .whenIn('i.status', filter.statuses)
    .when(afterKey, 'i.id > ?');
  if (filter.overdue === true) where.always(`i.status IN ${OPEN} AND i.due_date < ?`, filter.asOf);
  if (filter.overdue === false) where.always(`NOT (i.status IN ${OPEN} AND i.due_date IS NOT NULL AND i.due_date < ?)`, filter.asOf);
  return where;
}

function rateCardWhere(filter: RateCardListFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder()
    .when(filter.role, 'role = ?')
    .when(filter.region, 'region = ?')
    .when(filter.activeOn, 'effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?)', filter.activeOn ?? null, filter.activeOn ?? null)
    .when(afterKey, 'id > ?');
}

export interface SqlFinanceConnectorOptions {
  /** Whether ledger reads use the read model (connector/read-models.ts). @default env OPSGRAPH_READ_MODELS */
  readModels?: boolean;
}

export function createSqlFinanceConnector(db: SqlDatabase, options: SqlFinanceConnectorOptions = {}): FinanceConnector {
  const readModels = options.readModels ?? env.readModels();
  return {
    ...createSqlFinanceWrites(db),
    ...createSqlFinancePeriods(db),
    ...createSqlFinanceRates(db),
    ...createSqlFinanceTrendReads(db),
    ...createSqlFinanceReconciliationReads(db),
    invoicesByIds: (ids) => allWhereIn<InvoiceRecord>(db, `${INVOICE_SELECT} WHERE i.id IN (:ids)`, ids),
    async listInvoices(filter, page) {
      const where = invoiceWhere(filter, page.afterKey);
      return db.all<InvoiceRecord>(`${INVOICE_SELECT}${where.toSql()} ORDER BY i.id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countInvoices(filter) {
      const where = invoiceWhere(filter);
      return countRows(
        db,
        `SELECT COUNT(*) AS n FROM invoice i JOIN erp_customer c ON c.id = i.customer_id
         LEFT JOIN erp_project p ON p.id = i.project_id${where.toSql()}`,
        where.params,
      );
    },
    invoicesByCrmAccountIds: (ids) => allWhereIn<InvoiceRecord>(db, `${INVOICE_SELECT} WHERE c.crm_account_id IN (:ids) ORDER BY i.id`, ids),
    invoicesByPsaProjectIds: (ids) => allWhereIn<InvoiceRecord>(db, `${INVOICE_SELECT} WHERE p.psa_project_id IN (:ids) ORDER BY i.id`, ids),
    invoiceLinesByInvoiceIds: (ids) =>
      allWhereIn<InvoiceLineRecord>(
        db,
        `SELECT l.*, i.currency FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
         WHERE l.invoice_id IN (:ids) ORDER BY l.invoice_id, l.line_no`,
        ids,
      ),
    paymentsByInvoiceIds: (ids) =>
      allWhereIn<PaymentRecord>(
        db,
        `SELECT pay.*, i.currency FROM payment pay JOIN invoice i ON i.id = pay.invoice_id
         WHERE pay.invoice_id IN (:ids) ORDER BY pay.invoice_id, pay.payment_date, pay.id`,
        ids,
      ),
    projectLedgersByPsaIds: (ids) => (readModels ? modelledProjectLedgers(db, ids) : projectLedgers(db, ids, null)),
    async receivablesByCrmAccountIds(ids, asOf, windowDays) {
      const windowStart = addDays(asOf, -(windowDays - 1));
      const rows = await allWhereIn<ReceivablesRecord>(
        db,
        `SELECT c.crm_account_id, c.currency,
           COALESCE(SUM(CASE WHEN i.status IN ${OPEN} THEN i.total - ${PAID_ON_INVOICE} ELSE 0 END), 0) AS balance,
           COALESCE(SUM(CASE WHEN i.status IN ${OPEN} AND i.due_date < ? THEN i.total - ${PAID_ON_INVOICE} ELSE 0 END), 0) AS overdue,
           COALESCE(SUM(CASE WHEN i.status IN ${BILLED} AND i.issue_date >= ? AND i.issue_date <= ? THEN i.total ELSE 0 END), 0) AS billed_in_window
         FROM erp_customer c
         LEFT JOIN invoice i ON i.customer_id = c.id
         WHERE c.crm_account_id IN (:ids)
         GROUP BY c.crm_account_id, c.currency`,
        ids,
        [asOf, windowStart, asOf],
      );
      return rows.map((row) => ({
        ...row,
        balance: Number(row.balance),
        overdue: Number(row.overdue),
        billed_in_window: Number(row.billed_in_window),
        window_days: windowDays,
      }));
    },
    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),
    async listRateCards(filter, page) {
      const where = rateCardWhere(filter, page.afterKey);
      return db.all<RateCardRecord>(`SELECT * FROM rate_card${where.toSql()} ORDER BY id LIMIT ?`, [...where.params, page.limit + 1]);
    },
    async countRateCards(filter) {
      const where = rateCardWhere(filter);
      return countRows(db, `SELECT COUNT(*) AS n FROM rate_card${where.toSql()}`, where.params);
    },
    async rateCardsByScopes(scopes) {
      if (scopes.length === 0) return [];
      // Roles and regions are few: fetch their cross product (the role_region index), keep the scopes asked for.
      const roles = [...new Set(scopes.map((scope) => scope.role))];
      const regions = [...new Set(scopes.map((scope) => scope.region))];
      const rows = await db.all<RateCardRecord>(
        `SELECT * FROM rate_card WHERE role IN (${placeholders(roles.length)}) AND region IN (${placeholders(regions.length)}) ORDER BY role, region, effective_from, id`,
        [...roles, ...regions],
      );
      const asked = new Set(scopes.map((scope) => JSON.stringify([scope.role, scope.region, scope.currency])));
      return rows.filter((row) => asked.has(JSON.stringify([row.role, row.region, row.currency])));
    },
  };
}
