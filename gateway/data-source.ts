/**
 * How the gateway talks to a subgraph: forwards the correlation id, bounds each request in time,
 * and turns a subgraph that cannot be reached (refused, timed out, 5xx, no GraphQL answer) into
 * partial data with an UPSTREAM_UNAVAILABLE error on the affected path instead of failing the whole
 * operation. GraphQL errors a subgraph returns with a 4xx status are passed on as they are.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Kind, parse, type SelectionSetNode } from 'graphql';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentialToken, visibilityKey } from '../platform/auth.ts';
import { env } from '../platform/env.ts';
import { CACHED_SINCE_HEADER, CORRELATION_HEADER, FRESH_READ_HEADER } from '../platform/http.ts';
import { logger } from '../platform/logger.ts';
import { injectTraceHeaders, SpanKind, withSpan } from '../platform/tracing.ts';
import type { GatewayContext } from './context.ts';
import { fetchShared, isQueryDocument } from './dedup.ts';
import { createSubgraphHttp, fetcherResponse, type SubgraphHttp } from './subgraph-http.ts';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type ReceivedResponse = Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0];

/**
 * Whether a fetch must read past the subgraphs' entity caches (docs/caching.md): one of a mutation
 * (its payload shows what the write changed, before any event is applied), or behind a
 * subscription (built after an event the caches may not have applied yet).
 */
function freshRead(options: GraphQLDataSourceProcessOptions<GatewayContext>): boolean {
  if (!('incomingRequestContext' in options)) return false;
  return options.context.builtByGateway === true || (options.incomingRequestContext.operation?.operation ?? 'query') !== 'query';
}

/** The sharing scope of the fetch being sent (gateway/dedup.ts): set around `process`, read by the fetcher. */
const fetchScope = new AsyncLocalStorage<{ service: string; visibility: string } | null>();

