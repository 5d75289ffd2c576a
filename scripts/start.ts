/**
 * `npm start`: the whole hub on the embedded default. Seeds demo data on first start (stores under
 * OPSGRAPH_DATA_DIR, default .data/), then serves every subgraph and the gateway on PORT (4000).
 * `--simulate` also drives live activity through the governed mutations (scripts/simulate.ts).
 * The operations console (console/dist, served at /) is built first when it is missing or older than its sources.
 */
import { parseArgs } from 'node:util';
import { env, refuseInvalidConfig } from '../platform/env.ts';
import { DOMAINS } from '../subgraphs/registry.ts';

// Nothing loads or opens before the whole configuration is known to be sound (some modules read it
// as they load): one line per problem and exit code 1, never a stack trace.
refuseInvalidConfig('hub', DOMAINS);
const development = env.nodeEnv() === 'development';

const { signToken } = await import('../platform/auth.ts');
const { businessDate } = await import('../subgraphs/shared/dates.ts');
const { stopOnSignals } = await import('../platform/shutdown.ts');
const { isSeeded, seedDemoData } = await import('./demo-data/load.ts');
const { startHub } = await import('./hub.ts');
const { startSimulation } = await import('./simulate.ts');
const { buildConsoleIfStale } = await import('./build-console.ts');
// OpenTelemetry traces when OTEL_TRACES_EXPORTER says so (docs/observability.md, Traces); off by default.
// Each subgraph thread starts its own (scripts/subgraph-thread.ts).
const tracing = (await import('../platform/tracing.ts')).startTracing();

/** The first customer of the CRM, for the sample portal token. */
async function firstCustomerId(url: string): Promise<string | null> {
  const token = await signToken({ sub: 'npm-start', roles: ['analyst'], customerId: null }, 60);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ customers(first: 1) { edges { node { id } } } }' }),
  });
  const body = (await response.json()) as { data?: { customers: { edges: { node: { id: string } }[] } } };
  return body.data?.customers.edges[0]?.node.id ?? null;
}

await buildConsoleIfStale();
const started = performance.now();
const hub = await startHub({
  prepare: async (stores) => {
    if (await isSeeded(stores)) return;
    const options = { seed: env.demoSeed(), scale: env.demoScale(), asOf: businessDate() };
    console.log(`First start: seeding demo data (scale ${options.scale}, seed ${options.seed}, as of ${options.asOf})…`);
    await seedDemoData(stores, options);
  },
});

// Registered before anything else can await: a signal from now on stops the hub cleanly.
let simulation: Awaited<ReturnType<typeof startSimulation>> | null = null;
stopOnSignals('OpsGraph', async () => {
  await simulation?.stop();
  await hub.stop();
  await tracing.stop();
});

const origin = new URL(hub.url).origin.replace('127.0.0.1', 'localhost');
console.log(`OpsGraph is ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`  Console:   ${origin}/   GraphiQL: ${origin}/graphiql`);
console.log(`  GraphQL:   ${origin}/graphql`);
console.log(`  Health:    ${origin}/health   Ready: ${origin}/ready`);
for (const subgraph of hub.subgraphs) console.log(`  subgraph ${subgraph.name.padEnd(10)} ${subgraph.url}`);

// Sample tokens (12 h) for trying governed mutations, in development only; `npm run token` prints more.
if (development) {
  const portalCustomer = await firstCustomerId(hub.url);
  console.log('Sample tokens (send as Authorization: Bearer <token>):');
  for (const role of ['admin', 'analyst', 'delivery', 'finance', 'portal'] as const) {
    const customerId = role === 'portal' ? portalCustomer : null;
    if (role === 'portal' && !customerId) continue;
    const token = await signToken({ sub: `dev-${role}`, roles: [role], customerId }, 12 * 3600);
    console.log(`  ${role.padEnd(9)}${customerId ? ` (customer ${customerId})` : ''} ${token}`);
  }
} else {
  console.log('Bearer tokens come from your identity provider (JWT_SECRET or JWKS_URL): no sample tokens outside development.');
}

// `npm start -- --simulate`: activity through the governed mutations, for live dashboards.
if (parseArgs({ options: { simulate: { type: 'boolean', default: false } } }).values.simulate) {
  simulation = await startSimulation({ url: hub.url, crmUrl: hub.subgraphs.find((subgraph) => subgraph.name === 'customers')?.url });
  console.log('Simulating activity: deals, time, milestones, billing, invoices and payments move every few seconds.');
}
