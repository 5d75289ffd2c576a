import { dateArg } from '../../shared/dates.ts';
import { badUserInput } from '../../../platform/errors.ts';
import { textFilterArg } from '../../shared/filters.ts';
import { nativeIdOf } from '../../shared/ids.ts';
import { primeRows } from '../../shared/loaders.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';

export const Query: QueryResolvers = {
  consultant: (_parent, { id }, { loaders }) => loaders.worker.load(nativeIdOf('Consultant', id, 'id')),
  async consultants(_parent, args, { connector, loaders }) {
    const page = pageRequest(args);
    const window = {
      from: dateArg(args.filter?.availableFrom, 'filter.availableFrom'),
      to: dateArg(args.filter?.availableTo, 'filter.availableTo'),
    };
    if (window.from && window.to && window.from > window.to) {
      throw badUserInput('filter.availableFrom', 'must not be after "availableTo"');
    }
    const filter = {
      skill: textFilterArg(args.filter?.skill, 'filter.skill'),
      practice: textFilterArg(args.filter?.practice, 'filter.practice'),
      location: textFilterArg(args.filter?.location, 'filter.location'),
      availableFrom: window.from,
      availableTo: window.to,
    };
    const rows = await connector.listWorkers(filter, page);
    primeRows(loaders.worker, rows, (row) => row.id);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      () => connector.countWorkers(filter),
    );
  },
};
