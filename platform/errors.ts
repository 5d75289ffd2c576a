/**
 * Every error a client sees carries a stable `extensions.code` from this list; anything else is
 * masked as INTERNAL_SERVER_ERROR and logged with the correlation id.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { logAccessDenied, logger } from './logger.ts';

export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
  'UPSTREAM_UNAVAILABLE',
  'RATE_LIMITED',
  'INTERNAL_SERVER_ERROR',
  // Produced by GraphQL itself before any resolver runs.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
const KNOWN_CODES = new Set<string>(ERROR_CODES);

/** Invalid client input; `argument` names the offending argument (e.g. `first`, `filter.from`). */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
  });
}

/** A service (and, when known, the system of record behind it, e.g. `ERP`) did not answer. */
export function upstreamUnavailable(service: string, system?: string): GraphQLError {
  return new GraphQLError(system ? `The ${system} (${service} service) is unavailable` : `The ${service} service is unavailable`, {
    extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: service, ...(system ? { system } : {}) },
  });
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
