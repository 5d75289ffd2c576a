/**
 * Live status over graphql-ws on the gateway's own port and path (`ws://…/graphql`).
 * @apollo/gateway does not execute subscriptions, so a graphql-ws server beside it serves them from
 * the gateway's API schema extended with schema/subscriptions.graphql, rebuilt whenever the
 * supergraph loads or changes. Domain events arrive from the event bus (one consumer group per
 * gateway process, so every gateway sees every event); for each event, each matching subscriber's
 * selection on the entities the event names is fetched through the federated graph with that
 * subscriber's access (its roles and customer), so any field of any subgraph can be selected.
 * A connection lives as long as its token: at `exp` the socket closes with 4403 `Token expired`.
 *
 * Protocol rules are graphql-ws's (4400 garbage, 4401 subscribe before ack, 4403 bad credentials,
 * 4408 no connection_init in time, 4409 duplicate operation id, 4429 duplicate init); frames over
 * 64 KiB close the socket (1009), and a document over the 32 KiB limit is refused as over HTTP; an upgrade from an Origin that is neither the gateway's own host
 * nor an allowed origin (OPSGRAPH_ALLOWED_ORIGINS, as CORS) is refused with 403; a subscriber
 * that falls too far behind is closed with 4499 and a reason.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import {
  GraphQLError,
  Kind,
  buildSchema,
  getOperationAST,
  validate,
  specifiedRules,
  type ValidationRule,
  extendSchema,
  parse,
  print,
  subscribe as graphqlSubscribe,
  type DocumentNode,
  type ExecutionArgs,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { accessFor } from '../subgraphs/shared/access.ts';
import { decodeJwt } from 'jose';
import { signToken, unauthenticated, verifyToken, type Principal, type Role } from '../platform/auth.ts';
import { env } from '../platform/env.ts';
import { MAX_VALIDATION_ERRORS } from '../platform/server-options.ts';
import type { DomainEvent, EventBus, EventSubscription } from '../platform/events/types.ts';
import { maskError } from '../platform/errors.ts';
import { createOriginCheck } from '../platform/http.ts';
import { logAccessDenied, logger } from '../platform/logger.ts';
import type { GatewayContext } from './context.ts';
import { applySharedScalars, checkRequest } from './input-rules.ts';
import { OPERATION_LIMITS } from './limits.ts';
import type { RateLimiter } from './rate-limit.ts';
import { documentHash, type TrustedDocuments } from './trusted-documents.ts';
import { ENTITY_ID_VARIABLE, ENTITY_KEY, collectFields, entityQuery, mergedSelection } from './live-documents.ts';

/** Close code for a subscriber that cannot keep up (graphql-ws leaves 4499 free). */
export const CLOSE_TOO_SLOW = 4499;
/** Close code when the token expires: graphql-ws's Forbidden, as for a bad token at connection_init. */
export const CLOSE_FORBIDDEN = 4403;
/** Close reason when the token expires; the client reconnects with a fresh token to go on. */
export const TOKEN_EXPIRED_REASON = 'Token expired';

/** Subject of the gateway's live credentials (see `liveCredentials`). */
const LIVE_SUBJECT = 'service:gateway-live';
/** Life of a live credential; renewed halfway, so a fetch never holds one about to expire. */
const LIVE_CREDENTIAL_TTL_SECONDS = 120;
/** Access groups whose credential is kept; beyond it the oldest is signed again when next needed. */
const MAX_LIVE_CREDENTIALS = 1_000;

const SUBSCRIPTIONS_SDL = readFileSync(new URL('../schema/subscriptions.graphql', import.meta.url), 'utf8');

/** Executes a query through the federated graph with the given context. */
export type GraphExecutor = (
  query: import('graphql').DocumentNode,
  variables: Record<string, unknown>,
  context: GatewayContext,
) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}>;

