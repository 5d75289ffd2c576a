/** The customers subgraph (CRM system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { customersMigrations } from './connector/migrations.ts';
import { createSqlCustomersConnector } from './connector/sql.ts';
import { connectorService } from '../shared/service.ts';
import { createCustomersContextFactory, type CustomersContext } from './context.ts';
import type { CustomersConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';
import { createCustomersSystemEndpoint } from './system.ts';

export interface CustomersSubgraphDeps {
  connector: CustomersConnector;
}

export function createCustomersSubgraph({ connector }: CustomersSubgraphDeps) {
  return createSubgraph<CustomersContext>({
    name: 'customers',
    typeDefs: readDomainSdl('customers'),
    resolvers,
    createContext: createCustomersContextFactory(connector),
    system: createCustomersSystemEndpoint(connector),
  });
}

export { customersMigrations, createSqlCustomersConnector };

/** The domain's service for the hub (subgraphs/services.ts). */
export const service = connectorService('customers', customersMigrations, createSqlCustomersConnector, createCustomersSubgraph);
