/**
 * The gateway: Apollo Server 5 + @apollo/gateway on the committed supergraph
 * (schema/supergraph.graphql), with /health and /ready beside GraphQL and the operations console at /
 * (gateway/console.ts). Builds; `serveGateway` listens.
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { createRequire } from 'node:module';
import type { DocumentNode } from 'graphql';
import type { EventBus } from '../platform/events/types.ts';
import type http from 'node:http';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { bearerTokenCacheCounts, principalOf, requireCaller } from '../platform/auth.ts';
import { env } from '../platform/env.ts';
import { useErrorLogging } from '../platform/errors.ts';
import { sharedServerOptions } from '../platform/server-options.ts';
import { createGraphQLListener, HttpRefusal, listen, sendJson } from '../platform/http.ts';
import { useSingleMutation } from '../platform/operation-rules.ts';
import { createGatewayContext, type GatewayContext } from './context.ts';
import { createSubgraphHttpFromEnv, SubgraphDataSource } from './data-source.ts';
import { useTracing } from '../platform/tracing.ts';
import { OPERATION_LIMITS, useOperationLimits } from './limits.ts';
import { useInputRules } from './input-rules.ts';
import { createMemoryCache, withBoundedTtl, type BoundedCache, type BoundedCacheOptions } from './apq-cache.ts';
import { createRateLimiter, type RateLimiter, type RateLimitOptions } from './rate-limit.ts';
import {
  createTrustedDocuments,
  persistedQueryCache,
  readManifest,
  TRUSTED_DOCUMENTS_MODES,
  useTrustedDocuments,
  type TrustedDocumentsMode,
} from './trusted-documents.ts';
import { startLiveServer, type LiveServer, type LiveServerOptions } from './subscriptions/index.ts';
import { createResponseCache, responseCacheOptionsFromEnv, type ResponseCacheOptions } from './response-cache.ts';
import { createHash } from 'node:crypto';
import { createGatewayMetrics, type CacheCounts, type GatewayMetricsOptions } from './metrics.ts';
import { withConsole, type ConsoleOptions } from './console.ts';

const commonJsGraphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export interface GatewayOptions {
  /** GraphQL endpoint of each subgraph named in the supergraph. */
  subgraphUrls: Readonly<Record<string, string>>;
  /** @default the committed schema/supergraph.graphql */
  supergraphSdl?: string;
  /** Per-subgraph request time limit. @default 10000 */
  subgraphTimeoutMs?: number;
  /** Time limit of each subgraph health probe behind /ready. @default 1000 */
  readinessTimeoutMs?: number;
  /** Where domain events arrive; with it the gateway serves subscriptions over graphql-ws. */
  eventBus?: EventBus;
  /** Limits of the subscription server (see LiveServerOptions). */
  live?: Pick<LiveServerOptions, 'maxPendingEvents' | 'connectionInitWaitTimeoutMs'>;
  /** Browser origins allowed to call from elsewhere, over HTTP (CORS) and WebSocket. @default env OPSGRAPH_ALLOWED_ORIGINS */
  allowedOrigins?: readonly string[];
  /** Per-principal rate limit. @default env OPSGRAPH_RATE_LIMIT per OPSGRAPH_RATE_LIMIT_WINDOW_SECONDS */
  rateLimit?: RateLimitOptions;
  /** Redis URL of the state gateway replicas share (rate-limit counters, APQ cache). @default env REDIS_URL; unset: in memory */
  redisUrl?: string;
  /** Bounds of the gateway's cache (APQ registrations). @default env OPSGRAPH_CACHE_MAX_ENTRIES, OPSGRAPH_CACHE_MAX_MB, OPSGRAPH_CACHE_TTL_SECONDS */
  cache?: Partial<BoundedCacheOptions>;
  /** Trusted documents mode and manifest. @default env OPSGRAPH_TRUSTED_DOCUMENTS, OPSGRAPH_TRUSTED_DOCUMENTS_MANIFEST */
  trustedDocuments?: { mode: TrustedDocumentsMode; manifestPath: string };
  /** The response cache (docs/caching.md). @default env OPSGRAPH_RESPONSE_CACHE and friends, REDIS_URL */
  responseCache?: Partial<ResponseCacheOptions>;
  /** GET /metrics (docs/observability.md): the store-backed series' sources (the hub passes them), label bounds, process metrics. */
  metrics?: Omit<GatewayMetricsOptions, 'knownOperations'>;
  /** The operations console at / and GraphiQL at /graphiql (gateway/console.ts). @default console/dist; development tokens in NODE_ENV development and test only */
  console?: Partial<ConsoleOptions>;
}

