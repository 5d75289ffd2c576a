import { scopedAccountFilter } from '../../shared/access.ts';
import { textFilterArg } from '../../shared/filters.ts';
import { nativeIdOf } from '../../shared/ids.ts';
import { primeRows } from '../../shared/loaders.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { projectStages, type ProjectStatus } from '../connector/labels.ts';
import type { ProjectListFilter } from '../connector/types.ts';
import { portfolioTrend } from './PortfolioPeriod.ts';
import { portfolioScope } from './PortfolioSummary.ts';

/** Validates a ProjectFilter-shaped argument into a connector filter. */
export function projectListFilter(
  filter: { customerId?: string | null; status?: ProjectStatus | null; practice?: string | null; region?: string | null } | null | undefined,
  prefix = 'filter.',
): ProjectListFilter {
  return {
    accountId: filter?.customerId == null ? null : nativeIdOf('Customer', filter.customerId, `${prefix}customerId`),
    stages: filter?.status ? projectStages.labelsOf(filter.status) : null,
    practice: textFilterArg(filter?.practice, `${prefix}practice`),
    region: textFilterArg(filter?.region, `${prefix}region`),
  };
}

export const Query: QueryResolvers = {
  project: (_parent, { id }, { loaders }) => loaders.project.load(nativeIdOf('Project', id, 'id')),
  async projects(_parent, args, { access, connector, loaders }) {
    const page = pageRequest(args);
    const requested = projectListFilter(args.filter);
    // A portal caller lists (and counts) only its own customer's projects.
    const filter = { ...requested, accountId: scopedAccountFilter(access, requested.accountId ?? null) };
    const rows = await connector.listProjects(filter, page);
    primeRows(loaders.project, rows, (row) => row.id);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      () => connector.countProjects(filter),
    );
  },
  portfolio: (_parent, { filter, currency }) => portfolioScope(filter ?? {}, currency),
  portfolioTrend: (_parent, args) => portfolioTrend(args),
};
