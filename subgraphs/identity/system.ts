/**
 * The identity registry's system API (`/system/graphql`, service credential only): the reads
 * reconciliation makes to compare the registry with every store (docs/reconciliation.md).
 * Schema: schema/system/identity.graphql.
 */
import { badUserInput } from '../../platform/errors.ts';
import type { RequestInfo } from '../../platform/http.ts';
import { SYSTEMS } from '../registry.ts';
import type { SourceSystem } from '../shared/ids.ts';
import { recheckIds, toStoredIdPage } from '../shared/stored-ids.ts';
import { createSystemEndpoint, readSystemSdl, reconciliationFirstArg, type SystemContext } from '../shared/system-api.ts';
import { textProblem } from '../shared/text.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import type { IdentityConnector } from './connector/types.ts';

export interface IdentitySystemContext extends SystemContext {
  connector: IdentityConnector;
}

const resolvers: Resolvers = {
  Query: {
    async registryIds(_parent, { system, entityType, first, after, ids }, { connector }) {
      if (!SYSTEMS.some((candidate) => candidate.code === system)) {
        throw badUserInput('system', `"${system}" is not one of ${SYSTEMS.map((candidate) => candidate.code).join(', ')}`);
      }
      const problem = textProblem(entityType, { max: 64, required: true });
      if (problem) throw badUserInput('entityType', `entityType ${problem}`);
      const page = await connector.registryIds(system as SourceSystem, entityType, {
        after: after ?? null,
        limit: reconciliationFirstArg(first),
        ids: recheckIds(ids),
      });
      // The registry's rows carry the hub id itself.
      return toStoredIdPage(page, (row) => row.owner_id);
    },
  },
};

/** The `/system/graphql` endpoint of the identity subgraph. */
export function createIdentitySystemEndpoint(connector: IdentityConnector) {
  return createSystemEndpoint<IdentitySystemContext>({
    name: 'identity',
    typeDefs: readSystemSdl('identity'),
    resolvers,
    createContext: async ({ correlationId }: RequestInfo) => ({ correlationId, connector }),
  });
}
