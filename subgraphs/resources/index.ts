/** The resources subgraph (HCM system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { resourcesMigrations } from './connector/migrations.ts';
import { createSqlResourcesConnector } from './connector/sql.ts';
import type { BaseContext } from '@apollo/server';
import type { DomainService } from '../shared/service.ts';
import type { Subgraph } from '../shared/subgraph.ts';
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

export { resourcesMigrations, createSqlResourcesConnector };

/** The domain's service for the hub (subgraphs/services.ts): it asks its `projects` peer who a portal caller may see. */
export const service: DomainService = {
  migrations: resourcesMigrations,
  build(db, { wrapConnector, peerUrls = {} } = {}) {
    const connector = createSqlResourcesConnector(db);
    return createResourcesSubgraph({
      connector: wrapConnector ? wrapConnector('resources', connector) : connector,
      projectsUrl: peerUrls.projects,
    }) as unknown as Subgraph<BaseContext>;
  },
};
