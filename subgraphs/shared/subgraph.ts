/**
 * What every domain subgraph shares: building its Apollo Server from SDL and resolvers, and
 * serving it over HTTP (the latter only from entry points and tests).
 */
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';

import { isObjectType, Kind, parse, visit, type DocumentNode, type GraphQLSchema } from 'graphql';
import { accessOf, enforceFieldRules, type Access, type AccessContext } from './access.ts';
import { requireCaller } from '../../platform/auth.ts';
import { badUserInput, useErrorLogging } from '../../platform/errors.ts';
import { sharedServerOptions } from '../../platform/server-options.ts';
import { useSingleMutation } from '../../platform/operation-rules.ts';
import { CACHED_SINCE_HEADER, createGraphQLListener, listen, sendJson, type ExtraGraphQLEndpoint, type RequestInfo } from '../../platform/http.ts';
import type { ReadScope } from './entity-cache.ts';
import { env } from '../../platform/env.ts';
import { useTracing } from '../../platform/tracing.ts';

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

/**
 * The shared SDL fragments (paths under schema/), in the order a domain's SDL includes them: the
 * common types, declared once instead of in each domain's file. `SourceSystem` is generated from the
 * registry of domains (scripts/shared-sdl.ts, run by `npm run compose`).
 */
export const SHARED_SDL_FILES = ['shared.graphql', '__generated__/source-system.graphql', 'shared-records.graphql'] as const;

const readSchemaFile = (file: string): string => readFileSync(new URL(file, SCHEMA_DIR), 'utf8');

/** The names of the types, scalars and directives a document declares. */
function declaredNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) => ('name' in definition && definition.name ? [definition.name.value] : []));
}

/** The names of the types a document refers to. */
function referencedTypes(document: DocumentNode): Set<string> {
  const names = new Set<string>();
  visit(document, { NamedType: (node) => void names.add(node.name.value) });
  return names;
}

/**
 * The files (under schema/) a domain's SDL is made of: each shared fragment that declares a type the
 * domain's file uses, directly or through another included fragment, then `<domain>.graphql`.
 */
export function domainSdlFiles(domain: string): string[] {
  const used = referencedTypes(parse(readSchemaFile(`${domain}.graphql`)));
  const fragments = SHARED_SDL_FILES.map((file) => ({ file, document: parse(readSchemaFile(file)) }));
  const included = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    for (const { file, document } of fragments) {
      if (included.has(file) || !declaredNames(document).some((name) => used.has(name))) continue;
      included.add(file);
      for (const name of referencedTypes(document)) used.add(name);
      grew = true;
    }
  }
  return [...SHARED_SDL_FILES.filter((file) => included.has(file)), `${domain}.graphql`];
}

/**
 * SDL of a domain subgraph: the shared fragments it uses, then `schema/<domain>.graphql` (the
 * source of truth of its own types). What it serves, composes, generates types from and is
 * governed as.
 */
export function readDomainSdl(domain: string): string {
  return domainSdlFiles(domain).map(readSchemaFile).join('\n');
}

/** A built subgraph: never listening; `serveSubgraph` or a test puts it on a port. */
/** What a domain's context factory receives: the request and its caller's access. */
export type ContextInfo = RequestInfo & { access: Access };

export interface Subgraph<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  server: ApolloServer<TContext>;
  /** Builds the per-request context (fresh loaders each time). */
  createContext: (info: RequestInfo) => Promise<TContext>;
  /** The internal system API served beside the subgraph, for the workflows service. */
  system?: ExtraGraphQLEndpoint;
  /** Background work of the subgraph: started once it listens, stopped (given `timeoutMs` to finish its work in flight) once it stopped accepting requests. */
  lifecycle?: { start(): Promise<void>; stop(timeoutMs?: number): Promise<void> };
}

export interface SubgraphOptions<TContext extends BaseContext> {
  name: string;
  typeDefs: string;
  resolvers: object;
  /** Builds the domain's context; it must carry `info.access` on as `access`. */
  createContext: (info: ContextInfo) => Promise<TContext>;
  system?: ExtraGraphQLEndpoint;
}

export function createSubgraph<TContext extends BaseContext & AccessContext>(options: SubgraphOptions<TContext>): Subgraph<TContext> {
  const schema = buildSubgraphSchema([{ typeDefs: parse(options.typeDefs), resolvers: options.resolvers as GraphQLResolverMap<unknown> }]);
  // @requiresRole and @inaccessible fields answer only the callers they allow (shared/access.ts).
  enforceFieldRules(schema);
  guardEntityRepresentations(schema);
  const { hardeningPlugins, ...serverOptions } = sharedServerOptions<TContext>();
  const server = new ApolloServer<TContext>({
    schema,
    ...serverOptions,
    plugins: [
      useErrorLogging(options.name),
      ApolloServerPluginInlineTraceDisabled(),
      useSingleMutation(),
      useTracing(),
      useCachedSinceHeader<TContext>(),
      ...hardeningPlugins,
    ],
  });
  return {
    name: options.name,
    schema,
    server,
    createContext: async (info) => options.createContext({ ...info, access: await accessOf(info.req) }),
    system: options.system,
  };
}

