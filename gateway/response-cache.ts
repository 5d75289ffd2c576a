/**
 * The gateway's response cache (docs/caching.md): a query's whole answer, kept in keyv (memory, or
 * Redis shared by gateway replicas) and answered again to callers who see the same, until a domain
 * event invalidates it or its TTL passes.
 *
 * - What: queries only (never a mutation, never the fetches behind a subscription), and only complete
 *   successful answers (data, no `errors`, no extensions). The hub's process state (workflows,
 *   exceptions, the audit log) is never cached: it changes without an event for every change.
 * - Key: the caller's visibility (`visibilityKey`: sorted roles and customer), the business date and
 *   reporting currency the subgraphs compute against, the resolved document (after APQ or trusted
 *   documents) printed in normal form, the operation name and the variables, hashed with SHA-256.
 * - Tags: an answer about entities looked up by id, whose every entity selection includes its `id`,
 *   is tagged with every hub id in its variables, its document and its data; any other answer (lists,
 *   portfolio, trend, utilization, lookups by external ref, entities selected without their id) is a
 *   roll-up, tagged `rollup`. Every answer is also tagged `all`.
 * - Invalidation: each domain event marks the tags of its aggregate and of every hub id in its data,
 *   and `rollup`; an event the audit could not map to ids that reach every answer showing it (a
 *   contract amendment, a period closing, any type not listed here) marks `all`. A mark is the time it
 *   was applied; an answer is served only if each of its tags was last marked before the request that
 *   computed it started, so an event applied while a request is under way leaves its answer stale.
 * - Trust: with Redis, a failed or slow call (OPSGRAPH_RESPONSE_CACHE_TIMEOUT_MS) is a miss, logged
 *   once per outage; while Redis is unreachable no call is tried for a second at a time, and once it
 *   answers again `all` is marked before anything is served (marks may have been lost meanwhile).
 */
