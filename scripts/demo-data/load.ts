/**
 * Loads generated demo data into the domain stores the registry marks `demoData` (node:sqlite or
 * PostgreSQL) and the identity registry, and the small helpers the seed script and the start script
 * share: is anything seeded, empty the stores, seed.
 */
import type { DomainStores } from '../domain-stores.ts';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { insertRows, type SqlDatabase, type SqlRow } from '../../platform/sql.ts';
import { DEMO_DOMAINS, type DemoDomain } from '../../subgraphs/registry.ts';
import { generateDemoData, type DemoData, type DemoDataOptions } from './generate.ts';

/** Bound parameters per INSERT statement: well under both SQLite's and PostgreSQL's limits. */
const PARAMETERS_PER_STATEMENT = 16_000;

/** Rows per table per store, as loaded (`identity` holds the union of the domains' xref rows). */
export type RowCounts = Record<string, Record<string, number>>;

export interface SeedSummary {
  counts: RowCounts;
  /** Wall-clock milliseconds spent generating and loading. */
  elapsedMs: number;
}

/**
 * The identity registry's rows: every domain's xref rows, each with the hub id of the customer that
 * owns the entity (the account itself, an opportunity's, contract's or project's account, an invoice's
 * ERP customer's CRM account; null for consultants). A domain without xref rows (the delivery
 * platform's entities are known to no other system by its ids) adds none.
 */
export function identityRegistryRows(data: Readonly<Partial<Record<DemoDomain, Readonly<Record<string, readonly SqlRow[]>>>>>): SqlRow[] {
  const customer = (accountId: unknown) => toHubId('Customer', String(accountId));
  const owners = new Map<string, string>();
  for (const row of data.customers?.account ?? []) owners.set(customer(row.id), customer(row.id));
  for (const row of data.customers?.opportunity ?? []) owners.set(toHubId('Opportunity', String(row.id)), customer(row.account_id));
  for (const row of data.customers?.contract ?? []) owners.set(toHubId('Contract', String(row.id)), customer(row.account_id));
  for (const row of data.projects?.project ?? []) owners.set(toHubId('Project', String(row.id)), customer(row.account_id));
  const accountOfErpCustomer = new Map((data.finance?.erp_customer ?? []).map((row) => [row.id, row.crm_account_id]));
  for (const row of data.finance?.invoice ?? []) {
    const account = accountOfErpCustomer.get(row.customer_id);
    if (account) owners.set(toHubId('Invoice', String(row.id)), customer(account));
  }
  return DEMO_DOMAINS.flatMap((domain) => data[domain]?.xref ?? []).map((row) => ({ ...row, customer_id: owners.get(String(row.hub_id)) ?? null }));
}

/** The tables to write per store: the data set's, plus the identity registry (every domain's xref rows). */
function tablesByStore(stores: DomainStores, data: DemoData): [string, Record<string, readonly SqlRow[]>][] {
  const entries: [string, Record<string, readonly SqlRow[]>][] = DEMO_DOMAINS.map((domain) => [domain, data[domain]]);
  if ('identity' in stores) entries.push(['identity', { xref: identityRegistryRows(data) }]);
  return entries;
}

/** Where seeding is: called as each stage starts and, while loading, after every batch of rows. */
export type SeedProgress = { stage: 'generating' } | { stage: 'loading'; rowsLoaded: number; rowsTotal: number } | { stage: 'analyzing' };

/** Rows inserted between two progress reports while loading (several INSERT statements each). */
const ROWS_PER_PROGRESS_REPORT = 50_000;

/**
 * Inserts every row of `data`: one transaction per store (all of its tables or none), the stores in
 * parallel; empty tables are skipped. When the stores include the identity registry, its xref table
 * receives the union of the seeded domains' xref rows. The stores must already be migrated and must
 * not hold rows with the same keys (a conflict rolls back that store and rejects). `onProgress` hears
 * the rows loaded so far, across all stores, after every batch.
 */
export async function loadDemoData(stores: DomainStores, data: DemoData, onProgress?: (progress: SeedProgress) => void): Promise<void> {
  const storeOf = stores as unknown as Record<string, SqlDatabase>;
  const byStore = tablesByStore(stores, data);
  const rowsTotal = byStore.reduce((sum, [, tables]) => sum + Object.values(tables).reduce((rows, table) => rows + table.length, 0), 0);
  let rowsLoaded = 0;
  await Promise.all(
    byStore.map(([store, tables]) =>
      storeOf[store].transaction(async (tx) => {
        for (const [table, rows] of Object.entries(tables)) {
          if (rows.length === 0) continue;
          const chunk = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / Object.keys(rows[0]).length));
          for (let start = 0; start < rows.length; start += ROWS_PER_PROGRESS_REPORT) {
            const batch = rows.slice(start, start + ROWS_PER_PROGRESS_REPORT);
            await insertRows(tx, table, batch, chunk);
            rowsLoaded += batch.length;
            onProgress?.({ stage: 'loading', rowsLoaded, rowsTotal });
          }
        }
      }),
    ),
  );
}

/** True when the PSA store already holds projects (the demo data, or real data). */
export async function isSeeded(stores: DomainStores): Promise<boolean> {
  return (await stores.projects.get('SELECT 1 AS seeded FROM project LIMIT 1')) !== undefined;
}

/** The store's own tables, schema_migrations excepted. */
async function dataTables(db: SqlDatabase): Promise<string[]> {
  const rows =
    db.dialect === 'sqlite'
      ? await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      : await db.all<{ name: string }>(
          `SELECT table_name AS name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
        );
  return rows.map((row) => row.name).filter((name) => name !== 'schema_migrations');
}

/** True when no table of any store (schema_migrations aside) has a row. */
export async function storesAreEmpty(stores: DomainStores): Promise<boolean> {
  for (const db of Object.values(stores) as SqlDatabase[]) {
    for (const table of await dataTables(db)) {
      if ((await db.get(`SELECT 1 AS found FROM ${table} LIMIT 1`)) !== undefined) return false;
    }
  }
  return true;
}

/** Deletes every row of every table of every store except schema_migrations, one transaction per store. */
export async function resetDomainStores(stores: DomainStores): Promise<void> {
  await Promise.all(
    (Object.values(stores) as SqlDatabase[]).map(async (db) => {
      const tables = await dataTables(db);
      await db.transaction(async (tx) => {
        for (const table of tables) await tx.run(`DELETE FROM ${table}`);
      });
    }),
  );
}

/** Row counts of what `loadDemoData` writes into `stores`, per store and table. */
export function countRows(stores: DomainStores, data: DemoData): RowCounts {
  return Object.fromEntries(
    tablesByStore(stores, data).map(([store, tables]) => [store, Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]))]),
  );
}

/**
 * Generates the demo data for `options` and loads it into `stores` (which should be empty; see
 * `isSeeded` and `resetDomainStores`). Resolves to the row counts and the time it took.
 */
export async function seedDemoData(stores: DomainStores, options: DemoDataOptions, onProgress?: (progress: SeedProgress) => void): Promise<SeedSummary> {
  const started = performance.now();
  onProgress?.({ stage: 'generating' });
  const data = generateDemoData(options);
  await loadDemoData(stores, data, onProgress);
  onProgress?.({ stage: 'analyzing' });
  // Fresh statistics, so the query planners pick the KPI indexes on the new data.
  await Promise.all((Object.values(stores) as SqlDatabase[]).map((db) => db.exec('ANALYZE')));
  return { counts: countRows(stores, data), elapsedMs: Math.round(performance.now() - started) };
}
