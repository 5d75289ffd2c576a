/**
 * Bearer tokens: who is calling. User tokens carry `sub`, `roles` and, for portal users,
 * `customer_id`; the workflows service presents a short-lived token with the `service` role to
 * the system APIs. HS256 with `JWT_SECRET`, verified with jose; `iss` and `aud` are checked when
 * configured.
 */
import type http from 'node:http';
import { GraphQLError } from 'graphql';
import { SignJWT, jwtVerify } from 'jose';
import { env } from './env.ts';
import { HttpRefusal } from './http.ts';

export const ROLES = ['admin', 'analyst', 'delivery', 'finance', 'portal', 'service'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  sub: string;
  roles: readonly Role[];
  /** Portal users only: the hub id of the one customer they may see. */
  customerId: string | null;
}

function secretKey(): Uint8Array {
  return new TextEncoder().encode(env.jwtSecret());
}

/** Signs a token for `principal`, valid for `ttlSeconds`. */
export async function signToken(principal: Principal, ttlSeconds = 3600): Promise<string> {
  const jwt = new SignJWT({ roles: [...principal.roles], ...(principal.customerId ? { customer_id: principal.customerId } : {}) })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(principal.sub)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`);
  const issuer = env.jwtIssuer();
  const audience = env.jwtAudience();
  if (issuer) jwt.setIssuer(issuer);
  if (audience) jwt.setAudience(audience);
  return jwt.sign(secretKey());
}

/** Verifies a token; resolves to its principal or rejects (expired, forged, wrong algorithm, bad claims). */
export async function verifyToken(token: string): Promise<Principal> {
  const { payload } = await jwtVerify(token, secretKey(), {
    algorithms: ['HS256'],
    issuer: env.jwtIssuer(),
    audience: env.jwtAudience(),
  });
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is Role => ROLES.includes(role as Role)) : [];
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('token has no subject');
  const customerId = typeof payload.customer_id === 'string' ? payload.customer_id : null;
  return { sub: payload.sub, roles, customerId };
}

function bearerOf(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Malformed Authorization header');
  return match[1];
}

/**
 * The caller of an HTTP request: null without an Authorization header; a refusal (401) when a
 * token is present but invalid.
 */
export async function principalOf(req: http.IncomingMessage): Promise<Principal | null> {
  const token = bearerOf(req);
  if (token === null) return null;
  try {
    return await verifyToken(token);
  } catch {
    throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Invalid or expired token');
  }
}

/** `authorize` hook of every GraphQL endpoint: a valid token is required (401 UNAUTHENTICATED otherwise). */
export async function requireCaller(req: http.IncomingMessage): Promise<void> {
  if (!(await principalOf(req))) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Sign in: send Authorization: Bearer <token>');
}

/** `authorize` hook of an internal endpoint: only the `service` role passes. */
export async function requireServiceCaller(req: http.IncomingMessage): Promise<void> {
  const principal = await principalOf(req);
  if (!principal) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'A service credential is required');
  if (!principal.roles.includes('service')) throw new HttpRefusal(403, 'FORBIDDEN', 'Only the workflows service may call system APIs');
}

/** The principal of the workflows service. */
export const WORKFLOWS_SERVICE: Principal = { sub: 'service:workflows', roles: ['service'], customerId: null };

export function unauthenticated(message = 'Sign in: send Authorization: Bearer <token>'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
