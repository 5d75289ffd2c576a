import { tryNativeId } from '../../shared/ids.ts';
import type { OpportunityResolvers } from '../__generated__/resolvers-types.ts';

/** Opportunity is owned by the customers subgraph; this one adds the project it became. */
export const Opportunity: OpportunityResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  async project({ id }, _args, { loaders }) {
    const opportunityId = tryNativeId('Opportunity', id);
    if (opportunityId === null) return null;
    return (await loaders.projectsByOpportunity.load(opportunityId))[0] ?? null;
  },
};
