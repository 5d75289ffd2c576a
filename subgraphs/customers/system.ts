/**
 * The CRM's system API (`/system/graphql`, service credential only): the writes the workflows
 * service's steps make, over the connector's `CustomersWrites`. Schema: schema/system/customers.graphql.
 */
import { badUserInput } from '../../platform/errors.ts';
import type { RequestInfo } from '../../platform/http.ts';
import type { BillingModel } from '../shared/labels.ts';
import { nativeIdOf, toHubId } from '../shared/ids.ts';
import { money } from '../shared/money.ts';
import { scalarResolvers } from '../shared/scalars.ts';
import { createSystemEndpoint, MAX_RECONCILIATION_PAGE, minorUnitsArg, readSystemSdl, toWriteResult, type SystemContext } from '../shared/system-api.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import { contractStatuses, crmBillingModels } from './connector/labels.ts';
import { CRM_STORED_IDS } from './connector/reconciliation-reads.ts';
import { storedIdsResolver } from '../shared/stored-ids.ts';
import type { CustomersConnector } from './connector/types.ts';

const BILLING_MODELS: readonly string[] = ['TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER'] satisfies BillingModel[];

export interface CustomersSystemContext extends SystemContext {
  connector: CustomersConnector;
}

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Query: {
    storedIds: storedIdsResolver<CustomersSystemContext>(CRM_STORED_IDS, ({ connector }, source, request) => connector.storedIds(source.entityType, request)),
    async contractValues(_parent, { ids }, { connector }) {
      if (ids.length > MAX_RECONCILIATION_PAGE) throw badUserInput('ids', `at most ${MAX_RECONCILIATION_PAGE} contracts, got ${ids.length}`);
      const nativeIds = ids.map((id, i) => nativeIdOf('Contract', id, `ids[${i}]`));
      const rows = new Map((await connector.contractsByIds(nativeIds)).map((row) => [row.id, row]));
      return nativeIds.flatMap((id) => {
        const row = rows.get(id);
        if (!row) return [];
        return [
          {
            id: toHubId('Contract', row.id),
            number: row.contract_number,
            status: contractStatuses.toCanonical(row.status),
            value: money(Number(row.value), row.currency).amount,
            currency: row.currency,
          },
        ];
      });
    },
  },
  Mutation: {
    amendContract: async (_parent, { request, contractId, changeOrderId, deltaValue }, { connector }) => {
      const nativeId = nativeIdOf('Contract', contractId, 'contractId');
      const changeOrderRef = nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId');
      const [contract] = await connector.contractsByIds([nativeId]);
      const delta = minorUnitsArg(deltaValue, contract?.currency ?? 'USD', 'deltaValue');
      return toWriteResult(() => connector.amendContract(request, nativeId, changeOrderRef, delta));
    },
    openOpportunity: (
      _parent,
      { request, customerId, name, amount, currency, billingModel, serviceLine, deliveryRegion, closeDate, expectedStart },
      { connector },
    ) => {
      const accountId = nativeIdOf('Customer', customerId, 'customerId');
      const minor = minorUnitsArg(amount, currency, 'amount');
      if (!BILLING_MODELS.includes(billingModel)) throw badUserInput('billingModel', `"${billingModel}" is not one of ${BILLING_MODELS.join(', ')}`);
      // Salesforce's opportunity name holds 120 characters.
      if (!name.trim() || name.length > 120) throw badUserInput('name', 'A deal has a name of at most 120 characters');
      if (!deliveryRegion.trim()) throw badUserInput('deliveryRegion', 'A deal has a delivery region');
      const input = {
        accountId,
        name: name.trim(),
        amount: minor,
        currency,
        billingModel: crmBillingModels.labelOf(billingModel as BillingModel),
        serviceLine: serviceLine ?? null,
        deliveryRegion,
        closeDate,
        expectedStart,
      };
      return toWriteResult(() => connector.openOpportunity(request, input));
    },
    advanceOpportunity: (_parent, { request, opportunityId }, { connector }) =>
      toWriteResult(() => connector.advanceOpportunity(request, nativeIdOf('Opportunity', opportunityId, 'opportunityId'))),
    winOpportunity: (_parent, { request, opportunityId, closeDate }, { connector }) =>
      toWriteResult(() => connector.winOpportunity(request, nativeIdOf('Opportunity', opportunityId, 'opportunityId'), closeDate)),
    activateContract: (_parent, { request, contractId }, { connector }) =>
      toWriteResult(() => connector.activateContract(request, nativeIdOf('Contract', contractId, 'contractId'))),
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
