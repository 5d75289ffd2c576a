/** Request context of the resources subgraph. */
import type { RequestInfo } from '../shared/http.ts';
import type { ResourcesConnector } from './connector/types.ts';
import { createResourcesLoaders, type ResourcesLoaders } from './loaders.ts';

export interface ResourcesContext {
  correlationId: string;
  connector: ResourcesConnector;
  /** Fresh per request. */
  loaders: ResourcesLoaders;
}

export function createResourcesContextFactory(connector: ResourcesConnector) {
  return async ({ correlationId }: RequestInfo): Promise<ResourcesContext> => ({
    correlationId,
    connector,
    loaders: createResourcesLoaders(connector),
  });
}
