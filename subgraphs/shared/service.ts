/**
 * What a domain exports as `service` from its `index.ts`: how to build its subgraph over its store.
 * The facts about the domain (system, entities, outbox, peers) are in subgraphs/registry.ts; the
 * hub's entry points combine the two (subgraphs/services.ts).
 */
import type { BaseContext } from '@apollo/server';
import type { SubscribeOptions } from '../../platform/events/types.ts';
import { traceCall, tracingEnabled } from '../../platform/tracing.ts';
import type { Migration, SqlDatabase } from '../../platform/sql.ts';
import type { RequestInfo } from '../../platform/http.ts';
import { bareReads, createEntityCache, entityCacheOptionsFromEnv, requestReads, type CachedReads, type RequestReads } from './entity-cache.ts';
import type { ReadModelStore } from './read-model.ts';
import type { Subgraph } from './subgraph.ts';

/** Wraps a service's connector, e.g. to count calls in a test; must return an equivalent connector. */
export type ConnectorWrapper = <Connector extends object>(service: string, connector: Connector) => Connector;

/**
 * The tracing wrapper (platform/tracing.ts): each call of a connector method in a span
 * `connector <service>.<method>`, child of the request's span. Applied over `inner` (a test's
 * wrapper) when tracing is on at build time; a call made once tracing is off goes bare.
 */
export function tracingConnectors(inner?: ConnectorWrapper): ConnectorWrapper {
  return (service, connector) => {
    const wrapped = inner ? inner(service, connector) : connector;
    const methods = new Map<PropertyKey, unknown>();
    return new Proxy(wrapped, {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        let traced = methods.get(property);
        if (!traced) {
          const name = `connector ${service}.${String(property)}`;
          const attributes = { 'opsgraph.service': service, 'code.function.name': String(property) };
          traced = (...args: unknown[]) => {
            const call = () => (value as (...parameters: unknown[]) => unknown).apply(target, args);
            return tracingEnabled() ? traceCall(name, attributes, call) : call();
          };
          methods.set(property, traced);
        }
        return traced;
      },
    });
  };
}

export interface BuildOptions {
  wrapConnector?: ConnectorWrapper;
  /** GraphQL URLs of the other subgraphs, by domain, for a service that calls them (its registry `peers`). */
  peerUrls?: Partial<Record<string, string>>;
  /**
   * Where the store lives (platform/store.ts, `domainStoreLocation`): processes over the same store
   * share their entity caches' Redis entries. Absent or null: a store this process alone sees.
   */
  storeLocation?: string | null;
}

export interface DomainService {
  /** Migrations of the domain's store. */
  migrations: readonly Migration[];
  /** Event consumers of the domain over its own store, besides the xref recorder the registry implies. */
  consumers?: (db: SqlDatabase) => SubscribeOptions[];
  /** Read models the domain keeps in its store (subgraphs/shared/read-model.ts), maintained where its events are consumed. */
  readModels?: (db: SqlDatabase) => ReadModelStore[];
  /** Builds the subgraph over its store with the bundled SQL connector. */
  build(db: SqlDatabase, options?: BuildOptions): Subgraph<BaseContext>;
}

/** How a domain's subgraph uses its entity cache (subgraphs/shared/entity-cache.ts, docs/caching.md). */
export interface EntityCachePlan<Connector> {
  /** The connector methods its loaders and resolvers read through the cache. */
  reads: CachedReads<Connector>;
  /** Write methods (its system API's) after which the cache marks these tags: changes no domain event announces. */
  marksAfter?: Partial<Record<keyof Connector, readonly string[]>>;
}

/** What a domain's subgraph is built from: its connector, and the connector each request reads through. */
export interface SubgraphDeps<Connector> {
  connector: Connector;
  reads?: (info: RequestInfo) => RequestReads<Connector>;
}

/**
 * Builds a subgraph with its entity cache (`plan`; none: every read goes to `connector`): the cache
 * is made for the domain's store at `storeLocation`, marked after the plan's writes, and stopped
 * with the subgraph's background work.
 */
export function buildWithEntityCache<Connector extends object, Context extends BaseContext>(
  name: string,
  connector: Connector,
  plan: EntityCachePlan<Connector> | undefined,
  storeLocation: string | null | undefined,
  make: (deps: Required<SubgraphDeps<Connector>>) => Subgraph<Context>,
): Subgraph<BaseContext> {
  if (!plan) return make({ connector, reads: bareReads(connector) }) as unknown as Subgraph<BaseContext>;
  const cache = createEntityCache(entityCacheOptionsFromEnv(name, storeLocation ?? null));
  const written = Object.create(connector) as Connector;
  for (const [method, tags] of Object.entries(plan.marksAfter ?? {}) as [keyof Connector & string, readonly string[]][]) {
    const write = (connector[method] as (...args: unknown[]) => Promise<unknown>).bind(connector);
    Object.assign(written, {
      [method]: async (...args: unknown[]) => {
        const result = await write(...args);
        await cache.mark(tags).catch(() => undefined);
        return result;
      },
    });
  }
  const subgraph = make({ connector: written, reads: requestReads(written, cache, plan.reads) });
  // The cache's writes in flight finish, and its Redis connection closes, once the subgraph stopped serving.
  const lifecycle = subgraph.lifecycle;
  subgraph.lifecycle = {
    start: async () => lifecycle?.start(),
    async stop(timeoutMs) {
      await lifecycle?.stop(timeoutMs);
      await cache.stop();
    },
  };
  return subgraph as unknown as Subgraph<BaseContext>;
}

/** The service of a domain whose subgraph needs only its connector (the common shape). */
export function connectorService<Connector extends object, Context extends BaseContext>(
  name: string,
  migrations: readonly Migration[],
  createConnector: (db: SqlDatabase) => Connector,
  createSubgraph: (deps: SubgraphDeps<Connector>) => Subgraph<Context>,
  /**
   * Its event side beyond the xref recorder (consumers over its store and the read models it keeps),
   * and how it uses an entity cache.
   */
  events: Pick<DomainService, 'consumers' | 'readModels'> & { entityCache?: EntityCachePlan<Connector> } = {},
): DomainService {
  return {
    migrations,
    consumers: events.consumers,
    readModels: events.readModels,
    build(db, { wrapConnector, storeLocation } = {}) {
      const connector = createConnector(db);
      return buildWithEntityCache(name, wrapConnector ? wrapConnector(name, connector) : connector, events.entityCache, storeLocation, createSubgraph);
    },
  };
}