export interface SubgraphDataSourceOptions {
  name: string;
  url: string;
  /** Per-request time limit (when the data source builds its own `http`). @default env OPSGRAPH_SUBGRAPH_TIMEOUT_MS (10000) */
  timeoutMs?: number;
  /** The gateway's subgraph transport (one keep-alive pool for all subgraphs); when absent the data source builds its own. */
  http?: SubgraphHttp;
  /** Identical query fetches in flight share one request (gateway/dedup.ts). @default env OPSGRAPH_GATEWAY_DEDUP (on) */
  dedup?: boolean;
  /** Times each fetch, answered or not (the gateway's metrics, gateway/metrics.ts). */
  timer?: { observe(seconds: number): void };
}

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly serviceName: string;
  readonly dedup: boolean;
  readonly #timer: { observe(seconds: number): void } | null;

  constructor(options: SubgraphDataSourceOptions) {
    const http = options.http ?? createSubgraphHttpFromEnv(options.timeoutMs);
    type Init = Parameters<SubgraphHttp['send']>[1];
    super({
      url: options.url,
      fetcher: (async (input: string, init: Init = {}) =>
        fetcherResponse(input, await fetchShared(http.send, input, init, fetchScope.getStore() ?? null))) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
    this.serviceName = options.name;
    this.dedup = options.dedup ?? env.gatewayDedup();
    this.#timer = options.timer ?? null;
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const { request, context } = options;
    if (freshRead(options)) request.http?.headers.set(FRESH_READ_HEADER, '1');
    // Proves the request was planned by the gateway: subgraphs answer fields hidden from the public graph only then.
    request.http?.headers.set(GATEWAY_CREDENTIAL_HEADER, await gatewayCredentialToken());
    if ('correlationId' in context && typeof context.correlationId === 'string') {
      request.http?.headers.set(CORRELATION_HEADER, context.correlationId);
    }
    if ('authorization' in context && typeof context.authorization === 'string') {
      request.http?.headers.set('authorization', context.authorization);
    }
    // Tracing on: the subgraph's request span is a child of this fetch's span (W3C traceparent).
    for (const [name, value] of Object.entries(injectTraceHeaders({}))) request.http?.headers.set(name, value);
  }

  override didReceiveResponse({ response, context }: ReceivedResponse): GatewayGraphQLResponse {
    // The answer used cached entity records read at this time: the whole answer is that old.
    const since = Number(response.http?.headers.get(CACHED_SINCE_HEADER) ?? Number.NaN);
    if (Number.isFinite(since)) context.cachedSince = Math.min(context.cachedSince ?? since, since);
    return response;
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // A query shares with identical ones in flight from callers who see the same (gateway/dedup.ts);
    // a mutation, or any fetch with deduplication off, goes alone.
    const { query } = options.request;
    // A fresh read goes alone too: an identical fetch in flight may be answered from the entity caches.
    const shareable = this.dedup && typeof query === 'string' && isQueryDocument(query) && !freshRead(options);
    const scope = shareable ? { service: this.serviceName, visibility: visibilityKey(options.context.principal ?? null) } : null;
    const startedAt = this.#timer ? performance.now() : 0;
    try {
      // One span per subgraph fetch when tracing is on (platform/tracing.ts).
      return await withSpan(
        `fetch ${this.serviceName}`,
        { kind: SpanKind.CLIENT, attributes: { 'opsgraph.subgraph': this.serviceName, 'url.full': this.url ?? '' } },
        () => fetchScope.run(scope, () => super.process(options)),
      );
    } catch (error) {
      // A subgraph that answered 4xx with GraphQL errors refused the request: pass its errors on.
      const response = (error as { extensions?: { response?: { status?: number; body?: unknown } } }).extensions?.response;
      const body = response?.body as { errors?: unknown } | undefined;
      if (response?.status !== undefined && response.status < 500 && Array.isArray(body?.errors)) {
        return { errors: body.errors } as GatewayGraphQLResponse;
      }
      const correlationId = 'correlationId' in options.context ? options.context.correlationId : undefined;
      logger.warn({ service: this.serviceName, correlationId, err: error }, 'subgraph unavailable');
      const message = `The ${this.serviceName} service is unavailable`;
      const extensions = { code: 'UPSTREAM_UNAVAILABLE', serviceName: this.serviceName };
      const paths = affectedPaths(options.request.query, options.request.variables);
      return {
        errors: paths.length ? paths.map((path) => ({ message, path, extensions })) : [{ message, extensions }],
      } as unknown as GatewayGraphQLResponse;
    } finally {
      this.#timer?.observe((performance.now() - startedAt) / 1000);
    }
  }
}

/** Idle gateway → subgraph connections close after this long: below the subgraphs' 65 s server keep-alive (platform/http.ts). */
const SUBGRAPH_KEEP_ALIVE_MS = 60_000;

/** The subgraph transport the environment configures (OPSGRAPH_SUBGRAPH_TRANSPORT, _CONNECTIONS, _TIMEOUT_MS). */
export function createSubgraphHttpFromEnv(timeoutMs = env.subgraphTimeoutMs()): SubgraphHttp {
  return createSubgraphHttp({
    transport: env.subgraphTransport(),
    timeoutMs,
    connections: env.subgraphConnections(),
    keepAliveMs: SUBGRAPH_KEEP_ALIVE_MS,
  });
}

/** Names of the fields a selection set asks for (aliases where given), through inline fragments. */
function selectedFields(selectionSet: SelectionSetNode | undefined): string[] {
  const names: string[] = [];
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value !== '__typename') names.push((selection.alias ?? selection.name).value);
    if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...selectedFields(selection.selectionSet));
  }
  return names;
}

/**
 * The response paths a failed subgraph fetch leaves null: each root field, or each requested field
 * of each entity (`_entities.<i>.<field>`, which the gateway maps back to the client's path).
 */
export function affectedPaths(query: string | undefined, variables: Record<string, unknown> | undefined): (string | number)[][] {
  if (!query) return [];
  const operation = parse(query).definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const paths: (string | number)[][] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    if (selection.name.value === '_entities') {
      const representations = Array.isArray(variables?.representations) ? variables.representations : [];
      const fields = [...new Set(selectedFields(selection.selectionSet))];
      representations.forEach((_representation, index) => {
        for (const field of fields) paths.push(['_entities', index, field]);
      });
    } else if (selection.name.value !== '__typename') {
      paths.push([(selection.alias ?? selection.name).value]);
    }
  }
  return paths;
}
