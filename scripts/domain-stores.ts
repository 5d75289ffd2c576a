/** Opens and closes the stores of every service in the registry (seeding, the hub, tests). */
import pg from 'pg';
import { DOMAINS, type Domain } from '../subgraphs/registry.ts';
import type { SqlDatabase } from '../platform/sql.ts';
import { openDomainStore, type DomainStoreOptions } from '../platform/store.ts';
import { SERVICES } from '../subgraphs/services.ts';

export type DomainStores = Record<Domain, SqlDatabase>;

export async function openDomainStores(options: DomainStoreOptions = {}): Promise<DomainStores> {
  const entries = await Promise.all(SERVICES.map(async (service) => [service.name, await openDomainStore(service.name, service.migrations, options)] as const));
  return Object.fromEntries(entries) as DomainStores;
}

export async function closeDomainStores(stores: DomainStores): Promise<void> {
  await Promise.all(Object.values(stores).map((db) => db.close()));
}

/** Drops a throwaway PostgreSQL schema set (`<schemaPrefix><domain>` for every domain) with what it holds. */
export async function dropSchemaSet(postgresUrl: string, schemaPrefix: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    for (const domain of DOMAINS) await client.query(`DROP SCHEMA IF EXISTS ${schemaPrefix}${domain} CASCADE`);
  } finally {
    await client.end();
  }
}
