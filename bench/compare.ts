/**
 * `npm run bench`: OpsGraph's gateway against Hive Gateway on the same supergraph and the same running
 * subgraphs, over demo data, A/B in rounds within one run (docs/performance.md).
 *
 *   npm run bench -- [--backend sqlite|postgres] [--scale N] [--caches off,on] [--only op,…] [--ours hub|alone]
 *                    [--duration S] [--rounds N] [--warmup S] [--connections N] [--as-of YYYY-MM-DD] [--out file]
 *
 * Seeds the demo data once (a throwaway folder, or a throwaway schema set on PostgreSQL at
 * DATABASE_URL, default the local server's `test` database), then per cache mode starts the hub
 * (`npm start`'s command, in a child process) and Hive Gateway (bench/hive-gateway.ts, in another),
 * checks that both answer every request of every operation with the same `data` and no errors, and
 * measures each operation: a warm-up per gateway, then `--rounds` rounds of `--duration` seconds per
 * gateway with autocannon, the first gateway alternating from round to round, plus for project-360
 * the direct subgraph calls as the lower bound (bench/direct.ts). Prints one row per (backend,
 * scale, cache mode, operation, gateway) from its median round and writes them, with every round,
 * to bench/results/latest-<backend>-scale<N>.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import autocannon from 'autocannon';
import { signToken } from '../platform/auth.ts';
import { DOMAINS } from '../subgraphs/registry.ts';
import { dropSchemaSet } from '../scripts/domain-stores.ts';
import { captureFetches, createReplayer, replayLoad, type CapturedFetch } from './direct.ts';
import { spawnGateway } from './gateway-process.ts';
import { spawnHive } from './hive-process.ts';
import { spawnHub } from './hub-process.ts';
import { buildOperations, OPERATION_NAMES, type Operation } from './operations.ts';
import { cpuMs, sampleMaxRss } from './proc.ts';

/**
 * The cache modes, as the environment each gives the hub. "caches off": no data cache (the gateway's
 * response cache and the subgraphs' entity caches off), the hot path on (verified-token cache, in-flight deduplication); "caches on":
 * everything on. Hive Gateway runs its defaults in both.
 */
const CACHE_MODES = {
  off: {
    label: 'caches off',
    env: { OPSGRAPH_RESPONSE_CACHE: 'off', OPSGRAPH_ENTITY_CACHE: 'off', OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES: '10000', OPSGRAPH_GATEWAY_DEDUP: 'on' },
  },
  on: {
    label: 'caches on',
    env: { OPSGRAPH_RESPONSE_CACHE: 'on', OPSGRAPH_ENTITY_CACHE: 'on', OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES: '10000', OPSGRAPH_GATEWAY_DEDUP: 'on' },
  },
} as const;
type CacheMode = keyof typeof CACHE_MODES;

const USAGE =
  'usage: npm run bench -- [--backend sqlite|postgres] [--scale N] [--caches off,on] [--only op,...] [--ours hub|alone] [--duration S] [--rounds N] [--warmup S] [--connections N] [--as-of YYYY-MM-DD] [--out file] [--cpu-prof dir]';

function fail(message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(1);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        backend: { type: 'string', default: 'sqlite' },
        scale: { type: 'string', default: '1' },
        caches: { type: 'string', default: 'off,on' },
        only: { type: 'string' },
        duration: { type: 'string', default: '10' },
        rounds: { type: 'string', default: '3' },
        warmup: { type: 'string', default: '5' },
        connections: { type: 'string', default: '50' },
        'as-of': { type: 'string', default: '2026-11-15' },
        'node-env': { type: 'string', default: 'production' },
        ours: { type: 'string', default: 'hub' },
        out: { type: 'string' },
        'cpu-prof': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
})();
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const backend = values.backend;
if (backend !== 'sqlite' && backend !== 'postgres') fail(`--backend must be sqlite or postgres, got "${backend}"`);
const positiveInteger = (name: string, raw: string, min = 1): number => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) fail(`--${name} must be an integer of at least ${min}, got "${raw}"`);
  return value;
};
const scale = Number(values.scale);
if (!(scale > 0) || !Number.isFinite(scale)) fail(`--scale must be a positive number, got "${values.scale}"`);
const durationS = positiveInteger('duration', values.duration);
const rounds = positiveInteger('rounds', values.rounds);
const warmupS = positiveInteger('warmup', values.warmup, 0);
const connections = positiveInteger('connections', values.connections);
const asOf = values['as-of'];
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) fail(`--as-of must be a date (YYYY-MM-DD), got "${asOf}"`);
const modes = values.caches.split(',').map((mode) => mode.trim());
for (const mode of modes) if (!(mode in CACHE_MODES)) fail(`--caches takes ${Object.keys(CACHE_MODES).join(', ')}, got "${mode}"`);
const only = values.only?.split(',').map((name) => name.trim()) ?? [...OPERATION_NAMES];
for (const name of only) if (!(OPERATION_NAMES as readonly string[]).includes(name)) fail(`--only takes ${OPERATION_NAMES.join(', ')}, got "${name}"`);
const outFile = values.out ?? `bench/results/latest-${backend}-scale${scale}${values.ours === 'alone' ? '-gateway-alone' : ''}.json`;

