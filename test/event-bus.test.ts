/**
 * The event bus contract, run against both backends: the in-process bus always, NATS JetStream when
 * NATS_URL is set (`npm run test:nats`; CI starts the local server). Each NATS run uses its own stream.
 */
import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterEach, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../subgraphs/shared/events/in-process.ts';
import { createNatsEventBus } from '../subgraphs/shared/events/nats.ts';
import { startOutboxRelay } from '../subgraphs/shared/events/outbox-relay.ts';
import type { DomainEvent, EventBus } from '../subgraphs/shared/events/types.ts';
import { projectsMigrations } from '../subgraphs/projects/index.ts';
import { openDomainStore } from '../subgraphs/shared/store.ts';

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

/** Resolves once `predicate` holds, polling; fails after `ms`. */
async function eventually(predicate: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
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
    await eventually(() => seen.a.length === 20 && seen.b.length === 20);
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
    await eventually(() => seen.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual(['evt-1', 'evt-2']);
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
    await eventually(() => seen.length === 3);
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
    await eventually(() => first.length === 3);
    await member.stop();
    for (let n = 4; n <= 5; n++) await bus.publish(event(n));
    const second: number[] = [];
    await bus.subscribe({ group: 'resume', handler: async (received) => void second.push(received.data?.n as number) });
    await eventually(() => second.length === 2);
    expect(second).toEqual([4, 5]);

    const replay: number[] = [];
    await bus.subscribe({ group: 'replay', from: { sequence: 4 }, handler: async (received) => void replay.push(received.data?.n as number) });
    await eventually(() => replay.length === 2);
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
    for (const n of [1, 2, 3]) {
      const row = event(n);
      await db.run('INSERT INTO outbox (event_id, aggregate_id, event) VALUES (?, ?, ?)', [row.id, row.aggregateId, JSON.stringify(row)]);
    }
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
    expect(await relay.flush()).toBe(1);
    const pending = await db.all<{ event_id: string }>('SELECT event_id FROM outbox WHERE published_at IS NULL ORDER BY seq');
    expect(pending.map((row) => row.event_id)).toEqual(['evt-2', 'evt-3']);

    expect(await relay.flush()).toBe(2);
    await eventually(() => seen.length >= 3);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toEqual(['evt-1', 'evt-2', 'evt-3']);
    const unpublished = await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL');
    expect(Number(unpublished?.n)).toBe(0);
  });
});
