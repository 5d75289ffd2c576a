/**
 * Every error a client sees carries a stable `extensions.code` from this list; anything else is
 * masked as INTERNAL_SERVER_ERROR and logged with the correlation id. Each code the project itself
 * raises is built by one factory here (`unauthenticated`, `forbidden`, …), the only module that
 * constructs GraphQLError.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { logAccessDenied, logger } from './logger.ts';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'UPSTREAM_UNAVAILABLE',
  'FX_RATE_MISSING',
  'RATE_LIMITED',
  'SHUTTING_DOWN',
  'INTERNAL_SERVER_ERROR',
  // Produced before any resolver runs: by GraphQL and Apollo Server, and by the gateway's operation limits and graphql-ws checks.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
const KNOWN_CODES = new Set<string>(ERROR_CODES);

/**
 * The codes of the list that Apollo Server, GraphQL or the HTTP layer produce themselves (parsing a
 * request over HTTP, persisted queries, masking): no factory below builds them. Every other code has
 * exactly one factory, the only place an error with that code is built.
 */
export const FRAMEWORK_CODES: readonly ErrorCode[] = [
  'INTERNAL_SERVER_ERROR',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
];

/**
 * The type of what the factories build, for annotations elsewhere: biome.json's noRestrictedImports
 * keeps every other module from importing GraphQLError from graphql (type-only imports included),
 * so that this module is the one that constructs it.
 */
export type { GraphQLError };

/** True for a GraphQLError (the class is imported here only, for the factories). */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError;
}

/** What a refusal carries besides its code and message. */
export interface RefusalOptions {
  /**
   * The HTTP status Apollo Server answers when the error refuses the whole request before any
   * resolver runs (thrown from a plugin hook); `extensions.http.status`, never sent to the client.
   */
  status?: number;
  /** The document nodes the error is about (validation). */
  nodes?: ASTNode | readonly ASTNode[];
}

function clientError(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, options: RefusalOptions = {}): GraphQLError {
  return new GraphQLError(message, {
    ...(options.nodes ? { nodes: options.nodes } : {}),
    extensions: { code, ...extensions, ...(options.status ? { http: { status: options.status } } : {}) },
  });
}

/** No caller, or a token that does not verify (401): the caller must sign in. */
export function unauthenticated(message = 'Sign in: send Authorization: Bearer <token>'): GraphQLError {
  return clientError(message, 'UNAUTHENTICATED', {}, { status: 401 });
}

/**
 * A signed-in caller without the role (a field's `@requiresRole`, a mutation's roles) or outside the
 * rules (an unregistered operation in trusted-documents mode, with `status` 403 since it refuses the
 * whole request).
 */
export function forbidden(message: string, options: RefusalOptions = {}): GraphQLError {
  return clientError(message, 'FORBIDDEN', {}, options);
}

/** Something the caller named does not exist (or is not visible to it, which answers the same). */
export function notFound(message: string): GraphQLError {
  return clientError(message, 'NOT_FOUND');
}

/**
 * Invalid client input. With an `argument` (e.g. `first`, `filter.from`), the message names it and
 * `extensions.argumentName` carries it; with null, the message stands alone (a malformed entity
 * representation, a mutation operation with several root fields, a variable that does not coerce).
 */
export function badUserInput(argument: string | null, message: string, options: RefusalOptions = {}): GraphQLError {
  if (argument === null) return clientError(message, 'BAD_USER_INPUT', {}, options);
  return clientError(`Invalid argument "${argument}": ${message}`, 'BAD_USER_INPUT', { argumentName: argument }, options);
}

/** The request clashes with the current state (a request with its idempotency key still running, an exception that cannot be retried). */
export function conflict(message: string): GraphQLError {
  return clientError(message, 'CONFLICT');
}

/**
 * An idempotency key already used with a different request. A system API request names its key
 * (`requestKey`, chosen by the workflows service); a public mutation's answer does not repeat the
 * caller's `idempotencyKey`.
 */
export function idempotencyKeyReused(key?: string): GraphQLError {
  return clientError(
    key === undefined ? 'This idempotency key was already used with a different request' : `Request key "${key}" was already used with a different request`,
    'IDEMPOTENCY_KEY_REUSED',
  );
}

/**
 * A service (and, when known, the system of record behind it, e.g. `ERP`) did not answer; `message`
 * replaces the default one (e.g. the gateway's supergraph not loaded yet).
 */
export function upstreamUnavailable(service: string, system?: string, message?: string): GraphQLError {
  return clientError(
    message ?? (system ? `The ${system} (${service} service) is unavailable` : `The ${service} service is unavailable`),
    'UPSTREAM_UNAVAILABLE',
    { serviceName: service, ...(system ? { system } : {}) },
  );
}

/**
 * A figure needs an exchange rate the ERP does not hold (docs/kpis.md, Currencies), such as the DAILY
 * rate converting a project's expense in another currency on its date: the figure is refused, never
 * converted at a rate of 1. The message names the rate type, the directed pair and the day.
 */
export function fxRateMissing(rateType: string, from: string, to: string, date: string): GraphQLError {
  return clientError(`The ERP holds no ${rateType} exchange rate ${from}→${to} in force on ${date}`, 'FX_RATE_MISSING', { rateType, from, to, date });
}

