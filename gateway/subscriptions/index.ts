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
 * 64 KiB close the socket (1009), and a document over the 32 KiB limit is refused as over HTTP; an
 * upgrade from an Origin that is neither the gateway's own host nor an allowed origin
 * (OPSGRAPH_ALLOWED_ORIGINS, as CORS) is refused with 403; a subscriber that falls too far behind is
 * closed with 4499 and a reason.
 *
 * The parts: server.ts (graphql-ws over ws: origin, credentials, the HTTP path's checks), expiry.ts
 * (the life of a connection's token), schema.ts (the live schema), events.ts (domain events →
 * subscription fields), queue.ts (each subscriber's bounded queue), shared-execution.ts (one
 * execution per event for the subscribers of the same document, variables and access), shared-fetch.ts
 * (the entity fetches, shared per event and access group), fetched-data.ts (fetched data as payloads).
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { DomainEvent, EventBus, EventSubscription } from '../../platform/events/types.ts';
import type { RateLimiter } from '../rate-limit.ts';
import type { TrustedDocuments } from '../trusted-documents.ts';
import { buildLiveSchema } from './schema.ts';
import { startWsServer } from './server.ts';
import type { FrameWritten } from './shared-execution.ts';
import { createSharedFetch } from './shared-fetch.ts';
import type { GraphExecutor, Listeners } from './types.ts';
import type { GraphQLSchema } from 'graphql';

export { CLOSE_FORBIDDEN, TOKEN_EXPIRED_REASON } from './expiry.ts';
export { CLOSE_TOO_SLOW } from './queue.ts';
export { buildLiveSchema } from './schema.ts';
export type { GraphExecutor } from './types.ts';

/** Event ids remembered to drop a redelivery; the oldest are forgotten first. */
const RECENT_EVENT_IDS = 10_000;

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
  /** Called with the event's occurredAt each time an event frame is written to a subscriber (metrics). */
  frameWritten?: FrameWritten;
}

export interface LiveServer {
  /** Rebuilds the live schema from a (new) API schema, given as SDL. */
  setApiSchema(apiSchemaSdl: string): void;
  /** Open sockets. */
  connections(): number;
  /**
   * Subscriptions in place: accepted (role and arguments checked) and listening, so every event
   * published from now on reaches them; until they end (completed, socket closed, or too slow).
   */
  activeSubscriptions(): number;
  stop(): Promise<void>;
}

/** Serves graphql-ws on `httpServer`'s `/graphql` upgrades. */
export async function startLiveServer(httpServer: http.Server, options: LiveServerOptions): Promise<LiveServer> {
  const listeners: Listeners = new Set();
  const recent = new Set<string>();

  // Every gateway process is its own consumer group: each one sees every event.
  const subscription: EventSubscription = await options.bus.subscribe({
    group: `gateway-live-${randomUUID()}`,
    from: 'new',
    transient: true,
    async handler(event: DomainEvent) {
      // Consumers are idempotent on the event id: a redelivered event is not sent again.
      if (recent.has(event.id)) return;
      recent.add(event.id);
      if (recent.size > RECENT_EVENT_IDS) recent.delete(recent.values().next().value as string);
      for (const listener of listeners) listener(event);
    },
  });

  const fetchEntity = createSharedFetch(options.execute);
  let schema: GraphQLSchema | null = null;
  const server = startWsServer(httpServer, {
    schema: () => schema,
    allowedOrigins: options.allowedOrigins ?? [],
    maxPayloadBytes: options.maxPayloadBytes ?? 64 * 1024,
    maxPendingEvents: options.maxPendingEvents ?? 256,
    connectionInitWaitTimeoutMs: options.connectionInitWaitTimeoutMs ?? 3_000,
    rateLimiter: options.rateLimiter,
    trustedDocuments: options.trustedDocuments,
    frameWritten: options.frameWritten,
  });

  return {
    setApiSchema(apiSchemaSdl) {
      schema = buildLiveSchema(apiSchemaSdl, listeners, fetchEntity);
    },
    connections: server.connections,
    activeSubscriptions: () => listeners.size,
    async stop() {
      await server.stop();
      await subscription.stop();
    },
  };
}
