/**
 * Seeds the four domain stores with generated demo data.
 *
 *   npx node scripts/seed.ts [--scale N] [--seed S] [--as-of YYYY-MM-DD] [--reset]
 *
 * Defaults: OPSGRAPH_DEMO_SCALE, OPSGRAPH_DEMO_SEED and OPSGRAPH_AS_OF (else today, UTC). The stores
 * are the ones the subgraphs use: PostgreSQL when DATABASE_URL is set, else node:sqlite under
 * OPSGRAPH_DATA_DIR. Refuses stores that already hold rows unless --reset, which first deletes every
 * row (schema_migrations aside). Exit code 0 when seeded, 1 on refusal or error.
 */
import { parseArgs } from 'node:util';
import { businessDate, isIsoDate } from '../subgraphs/shared/dates.ts';
import { env } from '../platform/env.ts';
import { closeDomainStores, openDomainStores } from './domain-stores.ts';
import { resetDomainStores, seedDemoData, storesAreEmpty, type SeedProgress } from './demo-data/load.ts';

function fail(message: string): never {
  process.stderr.write(`seed: ${message}\n`);
  process.exit(1);
}

const USAGE = 'usage: node scripts/seed.ts [--scale N] [--seed S] [--as-of YYYY-MM-DD] [--reset]';

function parseOptions(): ReturnType<typeof parse> {
  try {
    return parse();
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
}

function parse() {
  return parseArgs({
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      'as-of': { type: 'string' },
      reset: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
}

const values = parseOptions();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const scale = values.scale === undefined ? env.demoScale() : Number(values.scale);
const seed = values.seed === undefined ? env.demoSeed() : Number(values.seed);
const asOf = values['as-of'] ?? businessDate();
if (!(scale > 0) || !Number.isFinite(scale)) fail(`--scale must be a positive number, got "${values.scale}"`);
if (!Number.isInteger(seed)) fail(`--seed must be an integer, got "${values.seed}"`);
if (!isIsoDate(asOf)) fail(`--as-of must be a date (YYYY-MM-DD), got "${asOf}"`);

const started = performance.now();
const seconds = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
/** Load progress is printed at most this often (a scale-10 load writes about 1.2 M rows). */
const PROGRESS_EVERY_MS = 2_000;
let lastProgressAt = 0;

/** One line on stderr per stage, and while loading one every PROGRESS_EVERY_MS (stdout keeps the summary). */
function reportProgress(progress: SeedProgress): void {
  if (progress.stage === 'generating') process.stderr.write(`seed: generating demo data (scale ${scale})…\n`);
  else if (progress.stage === 'analyzing') process.stderr.write(`seed: loaded; updating the planner statistics (${seconds()})…\n`);
  else {
    const now = performance.now();
    // The clock starts with the first batch, so the first line comes after one interval of loading.
    if (lastProgressAt === 0) lastProgressAt = now;
    if (now - lastProgressAt < PROGRESS_EVERY_MS && progress.rowsLoaded < progress.rowsTotal) return;
    lastProgressAt = now;
    const percent = Math.floor((100 * progress.rowsLoaded) / progress.rowsTotal);
    process.stderr.write(
      `seed: loaded ${progress.rowsLoaded.toLocaleString('en')} of ${progress.rowsTotal.toLocaleString('en')} rows (${percent} %, ${seconds()})\n`,
    );
  }
}

const stores = await openDomainStores();
try {
  if (!(await storesAreEmpty(stores)) && !values.reset) {
    process.stderr.write('seed: the stores already hold data; run with --reset to replace it\n');
    process.exitCode = 1;
  } else {
    if (values.reset) await resetDomainStores(stores);
    const { counts, elapsedMs } = await seedDemoData(stores, { seed, scale, asOf }, reportProgress);
    const totalMs = performance.now() - started;
    const lines = [`Seeded demo data (seed ${seed}, scale ${scale}, as of ${asOf}):`];
    for (const [store, tables] of Object.entries(counts)) {
      for (const [table, rows] of Object.entries(tables)) lines.push(`  ${`${store}.${table}`.padEnd(28)} ${String(rows).padStart(8)}`);
    }
    lines.push(`Done in ${(totalMs / 1000).toFixed(1)} s (generate and load ${(elapsedMs / 1000).toFixed(1)} s).`);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
} catch (error) {
  process.stderr.write(`seed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await closeDomainStores(stores);
}
