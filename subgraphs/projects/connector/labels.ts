/** The PSA's own vocabulary (Certinia-style labels). */
import { vocabulary, type BillingModel } from '../../shared/labels.ts';

export type ProjectStatus = 'PLANNED' | 'ACTIVE' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED' | 'CLOSED';
export type TimeEntryStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'POSTED' | 'BILLED' | 'INVOICED';

export const projectStages = vocabulary<ProjectStatus>('project stage', {
  Planned: 'PLANNED',
  'In Progress': 'ACTIVE',
  'On Hold': 'ON_HOLD',
  Completed: 'COMPLETED',
  Canceled: 'CANCELLED',
  Closed: 'CLOSED',
});

export const projectHealth = vocabulary<'GREEN' | 'AMBER' | 'RED'>('project health', {
  Green: 'GREEN',
  Yellow: 'AMBER',
  Red: 'RED',
});

export const psaBillingModels = vocabulary<BillingModel>('PSA billing model', {
  'T&M': 'TIME_AND_MATERIALS',
  'Fixed Price': 'FIXED_FEE',
  Milestone: 'MILESTONE',
  Retainer: 'RETAINER',
});

export const timecardStatuses = vocabulary<TimeEntryStatus>('timecard status', {
  Open: 'DRAFT',
  Submitted: 'SUBMITTED',
  Approved: 'APPROVED',
  Rejected: 'REJECTED',
  Posted: 'POSTED',
  Billed: 'BILLED',
  Invoiced: 'INVOICED',
});

/** Timecard labels that count as approved work for KPIs (approved and every later state). */
export const APPROVED_TIMECARD_LABELS = ['Approved', 'Posted', 'Billed', 'Invoiced'] as const;

export const milestoneStatuses = vocabulary<'PLANNED' | 'OPEN' | 'COMPLETED' | 'APPROVED'>('milestone status', {
  Planned: 'PLANNED',
  Open: 'OPEN',
  Complete: 'COMPLETED',
  Approved: 'APPROVED',
});

export const assignmentStatuses = vocabulary<'TENTATIVE' | 'SCHEDULED' | 'CLOSED'>('assignment status', {
  Tentative: 'TENTATIVE',
  Scheduled: 'SCHEDULED',
  Closed: 'CLOSED',
});

export const resourceRequestStatuses = vocabulary<'DRAFT' | 'READY_TO_STAFF' | 'HOLD' | 'TENTATIVE' | 'ASSIGNED' | 'CANCELLED'>('resource request status', {
  Draft: 'DRAFT',
  'Ready to Staff': 'READY_TO_STAFF',
  Hold: 'HOLD',
  Tentative: 'TENTATIVE',
  Assigned: 'ASSIGNED',
  Cancelled: 'CANCELLED',
});

export const expenseStatuses = vocabulary<'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED'>('expense status', {
  Draft: 'DRAFT',
  Submitted: 'SUBMITTED',
  Approved: 'APPROVED',
  Rejected: 'REJECTED',
});

export const changeOrderStatuses = vocabulary<'DRAFT' | 'SUBMITTED' | 'IN_FINANCIAL_REVIEW' | 'APPROVED' | 'REJECTED' | 'APPLIED'>('change order status', {
  Draft: 'DRAFT',
  Submitted: 'SUBMITTED',
  'In Financial Review': 'IN_FINANCIAL_REVIEW',
  Approved: 'APPROVED',
  Rejected: 'REJECTED',
  Applied: 'APPLIED',
});
