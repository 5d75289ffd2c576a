/**
 * Soak: a bounded mixed load on the whole hub for a while, with the hub's resident set sampled, to
 * show that memory stays bounded (docs/security.md, "Bounded state and the soak").
 *
 * Runs the hub as `npm start` does (its node options, embedded backends, demo data, the default
 * bounds) as a child process and, for
 * `--minutes` (default 10), keeps up at once:
 * - reads: project 360, lists (projects, customers, invoices) and the portfolio, as rotating analysts;
 * - governed writes: logTime → submitTime → approveTime cycles, payments of one cent on issued
 *   invoices, and project status changes (which feed the subscriptions);
 * - APQ registrations, every one a distinct document;
 * - many principals: every request of one worker comes from a principal never seen before, and one
 *   greedy principal runs over its rate limit (429 RATE_LIMITED is an expected refusal);
 * - live subscriptions (graphql-ws) receiving the status events, a few closed and reopened every 10 s.
 * The hub's RSS is sampled every `--sample-seconds` (default 5). At the end it prints RSS at start,
 * after warm-up (the first fifth of the run, at least 30 s and at most 2 min) and at the end, the
 * growth after warm-up against `--max-growth-mb` (default 64), requests, workflows and events handled,
 * and errors split into expected (coded refusals) and unexpected. Exits 1 when the growth passes
 * the bound or any unexpected error happened. Only 127.0.0.1 is contacted.
 * V8 grows a heap lazily while memory is free, so each of the hub's heaps (the main thread and each
 * subgraph thread) is capped at `--hub-heap-mb` (default 128; 0 for none): a leak then ends in a
 * crash of the hub (unexpected errors) instead of passing for heap growth.
 * Usage: npm run soak [-- --minutes 10 --max-growth-mb 64 --sample-seconds 5 --hub-heap-mb 128]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signToken, type Role } from '../platform/auth.ts';
import { spawnHub } from './hub-process.ts';
import { PORTFOLIO_QUERY, PROJECT_360_QUERY } from './queries.ts';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    'max-growth-mb': { type: 'string', default: '64' },
    'sample-seconds': { type: 'string', default: '5' },
    /** Old-generation limit of each of the hub's V8 heaps (main thread and subgraph threads), so a leak ends in a crash rather than in a slow climb. */
    'hub-heap-mb': { type: 'string', default: '128' },
  },
});
const durationMs = Number(values.minutes) * 60_000;
const maxGrowthMiB = Number(values['max-growth-mb']);
const sampleMs = Number(values['sample-seconds']) * 1000;
const warmUpMs = Math.min(120_000, Math.max(30_000, durationMs / 5));
/** Per principal per minute at the hub during the soak; the greedy principal goes over it. */
const RATE_LIMIT = 300;
/** Codes a refusal may carry and still be expected under this load. */
const EXPECTED_CODES = new Set(['RATE_LIMITED', 'BAD_USER_INPUT', 'CONFLICT', 'NOT_FOUND', 'FORBIDDEN', 'PERSISTED_QUERY_NOT_FOUND']);

// ---- the hub ----------------------------------------------------------------------------------
const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-soak-'));
const heapCap = Number(values['hub-heap-mb']) > 0 ? [`--max-old-space-size=${values['hub-heap-mb']}`] : [];
const hub = await spawnHub(
  {
    HOST: '127.0.0.1',
    PORT: '0',
    OPSGRAPH_DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    DATABASE_URL: '',
    NATS_URL: '',
    REDIS_URL: '',
    OPSGRAPH_RATE_LIMIT: String(RATE_LIMIT),
    OPSGRAPH_RATE_LIMIT_WINDOW_SECONDS: '60',
  },
  heapCap,
);
const url = `${hub.origin}/graphql`;
const rssMiB = hub.rssMiB;

// ---- bookkeeping --------------------------------------------------------------------------------
const counts = { requests: 0, workflows: 0, apqRegistrations: 0, principals: 0, events: 0, subscriptionsOpened: 0 };
const expected = new Map<string, number>();
const unexpected = new Map<string, number>();
const note = (table: Map<string, number>, key: string) => table.set(key, (table.get(key) ?? 0) + 1);

