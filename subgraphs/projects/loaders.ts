/** Per-request loaders of the projects subgraph: one connector call per batch. */
import DataLoader from 'dataloader';
import { canSeeAccount, scopedAccountFilter, type Access } from '../shared/access.ts';
import { createGroupLoader, createLoaderFamily, createRowLoader } from '../shared/loaders.ts';
import type { PageRequest } from '../shared/pagination.ts';
import type { DateWindow, ProjectListFilter, ProjectsConnector, TimeEntryListFilter } from './connector/types.ts';

/**
 * Loaders see only the rows `access` allows: a portal caller's projects, and the milestones,
 * assignments, time entries and change orders of those projects; anything else loads as missing.
 */
export function createProjectsLoaders(connector: ProjectsConnector, access: Access) {
  const ofVisibleAccounts = <Row extends { account_id: string }>(rows: Row[]) => rows.filter((row) => canSeeAccount(access, row.account_id));
  const project = createRowLoader(
    async (ids: readonly string[]) => ofVisibleAccounts(await connector.projectsByIds(ids)),
    (row) => row.id,
  );
  /** Rows that belong to a project the caller may see (all rows for internal roles). */
  async function ofVisibleProjects<Row extends { project_id: string }>(rows: Row[]): Promise<Row[]> {
    if (access.customerScope === null) return rows;
    const visible = await project.loadMany([...new Set(rows.map((row) => row.project_id))]);
    const visibleIds = new Set(visible.flatMap((row) => (row && !(row instanceof Error) ? [row.id] : [])));
    return rows.filter((row) => visibleIds.has(row.project_id));
  }
  return {
    project,
    projectsByAccount: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.projectsByAccountIds(ids)),
      (row) => row.account_id,
    ),
    projectsByOpportunity: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.projectsByOpportunityIds(ids)),
      (row) => row.opportunity_id as string,
    ),
    milestonesByProject: createGroupLoader(
      (ids: readonly string[]) => connector.milestonesByProjectIds(ids),
      (row) => row.project_id,
    ),
    milestone: createRowLoader(
      async (ids: readonly string[]) => ofVisibleProjects(await connector.milestonesByIds(ids)),
      (row) => row.id,
    ),
    changeOrder: createRowLoader(
      async (ids: readonly string[]) => ofVisibleProjects(await connector.changeOrdersByIds(ids)),
      (row) => row.id,
    ),
    assignment: createRowLoader(
      async (ids: readonly string[]) => ofVisibleProjects(await connector.assignmentsByIds(ids)),
      (row) => row.id,
    ),
    timeEntry: createRowLoader(
      async (ids: readonly string[]) => ofVisibleProjects(await connector.timeEntriesWithRole(ids)),
      (row) => row.id,
    ),
    assignmentsByProject: createGroupLoader(
      (ids: readonly string[]) => connector.assignmentsByProjectIds(ids),
      (row) => row.project_id,
    ),
    assignmentsByWorker: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleProjects(await connector.assignmentsByWorkerIds(ids)),
      (row) => row.worker_id,
    ),
    resourceRequestsByProject: createGroupLoader(
      (ids: readonly string[]) => connector.resourceRequestsByProjectIds(ids),
      (row) => row.project_id,
    ),
    changeOrdersByProject: createGroupLoader(
      (ids: readonly string[]) => connector.changeOrdersByProjectIds(ids),
      (row) => row.project_id,
    ),
    expensesByProject: createGroupLoader(
      (ids: readonly string[]) => connector.expensesByProjectIds(ids),
      (row) => row.project_id,
    ),
    deliveryTotals: createRowLoader(
      (ids: readonly string[]) => connector.deliveryTotalsByProjectIds(ids),
      (row) => row.project_id,
    ),
    externalRefs: createGroupLoader(
      (hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds),
      (row) => row.hub_id,
    ),
    /** Time entry pages per project, one loader per (filter, page). */
    timeEntryPages: createLoaderFamily((key) => {
      const { filter, page } = JSON.parse(key) as { filter: TimeEntryListFilter; page: PageRequest };
      return createGroupLoader(
        (ids: readonly string[]) => connector.timeEntryPages(ids, filter, page),
        (row) => row.project_id,
      );
    }),
    /** Time entry counts per project, one loader per filter. */
    timeEntryCounts: createLoaderFamily((key) => {
      const filter = JSON.parse(key) as TimeEntryListFilter;
      return new DataLoader<string, number>(
        async (ids) => {
          const counts = new Map((await connector.countTimeEntries(ids, filter)).map((row) => [row.project_id, Number(row.n)]));
          return ids.map((id) => counts.get(id) ?? 0);
        },
        { maxBatchSize: 1000 },
      );
    }),
    /** Billable approved hours per worker, one loader per date window. */
    billableHours: createLoaderFamily((key) => {
      const window = JSON.parse(key) as DateWindow;
      return new DataLoader<string, number>(async (ids) => {
        const hours = new Map((await connector.billableHoursByWorkerIds(ids, window)).map((row) => [row.worker_id, Number(row.billable_hours)]));
        return ids.map((id) => hours.get(id) ?? 0);
      });
    }),
    /** Approved work dated after a day, per project, one loader per (day, business date) key "after|asOf" (portfolio trend). */
    laterWork: createLoaderFamily((key) => {
      const [after, asOf] = key.split('|') as [string, string];
      return createRowLoader(
        (ids: readonly string[]) => connector.laterWorkByProjectIds(ids, after, asOf),
        (row) => row.project_id,
      );
    }),
    /** Projects of a portfolio, by normalized filter key (narrowed to the caller's customer). */
    portfolioProjects: new DataLoader<string, Awaited<ReturnType<ProjectsConnector['allProjects']>>>((keys) =>
      Promise.all(
        keys.map((key) => {
          const filter = JSON.parse(key) as ProjectListFilter;
          return connector.allProjects({ ...filter, accountId: scopedAccountFilter(access, filter.accountId ?? null) });
        }),
      ),
    ),
  };
}

export type ProjectsLoaders = ReturnType<typeof createProjectsLoaders>;
