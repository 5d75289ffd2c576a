/** The projects subgraph (PSA system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { createProjectsContextFactory, type ProjectsContext } from './context.ts';
import type { ProjectsConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';
import { createProjectsSystemEndpoint } from './system.ts';

export interface ProjectsSubgraphDeps {
  connector: ProjectsConnector;
}

export function createProjectsSubgraph({ connector }: ProjectsSubgraphDeps) {
  return createSubgraph<ProjectsContext>({
    name: 'projects',
    typeDefs: readDomainSdl('projects'),
    resolvers,
    createContext: createProjectsContextFactory(connector),
    system: createProjectsSystemEndpoint(connector),
  });
}

export { projectsMigrations } from './connector/migrations.ts';
export { createSqlProjectsConnector } from './connector/sql.ts';
