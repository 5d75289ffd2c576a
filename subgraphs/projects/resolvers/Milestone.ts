import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import type { MilestoneResolvers } from '../__generated__/resolvers-types.ts';
import { milestoneStatuses } from '../connector/labels.ts';

export const Milestone: MilestoneResolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('Milestone', id);
    return nativeId === null ? null : loaders.milestone.load(nativeId);
  },
  id: (row) => toHubId('Milestone', row.id),
  status: (row) => milestoneStatuses.toCanonical(row.status),
  amount: (row) => (row.amount === null ? null : money(row.amount, row.currency)),
  dueDate: (row) => row.target_date,
  actualDate: (row) => row.actual_date,
  requiresSignOff: (row) => row.requires_signoff === 1,
  signedOffAt: (row) => row.signed_off_at,
};
