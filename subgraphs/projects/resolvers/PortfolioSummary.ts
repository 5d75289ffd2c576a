import { addDays, businessDate, dateRangeArgs } from '../../shared/dates.ts';
import { badUserInput } from '../../../platform/errors.ts';
import { toHubId } from '../../shared/ids.ts';
import { formatHours, money } from '../../shared/money.ts';
import type {
  ConsultantHoursResolvers,
  PortfolioStaffingResolvers,
  PortfolioSummaryResolvers,
  ProjectRollupResolvers,
} from '../__generated__/resolvers-types.ts';
import type { ProjectStatus } from '../connector/labels.ts';
import { psaBillingModels } from '../connector/labels.ts';
import type { DateWindow, DeliveryTotalsRecord, ProjectListFilter, ProjectRecord } from '../connector/types.ts';
import { projectListFilter } from './Query.ts';

/** Default utilization window: the 90 days ending on `to`. */
const DEFAULT_WINDOW_DAYS = 90;

/** What a PortfolioSummary is computed over; `key` is its entity key (the normalized filter). */
export interface PortfolioScope {
  key: string;
  projectFilter: ProjectListFilter;
  window: DateWindow;
}

export interface ProjectRollupSource {
  project: ProjectRecord;
  delivery: DeliveryTotalsRecord;
}

export interface PortfolioStaffingSource {
  window: DateWindow;
  projectIds: string[];
}

interface PortfolioFilterArgs {
  customerId?: string | null;
  status?: ProjectStatus | null;
  practice?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Validates a PortfolioFilter and resolves its window; the key round-trips through `scopeFromKey`. */
export function portfolioScope(filter: PortfolioFilterArgs): PortfolioScope {
  const projectFilter = projectListFilter(filter);
  const range = dateRangeArgs(filter.from, filter.to, 'filter.');
  const to = range.to ?? businessDate();
  const from = range.from ?? addDays(to, -(DEFAULT_WINDOW_DAYS - 1));
  if (from > to) throw badUserInput('filter.from', 'must not be after the window end');
  const normalized = {
    customerId: filter.customerId ?? null,
    status: filter.status ?? null,
    practice: filter.practice ?? null,
    region: filter.region ?? null,
    from,
    to,
  };
  return { key: JSON.stringify(normalized), projectFilter, window: { from, to } };
}

async function portfolioProjects(scope: PortfolioScope, loaders: { portfolioProjects: { load(key: string): Promise<ProjectRecord[]> } }) {
  return loaders.portfolioProjects.load(JSON.stringify(scope.projectFilter));
}

/** The one currency of a portfolio; several currencies cannot be summed without conversion. */
export function portfolioCurrency(projects: readonly { currency: string }[]): string {
  const currencies = new Set(projects.map((project) => project.currency));
  if (currencies.size > 1) {
    throw badUserInput('filter', `selects projects in several currencies (${[...currencies].join(', ')}); filter to one`);
  }
  return [...currencies][0] ?? 'USD';
}

export const PortfolioSummary: PortfolioSummaryResolvers = {
  __resolveReference({ key }) {
    let filter: PortfolioFilterArgs;
    try {
      filter = JSON.parse(key) as PortfolioFilterArgs;
    } catch {
      return null;
    }
    return portfolioScope(filter);
  },
  projectCount: async (scope, _args, { loaders }) => (await portfolioProjects(scope, loaders)).length,
  async bookings(scope, _args, { loaders }) {
    const projects = await portfolioProjects(scope, loaders);
    return money(
      projects.reduce((sum, project) => sum + project.bookings, 0),
      portfolioCurrency(projects),
    );
  },
  async rollup(scope, _args, { loaders }) {
    const projects = await portfolioProjects(scope, loaders);
    portfolioCurrency(projects);
    const totals = await loaders.deliveryTotals.loadMany(projects.map((project) => project.id));
    return projects.map((project, index) => {
      const delivery = totals[index];
      if (!delivery || delivery instanceof Error) throw delivery ?? new Error(`no delivery totals for ${project.id}`);
      return { project, delivery };
    });
  },
  async staffing(scope, _args, { loaders }) {
    const projects = await portfolioProjects(scope, loaders);
    return { window: scope.window, projectIds: projects.map((project) => project.id) };
  },
};

export const ProjectRollup: ProjectRollupResolvers = {
  projectId: ({ project }) => toHubId('Project', project.id),
  billingModel: ({ project }) => psaBillingModels.toCanonical(project.billing_model),
  bookings: ({ project }) => money(project.bookings, project.currency),
  delivery: ({ delivery }) => delivery,
};

export const PortfolioStaffing: PortfolioStaffingResolvers = {
  from: ({ window }) => window.from,
  to: ({ window }) => window.to,
  consultants: ({ window, projectIds }, _args, { connector }) => (projectIds.length === 0 ? [] : connector.billableHoursOnProjects(projectIds, window)),
};

export const ConsultantHours: ConsultantHoursResolvers = {
  consultantId: (row) => toHubId('Consultant', row.worker_id),
  billableHours: (row) => formatHours(Number(row.billable_hours)),
};
