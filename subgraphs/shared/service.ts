/**
 * What a domain exports as `service` from its `index.ts`: how to build its subgraph over its store.
 * The facts about the domain (system, entities, outbox, peers) are in subgraphs/registry.ts; the
 * hub's entry points combine the two (subgraphs/services.ts).
 */
import type { BaseContext } from '@apollo/server';
import type { SubscribeOptions } from '../../platform/events/types.ts';
import { traceCall, tracingEnabled } from '../../platform/tracing.ts';
import type { Migration, SqlDatabase } from '../../platform/sql.ts';
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

/** The service of a domain whose subgraph needs only its connector (the common shape). */
export function connectorService<Connector extends object, Context extends BaseContext>(
  name: string,
  migrations: readonly Migration[],
  createConnector: (db: SqlDatabase) => Connector,
  createSubgraph: (deps: { connector: Connector }) => Subgraph<Context>,
  /** Its event side beyond the xref recorder: consumers over its store and the read models it keeps. */
  events: Pick<DomainService, 'consumers' | 'readModels'> = {},
): DomainService {
  return {
    migrations,
    consumers: events.consumers,
    readModels: events.readModels,
    build(db, { wrapConnector } = {}) {
      const connector = createConnector(db);
      return createSubgraph({ connector: wrapConnector ? wrapConnector(name, connector) : connector }) as unknown as Subgraph<BaseContext>;
    },
  };
}
