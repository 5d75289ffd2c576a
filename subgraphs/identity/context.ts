/** Request context of the identity subgraph. */
import type { Access } from '../shared/access.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { IdentityConnector } from './connector/types.ts';

export interface IdentityContext {
  correlationId: string;
  /** Who is asking, and which rows they may read. */
  access: Access;
  connector: IdentityConnector;
}

export function createIdentityContextFactory(connector: IdentityConnector) {
  return async ({ correlationId, access }: ContextInfo): Promise<IdentityContext> => ({ correlationId, access, connector });
}
