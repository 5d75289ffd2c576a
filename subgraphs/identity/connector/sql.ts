/** The bundled identity registry on node:sqlite or PostgreSQL. */
import type { SqlDatabase } from '../../shared/sql.ts';
import type { XrefRecord } from '../../shared/xref.ts';
import type { IdentityConnector } from './types.ts';

export function createSqlIdentityConnector(db: SqlDatabase): IdentityConnector {
  return {
    findByExternalRef: (system, nativeId) =>
      db.all<XrefRecord>('SELECT * FROM xref WHERE system = ? AND native_id = ? ORDER BY entity_type', [system, nativeId]),
  };
}
