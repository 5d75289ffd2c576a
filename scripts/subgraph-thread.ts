/**
 * Worker-thread entry: serves one subgraph from the registry over its own store connection, so the
 * subgraphs of an all-in-one hub run on their own threads (and cores) while staying in one process.
 * Protocol: workerData = SubgraphThreadData; posts { url } once listening (or { error }); on the
 * message SubgraphThreadStop it drains and stops the server (within its timeoutMs), closes the store and exits.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SERVICES } from '../subgraphs/services.ts';
import type { Domain } from '../subgraphs/registry.ts';
import { domainStoreLocation, openDomainStore, type DomainStoreOptions } from '../platform/store.ts';
import type { DomainEvent } from '../platform/events/types.ts';
import { applyToEntityCaches, useEntityCacheCounters } from '../subgraphs/shared/entity-cache.ts';
import { serveSubgraph } from '../subgraphs/shared/subgraph.ts';
import { startTracing } from '../platform/tracing.ts';

export interface SubgraphThreadData {
  service: Domain;
  storeOptions: DomainStoreOptions;
  port: number;
  host?: string;
  /** URLs of the subgraphs already listening, for a service that calls them. */
  peerUrls: Partial<Record<Domain, string>>;
  /** Where the thread counts its entity cache's hits and misses (the hub's /metrics reads them). */
  entityCacheCounters?: SharedArrayBuffer;
}

/** A domain event for the thread's entity cache; the thread answers { type: 'entity-cache-applied', id } once applied. */
export interface SubgraphThreadEvent {
  type: 'entity-cache-event';
  id: number;
  event: DomainEvent;
}

/** Drain within `timeoutMs` (default OPSGRAPH_SHUTDOWN_TIMEOUT_MS), then stop. */
export interface SubgraphThreadStop {
  type: 'stop';
  timeoutMs?: number;
}

if (!parentPort) throw new Error('subgraph-thread.ts runs as a worker thread');
const port = parentPort;
const data = workerData as SubgraphThreadData;

// Spans are made (and exported) per thread: this one's own SDK, when OTEL_TRACES_EXPORTER says so.
const tracing = startTracing();

try {
  const service = SERVICES.find((candidate) => candidate.name === data.service);
  if (!service) throw new Error(`unknown service ${data.service}`);
  if (data.entityCacheCounters) useEntityCacheCounters(data.entityCacheCounters);
  const db = await openDomainStore(service.name, service.migrations, data.storeOptions);
  const storeLocation = domainStoreLocation(service.name, data.storeOptions);
  const served = await serveSubgraph(service.build(db, { peerUrls: data.peerUrls, storeLocation }), data.port, data.host);
  port.on('message', (message: SubgraphThreadStop | SubgraphThreadEvent) => {
    if (message?.type === 'entity-cache-event') {
      const { id } = message;
      void applyToEntityCaches(message.event).finally(() => port.postMessage({ type: 'entity-cache-applied', id }));
      return;
    }
    if (message?.type !== 'stop') return;
    void served
      .stop(message.timeoutMs)
      .then(() => db.close())
      .then(() => tracing.stop())
      .finally(() => port.close());
  });
  port.postMessage({ url: served.url });
} catch (error) {
  port.postMessage({ error: String((error as Error)?.message ?? error) });
  port.close();
}
