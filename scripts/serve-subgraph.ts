/**
 * Entry point: one subgraph in its own process (scale-out). `npm run subgraph -- <name>` serves the
 * named service from the registry over its store (DATABASE_URL or `<DOMAIN>_DATABASE_URL` for
 * PostgreSQL, else node:sqlite) on `<DOMAIN>_PORT`. A service that calls others (its `peers` in the
 * registry: resources calls projects, workflows the four systems) finds them at `<DOMAIN>_URL` and
 * refuses to start without them. Refuses to start without NATS_URL (its events would reach no other
 * process, and be marked published all the same) unless OPSGRAPH_ALONE=true.
 */
import { env, refuseInvalidConfig } from '../platform/env.ts';
import { DOMAINS } from '../subgraphs/registry.ts';

// The whole configuration, a shared event bus (or OPSGRAPH_ALONE) included, before anything loads
// or opens (some modules read the configuration as they load).
refuseInvalidConfig('subgraph', DOMAINS);
const { SERVICES } = await import('../subgraphs/services.ts');
const { stopOnSignals } = await import('../platform/shutdown.ts');
const { createEventBus } = await import('../platform/events/index.ts');
const { domainStoreLocation, openDomainStore } = await import('../platform/store.ts');
const { subscribeEntityCaches } = await import('../subgraphs/shared/entity-cache.ts');
const { serveSubgraph } = await import('../subgraphs/shared/subgraph.ts');
const { startServiceEvents } = await import('./service-events.ts');
// OpenTelemetry traces when OTEL_TRACES_EXPORTER says so (docs/observability.md, Traces); off by default.
const tracing = (await import('../platform/tracing.ts')).startTracing();

const name = process.argv[2];
const service = SERVICES.find((candidate) => candidate.name === name);
if (!service) {
  console.error(`usage: npm run subgraph -- <${SERVICES.map((candidate) => candidate.name).join('|')}>`);
  process.exit(2);
}

// A service that calls others needs each one's URL before it opens anything.
const missingPeers = (service.peers ?? []).filter((peer) => !env.subgraphUrl(peer));
if (missingPeers.length > 0) {
  for (const peer of missingPeers)
    console.error(`Invalid configuration: ${peer.toUpperCase()}_URL is not set: the ${service.name} subgraph calls the ${peer} subgraph`);
  process.exit(1);
}
const db = await openDomainStore(service.name, service.migrations);
const peerUrls = Object.fromEntries(DOMAINS.flatMap((domain) => (env.subgraphUrl(domain) ? [[domain, env.subgraphUrl(domain)]] : [])));
// Its outbox relay and consumers, on the bus the environment names (NATS_URL when scaled out), and
// every event to its entity cache (its own transient group: each process applies every event).
const bus = await createEventBus();
const entityCacheEvents = await subscribeEntityCaches(bus);
const served = await serveSubgraph(service.build(db, { peerUrls, storeLocation: domainStoreLocation(service.name) }), env.subgraphPort(service.name));
const events = await startServiceEvents(service, db, bus);
console.log(`OpsGraph ${service.name} subgraph listening at ${served.url}`);

stopOnSignals(`the ${service.name} subgraph`, async () => {
  await served.stop();
  // Nothing writes any more: what is committed is published before the relay stops (docs/observability.md, Shutdown).
  await events.relay?.flush();
  await events.stop();
  await entityCacheEvents.stop();
  await bus.stop();
  await db.close();
  await tracing.stop();
});
