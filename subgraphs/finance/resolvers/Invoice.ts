import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { InvoiceLineResolvers, InvoiceResolvers, PaymentResolvers } from '../__generated__/resolvers-types.ts';
import { invoiceStatuses, OPEN_INVOICE_LABELS } from '../connector/labels.ts';
import type { InvoiceRecord } from '../connector/types.ts';

const OPEN = new Set<string>(OPEN_INVOICE_LABELS);

/** Open balance: total less payments while issued; nothing for drafts, void and paid invoices. */
export function invoiceBalance(row: InvoiceRecord): number {
  return OPEN.has(row.status) ? row.total - Number(row.paid) : 0;
}

export function isOverdue(row: InvoiceRecord, asOf: string): boolean {
  return OPEN.has(row.status) && row.due_date !== null && row.due_date < asOf;
}

export const Invoice: InvoiceResolvers = {
  __resolveReference({ id }, { loaders }) {
    const invoiceId = tryNativeId('Invoice', id);
    return invoiceId === null ? null : loaders.invoice.load(invoiceId);
  },
  id: (row) => toHubId('Invoice', row.id),
  number: (row) => row.tran_id,
  status: (row) => invoiceStatuses.toCanonical(row.status),
  erpStatus: (row) => row.status,
  customer: (row) => ({ id: toHubId('Customer', row.crm_account_id) }),
  project: (row) => (row.psa_project_id ? { id: toHubId('Project', row.psa_project_id) } : null),
  issueDate: (row) => row.issue_date,
  dueDate: (row) => row.due_date,
  total: (row) => money(row.total, row.currency),
  balance: (row) => money(invoiceBalance(row), row.currency),
  overdue: (row, _args, { loaders }) => isOverdue(row, loaders.asOf),
  lines: (row, _args, { loaders }) => loaders.invoiceLines.load(row.id),
  payments: (row, _args, { loaders }) => loaders.payments.load(row.id),
  externalRefs: externalRefsResolver('Invoice'),
};

export const InvoiceLine: InvoiceLineResolvers = {
  amount: (row) => money(row.amount, row.currency),
};

export const Payment: PaymentResolvers = {
  id: (row) => toHubId('Payment', row.id),
  date: (row) => row.payment_date,
  amount: (row) => money(row.amount, row.currency),
};
