/**
 * The one module that reads the process environment. Everything else receives
 * configuration as typed values from here (or from its caller's options).
 */
import currencyCodes from 'currency-codes';

/**
 * A subgraph's name (the registry of domains, subgraphs/registry.ts, lists them; the platform knows
 * none by name). Per-domain settings are `<NAME>_URL`, `<NAME>_PORT` and `<NAME>_DATABASE_URL`.
 */
export type Domain = string;

/** Signs development tokens when `JWT_SECRET` is unset; refused in production. */
const DEVELOPMENT_JWT_SECRET = 'opsgraph-development-secret-not-for-production';

function read(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/**
 * One allowed-origin entry: an exact origin (`https://app.example.com`), or one ending in `:*` for
 * any port of its scheme and host (`http://localhost:*`). Throws on anything else (a path, `*`, `null`).
 */
export function parseAllowedOrigin(entry: string, source = 'allowed origin'): { origin: string; anyPort: boolean } {
  const anyPort = entry.endsWith(':*');
  const origin = anyPort ? entry.slice(0, -2) : entry;
  let parsed: URL | null = null;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.origin !== origin || (anyPort && parsed.port !== '')) {
    throw new Error(`${source}: "${entry}" is not an origin such as https://app.example.com or http://localhost:*`);
  }
  return { origin, anyPort };
}

/** A service-level target: a whole number of seconds, minutes, hours, days or business days. */
const SLO_TARGET = /^(0|[1-9][0-9]{0,5})(s|m|h|d|bd)$/;

