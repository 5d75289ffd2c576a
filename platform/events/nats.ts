/**
 * The scale-out event bus on NATS JetStream: one stream holds every domain event (durable,
 * replayable), publishes are de-duplicated by event id within the stream's window, and each
 * consumer group is a durable pull consumer that processes one event at a time, in stream order,
 * acknowledging after its handler succeeds (a failure is redelivered).
 *
 * The stream has limits retention: events older than `maxAgeMs` (default 7 days) and, past
 * `maxBytes` (default 1 GiB), the oldest events are discarded. A stream that exists already is
 * updated to these limits at startup.
 */
import { AckPolicy, DeliverPolicy, DiscardPolicy, jetstream, jetstreamManager, RetentionPolicy, type ConsumerMessages } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { env } from '../env.ts';
import type { DomainEvent, EventBus, EventSubscription } from './types.ts';

export interface NatsEventBusOptions {
  /** e.g. nats://127.0.0.1:4222 */
  url: string;
  /** @default OPSGRAPH_EVENTS */
  stream?: string;
  /** Subjects are `<prefix>.<source>.<type>`. @default opsgraph.events */
  subjectPrefix?: string;
  /** Delay before a failed event is redelivered. @default 200 */
  redeliveryDelayMs?: number;
  /** Longest age of an event in the stream. @default env OPSGRAPH_NATS_MAX_AGE_HOURS (168 h) */
  maxAgeMs?: number;
  /** Largest size of the stream; the oldest events go first. @default env OPSGRAPH_NATS_MAX_MB (1,024 MiB) */
  maxBytes?: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export async function createNatsEventBus(options: NatsEventBusOptions): Promise<EventBus> {
  const stream = options.stream ?? 'OPSGRAPH_EVENTS';
  const prefix = options.subjectPrefix ?? 'opsgraph.events';
  const connection = await connect({ servers: options.url, name: 'opsgraph' });
  const manager = await jetstreamManager(connection);
  // JetStream counts ages in nanoseconds.
  const limits = {
    max_age: (options.maxAgeMs ?? env.natsMaxAgeHours() * 3_600_000) * 1_000_000,
    max_bytes: options.maxBytes ?? env.natsMaxMegabytes() * 1024 * 1024,
    discard: DiscardPolicy.Old,
  };
  let existing: Awaited<ReturnType<typeof manager.streams.info>> | null = null;
  try {
    existing = await manager.streams.info(stream);
  } catch {
    await manager.streams.add({ name: stream, subjects: [`${prefix}.>`], retention: RetentionPolicy.Limits, ...limits });
  }
  if (
    existing &&
    (existing.config.max_age !== limits.max_age || existing.config.max_bytes !== limits.max_bytes || existing.config.discard !== limits.discard)
  ) {
    // The duplicate window may not exceed the age limit.
    const duplicateWindow = Math.min(existing.config.duplicate_window ?? limits.max_age, limits.max_age);
    await manager.streams.update(stream, { ...limits, duplicate_window: duplicateWindow });
  }
  const client = jetstream(connection);
  const running = new Set<ConsumerMessages>();

  return {
    async publish(event: DomainEvent) {
      const ack = await client.publish(`${prefix}.${event.source}.${event.type}`, encoder.encode(JSON.stringify(event)), {
        msgID: event.id,
      });
      return { sequence: ack.seq, duplicate: ack.duplicate };
    },

    async subscribe({ group, from = 'all', transient = false, handler }) {
      if (!/^[A-Za-z0-9_-]+$/.test(group)) throw new Error(`consumer group "${group}" must be letters, digits, _ or -`);
      try {
        await manager.consumers.info(stream, group);
      } catch {
        await manager.consumers.add(stream, {
          durable_name: group,
          ack_policy: AckPolicy.Explicit,
          // One event in flight per group keeps the group's handling in stream order.
          max_ack_pending: 1,
          // A transient group is removed by the server after 30 s without a subscriber.
          ...(transient ? { inactive_threshold: 30_000 * 1_000_000 } : {}),
          ...(from === 'all'
            ? { deliver_policy: DeliverPolicy.All }
            : from === 'new'
              ? { deliver_policy: DeliverPolicy.New }
              : { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from.sequence }),
        });
      }
      const consumer = await client.consumers.get(stream, group);
      const messages = await consumer.consume({ max_messages: 1 });
      running.add(messages);
      const done = (async () => {
        for await (const message of messages) {
          try {
            const event = JSON.parse(decoder.decode(message.data)) as DomainEvent;
            await handler(event, { sequence: message.seq, redelivered: message.redelivered });
            message.ack();
          } catch {
            message.nak(options.redeliveryDelayMs ?? 200);
          }
        }
      })();
      const subscription: EventSubscription = {
        async stop() {
          running.delete(messages);
          messages.stop();
          await done;
        },
      };
      return subscription;
    },

    async stop() {
      for (const messages of running) messages.stop();
      running.clear();
      await connection.drain();
    },
  };
}
