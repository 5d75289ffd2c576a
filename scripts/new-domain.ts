/**
 * `npm run new:domain -- <name> --entity <Type> --prefix <abc> [--system <CODE> --vendor <Vendor> --holds "<what it holds>"]`
 *
 * Scaffolds a domain subgraph that builds, composes, passes its own test and the registry's checks as
 * it stands: one entity kind over a SQL store of the system of record, with everything a domain has
 * (README, "Adding a domain"):
 *
 *   schema/<name>.graphql              SDL with descriptions (the shared fragment supplies the common types)
 *   schema/system/<name>.graphql       its system API (one idempotent write), when it fronts a system
 *   subgraphs/<name>/                  index (factory + `service`), context, loaders, connector/ (types,
 *                                      labels, migrations, sql), resolvers/, system.ts
 *   test/subgraphs/<name>.test.ts      the subgraph alone on port 0: queries, _entities, row rules, writes
 *   subgraphs/registry.ts              its entry (the one line that states the domain's facts)
 *   codegen.yml                        its codegen blocks
 *
 * Then: fill in the model, `npm run compose && npm run codegen`, `npm test`. Refuses a name, type or
 * prefix the registry already uses, and never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { DOMAINS, ENTITY_KINDS, SYSTEMS } from '../subgraphs/registry.ts';

export interface DomainSpec {
  /** Lower-case subgraph name: `delivery`. */
  name: string;
  /** The entity type it owns first: `Workspace`. */
  entity: string;
  /** Three lower-case letters of its hub ids: `wsp`. */
  prefix: string;
  /** The system of record it fronts, if any. */
  system: { code: string; vendor: string; holds: string } | null;
}

const pascal = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const camel = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const snake = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
const plural = (text: string) => (/(s|x|ch|sh)$/.test(text) ? `${text}es` : /[^aeiou]y$/.test(text) ? `${text.slice(0, -1)}ies` : `${text}s`);

/** Problems with a spec against the registry as it is, one sentence each. */
export function specProblems(spec: DomainSpec): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9]{1,30}$/.test(spec.name)) problems.push(`the name must be lower-case letters and digits, got "${spec.name}"`);
  if ((DOMAINS as readonly string[]).includes(spec.name)) problems.push(`the registry already has a domain "${spec.name}"`);
  if (['shared', 'registry', 'services'].includes(spec.name)) problems.push(`"${spec.name}" is taken by subgraphs/ itself`);
  if (!/^[A-Z][A-Za-z0-9]{1,40}$/.test(spec.entity)) problems.push(`the entity must be a PascalCase type name, got "${spec.entity}"`);
  if (spec.entity in ENTITY_KINDS) problems.push(`the registry already has an entity kind ${spec.entity}`);
  if (!/^[a-z]{3}$/.test(spec.prefix)) problems.push(`the prefix must be three lower-case letters, got "${spec.prefix}"`);
  if (Object.values(ENTITY_KINDS).some((kind) => kind.prefix === spec.prefix)) problems.push(`the hub-id prefix "${spec.prefix}" is taken`);
  if (spec.system) {
    if (!/^[A-Z][A-Z0-9_]{1,20}$/.test(spec.system.code)) problems.push(`the system code must be UPPER_CASE, got "${spec.system.code}"`);
    if (SYSTEMS.some((system) => system.code === spec.system?.code)) problems.push(`the registry already has a system ${spec.system.code}`);
    if (!spec.system.vendor.trim()) problems.push('--vendor names the vendor whose vocabulary the connector follows');
  } else {
    problems.push('--system is required: the scaffold builds a domain over a system of record (its store, vocabulary and system API)');
  }
  for (const path of [`subgraphs/${spec.name}`, `schema/${spec.name}.graphql`, `test/subgraphs/${spec.name}.test.ts`]) {
    if (existsSync(path)) problems.push(`${path} exists already`);
  }
  return problems;
}