import { createHash, randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation } from '@apollo/server';
import {
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { visibilityKey } from '../platform/auth.ts';
import { createMarkedCache, markedSince } from '../platform/cache.ts';
import type { DomainEvent, EventBus, EventSubscription } from '../platform/events/types.ts';
import { env } from '../platform/env.ts';
import type { GatewayContext } from './context.ts';

export interface ResponseCacheOptions {
  /** @default env OPSGRAPH_RESPONSE_CACHE (on) */
  enabled: boolean;
  /** Longest life of an answer. @default env OPSGRAPH_RESPONSE_CACHE_TTL_MS (60,000) */
  ttlMs: number;
  /** Answers kept in memory. @default env OPSGRAPH_RESPONSE_CACHE_MAX_ENTRIES (5,000) */
  maxEntries: number;
  /** Bytes kept in memory. @default env OPSGRAPH_RESPONSE_CACHE_MAX_MB (64 MiB) */
  maxBytes: number;
  /** Largest answer kept (memory and Redis). @default env OPSGRAPH_RESPONSE_CACHE_MAX_ENTRY_KB (512 KiB) */
  maxEntryBytes: number;
  /** Longest wait for one Redis call. @default env OPSGRAPH_RESPONSE_CACHE_TIMEOUT_MS (100) */
  timeoutMs: number;
  /** Redis shared by gateway replicas; unset: this process's memory. @default env REDIS_URL */
  redisUrl?: string;
}

export function responseCacheOptionsFromEnv(): ResponseCacheOptions {
  return {
    enabled: env.responseCache(),
    ttlMs: env.responseCacheTtlMs(),
    maxEntries: env.responseCacheMaxEntries(),
    maxBytes: env.responseCacheMaxMegabytes() * 1024 * 1024,
    maxEntryBytes: env.responseCacheMaxEntryKilobytes() * 1024,
    timeoutMs: env.responseCacheTimeoutMs(),
    redisUrl: env.redisUrl(),
  };
}

/** Counts for tests and diagnostics. */
export interface ResponseCacheStats {
  hits: number;
  misses: number;
  /** Answers stored. */
  stored: number;
  /** Requests that bypassed the cache: not a query, built by the gateway, process state, or not trusted now. */
  bypassed: number;
  /** Hits refused because a tag was marked after the answer was computed. */
  stale: number;
  /** Answers being written now. */
  storing: number;
  /** Domain events applied. */
  events: number;
  /** Redis calls that failed or timed out. */
  failures: number;
  /** What the cache holds in this process (null in Redis). */
  memory: { entries: number; bytes: number; tags: number } | null;
}

/** Hub ids (`prj_…`, `cus_…`, `wfl_…`): a three-letter type prefix, an underscore, base64url or a UUID. */
const HUB_ID = /^[a-z]{3}_[A-Za-z0-9_-]{2,200}$/;
/** More ids than this in one answer: it is tagged as a roll-up instead. */
const MAX_TAGS = 256;
/** Root fields that look an entity up by hub id (the answer is about that entity). */
const isLookupField = (name: string, args: readonly string[]) => args.length === 1 && args[0] === 'id' && name !== 'node';
/**
 * Fields whose figures come from records whose events name neither this entity nor anything else in
 * the answer: a consultant's utilization (time events name the project and the time entry) and an
 * opportunity's project (ProjectCreated names the customer, not the opportunity). Their answers are roll-ups.
 */
const CROSS_ENTITY_FIELDS = new Set(['Consultant.utilization', 'Opportunity.project']);
/** The hub's process state: never cached (exception status and audit rows change without an event each). */
const PROCESS_STATE_TYPES = new Set([
  'Workflow',
  'WorkflowException',
  'WorkflowStep',
  'AuditEntry',
  'AuditEntryConnection',
  'WorkflowConnection',
  'ExceptionConnection',
]);
/**
 * Every event type the emitters send (audited: subgraphs/<domain>/connector, the workflows store)
 * whose aggregate id and data ids reach every answer that shows what it changed. Any other type marks `all`.
 */
const MAPPED_EVENT_TYPES = new Set([
  // PSA: time entries, milestones and change orders name their project; projects their customer.
  'TimeLogged',
  'TimeSubmitted',
  'TimeApproved',
  'TimePosted',
  'TimeInvoiced',
  'MilestoneCompleted',
  'MilestoneSignedOff',
  'MilestoneApproved',
  'MilestoneReopened',
  'ChangeOrderSubmitted',
  'ChangeOrderApproved',
  'ChangeOrderRejected',
  'ChangeOrderApplied',
  'ChangeOrderReopened',
  'ChangeOrderReverted',
  'ProjectCreated',
  'ProjectRemoved',
  'ProjectStatusChanged',
  'ConsultantAssigned',
  'AssignmentRemoved',
  'ResourceRequested',
  // ERP: billing, invoices, payments, postings name the project and the customer.
  'ErpCustomerCreated',
  'ProjectDimensionOpened',
  'ProjectDimensionRemoved',
  'BillingEventGenerated',
  'BillingEventReleased',
  'BillingScheduleAmended',
  'CostPosted',
  'InvoiceIssued',
  'InvoicePaid',
  'PaymentReceived',
  'RevenueRecognized',
  'CostAccrued',
  // Delivery platform: workspaces, work items and worklogs name project, workspace, milestone, consultant.
  'WorkspaceProvisioned',
  'WorkspaceRemoved',
  'WorkspaceArchived',
  'WorkItemCreated',
  'WorkItemStatusChanged',
  'WorklogRecorded',
  'WorklogSynced',
  // The hub's own: process state is never cached; the ids still mark what they name.
  'WorkflowUpdated',
  'WorkflowFailed',
  'ExceptionRaised',
]);

interface Analysis {
  /** False for anything the cache never answers. */
  cacheable: boolean;
  /** The answer is about entities looked up by id, each selected with its id (tagged by ids, not a roll-up). */
  byId: boolean;
  /** SHA-256 of the printed operation and its fragments. */
  documentHash: string;
  /** Hub ids written in the document's arguments. */
  documentIds: string[];
}

interface StoredAnswer {
  /** When the request that computed it started (ms since the epoch, the storing gateway's clock). */
  startedAt: number;
  tags: string[];
  data: Record<string, unknown>;
}

/** Every string in `value` (deeply) that is a hub id, into `into`; false once it holds more than `max`. */
function collectIds(value: unknown, into: Set<string>, max: number): boolean {
  if (typeof value === 'string') {
    if (HUB_ID.test(value)) into.add(value);
    return into.size <= max;
  }
  if (Array.isArray(value)) {
    for (const item of value) if (!collectIds(item, into, max)) return false;
    return true;
  }
  if (value && typeof value === 'object') {
    for (const item of Object.values(value)) if (!collectIds(item, into, max)) return false;
  }
  return into.size <= max;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` are one key. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads the operation against the API schema: whether it may be cached and how its answer is tagged. */
function analyze(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Analysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let cacheable = operation.operation === 'query';
  let byId = true;
  const documentIds = new Set<string>();
  const visited = new Set<string>();

  /** The field names selected on one level, through inline fragments and fragment spreads. */
  function namesAt(selectionSet: SelectionSetNode, seen = new Set<string>()): Set<string> {
    const names = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) for (const name of namesAt(selection.selectionSet, seen)) names.add(name);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) for (const name of namesAt(fragment.selectionSet, seen)) names.add(name);
      }
    }
    return names;
  }

  function walk(selectionSet: SelectionSetNode, type: GraphQLNamedType | null | undefined, root: boolean): void {
    if (!cacheable) return;
    if (!type || !(isObjectType(type) || isInterfaceType(type))) {
      // A union or an unknown type: nothing here is checked field by field, so it is not tagged by id.
      byId = false;
      if (type && PROCESS_STATE_TYPES.has(type.name)) cacheable = false;
    }
    const fields = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : {};
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type, root);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        // A spread walked once per level is enough (validation refuses cycles).
        const mark = `${selection.name.value}@${type?.name}`;
        if (fragment && !visited.has(mark)) {
          visited.add(mark);
          walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), root);
        }
        continue;
      }
      const name = selection.name.value;
      for (const argument of selection.arguments ?? []) {
        if (argument.value.kind === Kind.STRING && HUB_ID.test(argument.value.value)) documentIds.add(argument.value.value);
      }
      if (name.startsWith('__')) {
        if (name !== '__typename') byId = false;
        continue;
      }
      const field = fields[name];
      if (!field) {
        byId = false;
        continue;
      }
      if (
        root &&
        !isLookupField(
          name,
          field.args.map((arg) => arg.name),
        )
      )
        byId = false;
      if (type && CROSS_ENTITY_FIELDS.has(`${type.name}.${name}`)) byId = false;
      const named = getNamedType(field.type);
      if (PROCESS_STATE_TYPES.has(named.name)) {
        cacheable = false;
        return;
      }
      if (!selection.selectionSet) continue;
      if ((isObjectType(named) || isInterfaceType(named)) && 'id' in named.getFields() && !namesAt(selection.selectionSet).has('id')) byId = false;
      walk(selection.selectionSet, named, false);
    }
  }

  walk(operation.selectionSet, schema.getQueryType(), true);
  // Arguments written inline anywhere (fragments included) name the entities the answer is about.
  const printed = [print(operation), ...[...fragments.values()].map((fragment) => print(fragment))].join('\n');
  return { cacheable, byId, documentHash: sha256(printed), documentIds: [...documentIds] };
}

/** The response caches of this process's running gateways. */
const running = new Set<ResponseCache>();

/** The counts of every response cache running in this process, oldest first (tests, diagnostics). */
export function responseCacheStats(): ResponseCacheStats[] {
  return [...running].map((cache) => cache.stats());
}

export interface ResponseCache {
  /** The Apollo Server plugin; null when the cache is off. */
  plugin: ApolloServerPlugin<GatewayContext> | null;
  /** Called with the API schema's SDL whenever the supergraph loads or changes. */
  setApiSchema(sdl: string): void;
  /** Starts applying domain events (its own transient consumer group); call before serving. */
  start(): Promise<void>;
  stats(): ResponseCacheStats;
  stop(): Promise<void>;
}

/**
 * The response cache of one gateway. `namespace` separates caches of different data (the gateway
 * derives it from its subgraph URLs, so replicas in front of the same subgraphs share).
 */
export function createResponseCache(options: ResponseCacheOptions, deps: { bus: EventBus | null; namespace: string }): ResponseCache {
  const counts = { hits: 0, misses: 0, stored: 0, bypassed: 0, stale: 0, events: 0 };
  let schema: GraphQLSchema | null = null;
  const analyses = new LRUCache<string, Analysis>({ max: 1_000 });
  // Marks and answers: in memory, or in Redis shared by the replicas (platform/cache.ts). While `all` is still
  // to be marked after a failure it is retried in the background, so replicas stop serving what this one could not mark.
  const marked = createMarkedCache({
    redisUrl: options.redisUrl,
    namespace: `opsgraph-response:${deps.namespace}`,
    maxEntries: options.maxEntries,
    maxBytes: options.maxBytes,
    maxEntryBytes: options.maxEntryBytes,
    ttlMs: options.ttlMs,
    timeoutMs: options.timeoutMs,
    outageLog: { event: 'response_cache_unavailable', message: 'response cache unavailable: queries are answered without it until it is back' },
    recoverInBackground: true,
  });
  const { call, mark, trusted } = marked;
  let subscription: EventSubscription | null = null;
  const pending = new Set<Promise<unknown>>();

  async function lookup(key: string): Promise<Record<string, unknown> | null> {
    if (!(await trusted())) return null;
    const raw = await call((keyv) => keyv.get(`r:${key}`));
    if (raw === undefined) return null;
    const answer = JSON.parse(raw) as StoredAnswer;
    const marks = await marked.lastMarks(answer.tags);
    // A tag never marked (or whose mark outlived every answer it could invalidate) leaves the answer standing.
    if ([...marks.values()].some((at) => markedSince(at, answer.startedAt))) {
      counts.stale += 1;
      return null;
    }
    return answer.data;
  }

  async function keep(key: string, answer: StoredAnswer): Promise<void> {
    const value = JSON.stringify(answer);
    if (Buffer.byteLength(value) > options.maxEntryBytes) return;
    if (!(await trusted())) return;
    await call((keyv) => keyv.set(`r:${key}`, value, options.ttlMs));
    counts.stored += 1;
  }

  /** The tags an event marks: its aggregate and every hub id in its data, `rollup`, and `all` when unmapped. */
  function tagsOf(event: DomainEvent): string[] {
    const ids = new Set<string>([event.aggregateId]);
    const mapped = collectIds(event.data ?? {}, ids, 10_000) && MAPPED_EVENT_TYPES.has(event.type);
    return [...[...ids].map((id) => `id:${id}`), 'rollup', ...(mapped ? [] : ['all'])];
  }

  function analysisOf(context: GraphQLRequestContextResponseForOperation<GatewayContext>): Analysis | null {
    if (!schema) return null;
    const key = `${context.queryHash}\u0000${context.operationName ?? ''}`;
    let analysis = analyses.get(key);
    if (!analysis) {
      analysis = analyze(schema, context.document, context.operation);
      analyses.set(key, analysis);
    }
    return analysis;
  }

  function track(promise: Promise<unknown>): void {
    const settled = promise.catch(() => undefined).finally(() => pending.delete(settled));
    pending.add(settled);
  }

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      let computing: { key: string; startedAt: number; analysis: Analysis; variables: unknown } | null = null;
      return {
        async responseForOperation(context) {
          const analysis = context.contextValue.builtByGateway ? null : analysisOf(context);
          if (!analysis?.cacheable) {
            counts.bypassed += 1;
            return null;
          }
          const variables = context.request.variables ?? {};
          const key = sha256(
            JSON.stringify([
              visibilityKey(context.contextValue.principal),
              env.asOfDate() ?? new Date().toISOString().slice(0, 10),
              env.reportingCurrency(),
              analysis.documentHash,
              context.operationName ?? null,
              canonicalJson(variables),
            ]),
          );
          // Taken before anything is read, so a mark applied from here on is after it.
          const startedAt = Date.now();
          let data: Record<string, unknown> | null = null;
          try {
            data = await lookup(key);
          } catch {
            data = null;
          }
          if (data) {
            counts.hits += 1;
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
          }
          counts.misses += 1;
          computing = { key, startedAt, analysis, variables };
          return null;
        },
        async willSendResponse(context) {
          if (!computing) return;
          const { key, startedAt, analysis, variables } = computing;
          computing = null;
          const { body, http } = context.response;
          if (body.kind !== 'single' || (http.status !== undefined && http.status !== 200)) return;
          const { data, errors, extensions } = body.singleResult;
          if (!data || (errors && errors.length > 0) || (extensions && Object.keys(extensions).length > 0)) return;
          const tags = ['all'];
          const ids = new Set(analysis.documentIds);
          if (analysis.byId && collectIds(variables, ids, MAX_TAGS) && collectIds(data, ids, MAX_TAGS)) tags.push(...[...ids].map((id) => `id:${id}`));
          else tags.push('rollup');
          // Stored beside the answer, not before it: the caller does not wait for the cache.
          // An answer computed from entity-cache records is as old as the oldest of them (docs/caching.md, Entity caches).
          const since = Math.min(startedAt, context.contextValue.cachedSince ?? startedAt);
          track(keep(key, { startedAt: since, tags, data: data as Record<string, unknown> }));
        },
      };
    },
  };

  const cache: ResponseCache = {
    plugin: options.enabled ? plugin : null,
    setApiSchema(sdl) {
      schema = buildSchema(sdl, { assumeValid: true });
      analyses.clear();
    },
    async start() {
      if (!options.enabled) return;
      running.add(cache);
      // Without a bus nothing invalidates: answers would live out their TTL. Only tests build a gateway so.
      if (deps.bus) {
        subscription = await deps.bus.subscribe({
          group: `gateway-response-cache-${randomUUID()}`,
          from: 'new',
          transient: true,
          async handler(event) {
            counts.events += 1;
            try {
              await mark(tagsOf(event));
            } catch {
              // Logged by `call`; `all` is marked before anything is served again.
            }
          },
        });
      }
      // With Redis, marks may have been missed while no gateway ran: start from a mark of `all`.
      // Before serving, the first connection may take as long as a connection may.
      await trusted(marked.connectTimeoutMs);
    },
    stats: () => ({ ...counts, failures: marked.failures(), storing: pending.size, memory: marked.memory() }),
    async stop() {
      running.delete(cache);
      await subscription?.stop();
      subscription = null;
      await Promise.all(pending);
      await marked.stop();
    },
  };
  return cache;
}
