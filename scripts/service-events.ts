/**
 * The event side of a service: its outbox relay (when its store has an outbox) and its event
 * consumers, on the given bus over the given store connection. The hub runs these on its main thread
 * for every service (where the in-process bus lives); a service running alone runs its own.
 */
import type { ServiceDefinition } from '../subgraphs/services.ts';
import type { EventBus, EventSubscription } from '../platform/events/types.ts';
import { startOutboxRelay, type OutboxRelay } from '../platform/events/outbox-relay.ts';
import type { SqlDatabase } from '../platform/sql.ts';
import { startReadModel, type ReadModelMaintainer } from '../subgraphs/shared/read-model.ts';
import { tracedConsumer } from '../platform/tracing.ts';

export interface ServiceEvents {
  relay: OutboxRelay | null;
  /** Its read models' maintainers (started caught up: rebuilt, or with what was marked applied). */
  readModels: ReadModelMaintainer[];
  stop(): Promise<void>;
}

export async function startServiceEvents(service: ServiceDefinition, db: SqlDatabase, bus: EventBus): Promise<ServiceEvents> {
  const relay = service.outbox ? startOutboxRelay({ db, bus, name: service.name }) : null;
  const subscriptions: EventSubscription[] = [];
  // Each delivery in a span when tracing is on, child of the span that wrote the event (platform/tracing.ts).
  for (const consumer of service.consumers?.(db) ?? []) subscriptions.push(await bus.subscribe(tracedConsumer(consumer)));
  const readModels: ReadModelMaintainer[] = [];
  for (const store of service.readModels?.(db) ?? []) readModels.push(await startReadModel(db, store, bus));
  return {
    relay,
    readModels,
    async stop() {
      await relay?.stop();
      await Promise.all([...subscriptions, ...readModels].map((running) => running.stop()));
    },
  };
}