/** What a governed mutation answers (the fields the soak selects). */
interface MutationPayload {
  workflow?: { status: string } | null;
  userErrors?: { code: string }[];
  timeEntry?: { id: string } | null;
}

interface Result {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

const tokens = new Map<string, Promise<string>>();
const tokenOf = (sub: string, role: Role) => {
  const key = `${role}:${sub}`;
  if (!tokens.has(key)) tokens.set(key, signToken({ sub, roles: [role], customerId: null }, 6 * 3600));
  return tokens.get(key) as Promise<string>;
};

/** POSTs one operation and sorts its outcome; resolves to the body (or null when it failed as a whole). */
async function send(sub: string, role: Role, body: Record<string, unknown>, cacheToken = true): Promise<Result | null> {
  counts.requests++;
  const token = cacheToken ? await tokenOf(sub, role) : await signToken({ sub, roles: [role], customerId: null }, 600);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    note(unexpected, `transport: ${(error as Error).message}`);
    return null;
  }
  let result: Result;
  try {
    result = (await response.json()) as Result;
  } catch {
    note(unexpected, `HTTP ${response.status} without a JSON body`);
    return null;
  }
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code ?? 'NO_CODE';
    if (EXPECTED_CODES.has(code)) note(expected, code);
    else note(unexpected, `${code}: ${error.message}`);
  }
  if (response.status >= 500) note(unexpected, `HTTP ${response.status}`);
  return result;
}

/** Counts a governed mutation's outcome: a workflow, or a coded business refusal (userErrors). */
function workflowOutcome(payload: MutationPayload | undefined): void {
  if (!payload) return;
  if (payload.workflow) counts.workflows++;
  // A parked workflow (a system kept failing) is never expected; a business refusal is.
  for (const userError of payload.userErrors ?? []) note(userError.code === 'WORKFLOW_FAILED' ? unexpected : expected, `userError ${userError.code}`);
}

const deadline = Date.now() + durationMs;
const running = () => Date.now() < deadline;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- what the load works on --------------------------------------------------------------------
const discovery = await send('soak-setup', 'admin', {
  query: `{ projects(first: 100, filter: { status: ACTIVE }) { edges { node { id financials { erpStatus } assignments { consultant { id } } } } }
            invoices(first: 50, filter: { status: ISSUED }) { edges { node { id } } } }`,
});
const discovered = discovery?.data as
  | {
      projects: { edges: { node: { id: string; financials: { erpStatus: string | null }; assignments: { consultant: { id: string } | null }[] } }[] };
      invoices: { edges: { node: { id: string } }[] };
    }
  | undefined;
const projects = (discovered?.projects.edges ?? []).map((edge) => edge.node);
const staffed = projects.filter((project) => project.assignments.some((assignment) => assignment.consultant));
const invoices = (discovered?.invoices.edges ?? []).map((edge) => edge.node.id);
const liveProject = projects[0]?.id;
// Time is posted to the ERP: only projects open there too (the demo data plants one that the ERP closed).
const timeProjects = staffed.filter((project) => project.id !== liveProject && project.financials.erpStatus === 'OPEN');
if (projects.length < 2 || timeProjects.length < 1) throw new Error(`demo data without enough active, staffed projects: ${JSON.stringify(discovery)}`);

// ---- workers ------------------------------------------------------------------------------------
const LISTS = [
  '{ projects(first: 20) { totalCount edges { node { code name status customer { name } } } } }',
  '{ customers(first: 20) { totalCount edges { node { name } } } }',
  '{ invoices(first: 20, filter: { overdue: true }) { totalCount edges { node { number balance { amount } } } } }',
];

async function reader(worker: number): Promise<void> {
  for (let n = 0; running(); n++) {
    const sub = `soak-analyst-${(worker * 7 + n) % 40}`;
    const kind = n % 4;
    if (kind === 0) await send(sub, 'analyst', { query: PROJECT_360_QUERY, variables: { id: projects[n % projects.length].id } });
    else if (kind === 3) await send(sub, 'analyst', { query: PORTFOLIO_QUERY });
    else await send(sub, 'analyst', { query: LISTS[n % LISTS.length] });
  }
}

