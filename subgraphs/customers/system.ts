/**
 * The CRM's system API (`/system/graphql`, service credential only): the writes the workflows
 * service's steps make, over the connector's `CustomersWrites`. Schema: schema/system/customers.graphql.
 */
import type { RequestInfo } from '../../platform/http.ts';
import { nativeIdOf } from '../shared/ids.ts';
import { scalarResolvers } from '../shared/scalars.ts';
import { createSystemEndpoint, minorUnitsArg, readSystemSdl, toWriteResult, type SystemContext } from '../shared/system-api.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import type { CustomersConnector } from './connector/types.ts';

export interface CustomersSystemContext extends SystemContext {
  connector: CustomersConnector;
}

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Mutation: {
    amendContract: async (_parent, { request, contractId, changeOrderId, deltaValue }, { connector }) => {
      const nativeId = nativeIdOf('Contract', contractId, 'contractId');
      const changeOrderRef = nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId');
      const [contract] = await connector.contractsByIds([nativeId]);
      const delta = minorUnitsArg(deltaValue, contract?.currency ?? 'USD', 'deltaValue');
      return toWriteResult(() => connector.amendContract(request, nativeId, changeOrderRef, delta));
    },
    revertContractAmendment: (_parent, { request, contractId, changeOrderId }, { connector }) =>
      toWriteResult(() =>
        connector.revertContractAmendment(request, nativeIdOf('Contract', contractId, 'contractId'), nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId')),
      ),
  },
};

/** The `/system/graphql` endpoint of the customers subgraph. */
export function createCustomersSystemEndpoint(connector: CustomersConnector) {
  return createSystemEndpoint<CustomersSystemContext>({
    name: 'customers',
    typeDefs: readSystemSdl('customers'),
    resolvers,
    createContext: async ({ correlationId }: RequestInfo) => ({ correlationId, connector }),
  });
}
