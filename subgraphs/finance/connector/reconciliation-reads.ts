/**
 * The ERP's reads for reconciliation (docs/reconciliation.md): the facts the workflows service
 * compares with the other systems of record, and the ERP's own inconsistencies (a milestone billed
 * twice, an invoice paid in full with payments short of its total, an invoice whose total is not its
 * lines or its billing events' items). Each is bounded: at most `limit` rows, and whether more matched.
 */
import type { SqlDatabase } from '../../../platform/sql.ts';
import type { EntityType } from '../../shared/ids.ts';
import { readStoredIds, type StoredIdSource, type StoredIdsPage, type StoredIdsRequest } from '../../shared/stored-ids.ts';

/** Rows of a bounded read and whether more matched. */
export interface Bounded<Row> {
  rows: Row[];
  truncated: boolean;
}

export interface ReconciliationErpProjectRecord {
  id: string;
  psa_project_id: string;
  status: string;
  currency: string;
  crm_account_id: string | null;
}

/** One billing item of a milestone billed more than once. */
export interface MilestoneBillingRecord {
  source_ref: string;
  psa_project_id: string;
  crm_account_id: string | null;
  item_id: string;
  billing_event_id: string;
  invoice_id: string | null;
  amount: number;
  currency: string;
}

export interface InvoiceDriftRecord {
  id: string;
  tran_id: string;
  status: string;
  psa_project_id: string | null;
  crm_account_id: string | null;
  currency: string;
  total: number;
  /** Σ payments (paid invoices), Σ lines, Σ items of its billing events. */
  paid: number;
  lines: number;
  items: number | null;
}

export interface RateCardRecord {
  id: string;
  role: string;
  region: string;
  currency: string;
  bill_rate: number;
  effective_from: string;
  effective_to: string | null;
}

/**
 * Where the ERP keeps each id the identity registry maps for it: its own customers and project
 * dimensions (ERP ids of CRM accounts and PSA projects, whose hub ids are the owners') and invoices.
 */
export const ERP_STORED_IDS: readonly StoredIdSource[] = [
  { entityType: 'Customer', table: 'erp_customer', column: 'id', ownerColumn: 'crm_account_id' },
  { entityType: 'Project', table: 'erp_project', column: 'id', ownerColumn: 'psa_project_id' },
  { entityType: 'Invoice', table: 'invoice', column: 'id' },
];

export interface FinanceReconciliationReads {
  /** The ids of one of ERP_STORED_IDS: a page in id order, or which of `request.ids` the ERP holds. */
  storedIds(entityType: EntityType, request: StoredIdsRequest): Promise<StoredIdsPage>;
  /** Every ERP project with its status and customer, ordered by id. */
  reconciliationProjects(limit: number): Promise<Bounded<ReconciliationErpProjectRecord>>;
  /** The billing items of every milestone (source_ref) billed on more than one item. */
  milestonesBilledTwice(limit: number): Promise<Bounded<MilestoneBillingRecord>>;
  /** Invoices `Paid In Full` whose payments do not add up to their total. */
  paidInvoicesShort(limit: number): Promise<Bounded<InvoiceDriftRecord>>;
  /** Invoices (not voided) whose total is not the sum of their lines, or not the sum of their billing events' items. */
  invoiceTotalMismatches(limit: number): Promise<Bounded<InvoiceDriftRecord>>;
  /** Every rate card row, ordered by role, region, currency and start. */
  rateCards(limit: number): Promise<Bounded<RateCardRecord>>;
  /** Per PSA project, how many TIME cost postings the ERP holds. */
  timeCostPostingCounts(limit: number): Promise<Bounded<{ psa_project_id: string; postings: number }>>;
}

const bounded = <Row>(rows: Row[], limit: number): Bounded<Row> => ({ rows: rows.slice(0, limit), truncated: rows.length > limit });

function numbers<Row extends object>(rows: Row[], columns: readonly (keyof Row)[]): Row[] {
  return rows.map((row) => {
    const copy = { ...row };
    for (const column of columns) if (row[column] !== null) copy[column] = Number(row[column]) as Row[keyof Row];
    return copy;
  });
}

/**
 * Every invoice with Σ payments, Σ lines and Σ the items of the billing events its lines name, each
 * summed once per table (a correlated sum per invoice would read billing_item once per invoice).
 */
