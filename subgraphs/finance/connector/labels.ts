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

/** Accounting period states (NetSuite's period close: open, close in progress, closed). */
export const accountingPeriodStatuses = vocabulary<'OPEN' | 'CLOSING' | 'CLOSED'>('accounting period status', {
  Open: 'OPEN',
  'Close In Progress': 'CLOSING',
  Closed: 'CLOSED',
});

export type RevenueMethod = 'ACTUAL_TIME' | 'PERCENT_COMPLETE' | 'MILESTONE' | 'STRAIGHT_LINE';

/** Revenue recognition methods, as the ERP's revenue events name them. */
export const revenueMethods = vocabulary<RevenueMethod>('revenue method', {
  'Actual Time': 'ACTUAL_TIME',
  'Percent Complete': 'PERCENT_COMPLETE',
  Milestone: 'MILESTONE',
  'Straight Line': 'STRAIGHT_LINE',
});
