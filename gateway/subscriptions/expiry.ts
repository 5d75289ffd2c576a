/**
 * A connection lives as long as its token: at the token's `exp` its socket closes with 4403
 * `Token expired`, and nothing is delivered from `exp` on, even an event whose fetch was under way.
 */
import { decodeJwt } from 'jose';
import type { WebSocket } from 'ws';
import { unauthenticated, type GraphQLError } from '../../platform/errors.ts';

/** Close code when the token expires: graphql-ws's Forbidden, as for a bad token at connection_init. */
export const CLOSE_FORBIDDEN = 4403;
/** Close reason when the token expires; the client reconnects with a fresh token to go on. */
export const TOKEN_EXPIRED_REASON = 'Token expired';

/** When a (verified) token expires, in ms since the epoch; null for a token without `exp`. */
export function expiryOf(token: string): number | null {
  const { exp } = decodeJwt(token);
  return typeof exp === 'number' ? exp * 1000 : null;
}

export const isExpired = (expiresAt: number | null) => expiresAt !== null && Date.now() >= expiresAt;

/** Closes `socket` with 4403 when its token expires; cancelled when the socket closes first. */
export function closeAtExpiry(socket: WebSocket, expiresAt: number): void {
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

/** Closes an expired subscriber's socket and answers the refusal; its pending result is not delivered (the socket no longer sends). */
export function refuseExpired(socket: WebSocket): GraphQLError {
  socket.close(CLOSE_FORBIDDEN, TOKEN_EXPIRED_REASON);
  return unauthenticated(TOKEN_EXPIRED_REASON);
}