const WORKFLOW = 'workflow { status } userErrors { code }';
async function timeWriter(): Promise<void> {
  for (let n = 0; running(); n++) {
    const project = timeProjects[n % timeProjects.length];
    const consultant = project.assignments.find((assignment) => assignment.consultant)?.consultant?.id as string;
    const day = new Date(Date.UTC(2026, 9, 1) + (n % 40) * 86_400_000).toISOString().slice(0, 10);
    const pm = `soak-pm-${n % 10}`;
    const logged = await send(pm, 'delivery', {
      query: `mutation ($input: LogTimeInput!) { logTime(input: $input) { ${WORKFLOW} timeEntry { id } } }`,
      variables: {
        input: { projectId: project.id, consultantId: consultant, date: day, hours: '0.10', billable: true, notes: 'soak', idempotencyKey: `soak-log-${n}` },
      },
    });
    const payload = logged?.data?.logTime as MutationPayload | undefined;
    workflowOutcome(payload);
    const entry = payload?.timeEntry?.id;
    if (!entry) continue;
    for (const step of ['submitTime', 'approveTime']) {
      const result = await send(pm, 'delivery', {
        query: `mutation ($input: TimeEntriesInput!) { ${step}(input: $input) { ${WORKFLOW} } }`,
        variables: { input: { timeEntryIds: [entry], idempotencyKey: `soak-${step}-${n}` } },
      });
      workflowOutcome(result?.data?.[step] as MutationPayload | undefined);
    }
  }
}

async function payer(): Promise<void> {
  for (let n = 0; running() && invoices.length > 0; n++) {
    const result = await send(`soak-finance-${n % 3}`, 'finance', {
      query: `mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { ${WORKFLOW} } }`,
      variables: { input: { invoiceId: invoices[n % invoices.length], amount: '0.01', idempotencyKey: `soak-pay-${n}` } },
    });
    workflowOutcome(result?.data?.recordPayment as MutationPayload | undefined);
    await pause(200);
  }
}

async function statusChanger(): Promise<void> {
  for (let n = 0; running(); n++) {
    const result = await send('soak-pm-live', 'delivery', {
      query: `mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { ${WORKFLOW} } }`,
      variables: { input: { projectId: liveProject, status: n % 2 === 0 ? 'ON_HOLD' : 'ACTIVE', reason: 'soak', idempotencyKey: `soak-status-${n}` } },
    });
    workflowOutcome(result?.data?.changeProjectStatus as MutationPayload | undefined);
    await pause(1_000);
  }
}

