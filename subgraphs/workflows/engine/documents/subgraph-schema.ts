/**
 * Codegen's schema loader for the workflows' documents (codegen.yml): the schema a document is sent
 * to, as the service serves it, i.e. its SDL built by @apollo/subgraph, so the federation fields a
 * read may use (`_entities`, `_Any`) exist and `_Entity` lists exactly the types the SDL gives a key.
 * - `schema/<domain>.graphql`: a domain subgraph's public schema, with the shared fragments it uses
 *   (readDomainSdl in subgraphs/shared/subgraph.ts);
 * - `schema/system/<domain>.graphql`: a domain's system API, served with `common.graphql` before it
 *   (readSystemSdl in subgraphs/shared/system-api.ts).
 * Never imported at run time.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { readDomainSdl } from '../../../shared/subgraph.ts';

export default function loadServedSchema(pointer: string, options: { cwd?: string }): GraphQLSchema {
  const path = resolve(options.cwd ?? process.cwd(), pointer);
  const sdl =
    basename(dirname(path)) === 'system'
      ? [join(dirname(path), 'common.graphql'), path].map((file) => readFileSync(file, 'utf8')).join('\n')
      : readDomainSdl(basename(path, '.graphql'));
  return buildSubgraphSchema([{ typeDefs: parse(sdl) }]);
}
