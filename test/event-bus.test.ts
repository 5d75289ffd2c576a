/**
 * The event bus contract, run against both backends: the in-process bus always, NATS JetStream when
 * NATS_URL is set (`npm run test:nats`; CI starts the local server). Each NATS run uses its own stream.
 * Retention: the outbox relay prunes published rows (on the test backend's SQL store), the NATS stream
 * and the in-process log keep to their limits.
 */
import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../platform/events/in-process.ts';
import { createNatsEventBus } from '../platform/events/nats.ts';
import { startOutboxRelay } from '../platform/events/outbox-relay.ts';
import type { DomainEvent, EventBus } from '../platform/events/types.ts';
import { projectsMigrations } from '../subgraphs/projects/index.ts';
import { openDomainStore } from '../platform/store.ts';
import { countRows, type SqlDatabase } from '../platform/sql.ts';
import { TEST_BACKEND } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const NATS_URL = process.env.NATS_URL;
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

function event(n: number, aggregate = 'prj_A'): DomainEvent {
  return {
    id: `evt-${n}`,
    type: 'ProjectStatusChanged',
    aggregateId: aggregate,
    fromState: 'PLANNED',
    toState: 'ACTIVE',
    occurredAt: new Date(Date.UTC(2026, 10, 15, 9, 0, n)).toISOString(),
    source: 'PSA',
    correlationId: `corr-${n}`,
    data: { n },
  };
}

const backends: [string, () => Promise<EventBus>][] = [['in-process', async () => createInProcessEventBus()]];
if (NATS_URL) {
  backends.push([
    'NATS JetStream',
    async () => {
      const suffix = randomBytes(4).toString('hex');
      const stream = `OPSGRAPH_TEST_${suffix}`;
      const bus = await createNatsEventBus({ url: NATS_URL, stream, subjectPrefix: `opsgraph-test-${suffix}`, redeliveryDelayMs: 20 });
      cleanups.push(async () => {
        const connection = await connect({ servers: NATS_URL });
        await (await jetstreamManager(connection)).streams.delete(stream).catch(() => undefined);
        await connection.close();
      });
      return bus;
    },
  ]);
}

describe.each(backends)('event bus: %s', (_name, createBus) => {
  async function open(): Promise<EventBus> {
    const bus = await createBus();
    cleanups.push(() => bus.stop());
    return bus;
  }

  it('delivers every event once, in publish order, to each group', async () => {
    const bus = await open();
    const seen: Record<string, number[]> = { a: [], b: [] };
    for (const group of ['a', 'b']) {
      await bus.subscribe({ group, handler: async (received) => void seen[group].push(received.data?.n as number) });
    }
    for (let n = 1; n <= 20; n++) await bus.publish(event(n));
    await waitFor(() => seen.a.length === 20 && seen.b.length === 20, { what: 'both groups receiving the 20 events' });
    const inOrder = Array.from({ length: 20 }, (_, index) => index + 1);
    expect(seen).toEqual({ a: inOrder, b: inOrder });
  });

  it('drops a republished event id', async () => {
    const bus = await open();
    expect(await bus.publish(event(1))).toEqual({ sequence: 1, duplicate: false });
    expect((await bus.publish(event(1))).duplicate).toBe(true);
    await bus.publish(event(2));
    const seen: string[] = [];
    await bus.subscribe({ group: 'once', handler: async (received) => void seen.push(received.id) });
    // Delivery is in order: once a later sentinel arrives, a duplicate would already have.
    await bus.publish(event(3));
    await waitFor(() => seen.includes('evt-3'), { what: 'the sentinel evt-3' });
    expect(seen).toEqual(['evt-1', 'evt-2', 'evt-3']);
  });

  it('redelivers an event whose handler failed, before any later event', async () => {
    const bus = await open();
    const seen: { n: number; redelivered: boolean }[] = [];
    let failures = 0;
    await bus.subscribe({
      group: 'flaky',
      handler: async (received, delivery) => {
        if (received.data?.n === 2 && failures++ < 2) throw new Error('handler failed');
        seen.push({ n: received.data?.n as number, redelivered: delivery.redelivered });
      },
    });
    for (let n = 1; n <= 3; n++) await bus.publish(event(n));
    await waitFor(() => seen.length === 3, { what: 'three deliveries, the failed one redelivered' });
    expect(seen).toEqual([
      { n: 1, redelivered: false },
      { n: 2, redelivered: true },
      { n: 3, redelivered: false },
    ]);
  });

  it('resumes a group where it stopped and replays a new group from a sequence', async () => {
    const bus = await open();
    const first: number[] = [];
    const member = await bus.subscribe({ group: 'resume', handler: async (received) => void first.push(received.data?.n as number) });
    for (let n = 1; n <= 3; n++) await bus.publish(event(n));
    await waitFor(() => first.length === 3, { what: 'the first member receiving three events' });
    await member.stop();
    for (let n = 4; n <= 5; n++) await bus.publish(event(n));
    const second: number[] = [];
    await bus.subscribe({ group: 'resume', handler: async (received) => void second.push(received.data?.n as number) });
    await waitFor(() => second.length === 2, { what: 'the group resuming with the two later events' });
    expect(second).toEqual([4, 5]);

    const replay: number[] = [];
    await bus.subscribe({ group: 'replay', from: { sequence: 4 }, handler: async (received) => void replay.push(received.data?.n as number) });
    await waitFor(() => replay.length === 2, { what: 'the replay from sequence 4' });
    expect(replay).toEqual([4, 5]);
  });
});

