import { toHubId } from '../../shared/ids.ts';
import { formatHours } from '../../shared/money.ts';
import type { ResourceRequestResolvers } from '../__generated__/resolvers-types.ts';
import { resourceRequestStatuses } from '../connector/labels.ts';

export const ResourceRequest: ResourceRequestResolvers = {
  id: (row) => toHubId('ResourceRequest', row.id),
  skills: (row) =>
    row.skills
      .split(',')
      .map((skill) => skill.trim())
      .filter(Boolean),
  hours: (row) => formatHours(row.hours),
  startDate: (row) => row.start_date,
  endDate: (row) => row.end_date,
  status: (row) => resourceRequestStatuses.toCanonical(row.status),
};
