import { toHubId } from '../../shared/ids.ts';
import type { ContactResolvers } from '../__generated__/resolvers-types.ts';

export const Contact: ContactResolvers = {
  id: (row) => toHubId('Contact', row.id),
  name: (row) => `${row.first_name} ${row.last_name}`,
};
