import { tryNativeId } from '../../shared/ids.ts';
import { divideRounded, money } from '../../shared/money.ts';
import type { CustomerResolvers, ReceivablesResolvers } from '../__generated__/resolvers-types.ts';

/** Customer is owned by the customers subgraph; this one adds its invoices and receivables. */
export const Customer: CustomerResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  invoices({ id }, _args, { loaders }) {
    const accountId = tryNativeId('Customer', id);
    return accountId === null ? [] : loaders.invoicesByAccount.load(accountId);
  },
  receivables({ id }, _args, { loaders }) {
    const accountId = tryNativeId('Customer', id);
    return accountId === null ? null : loaders.receivables.load(accountId);
  },
};

export const Receivables: ReceivablesResolvers = {
  balance: (row) => money(row.balance, row.currency),
  overdue: (row) => money(row.overdue, row.currency),
  /** DSO = receivables ÷ billed in the window × days in the window. */
  dso: (row) => (row.billed_in_window === 0 ? null : divideRounded(row.balance * row.window_days * 10, row.billed_in_window) / 10),
};