async function apqRegistrar(): Promise<void> {
  const { createHash } = await import('node:crypto');
  for (let n = 0; running(); n++) {
    const query = `query SoakRegistered${n} { projects(first: ${1 + (n % 20)}) { totalCount } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const result = await send(`soak-apq-${n % 10}`, 'analyst', { query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    if (result?.data) counts.apqRegistrations++;
  }
}

async function newcomer(): Promise<void> {
  // A principal never seen before on every request: its rate-limit counter must not stay.
  for (let n = 0; running(); n++) {
    counts.principals++;
    await send(`soak-visitor-${n}`, 'analyst', { query: '{ customers(first: 1) { totalCount } }' }, false);
  }
}

async function greedy(): Promise<void> {
  // Over its budget within the first minute, then refused (429) until the window slides on.
  while (running()) {
    await send('soak-greedy', 'analyst', { query: '{ __typename }' });
    await pause(50);
  }
}

const SUBSCRIPTION = 'subscription ($id: ID) { projectStatusChanged(projectId: $id) { status project { name customer { name } } } }';
const clients = new Set<Client>();
async function openSubscriber(): Promise<void> {
  const token = await tokenOf('soak-watcher', 'delivery');
  const client = createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
  clients.add(client);
  counts.subscriptionsOpened++;
  client.subscribe(
    { query: SUBSCRIPTION, variables: { id: liveProject } },
    {
      next: (result) => {
        if (result.errors)
          for (const error of result.errors) note(unexpected, `subscription: ${(error.extensions?.code as string) ?? 'NO_CODE'}: ${error.message}`);
        else counts.events++;
      },
      error: (error) => {
        if (clients.has(client)) note(unexpected, `subscription closed: ${error instanceof Error ? error.message : JSON.stringify(error)}`);
      },
      complete: () => undefined,
    },
  );
}

async function subscriptionChurn(): Promise<void> {
  for (let i = 0; i < 20; i++) await openSubscriber();
  while (running()) {
    await pause(10_000);
    if (!running()) break;
    for (const client of [...clients].slice(0, 5)) {
      clients.delete(client);
      await client.dispose();
    }
    for (let i = 0; i < 5; i++) await openSubscriber();
  }
}

// ---- sampling -----------------------------------------------------------------------------------
const started = Date.now();
const samples: { at: number; rss: number }[] = [{ at: 0, rss: rssMiB() }];
const sampler = setInterval(() => samples.push({ at: Date.now() - started, rss: rssMiB() }), sampleMs);
let lastReport = 0;
const reporter = setInterval(() => {
  const elapsed = Date.now() - started;
  if (elapsed - lastReport < 60_000) return;
  lastReport = elapsed;
  console.log(
    `  ${(elapsed / 60_000).toFixed(1)} min: RSS ${rssMiB().toFixed(1)} MiB, ${counts.requests} requests, ${counts.workflows} workflows, ${counts.events} events`,
  );
}, 1_000);

console.log(
  `soak: hub ${url} (pid ${hub.child.pid}); ${values.minutes} min, warm-up ${warmUpMs / 1000} s, RSS every ${sampleMs / 1000} s, bound +${maxGrowthMiB} MiB after warm-up`,
);
await Promise.all([reader(0), reader(1), reader(2), timeWriter(), payer(), statusChanger(), apqRegistrar(), newcomer(), greedy(), subscriptionChurn()]);
clearInterval(sampler);
clearInterval(reporter);
samples.push({ at: Date.now() - started, rss: rssMiB() });

// The hub still answers after the load.
const health = await fetch(new URL('/health', url))
  .then((response) => response.status)
  .catch(() => 0);
if (health !== 200) note(unexpected, `/health answered ${health} after the soak`);
for (const client of clients) {
  clients.delete(client);
  await client.dispose();
}
await hub.stop();
rmSync(dataDir, { recursive: true, force: true });

// ---- the figures --------------------------------------------------------------------------------
const afterWarmUp = samples.filter((sample) => sample.at >= warmUpMs);
const warm = afterWarmUp[0] ?? samples[samples.length - 1];
const end = samples[samples.length - 1];
const peak = Math.max(...afterWarmUp.map((sample) => sample.rss));
const growth = end.rss - warm.rss;
// Least-squares slope after warm-up, in MiB per minute: near zero when memory has levelled off.
const meanAt = afterWarmUp.reduce((sum, sample) => sum + sample.at, 0) / afterWarmUp.length;
const meanRss = afterWarmUp.reduce((sum, sample) => sum + sample.rss, 0) / afterWarmUp.length;
const slope =
  (afterWarmUp.reduce((sum, sample) => sum + (sample.at - meanAt) * (sample.rss - meanRss), 0) /
    Math.max(
      1,
      afterWarmUp.reduce((sum, sample) => sum + (sample.at - meanAt) ** 2, 0),
    )) *
  60_000;
const total = (table: Map<string, number>) => [...table.values()].reduce((sum, n) => sum + n, 0);
const list = (table: Map<string, number>) =>
  [...table]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `\n    ${n} × ${key}`)
    .join('');

console.log(
  `RSS: start ${samples[0].rss.toFixed(1)} MiB, after warm-up ${warm.rss.toFixed(1)} MiB (${(warm.at / 1000).toFixed(0)} s), end ${end.rss.toFixed(1)} MiB, peak after warm-up ${peak.toFixed(1)} MiB`,
);
console.log(
  `growth after warm-up: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MiB (bound +${maxGrowthMiB} MiB); slope ${slope.toFixed(2)} MiB/min over ${afterWarmUp.length} samples`,
);
console.log(
  `handled: ${counts.requests} requests, ${counts.workflows} workflows, ${counts.events} events delivered, ${counts.apqRegistrations} distinct APQ documents, ${counts.principals} one-time principals, ${counts.subscriptionsOpened} subscriptions opened`,
);
console.log(`expected refusals: ${total(expected)}${list(expected)}`);
console.log(`unexpected errors: ${total(unexpected)}${list(unexpected)}`);
const failed = growth > maxGrowthMiB || total(unexpected) > 0;
console.log(failed ? 'SOAK FAILED' : 'soak passed');
process.exit(failed ? 1 : 0);