describe.each(backends)('outbox relay: %s', (_name, createBus) => {
  it('publishes the outbox in order, and a crash between publish and mark is never seen twice', async () => {
    const bus = await createBus();
    const db = await openDomainStore('projects', projectsMigrations, { dataDir: ':memory:', postgresUrl: null });
    cleanups.push(async () => {
      await bus.stop();
      await db.close();
    });
    const seen: string[] = [];
    await bus.subscribe({ group: 'relay-subscriber', handler: async (received) => void seen.push(received.id) });

    // The relay "crashes" once right after publishing evt-2, before marking its row.
    let crashed = false;
    const relay = startOutboxRelay({
      db,
      bus,
      name: 'test',
      pollMs: 60_000,
      afterPublish: async (published) => {
        if (published.id === 'evt-2' && !crashed) {
          crashed = true;
          throw new Error('relay crashed');
        }
      },
    });
    cleanups.push(() => relay.stop());
    // Started on an empty outbox; rows inserted by hand wake nothing (only a commit through
    // appendToOutbox does), so each round below is the test's own.
    await relay.ready();
    for (const n of [1, 2, 3]) {
      const row = event(n);
      await db.run('INSERT INTO outbox (event_id, aggregate_id, event) VALUES (?, ?, ?)', [row.id, row.aggregateId, JSON.stringify(row)]);
    }
    expect(await relay.flush()).toBe(1);
    const pending = await db.all<{ event_id: string }>('SELECT event_id FROM outbox WHERE published_at IS NULL ORDER BY seq');
    expect(pending.map((row) => row.event_id)).toEqual(['evt-2', 'evt-3']);

    expect(await relay.flush()).toBe(2);
    // Delivery is in order: once a later sentinel arrives, a duplicate of evt-2 would already have.
    await bus.publish(event(4));
    await waitFor(() => seen.includes('evt-4'), { what: 'the sentinel evt-4' });
    expect(seen).toEqual(['evt-1', 'evt-2', 'evt-3', 'evt-4']);
    const unpublished = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL');
    expect(Number(unpublished?.n)).toBe(0);
  });
});

