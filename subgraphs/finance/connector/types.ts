/**
 * The finance subgraph's system-of-record interface (ERP). Rows carry the ERP's native ids and
 * labels; invoices come joined with the CRM account and PSA project ids the ERP records for its
 * customer and project. Money is integer minor units.
 */
import type { FinanceReconciliationReads } from './reconciliation-reads.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import type { SystemRequest, WriteOutcome } from '../../shared/system-api.ts';
import type { XrefRecord } from '../../shared/xref.ts';
import type { FinancePeriods } from './periods.ts';
import type { FinanceRates } from './rates.ts';

type SystemWriteOutcome = WriteOutcome & { replayed: boolean };

export interface InvoiceRecord {
  id: string;
  tran_id: string;
  customer_id: string;
  project_id: string | null;
  status: string;
  issue_date: string | null;
  due_date: string | null;
  currency: string;
  total: number;
  /** Joined: the CRM account of the ERP customer. */
  crm_account_id: string;
  /** Joined: the PSA project of the ERP project, if any. */
  psa_project_id: string | null;
  /** Joined: Σ payments. */
  paid: number;
}

export interface InvoiceLineRecord {
  invoice_id: string;
  line_no: number;
  kind: string;
  description: string;
  amount: number;
  currency: string;
}

export interface PaymentRecord {
  id: string;
  invoice_id: string;
  payment_date: string;
  amount: number;
  currency: string;
}

/** The ERP's side of a project's financials. */
export interface ProjectLedgerRecord {
  psa_project_id: string;
  /** The CRM account of the project's ERP customer. */
  crm_account_id: string;
  erp_status: string;
  currency: string;
  /** Σ totals of issued, non-void invoices. */
  billed: number;
  /** Σ billing items on invoiced billing events. */
  invoiced_items: number;
}

/** The ERP's reads for the portfolio trend (connector/trend.ts). */
export interface FinanceTrendReads {
  /**
   * Each project's ledger as of `asOf`: invoices issued (not void) on or before it, and the items of
   * invoiced billing events whose invoice was issued on or before it. One row per ERP project.
   */
  projectLedgersAsOf(projectIds: readonly string[], asOf: string): Promise<ProjectLedgerRecord[]>;
  /**
   * Per project (by PSA project id) and calendar month of issue (`YYYY-MM`), Σ totals of the invoices
   * issued in it that are not void, as projectLedgersAsOf counts them: billed as of a month end is the
   * sum of the months up to it. No row for a month without an invoice.
   */
  billedByMonth(projectIds: readonly string[]): Promise<MonthlyBilledRecord[]>;
}

/** A project's invoices issued in one calendar month (FinanceTrendReads.billedByMonth). */
export interface MonthlyBilledRecord {
  psa_project_id: string;
  /** YYYY-MM. */
  month: string;
  billed: number;
}

/** A customer's receivables as of a date. */
export interface ReceivablesRecord {
  crm_account_id: string;
  currency: string;
  balance: number;
  overdue: number;
  /** Invoices issued in the DSO window. */
  billed_in_window: number;
  window_days: number;
}

/** Narrows a rate card list; every condition given must hold. */
export interface RateCardListFilter {
  role?: string | null;
  region?: string | null;
  /** Only rate cards in force on this day (`effective_to` inclusive, null open-ended). */
  activeOn?: string | null;
}

/** The scope a rate card prices: a role in a region, in a currency (a project is priced in its own currency). */
export interface RateCardScope {
  role: string;
  region: string;
  currency: string;
}

export interface InvoiceListFilter {
  crmAccountId?: string | null;
  psaProjectId?: string | null;
  /** ERP invoice labels to include. */
  statuses?: readonly string[] | null;
  /** true: open with a due date before `asOf`; false: everything else. */
  overdue?: boolean | null;
  asOf: string;
}