const INVOICE_SUMS = `WITH line_sums AS (SELECT invoice_id, SUM(amount) AS lines FROM invoice_line GROUP BY invoice_id),
  paid_sums AS (SELECT invoice_id, SUM(amount) AS paid FROM payment GROUP BY invoice_id),
  event_sums AS (SELECT billing_event_id, SUM(amount) AS items FROM billing_item GROUP BY billing_event_id),
  invoice_events AS (SELECT DISTINCT invoice_id, billing_event_id FROM invoice_line WHERE billing_event_id IS NOT NULL),
  item_sums AS (SELECT e.invoice_id, SUM(COALESCE(s.items, 0)) AS items FROM invoice_events e LEFT JOIN event_sums s ON s.billing_event_id = e.billing_event_id GROUP BY e.invoice_id),
  drift AS (
    SELECT i.id, i.tran_id, i.status, p.psa_project_id, c.crm_account_id, i.currency, i.total,
      COALESCE(y.paid, 0) AS paid, COALESCE(l.lines, 0) AS lines, m.items
    FROM invoice i
      LEFT JOIN erp_project p ON p.id = i.project_id LEFT JOIN erp_customer c ON c.id = i.customer_id
      LEFT JOIN paid_sums y ON y.invoice_id = i.id LEFT JOIN line_sums l ON l.invoice_id = i.id LEFT JOIN item_sums m ON m.invoice_id = i.id
  )`;

export function createSqlFinanceReconciliationReads(db: SqlDatabase): FinanceReconciliationReads {
  const invoices = async (where: string, limit: number) => {
    const rows = await db.all<InvoiceDriftRecord>(`${INVOICE_SUMS} SELECT * FROM drift WHERE ${where} ORDER BY id LIMIT ?`, [limit + 1]);
    return bounded(numbers(rows, ['total', 'paid', 'lines', 'items']), limit);
  };
  return {
    async storedIds(entityType, request) {
      const source = ERP_STORED_IDS.find((candidate) => candidate.entityType === entityType);
      if (!source) throw new Error(`the ERP holds no ${entityType} ids`);
      return readStoredIds(db, source, request);
    },
    async reconciliationProjects(limit) {
      const rows = await db.all<ReconciliationErpProjectRecord>(
        `SELECT p.id, p.psa_project_id, p.status, p.currency, c.crm_account_id FROM erp_project p LEFT JOIN erp_customer c ON c.id = p.customer_id ORDER BY p.id LIMIT ?`,
        [limit + 1],
      );
      return bounded(rows, limit);
    },
    async milestonesBilledTwice(limit) {
      // billing_item_milestone (kind, source_ref) finds the twice-billed refs without reading other kinds.
      const rows = await db.all<MilestoneBillingRecord>(
        `SELECT b.source_ref, p.psa_project_id, c.crm_account_id, b.id AS item_id, b.billing_event_id,
           (SELECT MIN(l.invoice_id) FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id WHERE l.billing_event_id = b.billing_event_id AND i.status <> 'Voided') AS invoice_id,
           b.amount, p.currency
         FROM billing_item b JOIN billing_event e ON e.id = b.billing_event_id JOIN erp_project p ON p.id = e.project_id LEFT JOIN erp_customer c ON c.id = p.customer_id
         WHERE b.kind = 'MILESTONE' AND b.source_ref IN (SELECT source_ref FROM billing_item WHERE kind = 'MILESTONE' AND source_ref IS NOT NULL GROUP BY source_ref HAVING COUNT(*) > 1)
         ORDER BY b.source_ref, b.id LIMIT ?`,
        [limit + 1],
      );
      return bounded(numbers(rows, ['amount']), limit);
    },
    paidInvoicesShort: (limit) => invoices(`status = 'Paid In Full' AND paid <> total`, limit),
    invoiceTotalMismatches: (limit) => invoices(`status <> 'Voided' AND (lines <> total OR (items IS NOT NULL AND items <> total))`, limit),
    async rateCards(limit) {
      const rows = await db.all<RateCardRecord>(
        'SELECT id, role, region, currency, bill_rate, effective_from, effective_to FROM rate_card ORDER BY role, region, currency, effective_from LIMIT ?',
        [limit + 1],
      );
      return bounded(numbers(rows, ['bill_rate']), limit);
    },
    async timeCostPostingCounts(limit) {
      const rows = await db.all<{ psa_project_id: string; postings: number }>(
        `SELECT p.psa_project_id, COUNT(*) AS postings FROM cost_posting c JOIN erp_project p ON p.id = c.project_id
         WHERE c.source = 'TIME' AND c.status <> 'Reversed' GROUP BY p.psa_project_id ORDER BY p.psa_project_id LIMIT ?`,
        [limit + 1],
      );
      return bounded(numbers(rows, ['postings']), limit);
    },
  };
}