/** Every file the scaffold writes, by path, and the edits of the registry and codegen.yml. */
export function scaffold(
  spec: DomainSpec,
  sharedSchemaFiles: readonly string[] = [],
): { files: Record<string, string>; registryEntry: string; codegenBlocks: string } {
  const system = spec.system as NonNullable<DomainSpec['system']>;
  const N = pascal(spec.name);
  const E = spec.entity;
  const e = camel(E);
  const Es = plural(E);
  const es = camel(Es);
  const table = snake(E);
  const idPrefix = spec.prefix.toUpperCase();
  const vendor = system.vendor;
  const code = system.code;

  const files: Record<string, string> = {};

  files[`schema/${spec.name}.graphql`] = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

# The ${spec.name} subgraph: the ${vendor}-flavoured ${code} (${system.holds}). Common types (scalars,
# Money, SourceSystem, ExternalRef, PageInfo) come from the shared fragment.

type Query {
  "A ${e} by hub id; null when unknown or not visible to the caller."
  ${e}(id: ID!): ${E}
  "${Es} the caller may see, ordered by id."
  ${es}(first: Int, after: String, filter: ${E}Filter): ${E}Connection!
}

"Narrows a list of ${es}."
input ${E}Filter {
  "Only this customer's ${es} (hub id)."
  customerId: ID
  "Only ${es} in this canonical status."
  status: ${E}Status
}

"A ${e} in the ${code}."
type ${E} @key(fields: "id") {
  "Hub id (from its ${vendor} id)."
  id: ID!
  "Name as the ${code} shows it."
  name: String!
  "Canonical status; the ${code}'s own label is in \`statusLabel\`."
  status: ${E}Status!
  "The ${code}'s own status label."
  statusLabel: String!
  "The customer it belongs to."
  customer: Customer!
  "When the ${code} created it."
  createdAt: DateTime!
  "Its ids in the systems of record."
  externalRefs: [ExternalRef!]!
}

"Canonical status of a ${e}."
enum ${E}Status {
  "In use."
  ACTIVE
  "Kept for reference; nothing new is added."
  ARCHIVED
}

type Customer @key(fields: "id", resolvable: false) {
  "Hub id of the customer (from its CRM account id)."
  id: ID!
}

"A page of ${es}."
type ${E}Connection {
  "The ${es} of this page."
  edges: [${E}Edge!]!
  "Where this page ends."
  pageInfo: PageInfo!
  "Every ${e} the filter matches, over all pages."
  totalCount: Int!
}

"A ${e} and its cursor."
type ${E}Edge {
  "Opaque position of this ${e}, for \`after\`."
  cursor: String!
  "The ${e}."
  node: ${E}!
}
`;

  files[`schema/system/${spec.name}.graphql`] = `# System API of the ${code} (${spec.name} subgraph): internal, reachable only with the service credential
# at /system/graphql, never composed into the supergraph. Callers are the workflows service's steps.
# Ids are hub ids; each write is idempotent on \`request.requestKey\`. Shared types: common.graphql.

type Mutation {
  "Creates a ${e} for a customer (status ACTIVE)."
  create${E}(request: SystemRequest!, customerId: ID!, name: String!): WriteResult!
  "Compensation of create${E}: archives the ${e} (nothing is deleted in the ${code})."
  archive${E}(request: SystemRequest!, ${e}Id: ID!): WriteResult!
}
`;

  const dir = `subgraphs/${spec.name}`;
  files[`${dir}/index.ts`] = `/** The ${spec.name} subgraph (${code} system API). Builds; never listens. */
import { createSubgraph, readDomainSdl } from '../shared/subgraph.ts';
import { connectorService } from '../shared/service.ts';
import { ${spec.name}Migrations } from './connector/migrations.ts';
import { createSql${N}Connector } from './connector/sql.ts';
import type { ${N}Connector } from './connector/types.ts';
import { create${N}ContextFactory, type ${N}Context } from './context.ts';
import { resolvers } from './resolvers/index.ts';
import { create${N}SystemEndpoint } from './system.ts';

export interface ${N}SubgraphDeps {
  connector: ${N}Connector;
}

export function create${N}Subgraph({ connector }: ${N}SubgraphDeps) {
  return createSubgraph<${N}Context>({
    name: '${spec.name}',
    typeDefs: readDomainSdl('${spec.name}'),
    resolvers,
    createContext: create${N}ContextFactory(connector),
    system: create${N}SystemEndpoint(connector),
  });
}

export { ${spec.name}Migrations, createSql${N}Connector };

/** The domain's service for the hub (subgraphs/services.ts). */
export const service = connectorService('${spec.name}', ${spec.name}Migrations, createSql${N}Connector, create${N}Subgraph);
`;

  files[`${dir}/context.ts`] = `/** Request context of the ${spec.name} subgraph. */
import type { Access } from '../shared/access.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { ${N}Connector } from './connector/types.ts';
import { create${N}Loaders, type ${N}Loaders } from './loaders.ts';

export interface ${N}Context {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  connector: ${N}Connector;
  /** Fresh per request. */
  loaders: ${N}Loaders;
}

export function create${N}ContextFactory(connector: ${N}Connector) {
  return async ({ correlationId, access }: ContextInfo): Promise<${N}Context> => ({
    correlationId,
    access,
    connector,
    loaders: create${N}Loaders(connector, access),
  });
}
`;

  files[`${dir}/loaders.ts`] = `/** Per-request loaders of the ${spec.name} subgraph: one connector call per batch. */
import { canSeeAccount, type Access } from '../shared/access.ts';
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { ${N}Connector } from './connector/types.ts';

/**
 * Loaders see only the rows \`access\` allows: every row for internal roles, a portal caller's own
 * customer's rows only. Anything else loads as missing, so \`_entities\` and every path behave alike.
 */
export function create${N}Loaders(connector: ${N}Connector, access: Access) {
  return {
    ${e}: createRowLoader(
      async (ids: readonly string[]) => (await connector.${es}ByIds(ids)).filter((row) => canSeeAccount(access, row.customer_id)),
      (row) => row.id,
    ),
    externalRefs: createGroupLoader(
      (hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds),
      (row) => row.hub_id,
    ),
  };
}

export type ${N}Loaders = ReturnType<typeof create${N}Loaders>;
`;

  files[`${dir}/connector/types.ts`] = `/**
 * The ${spec.name} subgraph's system-of-record interface (${code}, ${vendor}-flavoured). Rows carry the
 * ${code}'s native ids and labels.
 */
import type { PageRequest } from '../../shared/pagination.ts';
import type { SystemRequest, WriteOutcome } from '../../shared/system-api.ts';
import type { XrefRecord } from '../../shared/xref.ts';

export interface ${E}Record {
  /** Native id, \`${idPrefix}-000001\`. */
  id: string;
  name: string;
  /** The ${code}'s own label (connector/labels.ts). */
  status: string;
  /** CRM account id of the customer. */
  customer_id: string;
  created_at: string;
}

export interface ${E}ListFilter {
  /** CRM account id. */
  customerId?: string | null;
  /** The ${code}'s labels of the requested canonical status. */
  statusLabels?: readonly string[] | null;
}

export type WriteReply = WriteOutcome & { replayed: boolean };

/** Every method is one round trip to the ${code}, whatever the number of ids. */
export interface ${N}Connector {
  ${es}ByIds(ids: readonly string[]): Promise<${E}Record[]>;
  /** Up to \`page.limit + 1\` ${es} after \`page.afterKey\`, ordered by id. */
  list${Es}(filter: ${E}ListFilter, page: PageRequest): Promise<${E}Record[]>;
  count${Es}(filter: ${E}ListFilter): Promise<number>;
  externalRefsByHubIds(hubIds: readonly string[]): Promise<XrefRecord[]>;
  /** Writes of the system API, idempotent on \`request.requestKey\`. */
  create${E}(request: SystemRequest, customerId: string, name: string): Promise<WriteReply>;
  archive${E}(request: SystemRequest, ${e}Id: string): Promise<WriteReply>;
}
`;

  files[`${dir}/connector/labels.ts`] = `/** The ${code}'s own vocabulary (${vendor}-style labels). */
import { vocabulary } from '../../shared/labels.ts';

export const ${e}Statuses = vocabulary<'ACTIVE' | 'ARCHIVED'>('${e} status', {
  Active: 'ACTIVE',
  Archived: 'ARCHIVED',
});
`;

  files[`${dir}/connector/migrations.ts`] = `/** The ${code} store (${vendor}-flavoured): ${idPrefix}-NNNNNN ${e} ids and its own status labels. */
import type { Migration } from '../../../platform/sql.ts';
import { SYSTEM_API_MIGRATION } from '../../shared/system-api.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const ${spec.name}Migrations: readonly Migration[] = [
  \`CREATE TABLE ${table} (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX ${table}_customer ON ${table} (customer_id);
  \${XREF_TABLE_DDL}\`,
  SYSTEM_API_MIGRATION,
];
`;

  files[`${dir}/connector/sql.ts`] = `/** The bundled ${code} connector: the reference ${code} store on node:sqlite or PostgreSQL. */
import { allWhereIn, countRows, type SqlDatabase } from '../../../platform/sql.ts';
import { WhereBuilder } from '../../shared/filters.ts';
import { toHubId } from '../../shared/ids.ts';
import { nextNumber, numberedId, RuleViolation, systemWrite } from '../../shared/system-api.ts';
import { externalRefsByHubIds } from '../../shared/xref.ts';
import { ${e}Statuses } from './labels.ts';
import type { ${N}Connector, ${E}ListFilter, ${E}Record } from './types.ts';

function ${e}Where(filter: ${E}ListFilter, afterKey: string | null = null): WhereBuilder {
  return new WhereBuilder().when(filter.customerId, 'customer_id = ?').whenIn('status', filter.statusLabels).when(afterKey, 'id > ?');
}

export function createSql${N}Connector(db: SqlDatabase): ${N}Connector {
  return {
    ${es}ByIds: (ids) => allWhereIn<${E}Record>(db, 'SELECT * FROM ${table} WHERE id IN (:ids)', ids),
    async list${Es}(filter, page) {
      const where = ${e}Where(filter, page.afterKey);
      return db.all<${E}Record>(\`SELECT * FROM ${table}\${where.toSql()} ORDER BY id LIMIT ?\`, [...where.params, page.limit + 1]);
    },
    async count${Es}(filter) {
      const where = ${e}Where(filter);
      return countRows(db, \`SELECT COUNT(*) AS n FROM ${table}\${where.toSql()}\`, where.params);
    },
    externalRefsByHubIds: (hubIds) => externalRefsByHubIds(db, hubIds),

    create${E}: (request, customerId, name) =>
      systemWrite(db, '${code}', 'create${E}', request, { customerId, name }, async ({ tx, emit }) => {
        const id = numberedId('${idPrefix}-', await nextNumber(tx, '${table}', 'id', '${idPrefix}-'), 6);
        const row: ${E}Record = { id, name, status: ${e}Statuses.labelOf('ACTIVE'), customer_id: customerId, created_at: new Date().toISOString() };
        await tx.run('INSERT INTO ${table} (id, name, status, customer_id, created_at) VALUES (?, ?, ?, ?, ?)', [
          row.id,
          row.name,
          row.status,
          row.customer_id,
          row.created_at,
        ]);
        const hubId = toHubId('${E}', id);
        await emit({ type: '${E}Created', aggregateId: hubId, fromState: null, toState: 'ACTIVE', data: { customerId: toHubId('Customer', customerId) } });
        return { changes: [{ entity: '${E}', entityId: hubId, before: null, after: { ...row } }], result: { ${e}Id: hubId } };
      }),

    archive${E}: (request, ${e}Id) =>
      systemWrite(db, '${code}', 'archive${E}', request, { ${e}Id }, async ({ tx, emit }) => {
        const before = await tx.get<${E}Record>('SELECT * FROM ${table} WHERE id = ?', [${e}Id]);
        if (!before) throw new RuleViolation('${snake(E).toUpperCase()}_NOT_FOUND', 'No such ${e}', ['${e}Id']);
        const hubId = toHubId('${E}', ${e}Id);
        if (${e}Statuses.toCanonical(before.status) === 'ARCHIVED') return { changes: [], result: { ${e}Id: hubId } };
        const after = { ...before, status: ${e}Statuses.labelOf('ARCHIVED') };
        await tx.run('UPDATE ${table} SET status = ? WHERE id = ?', [after.status, ${e}Id]);
        await emit({ type: '${E}Archived', aggregateId: hubId, fromState: 'ACTIVE', toState: 'ARCHIVED' });
        return { changes: [{ entity: '${E}', entityId: hubId, before: { ...before }, after }], result: { ${e}Id: hubId } };
      }),
  };
}
`;

  files[`${dir}/system.ts`] = `/**
 * The ${code}'s system API (\`/system/graphql\`, service credential only): the writes the workflows
 * service's steps make. Schema: schema/system/${spec.name}.graphql.
 */
import type { RequestInfo } from '../../platform/http.ts';
import { nativeIdOf } from '../shared/ids.ts';
import { scalarResolvers } from '../shared/scalars.ts';
import { createSystemEndpoint, readSystemSdl, RuleViolation, toWriteResult, type SystemContext } from '../shared/system-api.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import type { ${N}Connector } from './connector/types.ts';

export interface ${N}SystemContext extends SystemContext {
  connector: ${N}Connector;
}

/** Longest name the ${code} stores. */
const MAX_NAME_LENGTH = 255;

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Mutation: {
    create${E}: (_parent, { request, customerId, name }, { connector }) => {
      const accountId = nativeIdOf('Customer', customerId, 'customerId');
      return toWriteResult(async () => {
        if (name.trim() === '' || name.length > MAX_NAME_LENGTH) throw new RuleViolation('INVALID_NAME', \`The name must be 1 to \${MAX_NAME_LENGTH} characters\`, ['name']);
        return connector.create${E}(request, accountId, name.trim());
      });
    },
    archive${E}: (_parent, { request, ${e}Id }, { connector }) =>
      toWriteResult(() => connector.archive${E}(request, nativeIdOf('${E}', ${e}Id, '${e}Id'))),
  },
};

/** The \`/system/graphql\` endpoint of the ${spec.name} subgraph. */
export function create${N}SystemEndpoint(connector: ${N}Connector) {
  return createSystemEndpoint<${N}SystemContext>({
    name: '${spec.name}',
    typeDefs: readSystemSdl('${spec.name}'),
    resolvers,
    createContext: async ({ correlationId }: RequestInfo) => ({ correlationId, connector }),
  });
}
`;

  files[`${dir}/resolvers/index.ts`] = `import { scalarResolvers } from '../../shared/scalars.ts';
import type { Resolvers } from '../__generated__/resolvers-types.ts';
import { Query } from './Query.ts';
import { ${E} } from './${E}.ts';

export const resolvers: Resolvers = { ...scalarResolvers, Query, ${E} };
`;

  files[`${dir}/resolvers/Query.ts`] = `import { scopedAccountFilter } from '../../shared/access.ts';
import { nativeIdOf } from '../../shared/ids.ts';
import { primeRows } from '../../shared/loaders.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { ${e}Statuses } from '../connector/labels.ts';

export const Query: QueryResolvers = {
  ${e}: (_parent, { id }, { loaders }) => loaders.${e}.load(nativeIdOf('${E}', id, 'id')),
  async ${es}(_parent, args, { access, connector, loaders }) {
    const page = pageRequest(args);
    const requested = args.filter?.customerId ? nativeIdOf('Customer', args.filter.customerId, 'filter.customerId') : null;
    const filter = {
      customerId: scopedAccountFilter(access, requested),
      statusLabels: args.filter?.status ? ${e}Statuses.labelsOf(args.filter.status) : null,
    };
    const rows = await connector.list${Es}(filter, page);
    primeRows(loaders.${e}, rows, (row) => row.id);
    return toConnection(
      rows,
      page,
      (row) => row.id,
      (row) => row,
      () => connector.count${Es}(filter),
    );
  },
};
`;

  files[`${dir}/resolvers/${E}.ts`] = `import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { externalRefsResolver } from '../../shared/xref.ts';
import type { ${E}Resolvers } from '../__generated__/resolvers-types.ts';
import { ${e}Statuses } from '../connector/labels.ts';

export const ${E}: ${E}Resolvers = {
  __resolveReference({ id }, { loaders }) {
    const nativeId = tryNativeId('${E}', id);
    return nativeId === null ? null : loaders.${e}.load(nativeId);
  },
  id: (row) => toHubId('${E}', row.id),
  status: (row) => ${e}Statuses.toCanonical(row.status),
  statusLabel: (row) => row.status,
  customer: (row) => ({ id: toHubId('Customer', row.customer_id) }),
  createdAt: (row) => row.created_at,
  externalRefs: externalRefsResolver('${E}'),
};
`;

  files[`test/subgraphs/${spec.name}.test.ts`] = `/**
 * The ${spec.name} subgraph on its own: built from its registry entry over its own store, served on
 * port 0 and called as the gateway calls it (and, for its system API, as the workflows service does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, WORKFLOWS_SERVICE } from '../../platform/auth.ts';
import { insertRows } from '../../platform/sql.ts';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

/** Two customers' CRM account ids (Salesforce-shaped), and one ${e} of each. */
const ACME = '001000000000000AAA';
const GLOBEX = '001000000000000BBB';
const rows = [
  { id: '${idPrefix}-000001', name: 'Acme ${e}', status: 'Active', customer_id: ACME, created_at: '2026-11-02T09:00:00.000Z' },
  { id: '${idPrefix}-000002', name: 'Globex ${e}', status: 'Archived', customer_id: GLOBEX, created_at: '2026-11-03T09:00:00.000Z' },
];
const acme = toHubId('${E}', rows[0].id);
const globex = toHubId('${E}', rows[1].id);

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph('${spec.name}', { fill: (db) => insertRows(db, '${table}', rows) });
});

afterAll(async () => {
  await subgraph?.stop();
});

const acmePortal = { as: { role: 'portal', customerId: toHubId('Customer', ACME) } } as const;

async function systemCall(query: string, variables: Record<string, unknown>) {
  const response = await fetch(subgraph.url.replace(/\\/graphql$/, '/system/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: \`Bearer \${await signToken(WORKFLOWS_SERVICE)}\` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, { replayed: boolean; userErrors: { code: string }[]; result: string }>; errors?: unknown[] };
}

describe('${spec.name} subgraph', () => {
  it('answers its root queries from its own store', async () => {
    const result = await subgraph.query(
      \`query ($id: ID!) {
        ${es} { totalCount edges { node { id name status statusLabel customer { id } } } }
        ${e}(id: $id) { name createdAt }
      }\`,
      { id: acme },
    );
    expect(result).toEqual({
      data: {
        ${es}: {
          totalCount: 2,
          edges: [
            { node: { id: acme, name: 'Acme ${e}', status: 'ACTIVE', statusLabel: 'Active', customer: { id: toHubId('Customer', ACME) } } },
            { node: { id: globex, name: 'Globex ${e}', status: 'ARCHIVED', statusLabel: 'Archived', customer: { id: toHubId('Customer', GLOBEX) } } },
          ],
        },
        ${e}: { name: 'Acme ${e}', createdAt: '2026-11-02T09:00:00.000Z' },
      },
    });
    const active = await subgraph.query('{ ${es}(filter: { status: ACTIVE }) { totalCount } }');
    expect(active).toEqual({ data: { ${es}: { totalCount: 1 } } });
  });

  it('resolves a ${E} by representation, and an unknown or foreign id as null', async () => {
    const representations = [globex, toHubId('${E}', '${idPrefix}-999999'), toHubId('Customer', ACME), 'garbage'].map((id) => ({ __typename: '${E}', id }));
    expect(await subgraph.query(entitiesQuery('${E}', 'name'), { r: representations })).toEqual({
      data: { _entities: [{ name: 'Globex ${e}' }, null, null, null] },
    });
  });

  it('answers a malformed representation with a coded error, not a 500', async () => {
    for (const representations of malformedRepresentations('${E}', acme)) expectCodedError(await subgraph.call(entitiesQuery('${E}', 'name'), { r: representations }));
  });

  it("shows a portal caller its own customer's ${es} only", async () => {
    expect(await subgraph.query('{ ${es} { totalCount edges { node { id } } } }', {}, acmePortal)).toEqual({
      data: { ${es}: { totalCount: 1, edges: [{ node: { id: acme } }] } },
    });
    expect(await subgraph.query(entitiesQuery('${E}', 'name'), { r: [{ __typename: '${E}', id: globex }] }, acmePortal)).toEqual({ data: { _entities: [null] } });
  });

  it('creates a ${e} through its system API once per request key, and refuses a bad name without writing', async () => {
    const create = \`mutation ($request: SystemRequest!, $customerId: ID!, $name: String!) {
      create${E}(request: $request, customerId: $customerId, name: $name) { replayed userErrors { code } result }
    }\`;
    const request = { requestKey: 'scaffold-test-create', correlationId: 'scaffold-test' };
    const first = await systemCall(create, { request, customerId: toHubId('Customer', GLOBEX), name: 'Globex rollout' });
    const again = await systemCall(create, { request, customerId: toHubId('Customer', GLOBEX), name: 'Globex rollout' });
    expect(first.data?.create${E}).toMatchObject({ replayed: false, userErrors: [] });
    expect(again.data?.create${E}).toEqual({ ...first.data?.create${E}, replayed: true });
    const refused = await systemCall(create, { request: { ...request, requestKey: 'scaffold-test-blank' }, customerId: toHubId('Customer', GLOBEX), name: ' ' });
    expect(refused.data?.create${E}).toMatchObject({ replayed: false, userErrors: [{ code: 'INVALID_NAME' }] });
    expect(await subgraph.query('{ ${es} { totalCount } }')).toEqual({ data: { ${es}: { totalCount: 3 } } });
  });

  it('serves schema/${spec.name}.graphql as its SDL', async () => {
    const served = await subgraph.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('${spec.name}', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});
`;

  const registryEntry = `  {
    name: '${spec.name}',
    system: { code: '${code}', description: ${JSON.stringify(`${pascal(system.holds)}.`).replace(/"/g, "'")}, vendorFlavour: ${JSON.stringify(vendor).replace(/"/g, "'")} },
    entities: { ${E}: { prefix: '${spec.prefix}', nativeId: /^${idPrefix}-\\d{6,}$/ } },
    outbox: true,
    systemApi: true,
    // What its system writes report to the audit trail; name a column's public field to restrict it.
    auditedKinds: { ${E}: {} },
  },
`;

  const codegenBlocks = `  subgraphs/${spec.name}/__generated__/resolvers-types.ts:
    schema: [${[...sharedSchemaFiles, `schema/${spec.name}.graphql`].join(', ')}]
    plugins: [typescript, typescript-resolvers]
    config:
      <<: *common
      contextType: ../context.ts#${N}Context
      mappers:
        ${E}: ../connector/types.ts#${E}Record
        ${E}Connection: ../../shared/pagination.ts#Connection
  subgraphs/${spec.name}/__generated__/system-types.ts:
    schema: [schema/system/common.graphql, schema/system/${spec.name}.graphql]
    plugins: [typescript, typescript-resolvers]
    config:
      federation: false
      contextType: ../system.ts#${N}SystemContext
`;
  return { files, registryEntry, codegenBlocks };
}

