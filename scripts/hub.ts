/**
 * The whole hub in one process: every subgraph in the registry on its own port (real HTTP between
 * gateway and subgraphs) and the gateway in front. `npm start` and the tests build it from here.
 */
import { Worker } from 'node:worker_threads';
import type { SubgraphThreadEvent, SubgraphThreadStop } from './subgraph-thread.ts';
import { createGateway, serveGateway, type GatewayOptions } from '../gateway/index.ts';
import { SERVICES, startWaves, type ConnectorWrapper } from '../subgraphs/services.ts';
import { env } from '../platform/env.ts';
import { domainStoreLocation, type DomainStoreOptions } from '../platform/store.ts';
import type { DomainEvent, EventSubscription } from '../platform/events/types.ts';
import { subscribeEntityCaches, watchEntityCacheCounters } from '../subgraphs/shared/entity-cache.ts';
import { serveSubgraph, type ServedSubgraph } from '../subgraphs/shared/subgraph.ts';
import { createEventBus, type EventBus } from '../platform/events/index.ts';
import { closeDomainStores, openDomainStores, type DomainStores } from './domain-stores.ts';
import { startServiceEvents, type ServiceEvents } from './service-events.ts';
import { metricSourcesOf } from './metric-sources.ts';

export interface HubOptions {
  /** Gateway port; 0 picks a free one. @default env PORT or 4000 */
  port?: number;
  host?: string;
  /** Stores to serve; when absent they are opened with `storeOptions` and closed by `stop()`. */
  stores?: DomainStores;
  storeOptions?: DomainStoreOptions;
  /** Runs before the servers start, with the open stores (e.g. seeding demo data). */
  prepare?: (stores: DomainStores) => Promise<void>;
  /** Subgraph ports by service name. @default env `<DOMAIN>_PORT`, else a free port */
  subgraphPorts?: Partial<Record<string, number>>;
  wrapConnector?: ConnectorWrapper;
  subgraphTimeoutMs?: number;
  /** The event bus; when absent one is created from the environment (NATS_URL) and stopped by `stop()`. */
  eventBus?: EventBus;
  /** Limits of the gateway's subscription server. */
  live?: GatewayOptions['live'];
  /** The bound of a graceful stop (see Hub.stop). @default env OPSGRAPH_SHUTDOWN_TIMEOUT_MS (10 s) */
  shutdownTimeoutMs?: number;
  /** The gateway's per-principal rate limit. @default from the environment */
  rateLimit?: GatewayOptions['rateLimit'];
  /** The gateway's trusted documents. @default from the environment */
  trustedDocuments?: GatewayOptions['trustedDocuments'];
  /**
   * Serve each subgraph from its own worker thread (its own store connection, its own core when one
   * is free). Needs stores that several connections can open (files or PostgreSQL, not `:memory:`),
   * so it is off when `stores` or `wrapConnector` is given. @default true otherwise
   */
  threads?: boolean;
}

export interface Hub {
  /** Gateway GraphQL endpoint. */
  url: string;
  port: number;
  subgraphs: readonly ServedSubgraph[];
  /** The event bus the services' outbox relays publish to. */
  bus: EventBus;
  /** Publishes every pending outbox event now (tests; commits also wake the relays, which poll as a backstop). Resolves to how many. */
  flushEvents(): Promise<number>;
  /** Publishes pending events, then applies every change the read models have marked (tests). */
  settleReadModels(): Promise<void>;
  /** Subscriptions the gateway has in place, listening for events (tests wait on it; see LiveServer). */
  activeSubscriptions(): number;
  /**
   * Stops gracefully (docs/observability.md, Shutdown), within the shutdown bound: the gateway drains
   * (no new request, WebSocket clients closed with 1001, requests in flight finish), then the
   * subgraphs (the workflow steps in flight finish), then the outbox relays publish what is
   * committed, then the stores it opened close. Idempotent: a second call waits for the first.
   */
  stop: () => Promise<void>;
}

