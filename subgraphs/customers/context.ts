/** Request context of the customers subgraph. */
import type { RequestInfo } from '../../platform/http.ts';
import { type CachedReadContext, createCachedReadContextFactory } from '../shared/context.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import type { CustomersConnector } from './connector/types.ts';
import { createCustomersLoaders, type CustomersLoaders } from './loaders.ts';

export type CustomersContext = CachedReadContext<CustomersConnector, CustomersLoaders>;

export function createCustomersContextFactory(connector: CustomersConnector, reads?: (info: RequestInfo) => RequestReads<CustomersConnector>) {
  return createCachedReadContextFactory(connector, createCustomersLoaders, reads);
}
