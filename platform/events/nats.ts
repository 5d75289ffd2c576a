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
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  JetStreamApiCodes,
  JetStreamApiError,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  type ConsumerMessages,
} from '@nats-io/jetstream';
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

type StreamManager = Awaited<ReturnType<typeof jetstreamManager>>;
type StreamInfo = Awaited<ReturnType<StreamManager['streams']['info']>>;
type StreamConfig = Parameters<StreamManager['streams']['add']>[0] & { name: string };

/** Attempts at creating the stream before startup fails. */
const STREAM_CREATE_ATTEMPTS = 5;

/**
 * The stream as it exists already, or null once this call has created it. Processes that start
 * together race to create it, and the server can refuse all but one of them (seen: "subjects overlap
 * with an existing stream", "error creating store for stream"); a refused creator reads the stream
 * the winner made, and tries again, a bounded number of times, only while it still does not exist.
 */
async function ensureStream(manager: StreamManager, config: StreamConfig): Promise<StreamInfo | null> {
  for (let attempt = 1; ; attempt++) {
    const existing = await manager.streams.info(config.name).catch((error: unknown) => {
      if (isStreamNotFound(error)) return null;
      throw error;
    });
    if (existing) return existing;
    try {
      await manager.streams.add(config);
      return null;
    } catch (error) {
      if (attempt >= STREAM_CREATE_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 20));
    }
  }
}

function isStreamNotFound(error: unknown): boolean {
  return error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound;
}
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
  const existing = await ensureStream(manager, { name: stream, subjects: [`${prefix}.>`], retention: RetentionPolicy.Limits, ...limits });
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
