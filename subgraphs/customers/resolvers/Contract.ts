import { toHubId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { ContractResolvers } from '../__generated__/resolvers-types.ts';
import { contractStatuses, crmBillingModels } from '../connector/labels.ts';
import { loadReference } from './Query.ts';

export const Contract: ContractResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadReference('Contract', id, (nativeId) => loaders.contract.load(nativeId)),
  id: (row) => toHubId('Contract', row.id),
  number: (row) => row.contract_number,
  status: (row) => contractStatuses.toCanonical(row.status),
  crmStatus: (row) => row.status,
  value: (row) => money(row.value, row.currency),
  billingModel: (row) => (row.billing_model ? crmBillingModels.toCanonical(row.billing_model) : null),
  customer: async (row, _args, { loaders }) => {
    const account = await loaders.account.load(row.account_id);
    if (!account) throw new Error(`contract ${row.id} references missing account ${row.account_id}`);
    return account;
  },
  opportunity: (row, _args, { loaders }) => (row.opportunity_id ? loaders.opportunity.load(row.opportunity_id) : null),
  startDate: (row) => row.start_date,
  endDate: (row) => row.end_date,
  termMonths: (row) => row.term_months,
  paymentTermsDays: (row) => row.payment_terms_days,
  externalRefs: externalRefsResolver('Contract'),
};
