/**
 * The identity registry: every system's id of every entity, mapped to its hub id. A read model of
 * the domain stores' cross-reference tables (written when data is seeded, and as domains create
 * entities), with a unique, case-sensitive key on (system, entity type, native id).
 */
import type { Migration } from '../../shared/sql.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const identityMigrations: readonly Migration[] = [
  `${XREF_TABLE_DDL}
  CREATE INDEX xref_native ON xref (system, native_id);`,
];