// Both gateways run as they would serve users (production unless --node-env says otherwise): the hub
// then refuses the development secret, so the run signs its tokens with a secret of its own.
// `--ours alone`: OpsGraph's gateway in a process of its own in front of the hub's subgraphs, as
// Hive Gateway runs, so that the gateway's resident set and CPU are measured apart from the subgraphs'.
const oursIn = values.ours;
if (oursIn !== 'hub' && oursIn !== 'alone') fail(`--ours takes hub or alone, got "${oursIn}"`);
const nodeEnv = values['node-env'];
if (nodeEnv !== 'production' && nodeEnv !== 'development') fail(`--node-env takes production or development, got "${nodeEnv}"`);
process.env.NODE_ENV = nodeEnv;
if (nodeEnv === 'production' && !process.env.JWT_SECRET) process.env.JWT_SECRET = randomBytes(32).toString('base64url');

// The direct calls are captured through an OpsGraph gateway in this process; a response cache there
// would answer the captured request itself. (The hub and Hive Gateway run in their own processes.)
process.env.OPSGRAPH_RESPONSE_CACHE = 'off';

const root = new URL('..', import.meta.url);

// ---------------------------------------------------------------- the stores, seeded once

/** The benchmark's own stores: a throwaway folder, or a throwaway schema set on PostgreSQL. */
const postgresUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schemaPrefix = `bench_${process.pid}_`;
const dataDir = backend === 'sqlite' ? mkdtempSync(join(tmpdir(), 'opsgraph-bench-')) : null;
const storeEnv: Record<string, string> =
  backend === 'sqlite'
    ? { OPSGRAPH_DATA_DIR: dataDir as string, DATABASE_URL: '' }
    : { DATABASE_URL: postgresUrl, OPSGRAPH_PG_SCHEMA_PREFIX: schemaPrefix, OPSGRAPH_DATA_DIR: '' };

async function removeStores(): Promise<void> {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (backend !== 'postgres') return;
  await dropSchemaSet(postgresUrl, schemaPrefix);
}

