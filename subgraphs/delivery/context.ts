/** Request context of the delivery subgraph. */
import type { Access } from '../shared/access.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { DeliveryConnector } from './connector/types.ts';
import { createDeliveryLoaders, type DeliveryLoaders } from './loaders.ts';

export interface DeliveryContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  connector: DeliveryConnector;
  /** Fresh per request. */
  loaders: DeliveryLoaders;
}

export function createDeliveryContextFactory(connector: DeliveryConnector) {
  return async ({ correlationId, access }: ContextInfo): Promise<DeliveryContext> => ({
    correlationId,
    access,
    connector,
    loaders: createDeliveryLoaders(connector, access),
  });
}
