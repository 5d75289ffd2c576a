/** The DELIVERY store (Jira-flavoured): WSP-NNNNNN workspace ids and its own status labels. */
import type { Migration } from '../../../platform/sql.ts';
import { SYSTEM_API_MIGRATION } from '../../shared/system-api.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const deliveryMigrations: readonly Migration[] = [
  `CREATE TABLE workspace (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX workspace_customer ON workspace (customer_id);
  ${XREF_TABLE_DDL}`,
  SYSTEM_API_MIGRATION,
];