/** `npm run seed` into the benchmark's stores: its progress on stderr, its row counts only in a failure's message. */
async function seed(): Promise<void> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/seed.ts', '--scale', String(scale), '--as-of', asOf], {
    cwd: root,
    env: { ...process.env, ...storeEnv },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`seeding failed (exit ${code}):\n${output}`);
  console.log(`seeded demo data at scale ${scale} on ${backend} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- measuring

interface Target {
  gateway: 'opsgraph' | 'hive' | 'direct';
  /** Processes whose CPU is the request's cost: the hub, and Hive Gateway's process for Hive. */
  cpuPids: number[];
  /** The process whose resident set is the gateway's (the hub for OpsGraph and the direct calls). */
  rssPid: number;
  /** Runs the load; answers completed requests, seconds, p50/p99 in ms and failed requests. */
  load(seconds: number): Promise<{ requests: number; seconds: number; p50: number; p99: number; errors: number }>;
}

interface Round {
  mode: CacheMode;
  operation: string;
  gateway: Target['gateway'];
  round: number;
  /** 0 when it ran first in its round. */
  position: number;
  requests: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  rssMaxMiB: number;
  /** CPU of the hub and, for Hive Gateway, of its process, over the round. */
  cpuMs: number;
  cpuMsPerRequest: number;
  /** The hub's part of cpuMsPerRequest (for OpsGraph all of it: its gateway runs in the hub). */
  hubCpuMsPerRequest: number;
  /** CPU of this process (the load generator) per request: not counted in cpuMsPerRequest, shown for scale. */
  clientCpuMsPerRequest: number;
  /** The machine's 1-minute load average at the round's end: above the core count, something else competed. */
  loadAverage1m: number;
}

const authorization = `Bearer ${await signToken({ sub: 'bench-compare', roles: ['analyst'], customerId: null }, 12 * 3600)}`;
const headers = { 'content-type': 'application/json', authorization };

/** Autocannon against a GraphQL endpoint, cycling through `bodies`; GraphQL `errors` in a 200 count as failures. */
function autocannonLoad(url: string, bodies: readonly string[]): Target['load'] {
  return async (seconds) => {
    let next = 0;
    let graphqlErrors = 0;
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      method: 'POST',
      headers,
      requests: [
        {
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: (status, body) => {
            if (status === 200 && body.includes('"errors":')) graphqlErrors++;
          },
        },
      ],
    });
    return {
      requests: result.requests.total,
      seconds: result.duration,
      p50: result.latency.p50,
      p99: result.latency.p99,
      // `errors` counts connection errors and timeouts.
      errors: result.errors + result.non2xx + graphqlErrors,
    };
  };
}

/** Back-to-back replays of the captured subgraph requests on `connections` loops. */
function directLoad(fetches: readonly CapturedFetch[]): Target['load'] {
  return async (seconds) => {
    const replayer = createReplayer(fetches);
    try {
      const result = await replayLoad(replayer, connections, seconds);
      const sorted = [...result.latenciesMs].sort((a, b) => a - b);
      const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
      return { requests: result.requests, seconds: result.durationS, p50: at(0.5), p99: at(0.99), errors: result.errors };
    } finally {
      replayer.stop();
    }
  };
}

async function measure(target: Target, mode: CacheMode, operation: string, round: number, position: number): Promise<Round> {
  const cpuBefore = target.cpuPids.map(cpuMs);
  const clientBefore = process.cpuUsage();
  const rss = sampleMaxRss(target.rssPid);
  const result = await target.load(durationS);
  const rssMaxMiB = rss.stop();
  const client = process.cpuUsage(clientBefore);
  const spentByProcess = target.cpuPids.map((pid, index) => cpuMs(pid) - cpuBefore[index]);
  const spent = spentByProcess.reduce((sum, ms) => sum + ms, 0);
  const perRequest = (ms: number) => (result.requests ? ms / result.requests : Number.NaN);
  return {
    mode,
    operation,
    gateway: target.gateway,
    round,
    position,
    requests: result.requests,
    reqPerSec: result.requests / result.seconds,
    p50Ms: result.p50,
    p99Ms: result.p99,
    errors: result.errors,
    rssMaxMiB,
    cpuMs: spent,
    cpuMsPerRequest: perRequest(spent),
    hubCpuMsPerRequest: perRequest(spentByProcess[0]),
    clientCpuMsPerRequest: perRequest((client.user + client.system) / 1000),
    loadAverage1m: loadavg()[0],
  };
}

async function post(url: string, body: string): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  try {
    return JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  } catch {
    throw new Error(`${url} answered ${response.status} with no JSON: ${text.slice(0, 200)}`);
  }
}

/** Every body of every operation answers without errors and with the same `data` on both gateways; throws otherwise. */
async function verify(operations: readonly Operation[], oursUrl: string, hiveUrl: string): Promise<void> {
  for (const operation of operations) {
    for (const body of new Set(operation.bodies)) {
      const [ours, hive] = await Promise.all([post(oursUrl, body), post(hiveUrl, body)]);
      if (ours.errors) throw new Error(`${operation.name}: OpsGraph answered errors: ${JSON.stringify(ours.errors).slice(0, 1000)}`);
      if (hive.errors) throw new Error(`${operation.name}: Hive Gateway answered errors: ${JSON.stringify(hive.errors).slice(0, 1000)}`);
      if (!isDeepStrictEqual(ours.data, hive.data)) {
        throw new Error(
          `${operation.name}: the gateways' data differ for ${body.slice(0, 200)}\nOpsGraph: ${JSON.stringify(ours.data).slice(0, 1000)}\nHive:     ${JSON.stringify(hive.data).slice(0, 1000)}`,
        );
      }
    }
  }
}

/** The subgraph URLs the hub printed (`  subgraph <name> <url>`). */
function subgraphUrlsOf(output: string): Record<string, string> {
  const urls = Object.fromEntries([...output.matchAll(/^\s+subgraph (\S+)\s+(\S+)\s*$/gm)].map((match) => [match[1], match[2]]));
  for (const domain of DOMAINS) if (!urls[domain]) throw new Error(`the hub printed no URL for the ${domain} subgraph:\n${output}`);
  return urls;
}

