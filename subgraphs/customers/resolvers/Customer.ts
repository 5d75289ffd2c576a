import { toHubId } from '../../shared/ids.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { CustomerResolvers } from '../__generated__/resolvers-types.ts';
import { loadReference } from './Query.ts';

export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }, { loaders }) => loadReference('Customer', id, (nativeId) => loaders.account.load(nativeId)),
  id: (row) => toHubId('Customer', row.id),
  parent: (row, _args, { loaders }) => (row.parent_id ? loaders.account.load(row.parent_id) : null),
  legalEntity: (row, _args, { loaders }) => (row.legal_entity_id ? loaders.legalEntity.load(row.legal_entity_id) : null),
  billingAddress: (row) =>
    row.billing_street || row.billing_city || row.billing_country ? { street: row.billing_street, city: row.billing_city, country: row.billing_country } : null,
  paymentTermsDays: (row) => row.payment_terms_days,
  externalRefs: externalRefsResolver('Customer'),
  contacts: (row, _args, { loaders }) => loaders.contactsByAccount.load(row.id),
  opportunities: (row, _args, { loaders }) => loaders.opportunitiesByAccount.load(row.id),
  contracts: (row, _args, { loaders }) => loaders.contractsByAccount.load(row.id),
};
