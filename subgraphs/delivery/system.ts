/**
 * The DELIVERY's system API (`/system/graphql`, service credential only): the writes the workflows
 * service's steps make. Schema: schema/system/delivery.graphql.
 */
import type { RequestInfo } from '../../platform/http.ts';
import { nativeIdOf } from '../shared/ids.ts';
import { scalarResolvers } from '../shared/scalars.ts';
import { createSystemEndpoint, readSystemSdl, RuleViolation, toWriteResult, type SystemContext } from '../shared/system-api.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import type { DeliveryConnector } from './connector/types.ts';

export interface DeliverySystemContext extends SystemContext {
  connector: DeliveryConnector;
}

/** Longest name the DELIVERY stores. */
const MAX_NAME_LENGTH = 255;

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Mutation: {
    createWorkspace: (_parent, { request, customerId, name }, { connector }) => {
      const accountId = nativeIdOf('Customer', customerId, 'customerId');
      return toWriteResult(async () => {
        if (name.trim() === '' || name.length > MAX_NAME_LENGTH)
          throw new RuleViolation('INVALID_NAME', `The name must be 1 to ${MAX_NAME_LENGTH} characters`, ['name']);
        return connector.createWorkspace(request, accountId, name.trim());
      });
    },
    archiveWorkspace: (_parent, { request, workspaceId }, { connector }) =>
      toWriteResult(() => connector.archiveWorkspace(request, nativeIdOf('Workspace', workspaceId, 'workspaceId'))),
  },
};

/** The `/system/graphql` endpoint of the delivery subgraph. */
export function createDeliverySystemEndpoint(connector: DeliveryConnector) {
  return createSystemEndpoint<DeliverySystemContext>({
    name: 'delivery',
    typeDefs: readSystemSdl('delivery'),
    resolvers,
    createContext: async ({ correlationId }: RequestInfo) => ({ correlationId, connector }),
  });
}
