/**
 * The outbox relay is woken by the commit of a transaction that appended to the outbox, with its
 * backstop poll set a minute away so that only the wake-up can explain a prompt delivery: a write in
 * this thread, in another thread and (PostgreSQL) in another process; a rolled-back write publishes
 * nothing; two relays on one store publish each event once, in order; on PostgreSQL the relay listens
 * again after its connection was killed. Runs on the test backend (OPSGRAPH_TEST_BACKEND).
 */
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../platform/events/in-process.ts';
import { appendToOutbox } from '../platform/events/outbox.ts';
import { startOutboxRelay, type OutboxRelay } from '../platform/events/outbox-relay.ts';
import type { DomainEvent, EventBus } from '../platform/events/types.ts';
import { countRows, type OpenDatabaseOptions, type SqlDatabase } from '../platform/sql.ts';
import { openDomainStore } from '../platform/store.ts';
import { projectsMigrations } from '../subgraphs/projects/index.ts';
import { systemWrite } from '../subgraphs/shared/system-api.ts';
import { TEST_BACKEND } from './support/hub.ts';
import type { OutboxWriterData } from './support/outbox-writer.ts';
import { waitFor, within } from './support/wait.ts';

const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The backstop poll of every relay here: far beyond any wait below. */
const BACKSTOP_MS = 60_000;
/** How long a woken relay may take to get an event to the bus here (the poll would take a minute). */
const PROMPTLY_MS = 3_000;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A fresh projects store on the test backend, and how another connection opens it. */
async function openStore(): Promise<{ db: SqlDatabase; options: OpenDatabaseOptions; open: () => Promise<SqlDatabase> }> {
  if (TEST_BACKEND === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-outbox-wake-'));
    const open = () => openDomainStore('projects', projectsMigrations, { dataDir, postgresUrl: null });
    const db = await open();
    cleanups.push(async () => {
      await db.close();
      rmSync(dataDir, { recursive: true, force: true });
    });
    return { db, options: { sqlitePath: join(dataDir, 'projects.sqlite') }, open };
  }
  const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;
  const open = () => openDomainStore('projects', projectsMigrations, { postgresUrl: POSTGRES_URL, schemaPrefix });
  const db = await open();
  cleanups.push(async () => {
    await db.close();
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schemaPrefix}projects CASCADE`);
    await client.end();
  });
  return { db, options: { postgresUrl: POSTGRES_URL, postgresSchema: `${schemaPrefix}projects` }, open };
}

/** The bus, what reached it in order, and how many publishes it dropped as duplicates. */
function watchedBus(): { bus: EventBus; seen: DomainEvent[]; duplicates: () => number } {
  const inner = createInProcessEventBus();
  const seen: DomainEvent[] = [];
  let duplicates = 0;
  const bus: EventBus = {
    ...inner,
    async publish(event) {
      const outcome = await inner.publish(event);
      if (outcome.duplicate) duplicates++;
      else seen.push(event);
      return outcome;
    },
  };
  cleanups.push(() => inner.stop());
  return { bus, seen, duplicates: () => duplicates };
}

async function relayOn(db: SqlDatabase, bus: EventBus, name = 'test'): Promise<OutboxRelay> {
  const relay = startOutboxRelay({ db, bus, name, pollMs: BACKSTOP_MS });
  cleanups.push(() => relay.stop());
  await relay.ready();
  return relay;
}

/** One system write (the path every domain write takes) emitting one event; resolves to its id once committed. */
async function write(db: SqlDatabase, aggregateId = 'prj_wake'): Promise<string> {
  let eventId = '';
  await systemWrite(db, 'PSA', 'test.wake', { requestKey: randomUUID(), correlationId: randomUUID() }, { aggregateId }, async (scope) => {
    await scope.emit({ type: 'TestWoken', aggregateId });
    eventId = ((await scope.tx.get<{ event_id: string }>('SELECT event_id FROM outbox ORDER BY seq DESC LIMIT 1')) as { event_id: string }).event_id;
    return { changes: [], result: {} };
  });
  return eventId;
}

const published = (seen: DomainEvent[], id: string) => () => seen.some((event) => event.id === id);

describe(`outbox relay woken by commits (${TEST_BACKEND})`, () => {
  it('publishes a committed write at once, the backstop poll a minute away', async () => {
    const { db } = await openStore();
    const { bus, seen } = watchedBus();
    const relay = await relayOn(db, bus);
    expect(relay.listening()).toBe(true);
    for (let n = 0; n < 3; n++) {
      const id = await write(db);
      await waitFor(published(seen, id), { what: `event ${n + 1} on the bus`, timeoutMs: PROMPTLY_MS });
    }
    expect(seen.map((event) => event.type)).toEqual(['TestWoken', 'TestWoken', 'TestWoken']);
  });

  it('publishes nothing of a rolled-back write, and goes on with the next commit', async () => {
    const { db } = await openStore();
    const { bus, seen } = watchedBus();
    await relayOn(db, bus);
    const rolledBack: DomainEvent = {
      id: randomUUID(),
      type: 'TestRolledBack',
      aggregateId: 'prj_wake',
      occurredAt: new Date().toISOString(),
      source: 'PSA',
      correlationId: randomUUID(),
    };
    await expect(
      db.transaction(async (tx) => {
        await appendToOutbox(tx, rolledBack);
        throw new Error('the write fails after appending its event');
      }),
    ).rejects.toThrow('the write fails after appending its event');
    const sentinel = await write(db);
    await waitFor(published(seen, sentinel), { what: 'the sentinel committed after the rollback', timeoutMs: PROMPTLY_MS });
    expect(seen.map((event) => event.id)).toEqual([sentinel]);
    expect(await countRows(db, 'SELECT COUNT(*) AS n FROM outbox', [])).toBe(1);
  });

  it('is woken by a write committed in another thread over its own connection', async () => {
    const { db, options } = await openStore();
    const { bus, seen } = watchedBus();
    await relayOn(db, bus);
    const data: OutboxWriterData = { store: options, aggregateId: 'prj_thread' };
    const worker = new Worker(new URL('./support/outbox-writer.ts', import.meta.url), { workerData: data });
    const message = await within(new Promise<string>((resolve, reject) => worker.once('message', resolve).once('error', reject)), {
      what: 'the writer thread committing',
      timeoutMs: 20_000,
    });
    const id = message.replace('committed ', '');
    await waitFor(published(seen, id), { what: "the other thread's event on the bus", timeoutMs: PROMPTLY_MS });
    expect(seen.find((event) => event.id === id)?.data).toEqual({ writer: 'thread' });
  });

  it('two relays on one store (each over its own connection) publish each event once, in commit order', async () => {
    const { db, open } = await openStore();
    const other = await open();
    cleanups.push(() => other.close());
    const { bus, seen, duplicates } = watchedBus();
    await relayOn(db, bus, 'first');
    await relayOn(other, bus, 'second');
    const ids: string[] = [];
    // Writes through both connections; each commit wakes both relays.
    for (let n = 0; n < 20; n++) ids.push(await write(n % 2 === 0 ? db : other, `prj_${n}`));
    await waitFor(() => seen.length === ids.length, { what: () => `the 20 events on the bus (${seen.length} are)`, timeoutMs: PROMPTLY_MS * 3 });
    expect(seen.map((event) => event.id)).toEqual(ids);
    expect(duplicates()).toBe(0);
    // A relay marks a row published after the bus took it, so the last mark may trail the last delivery.
    const unpublished = () => countRows(db, 'SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL', []);
    await waitFor(async () => (await unpublished()) === 0, { what: 'every outbox row marked published', timeoutMs: PROMPTLY_MS });
    expect(duplicates()).toBe(0);
  });
});

describe.skipIf(TEST_BACKEND !== 'postgres')('outbox relay woken through LISTEN/NOTIFY (postgres)', () => {
  it('is woken by a write another process commits', async () => {
    const { db, options } = await openStore();
    const { bus, seen } = watchedBus();
    await relayOn(db, bus);
    const data: OutboxWriterData = { store: options, aggregateId: 'prj_process' };
    const child = spawn(process.execPath, [new URL('./support/outbox-writer.ts', import.meta.url).pathname, JSON.stringify(data)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await within(new Promise<number | null>((resolve) => child.once('exit', resolve)), { what: 'the writer process', timeoutMs: 30_000 });
    expect(code, output).toBe(0);
    const id = (/committed (\S+)/.exec(output) as RegExpExecArray)[1];
    await waitFor(published(seen, id), { what: "the other process's event on the bus", timeoutMs: PROMPTLY_MS });
    expect(seen.find((event) => event.id === id)?.data).toEqual({ writer: 'process' });
  });

  it('listens again after its connection is killed, and commits wake it as before', async () => {
    const { db, options } = await openStore();
    const { bus, seen } = watchedBus();
    const relay = await relayOn(db, bus);
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    cleanups.push(() => admin.end());
    const listener = async () =>
      (
        await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND state <> 'disabled'", [
          `opsgraph listen outbox_${options.postgresSchema}`,
        ])
      ).rows.map((row) => row.pid);
    const [killed] = await waitFor(async () => ((await listener()).length === 1 ? await listener() : null), { what: "the relay's listening connection" });
    await admin.query('SELECT pg_terminate_backend($1)', [killed]);
    await waitFor(async () => relay.listening() && (await listener()).some((pid) => pid !== killed), {
      what: 'the relay listening again on a new connection',
    });
    const id = await write(db);
    await waitFor(published(seen, id), { what: 'an event committed after the reconnect', timeoutMs: PROMPTLY_MS });
  });
});
