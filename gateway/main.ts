/**
 * Entry point: the gateway alone, in front of subgraphs running elsewhere (`<DOMAIN>_URL` for each
 * service in the supergraph). Listens on PORT. Refuses to start without NATS_URL (its subscriptions
 * would hear nothing from the subgraph processes) unless OPSGRAPH_ALONE=true.
 */
import { env, refuseInvalidConfig } from '../platform/env.ts';
import { DOMAINS } from '../subgraphs/registry.ts';

// Every subgraph's URL, a shared event bus (or OPSGRAPH_ALONE) and the rest, before anything loads
// or opens (some modules read the configuration as they load).
refuseInvalidConfig('gateway', DOMAINS);
const { stopOnSignals } = await import('../platform/shutdown.ts');
const { createEventBus } = await import('../platform/events/index.ts');
const { createGateway, serveGateway } = await import('./index.ts');
// OpenTelemetry traces when OTEL_TRACES_EXPORTER says so (docs/observability.md, Traces); off by default.
const tracing = (await import('../platform/tracing.ts')).startTracing();
const subgraphUrls: Record<string, string> = Object.fromEntries(DOMAINS.map((domain) => [domain, env.subgraphUrl(domain)!]));

// Subscriptions are fed from the event bus the environment names (NATS_URL when scaled out).
const eventBus = await createEventBus();
const served = await serveGateway(createGateway({ subgraphUrls, eventBus }), env.port());
console.log(`OpsGraph gateway listening at ${served.url}`);

stopOnSignals('the gateway', async () => {
  await served.stop();
  await eventBus.stop();
  await tracing.stop();
});
