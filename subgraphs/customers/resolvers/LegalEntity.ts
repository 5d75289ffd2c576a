import type { LegalEntityResolvers } from '../__generated__/resolvers-types.ts';

export const LegalEntity: LegalEntityResolvers = {
  taxRegistration: (row) => row.tax_registration,
  erpSubsidiary: (row) => row.erp_subsidiary,
};
