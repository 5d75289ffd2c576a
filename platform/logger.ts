/** Structured JSON logs (pino) on stderr; LOG_LEVEL filters (silent, error, warn, info, debug). */
import { pino } from 'pino';
import { env } from './env.ts';

export const logger = pino({ level: env.logLevel(), base: undefined }, pino.destination({ fd: 2, sync: false }));

/** What an access-denial log line carries; never a token. */
export interface AccessDenial {
  /** Where it was refused: gateway, a subgraph's name, or the HTTP layer. */
  origin: string;
  code: string;
  /** The token's subject, when the caller was identified. */
  principal: string | null;
  roles?: readonly string[];
  operationName: string | null;
  /** A response path (`project.financials.costToDate`) or a URL path. */
  path: string | null;
  correlationId: string | null;
  reason: string;
}

/** The audit line of a refused request or field: `access denied` at warn level. */
export function logAccessDenied(denial: AccessDenial): void {
  logger.warn({ event: 'access_denied', ...denial }, 'access denied');
}
