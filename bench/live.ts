/**
 * Live-status benchmark: commit-to-client latency of subscriptions, and memory per connection.
 * Runs `npm start` (the whole hub on demo data) as a child process, opens 1, 100 and 1,000 graphql-ws
 * clients subscribed to one project's status (selecting fields from three subgraphs), drives status
 * changes through the governed mutation and measures, per delivery, the time from the change's
 * commit (the event's occurredAt) to its arrival at the client. Memory per connection is the growth
 * of the hub process's resident set divided by the connections opened.
 * Before a round is measured, status changes are made until every client received one (warm-up, not
 * measured): a client's subscription is in place only once the gateway checked its arguments, which
 * under load can take longer than connecting, and an event published before would never reach it.
 * Usage: npm run bench:live [-- --events 10 --subscribers 1,100,1000 --cpu-prof <dir>]
 * (`--cpu-prof` writes the hub's CPU profiles, one per thread, into <dir> when it stops.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { spawnHub } from './hub-process.ts';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '10' }, subscribers: { type: 'string', default: '1,100,1000' }, 'cpu-prof': { type: 'string' } },
});
const eventsPerRound = Number(values.events);
const rounds = values.subscribers.split(',').map(Number);

const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-bench-live-'));
const hub = await spawnHub(
  { PORT: '0', OPSGRAPH_DATA_DIR: dataDir, LOG_LEVEL: 'error', DATABASE_URL: '', NATS_URL: '', OPSGRAPH_RATE_LIMIT: '0' },
  values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`] : [],
  120_000,
);
const output = hub.output();
const origin = hub.origin;
const token = (/^\s+delivery\s+(\S+)$/m.exec(output) as RegExpExecArray)[1];
const url = `${origin}/graphql`;

async function post<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data: T };
}

const rssKiB = (): number => hub.rssMiB() * 1024;
let toggle = 0;

const listed = await post<{ projects: { edges: { node: { id: string } }[] } }>('{ projects(first: 1, filter: { status: ACTIVE }) { edges { node { id } } } }');
const projectId = listed.data.projects.edges[0].node.id;
const SUBSCRIPTION = `subscription ($id: ID) { projectStatusChanged(projectId: $id) {
  status cause occurredAt project { name customer { name } financials { unbilledWip { amount } } } } }`;

/** One governed status change of the project, its `reason` arriving as the event's `cause`. */
async function changeStatus(reason: string): Promise<void> {
  const status = toggle++ % 2 === 0 ? 'ON_HOLD' : 'ACTIVE';
  await post('mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } } }', {
    input: { projectId, status, reason, idempotencyKey: `bench-live-${reason}-${Date.now()}` },
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

console.log(`hub ${url}; project ${projectId}; ${eventsPerRound} status changes per round`);
for (const count of rounds) {
  const before = rssKiB();
  const latencies: number[] = [];
  let received = 0;
  let connected = 0;
  /** The cause of the last event each client received. */
  const lastCause: string[] = new Array(count).fill('');
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      on: { connected: () => void connected++ },
    });
    client.subscribe(
      { query: SUBSCRIPTION, variables: { id: projectId } },
      {
        next: (result) => {
          const event = (result.data as { projectStatusChanged?: { occurredAt: string; cause: string | null } } | undefined)?.projectStatusChanged;
          lastCause[i] = event?.cause ?? '';
          if (event?.occurredAt && lastCause[i].startsWith('measured-')) latencies.push(Date.now() - Date.parse(event.occurredAt));
          received++;
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    clients.push(client);
  }
  while (connected < count) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 500));
  const perConnection = ((rssKiB() - before) / count).toFixed(1);

  // Warm-up: until every client received the same change (events reach a client in order).
  let warmups = 0;
  for (;;) {
    const cause = `warm-up-${count}-${++warmups}`;
    await changeStatus(cause);
    const deadline = Date.now() + 10_000;
    while (lastCause.some((seen) => seen !== cause) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
    if (lastCause.every((seen) => seen === cause)) break;
    if (warmups >= 10) throw new Error(`after ${warmups} warm-up changes, ${lastCause.filter((seen) => seen !== cause).length} clients still receive nothing`);
  }

  const base = received;
  const roundStart = Date.now();
  for (let k = 0; k < eventsPerRound; k++) {
    await changeStatus(`measured-${count}-${k}`);
    const deadline = Date.now() + 60_000;
    while (received < base + (k + 1) * count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  received -= base;
  const seconds = (Date.now() - roundStart) / 1000;
  latencies.sort((a, b) => a - b);
  console.log(
    `${String(count).padStart(5)} subscribers  p50 ${String(percentile(latencies, 50)).padStart(5)} ms  p99 ${String(percentile(latencies, 99)).padStart(5)} ms  ` +
      `(${received} of ${count * eventsPerRound} deliveries, ${(received / seconds).toFixed(0)}/s; ${warmups} warm-up)  ~${perConnection} KiB per connection`,
  );
  await Promise.all(clients.map((client) => client.dispose()));
  await new Promise((resolve) => setTimeout(resolve, 500));
}

await hub.stop();
rmSync(dataDir, { recursive: true, force: true });
