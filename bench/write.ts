/**
 * Write benchmark: governed mutations through the gateway over demo data (scale from --scale,
 * default 1). Each request is a whole workflow (validation reads, the steps' system-API writes,
 * the workflow store), with its own idempotency key.
 * - convert: convertOpportunityToProject over extra won opportunities with activated contracts;
 * - approve: approveTime of one submitted timecard of the demo data per request.
 * Prints workflows/s, latency p50/p99 and what ended in the exception queue (the demo data holds
 * deliberate inconsistencies, e.g. a project the ERP does not know). Usage: npm run bench:write [-- --scale N --connections C --count N]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { seedDemoData } from '../scripts/demo-data/load.ts';
import { startHub } from '../scripts/hub.ts';
import { signToken } from '../platform/auth.ts';
import { salesforceId, toHubId } from '../subgraphs/shared/ids.ts';
import { insertRows } from '../platform/sql.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    connections: { type: 'string', default: '10' },
    count: { type: 'string', default: '300' },
  },
});
const scale = Number(values.scale);
const connections = Number(values.connections);
const count = Number(values.count);
const asOf = '2026-11-15';

const opportunityIds: string[] = [];
let submittedIds: string[] = [];

const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-bench-write-'));
const hub = await startHub({
  // A benchmark is one principal at full speed: no rate limit.
  rateLimit: { limit: 0, windowMs: 60_000 },
  port: 0,
  storeOptions: { dataDir, postgresUrl: process.env.DATABASE_URL ?? null },
  prepare: async (stores) => {
    const started = performance.now();
    await seedDemoData(stores, { seed: 42, scale, asOf });
    // Won deals with activated contracts, one per convert request, on accounts that have a legal entity.
    const accounts = await stores.customers.all<{ id: string }>('SELECT id FROM account WHERE legal_entity_id IS NOT NULL ORDER BY id LIMIT 50');
    const opportunities = [];
    const contracts = [];
    for (let i = 0; i < count; i++) {
      const id = salesforceId('006', 5_000_000 + i);
      const account = accounts[i % accounts.length].id;
      opportunities.push({
        id,
        account_id: account,
        name: `Benchmark deal ${i + 1}`,
        stage_name: 'Closed Won',
        amount: 24_000_000,
        currency: 'USD',
        billing_model: 'Milestone',
        close_date: '2026-11-01',
        probability: 100,
        service_line: 'Cloud',
        delivery_region: 'North America',
        target_margin_bp: 3000,
        expected_start: '2027-01-04',
        is_change_request: 0,
        parent_opportunity_id: null,
      });
      contracts.push({
        id: salesforceId('800', 5_000_000 + i),
        contract_number: `B${String(i + 1).padStart(7, '0')}`,
        account_id: account,
        opportunity_id: id,
        status: 'Activated',
        value: 24_000_000,
        currency: 'USD',
        billing_model: 'Milestone',
        start_date: '2027-01-04',
        end_date: '2027-06-30',
        term_months: 6,
        payment_terms_days: 30,
      });
      opportunityIds.push(toHubId('Opportunity', id));
    }
    await insertRows(stores.customers, 'opportunity', opportunities);
    await insertRows(stores.customers, 'contract', contracts);
    // Submitted timecards on projects open for time (approval refuses the others).
    const submitted = await stores.projects.all<{ id: string }>(
      `SELECT t.id FROM time_entry t JOIN project p ON p.id = t.project_id
       WHERE t.status = 'Submitted' AND p.stage IN ('Planned', 'In Progress') AND p.closed_for_time = 0 ORDER BY t.id LIMIT ?`,
      [count],
    );
    submittedIds = submitted.map((row) => toHubId('TimeEntry', row.id));
    console.log(`seeded demo data at scale ${scale} in ${((performance.now() - started) / 1000).toFixed(1)} s; ${submittedIds.length} submitted timecards`);
  },
});

const token = await signToken({ sub: 'bench-pm', roles: ['delivery'], customerId: null });
const CONVERT =
  'mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) { workflow { status } userErrors { code } } }';
const APPROVE = 'mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { status } userErrors { code } } }';

/** Runs one request body per item, `connections` at a time, and prints the figures. */
async function run(title: string, bodies: string[]) {
  let next = 0;
  const statuses = new Map<string, number>();
  const started = performance.now();
  let lastResponseAt = started;
  const result = await autocannon({
    url: hub.url,
    connections,
    amount: bodies.length,
    timeout: 30,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
        onResponse: (_status, body) => {
          lastResponseAt = performance.now();
          const parsed = JSON.parse(body) as { data?: Record<string, { workflow: { status: string } | null; userErrors: { code: string }[] }> };
          const payload = parsed.data ? Object.values(parsed.data)[0] : null;
          const outcome = payload?.workflow?.status ?? payload?.userErrors[0]?.code ?? 'ERROR';
          statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
        },
      },
    ],
  });
  // From the start to the last response (autocannon itself ends on a whole-second tick).
  const seconds = (lastResponseAt - started) / 1000;
  console.log(
    `${title.padEnd(10)} ${(result.requests.total / seconds).toFixed(1).padStart(7)} workflows/s   p50 ${String(result.latency.p50).padStart(5)} ms   p99 ${String(result.latency.p99).padStart(5)} ms   (${result.requests.total} requests; ${[...statuses].map(([k, v]) => `${k} ${v}`).join(', ')})`,
  );
}

console.log(`gateway ${hub.url}; ${connections} connections`);
await run(
  'convert',
  opportunityIds.map((opportunityId, i) => JSON.stringify({ query: CONVERT, variables: { input: { opportunityId, idempotencyKey: `bench-convert-${i}` } } })),
);
await run(
  'approve',
  submittedIds.map((id, i) => JSON.stringify({ query: APPROVE, variables: { input: { timeEntryIds: [id], idempotencyKey: `bench-approve-${i}` } } })),
);

const queue = await fetch(hub.url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query: '{ exceptions(first: 500) { totalCount edges { node { step cause } } } }' }),
});
const exceptions = ((await queue.json()) as { data: { exceptions: { totalCount: number; edges: { node: { step: string; cause: string } }[] } } }).data
  .exceptions;
const causes = new Map<string, number>();
for (const { node } of exceptions.edges) {
  // Native ids vary per case; the kind of failure does not.
  const key = `${node.step}: ${node.cause.replace(/[A-Z]+-[\d-]+/g, '…')}`;
  causes.set(key, (causes.get(key) ?? 0) + 1);
}
console.log(`exception queue: ${exceptions.totalCount}${[...causes].map(([cause, n]) => `\n  ${n} × ${cause}`).join('')}`);

await hub.stop();
rmSync(dataDir, { recursive: true, force: true });
