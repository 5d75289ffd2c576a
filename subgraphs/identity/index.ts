/** The identity subgraph (the cross-reference registry, and its system API for reconciliation). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { identityMigrations } from './connector/migrations.ts';
import { createSqlIdentityConnector, identityRegistryRecorder } from './connector/sql.ts';
import { connectorService } from '../shared/service.ts';
import { createIdentityContextFactory, type IdentityContext } from './context.ts';
import type { IdentityConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';
import { createIdentitySystemEndpoint } from './system.ts';

export interface IdentitySubgraphDeps {
  connector: IdentityConnector;
}

export function createIdentitySubgraph({ connector }: IdentitySubgraphDeps) {
  return createSubgraph<IdentityContext>({
    name: 'identity',
    typeDefs: readDomainSdl('identity'),
    resolvers,
    createContext: createIdentityContextFactory(connector),
    system: createIdentitySystemEndpoint(connector),
  });
}

export { identityMigrations, createSqlIdentityConnector, identityRegistryRecorder };

/** The domain's service for the hub (subgraphs/services.ts): its registry learns every id from the bus. */
export const service = connectorService('identity', identityMigrations, createSqlIdentityConnector, createIdentitySubgraph, {
  consumers: (db) => [identityRegistryRecorder(db, 'identity-registry')],
});
