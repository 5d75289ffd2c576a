import { addDays, businessDate, dateRangeArgs, isIsoDate } from '../../shared/dates.ts';
import { badUserInput } from '../../../platform/errors.ts';
import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { employedWindow, pooledUtilization } from '../../shared/kpi.ts';
import { formatHours, isCurrencyCode, money, parseScaled } from '../../shared/money.ts';
import { env } from '../../../platform/env.ts';
import type {
  ConsultantHoursResolvers,
  PortfolioStaffingResolvers,
  PortfolioSummaryResolvers,
  ProjectRollupResolvers,
} from '../__generated__/resolvers-types.ts';
import type { ProjectStatus } from '../connector/labels.ts';
import { projectStages, psaBillingModels } from '../connector/labels.ts';
import type { DateWindow, DeliveryTotalsRecord, ProjectListFilter, ProjectRecord, WorkerWindow } from '../connector/types.ts';
import { portfolioHistory } from './PeriodCheckpoint.ts';
import { projectListFilter } from './Query.ts';
import type { ProjectsContext } from '../context.ts';

/** Default utilization window: the 90 days ending on `to`. */
const DEFAULT_WINDOW_DAYS = 90;

/** One consultant's capacity in the window, as the HCM sends it for `utilization` (@requires). */
export interface StaffCapacityReference {
  consultantId: string;
  /** Exact to the thousandth of an hour. */
  availableHours: string;
  activeFrom?: string | null;
  activeTo?: string | null;
}

/** What a PortfolioSummary is computed over; `key` is its entity key (the normalized filter). */
export interface PortfolioScope {
  key: string;
  /** ISO 4217 code every money figure is reported in. */
  currency: string;
  projectFilter: ProjectListFilter;
  window: DateWindow;
  /** Present in a representation for `utilization`. */
  staffCapacity?: StaffCapacityReference[];
}

export interface ProjectRollupSource {
  project: ProjectRecord;
  delivery: DeliveryTotalsRecord;
  /** The project's status as of a trend checkpoint (shared/kpi.ts deliveryAsOf); absent: its status now. */
  status?: ProjectStatus;
}

export interface PortfolioStaffingSource {
  window: DateWindow;
  projectIds: string[];
}

export interface PortfolioFilterArgs {
  customerId?: string | null;
  status?: ProjectStatus | null;
  practice?: string | null;
  region?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The reporting currency asked for, or the group's functional currency (OPSGRAPH_REPORTING_CURRENCY). */
export function reportingCurrency(currency: string | null | undefined): string {
  const code = currency ?? env.reportingCurrency();
  if (!isCurrencyCode(code)) throw badUserInput('currency', `${JSON.stringify(code)} is not an ISO 4217 currency code`);
  return code;
}

/** Validates a PortfolioFilter and resolves its window; the key round-trips through `scopeFromKey`. */
export function portfolioScope(filter: PortfolioFilterArgs, currencyArg?: string | null): PortfolioScope {
  const currency = reportingCurrency(currencyArg);
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
    currency,
  };
  return { key: JSON.stringify(normalized), currency, projectFilter, window: { from, to } };
}

export async function portfolioProjects(scope: PortfolioScope, loaders: { portfolioProjects: { load(key: string): Promise<ProjectRecord[]> } }) {
  return loaders.portfolioProjects.load(JSON.stringify(scope.projectFilter));
}

export const PortfolioSummary: PortfolioSummaryResolvers = {
  __resolveReference({ key, staffCapacity }) {
    let filter: PortfolioFilterArgs & { currency?: string | null };
    try {
      filter = JSON.parse(key) as PortfolioFilterArgs & { currency?: string | null };
    } catch {
      return null;
    }
    const scope = portfolioScope(filter, filter.currency);
    return staffCapacity === undefined ? scope : { ...scope, staffCapacity };
  },
  projectCount: async (scope, _args, { loaders }) => (await portfolioProjects(scope, loaders)).length,
  async rollup(scope, _args, { loaders }) {
    const projects = await portfolioProjects(scope, loaders);
    const totals = await loaders.deliveryTotals.loadMany(projects.map((project) => project.id));
    return projects.map((project, index) => {
      const delivery = totals[index];
      if (!delivery || delivery instanceof Error) throw delivery ?? new Error(`no delivery totals for ${project.id}`);
      return { project, delivery };
    });
  },
  history: async (scope, _args, { connector, loaders }) => portfolioHistory(scope, await portfolioProjects(scope, loaders), { connector }),
  async staffing(scope, _args, { loaders }) {
    const projects = await portfolioProjects(scope, loaders);
    return { window: scope.window, projectIds: projects.map((project) => project.id) };
  },
  utilization: (scope, _args, { connector, loaders }) => portfolioUtilization(scope, connector, loaders),
};

/**
 * Σ billable approved hours on the scope's projects on days each consultant was employed in its
 * window ÷ Σ the consultants' available hours (the HCM's, through @requires), rounded once; null
 * without the HCM's capacity. PortfolioSummary.utilization, and PortfolioPeriod's over its days.
 */
export async function portfolioUtilization(scope: PortfolioScope, connector: ProjectsContext['connector'], loaders: ProjectsContext['loaders']) {
  if (!scope.staffCapacity) return null;
  if (!Array.isArray(scope.staffCapacity)) throw badUserInput(null, 'Malformed staffCapacity in an entity representation');
  const projectIds = (await portfolioProjects(scope, loaders)).map((project) => project.id);
  let availableThousandths = 0;
  // Consultants employed the whole window share one read; those hired or terminated in it (few)
  // are summed over their own days of employment, all of them in a second read.
  const wholeWindow: string[] = [];
  const ownWindows: WorkerWindow[] = [];
  for (const entry of scope.staffCapacity) {
    const workerId = typeof entry?.consultantId === 'string' ? tryNativeId('Consultant', entry.consultantId) : null;
    const available = typeof entry?.availableHours === 'string' ? parseScaled(entry.availableHours, 3) : null;
    const datesOk = [entry?.activeFrom, entry?.activeTo].every((date) => date === null || date === undefined || isIsoDate(date));
    if (workerId === null || available === null || !datesOk) throw badUserInput(null, 'Malformed staffCapacity in an entity representation');
    availableThousandths += available;
    // Hours logged outside employment (before the hire date, after the termination date) do not count.
    const window = employedWindow(entry.activeFrom ?? null, entry.activeTo ?? null, scope.window.from, scope.window.to);
    if (window === null) continue;
    if (window.from === scope.window.from && window.to === scope.window.to) wholeWindow.push(workerId);
    else ownWindows.push({ workerId, window });
  }
  let billable = 0;
  if (projectIds.length > 0) {
    const members = new Set(wholeWindow);
    if (members.size > 0) {
      for (const row of await connector.billableHoursOnProjects(projectIds, scope.window))
        if (members.has(row.worker_id)) billable += Number(row.billable_hours);
    }
    const own = new Set(ownWindows.map((entry) => entry.workerId));
    for (const row of await connector.billableHoursInWorkerWindows(projectIds, ownWindows)) if (own.has(row.worker_id)) billable += Number(row.billable_hours);
  }
  return pooledUtilization(billable, availableThousandths);
}

export const ProjectRollup: ProjectRollupResolvers = {
  projectId: ({ project }) => toHubId('Project', project.id),
  status: ({ project, status }) => status ?? projectStages.toCanonical(project.stage),
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
