/** The delivery subgraph (DELIVERY system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { connectorService } from '../shared/service.ts';
import { deliveryMigrations } from './connector/migrations.ts';
import { createSqlDeliveryConnector } from './connector/sql.ts';
import type { DeliveryConnector } from './connector/types.ts';
import { createDeliveryContextFactory, type DeliveryContext } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { createDeliverySystemEndpoint } from './system.ts';

export interface DeliverySubgraphDeps {
  connector: DeliveryConnector;
}

export function createDeliverySubgraph({ connector }: DeliverySubgraphDeps) {
  return createSubgraph<DeliveryContext>({
    name: 'delivery',
    typeDefs: readDomainSdl('delivery'),
    resolvers,
    createContext: createDeliveryContextFactory(connector),
    system: createDeliverySystemEndpoint(connector),
  });
}

export { deliveryMigrations, createSqlDeliveryConnector };

/** The domain's service for the hub (subgraphs/services.ts). */
export const service = connectorService('delivery', deliveryMigrations, createSqlDeliveryConnector, createDeliverySubgraph);
