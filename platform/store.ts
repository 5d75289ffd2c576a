/**
 * Opens a domain's system-of-record store: PostgreSQL when `DATABASE_URL` (or `<DOMAIN>_DATABASE_URL`)
 * is set, else node:sqlite at `<dataDir>/<domain>.sqlite`. Migrations run on open.
 */
import { join } from 'node:path';
import { env, type Domain } from './env.ts';
import { migrate, openDatabase, type Migration, type SqlDatabase } from './sql.ts';

export interface DomainStoreOptions {
  /** PostgreSQL URL; default from the environment. `null` forces node:sqlite. */
  postgresUrl?: string | null;
  /** PostgreSQL schema prefix. @default env OPSGRAPH_PG_SCHEMA_PREFIX or `opsgraph_` */
  schemaPrefix?: string;
  /** node:sqlite folder, or `:memory:`. @default env OPSGRAPH_DATA_DIR or `.data` */
  dataDir?: string;
}

export async function openDomainStore(domain: Domain, migrations: readonly Migration[], options: DomainStoreOptions = {}): Promise<SqlDatabase> {
  const postgresUrl = options.postgresUrl === null ? undefined : (options.postgresUrl ?? env.databaseUrl(domain));
  const dataDir = options.dataDir ?? env.dataDir();
  const db = await openDatabase({
    postgresUrl,
    postgresSchema: `${options.schemaPrefix ?? env.pgSchemaPrefix()}${domain}`,
    sqlitePath: dataDir === ':memory:' ? ':memory:' : join(dataDir, `${domain}.sqlite`),
  });
  await migrate(db, migrations);
  return db;
}