function trustedDocumentsFromEnv(): { mode: TrustedDocumentsMode; manifestPath: string } {
  const mode = env.trustedDocuments();
  if (!TRUSTED_DOCUMENTS_MODES.includes(mode as TrustedDocumentsMode)) {
    throw new Error(`OPSGRAPH_TRUSTED_DOCUMENTS must be one of ${TRUSTED_DOCUMENTS_MODES.join(', ')}, got "${mode}"`);
  }
  return { mode: mode as TrustedDocumentsMode, manifestPath: env.trustedDocumentsManifest() };
}

/** The keyv store gateway replicas share: Redis when configured, else this process's memory. */
function createSharedStore(redisUrl: string | undefined): Keyv {
  if (!redisUrl) return new Keyv();
  // throwOnConnectError off: an unreachable Redis fails the operations that need it, not the process;
  // a connection attempt gives up after a second, so they are not held waiting for it.
  return new Keyv({ store: new KeyvRedis(redisUrl, { throwOnConnectError: false, connectionTimeout: 1_000 }), namespace: 'opsgraph' });
}

/** `authorize` of the gateway: a valid token (401), then the caller's rate limit (429 with Retry-After). */
function authorizeWithin(rateLimiter: RateLimiter) {
  return async (req: http.IncomingMessage): Promise<void> => {
    await requireCaller(req);
    const principal = await principalOf(req);
    const decision = await rateLimiter.hit(principal?.sub ?? 'anonymous');
    if (!decision.allowed) {
      const { limit, windowMs } = rateLimiter.options;
      throw new HttpRefusal(
        429,
        'RATE_LIMITED',
        `Rate limit of ${limit} operations per ${windowMs / 1000} s reached; retry after ${decision.retryAfterSeconds} s`,
        {
          'retry-after': String(decision.retryAfterSeconds),
        },
        principal?.sub ?? null,
      );
    }
  };
}

export function readSupergraphSdl(): string {
  return readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
}

