/**
 * graphql-ws over ws on the gateway's HTTP server (`/graphql` upgrades): the Origin check, the
 * connection's credentials and their expiry, and what HTTP checks before it runs an operation,
 * applied to each subscribe (rate limit, trusted documents, parse, validation, operation limits and
 * input rules) with the same helpers and answers.
 *
 * Protocol rules are graphql-ws's (4400 garbage, 4401 subscribe before ack, 4403 bad credentials,
 * 4408 no connection_init in time, 4409 duplicate operation id, 4429 duplicate init); frames over
 * `maxPayloadBytes` close the socket (1009).
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import {
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { bearerToken, verifyToken, visibilityKey, type Principal } from '../../platform/auth.ts';
import {
  badUserInput,
  isGraphQLError,
  maskError,
  parseFailed,
  rateLimited,
  relayed,
  unauthenticated,
  upstreamUnavailable,
  validationFailed,
  type GraphQLError,
} from '../../platform/errors.ts';
import { createOriginCheck } from '../../platform/http.ts';
import { logAccessDenied, logger } from '../../platform/logger.ts';
import { sharedServerOptions } from '../../platform/server-options.ts';
import { checkRequest } from '../input-rules.ts';
import { OPERATION_LIMITS } from '../limits.ts';
import type { RateLimiter } from '../rate-limit.ts';
import { documentHash, type TrustedDocuments } from '../trusted-documents.ts';
import { CLOSE_FORBIDDEN, TOKEN_EXPIRED_REASON, closeAtExpiry, expiryOf, isExpired } from './expiry.ts';
import { byResponseKey } from './fetched-data.ts';
import { createSharedSubscribe, type FrameWritten } from './shared-execution.ts';
import type { LiveContext } from './types.ts';

export interface WsServerOptions {
  /** The live schema in force; null until the supergraph has loaded. */
  schema: () => GraphQLSchema | null;
  /** Origins allowed besides the gateway's own host (see `createOriginCheck`). */
  allowedOrigins: readonly string[];
  maxPayloadBytes: number;
  maxPendingEvents: number;
  connectionInitWaitTimeoutMs: number;
  rateLimiter?: RateLimiter;
  trustedDocuments?: TrustedDocuments;
  /** Called for each event frame written to a subscriber. */
  frameWritten?: FrameWritten;
}

export interface WsServer {
  /** Open sockets. */
  connections(): number;
  /** Stops taking upgrades and closes every socket (1001). */
  stop(): Promise<void>;
}

type LiveConnection = {
  principal?: Principal;
  authorization?: string;
  /** When the token expires (ms since the epoch); null for a token without `exp`. */
  expiresAt?: number | null;
};

/** Apollo Server's rule for HTTP when introspection is off, with its message, so both transports answer alike (Apollo does not export it). */
const noIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(validationFailed('GraphQL introspection is not allowed, but the query contained __schema or __type', { nodes: [node] }));
    }
  },
});

