/**
 * The identity registry: every system's id of every entity, mapped to its hub id. A read model of
 * the domain stores' cross-reference tables (written when data is seeded, and as domains create
 * entities), with a unique, case-sensitive key on (system, entity type, native id), and the hub id of
 * the customer that owns each entity (null for entities no customer owns, such as consultants), so a
 * portal user's lookups can be confined to its own customer.
 */
import type { Migration } from '../../../platform/sql.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const identityMigrations: readonly Migration[] = [
  `${XREF_TABLE_DDL}
  CREATE INDEX xref_native ON xref (system, native_id);`,
  'ALTER TABLE xref ADD COLUMN customer_id TEXT;',
];
