/** Request context of the resources subgraph. */
import type { Access } from '../shared/access.ts';
import { bareReads, type ReadScope, type RequestReads } from '../shared/entity-cache.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { ResourcesConnector } from './connector/types.ts';
import { createResourcesLoaders, type ResourcesLoaders } from './loaders.ts';
import { createStaffedWorkers } from './staffing.ts';

export interface ResourcesContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  /** The connector this request reads through (its entity cache's, unless the read must be fresh). */
  connector: ResourcesConnector;
  /** Whether this request reads past the entity cache, and the oldest cached record it used. */
  readScope: ReadScope;
  /** Fresh per request. */
  loaders: ResourcesLoaders;
}

/** `projectsUrl`: the projects subgraph's GraphQL URL, asked which consultants a portal caller may see. */
export function createResourcesContextFactory(
  connector: ResourcesConnector,
  projectsUrl?: string,
  reads: (info: RequestInfo) => RequestReads<ResourcesConnector> = bareReads(connector),
) {
  return async (info: ContextInfo): Promise<ResourcesContext> => {
    const { req, correlationId, access } = info;
    const { connector: readConnector, readScope } = reads(info);
    return {
      correlationId,
      access,
      connector: readConnector,
      readScope,
      loaders: createResourcesLoaders(readConnector, access, createStaffedWorkers(projectsUrl, req.headers.authorization, correlationId)),
    };
  };
}
