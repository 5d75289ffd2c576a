/** Request context of the projects subgraph. */
import type { RequestInfo } from '../../platform/http.ts';
import { type CachedReadContext, createCachedReadContextFactory } from '../shared/context.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import type { ProjectsConnector } from './connector/types.ts';
import { createProjectsLoaders, type ProjectsLoaders } from './loaders.ts';

export type ProjectsContext = CachedReadContext<ProjectsConnector, ProjectsLoaders>;

export function createProjectsContextFactory(connector: ProjectsConnector, reads?: (info: RequestInfo) => RequestReads<ProjectsConnector>) {
  return createCachedReadContextFactory(connector, createProjectsLoaders, reads);
}
