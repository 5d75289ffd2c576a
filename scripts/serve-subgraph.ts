/**
 * Entry point: one subgraph in its own process (scale-out). `npm run subgraph -- <name>` serves the
 * named service from the registry over its store (DATABASE_URL or `<DOMAIN>_DATABASE_URL` for
 * PostgreSQL, else node:sqlite) on `<DOMAIN>_PORT`. A service that calls the others (workflows)
 * finds them at `<DOMAIN>_URL`.
 */
import { SERVICES } from '../subgraphs/registry.ts';
import { DOMAINS, env } from '../subgraphs/shared/env.ts';
import { stopOnSignals } from '../subgraphs/shared/lifecycle.ts';
import { createEventBus } from '../subgraphs/shared/events/index.ts';
import { openDomainStore } from '../subgraphs/shared/store.ts';
import { serveSubgraph } from '../subgraphs/shared/subgraph.ts';
import { startServiceEvents } from './service-events.ts';

const name = process.argv[2];
const service = SERVICES.find((candidate) => candidate.name === name);
if (!service) {
  console.error(`usage: npm run subgraph -- <${SERVICES.map((candidate) => candidate.name).join('|')}>`);
  process.exit(2);
}

const db = await openDomainStore(service.name, service.migrations);
const peerUrls = Object.fromEntries(DOMAINS.flatMap((domain) => (env.subgraphUrl(domain) ? [[domain, env.subgraphUrl(domain)]] : [])));
const served = await serveSubgraph(service.build(db, { peerUrls }), env.subgraphPort(service.name));
// Its outbox relay and consumers, on the bus the environment names (NATS_URL when scaled out).
const bus = await createEventBus();
const events = await startServiceEvents(service, db, bus);
console.log(`OpsGraph ${service.name} subgraph listening at ${served.url}`);

stopOnSignals(`the ${service.name} subgraph`, async () => {
  await served.stop();
  await events.stop();
  await bus.stop();
  await db.close();
});
