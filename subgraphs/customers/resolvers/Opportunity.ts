import { toHubId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { OpportunityResolvers } from '../__generated__/resolvers-types.ts';
import { contractStatuses, crmBillingModels, opportunityStages } from '../connector/labels.ts';
import { loadReference } from './Query.ts';

/** Preference when an opportunity has several contracts: the one in force first. */
const CONTRACT_PREFERENCE = ['ACTIVATED', 'AMENDED', 'IN_APPROVAL', 'DRAFT', 'EXPIRED', 'TERMINATED'];

export const Opportunity: OpportunityResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadReference('Opportunity', id, (nativeId) => loaders.opportunity.load(nativeId)),
  id: (row) => toHubId('Opportunity', row.id),
  stage: (row) => row.stage_name,
  status: (row) => opportunityStages.toCanonical(row.stage_name),
  amount: (row) => (row.amount === null ? null : money(row.amount, row.currency)),
  billingModel: (row) => (row.billing_model ? crmBillingModels.toCanonical(row.billing_model) : null),
  customer: async (row, _args, { loaders }) => {
    const account = await loaders.account.load(row.account_id);
    if (!account) throw new Error(`opportunity ${row.id} references missing account ${row.account_id}`);
    return account;
  },
  closeDate: (row) => row.close_date,
  serviceLine: (row) => row.service_line,
  deliveryRegion: (row) => row.delivery_region,
  targetMargin: (row) => (row.target_margin_bp === null ? null : row.target_margin_bp / 10000),
  expectedStart: (row) => row.expected_start,
  isChangeRequest: (row) => row.is_change_request === 1,
  parentOpportunity: (row, _args, { loaders }) => (row.parent_opportunity_id ? loaders.opportunity.load(row.parent_opportunity_id) : null),
  async contract(row, _args, { loaders }) {
    const contracts = await loaders.contractsByOpportunity.load(row.id);
    const rank = (status: string) => CONTRACT_PREFERENCE.indexOf(contractStatuses.toCanonical(status));
    return [...contracts].sort((a, b) => rank(a.status) - rank(b.status))[0] ?? null;
  },
  externalRefs: externalRefsResolver('Opportunity'),
};