const allRounds: Round[] = [];
let directInfo: { fetches: number; waves: number; services: string[] } | null = null;
let operationDescriptions: { name: string; description: string }[] = [];

async function runMode(mode: CacheMode): Promise<void> {
  console.log(`\n${CACHE_MODES[mode].label}: starting the hub and Hive Gateway…`);
  // --cpu-prof: the hub writes one CPU profile per thread into that folder when it stops.
  const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [];
  const hub = await spawnHub({ ...storeEnv, ...CACHE_MODES[mode].env, OPSGRAPH_AS_OF: asOf, OPSGRAPH_RATE_LIMIT: '0', PORT: '0', NODE_ENV: nodeEnv }, profile);
  const hubPid = hub.child.pid as number;
  const subgraphUrls = subgraphUrlsOf(hub.output());
  const alone =
    oursIn === 'alone'
      ? await spawnGateway(subgraphUrls, { ...CACHE_MODES[mode].env, OPSGRAPH_AS_OF: asOf, OPSGRAPH_RATE_LIMIT: '0', NODE_ENV: nodeEnv })
      : null;
  const oursUrl = alone ? alone.url : `${hub.origin}/graphql`;
  const oursPids = alone ? { cpuPids: [hubPid, alone.pid], rssPid: alone.pid } : { cpuPids: [hubPid], rssPid: hubPid };
  const hive = await spawnHive(subgraphUrls);
  try {
    const list = await post(oursUrl, JSON.stringify({ query: '{ projects(first: 50) { edges { node { id } } } }' }));
    const projectIds = ((list.data as { projects?: { edges: { node: { id: string } }[] } } | undefined)?.projects?.edges ?? []).map((edge) => edge.node.id);
    const operations = buildOperations(projectIds, asOf).filter((operation) => only.includes(operation.name));
    operationDescriptions = operations.map(({ name, description }) => ({ name, description }));
    await verify(operations, oursUrl, hive.url);
    console.log(`both gateways answer the same data for ${operations.map((operation) => operation.name).join(', ')}`);

    for (const operation of operations) {
      const targets: Target[] = [
        { gateway: 'opsgraph', ...oursPids, load: autocannonLoad(oursUrl, operation.bodies) },
        { gateway: 'hive', cpuPids: [hubPid, hive.pid], rssPid: hive.pid, load: autocannonLoad(hive.url, operation.bodies) },
      ];
      if (operation.name === 'project-360') {
        const warmUp = buildOperations(projectIds.slice(1).concat(projectIds[0]), asOf)[0].bodies[0];
        const fetches = await captureFetches(subgraphUrls, warmUp, operation.bodies[0], authorization);
        directInfo = {
          fetches: fetches.length,
          waves: Math.max(...fetches.map((fetch) => fetch.wave)) + 1,
          services: fetches.map((fetch) => `${fetch.wave}:${fetch.service}`),
        };
        targets.push({ gateway: 'direct', cpuPids: [hubPid], rssPid: hubPid, load: directLoad(fetches) });
      }
      if (warmupS > 0) for (const target of targets) await target.load(warmupS);
      for (let round = 0; round < rounds; round++) {
        // The two gateways swap places every round; the direct calls come last.
        const order = round % 2 === 0 ? targets : [targets[1], targets[0], ...targets.slice(2)];
        for (const [position, target] of order.entries()) {
          const measured = await measure(target, mode, operation.name, round, position);
          allRounds.push(measured);
          console.log(
            `  ${operation.name.padEnd(17)} ${target.gateway.padEnd(8)} round ${round + 1}/${rounds}: ${measured.reqPerSec.toFixed(1).padStart(7)} req/s  p50 ${measured.p50Ms.toFixed(0).padStart(5)} ms  p99 ${measured.p99Ms.toFixed(0).padStart(5)} ms  ${measured.errors} errors  ${measured.cpuMsPerRequest.toFixed(2)} CPU ms/req`,
          );
        }
      }
    }
  } finally {
    await hive.stop();
    await alone?.stop();
    await hub.stop();
  }
}

// ---------------------------------------------------------------- the table

interface Row {
  backend: string;
  scale: number;
  caches: string;
  operation: string;
  gateway: Target['gateway'];
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  rssMaxMiB: number;
  cpuMsPerRequest: number;
  hubCpuMsPerRequest: number;
  clientCpuMsPerRequest: number;
  /** OpsGraph's median req/s ÷ Hive Gateway's, on OpsGraph's row. */
  ratioOursToHive: number | null;
  /** OpsGraph's req/s ÷ Hive Gateway's within each round (the two ran back to back), on OpsGraph's row. */
  ratioByRound: number[] | null;
  rounds: number;
}