/** Where the scaffold inserts a registry entry: before this line of subgraphs/registry.ts. */
export const REGISTRY_MARK = '  // new:domain adds a domain above this line';

/** Writes the scaffold into the working tree (relative to the current directory). */
export function writeScaffold(spec: DomainSpec): string[] {
  const codegen = readFileSync('codegen.yml', 'utf8');
  const { files, registryEntry, codegenBlocks } = scaffold(spec, sharedSchemaFilesOf(codegen));
  const written: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, { flag: 'wx' });
    written.push(path);
  }
  const registry = readFileSync('subgraphs/registry.ts', 'utf8');
  if (!registry.includes(REGISTRY_MARK)) throw new Error(`subgraphs/registry.ts has lost its marker line "${REGISTRY_MARK.trim()}"`);
  writeFileSync('subgraphs/registry.ts', registry.replace(REGISTRY_MARK, `${registryEntry}${REGISTRY_MARK}`));
  written.push('subgraphs/registry.ts');

  writeFileSync('codegen.yml', codegen.replace(/\ngenerates:\n/, `\ngenerates:\n${codegenBlocks}`));
  written.push('codegen.yml');
  return written;
}

/**
 * The schema list a domain's resolvers block starts with: what the customers block lists before
 * its own file (the shared fragment), so a new domain's codegen sees the same common types.
 */
