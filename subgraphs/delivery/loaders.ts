/** Per-request loaders of the delivery subgraph: one connector call per batch. */
import DataLoader from 'dataloader';
import { canSeeAccount, scopedAccountFilter, type Access } from '../shared/access.ts';
import { createGroupLoader, createLoaderFamily, createRowLoader, primeRows } from '../shared/loaders.ts';
import type { PageRequest } from '../shared/pagination.ts';
import type { DateWindow, DeliveryConnector, WorkItemListFilter, WorkspaceListFilter } from './connector/types.ts';

/**
 * Loaders see only the rows `access` allows: every row for internal roles; for a portal caller, its
 * own customer's workspaces and the work items and worklogs in them. Anything else loads as missing
 * (or is left out of a list), so root fields, `_entities`, `Project.workspace`, `Milestone.workItems`,
 * `Consultant.worklogs` and every nested field behave alike. Every row carries its workspace's
 * `customer_id` for this.
 */
export function createDeliveryLoaders(connector: DeliveryConnector, access: Access) {
  const visible = <Row extends { customer_id: string }>(rows: Row[]) =>
    access.customerScope === null ? rows : rows.filter((row) => canSeeAccount(access, row.customer_id));
  /** A list filter narrowed to the caller's customer (NO_ROWS for another customer's: an empty list). */
  const scoped = <Filter extends { customerId?: string | null }>(filter: Filter): Filter => ({
    ...filter,
    customerId: scopedAccountFilter(access, filter.customerId ?? null),
  });

  const workspace = createRowLoader(
    async (ids: readonly string[]) => visible(await connector.workspacesByIds(ids)),
    (row) => row.id,
  );
  const workItem = createRowLoader(
    async (ids: readonly string[]) => visible(await connector.workItemsByIds(ids)),
    (row) => row.id,
  );
  const worklog = createRowLoader(
    async (ids: readonly string[]) => visible(await connector.worklogsByIds(ids)),
    (row) => row.id,
  );

  return {
    workspace,
    workItem,
    worklog,
    /** A PSA project's workspace, by project id. */
    workspaceByProject: createRowLoader(
      async (refs: readonly string[]) => visible(await connector.workspacesByProjectRefs(refs)),
      (row) => row.project_ref,
    ),
    /** The work items that deliver a PSA milestone, by milestone id. */
    workItemsByMilestone: createGroupLoader(
      async (refs: readonly string[]) => visible(await connector.workItemsByMilestoneRefs(refs)),
      (row) => row.milestone_ref as string,
    ),
    worklogsByWorkItem: createGroupLoader(
      async (ids: readonly string[]) => visible(await connector.worklogsByWorkItemIds(ids)),
      (row) => row.work_item_id,
    ),
    /** A consultant's worklogs by HCM worker id, one loader per date window ("from|to"). */
    worklogsByWorker: createLoaderFamily((key) => {
      const [from, to] = key.split('|');
      const window: DateWindow = { from, to };
      return createGroupLoader(
        async (refs: readonly string[]) => visible(await connector.worklogsByWorkerRefs(refs, window)),
        (row) => row.worker_ref,
      );
    }),
    /** Work item pages per workspace, one loader per (filter, page). */
    workItemPages: createLoaderFamily((key) => {
      const { filter, page } = JSON.parse(key) as { filter: WorkItemListFilter; page: PageRequest };
      return createGroupLoader(
        async (ids: readonly string[]) => visible(await connector.workItemPages(ids, scoped(filter), page)),
        (row) => row.workspace_id,
      );
    }),
    /** Work item counts per workspace, one loader per filter. */
    workItemCounts: createLoaderFamily((key) => {
      const filter = scoped(JSON.parse(key) as WorkItemListFilter);
      return new DataLoader<string, number>(
        async (ids) => {
          const counts = new Map((await connector.countWorkItemsByWorkspace(ids, filter)).map((row) => [row.workspace_id, Number(row.n)]));
          return ids.map((id) => counts.get(id) ?? 0);
        },
        { maxBatchSize: 1000 },
      );
    }),
    /** A page of the workspaces the caller may see (primed into `workspace`), and their count. */
    async workspacePage(filter: WorkspaceListFilter, page: PageRequest) {
      const narrowed = scoped(filter);
      const rows = visible(await connector.listWorkspaces(narrowed, page));
      primeRows(workspace, rows, (row) => row.id);
      return { rows, count: () => connector.countWorkspaces(narrowed) };
    },
    /** A page of the work items the caller may see (primed into `workItem`), and their count. */
    async workItemPage(filter: WorkItemListFilter, page: PageRequest) {
      const narrowed = scoped(filter);
      const rows = visible(await connector.listWorkItems(narrowed, page));
      primeRows(workItem, rows, (row) => row.id);
      return { rows, count: () => connector.countWorkItems(narrowed) };
    },
    externalRefs: createGroupLoader(
      (hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds),
      (row) => row.hub_id,
    ),
  };
}

export type DeliveryLoaders = ReturnType<typeof createDeliveryLoaders>;
