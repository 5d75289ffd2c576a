/**
 * `npm start`: the whole hub on the embedded default. Seeds demo data on first start (stores under
 * OPSGRAPH_DATA_DIR, default .data/), then serves every subgraph and the gateway on PORT (4000).
 */
import { businessDate } from '../subgraphs/shared/dates.ts';
import { env } from '../subgraphs/shared/env.ts';
import { stopOnSignals } from '../subgraphs/shared/lifecycle.ts';
import { isSeeded, seedDemoData } from './demo-data/load.ts';
import { startHub } from './hub.ts';

const started = performance.now();
const hub = await startHub({
  prepare: async (stores) => {
    if (await isSeeded(stores)) return;
    const options = { seed: env.demoSeed(), scale: env.demoScale(), asOf: businessDate() };
    console.log(`First start: seeding demo data (scale ${options.scale}, seed ${options.seed}, as of ${options.asOf})…`);
    await seedDemoData(stores, options);
  },
});

const origin = new URL(hub.url).origin.replace('127.0.0.1', 'localhost');
console.log(`OpsGraph is ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`  GraphQL:   ${origin}/graphql`);
console.log(`  Health:    ${origin}/health   Ready: ${origin}/ready`);
for (const subgraph of hub.subgraphs) console.log(`  subgraph ${subgraph.name.padEnd(10)} ${subgraph.url}`);

stopOnSignals('OpsGraph', () => hub.stop());
