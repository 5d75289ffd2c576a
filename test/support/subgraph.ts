/**
 * Starts one domain subgraph on its own: its registry entry built over its own store on the test
 * backend (OPSGRAPH_TEST_BACKEND, as test/support/hub.ts), served with `serveSubgraph` on port 0,
 * and talked to over HTTP with the headers the gateway sends (gateway/data-source.ts): the caller's
 * bearer token, the correlation id and the gateway's credential.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Kind, parse, print, type DefinitionNode, type DocumentNode } from 'graphql';
import { expect } from 'vitest';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentialToken, signToken, type Role } from '../../platform/auth.ts';
import type { Domain } from '../../subgraphs/registry.ts';
import { CORRELATION_HEADER } from '../../platform/http.ts';
import { insertRows, type SqlDatabase, type SqlRow } from '../../platform/sql.ts';
import { openDomainStore } from '../../platform/store.ts';
import { SERVICES } from '../../subgraphs/services.ts';
import { readDomainSdl, serveSubgraph } from '../../subgraphs/shared/subgraph.ts';
import { fixture } from './fixture.ts';
import { dropSchemaSet, TEST_BACKEND, type GraphQLResult } from './hub.ts';

const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Who calls: a role and, for portal users, the hub id of their customer. */
export interface Caller {
  role: Role;
  customerId?: string | null;
}

export interface CallOptions {
  /** @default an analyst */
  as?: Caller;
  /** Send the gateway's credential, as a request the gateway planned carries. @default true */
  viaGateway?: boolean;
  /** @default a fresh UUID */
  correlationId?: string;
}

export interface SubgraphResponse<T> {
  status: number;
  /** The correlation id the subgraph answered with. */
  correlationId: string | null;
  body: GraphQLResult<T>;
}

export interface TestSubgraph {
  name: Domain;
  url: string;
  db: SqlDatabase;
  /** POSTs an operation straight to this subgraph. */
  call<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<SubgraphResponse<T>>;
  /** `call`, answering the body only. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: CallOptions): Promise<GraphQLResult<T>>;
  stop(): Promise<void>;
}

export interface TestSubgraphOptions {
  /** Fills the freshly migrated store. @default the fixture's rows of this domain */
  fill?: (db: SqlDatabase) => Promise<void>;
  /** GraphQL URLs of the peers the subgraph calls. */
  peerUrls?: Partial<Record<Domain, string>>;
  /** The PostgreSQL schema prefix; subgraphs started side by side in one file may share one. */
  schemaPrefix?: string;
}

/** Inserts the fixture's rows of `domain` (test/support/fixture.ts) into its store. */
export function fixtureRowsOf(domain: Domain): (db: SqlDatabase) => Promise<void> {
  return (db) =>
    db.transaction(async (tx) => {
      for (const [table, rows] of Object.entries((fixture as Partial<Record<Domain, Record<string, SqlRow[]>>>)[domain] ?? {}))
        await insertRows(tx, table, rows);
    });
}

/** A fresh throwaway PostgreSQL schema prefix. */
export function newSchemaPrefix(): string {
  return `t${randomBytes(4).toString('hex')}_`;
}

const tokens = new Map<string, Promise<string>>();

/** A bearer token of `caller`, signed as the hub signs them. */
export function tokenOf(caller: Caller): Promise<string> {
  const customerId = caller.customerId ?? null;
  const key = `${caller.role}|${customerId ?? ''}`;
  let token = tokens.get(key);
  if (!token) {
    token = signToken({ sub: `test-${caller.role}${customerId ? `-${customerId}` : ''}`, roles: [caller.role], customerId });
    tokens.set(key, token);
  }
  return token;
}

/** The headers the gateway sends a subgraph for `caller` (gateway/data-source.ts). */
export async function gatewayHeaders(caller: Caller, correlationId: string, viaGateway = true): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    authorization: `Bearer ${await tokenOf(caller)}`,
    [CORRELATION_HEADER]: correlationId,
    ...(viaGateway ? { [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredentialToken() } : {}),
  };
}

