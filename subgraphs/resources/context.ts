/** Request context of the resources subgraph. */
import type { Access } from '../shared/access.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { ResourcesConnector } from './connector/types.ts';
import { createResourcesLoaders, type ResourcesLoaders } from './loaders.ts';
import { createStaffedWorkers } from './staffing.ts';

export interface ResourcesContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  connector: ResourcesConnector;
  /** Fresh per request. */
  loaders: ResourcesLoaders;
}

/** `projectsUrl`: the projects subgraph's GraphQL URL, asked which consultants a portal caller may see. */
export function createResourcesContextFactory(connector: ResourcesConnector, projectsUrl?: string) {
  return async ({ req, correlationId, access }: ContextInfo): Promise<ResourcesContext> => ({
    correlationId,
    access,
    connector,
    loaders: createResourcesLoaders(connector, access, createStaffedWorkers(projectsUrl, req.headers.authorization, correlationId)),
  });
}
