/** Request context of the resources subgraph. */
import type { RequestInfo } from '../../platform/http.ts';
import { type CachedReadContext, createCachedReadContextFactory } from '../shared/context.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import type { ResourcesConnector } from './connector/types.ts';
import { createResourcesLoaders, type ResourcesLoaders } from './loaders.ts';
import { createStaffedWorkers } from './staffing.ts';

export type ResourcesContext = CachedReadContext<ResourcesConnector, ResourcesLoaders>;

/** `projectsUrl`: the projects subgraph's GraphQL URL, asked which consultants a portal caller may see. */
export function createResourcesContextFactory(
  connector: ResourcesConnector,
  projectsUrl?: string,
  reads?: (info: RequestInfo) => RequestReads<ResourcesConnector>,
) {
  return createCachedReadContextFactory(
    connector,
    (readConnector, access, { req, correlationId }) =>
      createResourcesLoaders(readConnector, access, createStaffedWorkers(projectsUrl, req.headers.authorization, correlationId)),
    reads,
  );
}