export interface LiveServerOptions {
  bus: EventBus;
  execute: GraphExecutor;
  /**
   * Origins allowed to open a socket besides the gateway's own host (the list CORS uses, see
   * `createOriginCheck`). Requests without Origin (non-browser clients) pass. @default none
   */
  allowedOrigins?: readonly string[];
  /** Largest accepted frame. @default 65536 */
  maxPayloadBytes?: number;
  /** Events a subscriber may have waiting before it is closed as too slow. @default 256 */
  maxPendingEvents?: number;
  /** @default 3000 */
  connectionInitWaitTimeoutMs?: number;
  /** The gateway's per-principal rate limit; each subscribe counts as one operation. */
  rateLimiter?: RateLimiter;
  /** The gateway's trusted documents: in trusted mode a subscribe must be a registered operation. */
  trustedDocuments?: TrustedDocuments;
}

type LiveConnection = {
  principal?: Principal;
  authorization?: string;
  /** When the token expires (ms since the epoch); null for a token without `exp`. */
  expiresAt?: number | null;
};

const isExpired = (expiresAt: number | null) => expiresAt !== null && Date.now() >= expiresAt;

/** Closes `socket` with 4403 when its token expires; cancelled when the socket closes first. */
function closeAtExpiry(socket: WebSocket, expiresAt: number): void {
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const wait = expiresAt - Date.now();
    if (wait <= 0) {
      socket.close(CLOSE_FORBIDDEN, TOKEN_EXPIRED_REASON);
      return;
    }
    // A timer holds at most 2^31-1 ms (about 24.8 days); a longer-lived token re-arms.
    timer = setTimeout(arm, Math.min(wait, 2 ** 31 - 1));
  };
  arm();
  socket.once('close', () => clearTimeout(timer));
}

/** Hidden map of a fetched object's errors by field response key (see `byResponseKey`). */
const FIELD_ERRORS = Symbol('fieldErrors');

type Fetched = Record<string | symbol, unknown>;

/** Default field resolver of live payloads: fetched data is keyed by response key (aliases included). */
const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => {
  if (!source || typeof source !== 'object') return null;
  const value = (source as Fetched)[info.path.key];
  if (value === null || value === undefined) {
    const error = ((source as Fetched)[FIELD_ERRORS] as Record<string, GraphQLFormattedError> | undefined)?.[String(info.path.key)];
    if (error) throw new GraphQLError(error.message, { extensions: error.extensions });
  }
  return value;
};

/** Pins each error of a fetch on the object that holds the failed field. */
function attachErrors(data: unknown, errors: readonly GraphQLFormattedError[]): void {
  for (const error of errors) {
    const path = error.path?.slice(1);
    if (!path?.length) continue;
    let parent: unknown = data;
    for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const holder = parent as Fetched;
    holder[FIELD_ERRORS] = { ...((holder[FIELD_ERRORS] as object) ?? {}), [String(path.at(-1))]: error };
  }
}

interface LiveRequest {
  /** The event being delivered (absent while the subscription is being set up). */
  eventId?: string;
  args: Record<string, unknown>;
  context: LiveContext;
  principal: Principal;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

interface LiveContext extends GatewayContext {
  socket: WebSocket;
  maxPendingEvents: number;
  /** When the subscriber's token expires (ms since the epoch); nothing is delivered from then on. */
  expiresAt: number | null;
}

/** Closes an expired subscriber's socket; its pending result is not delivered (the socket no longer sends). */
function refuseExpired(context: LiveContext): GraphQLError {
  context.socket.close(CLOSE_FORBIDDEN, TOKEN_EXPIRED_REASON);
  return unauthenticated(TOKEN_EXPIRED_REASON);
}

interface LiveField {
  eventTypes: ReadonlySet<string>;
  /** Who may subscribe besides admin; null: any signed-in principal. */
  roles: readonly Role[] | null;
  /** Checks the arguments before the subscription starts. */
  check?: (request: LiveRequest, fetchEntity: EntityFetch) => Promise<void>;
  matches: (event: DomainEvent, request: LiveRequest) => boolean;
  /** The payload for one event, keyed by the response keys of the subscriber's selection. */
  payload: (event: DomainEvent, selection: SelectionSetNode, request: LiveRequest, fetchEntity: EntityFetch) => Promise<unknown>;
}

type EntityFetch = (rootField: string, id: string, selection: SelectionSetNode, request: LiveRequest) => Promise<unknown>;

function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, { extensions: { code: 'BAD_USER_INPUT', argumentName: argument } });
}

