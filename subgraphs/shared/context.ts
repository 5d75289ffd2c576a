/**
 * The request context of a subgraph that reads through an entity cache (subgraphs/shared/entity-cache.ts):
 * who asks, the connector this request reads through, its read scope and its loaders, made fresh per request.
 */
import type { RequestInfo } from '../../platform/http.ts';
import type { Access } from './access.ts';
import { bareReads, type ReadScope, type RequestReads } from './entity-cache.ts';
import type { ContextInfo } from './subgraph.ts';

export interface CachedReadContext<Connector, Loaders> {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  /** The connector this request reads through (its entity cache's, unless the read must be fresh). */
  connector: Connector;
  /** Whether this request reads past the entity cache, and the oldest cached record it used. */
  readScope: ReadScope;
  /** Fresh per request. */
  loaders: Loaders;
}

/** A context factory: `reads` picks the connector per request (the bare connector unless the subgraph caches). */
export function createCachedReadContextFactory<Connector extends object, Loaders>(
  connector: Connector,
  createLoaders: (readConnector: Connector, access: Access, info: ContextInfo) => Loaders,
  reads: (info: RequestInfo) => RequestReads<Connector> = bareReads(connector),
): (info: ContextInfo) => Promise<CachedReadContext<Connector, Loaders>> {
  return async (info) => {
    const { connector: readConnector, readScope } = reads(info);
    return {
      correlationId: info.correlationId,
      access: info.access,
      connector: readConnector,
      readScope,
      loaders: createLoaders(readConnector, info.access, info),
    };
  };
}