/** A projects store on the test backend (OPSGRAPH_TEST_BACKEND), dropped afterwards. */
async function openTestStore(): Promise<SqlDatabase> {
  if (TEST_BACKEND === 'sqlite') {
    const db = await openDomainStore('projects', projectsMigrations, { dataDir: ':memory:', postgresUrl: null });
    cleanups.push(() => db.close());
    return db;
  }
  const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;
  const db = await openDomainStore('projects', projectsMigrations, { postgresUrl, schemaPrefix });
  cleanups.push(async () => {
    await db.close();
    const client = new pg.Client({ connectionString: postgresUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schemaPrefix}projects CASCADE`);
    await client.end();
  });
  return db;
}

describe(`outbox pruning (${TEST_BACKEND})`, () => {
  it('deletes published rows past the retention, a bounded batch per round, and never an unpublished row', async () => {
    const db = await openTestStore();
    const bus = createInProcessEventBus();
    cleanups.push(() => bus.stop());
    const day = 86_400_000;
    const publishedAt = [8 * day, 9 * day, 30 * day, 1 * day, null, null].map((ago) => (ago === null ? null : new Date(Date.now() - ago).toISOString()));
    for (const [index, published] of publishedAt.entries()) {
      const row = event(index + 1);
      await db.run('INSERT INTO outbox (event_id, aggregate_id, event, published_at) VALUES (?, ?, ?, ?)', [
        row.id,
        row.aggregateId,
        JSON.stringify(row),
        published,
      ]);
    }
    const remaining = async () => (await db.all<{ event_id: string }>('SELECT event_id FROM outbox ORDER BY seq')).map((row) => row.event_id);

    // A round by hand: batches of two until a short batch, so one round takes every row past the
    // retention (three here) however many there are; then nothing is left to prune.
    const relay = startOutboxRelay({ db, bus, name: 'test', pollMs: 60_000, pruneEveryMs: 60_000, retentionMs: 7 * day, pruneBatchSize: 2 });
    cleanups.push(() => relay.stop());
    expect(await relay.prune()).toBe(3);
    expect(await relay.prune()).toBe(0);
    expect(await remaining()).toEqual(['evt-4', 'evt-5', 'evt-6']);

    // The relay's own rounds: once the unpublished rows are published, a retention of 0 takes every
    // published row, one per round, and leaves a row appended meanwhile until it is published too.
    await relay.flush();
    expect(await countRows(db, 'SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL', [])).toBe(0);
    const periodic = startOutboxRelay({ db, bus, name: 'test-periodic', pollMs: 60_000, pruneEveryMs: 20, retentionMs: 0, pruneBatchSize: 1 });
    cleanups.push(() => periodic.stop());
    await periodic.ready();
    const late = event(7);
    await db.run('INSERT INTO outbox (event_id, aggregate_id, event) VALUES (?, ?, ?)', [late.id, late.aggregateId, JSON.stringify(late)]);
    await waitFor(async () => (await remaining()).length <= 1, { what: 'the periodic rounds to prune every published row' });
    expect(await remaining()).toEqual(['evt-7']);
  });
});

describe('in-process log retention', () => {
  it('keeps the latest maxEvents events; a new group starts at the oldest kept one', async () => {
    const bus = createInProcessEventBus({ maxEvents: 100 });
    cleanups.push(() => bus.stop());
    for (let n = 1; n <= 1_000; n++) await bus.publish(event(n));
    const { events, firstSequence } = bus.retained();
    expect(events).toBeGreaterThanOrEqual(100);
    expect(events).toBeLessThanOrEqual(110);
    expect(firstSequence).toBe(1_000 - events + 1);
    const seen: number[] = [];
    await bus.subscribe({ group: 'late', handler: async (received) => void seen.push(received.data?.n as number) });
    await waitFor(() => seen.length === events, { what: 'the late group receiving every kept event' });
    expect(seen).toEqual(Array.from({ length: events }, (_, index) => firstSequence + index));
    // A kept id is still recognised as a duplicate.
    expect(await bus.publish(event(1_000))).toEqual({ sequence: 1_000, duplicate: true });
  });
});

describe.skipIf(!NATS_URL)('NATS stream retention', () => {
  it('updates an existing stream to the age and size limits, and discards the oldest events past them', async () => {
    const suffix = randomBytes(4).toString('hex');
    const stream = `OPSGRAPH_TEST_${suffix}`;
    const subjectPrefix = `opsgraph-test-${suffix}`;
    const connection = await connect({ servers: NATS_URL });
    const manager = await jetstreamManager(connection);
    cleanups.push(async () => {
      await manager.streams.delete(stream).catch(() => undefined);
      await connection.close();
    });
    // A stream as an earlier version created it: no limits.
    await manager.streams.add({ name: stream, subjects: [`${subjectPrefix}.>`] });
    expect((await manager.streams.info(stream)).config).toMatchObject({ max_age: 0, max_bytes: -1 });

    const bus = await createNatsEventBus({ url: NATS_URL as string, stream, subjectPrefix, maxAgeMs: 3_600_000, maxBytes: 64 * 1024 });
    cleanups.push(() => bus.stop());
    expect((await manager.streams.info(stream)).config).toMatchObject({ max_age: 3_600_000 * 1_000_000, max_bytes: 64 * 1024, discard: 'old' });

    for (let n = 1; n <= 500; n++) await bus.publish(event(n));
    const { state } = await manager.streams.info(stream);
    expect(state.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(state.last_seq).toBe(500);
    expect(state.first_seq).toBeGreaterThan(1);
    expect(state.messages).toBe(500 - state.first_seq + 1);
  });
});

describe.skipIf(!NATS_URL)('NATS stream creation', () => {
  it('lets several processes create the one stream at once: every one starts, and they share it', async () => {
    const connection = await connect({ servers: NATS_URL });
    const manager = await jetstreamManager(connection);
    cleanups.push(() => connection.close());
    // The server refuses a racing creator only now and then, so race several times.
    for (let round = 0; round < 30; round++) {
      const suffix = randomBytes(4).toString('hex');
      const stream = `OPSGRAPH_TEST_${suffix}`;
      const subjectPrefix = `opsgraph-test-${suffix}`;
      cleanups.push(() =>
        manager.streams.delete(stream).then(
          () => undefined,
          () => undefined,
        ),
      );
      const buses = await Promise.all(Array.from({ length: 8 }, () => createNatsEventBus({ url: NATS_URL as string, stream, subjectPrefix })));
      for (const bus of buses) cleanups.push(() => bus.stop());
      await Promise.all(buses.map((bus, n) => bus.publish(event(n + 1))));
      expect((await manager.streams.info(stream)).state.messages).toBe(8);
    }
  });
});
