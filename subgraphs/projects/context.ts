/** Request context of the projects subgraph. */
import type { Access } from '../shared/access.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { ProjectsConnector } from './connector/types.ts';
import { createProjectsLoaders, type ProjectsLoaders } from './loaders.ts';

export interface ProjectsContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  connector: ProjectsConnector;
  /** Fresh per request. */
  loaders: ProjectsLoaders;
}

export function createProjectsContextFactory(connector: ProjectsConnector) {
  return async ({ correlationId, access }: ContextInfo): Promise<ProjectsContext> => ({
    correlationId,
    access,
    connector,
    loaders: createProjectsLoaders(connector, access),
  });
}
