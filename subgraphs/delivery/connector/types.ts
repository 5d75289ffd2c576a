/**
 * The delivery subgraph's system-of-record interface (DELIVERY, Jira-flavoured). Rows carry the
 * DELIVERY's native ids and labels.
 */
import type { PageRequest } from '../../shared/pagination.ts';
import type { SystemRequest, WriteOutcome } from '../../shared/system-api.ts';
import type { XrefRecord } from '../../shared/xref.ts';

export interface WorkspaceRecord {
  /** Native id, `WSP-000001`. */
  id: string;
  name: string;
  /** The DELIVERY's own label (connector/labels.ts). */
  status: string;
  /** CRM account id of the customer. */
  customer_id: string;
  created_at: string;
}

export interface WorkspaceListFilter {
  /** CRM account id. */
  customerId?: string | null;
  /** The DELIVERY's labels of the requested canonical status. */
  statusLabels?: readonly string[] | null;
}

export type WriteReply = WriteOutcome & { replayed: boolean };

/** Every method is one round trip to the DELIVERY, whatever the number of ids. */
export interface DeliveryConnector {
  workspacesByIds(ids: readonly string[]): Promise<WorkspaceRecord[]>;
  /** Up to `page.limit + 1` workspaces after `page.afterKey`, ordered by id. */
  listWorkspaces(filter: WorkspaceListFilter, page: PageRequest): Promise<WorkspaceRecord[]>;
  countWorkspaces(filter: WorkspaceListFilter): Promise<number>;
  externalRefsByHubIds(hubIds: readonly string[]): Promise<XrefRecord[]>;
  /** Writes of the system API, idempotent on `request.requestKey`. */
  createWorkspace(request: SystemRequest, customerId: string, name: string): Promise<WriteReply>;
  archiveWorkspace(request: SystemRequest, workspaceId: string): Promise<WriteReply>;
}
