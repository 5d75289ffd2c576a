/** Request context of the projects subgraph. */
import type { RequestInfo } from '../shared/http.ts';
import type { ProjectsConnector } from './connector/types.ts';
import { createProjectsLoaders, type ProjectsLoaders } from './loaders.ts';

export interface ProjectsContext {
  correlationId: string;
  connector: ProjectsConnector;
  /** Fresh per request. */
  loaders: ProjectsLoaders;
}

export function createProjectsContextFactory(connector: ProjectsConnector) {
  return async ({ correlationId }: RequestInfo): Promise<ProjectsContext> => ({
    correlationId,
    connector,
    loaders: createProjectsLoaders(connector),
  });
}