/** Every method is one round trip to the ERP, whatever the number of ids. */
export interface FinanceConnector extends FinanceWrites, FinancePeriods, FinanceRates, FinanceTrendReads, FinanceReconciliationReads {
  invoicesByIds(ids: readonly string[]): Promise<InvoiceRecord[]>;
  /** Up to `page.limit + 1` invoices after `page.afterKey`, ordered by id. */
  listInvoices(filter: InvoiceListFilter, page: PageRequest): Promise<InvoiceRecord[]>;
  countInvoices(filter: InvoiceListFilter): Promise<number>;
  invoicesByCrmAccountIds(accountIds: readonly string[]): Promise<InvoiceRecord[]>;
  invoicesByPsaProjectIds(projectIds: readonly string[]): Promise<InvoiceRecord[]>;
  invoiceLinesByInvoiceIds(invoiceIds: readonly string[]): Promise<InvoiceLineRecord[]>;
  paymentsByInvoiceIds(invoiceIds: readonly string[]): Promise<PaymentRecord[]>;
  projectLedgersByPsaIds(projectIds: readonly string[]): Promise<ProjectLedgerRecord[]>;
  /** Receivables per CRM account as of `asOf`, with invoices issued in the `windowDays` before it. */
  receivablesByCrmAccountIds(accountIds: readonly string[], asOf: string, windowDays: number): Promise<ReceivablesRecord[]>;
  externalRefsByHubIds(hubIds: readonly string[]): Promise<XrefRecord[]>;
  /** Up to `page.limit + 1` rate cards after `page.afterKey`, ordered by id. */
  listRateCards(filter: RateCardListFilter, page: PageRequest): Promise<RateCardRecord[]>;
  countRateCards(filter: RateCardListFilter): Promise<number>;
  /** Every rate card (all periods) of each role, region and currency scope given. */
  rateCardsByScopes(scopes: readonly RateCardScope[]): Promise<RateCardRecord[]>;
}

export interface RateCardRecord {
  id: string;
  role: string;
  region: string;
  bill_rate: number;
  currency: string;
  effective_from: string;
  effective_to: string | null;
}

export interface ErpProjectRecord {
  id: string;
  psa_project_id: string;
  customer_id: string;
  status: string;
  currency: string;
}

export interface NewErpCustomer {
  crmAccountId: string;
  name: string;
  currency: string;
  termsDays: number;
  subsidiary: string | null;
}

export interface NewErpProject {
  psaProjectId: string;
  crmAccountId: string;
  currency: string;
  /** Minor units; `milestoneId` is the PSA milestone's native id. */
  billingSchedule: { label: string; milestoneId: string | null; date: string; amount: number }[];
}

/** An approved PSA timecard to post (native ids, hundredths of hours, minor units). */
export interface TimePosting {
  timeEntryId: string;
  version: number;
  psaProjectId: string;
  date: string;
  hours: number;
  billable: boolean;
  billRate: number;
  costRate: number;
}

/** An approved PSA milestone to bill (native ids, minor units). */
export interface MilestoneBilling {
  psaProjectId: string;
  milestoneId: string;
  milestoneName: string;
  amount: number;
  /** The project's bookings: the billing cap. */
  cap: number;
  date: string;
}

export interface BillingSummaryRecord {
  currency: string;
  billed_to_date: number;
  released_events: number;
  released_amount: number;
  releasable_events: number;
}

/**
 * The ERP's system-API writes (see shared/system-api.ts): each idempotent on its request key,
 * refusing with a RuleViolation (nothing written) when an ERP rule forbids it.
 */
export interface FinanceWrites {
  ensureCustomer(request: SystemRequest, customer: NewErpCustomer): Promise<SystemWriteOutcome>;
  openProject(request: SystemRequest, project: NewErpProject): Promise<SystemWriteOutcome>;
  removeProject(request: SystemRequest, psaProjectId: string): Promise<SystemWriteOutcome>;
  postTime(request: SystemRequest, entries: readonly TimePosting[]): Promise<SystemWriteOutcome>;
  billMilestone(request: SystemRequest, billing: MilestoneBilling): Promise<SystemWriteOutcome>;
  unbillMilestone(request: SystemRequest, psaProjectId: string, milestoneId: string): Promise<SystemWriteOutcome>;
  releaseBilling(request: SystemRequest, psaProjectId: string): Promise<SystemWriteOutcome>;
  issueInvoice(request: SystemRequest, psaProjectId: string, issueDate: string): Promise<SystemWriteOutcome>;
  recordPayment(request: SystemRequest, invoiceId: string, amount: number, paymentDate: string): Promise<SystemWriteOutcome>;
  addScheduleLines(request: SystemRequest, psaProjectId: string, changeOrderId: string, lines: NewErpProject['billingSchedule']): Promise<SystemWriteOutcome>;
  removeScheduleLines(request: SystemRequest, psaProjectId: string, changeOrderId: string): Promise<SystemWriteOutcome>;
  billingSummary(psaProjectId: string): Promise<BillingSummaryRecord | null>;
  /** The rate card of a role in a region, priced in `currency`, in force on `date` (the latest start wins an overlap). */
  rateCardOn(role: string, region: string, currency: string, date: string): Promise<RateCardRecord | null>;
  projectByPsaId(psaProjectId: string): Promise<ErpProjectRecord | null>;
}
