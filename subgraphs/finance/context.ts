/** Request context of the finance subgraph. */
import type { RequestInfo } from '../../platform/http.ts';
import { type CachedReadContext, createCachedReadContextFactory } from '../shared/context.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import type { FinanceConnector } from './connector/types.ts';
import { createFinanceLoaders, type FinanceLoaders } from './loaders.ts';

export type FinanceContext = CachedReadContext<FinanceConnector, FinanceLoaders>;

export function createFinanceContextFactory(connector: FinanceConnector, reads?: (info: RequestInfo) => RequestReads<FinanceConnector>) {
  return createCachedReadContextFactory(connector, createFinanceLoaders, reads);
}
