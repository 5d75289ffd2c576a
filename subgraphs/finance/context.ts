/** Request context of the finance subgraph. */
import type { Access } from '../shared/access.ts';
import { bareReads, type ReadScope, type RequestReads } from '../shared/entity-cache.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { FinanceConnector } from './connector/types.ts';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.ts';

export interface FinanceContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  /** The connector this request reads through (its entity cache's, unless the read must be fresh). */
  connector: FinanceConnector;
  /** Whether this request reads past the entity cache, and the oldest cached record it used. */
  readScope: ReadScope;
  /** Fresh per request. */
  loaders: FinanceLoaders;
}

export function createFinanceContextFactory(connector: FinanceConnector, reads: (info: RequestInfo) => RequestReads<FinanceConnector> = bareReads(connector)) {
  return async (info: ContextInfo): Promise<FinanceContext> => {
    const { connector: readConnector, readScope } = reads(info);
    return {
      correlationId: info.correlationId,
      access: info.access,
      connector: readConnector,
      readScope,
      loaders: createFinanceLoaders(readConnector, info.access),
    };
  };
}
