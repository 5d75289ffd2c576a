/** Request context of the customers subgraph. */
import type { Access } from '../shared/access.ts';
import { bareReads, type ReadScope, type RequestReads } from '../shared/entity-cache.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { CustomersConnector } from './connector/types.ts';
import { createCustomersLoaders, type CustomersLoaders } from './loaders.ts';

export interface CustomersContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  /** The connector this request reads through (its entity cache's, unless the read must be fresh). */
  connector: CustomersConnector;
  /** Whether this request reads past the entity cache, and the oldest cached record it used. */
  readScope: ReadScope;
  /** Fresh per request. */
  loaders: CustomersLoaders;
}

export function createCustomersContextFactory(
  connector: CustomersConnector,
  reads: (info: RequestInfo) => RequestReads<CustomersConnector> = bareReads(connector),
) {
  return async (info: ContextInfo): Promise<CustomersContext> => {
    const { connector: readConnector, readScope } = reads(info);
    return {
      correlationId: info.correlationId,
      access: info.access,
      connector: readConnector,
      readScope,
      loaders: createCustomersLoaders(readConnector, info.access),
    };
  };
}
