/** Request context of the projects subgraph. */
import type { Access } from '../shared/access.ts';
import { bareReads, type ReadScope, type RequestReads } from '../shared/entity-cache.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { ProjectsConnector } from './connector/types.ts';
import { createProjectsLoaders, type ProjectsLoaders } from './loaders.ts';

export interface ProjectsContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  /** The connector this request reads through (its entity cache's, unless the read must be fresh). */
  connector: ProjectsConnector;
  /** Whether this request reads past the entity cache, and the oldest cached record it used. */
  readScope: ReadScope;
  /** Fresh per request. */
  loaders: ProjectsLoaders;
}

export function createProjectsContextFactory(
  connector: ProjectsConnector,
  reads: (info: RequestInfo) => RequestReads<ProjectsConnector> = bareReads(connector),
) {
  return async (info: ContextInfo): Promise<ProjectsContext> => {
    const { connector: readConnector, readScope } = reads(info);
    return {
      correlationId: info.correlationId,
      access: info.access,
      connector: readConnector,
      readScope,
      loaders: createProjectsLoaders(readConnector, info.access),
    };
  };
}
