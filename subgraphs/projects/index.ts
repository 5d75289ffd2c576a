/** The projects subgraph (PSA system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { projectsMigrations } from './connector/migrations.ts';
import { createSqlProjectsConnector } from './connector/sql.ts';
import { projectsReadModelStore } from './connector/read-models.ts';
import { connectorService } from '../shared/service.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import { projectsEntityCache } from './entity-cache.ts';
import { createProjectsContextFactory, type ProjectsContext } from './context.ts';
import type { ProjectsConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';
import { createProjectsSystemEndpoint } from './system.ts';

export interface ProjectsSubgraphDeps {
  connector: ProjectsConnector;
  /** The connector each request reads through (its entity cache's); default: `connector` itself. */
  reads?: (info: RequestInfo) => RequestReads<ProjectsConnector>;
}

export function createProjectsSubgraph({ connector, reads }: ProjectsSubgraphDeps) {
  return createSubgraph<ProjectsContext>({
    name: 'projects',
    typeDefs: readDomainSdl('projects'),
    resolvers,
    createContext: createProjectsContextFactory(connector, reads),
    system: createProjectsSystemEndpoint(connector),
  });
}

export { projectsMigrations, createSqlProjectsConnector };

/** The domain's service for the hub (subgraphs/services.ts). */
export const service = connectorService('projects', projectsMigrations, (db) => createSqlProjectsConnector(db), createProjectsSubgraph, {
  readModels: (db) => [projectsReadModelStore(db)],
  entityCache: projectsEntityCache,
});
