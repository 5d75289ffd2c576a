/**
 * The gateway's Prometheus metrics, served at `GET /metrics` (docs/observability.md): prom-client on
 * a registry of this gateway's own (never prom-client's global one, so several gateways in one
 * process keep their numbers apart), plus the process's default metrics from one registry per
 * process, all prefixed `opsgraph_`.
 *
 * Cheap when nothing scrapes: the hot paths only observe histograms on label children bound in
 * advance (or bound once per label value); cache counts are plain numbers the caches keep anyway,
 * and the store-backed series are read from the stores only when a scrape asks (`collect`).
 *
 * Every label set is bounded: operation names are those of the trusted documents plus the first
 * `maxOperationNames` others seen (then `other`), statuses are HTTP status codes, subgraphs are the
 * supergraph's, and the values read from stores are checked and capped. No label carries an entity
 * id, a customer, a token or any other caller input beyond an operation name.
 */
import type http from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { logger } from '../platform/logger.ts';
import type { GatewayContext } from './context.ts';

/** A cache's lookups, counted by the cache itself and read at scrape time. */
export interface CacheCounts {
  hits: number;
  misses: number;
}

/** One row of a store-backed series: its label values and its value. */
export interface LabelledValue<L extends string> {
  labels: Record<L, string>;
  value: number;
}

/**
 * What the gateway may read from the stores at scrape time. The hub, which owns the store
 * connections, passes them (scripts/metric-sources.ts); a gateway started alone has none and exposes
 * everything else.
 */
export interface MetricSources {
  /** Age in seconds of each store's oldest unpublished outbox row (0 when none), by store name. */
  outboxLagSeconds?: () => Promise<Record<string, number>>;
  /** Workflows by type and stored status. */
  workflows?: () => Promise<LabelledValue<'type' | 'status'>[]>;
  /** Exceptions not resolved yet (OPEN or RETRYING), by kind (the workflow's type) and the system that failed. */
  openExceptions?: () => Promise<LabelledValue<'kind' | 'system'>[]>;
  /** Completed journeys' cycle times by journey kind, counted in the cumulative buckets `bounds` (seconds): one observation per journey, recorded once, so no count ever decreases. */
  journeyCycleTimes?: (bounds: readonly number[]) => Promise<BucketedRow<'kind'>[]>;
  /** Each SLO's attainment over its window (0..1), by SLO name; an SLO with nothing decided in the window is left out. */
  sloAttainment?: () => Promise<LabelledValue<'slo'>[]>;
  /** The subgraphs' entity caches' lookups (the hub's subgraphs, every thread), counted as cache `entity`. */
  entityCache?: () => CacheCounts | null;
}

/** One series of a store-backed histogram: its labels, observation count and sum, and the cumulative count at each bucket bound. */
export interface BucketedRow<L extends string> {
  labels: Record<L, string>;
  count: number;
  sum: number;
  /** Observations at or below each bound, in the order of the bounds. */
  buckets: number[];
}

export interface GatewayMetricsOptions {
  /** Operation names that always get their own label value (the trusted documents' names). */
  knownOperations?: Iterable<string>;
  /** Other operation names that get their own label value, first come first served; the rest count as `other`. @default 100 */
  maxOperationNames?: number;
  /** Store-backed series, read at scrape time. */
  sources?: MetricSources;
  /** Also serve the process's default metrics (CPU, memory, event loop, GC), prefixed `opsgraph_`. @default true */
  processMetrics?: boolean;
}

/** Label values read from a store: short names only, else `other`. */
const SAFE_LABEL = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
/** Series per store-backed metric at most; the rest are summed into one `other` series. */
const MAX_STORE_SERIES = 200;
/** GraphQL names (operation names are GraphQL names), and not too long. */
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const EVENT_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
/** Journey cycle times: a minute to a quarter (seconds). */
const JOURNEY_BUCKETS = [60, 300, 900, 3_600, 14_400, 86_400, 259_200, 604_800, 1_209_600, 2_592_000, 7_776_000];

let processRegistry: Registry | null = null;

/** The process's default metrics: one registry per process, however many gateways run in it. */
function processMetricsRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: 'opsgraph_' });
  }
  return processRegistry;
}

/** The label value of a store-read name. */
function safeLabel(value: unknown): string {
  return typeof value === 'string' && SAFE_LABEL.test(value) ? value : 'other';
}

/**
 * Sets a gauge from rows read from a store: unsafe label values become `other`, and past
 * MAX_STORE_SERIES distinct label sets the rest are summed into an all-`other` one.
 */
