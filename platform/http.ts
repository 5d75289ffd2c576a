/**
 * The HTTP side of every server here: an Apollo Server mounted on node:http with a few plain
 * routes beside it (health, readiness). Shared by the subgraphs and the gateway.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { env, parseAllowedOrigin } from './env.ts';
import { shuttingDown } from './errors.ts';
import { logAccessDenied, logger } from './logger.ts';
import { traceRequests } from './tracing.ts';

export const CORRELATION_HEADER = 'x-correlation-id';
/**
 * Set to `1` by the gateway on a subgraph fetch that must read the systems of record past the
 * subgraphs' entity caches: a mutation's, and those behind a subscription (docs/caching.md).
 */
export const FRESH_READ_HEADER = 'x-opsgraph-fresh-read';
/**
 * Sent by a subgraph whose answer used records from its entity cache: when the oldest of them was
 * read (ms since the epoch), so a response cache in front counts the answer as that old.
 */
export const CACHED_SINCE_HEADER = 'x-opsgraph-cached-since';
const CORRELATION_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** A plain route: writes the whole response itself. */
export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface RequestInfo {
  req: http.IncomingMessage;
  /** From `x-correlation-id` when well-formed, else generated; echoed in the response headers. */
  correlationId: string;
}

/** A further GraphQL server on its own path, e.g. a subgraph's internal system API. */
export interface ExtraGraphQLEndpoint {
  path: string;
  /** Of any context type, seen through the methods used here (their parameters compare bivariantly): `context` builds its context. */
  server: Pick<ApolloServer<BaseContext>, 'start' | 'stop' | 'executeHTTPGraphQLRequest'>;
  context: (info: RequestInfo) => Promise<BaseContext>;
  /** Runs before the body is read; a rejection's `status` (401, 403) and message answer the request. */
  authorize?: (req: http.IncomingMessage) => Promise<void>;
}

/** Thrown by an endpoint's `authorize` to refuse a request with an HTTP status. */
export class HttpRefusal extends Error {
  readonly status: number;
  readonly code: string;
  /** Extra response headers, e.g. Retry-After on 429. */
  readonly headers: Record<string, string>;
  /** The refused caller's subject, when known (for the access audit). */
  readonly principal: string | null;
  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}, principal: string | null = null) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
    this.principal = principal;
  }
}

/** Request headers a browser on an allowed origin may send (answered in a preflight). */
export const CORS_ALLOWED_HEADERS = ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', CORRELATION_HEADER];
/** Response headers a browser on an allowed origin may read besides the simple ones. */
const CORS_EXPOSED_HEADERS = [CORRELATION_HEADER, 'retry-after'];
/** Seconds a browser may reuse a preflight's answer. */
export const CORS_MAX_AGE_SECONDS = 600;

/**
 * Whether a browser origin is allowed: `allowed` holds exact origins (`https://portal.example.com`)
 * or entries ending in `:*` for any port of a scheme and host (`http://localhost:*`). Throws on an
 * entry that is not an origin, so a mistyped configuration stops the process at start.
 */
export function createOriginCheck(allowed: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>();
  const anyPort: string[] = [];
  for (const entry of allowed) {
    const { origin, anyPort: wildcard } = parseAllowedOrigin(entry);
    if (wildcard) anyPort.push(origin);
    else exact.add(origin);
  }
  return (origin) => {
    if (exact.has(origin)) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    // Only a bare origin (scheme, host, port) can match; `null` and anything with a path cannot.
    if (parsed.origin !== origin) return false;
    return anyPort.includes(`${parsed.protocol}//${parsed.hostname}`);
  };
}

/** Cross-origin browser access: which origins may call, checked before anything else runs. */
export interface CorsOptions {
  /** Origins allowed to call (see `createOriginCheck`); others get no Access-Control-Allow-Origin. */
  allowedOrigins: readonly string[];
}

