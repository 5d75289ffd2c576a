/**
 * Opens a domain's system-of-record store: PostgreSQL when `DATABASE_URL` (or `<DOMAIN>_DATABASE_URL`)
 * is set, else node:sqlite at `<dataDir>/<domain>.sqlite`. Migrations run on open.
 */
import { join, resolve } from 'node:path';
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

/**
 * Where a domain's store lives, as `openDomainStore` would open it with `options` (a PostgreSQL URL
 * and schema, or a node:sqlite file's absolute path), so that processes over the same store can
 * share what they derive from it (the entity caches' Redis namespace); null for `:memory:`, which
 * no other connection sees. May hold a password: hash it before it leaves the process.
 */
export function domainStoreLocation(domain: Domain, options: DomainStoreOptions = {}): string | null {
  const postgresUrl = options.postgresUrl === null ? undefined : (options.postgresUrl ?? env.databaseUrl(domain));
  if (postgresUrl) return `postgres:${postgresUrl}#${options.schemaPrefix ?? env.pgSchemaPrefix()}${domain}`;
  const dataDir = options.dataDir ?? env.dataDir();
  return dataDir === ':memory:' ? null : `sqlite:${resolve(join(dataDir, `${domain}.sqlite`))}`;
}

export async function openDomainStore(domain: Domain, migrations: readonly Migration[], options: DomainStoreOptions = {}): Promise<SqlDatabase> {
  const postgresUrl = options.postgresUrl === null ? undefined : (options.postgresUrl ?? env.databaseUrl(domain));
  const dataDir = options.dataDir ?? env.dataDir();
  const db = await openDatabase({
    postgresUrl,
    postgresSchema: `${options.schemaPrefix ?? env.pgSchemaPrefix()}${domain}`,
    sqlitePath: dataDir === ':memory:' ? ':memory:' : join(dataDir, `${domain}.sqlite`),
    poolMax: env.pgPoolMax(),
  });
  await migrate(db, migrations);
  return db;
}
