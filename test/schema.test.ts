/**
 * Schema guards: each subgraph's SDL composes into exactly the committed supergraph, and each
 * subgraph's printed schema is snapshotted so a schema change is a visible diff.
 */
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { openDomainStores, closeDomainStores } from '../scripts/domain-stores.ts';
import { SERVICES } from '../subgraphs/services.ts';

const sdl = (name: string) => readFileSync(new URL(`../schema/${name}.graphql`, import.meta.url), 'utf8');

describe('schema', () => {
  it('composes into the committed supergraph', () => {
    const result = composeServices(
      SERVICES.map((service) => ({ name: service.name, url: `http://${service.name}.subgraph.invalid/graphql`, typeDefs: parse(sdl(service.name)) })),
    );
    expect(result.errors).toBeUndefined();
    expect(result.supergraphSdl).toBe(sdl('supergraph'));
  });

  it('matches each subgraph schema snapshot', async () => {
    const stores = await openDomainStores({ dataDir: ':memory:', postgresUrl: null });
    try {
      for (const service of SERVICES) {
        const subgraph = service.build(stores[service.name]);
        await expect(printSubgraphSchema(subgraph.schema)).toMatchFileSnapshot(`./__snapshots__/${service.name}.graphql`);
      }
    } finally {
      await closeDomainStores(stores);
    }
  });
});
