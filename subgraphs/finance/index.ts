/** The finance subgraph (ERP system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { createFinanceContextFactory, type FinanceContext } from './context.ts';
import type { FinanceConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';
import { createFinanceSystemEndpoint } from './system.ts';

export interface FinanceSubgraphDeps {
  connector: FinanceConnector;
}

export function createFinanceSubgraph({ connector }: FinanceSubgraphDeps) {
  return createSubgraph<FinanceContext>({
    name: 'finance',
    typeDefs: readDomainSdl('finance'),
    resolvers,
    createContext: createFinanceContextFactory(connector),
    system: createFinanceSystemEndpoint(connector),
  });
}

export { financeMigrations } from './connector/migrations.ts';
export { createSqlFinanceConnector } from './connector/sql.ts';