function readInt(name: string, fallback: number): number {
  const raw = read(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return value;
}

export const env = {
  /** Gateway HTTP/WebSocket port. @default 4000 */
  port: (): number => readInt('PORT', 4000),
  /** Host the gateway and subgraphs bind to. @default 127.0.0.1 */
  host: (): string => read('HOST') ?? '127.0.0.1',
  /** Folder holding the embedded node:sqlite stores, one file per domain. @default .data */
  dataDir: (): string => read('OPSGRAPH_DATA_DIR') ?? '.data',
  /**
   * PostgreSQL URL for a domain's system of record: `<DOMAIN>_DATABASE_URL` wins over
   * `DATABASE_URL`; neither set means the embedded node:sqlite store.
   */
  databaseUrl: (domain: Domain): string | undefined => read(`${domain.toUpperCase()}_DATABASE_URL`) ?? read('DATABASE_URL'),
  /** Prefix of the PostgreSQL schema that holds each domain's tables (`<prefix><domain>`). @default opsgraph_ */
  pgSchemaPrefix: (): string => read('OPSGRAPH_PG_SCHEMA_PREFIX') ?? 'opsgraph_',
  /**
   * PostgreSQL connections one store's pool opens at most, per process (a call waits in the pool for
   * a free one). Seven stores per hub: the default keeps a hub at 35, well under the server's usual
   * 100, so several hubs or processes share one server. @default 5
   */
  pgPoolMax: (): number => {
    const value = readInt('OPSGRAPH_PG_POOL_MAX', 5);
    if (value < 1 || value > 100) throw new Error(`OPSGRAPH_PG_POOL_MAX must be 1 to 100, got ${value}`);
    return value;
  },
  /** Scale of the demo data seeded on first start. @default 1 */
  demoScale: (): number => readInt('OPSGRAPH_DEMO_SCALE', 1),
  /** Seed of the demo data generator. @default 42 */
  demoSeed: (): number => readInt('OPSGRAPH_DEMO_SEED', 42),
  /**
   * The business date KPIs are computed against (overdue invoices, DSO window), as YYYY-MM-DD.
   * @default today's UTC date
   */
  asOfDate: (): string | undefined => read('OPSGRAPH_AS_OF'),
  /**
   * The group's functional currency (ISO 4217): what `portfolio` reports in when no `currency` is
   * given (docs/kpis.md, Currencies). @default USD
   */
  reportingCurrency: (): string => read('OPSGRAPH_REPORTING_CURRENCY') ?? 'USD',
  /** Fixed port per subgraph when each runs as its own process (`<DOMAIN>_PORT`). @default 0 (any free port) */
  subgraphPort: (domain: Domain): number => readInt(`${domain.toUpperCase()}_PORT`, 0),
  /** Subgraph URL override for a gateway running apart from its subgraphs (`<DOMAIN>_URL`). */
  subgraphUrl: (domain: Domain): string | undefined => read(`${domain.toUpperCase()}_URL`),
  /** `development` turns on introspection and GraphQL landing pages. @default development for npm start */
  nodeEnv: (): string => read('NODE_ENV') ?? 'development',
  /** NATS server for the JetStream event bus; unset means the in-process bus. */
  natsUrl: (): string | undefined => read('NATS_URL'),
  /** JetStream stream of the domain events. @default OPSGRAPH_EVENTS */
  natsStream: (): string => read('OPSGRAPH_NATS_STREAM') ?? 'OPSGRAPH_EVENTS',
  /** Subject prefix of the domain events (`<prefix>.<source>.<type>`). @default opsgraph.events */
  natsSubjectPrefix: (): string => read('OPSGRAPH_NATS_SUBJECT_PREFIX') ?? 'opsgraph.events',
  /** Longest age of an event in the JetStream stream (older ones are discarded). @default 168 (7 days) */
  natsMaxAgeHours: (): number => Math.max(1, readInt('OPSGRAPH_NATS_MAX_AGE_HOURS', 168)),
  /** Largest size of the JetStream stream in MiB (the oldest events go first). @default 1024 */
  natsMaxMegabytes: (): number => Math.max(1, readInt('OPSGRAPH_NATS_MAX_MB', 1024)),
  /** Hours a published outbox row is kept before the relay deletes it (never an unpublished row). @default 168 (7 days) */
  outboxRetentionHours: (): number => Math.max(1, readInt('OPSGRAPH_OUTBOX_RETENTION_HOURS', 168)),
  /**
   * Backstop poll of each outbox relay, in ms: the relay is woken by the commits that append to its
   * outbox, and polls only for what a wake-up cannot reach (a writer in another process on
   * node:sqlite, a lost PostgreSQL listener). @default 1000
   */
  outboxPollMs: (): number => Math.max(10, readInt('OPSGRAPH_OUTBOX_POLL_MS', 1_000)),
  /**
   * How long a graceful stop may take, in ms: in-flight HTTP requests finish and in-flight workflow
   * steps end within it; what is still running then is cut off (docs/observability.md, Shutdown). @default 10000
   */
  shutdownTimeoutMs: (): number => Math.max(0, readInt('OPSGRAPH_SHUTDOWN_TIMEOUT_MS', 10_000)),
  /**
   * Whether KPI reads use the event-maintained read models (docs/read-models.md); off computes every
   * figure from the rows (the models are still kept). @default on
   */
  readModels: (): boolean => {
    const value = read('OPSGRAPH_READ_MODELS') ?? 'on';
    if (value !== 'on' && value !== 'off') throw new Error(`OPSGRAPH_READ_MODELS must be on or off, got "${value}"`);
    return value === 'on';
  },
  /** Backstop poll of the read-model maintainers for changes no event announced (ms). @default 1000 */
  readModelPollMs: (): number => Math.max(10, readInt('OPSGRAPH_READ_MODEL_POLL_MS', 1_000)),
  /**
   * Targets of the journeys' service levels that differ from their defaults (docs/journeys.md):
   * a JSON object from SLO name to a target, `<n>s`, `<n>m`, `<n>h`, `<n>d` (calendar) or `<n>bd`
   * (business days, Monday to Friday in UTC), e.g. `{"approved-time-posted":"30m"}`. Which names
   * exist is the journeys module's to check. @default {} (every SLO at its default)
   */
  sloTargets: (): Record<string, string> => {
    const raw = read('OPSGRAPH_SLOS');
    if (raw === undefined) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = null;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Error(`OPSGRAPH_SLOS must be a JSON object of SLO name to target, e.g. {"approved-time-posted":"30m"}, got "${raw}"`);
    }
    for (const [name, target] of Object.entries(parsed)) {
      if (typeof target !== 'string' || !SLO_TARGET.test(target)) {
        throw new Error(`OPSGRAPH_SLOS: the target of ${name} must be <n>s, <n>m, <n>h, <n>d or <n>bd, got ${JSON.stringify(target)}`);
      }
    }
    return parsed as Record<string, string>;
  },
  /** Days back the `slos` attainment (and its metric) counts journeys whose clock started. @default 30 */
  sloWindowDays: (): number => Math.min(3_660, Math.max(1, readInt('OPSGRAPH_SLO_WINDOW_DAYS', 30))),
  /** How often the journeys' sweeper looks for overdue stages to raise as SLO breaches (ms); it also runs after each journey event. @default 60000 */
  journeySweepMs: (): number => Math.max(50, readInt('OPSGRAPH_JOURNEY_SWEEP_MS', 60_000)),
  /**
   * HS256 secret that signs and verifies bearer tokens (user tokens and the service credential the
   * workflows service presents to system APIs). Required in every mode but development and test
   * (production, staging, anything else), so a deployment never runs on the public development secret.
   * @default a fixed development secret in development and test only
   */
  jwtSecret: (): string => {
    const secret = read('JWT_SECRET');
    if (secret) return secret;
    if (!env.isLocalMode()) throw new Error(`JWT_SECRET must be set when NODE_ENV=${env.nodeEnv()}`);
    return DEVELOPMENT_JWT_SECRET;
  },
  /**
   * NODE_ENV is `development` or `test`: the only modes where development conveniences (the
   * development secret, sample tokens, `npm run token`) exist. Every other mode is treated as production.
   */
  isLocalMode: (): boolean => LOCAL_MODES.includes(env.nodeEnv()),
  /**
   * JSON Web Key Set of an identity provider: user tokens signed RS256 or ES256 with its keys are
   * accepted (besides HS256 with JWT_SECRET, which the hub's own credentials always use).
   */
  jwksUrl: (): string | undefined => read('JWKS_URL'),
  /** Expected `iss` claim of bearer tokens, checked when set. */
  jwtIssuer: (): string | undefined => read('JWT_ISSUER'),
  /** Expected `aud` claim of bearer tokens, checked when set. */
  jwtAudience: (): string | undefined => read('JWT_AUDIENCE'),
  /**
   * Verified tokens each process (the gateway, every subgraph thread) remembers, so a token is
   * verified once and not on every request: an LRU, each entry kept until the token's `exp` at most.
   * 0 verifies every token every time. @default 10000
   */
  tokenCacheMaxEntries: (): number => Math.max(0, readInt('OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES', 10_000)),
  /** Attempts of a workflow step toward a system of record before it is parked. @default 4 */
  workflowMaxAttempts: (): number => readInt('OPSGRAPH_WORKFLOW_MAX_ATTEMPTS', 4),
  /** First retry delay of a workflow step; doubles per attempt, with jitter. @default 200 */
  workflowRetryBaseMs: (): number => readInt('OPSGRAPH_WORKFLOW_RETRY_BASE_MS', 200),
  /**
   * How long a workflow stays with the process driving it without renewal (ms). The driver renews it
   * every third of this; another process takes over a workflow whose lease expired. @default 30000
   */
  workflowLeaseMs: (): number => Math.max(100, readInt('OPSGRAPH_WORKFLOW_LEASE_MS', 30_000)),
  /**
   * How long the gateway waits for a subgraph's answer (ms). A governed mutation's validation ends
   * well before it (see workflowValidationDeadlineMs), so the client hears which system is down.
   * @default 10000
   */
  subgraphTimeoutMs: (): number => Math.max(100, readInt('OPSGRAPH_SUBGRAPH_TIMEOUT_MS', 10_000)),
  /** The overall time a governed mutation's validation may take: 80% of the gateway's subgraph timeout. */
  workflowValidationDeadlineMs: (): number => Math.floor(env.subgraphTimeoutMs() * 0.8),
  /** How often a workflows process looks for unfinished workflows whose lease expired (ms). @default 5000 */
  workflowResumeEveryMs: (): number => Math.max(50, readInt('OPSGRAPH_WORKFLOW_RESUME_EVERY_MS', 5_000)),
  /**
   * How often the workflows service scans the systems of record for drift (docs/reconciliation.md), in
   * ms; 0 turns the schedule off (reconcile on demand still runs). @default 0
   */
  reconcileEveryMs: (): number => Math.max(0, readInt('OPSGRAPH_RECONCILE_EVERY_MS', 0)),
  /** Hours an idempotency key is remembered (at least 24). @default 48 */
  idempotencyTtlHours: (): number => Math.max(24, readInt('OPSGRAPH_IDEMPOTENCY_TTL_HOURS', 48)),
  /**
   * Test hook for the crash test: `<workflow type>:<step>:<before|after>` makes the workflows
   * process exit abruptly (as `kill -9` would) at that step boundary. Never set in production.
   */
  crashAt: (): string | undefined => read('OPSGRAPH_CRASH_AT'),
  /** Log level: silent, error, warn, info. @default info */
  logLevel: (): string => read('LOG_LEVEL') ?? 'info',
  /** Redis for state the gateway replicas share (rate-limit counters, the APQ cache); unset: in memory. */
  redisUrl: (): string | undefined => read('REDIS_URL'),
  /**
   * `on`: identical query fetches the gateway has in flight to a subgraph at once (the same document,
   * variables and caller visibility: roles and customer) share one request; `off`: each is sent. @default on
   */
  gatewayDedup: (): boolean => {
    const value = read('OPSGRAPH_GATEWAY_DEDUP') ?? 'on';
    if (value !== 'on' && value !== 'off') throw new Error(`OPSGRAPH_GATEWAY_DEDUP must be on or off, got "${value}"`);
    return value === 'on';
  },
  /**
   * How the gateway sends subgraph requests (gateway/subgraph-http.ts): `pool`, undici's `request`
   * over a keep-alive pool; `fetch`, the global fetch (kept to measure one against the other). @default pool
   */
  subgraphTransport: (): 'pool' | 'fetch' => {
    const value = read('OPSGRAPH_SUBGRAPH_TRANSPORT') ?? 'pool';
    if (value !== 'pool' && value !== 'fetch') throw new Error(`OPSGRAPH_SUBGRAPH_TRANSPORT must be pool or fetch, got "${value}"`);
    return value;
  },
  /** Open connections from the gateway to one subgraph at most (pool transport). @default 128 */
  subgraphConnections: (): number => Math.max(1, readInt('OPSGRAPH_SUBGRAPH_CONNECTIONS', 128)),
  /**
   * `on`: the gateway answers a repeated query from its response cache (gateway/response-cache.ts,
   * docs/caching.md) until a domain event invalidates it or its TTL passes; `off`: every query runs. @default on
   */
  responseCache: (): boolean => {
    const value = read('OPSGRAPH_RESPONSE_CACHE') ?? 'on';
    if (value !== 'on' && value !== 'off') throw new Error(`OPSGRAPH_RESPONSE_CACHE must be on or off, got "${value}"`);
    return value === 'on';
  },
  /**
   * Longest life of a cached response (ms): the backstop for a change that reaches the cache by no
   * event (docs/caching.md, Staleness). @default 60000
   */
  responseCacheTtlMs: (): number => Math.max(1_000, readInt('OPSGRAPH_RESPONSE_CACHE_TTL_MS', 60_000)),
  /** Responses the response cache keeps in memory. @default 5000 */
  responseCacheMaxEntries: (): number => Math.max(1, readInt('OPSGRAPH_RESPONSE_CACHE_MAX_ENTRIES', 5_000)),
  /** MiB the response cache keeps in memory (keys and responses). @default 64 */
  responseCacheMaxMegabytes: (): number => Math.max(1, readInt('OPSGRAPH_RESPONSE_CACHE_MAX_MB', 64)),
  /** Largest response the response cache keeps, in KiB (in memory and in Redis); larger ones are not cached. @default 512 */
  responseCacheMaxEntryKilobytes: (): number => Math.max(1, readInt('OPSGRAPH_RESPONSE_CACHE_MAX_ENTRY_KB', 512)),
  /**
   * Longest wait for Redis on one response-cache call (ms): past it the call counts as a miss and the
   * query runs. @default 100
   */
  responseCacheTimeoutMs: (): number => Math.max(1, readInt('OPSGRAPH_RESPONSE_CACHE_TIMEOUT_MS', 100)),
  /**
   * `on`: each subgraph reads its hot records (projects, customers, consultants by id, a customer's
   * projects, rate cards, exchange rates) through its entity cache (subgraphs/shared/entity-cache.ts,
   * docs/caching.md) until a domain event invalidates them or their TTL passes; `off`: every read
   * goes to the connector. @default on
   */
  entityCache: (): boolean => {
    const value = read('OPSGRAPH_ENTITY_CACHE') ?? 'on';
    if (value !== 'on' && value !== 'off') throw new Error(`OPSGRAPH_ENTITY_CACHE must be on or off, got "${value}"`);
    return value === 'on';
  },
  /** Longest life of a cached entity (ms): the backstop for a change no event announces (docs/caching.md). @default 60000 */
  entityCacheTtlMs: (): number => Math.max(1_000, readInt('OPSGRAPH_ENTITY_CACHE_TTL_MS', 60_000)),
  /** Records each subgraph's entity cache keeps in memory. @default 20000 */
  entityCacheMaxEntries: (): number => Math.max(1, readInt('OPSGRAPH_ENTITY_CACHE_MAX_ENTRIES', 20_000)),
  /** MiB each subgraph's entity cache keeps in memory (keys and records). @default 32 */
  entityCacheMaxMegabytes: (): number => Math.max(1, readInt('OPSGRAPH_ENTITY_CACHE_MAX_MB', 32)),
  /** Longest wait for Redis on one entity-cache call (ms): past it the call is a miss and the connector answers. @default 100 */
  entityCacheTimeoutMs: (): number => Math.max(1, readInt('OPSGRAPH_ENTITY_CACHE_TIMEOUT_MS', 100)),
  /** Entries the gateway's cache (APQ registrations) keeps in memory. @default 10000 */
  cacheMaxEntries: (): number => Math.max(1, readInt('OPSGRAPH_CACHE_MAX_ENTRIES', 10_000)),
  /** MiB the gateway's cache keeps in memory (keys and values). @default 32 */
  cacheMaxMegabytes: (): number => Math.max(1, readInt('OPSGRAPH_CACHE_MAX_MB', 32)),
  /** Longest life of a gateway cache entry (APQ registration), in memory and in Redis. @default 86400 (a day) */
  cacheTtlSeconds: (): number => Math.max(1, readInt('OPSGRAPH_CACHE_TTL_SECONDS', 86_400)),
  /** Operations per principal per rate-limit window at the gateway; 0 turns the limit off. @default 1200 */
  rateLimit: (): number => readInt('OPSGRAPH_RATE_LIMIT', 1200),
  /**
   * Trusted documents: `portal` lets portal callers run only operations registered in the manifest,
   * `all` every caller; `off` runs any operation (with APQ). @default off
   */
  trustedDocuments: (): string => read('OPSGRAPH_TRUSTED_DOCUMENTS') ?? 'off',
  /** The trusted documents manifest (`npm run persist` writes it). @default trusted-documents/manifest.json */
  trustedDocumentsManifest: (): string => read('OPSGRAPH_TRUSTED_DOCUMENTS_MANIFEST') ?? 'trusted-documents/manifest.json',
  /**
   * Browser origins allowed to call the gateway from another origin (CORS over HTTP, and the Origin
   * of a WebSocket upgrade), comma-separated exact origins (`https://portal.example.com`); an entry
   * ending in `:*` allows any port (`http://localhost:*`). The gateway's own host is always allowed
   * over WebSocket. @default development: `http://localhost:*`, `http://127.0.0.1:*`, `http://[::1]:*`;
   * otherwise none
   */
  allowedOrigins: (): readonly string[] => {
    const raw = read('OPSGRAPH_ALLOWED_ORIGINS');
    if (raw === undefined) return env.nodeEnv() === 'development' ? ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'] : [];
    const origins = raw
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
    for (const origin of origins) parseAllowedOrigin(origin, 'OPSGRAPH_ALLOWED_ORIGINS');
    return origins;
  },
  /** Length of the rate-limit window in seconds. @default 60 */
  rateLimitWindowSeconds: (): number => Math.max(1, readInt('OPSGRAPH_RATE_LIMIT_WINDOW_SECONDS', 60)),
  /**
   * Where OpenTelemetry traces go (platform/tracing.ts, docs/observability.md): `otlp` (OTLP over
   * HTTP), `console`, or `none`; `OTEL_SDK_DISABLED=true` means none too. @default none (no SDK is started)
   */
  tracesExporter: (): 'otlp' | 'console' | 'none' => {
    if (read('OTEL_SDK_DISABLED') === 'true') return 'none';
    const value = read('OTEL_TRACES_EXPORTER') ?? 'none';
    if (value !== 'otlp' && value !== 'console' && value !== 'none') throw new Error(`OTEL_TRACES_EXPORTER must be otlp, console or none, got "${value}"`);
    return value;
  },
  /**
   * The OTLP/HTTP traces endpoint: `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT` as given, else
   * `OTEL_EXPORTER_OTLP_ENDPOINT` + `/v1/traces`. @default http://localhost:4318/v1/traces
   */
  otlpTracesEndpoint: (): string => {
    const traces = read('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
    if (traces) return traces;
    const base = read('OTEL_EXPORTER_OTLP_ENDPOINT') ?? 'http://localhost:4318';
    return `${base.replace(/\/+$/, '')}/v1/traces`;
  },
  /** Headers sent with every OTLP export (`OTEL_EXPORTER_OTLP_TRACES_HEADERS`, else `OTEL_EXPORTER_OTLP_HEADERS`: `key=value,…`). */
  otlpTracesHeaders: (): Record<string, string> => {
    const raw = read('OTEL_EXPORTER_OTLP_TRACES_HEADERS') ?? read('OTEL_EXPORTER_OTLP_HEADERS') ?? '';
    const headers: Record<string, string> = {};
    for (const pair of raw.split(',')) {
      const at = pair.indexOf('=');
      if (at > 0) headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
    }
    return headers;
  },
  /** The `service.name` of the spans this process exports. @default opsgraph */
  otelServiceName: (): string => read('OTEL_SERVICE_NAME') ?? 'opsgraph',
};

/**
 * How a process runs: `hub` is `npm start` (every service in one process), `gateway` and `subgraph`
 * are services run apart (`npm run gateway`, `npm run subgraph`), `tool` a command such as
 * `npm run seed`.
 */
export type EntryPoint = 'hub' | 'gateway' | 'subgraph' | 'tool';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const TRUSTED_DOCUMENT_MODES = ['off', 'portal', 'all'];
/** The NODE_ENV values in which development conveniences exist; every other value is production. */
const LOCAL_MODES: readonly string[] = ['development', 'test'];
/** Shortest `JWT_SECRET` accepted in production: 32 characters (256 bits of HS256 key at best). */
const MIN_PRODUCTION_SECRET_LENGTH = 32;

/**
 * `OPSGRAPH_ALONE=true`: a service run apart without `NATS_URL` declares that no other OpsGraph
 * process shares its events, so its in-process bus reaching only itself loses nothing it needs.
 * @default false
 */
function alone(): boolean {
  return read('OPSGRAPH_ALONE') === 'true';
}

/**
 * Every problem with the configuration in the environment, one sentence each; empty when it is sound.
 * `domains` are the subgraphs whose settings apply (the registry's list).
 * Entry points call it (through `refuseInvalidConfig`) before they open a store or a port.
 */
export function validateConfig(entry: EntryPoint, domains: readonly Domain[]): string[] {
  const problems: string[] = [];
  // Every getter that parses (integers) throws on a malformed value: run them all.
  for (const getter of Object.values(env)) {
    if (typeof getter !== 'function' || getter.length > 0) continue;
    try {
      (getter as () => unknown)();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  const integerAtLeast = (name: string, min: number, max = Number.MAX_SAFE_INTEGER): void => {
    const raw = read(name);
    if (raw === undefined || !Number.isInteger(Number(raw))) return; // unset, or reported above
    if (Number(raw) < min || Number(raw) > max) problems.push(`${name} must be between ${min} and ${max}, got "${raw}"`);
  };
  const url = (name: string, protocols: readonly string[]): void => {
    const raw = read(name);
    if (raw === undefined) return;
    for (const entry of name === 'NATS_URL' ? raw.split(',') : [raw]) {
      let protocol: string | null = null;
      try {
        protocol = new URL(entry.trim()).protocol.replace(/:$/, '');
      } catch {
        protocol = null;
      }
      if (protocol === null || !protocols.includes(protocol)) {
        problems.push(`${name} must be a ${protocols.map((p) => `${p}://`).join(' or ')} URL, got "${entry.trim()}"`);
      }
    }
  };
  const oneOf = (name: string, allowed: readonly string[]): void => {
    const raw = read(name);
    if (raw !== undefined && !allowed.includes(raw)) problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  };

  integerAtLeast('PORT', 0, 65_535);
  integerAtLeast('OPSGRAPH_DEMO_SCALE', 1);
  integerAtLeast('OPSGRAPH_WORKFLOW_MAX_ATTEMPTS', 1);
  integerAtLeast('OPSGRAPH_WORKFLOW_RETRY_BASE_MS', 0);
  integerAtLeast('OPSGRAPH_IDEMPOTENCY_TTL_HOURS', 1);
  integerAtLeast('OPSGRAPH_RATE_LIMIT', 0);
  integerAtLeast('OPSGRAPH_RATE_LIMIT_WINDOW_SECONDS', 1);
  integerAtLeast('OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES', 0);
  integerAtLeast('OPSGRAPH_RESPONSE_CACHE_TTL_MS', 1_000);
  integerAtLeast('OPSGRAPH_RESPONSE_CACHE_MAX_ENTRIES', 1);
  integerAtLeast('OPSGRAPH_RESPONSE_CACHE_MAX_MB', 1);
  integerAtLeast('OPSGRAPH_RESPONSE_CACHE_MAX_ENTRY_KB', 1);
  integerAtLeast('OPSGRAPH_RESPONSE_CACHE_TIMEOUT_MS', 1);
  integerAtLeast('OPSGRAPH_ENTITY_CACHE_TTL_MS', 1_000);
  integerAtLeast('OPSGRAPH_ENTITY_CACHE_MAX_ENTRIES', 1);
  integerAtLeast('OPSGRAPH_ENTITY_CACHE_MAX_MB', 1);
  integerAtLeast('OPSGRAPH_ENTITY_CACHE_TIMEOUT_MS', 1);
  integerAtLeast('OPSGRAPH_SUBGRAPH_CONNECTIONS', 1);
  integerAtLeast('OPSGRAPH_OUTBOX_POLL_MS', 10);
  integerAtLeast('OPSGRAPH_SHUTDOWN_TIMEOUT_MS', 0);
  integerAtLeast('OPSGRAPH_SLO_WINDOW_DAYS', 1, 3_660);
  integerAtLeast('OPSGRAPH_JOURNEY_SWEEP_MS', 50);
  url('DATABASE_URL', ['postgres', 'postgresql']);
  for (const domain of domains) {
    const upper = domain.toUpperCase();
    try {
      env.subgraphPort(domain);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
    integerAtLeast(`${upper}_PORT`, 0, 65_535);
    url(`${upper}_DATABASE_URL`, ['postgres', 'postgresql']);
    url(`${upper}_URL`, ['http', 'https']);
  }
  url('NATS_URL', ['nats', 'tls', 'ws', 'wss']);
  url('REDIS_URL', ['redis', 'rediss']);
  url('JWKS_URL', ['https', 'http']);
  url('OTEL_EXPORTER_OTLP_ENDPOINT', ['http', 'https']);
  url('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', ['http', 'https']);
  oneOf('LOG_LEVEL', LOG_LEVELS);
  oneOf('OPSGRAPH_TRUSTED_DOCUMENTS', TRUSTED_DOCUMENT_MODES);
  oneOf('OPSGRAPH_ALONE', ['true', 'false']);
  oneOf('OPSGRAPH_ENTITY_CACHE', ['on', 'off']);
  const reportingCurrency = read('OPSGRAPH_REPORTING_CURRENCY');
  if (reportingCurrency !== undefined && !(/^[A-Z]{3}$/.test(reportingCurrency) && currencyCodes.code(reportingCurrency))) {
    problems.push(`OPSGRAPH_REPORTING_CURRENCY must be an ISO 4217 code such as USD, got "${reportingCurrency}"`);
  }
  const asOf = read('OPSGRAPH_AS_OF');
  if (asOf !== undefined) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T00:00:00Z`) : null;
    if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== asOf) {
      problems.push(`OPSGRAPH_AS_OF must be a date (YYYY-MM-DD), got "${asOf}"`);
    }
  }
  const crashAt = read('OPSGRAPH_CRASH_AT');
  if (crashAt !== undefined && !/^[^:]+:[^:]+:(before|after)$/.test(crashAt)) {
    problems.push(`OPSGRAPH_CRASH_AT must be <workflow>:<step>:<before|after>, got "${crashAt}"`);
  }

  if (!env.isLocalMode()) {
    const mode = `NODE_ENV=${env.nodeEnv()}`;
    const secret = read('JWT_SECRET');
    if (secret !== undefined && secret.length < MIN_PRODUCTION_SECRET_LENGTH) {
      problems.push(`JWT_SECRET must be at least ${MIN_PRODUCTION_SECRET_LENGTH} characters when ${mode} (it has ${secret.length})`);
    }
    if (secret === DEVELOPMENT_JWT_SECRET) problems.push(`JWT_SECRET must not be the development secret when ${mode}`);
    if (crashAt !== undefined) problems.push(`OPSGRAPH_CRASH_AT is a test hook and must not be set when ${mode}`);
  }

  if (entry === 'gateway') {
    for (const domain of domains) {
      if (!env.subgraphUrl(domain)) problems.push(`${domain.toUpperCase()}_URL is not set: the gateway needs every subgraph's GraphQL URL`);
    }
  }
  // A service run apart with an in-process bus hears only itself: subscriptions at a gateway would
  // receive nothing and the events of one service would never reach another's consumers.
  if ((entry === 'gateway' || entry === 'subgraph') && !env.natsUrl() && !alone()) {
    problems.push(
      "NATS_URL is not set: services run apart share their events only through NATS JetStream (OPSGRAPH_ALONE=true if no other OpsGraph process shares this one's events)",
    );
  }
  return problems;
}

/**
 * Refuses to go on with an unsound configuration: prints each problem on a line of its own to
 * stderr and exits with code 1 (no stack trace). Call it first thing in every entry point.
 */
export function refuseInvalidConfig(entry: EntryPoint, domains: readonly Domain[]): void {
  const problems = validateConfig(entry, domains);
  if (problems.length === 0) return;
  for (const problem of problems) console.error(`Invalid configuration: ${problem}`);
  process.exit(1);
}
