/**
 * The event side of a service: its outbox relay (when its store has an outbox) and its event
 * consumers, on the given bus over the given store connection. The hub runs these on its main thread
 * for every service (where the in-process bus lives); a service running alone runs its own.
 */
import type { ServiceDefinition } from '../subgraphs/services.ts';
import type { EventBus, EventSubscription } from '../platform/events/types.ts';
import { startOutboxRelay, type OutboxRelay } from '../platform/events/outbox-relay.ts';
import type { SqlDatabase } from '../platform/sql.ts';

export interface ServiceEvents {
  relay: OutboxRelay | null;
  stop(): Promise<void>;
}

export async function startServiceEvents(service: ServiceDefinition, db: SqlDatabase, bus: EventBus): Promise<ServiceEvents> {
  const relay = service.outbox ? startOutboxRelay({ db, bus, name: service.name }) : null;
  const subscriptions: EventSubscription[] = [];
  for (const consumer of service.consumers?.(db) ?? []) subscriptions.push(await bus.subscribe(consumer));
  return {
    relay,
    async stop() {
      await relay?.stop();
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    },
  };
}