export async function startTestSubgraph(domain: Domain, options: TestSubgraphOptions = {}): Promise<TestSubgraph> {
  const definition = SERVICES.find((service) => service.name === domain);
  if (!definition) throw new Error(`no service ${domain} in the registry`);
  const schemaPrefix = options.schemaPrefix ?? newSchemaPrefix();
  const db = await openDomainStore(
    domain,
    definition.migrations,
    TEST_BACKEND === 'postgres' ? { postgresUrl: POSTGRES_URL, schemaPrefix } : { postgresUrl: null, dataDir: ':memory:' },
  );
  const dispose = async () => {
    await db.close();
    if (TEST_BACKEND === 'postgres') await dropSchemaSet(POSTGRES_URL, schemaPrefix);
  };
  let served: Awaited<ReturnType<typeof serveSubgraph>>;
  try {
    await (options.fill ?? fixtureRowsOf(domain))(db);
    served = await serveSubgraph(definition.build(db, { peerUrls: options.peerUrls }), 0, '127.0.0.1');
  } catch (error) {
    await dispose();
    throw error;
  }
  async function call<T>(query: string, variables: Record<string, unknown> = {}, callOptions: CallOptions = {}): Promise<SubgraphResponse<T>> {
    const correlationId = callOptions.correlationId ?? randomUUID();
    const response = await fetch(served.url, {
      method: 'POST',
      headers: await gatewayHeaders(callOptions.as ?? { role: 'analyst' }, correlationId, callOptions.viaGateway ?? true),
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, correlationId: response.headers.get(CORRELATION_HEADER), body: (await response.json()) as GraphQLResult<T> };
  }
  return {
    name: domain,
    url: served.url,
    db,
    call,
    query: async (query, variables, callOptions) => (await call(query, variables, callOptions)).body as never,
    stop: async () => {
      await served.stop();
      await dispose();
    },
  };
}

/** An `_entities` query selecting `selection` on `type`. */
export function entitiesQuery(type: string, selection: string): string {
  return `query ($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${selection} } } }`;
}

/** Representations no gateway would send: no `__typename`, no key, a type the subgraph does not have, not an object. */
export function malformedRepresentations(type: string, id: string): unknown[][] {
  return [[{ id }], [{ __typename: type }], [{ __typename: 'NoSuchType', id }], ['not an object']];
}

/**
 * A refusal as every server here answers one: HTTP 200 with GraphQL errors at `_entities`, each
 * carrying `extensions.code` BAD_USER_INPUT (or one of `codes` when given), and nothing internal (no
 * stack trace, no loader, driver or SQL text).
 */
export function expectCodedError(response: SubgraphResponse<unknown>, codes: readonly string[] = ['BAD_USER_INPUT']): void {
  expect(response.status).toBe(200);
  const errors = response.body.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(codes).toContain(error.extensions?.code);
    expect(error.path?.[0]).toBe('_entities');
    expect(error.extensions).not.toHaveProperty('stacktrace');
    // An internal error is masked: its own message (a TypeError's, say) never reaches the caller.
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') expect(error.message).toBe('Internal server error');
    expect(error.message).not.toMatch(/loader|select |insert |sqlite|postgres|\.ts\b|\n\s*at /i);
  }
}

/** What federation adds to a served SDL: its directives and scalars, `_Entity`, `_Service` and the `_entities`/`_service` root fields. */
function isFederationMachinery(definition: DefinitionNode, imported: ReadonlySet<string>): boolean {
  if (definition.kind === Kind.OBJECT_TYPE_EXTENSION) {
    return definition.name.value === 'Query' && (definition.fields ?? []).every((field) => ['_entities', '_service'].includes(field.name.value));
  }
  if (!('name' in definition) || !definition.name) return false;
  const name = definition.name.value;
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) return name === 'link' || name.startsWith('federation__') || imported.has(name);
  return /^(_|federation__|link__)/.test(name);
}

/** The directives a document imports from the federation spec (its `@link(url: "https://specs.apollo.dev/federation/…", import: […])`). */
function federationImports(document: DocumentNode): Set<string> {
  const imported = new Set<string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const directive of definition.directives ?? []) {
      const url = directive.arguments?.find((argument) => argument.name.value === 'url')?.value;
      const imports = directive.arguments?.find((argument) => argument.name.value === 'import')?.value;
      if (url?.kind !== Kind.STRING || !url.value.startsWith('https://specs.apollo.dev/federation/') || imports?.kind !== Kind.LIST) continue;
      for (const value of imports.values) if (value.kind === Kind.STRING) imported.add(value.value.replace(/^@/, ''));
    }
  }
  return imported;
}

/** Each definition of a document printed on its own, sorted (order and spacing aside). */
function printedDefinitions(definitions: readonly DefinitionNode[]): string[] {
  return definitions.map((definition) => print(definition)).sort();
}

/**
 * The definitions of a subgraph's `_service { sdl }` less what federation adds, and those of its SDL
 * (readDomainSdl: the shared fragments it uses, then schema/<domain>.graphql), printed one by one and
 * sorted: equal when the subgraph serves its SDL.
 */
export function sdlDefinitions(domain: Domain, sdl: string): { served: string[]; file: string[] } {
  const file = parse(readDomainSdl(domain));
  const imported = federationImports(file);
  return {
    served: printedDefinitions(parse(sdl).definitions.filter((definition) => !isFederationMachinery(definition, imported))),
    file: printedDefinitions(file.definitions),
  };
}
