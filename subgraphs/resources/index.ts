/** The resources subgraph (HCM system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { resourcesMigrations } from './connector/migrations.ts';
import { createSqlResourcesConnector } from './connector/sql.ts';
import { buildWithEntityCache, type DomainService } from '../shared/service.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import { resourcesEntityCache } from './entity-cache.ts';
import { createResourcesContextFactory, type ResourcesContext } from './context.ts';
import type { ResourcesConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';

export interface ResourcesSubgraphDeps {
  connector: ResourcesConnector;
  /** GraphQL URL of the projects subgraph: the PSA says which consultants a portal caller may see. */
  projectsUrl?: string;
  /** The connector each request reads through (its entity cache's); default: `connector` itself. */
  reads?: (info: RequestInfo) => RequestReads<ResourcesConnector>;
}

export function createResourcesSubgraph({ connector, projectsUrl, reads }: ResourcesSubgraphDeps) {
  return createSubgraph<ResourcesContext>({
    name: 'resources',
    typeDefs: readDomainSdl('resources'),
    resolvers,
    createContext: createResourcesContextFactory(connector, projectsUrl, reads),
  });
}

export { resourcesMigrations, createSqlResourcesConnector };

/** The domain's service for the hub (subgraphs/services.ts): it asks its `projects` peer who a portal caller may see. */
export const service: DomainService = {
  migrations: resourcesMigrations,
  build(db, { wrapConnector, peerUrls = {}, storeLocation } = {}) {
    const connector = createSqlResourcesConnector(db);
    return buildWithEntityCache('resources', wrapConnector ? wrapConnector('resources', connector) : connector, resourcesEntityCache, storeLocation, (deps) =>
      createResourcesSubgraph({ ...deps, projectsUrl: peerUrls.projects }),
    );
  },
};
