/**
 * Entry point: the gateway alone, in front of subgraphs running elsewhere (`<DOMAIN>_URL` for each
 * service in the supergraph). Listens on PORT.
 */
import { DOMAINS, env } from '../subgraphs/shared/env.ts';
import { stopOnSignals } from '../subgraphs/shared/lifecycle.ts';
import { createEventBus } from '../subgraphs/shared/events/index.ts';
import { createGateway, serveGateway } from './index.ts';

const subgraphUrls: Record<string, string> = {};
for (const domain of DOMAINS) {
  const url = env.subgraphUrl(domain);
  if (!url) {
    console.error(`${domain.toUpperCase()}_URL is not set: the gateway needs every subgraph's GraphQL URL`);
    process.exit(1);
  }
  subgraphUrls[domain] = url;
}

// Subscriptions are fed from the event bus the environment names (NATS_URL when scaled out).
const eventBus = await createEventBus();
const served = await serveGateway(createGateway({ subgraphUrls, eventBus }), env.port());
console.log(`OpsGraph gateway listening at ${served.url}`);

stopOnSignals('the gateway', async () => {
  await served.stop();
  await eventBus.stop();
});
