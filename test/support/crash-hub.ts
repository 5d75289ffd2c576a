/**
 * The whole hub as a child process for the crash test (test/crash.test.ts), over node:sqlite files
 * in OPSGRAPH_DATA_DIR, or over PostgreSQL when DATABASE_URL is set (the schema set named by
 * OPSGRAPH_PG_SCHEMA_PREFIX, which the crashing process and its restart share). On first start (empty stores) it fills the test fixture, CRASH_DEALS won and
 * contracted opportunities (milestone billing, EMEA, alternately Globex's and Acme's) and the EMEA
 * rate cards their staffing needs, and CRASH_CHANGE_ORDERS submitted change orders on the fixture's
 * ERP project (whose contract is activated and whose ERP dimension is open). Prints `crash-hub ready at <gateway URL>` once it serves; stops
 * cleanly on SIGTERM. OPSGRAPH_CRASH_AT (see env.crashAt) makes it kill itself at a workflow step
 * boundary.
 *
 * The subgraphs run on the main thread: a kill ends every thread of the process alike, and a start
 * takes about 1.5 s instead of about 5 s with a thread per subgraph on two cores (the test starts
 * the hub twice per case).
 */
import type { DomainStores } from '../../scripts/domain-stores.ts';
import { startHub } from '../../scripts/hub.ts';
import { env } from '../../platform/env.ts';
import { salesforceId } from '../../subgraphs/shared/ids.ts';
import { stopOnSignals } from '../../platform/shutdown.ts';
import { countRows, insertRows } from '../../platform/sql.ts';
import { ACME, EMEA_RATE_CARDS, ERP_PROJECT, fillFixture, GLOBEX, wonDealRows } from './fixture.ts';

/** How many won opportunities the crash test can convert, one per case. */
export const CRASH_DEALS = 13;

/** The Salesforce id of the i-th won opportunity (0-based). */
export const crashDealId = (i: number): string => salesforceId('006', 100 + i);

/** How many submitted change orders the crash test can approve (on the fixture's ERP project), one per case. */
export const CRASH_CHANGE_ORDERS = 13;

/** The PSA id of the i-th submitted change order (0-based); the fixture's own is CO-000001. */
export const crashChangeOrderId = (i: number): string => `CO-${String(100 + i).padStart(6, '0')}`;

/** What each of those change orders adds: 1,000.00 of bookings, 10 hours, one Consultant request. */
export const CRASH_CHANGE_ORDER_DELTA = 100_000;

/** Fills empty stores (the first start) with the fixture and the crash data; leaves filled ones as they are. */
export async function fillCrashData(stores: DomainStores): Promise<void> {
  if ((await countRows(stores.customers, 'SELECT COUNT(*) AS n FROM account', [])) > 0) return;
  await fillFixture(stores);
  const deals = Array.from({ length: CRASH_DEALS }, (_, i) => ({ i, id: crashDealId(i), account: i % 2 === 0 ? GLOBEX : ACME }));
  const rows = deals.map(({ i, id, account }) =>
    wonDealRows({
      id,
      contractId: salesforceId('800', 100 + i),
      contractNumber: String(200 + i).padStart(8, '0'),
      accountId: account,
      name: `Grid analytics ${i}`,
    }),
  );
  await insertRows(
    stores.customers,
    'opportunity',
    rows.map((row) => row.opportunity),
  );
  await insertRows(
    stores.customers,
    'contract',
    rows.map((row) => row.contract),
  );
  await insertRows(
    stores.projects,
    'change_order',
    Array.from({ length: CRASH_CHANGE_ORDERS }, (_, i) => ({
      id: crashChangeOrderId(i),
      project_id: ERP_PROJECT,
      reason: `Extra scope ${i}`,
      delta_bookings: CRASH_CHANGE_ORDER_DELTA,
      delta_budget_hours: 1_000,
      status: 'Submitted',
      added_roles: JSON.stringify([{ role: 'Consultant', hours: 1_000, startDate: '2026-12-01', endDate: '2026-12-31' }]),
      applied_request_ids: '[]',
    })),
  );
  await insertRows(stores.finance, 'rate_card', EMEA_RATE_CARDS);
}

if (import.meta.main) {
  const postgresUrl = env.databaseUrl('workflows') ?? null;
  const hub = await startHub({
    port: 0,
    storeOptions: { dataDir: env.dataDir(), postgresUrl, schemaPrefix: env.pgSchemaPrefix() },
    threads: false,
    prepare: fillCrashData,
  });
  console.log(`crash-hub ready at ${hub.url}`);
  stopOnSignals('crash-hub', () => hub.stop());
}
