/**
 * The delivery subgraph's system-of-record interface (DELIVERY, Jira-flavoured). Rows carry the
 * DELIVERY's native ids and labels; hours are integer hundredths.
 */
import type { DeliveryReconciliationReads } from './reconciliation-reads.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import type { SystemRequest, WriteOutcome } from '../../shared/system-api.ts';
import type { XrefRecord } from '../../shared/xref.ts';

export interface WorkspaceRecord {
  /** Native id: the tool's numeric project id, `10001`. */
  id: string;
  /** `ACME`: upper-case letters and digits, 2 to 10, starting with a letter. */
  key: string;
  name: string;
  /** The DELIVERY's own label (connector/labels.ts). */
  status: string;
  /** CRM account id of the customer. */
  customer_id: string;
  /** PSA project id: one workspace per project, ever. */
  project_ref: string;
  created_at: string;
}

export interface WorkItemRecord {
  /** Native id: the issue key, `ACME-142`. */
  id: string;
  workspace_id: string;
  /** The DELIVERY's own label: Epic, Story or Task. */
  item_type: string;
  summary: string;
  /** The DELIVERY's own label: To Do, In Progress, In Review or Done. */
  status: string;
  /** HCM worker id. */
  assignee_ref: string | null;
  /** PSA milestone id. */
  milestone_ref: string | null;
  estimate_hours: number | null;
  remaining_hours: number | null;
  updated_at: string;
  /** CRM account id of the workspace's customer (joined: the row rule keys on it). */
  customer_id: string;
}

export interface WorklogRecord {
  /** Native id, `WL-000001`. */
  id: string;
  work_item_id: string;
  /** HCM worker id. */
  worker_ref: string;
  work_date: string;
  /** Hundredths of an hour, 1 to 2400. */
  hours: number;
  comment: string | null;
  /** PSA time entry id, once synced. */
  time_entry_ref: string | null;
  synced_at: string | null;
  created_at: string;
  /** CRM account id of the work item's workspace's customer (joined: the row rule keys on it). */
  customer_id: string;
}

export interface WorkspaceListFilter {
  /** CRM account id. */
  customerId?: string | null;
  /** The DELIVERY's labels of the requested canonical status. */
  statusLabels?: readonly string[] | null;
}

export interface WorkItemListFilter {
  /** CRM account id of the workspace's customer. */
  customerId?: string | null;
  workspaceId?: string | null;
  /** PSA milestone id. */
  milestoneId?: string | null;
  /** HCM worker id. */
  assigneeId?: string | null;
  /** The DELIVERY's labels of the requested canonical status. */
  statusLabels?: readonly string[] | null;
}

/** Both days included. */
export interface DateWindow {
  from: string;
  to: string;
}

export type WriteReply = WriteOutcome & { replayed: boolean };

export interface ProvisionWorkspace {
  /** PSA project id. */
  projectId: string;
  /** CRM account id. */
  customerId: string;
  name: string;
  /** Requested key; null derives one from the name. */
  key: string | null;
  /** The project's milestones (PSA ids and names): the workspace starts with an epic delivering each. */
  milestones: readonly { milestoneId: string; name: string }[];
}

export interface NewWorklog {
  workItemId: string;
  /** HCM worker id. */
  workerId: string;
  date: string;
  /** The hours as given (a Decimal string); the write checks them (hundredths, 0 < h ≤ 24). */
  hours: string;
  comment: string | null;
}

/** Every method is one round trip to the DELIVERY, whatever the number of ids. */
export interface DeliveryConnector extends DeliveryReconciliationReads {
  workspacesByIds(ids: readonly string[]): Promise<WorkspaceRecord[]>;
  workspacesByProjectRefs(projectRefs: readonly string[]): Promise<WorkspaceRecord[]>;
  /** Up to `page.limit + 1` workspaces after `page.afterKey`, ordered by id. */
  listWorkspaces(filter: WorkspaceListFilter, page: PageRequest): Promise<WorkspaceRecord[]>;
  countWorkspaces(filter: WorkspaceListFilter): Promise<number>;

  workItemsByIds(ids: readonly string[]): Promise<WorkItemRecord[]>;
  /** Ordered by id. */
  workItemsByMilestoneRefs(milestoneRefs: readonly string[]): Promise<WorkItemRecord[]>;
  /** Up to `page.limit + 1` work items after `page.afterKey`, ordered by id. */
  listWorkItems(filter: WorkItemListFilter, page: PageRequest): Promise<WorkItemRecord[]>;
  countWorkItems(filter: WorkItemListFilter): Promise<number>;
  /** Up to `page.limit + 1` work items of each workspace after `page.afterKey`, ordered by workspace, then id. */
  workItemPages(workspaceIds: readonly string[], filter: WorkItemListFilter, page: PageRequest): Promise<WorkItemRecord[]>;
  countWorkItemsByWorkspace(workspaceIds: readonly string[], filter: WorkItemListFilter): Promise<{ workspace_id: string; n: number }[]>;

  worklogsByIds(ids: readonly string[]): Promise<WorklogRecord[]>;
  /** Ordered by work item, date, then id. */
  worklogsByWorkItemIds(workItemIds: readonly string[]): Promise<WorklogRecord[]>;
  /** Worklogs of these workers within `window`, ordered by worker, date, then id. */
  worklogsByWorkerRefs(workerRefs: readonly string[], window: DateWindow): Promise<WorklogRecord[]>;

  externalRefsByHubIds(hubIds: readonly string[]): Promise<XrefRecord[]>;

  /** Writes of the system API, idempotent on `request.requestKey`; each checks its rules in its transaction. */
  provisionWorkspace(request: SystemRequest, input: ProvisionWorkspace): Promise<WriteReply>;
  removeWorkspace(request: SystemRequest, workspaceId: string): Promise<WriteReply>;
  setWorkItemStatus(request: SystemRequest, workItemId: string, status: 'OPEN' | 'IN_PROGRESS' | 'DONE'): Promise<WriteReply>;
  recordWorklog(request: SystemRequest, input: NewWorklog): Promise<WriteReply>;
  markWorklogSynced(request: SystemRequest, worklogId: string, timeEntryId: string): Promise<WriteReply>;
}