/** One row per (mode, operation, gateway): the median round by req/s (the lower middle for an even count). */
function rowsOf(measured: readonly Round[]): Row[] {
  const rows: Row[] = [];
  const keys = [...new Set(measured.map((round) => `${round.mode}\u0000${round.operation}\u0000${round.gateway}`))];
  for (const key of keys) {
    const [mode, operation, gateway] = key.split('\u0000') as [CacheMode, string, Target['gateway']];
    const same = measured.filter((round) => round.mode === mode && round.operation === operation && round.gateway === gateway);
    const median = [...same].sort((a, b) => a.reqPerSec - b.reqPerSec)[Math.floor((same.length - 1) / 2)];
    rows.push({
      backend,
      scale,
      caches: CACHE_MODES[mode].label,
      operation,
      gateway,
      reqPerSec: median.reqPerSec,
      p50Ms: median.p50Ms,
      p99Ms: median.p99Ms,
      errors: median.errors,
      rssMaxMiB: median.rssMaxMiB,
      cpuMsPerRequest: median.cpuMsPerRequest,
      hubCpuMsPerRequest: median.hubCpuMsPerRequest,
      clientCpuMsPerRequest: median.clientCpuMsPerRequest,
      ratioOursToHive: null,
      ratioByRound: null,
      rounds: same.length,
    });
  }
  for (const row of rows) {
    if (row.gateway !== 'opsgraph') continue;
    const hive = rows.find((other) => other.gateway === 'hive' && other.caches === row.caches && other.operation === row.operation);
    if (hive && hive.reqPerSec > 0) row.ratioOursToHive = row.reqPerSec / hive.reqPerSec;
    const ours = measured.filter((round) => CACHE_MODES[round.mode].label === row.caches && round.operation === row.operation);
    row.ratioByRound = ours
      .filter((round) => round.gateway === 'opsgraph')
      .map((round) => {
        const theirs = ours.find((other) => other.gateway === 'hive' && other.round === round.round);
        return theirs && theirs.reqPerSec > 0 ? round.reqPerSec / theirs.reqPerSec : Number.NaN;
      });
  }
  return rows;
}

const GATEWAY_LABELS: Record<Target['gateway'], string> = { opsgraph: 'OpsGraph', hive: 'Hive Gateway', direct: 'direct subgraph calls' };

/** The rows as a Markdown table (docs/performance.md takes it as printed). */
function formatTable(rows: readonly Row[]): string {
  const lines = [
    '| backend | scale | caches | operation | gateway | req/s | p50 ms | p99 ms | errors | RSS MiB | CPU ms/req | ours ÷ Hive |',
    '|---|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.backend} | ${row.scale} | ${row.caches} | ${row.operation} | ${GATEWAY_LABELS[row.gateway]} | ${row.reqPerSec.toFixed(1)} | ${row.p50Ms.toFixed(0)} | ${row.p99Ms.toFixed(0)} | ${row.errors} | ${row.rssMaxMiB.toFixed(0)} | ${Number.isFinite(row.cpuMsPerRequest) ? row.cpuMsPerRequest.toFixed(2) : '—'} | ${row.ratioOursToHive === null ? '' : row.ratioOursToHive.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}

function gitCommit(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

// ---------------------------------------------------------------- the run

try {
  await seed();
  for (const mode of modes as CacheMode[]) await runMode(mode);
} finally {
  await removeStores();
}

const rows = rowsOf(allRounds);
const table = formatTable(rows);
console.log(
  `\n${backend}, scale ${scale}, ${connections} connections, ${rounds} round(s) of ${durationS} s per gateway after ${warmupS} s of warm-up; the median round:\n`,
);
console.log(table);

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
};
const report = {
  date: new Date().toISOString(),
  ...gitCommit(),
  machine,
  settings: { backend, scale, asOf, nodeEnv, ours: oursIn, caches: modes, operations: only, durationS, rounds, warmupS, connections },
  cacheModes: Object.fromEntries(modes.map((mode) => [mode, CACHE_MODES[mode as CacheMode]])),
  operations: operationDescriptions,
  direct: directInfo,
  rows,
  rounds: allRounds,
  table,
};
mkdirSync(new URL('bench/results/', root), { recursive: true });
writeFileSync(new URL(outFile, root), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nwritten to ${outFile}`);
