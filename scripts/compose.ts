/**
 * Composes each domain's SDL (readDomainSdl: the shared fragments it uses, then schema/<domain>.graphql)
 * into schema/supergraph.graphql with @apollo/composition, after regenerating the shared SDL that
 * derives from the registry (scripts/shared-sdl.ts). Exits non-zero, printing every composition
 * error, when the subgraphs do not compose.
 * Subgraph URLs in the output are placeholders: the gateway maps each subgraph name to its
 * real address at run time.
 */
import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DOMAINS } from '../subgraphs/registry.ts';
import { readDomainSdl } from '../subgraphs/shared/subgraph.ts';
import { writeSharedSdl } from './shared-sdl.ts';

const schemaDir = new URL('../schema/', import.meta.url);

if (writeSharedSdl()) console.log('regenerated schema/__generated__/source-system.graphql from subgraphs/registry.ts');

const result = composeServices(
  DOMAINS.map((name) => ({
    name,
    url: `http://${name}.subgraph.invalid/graphql`,
    typeDefs: parse(readDomainSdl(name)),
  })),
);

if (result.errors) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.definition.code}: ${hint.message}`);
writeFileSync(new URL('supergraph.graphql', schemaDir), result.supergraphSdl);
console.log(`composed ${DOMAINS.length} subgraphs into schema/supergraph.graphql`);