/** The caller's rate limit is spent (over graphql-ws; HTTP refuses with 429 before GraphQL runs). */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return clientError(`Rate limit reached; retry after ${retryAfterSeconds} s`, 'RATE_LIMITED', { retryAfterSeconds });
}

/**
 * The server is stopping (docs/observability.md, Shutdown): a request that arrives while it drains is
 * refused with 503 and Connection: close, a workflow asked to start then is not started. Retry elsewhere.
 */
export function shuttingDown(message = 'The server is shutting down; retry on another instance'): GraphQLError {
  return clientError(message, 'SHUTTING_DOWN', {}, { status: 503 });
}

/** A document that does not parse (over graphql-ws; Apollo Server answers HTTP's itself). */
export function parseFailed(message: string): GraphQLError {
  return clientError(message, 'GRAPHQL_PARSE_FAILED');
}

/**
 * A document that does not validate: a validation rule's error, or an operation over one of the
 * operation limits (`limit` names it: `depth`, `cost`, `aliases`, …).
 */
export function validationFailed(message: string, options: RefusalOptions & { limit?: string } = {}): GraphQLError {
  const { limit, ...refusal } = options;
  return clientError(message, 'GRAPHQL_VALIDATION_FAILED', limit === undefined ? {} : { limit }, refusal);
}

/**
 * An error an execution already answered (built by one of the factories above, or masked), raised
 * again as it is where a resolver must throw it, e.g. a field error of a fetch the gateway made
 * itself. Not for new errors: those come from the factory of their code.
 */
export function relayed(error: { message: string; extensions?: Record<string, unknown> }): GraphQLError {
  return new GraphQLError(error.message, { extensions: error.extensions });
}

/**
 * A connector could not reach its system of record (connection refused, reset or timed out; the
 * database shutting down). Connectors throw it (the SQL layer turns driver connection failures into
 * it), and every server answers it as UPSTREAM_UNAVAILABLE instead of masking it as an internal
 * error, so callers retry an outage and never mistake it for a bug.
 */
export class SystemUnavailableError extends Error {
  constructor(message = 'The system of record could not be reached', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SystemUnavailableError';
  }
}

/** Node socket errors and PostgreSQL SQLSTATEs that mean the server could not be reached or went away. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);

/** True when a driver error says its server could not be reached (SQLSTATE class 08 included). */
export function isUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08/.test(code))) return true;
  const message = error instanceof Error ? error.message : '';
  // node-postgres reports a dropped or never-established connection without a code.
  return /^(Connection terminated|timeout exceeded when trying to connect)/.test(message);
}

/** The formatted error a server answers for a SystemUnavailableError. */
const UNAVAILABLE_FORMATTED = { message: 'The system of record did not answer', extensions: { code: 'UPSTREAM_UNAVAILABLE' } };

/** True when an error carries one of the documented codes (and so may reach a client as is). */
export function hasKnownCode(error: { extensions?: Record<string, unknown> }): boolean {
  const code = error.extensions?.code;
  return typeof code === 'string' && KNOWN_CODES.has(code) && code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * Apollo Server `formatError`: errors with a documented code pass (stack traces stripped); a
 * SystemUnavailableError becomes UPSTREAM_UNAVAILABLE; everything else becomes INTERNAL_SERVER_ERROR. Logging happens in `useErrorLogging`, which
 * sees the request's correlation id.
 */
export function maskError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown } | undefined)?.originalError ?? error;
  if (original instanceof SystemUnavailableError) {
    return {
      ...UNAVAILABLE_FORMATTED,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
    };
  }
  if (hasKnownCode(formatted)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Codes of refusals that the access audit records. */
const ACCESS_DENIAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED']);

/** The caller as a context carries it: the gateway's `principal`, a subgraph's `access.principal`. */
interface CallerContext {
  correlationId?: string;
  principal?: { sub: string; roles: readonly string[] } | null;
  access?: { principal: { sub: string; roles: readonly string[] } };
}

/**
 * Apollo Server plugin: logs every error that `maskError` will hide, with the correlation id, and
 * every refusal (UNAUTHENTICATED, FORBIDDEN, RATE_LIMITED) as an access-denial audit line with the
 * principal, operation name and path.
 */
export function useErrorLogging(origin: string): ApolloServerPlugin<CallerContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && ACCESS_DENIAL_CODES.has(code)) {
              const principal = contextValue.principal ?? contextValue.access?.principal ?? null;
              logAccessDenied({
                origin,
                code,
                principal: principal?.sub ?? null,
                roles: principal?.roles,
                operationName: operationName ?? null,
                path: error.path?.join('.') ?? null,
                correlationId: contextValue.correlationId ?? null,
                reason: error.message,
              });
              continue;
            }
            if (hasKnownCode(error)) continue;
            if (error.originalError instanceof SystemUnavailableError) {
              logger.warn({ origin, correlationId: contextValue.correlationId, path: error.path, err: error.originalError }, 'system of record unavailable');
              continue;
            }
            logger.error({ origin, correlationId: contextValue.correlationId, path: error.path, err: error.originalError ?? error }, 'unexpected error');
          }
        },
      };
    },
  };
}
