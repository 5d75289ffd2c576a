/**
 * Schema guards: each subgraph's SDL (the shared fragments it uses, then its own file) composes into
 * exactly the committed supergraph, each subgraph's printed schema is snapshotted so a schema change
 * is a visible diff, and the common types stay declared once, in the shared fragments.
 */
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { openDomainStores, closeDomainStores } from '../scripts/domain-stores.ts';
import { SOURCE_SYSTEM_SDL, sourceSystemSdl } from '../scripts/shared-sdl.ts';
import { DOMAINS } from '../subgraphs/registry.ts';
import { SERVICES } from '../subgraphs/services.ts';
import { domainSdlFiles, readDomainSdl, SHARED_SDL_FILES } from '../subgraphs/shared/subgraph.ts';

const schemaFile = (file: string) => readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8');

/** The names a schema file declares (types, scalars, enums, directives…). */
const declaredIn = (file: string) =>
  parse(schemaFile(file)).definitions.flatMap((definition) => ('name' in definition && definition.name ? [definition.name.value] : []));

describe('schema', () => {
  it('composes into the committed supergraph', () => {
    const result = composeServices(
      SERVICES.map((service) => ({ name: service.name, url: `http://${service.name}.subgraph.invalid/graphql`, typeDefs: parse(readDomainSdl(service.name)) })),
    );
    expect(result.errors).toBeUndefined();
    expect(result.supergraphSdl).toBe(schemaFile('supergraph.graphql'));
  });

  it('declares each common type once, in a shared fragment, and no domain file copies one', () => {
    const shared = SHARED_SDL_FILES.flatMap(declaredIn);
    expect(shared).toEqual(expect.arrayContaining(['Decimal', 'Date', 'DateTime', 'Money', 'SourceSystem', 'ExternalRef', 'PageInfo', 'BillingModel']));
    expect(new Set(shared).size).toBe(shared.length);
    for (const domain of DOMAINS) {
      expect(
        declaredIn(`${domain}.graphql`).filter((name) => shared.includes(name)),
        `schema/${domain}.graphql redeclares a type of the shared fragments`,
      ).toEqual([]);
    }
  });

  it('generates SourceSystem from the registry of domains (npm run compose writes it)', () => {
    expect(readFileSync(SOURCE_SYSTEM_SDL, 'utf8')).toBe(sourceSystemSdl());
  });

  it("gives codegen each domain's SDL as readDomainSdl joins it", () => {
    const codegen = readFileSync(new URL('../codegen.yml', import.meta.url), 'utf8');
    for (const domain of DOMAINS) {
      const files = domainSdlFiles(domain).map((file) => `schema/${file}`);
      expect(codegen, domain).toContain(`  subgraphs/${domain}/__generated__/resolvers-types.ts:\n    schema: [${files.join(', ')}]\n`);
    }
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