/** Apollo Server's rule for HTTP outside development, with its message, so both transports answer alike. */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('GraphQL introspection is not allowed, but the query contained __schema or __type', { nodes: [node] }));
    }
  },
});

/** What a subscriber may see, as the subgraphs decide it: its roles and its customer. */
const accessKey = (principal: Principal) => JSON.stringify([[...principal.roles].sort(), principal.customerId]);

/** Confined to one customer's rows: the same rule the subgraphs apply (shared/access.ts). */
const isPortalOnly = (principal: Principal) => accessFor(principal).customerScope !== null;

/** The portal user's own customer, or the customerId argument. */
function customerScope(request: LiveRequest): string | null {
  return isPortalOnly(request.principal) ? accessFor(request.principal).customerScope : ((request.args.customerId as string | null | undefined) ?? null);
}

/** Validates projectId/customerId filters: unknown (or, for a portal user, foreign) ids are BAD_USER_INPUT. */
async function checkProjectFilters(request: LiveRequest, fetchEntity: EntityFetch): Promise<void> {
  const selectId: SelectionSetNode = { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }] };
  const selectCustomer: SelectionSetNode = {
    kind: Kind.SELECTION_SET,
    selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'customer' }, selectionSet: selectId }],
  };
  const { projectId, customerId } = request.args as { projectId?: string | null; customerId?: string | null };
  const portalCustomer = accessFor(request.principal).customerScope;
  if (customerId != null) {
    const known = portalCustomer !== null ? customerId === portalCustomer : (await fetchEntity('customer', customerId, selectId, request)) !== null;
    if (!known) throw badUserInput('customerId', `no customer "${customerId}"`);
  }
  if (projectId != null) {
    const project = (await fetchEntity('project', projectId, selectCustomer, request)) as { customer?: { id: string } } | null;
    if (!project || (portalCustomer !== null && project.customer?.id !== portalCustomer)) throw badUserInput('projectId', `no project "${projectId}"`);
  }
}

/** Fills a composite payload: `entities` are fetched by id with the subscriber's selection, the rest comes from `values`. */
async function compositePayload(
  selection: SelectionSetNode,
  request: LiveRequest,
  fetchEntity: EntityFetch,
  entities: Record<string, { rootField: string; id: string | null }>,
  values: Record<string, unknown>,
): Promise<Fetched> {
  const payload: Fetched = {};
  for (const [key, nodes] of collectFields(selection, request.fragments, request.variables)) {
    const name = nodes[0].name.value;
    if (name === '__typename') continue;
    const entity = entities[name];
    if (entity) payload[key] = entity.id ? await fetchEntity(entity.rootField, entity.id, mergedSelection(nodes), request) : null;
    else payload[key] = values[name] ?? null;
  }
  return payload;
}

const BILLING_KINDS: Record<string, string> = {
  BillingEventGenerated: 'BILLING_EVENT_GENERATED',
  BillingEventReleased: 'BILLING_EVENT_RELEASED',
  InvoiceIssued: 'INVOICE_ISSUED',
  PaymentReceived: 'PAYMENT_RECEIVED',
  InvoicePaid: 'INVOICE_PAID',
  InvoiceVoided: 'INVOICE_VOIDED',
  CostPosted: 'TIME_POSTED',
  ExceptionRaised: 'POSTING_FAILED',
};

