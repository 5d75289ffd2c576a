/** Request context of the customers subgraph. */
import type { RequestInfo } from '../shared/http.ts';
import type { CustomersConnector } from './connector/types.ts';
import { createCustomersLoaders, type CustomersLoaders } from './loaders.ts';

export interface CustomersContext {
  correlationId: string;
  connector: CustomersConnector;
  /** Fresh per request. */
  loaders: CustomersLoaders;
}

export function createCustomersContextFactory(connector: CustomersConnector) {
  return async ({ correlationId }: RequestInfo): Promise<CustomersContext> => ({
    correlationId,
    connector,
    loaders: createCustomersLoaders(connector),
  });
}
