/**
 * The registry of services: one line per subgraph. Entry points and tests build every subgraph
 * from here; adding a domain means adding its line (see README, "Adding a subgraph").
 */
import type { BaseContext } from '@apollo/server';
import { createCustomersSubgraph, createSqlCustomersConnector, customersMigrations } from './customers/index.ts';
import { createFinanceSubgraph, createSqlFinanceConnector, financeMigrations } from './finance/index.ts';
import { createIdentitySubgraph, createSqlIdentityConnector, identityMigrations, identityRegistryRecorder } from './identity/index.ts';
import { createProjectsSubgraph, createSqlProjectsConnector, projectsMigrations } from './projects/index.ts';
import { createResourcesSubgraph, createSqlResourcesConnector, resourcesMigrations } from './resources/index.ts';
import type { Domain } from '../platform/env.ts';
import type { SubscribeOptions } from '../platform/events/types.ts';
import { xrefRecorder } from './shared/xref.ts';
import { createWorkflowsSubgraphOverStore, workflowsMigrations } from './workflows/index.ts';
import type { Migration, SqlDatabase } from '../platform/sql.ts';
import type { Subgraph } from './shared/subgraph.ts';

/** Wraps a service's connector, e.g. to count calls in a test; must return an equivalent connector. */
export type ConnectorWrapper = <Connector extends object>(service: Domain, connector: Connector) => Connector;

export interface BuildOptions {
  wrapConnector?: ConnectorWrapper;
  /** GraphQL URLs of the other subgraphs, for a service that calls them (`peers`). */
  peerUrls?: Partial<Record<Domain, string>>;
}

export interface ServiceDefinition {
  name: Domain;
  /** Migrations of the service's store. */
  migrations: readonly Migration[];
  /** The subgraphs it calls: it starts after them, with their URLs (`<DOMAIN>_URL` when run apart). */
  peers?: readonly Domain[];
  /** Its store has an outbox of domain events for the relay to publish. */
  outbox?: boolean;
  /** Event consumers of the service, over its own store. */
  consumers?: (db: SqlDatabase) => SubscribeOptions[];
  /** Builds the subgraph over its store with the bundled SQL connector. */
  build(db: SqlDatabase, options?: BuildOptions): Subgraph<BaseContext>;
}

function service<Connector extends object, Context extends BaseContext>(
  name: Domain,
  migrations: readonly Migration[],
  createConnector: (db: SqlDatabase) => Connector,
  createSubgraph: (deps: { connector: Connector }) => Subgraph<Context>,
  events: Pick<ServiceDefinition, 'outbox' | 'consumers'> = {},
): ServiceDefinition {
  return {
    name,
    migrations,
    ...events,
    build(db, { wrapConnector } = {}) {
      const connector = createConnector(db);
      return createSubgraph({ connector: wrapConnector ? wrapConnector(name, connector) : connector }) as unknown as Subgraph<BaseContext>;
    },
  };
}

export const SERVICES: readonly ServiceDefinition[] = [
  // Each store learns the other systems' ids of the entities it owns from the domain events; the
  // identity registry learns every id.
  service('customers', customersMigrations, createSqlCustomersConnector, createCustomersSubgraph, {
    outbox: true,
    consumers: (db) => [xrefRecorder(db, 'customers-xref', ['Customer', 'Opportunity', 'Contract'])],
  }),
  service('projects', projectsMigrations, createSqlProjectsConnector, createProjectsSubgraph, {
    outbox: true,
    consumers: (db) => [xrefRecorder(db, 'projects-xref', ['Project'])],
  }),
  {
    name: 'resources',
    migrations: resourcesMigrations,
    // Asks the projects subgraph which consultants a portal caller may see (resources/staffing.ts).
    peers: ['projects'],
    build(db, { wrapConnector, peerUrls = {} } = {}) {
      const connector = createSqlResourcesConnector(db);
      return createResourcesSubgraph({
        connector: wrapConnector ? wrapConnector('resources', connector) : connector,
        projectsUrl: peerUrls.projects,
      }) as unknown as Subgraph<BaseContext>;
    },
  },
  service('finance', financeMigrations, createSqlFinanceConnector, createFinanceSubgraph, {
    outbox: true,
    consumers: (db) => [xrefRecorder(db, 'finance-xref', ['Invoice'])],
  }),
  service('identity', identityMigrations, createSqlIdentityConnector, createIdentitySubgraph, {
    consumers: (db) => [identityRegistryRecorder(db, 'identity-registry')],
  }),
  {
    name: 'workflows',
    migrations: workflowsMigrations,
    peers: ['customers', 'projects', 'resources', 'finance'],
    outbox: true,
    build: (db, { peerUrls = {} } = {}) =>
      createWorkflowsSubgraphOverStore(db, {
        systemUrls: { CRM: peerUrls.customers, PSA: peerUrls.projects, HCM: peerUrls.resources, ERP: peerUrls.finance },
      }) as unknown as Subgraph<BaseContext>,
  },
];

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