export interface GraphQLListenerOptions<TContext extends BaseContext> {
  /** @default /graphql */
  path?: string;
  context: (info: RequestInfo) => Promise<TContext>;
  /** Runs before the body is read; a rejection's `status` and message answer the request (e.g. 401). */
  authorize?: (req: http.IncomingMessage) => Promise<void>;
  /** More GraphQL servers served by the same listener, each on its own path. */
  extraEndpoints?: readonly ExtraGraphQLEndpoint[];
  /** Exact-path GET routes served beside GraphQL, e.g. `/health`. */
  routes?: Record<string, RouteHandler>;
  /** Largest accepted request body; larger ones get 413. @default 10 MiB */
  maxBodyBytes?: number;
  /** Answer CORS preflights (before `authorize`) and mark responses to allowed origins. @default no CORS */
  cors?: CorsOptions;
  /** The service serving, on its request spans (`opsgraph.service`) when tracing is on. */
  name?: string;
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

class BodyTooLargeError extends Error {}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A request refused (or failed) before Apollo Server answered it: BAD_REQUEST unless `code` says otherwise. */
function requestError(res: http.ServerResponse, status: number, message: string, correlationId: string, code = 'BAD_REQUEST'): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, { [CORRELATION_HEADER]: correlationId });
}

/** A node:http request listener serving `server` at `path` plus the plain `routes`. */
export function createGraphQLListener<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  options: GraphQLListenerOptions<TContext>,
): http.RequestListener {
  const path = options.path ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 10 * 1024 * 1024;
  const originAllowed = options.cors ? createOriginCheck(options.cors.allowedOrigins) : null;
  const listener: http.RequestListener = (req, res) => {
    const incoming = req.headers[CORRELATION_HEADER];
    const correlationId = typeof incoming === 'string' && CORRELATION_PATTERN.test(incoming) ? incoming : randomUUID();
    if (originAllowed && answerCors(req, res, originAllowed, correlationId)) return;
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      requestError(res, 400, 'Malformed request URL', correlationId);
      return;
    }
    const route = options.routes?.[url.pathname];
    if (route && (req.method === 'GET' || req.method === 'HEAD')) {
      res.setHeader(CORRELATION_HEADER, correlationId);
      // Called inside the promise chain, so that a handler that throws synchronously is answered too.
      Promise.resolve()
        .then(() => route(req, res))
        .catch((error: unknown) => {
          logger.error({ origin: 'http', correlationId, path: url.pathname, err: error }, 'unexpected error');
          if (!res.headersSent) sendJson(res, 500, { status: 'error' });
        });
      return;
    }
    const extra = options.extraEndpoints?.find((endpoint) => endpoint.path === url.pathname);
    if (url.pathname !== path && !extra) {
      requestError(res, 404, `Not found: ${url.pathname}`, correlationId);
      return;
    }
    const target = extra
      ? { server: extra.server, context: extra.context, authorize: extra.authorize }
      : {
          server: server as unknown as ApolloServer<BaseContext>,
          context: options.context as (info: RequestInfo) => Promise<BaseContext>,
          authorize: options.authorize,
        };
    void (async () => {
      if (target.authorize) {
        try {
          await target.authorize(req);
        } catch (error) {
          if (!(error instanceof HttpRefusal)) throw error;
          logAccessDenied({
            origin: 'http',
            code: error.code,
            principal: error.principal,
            operationName: null,
            path: url.pathname,
            correlationId,
            reason: error.message,
          });
          sendJson(
            res,
            error.status,
            { errors: [{ message: error.message, extensions: { code: error.code } }] },
            {
              ...error.headers,
              [CORRELATION_HEADER]: correlationId,
            },
          );
          return;
        }
      }
      let body: unknown;
      if (req.method === 'POST') {
        let text: string;
        try {
          text = await readBody(req, maxBodyBytes);
        } catch (error) {
          if (error instanceof BodyTooLargeError) return requestError(res, 413, `Request body over ${maxBodyBytes} bytes`, correlationId);
          throw error;
        }
        const contentType = String(req.headers['content-type'] ?? '');
        if (contentType.includes('json')) {
          try {
            body = text === '' ? undefined : JSON.parse(text);
          } catch {
            return requestError(res, 400, 'Request body is not valid JSON', correlationId);
          }
        } else {
          body = text;
        }
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const response = await target.server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
        context: () => target.context({ req, correlationId }),
      });
      for (const [key, value] of response.headers) {
        // Vary is merged: CORS already set `Vary: Origin`.
        const earlier = key === 'vary' ? res.getHeader('vary') : undefined;
        res.setHeader(key, earlier ? `${String(earlier)}, ${value}` : value);
      }
      res.setHeader(CORRELATION_HEADER, correlationId);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    })().catch((error: unknown) => {
      logger.error({ origin: 'http', correlationId, path: url.pathname, err: error }, 'unexpected error');
      if (!res.headersSent) requestError(res, 500, 'Internal server error', correlationId, 'INTERNAL_SERVER_ERROR');
      else res.end();
    });
  };
  // Each GraphQL request in a span when tracing is on (platform/tracing.ts); the plain routes are not traced.
  return traceRequests(listener, { service: options.name, untraced: Object.keys(options.routes ?? {}) });
}