/** Serves graphql-ws on `httpServer`'s `/graphql` upgrades. */
export function startWsServer(httpServer: http.Server, options: WsServerOptions): WsServer {
  // The switches Apollo Server applies over HTTP (introspection, suggestions, validation errors).
  const { introspection, hideSchemaDetailsFromClientErrors, validationOptions } = sharedServerOptions();
  const validationRules = introspection ? specifiedRules : [...specifiedRules, noIntrospection];

  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxPayloadBytes });
  // Errors reach subscribers as they reach HTTP clients: documented codes pass, the rest is masked.
  const masked = (result: ExecutionResult) => (result.errors?.length ? { ...result, errors: result.errors.map((error) => maskError(error.toJSON())) } : result);
  const subscribe = createSharedSubscribe(masked, options.frameWritten);
  const graphqlWs = useServer<Record<string, unknown>, LiveConnection>(
    {
      connectionInitWaitTimeout: options.connectionInitWaitTimeoutMs,
      async onConnect(ctx) {
        const token = bearerToken(ctx.connectionParams?.authorization);
        const refuse = (reason: string) => {
          logAccessDenied({ origin: 'graphql-ws', code: 'UNAUTHENTICATED', principal: null, operationName: null, path: null, correlationId: null, reason });
          return false;
        };
        if (!token) return refuse('no bearer token in connectionParams.authorization');
        try {
          ctx.extra.principal = await verifyToken(token);
        } catch {
          return refuse('invalid or expired token');
        }
        ctx.extra.authorization = `Bearer ${token}`;
        // The connection lives as long as its token (HS256 or JWKS alike): at `exp` the socket closes.
        ctx.extra.expiresAt = expiryOf(token);
        if (ctx.extra.expiresAt !== null) closeAtExpiry(ctx.extra.socket, ctx.extra.expiresAt);
        return true;
      },
      async onSubscribe(ctx, id, payload) {
        const schema = options.schema();
        if (!schema) return [upstreamUnavailable('gateway', undefined, 'The supergraph is not loaded yet')];
        const expiresAt = ctx.extra.expiresAt ?? null;
        if (isExpired(expiresAt)) {
          ctx.extra.socket.close(CLOSE_FORBIDDEN, TOKEN_EXPIRED_REASON);
          return [unauthenticated(TOKEN_EXPIRED_REASON)];
        }
        /** Logs an access refusal and answers it. */
        const refuse = (error: GraphQLError) => {
          const principal = ctx.extra.principal ?? null;
          logAccessDenied({
            origin: 'graphql-ws',
            code: String(error.extensions.code),
            principal: principal?.sub ?? null,
            roles: principal?.roles,
            operationName: payload.operationName ?? null,
            path: null,
            correlationId: null,
            reason: error.message,
          });
          return [error];
        };
        const decision = await options.rateLimiter?.hit(ctx.extra.principal?.sub ?? 'anonymous');
        if (decision && !decision.allowed) return refuse(rateLimited(decision.retryAfterSeconds));
        try {
          options.trustedDocuments?.check(ctx.extra.principal ?? null, documentHash(payload.query));
        } catch (error) {
          if (!isGraphQLError(error)) throw error;
          // Its code and message; the HTTP status it carries means nothing on a socket.
          return refuse(relayed({ message: error.message, extensions: { code: error.extensions.code } }));
        }
        // Everything HTTP checks before running an operation: parse (with the token limit), validate, then `checkRequest`.
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: OPERATION_LIMITS.maxTokens });
        } catch (error) {
          return [parseFailed(isGraphQLError(error) ? error.message : 'Syntax error')];
        }
        // As over HTTP: outside development, no introspection and no "did you mean" suggestions.
        const invalid = validate(schema, document, validationRules, { maxErrors: validationOptions.maxErrors });
        if (invalid.length) {
          return invalid.map((error) => {
            const message = hideSchemaDetailsFromClientErrors ? error.message.replace(/ ?Did you mean(.+?)\?$/, '') : error.message;
            return validationFailed(message, { nodes: error.nodes });
          });
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [badUserInput(null, 'Unable to identify the operation')];
        if (operation.operation !== 'subscription') return [badUserInput(null, 'Only subscriptions run over WebSocket; send queries and mutations over HTTP')];
        // Bytes, limits, text inputs and variables: the checks HTTP makes, by the same function.
        try {
          checkRequest(schema, payload.query, document, operation, payload.variables ?? {}, { refuseOversizedFirst: true });
        } catch (error) {
          if (!isGraphQLError(error)) throw error;
          // As answered over HTTP, less the HTTP status.
          const { http: _http, ...extensions } = error.extensions;
          return [relayed({ message: error.message, extensions })];
        }
        const context: LiveContext = {
          correlationId: randomUUID(),
          principal: ctx.extra.principal ?? null,
          authorization: ctx.extra.authorization ?? null,
          // The fetches behind this subscription are the gateway's own operations.
          builtByGateway: true,
          socket: ctx.extra.socket,
          maxPendingEvents: options.maxPendingEvents,
          expiresAt,
          operationId: id,
          group: JSON.stringify([payload.query, payload.operationName ?? null, payload.variables ?? null, visibilityKey(ctx.extra.principal ?? null)]),
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
      // One execution per event for each group of subscribers that would receive the same result.
      subscribe: (args) => subscribe(args),
      // Results graphql-ws sends itself (a refusal at set-up, an expired token), masked likewise.
      onNext(_ctx, _id, _payload, _args, result) {
        return result.errors?.length ? masked(result as ExecutionResult) : undefined;
      },
      onError(_ctx, id, _payload, errors) {
        logger.debug({ id, errors: errors.map((error) => error.message) }, 'subscription refused');
      },
    },
    wss,
  );

  // The Origin rule of CORS (the same allowed list and matching), plus the gateway's own host.
  const originAllowed = createOriginCheck(options.allowedOrigins);
  const sameHost = (origin: string, host: string | undefined) => {
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  };
  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    const refuse = (status: string) => {
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') return refuse('404 Not Found');
    const origin = req.headers.origin;
    if (origin !== undefined && !sameHost(origin, req.headers.host) && !originAllowed(origin)) return refuse('403 Forbidden');
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  httpServer.on('upgrade', onUpgrade);

  return {
    connections: () => wss.clients.size,
    async stop() {
      httpServer.off('upgrade', onUpgrade);
      for (const client of wss.clients) client.close(1001, 'Server shutting down');
      await graphqlWs.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
