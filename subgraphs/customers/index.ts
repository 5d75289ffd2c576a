/** The customers subgraph (CRM system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { customersMigrations } from './connector/migrations.ts';
import { createSqlCustomersConnector } from './connector/sql.ts';
import { connectorService } from '../shared/service.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { RequestReads } from '../shared/entity-cache.ts';
import { customersEntityCache } from './entity-cache.ts';
import { createCustomersContextFactory, type CustomersContext } from './context.ts';
import type { CustomersConnector } from './connector/types.ts';
import { resolvers } from './resolvers/index.ts';
import { createCustomersSystemEndpoint } from './system.ts';

export interface CustomersSubgraphDeps {
  connector: CustomersConnector;
  /** The connector each request reads through (its entity cache's); default: `connector` itself. */
  reads?: (info: RequestInfo) => RequestReads<CustomersConnector>;
}

export function createCustomersSubgraph({ connector, reads }: CustomersSubgraphDeps) {
  return createSubgraph<CustomersContext>({
    name: 'customers',
    typeDefs: readDomainSdl('customers'),
    resolvers,
    createContext: createCustomersContextFactory(connector, reads),
    system: createCustomersSystemEndpoint(connector),
  });
}

export { customersMigrations, createSqlCustomersConnector };

/** The domain's service for the hub (subgraphs/services.ts). */
export const service = connectorService('customers', customersMigrations, createSqlCustomersConnector, createCustomersSubgraph, {
  entityCache: customersEntityCache,
});
