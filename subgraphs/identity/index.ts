/** The identity subgraph (the cross-reference registry). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { createIdentityContextFactory, type IdentityContext } from './context.ts';
import type { IdentityConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';

export interface IdentitySubgraphDeps {
  connector: IdentityConnector;
}

export function createIdentitySubgraph({ connector }: IdentitySubgraphDeps) {
  return createSubgraph<IdentityContext>({
    name: 'identity',
    typeDefs: readDomainSdl('identity'),
    resolvers,
    createContext: createIdentityContextFactory(connector),
  });
}

export { identityMigrations } from './connector/migrations.ts';
export { createSqlIdentityConnector, identityRegistryRecorder } from './connector/sql.ts';
