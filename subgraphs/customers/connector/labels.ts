/** The CRM's own vocabulary (Salesforce stage and status labels). */
import { vocabulary, type BillingModel } from '../../shared/labels.ts';

export const opportunityStages = vocabulary<'OPEN' | 'WON' | 'LOST'>('opportunity stage', {
  Prospecting: 'OPEN',
  Qualification: 'OPEN',
  'Needs Analysis': 'OPEN',
  'Proposal/Price Quote': 'OPEN',
  'Negotiation/Review': 'OPEN',
  'Closed Won': 'WON',
  'Closed Lost': 'LOST',
});

export const contractStatuses = vocabulary<'DRAFT' | 'IN_APPROVAL' | 'ACTIVATED' | 'AMENDED' | 'EXPIRED' | 'TERMINATED'>('contract status', {
  Draft: 'DRAFT',
  'In Approval Process': 'IN_APPROVAL',
  Activated: 'ACTIVATED',
  Amended: 'AMENDED',
  Expired: 'EXPIRED',
  Terminated: 'TERMINATED',
});

export const crmBillingModels = vocabulary<BillingModel>('CRM billing model', {
  'Time and Materials': 'TIME_AND_MATERIALS',
  'Fixed Fee': 'FIXED_FEE',
  Milestone: 'MILESTONE',
  Retainer: 'RETAINER',
});