function sharedSchemaFilesOf(codegen: string): string[] {
  const match = /subgraphs\/customers\/__generated__\/resolvers-types\.ts:\n\s+schema: (.*)\n/.exec(codegen);
  if (!match) throw new Error('codegen.yml has no customers resolvers block to take the shared schema list from');
  const listed = match[1].trim();
  if (!listed.startsWith('[')) return [];
  return listed
    .slice(1, -1)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== 'schema/customers.graphql');
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { entity: { type: 'string' }, prefix: { type: 'string' }, system: { type: 'string' }, vendor: { type: 'string' }, holds: { type: 'string' } },
  });
  const [name] = positionals;
  if (!name || !values.entity || !values.prefix) {
    console.error('usage: npm run new:domain -- <name> --entity <Type> --prefix <abc> --system <CODE> --vendor <Vendor> [--holds "<what it holds>"]');
    process.exit(2);
  }
  const spec: DomainSpec = {
    name,
    entity: values.entity,
    prefix: values.prefix,
    system: values.system ? { code: values.system, vendor: values.vendor ?? '', holds: values.holds ?? `${values.vendor ?? values.system} records` } : null,
  };
  const problems = specProblems(spec);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`new:domain: ${problem}`);
    process.exit(2);
  }
  for (const path of writeScaffold(spec)) console.log(`wrote ${path}`);
  console.log(
    `\nNext: fill in the model (schema/${name}.graphql, subgraphs/${name}/connector/), then\n  npm run compose && npm run codegen && npm test -- test/subgraphs/${name}.test.ts test/registry.test.ts`,
  );
}
