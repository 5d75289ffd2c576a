/** The finance subgraph (ERP system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { financeMigrations } from './connector/migrations.ts';
import { createSqlFinanceConnector } from './connector/sql.ts';
import { connectorService } from '../shared/service.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import { financeEntityCache } from './entity-cache.ts';
import { createFinanceContextFactory, type FinanceContext } from './context.ts';
import type { FinanceConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';
import { financeReadModelStore } from './connector/read-models.ts';
import { createFinanceSystemEndpoint } from './system.ts';

export interface FinanceSubgraphDeps {
  connector: FinanceConnector;
  /** The connector each request reads through (its entity cache's); default: `connector` itself. */
  reads?: (info: RequestInfo) => RequestReads<FinanceConnector>;
}

export function createFinanceSubgraph({ connector, reads }: FinanceSubgraphDeps) {
  return createSubgraph<FinanceContext>({
    name: 'finance',
    typeDefs: readDomainSdl('finance'),
    resolvers,
    createContext: createFinanceContextFactory(connector, reads),
    system: createFinanceSystemEndpoint(connector),
  });
}

export { financeMigrations, createSqlFinanceConnector };

/** The domain's service for the hub (subgraphs/services.ts). */
export const service = connectorService('finance', financeMigrations, (db) => createSqlFinanceConnector(db), createFinanceSubgraph, {
  readModels: (db) => [financeReadModelStore(db)],
  entityCache: financeEntityCache,
});