/** A subgraph served from a worker thread, and how to hand it a domain event for its entity cache. */
interface SubgraphThread extends ServedSubgraph {
  /** Resolves once the thread applied `event` to its entity cache (or a second passed, or it stopped). */
  deliver(event: DomainEvent): Promise<void>;
}

/** Longest wait for a subgraph thread to apply an event to its entity cache. */
const THREAD_DELIVERY_TIMEOUT_MS = 1_000;

/** Serves one subgraph from a worker thread; resolves once it listens. */
async function serveSubgraphThread(
  service: string,
  storeOptions: DomainStoreOptions,
  port: number,
  host: string | undefined,
  peerUrls: Record<string, string>,
): Promise<SubgraphThread> {
  // The thread counts its entity cache's hits and misses where /metrics (this thread) reads them.
  const counters = watchEntityCacheCounters();
  const worker = new Worker(new URL('./subgraph-thread.ts', import.meta.url), {
    workerData: { service, storeOptions, port, host, peerUrls, entityCacheCounters: counters.buffer },
  });
  const url = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { url?: string; error?: string }) =>
      message.url ? resolve(message.url) : reject(new Error(`${service} subgraph thread: ${message.error}`)),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${service} subgraph thread exited with ${code}`)));
  });
  let stopping: Promise<void> | null = null;
  let exited = false;
  let delivered = 0;
  const deliveries = new Map<number, () => void>();
  worker.on('message', (message: { type?: string; id?: number }) => {
    if (message?.type === 'entity-cache-applied' && typeof message.id === 'number') deliveries.get(message.id)?.();
  });
  worker.once('exit', () => {
    exited = true;
    counters.unwatch();
    for (const done of deliveries.values()) done();
  });
  return {
    name: service,
    url,
    deliver: (event) =>
      exited
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const id = ++delivered;
            const timer = setTimeout(() => done(), THREAD_DELIVERY_TIMEOUT_MS);
            const done = () => {
              clearTimeout(timer);
              deliveries.delete(id);
              resolve();
            };
            deliveries.set(id, done);
            worker.postMessage({ type: 'entity-cache-event', id, event } satisfies SubgraphThreadEvent);
          }),
    // A thread that has not exited a second past its bound (work it could not cut) is terminated.
    stop: (timeoutMs = env.shutdownTimeoutMs()) =>
      (stopping ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => void worker.terminate(), timeoutMs + 1_000);
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage({ type: 'stop', timeoutMs } satisfies SubgraphThreadStop);
      })),
  };
}

export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const threads = options.threads ?? (!options.stores && !options.wrapConnector);
  if (threads && (options.storeOptions?.dataDir ?? env.dataDir()) === ':memory:') {
    throw new Error('subgraph threads cannot share :memory: stores; use a data folder or PostgreSQL');
  }
  let ownedStores = options.stores ? null : await openDomainStores(options.storeOptions);
  const stores = (options.stores ?? ownedStores) as DomainStores;
  const closeOwnedStores = async () => {
    if (ownedStores) await closeDomainStores(ownedStores);
    ownedStores = null;
  };
  const subgraphs: ServedSubgraph[] = [];
  const threadsServed: SubgraphThread[] = [];
  const serviceEvents: ServiceEvents[] = [];
  let entityCacheEvents: EventSubscription | null = null;
  let ownedBus: EventBus | null = null;
  let bus: EventBus | null = null;
  const stopEvents = async () => {
    await entityCacheEvents?.stop();
    entityCacheEvents = null;
    await Promise.all(serviceEvents.map((events) => events.stop()));
    await ownedBus?.stop();
    ownedBus = null;
  };
  try {
    await options.prepare?.(stores);
    // Subgraph threads open connections of their own; the hub keeps these for `prepare` and for the
    // services' event side (outbox relays and consumers), which runs here, where the bus is.
    const eventBus = options.eventBus ?? (await createEventBus());
    ownedBus = options.eventBus ? null : eventBus;
    bus = eventBus;
    for (const service of SERVICES) serviceEvents.push(await startServiceEvents(service, stores[service.name], eventBus));
    // Every event reaches the subgraphs' entity caches: those built here, and each thread's (docs/caching.md).
    entityCacheEvents = await subscribeEntityCaches(eventBus, async (event) => {
      await Promise.all(threadsServed.map((thread) => thread.deliver(event)));
    });
    // Subgraphs start in waves, side by side within one, each wave once the subgraphs its services
    // call listen; every one that started is stopped again if another fails.
    for (const wave of startWaves(SERVICES)) {
      const peerUrls = Object.fromEntries(subgraphs.map((served) => [served.name, served.url]));
      const starting = wave.map((service) => {
        const port = options.subgraphPorts?.[service.name] ?? env.subgraphPort(service.name);
        if (threads) {
          return serveSubgraphThread(service.name, options.storeOptions ?? {}, port, options.host, peerUrls).then((thread) => {
            threadsServed.push(thread);
            return thread;
          });
        }
        // Stores handed in are this process's own: their entity caches share with no other process.
        const storeLocation = options.stores ? null : domainStoreLocation(service.name, options.storeOptions);
        return serveSubgraph(service.build(stores[service.name], { wrapConnector: options.wrapConnector, peerUrls, storeLocation }), port, options.host);
      });
      const outcomes = await Promise.allSettled(starting);
      for (const outcome of outcomes) if (outcome.status === 'fulfilled') subgraphs.push(outcome.value);
      const failure = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failure) throw failure.reason;
    }
    const gateway = createGateway({
      subgraphUrls: Object.fromEntries(subgraphs.map((served) => [served.name, served.url])),
      subgraphTimeoutMs: options.subgraphTimeoutMs,
      eventBus,
      live: options.live,
      rateLimit: options.rateLimit,
      trustedDocuments: options.trustedDocuments,
      metrics: { sources: metricSourcesOf(stores) },
    });
    const served = await serveGateway(gateway, options.port ?? env.port(), options.host);
    let stopping: Promise<void> | null = null;
    /** Every relay flushed, for `timeoutMs` at most (a bus that does not answer leaves the rest in the outbox, published on the next start). */
    const flushWithin = async (timeoutMs: number) => {
      let timer: NodeJS.Timeout | undefined;
      const bound = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.all(serviceEvents.map((events) => events.relay?.flush())), bound]);
      clearTimeout(timer);
    };
    return {
      url: served.url,
      port: served.port,
      subgraphs,
      bus: bus as EventBus,
      async flushEvents() {
        let published = 0;
        for (const events of serviceEvents) published += (await events.relay?.flush()) ?? 0;
        return published;
      },
      async settleReadModels() {
        for (const events of serviceEvents) await events.relay?.flush();
        for (const events of serviceEvents) for (const model of events.readModels) await model.settle();
      },
      activeSubscriptions: () => served.live?.activeSubscriptions() ?? 0,
      stop: () =>
        (stopping ??= (async () => {
          const timeoutMs = options.shutdownTimeoutMs ?? env.shutdownTimeoutMs();
          const deadline = Date.now() + timeoutMs;
          const remaining = () => Math.max(0, deadline - Date.now());
          await served.stop(timeoutMs);
          // The services that call the others stop first (a workflow step in flight still reaches its system).
          const callers = subgraphs.filter((subgraph) => SERVICES.find((service) => service.name === subgraph.name)?.peers);
          await Promise.all(callers.map((subgraph) => subgraph.stop(remaining())));
          await Promise.all(subgraphs.filter((subgraph) => !callers.includes(subgraph)).map((subgraph) => subgraph.stop(remaining())));
          // Nothing writes any more: what is committed is published before the relays stop (a second at least, for a bus that answers).
          await flushWithin(Math.max(1_000, remaining()));
          await stopEvents();
          await closeOwnedStores();
        })()),
    };
  } catch (error) {
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    await stopEvents();
    await closeOwnedStores();
    throw error;
  }
}