/**
 * CORS before anything else, authentication included (a browser's preflight carries no token):
 * a preflight (OPTIONS with Origin and Access-Control-Request-Method) is answered here, 204 with the
 * Access-Control-Allow-* headers for an allowed origin, 403 without them for any other. Any other
 * request from an allowed origin is marked with Access-Control-Allow-Origin and goes on; every
 * response says `Vary: Origin`. Returns true when the request has been answered.
 */
function answerCors(req: http.IncomingMessage, res: http.ServerResponse, originAllowed: (origin: string) => boolean, correlationId: string): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  const allowed = typeof origin === 'string' && originAllowed(origin);
  if (allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS.join(', '));
  }
  const preflight = req.method === 'OPTIONS' && typeof origin === 'string' && req.headers['access-control-request-method'] !== undefined;
  if (!preflight) return false;
  if (!allowed) {
    logAccessDenied({
      origin: 'http',
      code: 'FORBIDDEN',
      principal: null,
      operationName: null,
      path: (req.url ?? '/').split('?')[0],
      correlationId,
      reason: `origin ${origin} is not allowed`,
    });
    sendJson(
      res,
      403,
      { errors: [{ message: `Origin ${origin} is not allowed`, extensions: { code: 'FORBIDDEN' } }] },
      { [CORRELATION_HEADER]: correlationId },
    );
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
    'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
    [CORRELATION_HEADER]: correlationId,
  });
  res.end();
  return true;
}

export interface ListeningServer {
  httpServer: http.Server;
  port: number;
  /** `http://host:port` */
  origin: string;
  /**
   * Drains and closes the server (docs/observability.md, Shutdown): it stops accepting connections,
   * answers a request that arrives on an open keep-alive connection with 503 SHUTTING_DOWN and
   * Connection: close, lets the requests in flight finish with Connection: close, and closes every
   * connection left once they have or `timeoutMs` (default OPSGRAPH_SHUTDOWN_TIMEOUT_MS) has passed.
   * Resolves within the bound; idempotent.
   */
  stop: (timeoutMs?: number) => Promise<void>;
  /** Whether stop() has begun. */
  draining: () => boolean;
}

/** Listens on `port` (0 = any free port) and returns how to reach and stop the server. */
export async function listen(listener: http.RequestListener, port: number, host: string): Promise<ListeningServer> {
  let stopping: Promise<void> | null = null;
  /** Responses in flight: while the server drains, each one closes its connection once it is written. */
  const inFlight = new Set<http.ServerResponse>();
  const httpServer = http.createServer({ keepAliveTimeout: 65_000 }, (req, res) => {
    if (stopping) {
      const refusal = shuttingDown();
      sendJson(res, 503, { errors: [{ message: refusal.message, extensions: { code: refusal.extensions.code } }] }, { connection: 'close' });
      return;
    }
    inFlight.add(res);
    res.once('close', () => {
      inFlight.delete(res);
      // Its connection, idle now, is not kept for another request.
      if (stopping) setImmediate(() => httpServer.closeIdleConnections());
    });
    listener(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const address = httpServer.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    httpServer,
    port: address.port,
    origin: `http://${hostPart}:${address.port}`,
    draining: () => stopping !== null,
    stop: (timeoutMs = env.shutdownTimeoutMs()) =>
      (stopping ??= new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        httpServer.close(() => {
          clearTimeout(timer);
          resolve();
        });
        for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
        httpServer.closeIdleConnections();
        // Past the bound, whatever is still open is cut: the stop resolves, the close follows.
        timer = setTimeout(() => {
          httpServer.closeAllConnections();
          resolve();
        }, timeoutMs);
      })),
  };
}
