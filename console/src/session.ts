/**
 * Who is signed in: the bearer token (kept in sessionStorage, so it leaves with the tab) and what its
 * payload says about the caller. The payload is read only to choose what to show; the gateway checks
 * the signature on every request and refuses whatever the token does not allow.
 */
export type Role = 'admin' | 'analyst' | 'delivery' | 'finance' | 'portal';

export interface Session {
  token: string;
  subject: string;
  roles: readonly Role[];
  customerId: string | null;
  /** Seconds since the epoch; null when the token carries no expiry. */
  expiresAt: number | null;
}

const STORAGE_KEY = 'opsgraph.console.token';

function decodePayload(token: string): Record<string, unknown> | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const base64 = part
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(part.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
    const payload: unknown = JSON.parse(json);
    return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The session a token stands for, or null when it is not a JWT at all. */
export function sessionOf(token: string): Session | null {
  const trimmed = token.trim().replace(/^Bearer\s+/i, '');
  const payload = decodePayload(trimmed);
  if (!payload) return null;
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is Role => typeof role === 'string') : [];
  return {
    token: trimmed,
    subject: typeof payload.sub === 'string' ? payload.sub : '(no subject)',
    roles,
    customerId: typeof payload.customer_id === 'string' ? payload.customer_id : null,
    expiresAt: typeof payload.exp === 'number' ? payload.exp : null,
  };
}

export function storedSession(): Session | null {
  const token = sessionStorage.getItem(STORAGE_KEY);
  return token ? sessionOf(token) : null;
}

export function storeSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, session.token);
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

export function hasRole(session: Session, roles: readonly Role[]): boolean {
  return session.roles.some((role) => roles.includes(role));
}
