/** Request context of the identity subgraph. */
import type { RequestInfo } from '../shared/http.ts';
import type { IdentityConnector } from './connector/types.ts';

export interface IdentityContext {
  correlationId: string;
  connector: IdentityConnector;
}

export function createIdentityContextFactory(connector: IdentityConnector) {
  return async ({ correlationId }: RequestInfo): Promise<IdentityContext> => ({ correlationId, connector });
}