export function createGateway(options: GatewayOptions) {
  const sharedStore = createSharedStore(options.redisUrl ?? env.redisUrl());
  const rateLimiter = createRateLimiter(sharedStore, options.rateLimit ?? { limit: env.rateLimit(), windowMs: env.rateLimitWindowSeconds() * 1000 });
  const trustedSettings = options.trustedDocuments ?? trustedDocumentsFromEnv();
  const allowedOrigins = options.allowedOrigins ?? env.allowedOrigins();
  const manifest = readManifest(trustedSettings.manifestPath);
  const trustedDocuments = createTrustedDocuments(trustedSettings.mode, manifest);
  // This gateway's metrics (GET /metrics); the trusted documents' operation names are always labels of their own.
  const metrics = createGatewayMetrics({ ...options.metrics, knownOperations: manifest.operations.map((operation) => operation.name) });
  const cacheBounds: BoundedCacheOptions = {
    maxEntries: options.cache?.maxEntries ?? env.cacheMaxEntries(),
    maxBytes: options.cache?.maxBytes ?? env.cacheMaxMegabytes() * 1024 * 1024,
    ttlSeconds: options.cache?.ttlSeconds ?? env.cacheTtlSeconds(),
  };
  // Bounded either way: an LRU in memory, or Redis with a TTL on every entry.
  // (keyv ships separate CommonJS and ESM typings; the adapter is typed against the former.)
  const sharedCache: BoundedCache =
    sharedStore.store instanceof KeyvRedis
      ? withBoundedTtl(new KeyvAdapter<string>(sharedStore as unknown as ConstructorParameters<typeof KeyvAdapter>[0]), cacheBounds.ttlSeconds)
      : createMemoryCache(cacheBounds);
  // One keep-alive pool for every subgraph fetch of this gateway, closed by stop().
  const subgraphHttp = createSubgraphHttpFromEnv(options.subgraphTimeoutMs);
  // Answers of queries, invalidated by domain events; replicas in front of the same subgraphs share them in Redis.
  const responseCache = createResponseCache(
    { ...responseCacheOptionsFromEnv(), redisUrl: options.redisUrl ?? env.redisUrl(), ...options.responseCache },
    {
      bus: options.eventBus ?? null,
      namespace: createHash('sha256')
        .update(JSON.stringify(Object.entries(options.subgraphUrls).sort()))
        .digest('hex')
        .slice(0, 16),
    },
  );
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl ?? readSupergraphSdl(),
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`no URL configured for subgraph "${name}"`);
      return new SubgraphDataSource({ name, url, http: subgraphHttp, timer: metrics.subgraphFetches(name) });
    },
  });
  const { hardeningPlugins, ...serverOptions } = sharedServerOptions<GatewayContext>();
  const apqCounts: CacheCounts = { hits: 0, misses: 0 };
  metrics.addCache('apq', () => apqCounts);
  metrics.addCache('response', () => (responseCache.plugin ? responseCache.stats() : null));
  // The process's cache of verified tokens (in a hub, the in-process subgraphs' lookups too).
  metrics.addCache('token', bearerTokenCacheCounts);
  const entityCache = options.metrics?.sources?.entityCache;
  if (entityCache) metrics.addCache('entity', entityCache);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    ...serverOptions,
    // Apollo's cache is the shared store: a bounded LRU in memory, or Redis across replicas.
    cache: sharedCache,
    // APQ for everyone; registered trusted documents answer by hash without registration. A document
    // over OPERATION_LIMITS.maxDocumentBytes is refused before it is registered (useOperationLimits).
    persistedQueries: { cache: persistedQueryCache(trustedDocuments, sharedCache, apqCounts), ttl: cacheBounds.ttlSeconds },
    // The same limits apply to subscriptions (gateway/subscriptions/).
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
    plugins: [
      metrics.plugin,
      useTracing(),
      useErrorLogging('gateway'),
      useSingleMutation(),
      useOperationLimits(),
      useInputRules(),
      useTrustedDocuments(trustedDocuments),
      ...hardeningPlugins,
      ...(responseCache.plugin ? [responseCache.plugin] : []),
    ],
  });

  // The API schema as loaded (and reloaded), as SDL: the live server extends it with the
  // subscriptions. @apollo/gateway is CommonJS and builds its schema with graphql's CommonJS copy,
  // which ESM code here cannot use directly (another "realm"), so it is printed with that copy.
  let apiSchemaSdl: string | null = null;
  const schemaListeners = new Set<(sdl: string) => void>();
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
    apiSchemaSdl = commonJsGraphql.printSchema(apiSchema);
    responseCache.setApiSchema(apiSchemaSdl);
    for (const listener of schemaListeners) listener(apiSchemaSdl);
  });

  let started = false;
  const readinessTimeoutMs = options.readinessTimeoutMs ?? 1_000;

  /** Each subgraph's health: true when its /health answered 200 in time. */
  async function probeSubgraphs(): Promise<Record<string, boolean>> {
    const entries = await Promise.all(
      Object.entries(options.subgraphUrls).map(async ([name, url]) => {
        try {
          const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(readinessTimeoutMs) });
          await response.body?.cancel();
          return [name, response.ok] as const;
        } catch {
          return [name, false] as const;
        }
      }),
    );
    return Object.fromEntries(entries);
  }

  const graphqlListener = createGraphQLListener(server, {
    name: 'gateway',
    context: createGatewayContext,
    // Every operation needs a valid token and stays within its caller's rate limit; /health and /ready stay public.
    authorize: authorizeWithin(rateLimiter),
    maxBodyBytes: 100 * 1024,
    // Preflights are answered before `authorize`: a browser sends them without a token.
    cors: { allowedOrigins },
    routes: {
      '/health': (_req, res) => sendJson(res, 200, { status: 'ok' }),
      '/ready': async (_req, res) => {
        const subgraphs = await probeSubgraphs();
        const ready = started && Object.values(subgraphs).every(Boolean);
        sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', supergraph: started, subgraphs });
      },
      // Public like /health: Prometheus scrapers carry no token, and no label holds anything a caller could not see.
      '/metrics': async (_req, res) => {
        const text = await metrics.text();
        res.writeHead(200, { 'content-type': metrics.contentType });
        res.end(text);
      },
    },
  });
  const listener = metrics.measureHttp(withConsole(graphqlListener, { dir: options.console?.dir, devTokens: options.console?.devTokens ?? env.isLocalMode() }));

  return {
    server,
    listener,
    /** The event bus subscriptions are fed from; without one the gateway serves no subscriptions. */
    eventBus: options.eventBus ?? null,
    liveOptions: { ...options.live, allowedOrigins, rateLimiter, trustedDocuments, frameWritten: metrics.frameWritten },
    /** This gateway's metrics (GET /metrics). */
    metrics,
    /** What the gateway holds in memory that traffic could grow (tests and the soak watch it stay bounded). */
    boundedState: () => ({ cache: sharedCache.stats(), rateLimitKeys: rateLimiter.trackedKeys(), responseCache: responseCache.stats().memory }),
    /** The response cache's counts (hits, misses, stored, events applied, Redis failures). */
    responseCacheStats: () => responseCache.stats(),
    /** Calls `listener` with the API schema's SDL now (if loaded) and whenever the supergraph changes; returns how to stop. */
    onApiSchema(listener: (sdl: string) => void): () => void {
      schemaListeners.add(listener);
      if (apiSchemaSdl) listener(apiSchemaSdl);
      return () => schemaListeners.delete(listener);
    },
    /** Executes an operation through the federated graph as the given caller. */
    async execute(query: DocumentNode, variables: Record<string, unknown>, contextValue: GatewayContext) {
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not used');
      return response.body.singleResult;
    },
    /** Loads the supergraph and starts Apollo Server (call before serving requests). */
    async start(): Promise<void> {
      await server.start();
      await responseCache.start();
      started = true;
    },
    /** Stops; subgraph fetches still in flight are given `timeoutMs` (default: as long as they take) before they are cut. */
    async stop(timeoutMs?: number): Promise<void> {
      started = false;
      await server.stop();
      await responseCache.stop();
      await subgraphHttp.stop(timeoutMs);
      await sharedStore.disconnect();
    },
  };
}

