/** Request context of the customers subgraph. */
import type { Access } from '../shared/access.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { CustomersConnector } from './connector/types.ts';
import { createCustomersLoaders, type CustomersLoaders } from './loaders.ts';

export interface CustomersContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  connector: CustomersConnector;
  /** Fresh per request. */
  loaders: CustomersLoaders;
}

export function createCustomersContextFactory(connector: CustomersConnector) {
  return async ({ correlationId, access }: ContextInfo): Promise<CustomersContext> => ({
    correlationId,
    access,
    connector,
    loaders: createCustomersLoaders(connector, access),
  });
}
