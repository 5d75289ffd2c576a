/** Request context of the gateway. */
import { principalOf, type Principal } from '../platform/auth.ts';
import { unauthenticated } from '../platform/errors.ts';
import { HttpRefusal, type RequestInfo } from '../platform/http.ts';

export interface GatewayContext {
  /** From `x-correlation-id` or generated; forwarded to every subgraph and echoed to the client. */
  correlationId: string;
  /** The verified caller, or null without a token. */
  principal: Principal | null;
  /** The caller's `Authorization` header, forwarded to the subgraphs (which verify it again). */
  authorization: string | null;
  /**
   * The operation was written by the gateway itself (the fetches behind an accepted subscription),
   * not sent by a client: trusted-document rules applied to the subscription, not to these.
   */
  builtByGateway?: boolean;
  /**
   * When the oldest entity-cache record any subgraph answered this request from was read (ms; the
   * subgraphs' CACHED_SINCE_HEADER), so the response cache counts the answer as that old.
   */
  cachedSince?: number;
}

/** Builds the context; an invalid or expired token is refused with 401 UNAUTHENTICATED. */
export async function createGatewayContext({ req, correlationId }: RequestInfo): Promise<GatewayContext> {
  try {
    const principal = await principalOf(req);
    return { correlationId, principal, authorization: principal ? (req.headers.authorization ?? null) : null };
  } catch (error) {
    // principalOf refuses only a malformed header or a token that does not verify: 401 UNAUTHENTICATED.
    if (!(error instanceof HttpRefusal)) throw error;
    throw unauthenticated(error.message);
  }
}
