/**
 * The DELIVERY store (Jira-flavoured): numeric workspace (project) ids, issue keys as work item ids,
 * WL- worklog ids, its own labels, hours in integer hundredths.
 */
import type { Migration } from '../../../platform/sql.ts';
import { SYSTEM_API_MIGRATION } from '../../shared/system-api.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const deliveryMigrations: readonly Migration[] = [
  `CREATE TABLE workspace (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    project_ref TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  );
  CREATE INDEX workspace_customer ON workspace (customer_id);
  CREATE TABLE work_item (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL,
    item_type TEXT NOT NULL,
    summary TEXT NOT NULL,
    status TEXT NOT NULL,
    assignee_ref TEXT,
    milestone_ref TEXT,
    estimate_hours BIGINT,
    remaining_hours BIGINT,
    updated_at TEXT NOT NULL
  );
  CREATE INDEX work_item_workspace ON work_item (workspace_id);
  CREATE INDEX work_item_milestone ON work_item (milestone_ref);
  CREATE INDEX work_item_assignee ON work_item (assignee_ref);
  CREATE TABLE worklog (
    id TEXT PRIMARY KEY,
    work_item_id TEXT NOT NULL,
    worker_ref TEXT NOT NULL,
    work_date TEXT NOT NULL,
    hours BIGINT NOT NULL,
    comment TEXT,
    time_entry_ref TEXT UNIQUE,
    synced_at TEXT,
    created_at TEXT NOT NULL
  );
  CREATE INDEX worklog_worker ON worklog (worker_ref, work_date);
  CREATE INDEX worklog_work_item ON worklog (work_item_id);
  ${XREF_TABLE_DDL}`,
  SYSTEM_API_MIGRATION,
  // Reconciliation (connector/reconciliation-reads.ts): the worklogs never synced to the PSA, without reading the synced ones.
  'CREATE INDEX worklog_unsynced ON worklog (created_at) WHERE time_entry_ref IS NULL;',
];