const LIVE_FIELDS: Record<string, LiveField> = {
  projectStatusChanged: {
    eventTypes: new Set(['ProjectStatusChanged']),
    roles: null,
    check: checkProjectFilters,
    matches(event, request) {
      const customer = customerScope(request);
      return (!request.args.projectId || request.args.projectId === event.aggregateId) && (!customer || event.data?.customerId === customer);
    },
    payload: (event, selection, request, fetchEntity) =>
      compositePayload(
        selection,
        request,
        fetchEntity,
        { project: { rootField: 'project', id: event.aggregateId } },
        {
          previousStatus: event.fromState,
          status: event.toState,
          occurredAt: event.occurredAt,
          cause: event.data?.reason ?? null,
        },
      ),
  },
  billingStatusChanged: {
    eventTypes: new Set(Object.keys(BILLING_KINDS)),
    roles: null,
    check: checkProjectFilters,
    matches(event, request) {
      // Of the parked workflows, only failed time postings are billing news.
      if (event.type === 'ExceptionRaised' && event.data?.step !== 'postErpTime') return false;
      const customer = customerScope(request);
      const projectId = event.data?.projectId ?? null;
      return projectId !== null && (!request.args.projectId || request.args.projectId === projectId) && (!customer || event.data?.customerId === customer);
    },
    payload: (event, selection, request, fetchEntity) =>
      compositePayload(
        selection,
        request,
        fetchEntity,
        {
          project: { rootField: 'project', id: (event.data?.projectId as string | undefined) ?? null },
          invoice: { rootField: 'invoice', id: event.aggregateId.startsWith('inv_') ? event.aggregateId : null },
        },
        {
          kind: BILLING_KINDS[event.type],
          billingEventId: event.aggregateId.startsWith('bev_') ? event.aggregateId : null,
          status: event.type === 'CostPosted' ? 'POSTED' : event.type === 'ExceptionRaised' ? 'FAILED' : event.toState,
          occurredAt: event.occurredAt,
        },
      ),
  },
  workflowUpdated: {
    eventTypes: new Set(['WorkflowUpdated']),
    roles: ['analyst', 'delivery', 'finance'],
    matches: (event, request) => !request.args.id || request.args.id === event.aggregateId,
    async payload(event, selection, request, fetchEntity) {
      const workflow = (await fetchEntity('workflow', event.aggregateId, selection, request)) as Fetched | null;
      // The status is the one the event announced; the rest is the workflow as it stands when fetched.
      if (workflow)
        for (const [key, nodes] of collectFields(selection, request.fragments, request.variables))
          if (nodes[0].name.value === 'status') workflow[key] = event.toState;
      return workflow;
    },
  },
  exceptionRaised: {
    eventTypes: new Set(['ExceptionRaised']),
    roles: ['finance'],
    matches: () => true,
    payload: (event, selection, request, fetchEntity) => fetchEntity('exception', event.aggregateId, selection, request),
  },
};

