/** The ERP's own vocabulary (NetSuite-style labels). */
import { vocabulary } from '../../shared/labels.ts';

export type InvoiceStatus = 'DRAFT' | 'ISSUED' | 'PARTIALLY_PAID' | 'PAID' | 'VOID';

export const invoiceStatuses = vocabulary<InvoiceStatus>('invoice status', {
  'Pending Approval': 'DRAFT',
  Open: 'ISSUED',
  'Partially Paid': 'PARTIALLY_PAID',
  'Paid In Full': 'PAID',
  Voided: 'VOID',
});

/** Invoice labels that count as billed (issued and not void). */
export const BILLED_INVOICE_LABELS = ['Open', 'Partially Paid', 'Paid In Full'] as const;
/** Invoice labels with an open balance. */
export const OPEN_INVOICE_LABELS = ['Open', 'Partially Paid'] as const;

export const billingEventStatuses = vocabulary<'GENERATED' | 'APPROVED' | 'RELEASED' | 'INVOICED'>('billing event status', {
  Generated: 'GENERATED',
  Approved: 'APPROVED',
  Released: 'RELEASED',
  Invoiced: 'INVOICED',
});

export const erpProjectStatuses = vocabulary<'OPEN' | 'CLOSED'>('ERP project status', { Open: 'OPEN', Closed: 'CLOSED' });

export const costPostingStatuses = vocabulary<'PENDING' | 'POSTED' | 'FAILED' | 'REVERSED'>('cost posting status', {
  Pending: 'PENDING',
  Posted: 'POSTED',
  Failed: 'FAILED',
  Reversed: 'REVERSED',
});