/**
 * An answer that used entity-cache records says when the oldest of them was read
 * (CACHED_SINCE_HEADER), so a response cache in front counts it as that old (docs/caching.md).
 */
function useCachedSinceHeader<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const since = (contextValue as { readScope?: ReadScope }).readScope?.oldestCachedAt;
          if (since !== null && since !== undefined) response.http.headers.set(CACHED_SINCE_HEADER, String(since));
        },
      };
    },
  };
}

/** The top-level field names of each `@key` of every entity type of `schema` (`@key(fields: "id")` → [["id"]]). */
function entityKeys(schema: GraphQLSchema): Map<string, string[][]> {
  const keys = new Map<string, string[][]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    const nodes = [type.astNode, ...(type.extensionASTNodes ?? [])];
    for (const directive of nodes.flatMap((node) => node?.directives ?? [])) {
      if (directive.name.value !== 'key') continue;
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      const selection = parse(`{ ${fields.value} }`).definitions[0];
      if (selection.kind !== Kind.OPERATION_DEFINITION) continue;
      const names = selection.selectionSet.selections.flatMap((field) => (field.kind === Kind.FIELD ? [field.name.value] : []));
      keys.set(type.name, [...(keys.get(type.name) ?? []), names]);
    }
  }
  return keys;
}

/**
 * `_entities` answers a malformed representation (not an object, no or an unknown `__typename`,
 * none of the type's `@key` fields) with BAD_USER_INPUT naming it, before any resolver runs: a
 * token sent straight to a subgraph gets a coded refusal, not an internal error.
 */
function guardEntityRepresentations(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolve = field?.resolve;
  if (!field || !resolve) return;
  const keys = entityKeys(schema);
  field.resolve = (source, args: { representations?: unknown }, context, info) => {
    const representations = Array.isArray(args.representations) ? args.representations : [];
    representations.forEach((representation: unknown, index) => {
      const where = `representations[${index}]`;
      if (typeof representation !== 'object' || representation === null || Array.isArray(representation)) {
        throw badUserInput('representations', `${where} must be an object with __typename and a key`);
      }
      const fields = representation as Record<string, unknown>;
      const typeKeys = typeof fields.__typename === 'string' ? keys.get(fields.__typename) : undefined;
      if (!typeKeys) throw badUserInput('representations', `${where} names no entity type of this subgraph`);
      if (!typeKeys.some((key) => key.every((name) => fields[name] !== undefined && fields[name] !== null))) {
        throw badUserInput('representations', `${where} lacks the ${fields.__typename} key (${typeKeys.map((key) => key.join(' ')).join(' or ')})`);
      }
    });
    return resolve(source, args, context, info);
  };
}

export interface ServedSubgraph {
  name: string;
  /** GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  /** Drains (in-flight requests, then background work in flight, within `timeoutMs`, default OPSGRAPH_SHUTDOWN_TIMEOUT_MS) and stops; idempotent. */
  stop: (timeoutMs?: number) => Promise<void>;
}

/** Starts the subgraph's Apollo Server and listens (port 0 picks a free port). */
export async function serveSubgraph<TContext extends BaseContext>(subgraph: Subgraph<TContext>, port = 0, host = env.host()): Promise<ServedSubgraph> {
  await subgraph.server.start();
  await subgraph.system?.server.start();
  const listener = createGraphQLListener(subgraph.server, {
    name: subgraph.name,
    context: subgraph.createContext,
    // A subgraph called directly still needs a valid token: the gateway forwards the caller's.
    authorize: requireCaller,
    extraEndpoints: subgraph.system ? [subgraph.system] : [],
    routes: { '/health': (_req, res) => sendJson(res, 200, { status: 'ok', service: subgraph.name }) },
  });
  const http = await listen(listener, port, host);
  await subgraph.lifecycle?.start();
  let stopping: Promise<void> | null = null;
  return {
    name: subgraph.name,
    url: `${http.origin}/graphql`,
    stop: (timeoutMs = env.shutdownTimeoutMs()) =>
      (stopping ??= (async () => {
        const deadline = Date.now() + timeoutMs;
        // No new request from here; the ones in flight finish, then the background work in flight (workflow steps).
        await http.stop(timeoutMs);
        await subgraph.lifecycle?.stop(Math.max(0, deadline - Date.now()));
        await subgraph.server.stop();
        await subgraph.system?.server.stop();
      })()),
  };
}
