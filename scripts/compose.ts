/**
 * Composes schema/<domain>.graphql into schema/supergraph.graphql with @apollo/composition.
 * Exits non-zero, printing every composition error, when the subgraphs do not compose.
 * Subgraph URLs in the output are placeholders: the gateway maps each subgraph name to its
 * real address at run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DOMAINS } from '../subgraphs/registry.ts';

const schemaDir = new URL('../schema/', import.meta.url);

const result = composeServices(
  DOMAINS.map((name) => ({
    name,
    url: `http://${name}.subgraph.invalid/graphql`,
    typeDefs: parse(readFileSync(new URL(`${name}.graphql`, schemaDir), 'utf8')),
  })),
);

if (result.errors) {
  for (const error of result.errors) console.error(`composition error: ${error.message}`);
  process.exit(1);
}
for (const hint of result.hints ?? []) console.warn(`composition hint: ${hint.definition.code}: ${hint.message}`);
writeFileSync(new URL('supergraph.graphql', schemaDir), result.supergraphSdl);
console.log(`composed ${DOMAINS.length} subgraphs into schema/supergraph.graphql`);
