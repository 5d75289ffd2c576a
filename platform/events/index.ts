/** Chooses the event bus backend: NATS JetStream when NATS_URL is set, else in-process. */
import { env } from '../env.ts';
import { createInProcessEventBus } from './in-process.ts';
import { createNatsEventBus } from './nats.ts';
import type { EventBus } from './types.ts';

export async function createEventBus(): Promise<EventBus> {
  const url = env.natsUrl();
  return url ? createNatsEventBus({ url, stream: env.natsStream(), subjectPrefix: env.natsSubjectPrefix() }) : createInProcessEventBus();
}

export type { DomainEvent, EventBus, EventSubscription, StartPosition, SubscribeOptions } from './types.ts';
