/**
 * Read benchmark: the project-360 and portfolio queries through the gateway over demo data
 * (scale from --scale, default 1), 50 connections for 20 s each with autocannon.
 * Prints requests/s and latency p50/p99 per query. Usage: npm run bench:read [-- --scale N --duration S]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { seedDemoData } from '../scripts/demo-data/load.ts';
import { startHub } from '../scripts/hub.ts';
import { signToken } from '../platform/auth.ts';
import { PROJECT_360_QUERY, PORTFOLIO_QUERY } from './queries.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
  },
});
const scale = Number(values.scale);
const duration = Number(values.duration);
const connections = Number(values.connections);
const asOf = '2026-11-15';

const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-bench-'));
const hub = await startHub({
  // A benchmark is one principal at full speed: no rate limit.
  rateLimit: { limit: 0, windowMs: 60_000 },
  port: 0,
  storeOptions: { dataDir, postgresUrl: process.env.DATABASE_URL ?? null },
  prepare: async (stores) => {
    const started = performance.now();
    await seedDemoData(stores, { seed: 42, scale, asOf });
    console.log(`seeded demo data at scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  },
});

const headers = {
  'content-type': 'application/json',
  authorization: `Bearer ${await signToken({ sub: 'bench-read', roles: ['analyst'], customerId: null }, 3600)}`,
};

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(hub.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const list = await post(`{ projects(first: 100, filter: { status: ACTIVE }) { edges { node { id } } } }`);
const projectIds = ((list.data?.projects as { edges: { node: { id: string } }[] } | undefined)?.edges ?? []).map((edge) => edge.node.id);
if (projectIds.length === 0) throw new Error('no active projects in the demo data');
const sample = await post(PROJECT_360_QUERY, { id: projectIds[0] });
if (sample.errors) throw new Error(`project-360 query failed: ${JSON.stringify(sample.errors)}`);

async function run(title: string, bodies: string[]) {
  let next = 0;
  const result = await autocannon({
    url: hub.url,
    connections,
    duration,
    method: 'POST',
    headers,
    requests: [{ setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }],
  });
  const failures = result.errors + result.non2xx + result.timeouts;
  console.log(
    `${title.padEnd(12)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(5)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   (${result.requests.total} requests, ${failures} failed)`,
  );
}

console.log(`gateway ${hub.url}; ${connections} connections, ${duration} s per query`);
await run(
  'project-360',
  projectIds.map((id) => JSON.stringify({ query: PROJECT_360_QUERY, variables: { id } })),
);
await run('portfolio', [JSON.stringify({ query: PORTFOLIO_QUERY, variables: {} })]);

await hub.stop();
rmSync(dataDir, { recursive: true, force: true });