export type Gateway = ReturnType<typeof createGateway>;

export interface ServedGateway {
  /** http://host:port/graphql (and ws://host:port/graphql for subscriptions) */
  url: string;
  port: number;
  /** The subscription server, when the gateway has an event bus. */
  live: LiveServer | null;
  /**
   * Drains, then stops (docs/observability.md, Shutdown): no new connection or request is accepted,
   * WebSocket clients are closed with 1001, the HTTP requests in flight finish within `timeoutMs`
   * (default OPSGRAPH_SHUTDOWN_TIMEOUT_MS), then the gateway's pools and caches close. Idempotent.
   */
  stop: (timeoutMs?: number) => Promise<void>;
}

/** Starts the gateway and listens on `port` (0 = any free port). */
export async function serveGateway(gateway: Gateway, port: number, host = env.host()): Promise<ServedGateway> {
  await gateway.start();
  const http = await listen(gateway.listener, port, host);
  const live = gateway.eventBus ? await startLiveServer(http.httpServer, { ...gateway.liveOptions, bus: gateway.eventBus, execute: gateway.execute }) : null;
  const stopSchemaUpdates = live ? gateway.onApiSchema((schema) => live.setApiSchema(schema)) : () => undefined;
  if (live) gateway.metrics.setLiveSubscriptions(live.activeSubscriptions);
  let stopping: Promise<void> | null = null;
  return {
    url: `${http.origin}/graphql`,
    port: http.port,
    live,
    stop: (timeoutMs = env.shutdownTimeoutMs()) =>
      (stopping ??= (async () => {
        const deadline = Date.now() + timeoutMs;
        stopSchemaUpdates();
        gateway.metrics.setLiveSubscriptions(null);
        // No new connection or request from here (a request on an open connection gets 503, /ready
        // included); the requests in flight finish within the bound while WebSocket clients are sent 1001.
        const draining = http.stop(timeoutMs);
        // A client that does not answer the close handshake is not waited for past the bound (ws cuts it later).
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([live?.stop(), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
        clearTimeout(timer);
        await draining;
        await gateway.stop(Math.max(0, deadline - Date.now()));
      })()),
  };
}
