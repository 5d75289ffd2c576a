import { tryNativeId } from '../../shared/ids.ts';
import type { CustomerResolvers } from '../__generated__/resolvers-types.ts';

/** Customer is owned by the customers subgraph; this one adds its projects. */
export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  projects({ id }, _args, { loaders }) {
    const accountId = tryNativeId('Customer', id);
    return accountId === null ? [] : loaders.projectsByAccount.load(accountId);
  },
};
