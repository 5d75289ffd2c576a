/** Request context of the finance subgraph. */
import type { RequestInfo } from '../shared/http.ts';
import type { FinanceConnector } from './connector/types.ts';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.ts';

export interface FinanceContext {
  correlationId: string;
  connector: FinanceConnector;
  /** Fresh per request. */
  loaders: FinanceLoaders;
}

export function createFinanceContextFactory(connector: FinanceConnector) {
  return async ({ correlationId }: RequestInfo): Promise<FinanceContext> => ({
    correlationId,
    connector,
    loaders: createFinanceLoaders(connector),
  });
}