/** A bounded queue of events as an async iterator; overflow closes the subscriber's socket. */
function eventQueue(socket: WebSocket, limit: number, onReturn: () => void): AsyncIterableIterator<DomainEvent> & { push(event: DomainEvent): void } {
  const pending: DomainEvent[] = [];
  const waiting: ((result: IteratorResult<DomainEvent>) => void)[] = [];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    onReturn();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  return {
    push(event) {
      if (done) return;
      const resolve = waiting.shift();
      if (resolve) return resolve({ value: event, done: false });
      pending.push(event);
      if (pending.length > limit) {
        finish();
        socket.close(CLOSE_TOO_SLOW, `Subscriber too slow: more than ${limit} events waiting`);
      }
    },
    next() {
      const event = pending.shift();
      if (event) return Promise.resolve({ value: event, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** The gateway's API schema plus the live fields, with their subscribe and resolve functions. */
export function buildLiveSchema(apiSchemaSdl: string, listeners: Set<(event: DomainEvent) => void>, fetchEntity: EntityFetch): GraphQLSchema {
  const schema = extendSchema(buildSchema(apiSchemaSdl), parse(SUBSCRIPTIONS_SDL));
  // Decimal, Date and DateTime parse as over HTTP (a bad variable or literal is refused at subscribe time).
  applySharedScalars(schema);
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const [name, live] of Object.entries(LIVE_FIELDS)) {
    const field = fields[name];
    if (!field) throw new Error(`schema/subscriptions.graphql has no Subscription.${name}`);
    const requestOf = (args: Record<string, unknown>, context: LiveContext, info: Parameters<GraphQLFieldResolver<unknown, unknown>>[3]): LiveRequest => ({
      args,
      context,
      principal: context.principal as Principal,
      operation: info.operation,
      fragments: info.fragments,
      variables: info.variableValues,
    });
    field.subscribe = async (_source, args, context: LiveContext, info) => {
      const request = requestOf(args, context, info);
      const allowed = live.roles === null || request.principal.roles.some((role) => role === 'admin' || live.roles?.includes(role));
      if (!allowed) {
        logAccessDenied({
          origin: 'graphql-ws',
          code: 'FORBIDDEN',
          principal: request.principal.sub,
          roles: request.principal.roles,
          operationName: info.operation.name?.value ?? null,
          path: name,
          correlationId: context.correlationId,
          reason: 'role may not subscribe',
        });
        throw new GraphQLError(`${name} is not available to your role`, { extensions: { code: 'FORBIDDEN' } });
      }
      await live.check?.(request, fetchEntity);
      const listener = (event: DomainEvent) => {
        if (isExpired(context.expiresAt)) return;
        if (live.eventTypes.has(event.type) && live.matches(event, request)) queue.push(event);
      };
      const queue = eventQueue(context.socket, context.maxPendingEvents, () => listeners.delete(listener));
      listeners.add(listener);
      return queue;
    };
    field.resolve = async (event: DomainEvent, args, context: LiveContext, info) => {
      // No event reaches a subscriber whose token has expired, whatever the timer's delay.
      if (isExpired(context.expiresAt)) throw refuseExpired(context);
      const request = requestOf(args, context, info);
      const selection = mergedSelection(info.fieldNodes as FieldNode[]);
      const payload = await live.payload(
        event,
        selection,
        { ...request, eventId: event.id, context: { ...context, correlationId: event.correlationId } },
        fetchEntity,
      );
      if (isExpired(context.expiresAt)) throw refuseExpired(context);
      return payload;
    };
  }
  return schema;
}

export interface LiveServer {
  /** Rebuilds the live schema from a (new) API schema, given as SDL. */
  setApiSchema(apiSchemaSdl: string): void;
  /** Open sockets. */
  connections(): number;
  stop(): Promise<void>;
}

/** Serves graphql-ws on `httpServer`'s `/graphql` upgrades. */
export async function startLiveServer(httpServer: http.Server, options: LiveServerOptions): Promise<LiveServer> {
  const listeners = new Set<(event: DomainEvent) => void>();
  const maxPendingEvents = options.maxPendingEvents ?? 256;
  const recent = new Set<string>();

  // Every gateway process is its own consumer group: each one sees every event.
  const subscription: EventSubscription = await options.bus.subscribe({
    group: `gateway-live-${randomUUID()}`,
    from: 'new',
    transient: true,
    async handler(event) {
      // Consumers are idempotent on the event id: a redelivered event is not sent again.
      if (recent.has(event.id)) return;
      recent.add(event.id);
      if (recent.size > 10_000) recent.delete(recent.values().next().value as string);
      for (const listener of listeners) listener(event);
    },
  });

  // Subscribers with the same selection, variables and access see the same data for an event: it
  // is fetched once per event and shared (1,000 dashboards on one project cost one query, not 1,000).
  const shared = new Map<string, Promise<unknown>>();
  const fetchEntity: EntityFetch = (rootField, id, selection, request) => {
    if (!request.eventId) return fetchOnce(rootField, id, selection, request);
    const key = JSON.stringify([request.eventId, rootField, id, print(selection), request.variables, accessKey(request.principal)]);
    let fetched = shared.get(key);
    if (!fetched) {
      fetched = fetchOnce(rootField, id, selection, request);
      shared.set(key, fetched);
      setTimeout(() => shared.delete(key), 10_000).unref();
    }
    return fetched;
  };

  // The credential of every fetch behind a subscription. A shared fetch serves every subscriber of
  // its group, so it must not carry any one subscriber's token: the first one's could expire first
  // (failing the others with UNAUTHENTICATED) or belong to a subscriber that must no longer see
  // anything. It carries instead the gateway's own short-lived token (HS256, JWT_SECRET) with
  // exactly the group's roles and customer, which is all the key above says the group shares, and
  // all the subgraphs' rules read (shared/access.ts). Each subscriber's own token is enforced
  // apart: its socket closes at its `exp`, and no event is delivered after it. (Keying the shared
  // fetch by each token instead would end sharing between users: one fetch per token, not per group.)
  const liveCredentials = new Map<string, { token: Promise<string>; renewAt: number }>();
  function liveCredential(principal: Principal): Promise<string> {
    const key = accessKey(principal);
    let credential = liveCredentials.get(key);
    if (!credential || Date.now() >= credential.renewAt) {
      liveCredentials.delete(key);
      if (liveCredentials.size >= MAX_LIVE_CREDENTIALS) liveCredentials.delete(liveCredentials.keys().next().value as string);
      const token = signToken({ sub: LIVE_SUBJECT, roles: [...principal.roles], customerId: principal.customerId }, LIVE_CREDENTIAL_TTL_SECONDS);
      credential = { token, renewAt: Date.now() + (LIVE_CREDENTIAL_TTL_SECONDS * 1000) / 2 };
      liveCredentials.set(key, credential);
      token.catch(() => liveCredentials.delete(key));
    }
    return credential.token;
  }

  async function fetchOnce(rootField: string, id: string, selection: SelectionSetNode, request: LiveRequest): Promise<unknown> {
    const document = entityQuery(rootField, selection, request.operation, request.fragments);
    const access: Principal = { sub: LIVE_SUBJECT, roles: request.principal.roles, customerId: request.principal.customerId };
    const context: GatewayContext = { ...request.context, principal: access, authorization: `Bearer ${await liveCredential(access)}` };
    const result = await options.execute(document, { ...request.variables, [ENTITY_ID_VARIABLE]: id }, context);
    const data = (result.data?.[ENTITY_KEY] ?? null) as unknown;
    if (result.errors?.length) {
      if (data === null) {
        const [first] = result.errors;
        throw new GraphQLError(first.message, { extensions: first.extensions });
      }
      attachErrors(data, result.errors);
    }
    return data;
  }

  let schema: GraphQLSchema | null = null;
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes ?? 64 * 1024 });
  const graphqlWs = useServer<Record<string, unknown>, LiveConnection>(
    {
      connectionInitWaitTimeout: options.connectionInitWaitTimeoutMs ?? 3_000,
      async onConnect(ctx) {
        const header = ctx.connectionParams?.authorization;
        const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
        const refuse = (reason: string) => {
          logAccessDenied({ origin: 'graphql-ws', code: 'UNAUTHENTICATED', principal: null, operationName: null, path: null, correlationId: null, reason });
          return false;
        };
        if (!match) return refuse('no bearer token in connectionParams.authorization');
        try {
          ctx.extra.principal = await verifyToken(match[1]);
        } catch {
          return refuse('invalid or expired token');
        }
        ctx.extra.authorization = header as string;
        // The connection lives as long as its token (HS256 or JWKS alike): at `exp` the socket closes.
        const { exp } = decodeJwt(match[1]);
        ctx.extra.expiresAt = typeof exp === 'number' ? exp * 1000 : null;
        if (ctx.extra.expiresAt !== null) closeAtExpiry(ctx.extra.socket, ctx.extra.expiresAt);
        return true;
      },
      async onSubscribe(ctx, _id, payload) {
        if (!schema) return [new GraphQLError('The supergraph is not loaded yet', { extensions: { code: 'UPSTREAM_UNAVAILABLE' } })];
        const expiresAt = ctx.extra.expiresAt ?? null;
        if (isExpired(expiresAt)) {
          ctx.extra.socket.close(CLOSE_FORBIDDEN, TOKEN_EXPIRED_REASON);
          return [unauthenticated(TOKEN_EXPIRED_REASON)];
        }
        const refuse = (code: string, message: string, extensions: Record<string, unknown> = {}) => {
          const principal = ctx.extra.principal ?? null;
          logAccessDenied({
            origin: 'graphql-ws',
            code,
            principal: principal?.sub ?? null,
            roles: principal?.roles,
            operationName: payload.operationName ?? null,
            path: null,
            correlationId: null,
            reason: message,
          });
          return [new GraphQLError(message, { extensions: { code, ...extensions } })];
        };
        const decision = await options.rateLimiter?.hit(ctx.extra.principal?.sub ?? 'anonymous');
        if (decision && !decision.allowed) {
          return refuse('RATE_LIMITED', `Rate limit reached; retry after ${decision.retryAfterSeconds} s`, { retryAfterSeconds: decision.retryAfterSeconds });
        }
        try {
          options.trustedDocuments?.check(ctx.extra.principal ?? null, documentHash(payload.query));
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          return refuse(String(error.extensions.code), error.message);
        }
        // Everything HTTP checks before running an operation: parse (with the token limit), validate, then `checkRequest`.
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: OPERATION_LIMITS.maxTokens });
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'Syntax error';
          return [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        // As over HTTP: outside development, no introspection and no "did you mean" suggestions.
        const development = env.nodeEnv() === 'development';
        const invalid = validate(schema, document, development ? specifiedRules : [...specifiedRules, noIntrospection], { maxErrors: MAX_VALIDATION_ERRORS });
        if (invalid.length) {
          return invalid.map((error) => {
            const message = development ? error.message : error.message.replace(/ ?Did you mean(.+?)\?$/, '');
            return new GraphQLError(message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
          });
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify the operation', { extensions: { code: 'BAD_USER_INPUT' } })];
        if (operation.operation !== 'subscription') {
          return [new GraphQLError('Only subscriptions run over WebSocket; send queries and mutations over HTTP', { extensions: { code: 'BAD_USER_INPUT' } })];
        }
        // Bytes, limits, text inputs and variables: the checks HTTP makes, by the same function.
        try {
          checkRequest(schema, payload.query, document, operation, payload.variables ?? {}, { refuseOversizedFirst: true });
        } catch (error) {
          if (error instanceof GraphQLError) {
            const { http: _http, ...extensions } = error.extensions;
            return [new GraphQLError(error.message, { extensions })];
          }
          throw error;
        }
        const context: LiveContext = {
          correlationId: randomUUID(),
          principal: ctx.extra.principal ?? null,
          authorization: ctx.extra.authorization ?? null,
          // The fetches behind this subscription are the gateway's own operations.
          builtByGateway: true,
          socket: ctx.extra.socket,
          maxPendingEvents,
          expiresAt,
        };
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
          fieldResolver: byResponseKey,
        };
        return args;
      },
      subscribe: (args) => graphqlSubscribe(args),
      // Errors reach subscribers as they reach HTTP clients: documented codes pass, the rest is masked.
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return undefined;
        return { ...result, errors: result.errors.map((error) => maskError(error.toJSON())) };
      },
      onError(_ctx, id, _payload, errors) {
        logger.debug({ id, errors: errors.map((error) => error.message) }, 'subscription refused');
      },
    },
    wss,
  );

  const originAllowed = createOriginCheck(options.allowedOrigins ?? []);
  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') return refuse('404 Not Found');
    const origin = req.headers.origin;
    if (origin !== undefined) {
      let host: string | null = null;
      try {
        host = new URL(origin).host;
      } catch {
        host = null;
      }
      if (host !== req.headers.host && !originAllowed(origin)) return refuse('403 Forbidden');
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  httpServer.on('upgrade', onUpgrade);

  return {
    setApiSchema(apiSchemaSdl) {
      schema = buildLiveSchema(apiSchemaSdl, listeners, fetchEntity);
    },
    connections: () => wss.clients.size,
    async stop() {
      httpServer.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await graphqlWs.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      await subscription.stop();
    },
  };
}