function setRows<L extends string>(gauge: Gauge<L>, labelNames: readonly L[], rows: readonly LabelledValue<L>[]): void {
  const totals = new Map<string, { labels: Record<L, string>; value: number }>();
  const overflow = Object.fromEntries(labelNames.map((name) => [name, 'other'])) as Record<L, string>;
  const overflowKey = JSON.stringify(labelNames.map(() => 'other'));
  for (const row of rows) {
    let labels = Object.fromEntries(labelNames.map((name) => [name, safeLabel(row.labels[name])])) as Record<L, string>;
    let key = JSON.stringify(labelNames.map((name) => labels[name]));
    // One series is kept for the overflow.
    if (!totals.has(key) && key !== overflowKey && totals.size >= MAX_STORE_SERIES - 1) {
      labels = overflow;
      key = overflowKey;
    }
    const total = totals.get(key) ?? { labels, value: 0 };
    total.value += Number.isFinite(row.value) ? row.value : 0;
    totals.set(key, total);
  }
  gauge.reset();
  for (const { labels, value } of totals.values()) gauge.set(labels as never, value);
}

/** What one HTTP request carries for its measurement: set by the listener, named by the plugin. */
interface RequestMeasure {
  startedAt: number;
  operation: string;
}

export function createGatewayMetrics(options: GatewayMetricsOptions = {}) {
  const registry = new Registry();
  const includeProcess = options.processMetrics ?? true;
  const known = new Set([...(options.knownOperations ?? [])].filter((name) => OPERATION_NAME.test(name)));
  const maxOthers = Math.max(0, options.maxOperationNames ?? 100);
  const others = new Set<string>();
  const sources = options.sources ?? {};

  const httpDuration = new Histogram<'operation' | 'status'>({
    name: 'opsgraph_http_request_duration_seconds',
    help: 'GraphQL requests over HTTP, from arrival to the last byte of the answer, by operation name and HTTP status.',
    labelNames: ['operation', 'status'],
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const subgraphDuration = new Histogram<'subgraph'>({
    name: 'opsgraph_subgraph_fetch_duration_seconds',
    help: 'Fetches the gateway makes from a subgraph for a query plan, by subgraph.',
    labelNames: ['subgraph'],
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const eventToClient = new Histogram({
    name: 'opsgraph_event_to_client_seconds',
    help: "From a domain event's occurredAt (its commit) to the moment its subscription frame is written to a subscriber's socket.",
    buckets: EVENT_BUCKETS,
    registers: [registry],
  });

  const caches = new Map<string, () => CacheCounts | null>();
  new Counter<'cache' | 'result'>({
    name: 'opsgraph_cache_requests_total',
    help: 'Cache lookups by cache (response, token, apq, entity) and result (hit, miss).',
    labelNames: ['cache', 'result'],
    registers: [registry],
    collect() {
      this.reset();
      for (const [cache, read] of caches) {
        const counts = read();
        if (!counts) continue;
        this.inc({ cache, result: 'hit' }, counts.hits);
        this.inc({ cache, result: 'miss' }, counts.misses);
      }
    },
  });

  let liveSubscriptions: (() => number) | null = null;
  new Gauge({
    name: 'opsgraph_active_subscriptions',
    help: 'Subscriptions in place on this gateway (accepted and listening for events).',
    registers: [registry],
    collect() {
      this.set(liveSubscriptions?.() ?? 0);
    },
  });

  /** Runs a source for a scrape; a failing store leaves its series out of this scrape. */
  async function read<T>(name: string, source: (() => Promise<T>) | undefined): Promise<T | null> {
    if (!source) return null;
    try {
      return await source();
    } catch (error) {
      logger.warn({ origin: 'metrics', source: name, err: error }, 'metric source failed; its series are left out of this scrape');
      return null;
    }
  }

  if (sources.outboxLagSeconds) {
    new Gauge<'store'>({
      name: 'opsgraph_outbox_lag_seconds',
      help: "Age of each store's oldest domain event not yet published to the bus (0 when none is pending).",
      labelNames: ['store'],
      registers: [registry],
      async collect() {
        const lag = await read('outbox', sources.outboxLagSeconds);
        setRows(
          this,
          ['store'],
          Object.entries(lag ?? {}).map(([store, value]) => ({ labels: { store }, value })),
        );
      },
    });
  }
  if (sources.workflows) {
    new Gauge<'type' | 'status'>({
      name: 'opsgraph_workflows',
      help: 'Workflows in the workflows store, by type and status.',
      labelNames: ['type', 'status'],
      registers: [registry],
      async collect() {
        setRows(this, ['type', 'status'], (await read('workflows', sources.workflows)) ?? []);
      },
    });
  }
  if (sources.openExceptions) {
    new Gauge<'kind' | 'system'>({
      name: 'opsgraph_exceptions_open',
      help: 'Exceptions not resolved yet (open or being retried), by kind (the workflow type) and the system that failed.',
      labelNames: ['kind', 'system'],
      registers: [registry],
      async collect() {
        setRows(this, ['kind', 'system'], (await read('exceptions', sources.openExceptions)) ?? []);
      },
    });
  }

  if (sources.journeyCycleTimes) {
    // A histogram whose buckets are counted in the store at scrape time (the journeys are kept by
    // another process's consumer) from append-only observations, so it is monotonic as a Prometheus
    // histogram must be: prom-client's registry prints what `get` answers as it prints its own.
    const name = 'opsgraph_journey_cycle_time_seconds';
    const help = 'Completed business journeys, from their first stage to their last, by kind (docs/journeys.md).';
    const journeyCycleTimes = sources.journeyCycleTimes;
    registry.registerMetric({
      name,
      help,
      type: 'histogram',
      aggregator: 'sum',
      async get() {
        const rows = ((await read('journeys', () => journeyCycleTimes(JOURNEY_BUCKETS))) ?? []).slice(0, MAX_STORE_SERIES);
        const values = rows.flatMap((row) => {
          const labels = { kind: safeLabel(row.labels.kind) };
          return [
            ...JOURNEY_BUCKETS.map((bound, index) => ({
              metricName: `${name}_bucket`,
              labels: { ...labels, le: String(bound) },
              value: row.buckets[index] ?? 0,
            })),
            { metricName: `${name}_bucket`, labels: { ...labels, le: '+Inf' }, value: row.count },
            { metricName: `${name}_sum`, labels, value: row.sum },
            { metricName: `${name}_count`, labels, value: row.count },
          ];
        });
        return { name, help, type: 'histogram', aggregator: 'sum', values };
      },
    } as unknown as Parameters<Registry['registerMetric']>[0]);
  }
  if (sources.sloAttainment) {
    new Gauge<'slo'>({
      name: 'opsgraph_slo_attainment_ratio',
      help: 'Share of the journeys whose SLO clock started in the window that met it (0..1), by SLO; absent while none is decided.',
      labelNames: ['slo'],
      registers: [registry],
      async collect() {
        setRows(this, ['slo'], (await read('slos', sources.sloAttainment)) ?? []);
      },
    });
  }

  /** The operation label of a name: known, one of the first others, `other`, or `anonymous`. */
  function operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (known.has(name) || others.has(name)) return name;
    if (others.size < maxOthers && OPERATION_NAME.test(name)) {
      others.add(name);
      return name;
    }
    return 'other';
  }

  const scope = new AsyncLocalStorage<RequestMeasure>();

  /** Names each HTTP operation's measurement (set up by `measureHttp`) once Apollo knows the operation. */
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, operationName, contextValue }) {
          // The gateway's own operations (behind subscriptions) are no HTTP request's.
          const measure = contextValue.builtByGateway ? undefined : scope.getStore();
          // An operation that did not resolve (a parse or validation error) stays `unknown`.
          if (measure && operation) measure.operation = operationLabel(operationName ?? operation.name?.value);
        },
      };
    },
  };

  return {
    registry,
    plugin,
    /** Tells the gauge how many subscriptions are in place (the live server, once it serves). */
    setLiveSubscriptions(count: (() => number) | null): void {
      liveSubscriptions = count;
    },
    /** Counts `read`'s lookups as cache `name` at each scrape. */
    addCache(name: string, read: () => CacheCounts | null): void {
      caches.set(name, read);
    },
    /** A subgraph's fetch timer, bound to its label once: call `observe(seconds)`. */
    subgraphFetches(subgraph: string): { observe(seconds: number): void } {
      return subgraphDuration.labels({ subgraph });
    },
    /** Records a subscription frame written for an event that occurred at `occurredAt` (ISO 8601). */
    frameWritten(occurredAt: string): void {
      const at = Date.parse(occurredAt);
      if (Number.isFinite(at)) eventToClient.observe(Math.max(0, (Date.now() - at) / 1000));
    },
    /** Wraps an HTTP listener: each GraphQL request on `path` is timed to its last byte, labelled by the plugin. */
    measureHttp(listener: http.RequestListener, path = '/graphql'): http.RequestListener {
      return (req, res) => {
        const url = req.url ?? '/';
        if (url !== path && !url.startsWith(`${path}?`)) return listener(req, res);
        const measure: RequestMeasure = { startedAt: performance.now(), operation: 'unknown' };
        res.once('finish', () => {
          httpDuration.observe({ operation: measure.operation, status: String(res.statusCode) }, (performance.now() - measure.startedAt) / 1000);
        });
        scope.run(measure, () => listener(req, res));
      };
    },
    /** The Prometheus text of this gateway's metrics (and the process's). */
    async text(): Promise<string> {
      const own = await registry.metrics();
      return includeProcess ? `${own}\n${await processMetricsRegistry().metrics()}` : own;
    },
    contentType: registry.contentType,
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
