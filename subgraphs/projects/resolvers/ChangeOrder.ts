import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { formatHours, money } from '../../shared/money.ts';
import type { ChangeOrderResolvers } from '../__generated__/resolvers-types.ts';
import { changeOrderStatuses } from '../connector/labels.ts';

export const ChangeOrder: ChangeOrderResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('ChangeOrder', id);
    return nativeId === null ? null : loaders.changeOrder.load(nativeId);
  },
  id: (row) => toHubId('ChangeOrder', row.id),
  status: (row) => changeOrderStatuses.toCanonical(row.status),
  deltaBookings: (row) => (row.delta_bookings === null ? null : money(row.delta_bookings, row.currency)),
  deltaBudgetHours: (row) => (row.delta_budget_hours === null ? null : formatHours(row.delta_budget_hours)),
};
