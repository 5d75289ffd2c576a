import { toHubId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import type { ExpenseResolvers } from '../__generated__/resolvers-types.ts';
import { expenseStatuses } from '../connector/labels.ts';

export const Expense: ExpenseResolvers = {
  id: (row) => toHubId('Expense', row.id),
  date: (row) => row.expense_date,
  amount: (row) => money(row.amount, row.currency),
  billable: (row) => row.billable === 1,
  status: (row) => expenseStatuses.toCanonical(row.status),
  consultant: (row) => ({ id: toHubId('Consultant', row.worker_id) }),
};
