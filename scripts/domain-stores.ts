/** Opens and closes the stores of every service in the registry (seeding, the hub, tests). */
import type { Domain } from '../subgraphs/registry.ts';
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
