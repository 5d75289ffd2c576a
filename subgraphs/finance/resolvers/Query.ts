import { scopedAccountFilter } from '../../shared/access.ts';
import { nativeIdOf } from '../../shared/ids.ts';
import { primeRows } from '../../shared/loaders.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { invoiceStatuses } from '../connector/labels.ts';
import type { InvoiceListFilter } from '../connector/types.ts';
import { rateCards } from './RateCard.ts';
import { exchangeRates } from './ExchangeRate.ts';

export const Query: QueryResolvers = {
  invoice: (_parent, { id }, { loaders }) => loaders.invoice.load(nativeIdOf('Invoice', id, 'id')),
  async invoices(_parent, args, { access, connector, loaders }) {
    const page = pageRequest(args);
    const filter: InvoiceListFilter = {
      // A portal caller lists (and counts) only its own customer's invoices.
      crmAccountId: scopedAccountFilter(access, args.filter?.customerId == null ? null : nativeIdOf('Customer', args.filter.customerId, 'filter.customerId')),
      psaProjectId: args.filter?.projectId == null ? null : nativeIdOf('Project', args.filter.projectId, 'filter.projectId'),
      statuses: args.filter?.status ? invoiceStatuses.labelsOf(args.filter.status) : null,
      overdue: args.filter?.overdue ?? null,
      asOf: loaders.asOf,
    };
    const rows = await connector.listInvoices(filter, page);
    primeRows(loaders.invoice, rows, (row) => row.id);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      () => connector.countInvoices(filter),
    );
  },
  rateCards,
  exchangeRates,
};
