/**
 * Entry point: the gateway alone, in front of subgraphs running elsewhere (`<DOMAIN>_URL` for each
 * service in the supergraph). Listens on PORT.
 */
import { DOMAINS, env } from '../subgraphs/shared/env.ts';
import { logger } from '../subgraphs/shared/logger.ts';
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

const served = await serveGateway(createGateway({ subgraphUrls }), env.port());
console.log(`OpsGraph gateway listening at ${served.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'stopping gateway');
    void served.stop().then(() => process.exit(0));
  });
}
