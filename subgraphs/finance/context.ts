/** Request context of the finance subgraph. */
import type { Access } from '../shared/access.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { FinanceConnector } from './connector/types.ts';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.ts';

export interface FinanceContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  connector: FinanceConnector;
  /** Fresh per request. */
  loaders: FinanceLoaders;
}

export function createFinanceContextFactory(connector: FinanceConnector) {
  return async ({ correlationId, access }: ContextInfo): Promise<FinanceContext> => ({
    correlationId,
    access,
    connector,
    loaders: createFinanceLoaders(connector, access),
  });
}
