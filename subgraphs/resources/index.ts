/** The resources subgraph (HCM system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { createResourcesContextFactory, type ResourcesContext } from './context.ts';
import type { ResourcesConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';

export interface ResourcesSubgraphDeps {
  connector: ResourcesConnector;
  /** GraphQL URL of the projects subgraph: the PSA says which consultants a portal caller may see. */
  projectsUrl?: string;
}

export function createResourcesSubgraph({ connector, projectsUrl }: ResourcesSubgraphDeps) {
  return createSubgraph<ResourcesContext>({
    name: 'resources',
    typeDefs: readDomainSdl('resources'),
    resolvers,
    createContext: createResourcesContextFactory(connector, projectsUrl),
  });
}

export { resourcesMigrations } from './connector/migrations.ts';
export { createSqlResourcesConnector } from './connector/sql.ts';
