import { scopedAccountFilter } from '../../shared/access.ts';
import { textFilterArg } from '../../shared/filters.ts';
import { nativeIdOf, tryNativeId } from '../../shared/ids.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import { primeRows } from '../../shared/loaders.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { opportunityStages } from '../connector/labels.ts';

export const Query: QueryResolvers = {
  customer: (_parent, { id }, { loaders }) => loaders.account.load(nativeIdOf('Customer', id, 'id')),
  async customers(_parent, args, { access, connector, loaders }) {
    const page = pageRequest(args);
    const filter = {
      // A portal caller lists (and counts) only its own customer.
      accountId: scopedAccountFilter(access, null),
      search: textFilterArg(args.filter?.search, 'filter.search'),
      region: textFilterArg(args.filter?.region, 'filter.region'),
      industry: textFilterArg(args.filter?.industry, 'filter.industry'),
    };
    const rows = await connector.listAccounts(filter, page);
    primeRows(loaders.account, rows, (row) => row.id);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      () => connector.countAccounts(filter),
    );
  },
  opportunity: (_parent, { id }, { loaders }) => loaders.opportunity.load(nativeIdOf('Opportunity', id, 'id')),
  async opportunities(_parent, args, { access, connector, loaders }) {
    const page = pageRequest(args);
    const customerId = args.filter?.customerId;
    const accountId = scopedAccountFilter(access, customerId == null ? null : nativeIdOf('Customer', customerId, 'filter.customerId'));
    const status = args.filter?.status;
    const filter = { accountId, stages: status ? opportunityStages.labelsOf(status) : null };
    const rows = await connector.listOpportunities(filter, page);
    primeRows(loaders.opportunity, rows, (row) => row.id);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      () => connector.countOpportunities(filter),
    );
  },
  contract: (_parent, { id }, { loaders }) => loaders.contract.load(nativeIdOf('Contract', id, 'id')),
};

/** A reference from another subgraph: a malformed or unknown id resolves to null. */
export function loadReference<Row>(
  type: 'Customer' | 'Opportunity' | 'Contract',
  id: string,
  load: (nativeId: string) => Promise<Row | null>,
): Promise<Row | null> | null {
  const nativeId = tryNativeId(type, id);
  return nativeId === null ? null : load(nativeId);
}
