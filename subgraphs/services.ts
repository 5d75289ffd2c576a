/**
 * The hub's services: each registry entry (subgraphs/registry.ts) joined with the `service` its
 * folder exports (`subgraphs/<name>/index.ts`). Entry points and tests build every subgraph from here.
 */
import { DOMAINS, externalEntitiesOf, declarationOf, peersOf, type Domain } from './registry.ts';
import type { SubscribeOptions } from '../platform/events/types.ts';
import type { Migration, SqlDatabase } from '../platform/sql.ts';
import type { BuildOptions, DomainService } from './shared/service.ts';
import type { Subgraph } from './shared/subgraph.ts';
import { xrefRecorder } from './shared/xref.ts';
import { tracingConnectors } from './shared/service.ts';
import { tracingEnabled } from '../platform/tracing.ts';
import type { BaseContext } from '@apollo/server';

export type { BuildOptions, ConnectorWrapper } from './shared/service.ts';

export interface ServiceDefinition {
  name: Domain;
  migrations: readonly Migration[];
  /** The subgraphs it calls: it starts after them, with their URLs. */
  peers?: readonly Domain[];
  /** Its store has an outbox of domain events for the relay to publish. */
  outbox?: boolean;
  /** Event consumers over its own store: its xref recorder (for the external entities it owns) and its own. */
  consumers?: (db: SqlDatabase) => SubscribeOptions[];
  /** Read models its store keeps (subgraphs/shared/read-model.ts). */
  readModels?: DomainService['readModels'];
  build(db: SqlDatabase, options?: BuildOptions): Subgraph<BaseContext>;
}

function isDomainService(value: unknown): value is DomainService {
  return (
    typeof value === 'object' && value !== null && typeof (value as DomainService).build === 'function' && Array.isArray((value as DomainService).migrations)
  );
}

async function loadService(name: Domain): Promise<ServiceDefinition> {
  const module: { service?: unknown } = await import(`./${name}/index.ts`);
  if (!isDomainService(module.service)) throw new Error(`subgraphs/${name}/index.ts must export \`service\` (a DomainService, subgraphs/shared/service.ts)`);
  const service = module.service;
  const declaration = declarationOf(name);
  const xref = declaration.outbox ? externalEntitiesOf(name) : [];
  const consumers =
    xref.length > 0 || service.consumers
      ? (db: SqlDatabase) => [...(xref.length > 0 ? [xrefRecorder(db, `${name}-xref`, xref)] : []), ...(service.consumers?.(db) ?? [])]
      : undefined;
  return {
    name,
    migrations: service.migrations,
    peers: peersOf(name),
    outbox: declaration.outbox,
    consumers,
    readModels: service.readModels,
    // With tracing on, every connector call is a span (over any wrapper the caller gave).
    build: (db, options) => service.build(db, tracingEnabled() ? { ...options, wrapConnector: tracingConnectors(options?.wrapConnector) } : options),
  };
}

export const SERVICES: readonly ServiceDefinition[] = await Promise.all(DOMAINS.map(loadService));

/**
 * `services` in start order: waves of services whose peers are all in earlier waves (or not among
 * `services`), so each wave starts side by side once the ones before it listen. Throws on a cycle.
 */
export function startWaves(services: readonly ServiceDefinition[]): ServiceDefinition[][] {
  const waves: ServiceDefinition[][] = [];
  const started = new Set<Domain>();
  const among = new Set(services.map((service) => service.name));
  let left = [...services];
  while (left.length > 0) {
    const ready = left.filter((service) => (service.peers ?? []).every((peer) => started.has(peer) || !among.has(peer)));
    if (ready.length === 0) throw new Error(`services call each other in a cycle: ${left.map((service) => service.name).join(', ')}`);
    waves.push(ready);
    for (const service of ready) started.add(service.name);
    left = left.filter((service) => !ready.includes(service));
  }
  return waves;
}
