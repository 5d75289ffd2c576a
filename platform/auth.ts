/**
 * Bearer tokens: who is calling. User tokens carry `sub`, `roles` and, for portal users,
 * `customer_id`; the workflows service presents a short-lived token with the `service` role to
 * the system APIs. Verified with jose: HS256 with `JWT_SECRET`, or RS256/ES256 with the keys an
 * identity provider publishes at `JWKS_URL` (fetched on first use, cached, refetched when a token
 * names an unknown key, so rotation needs no restart). The hub's own credentials are always HS256
 * with `JWT_SECRET`. `exp` and `nbf` are always checked; `iss` and `aud` when configured.
 * A verified token is remembered until its `exp` (platform/token-cache.ts), so each process checks
 * its signature once, not on every request; a token verified with a published key is forgotten
 * when the key set is fetched again, so a key removed from the set stops working as it did before.
 */
import type http from 'node:http';
import { SignJWT, createRemoteJWKSet, customFetch, decodeProtectedHeader, jwtVerify, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';
import { env } from './env.ts';
import { HttpRefusal } from './http.ts';
import { VerifiedTokenCache } from './token-cache.ts';

export const ROLES = ['admin', 'analyst', 'delivery', 'finance', 'portal', 'service'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  sub: string;
  roles: readonly Role[];
  /** Portal users only: the hub id of the one customer they may see. */
  customerId: string | null;
}

/**
 * What a caller may see, as the subgraphs decide it (subgraphs/shared/access.ts): its roles (sorted)
 * and its customer; no read depends on `sub`. Callers with the same key may share a fetch's answer
 * (gateway/dedup.ts, gateway/subscriptions/shared-fetch.ts); no token is its own key.
 */
export function visibilityKey(principal: Principal | null): string {
  if (!principal) return 'anonymous';
  return JSON.stringify([[...principal.roles].sort(), principal.customerId]);
}

let secret: { text: string; key: Uint8Array } | null = null;

/** The HS256 key: one object per secret, so remembered tokens name the key they were verified with. */
function secretKey(): Uint8Array {
  const text = env.jwtSecret();
  if (secret?.text !== text) secret = { text, key: new TextEncoder().encode(text) };
  return secret.key;
}

/**
 * The one place a token's signature and claims are checked (jose's jwtVerify). An object, so a
 * test can count the checks (`vi.spyOn(signatures, 'verify')`) without replacing jose.
 */
export const signatures = {
  verify(token: string, key: Uint8Array | JWTVerifyGetKey, options: JWTVerifyOptions): Promise<JWTPayload> {
    const verified = typeof key === 'function' ? jwtVerify(token, key, options) : jwtVerify(token, key, options);
    return verified.then(({ payload }) => payload);
  },
};

/** Payloads of the user and service tokens this process verified (the caller's `Authorization`). */
let bearerTokens: VerifiedTokenCache<JWTPayload> | null = null;
/** Gateway credentials this process verified (`x-opsgraph-gateway`). */
let gatewayCredentials: VerifiedTokenCache<true> | null = null;

function bearerTokenCache(): VerifiedTokenCache<JWTPayload> {
  bearerTokens ??= new VerifiedTokenCache({ maxEntries: env.tokenCacheMaxEntries() });
  return bearerTokens;
}

function gatewayCredentialCache(): VerifiedTokenCache<true> {
  gatewayCredentials ??= new VerifiedTokenCache({ maxEntries: env.tokenCacheMaxEntries() });
  return gatewayCredentials;
}

/** The lookups of this process's cache of verified bearer tokens (the gateway's metrics). */
export function bearerTokenCacheCounts(): { hits: number; misses: number } {
  const cache = bearerTokenCache();
  return { hits: cache.hits, misses: cache.misses };
}

/** What this process's verified-token caches hold (tests, diagnostics). */
export function tokenCacheStats(): { bearerTokens: number; gatewayCredentials: number; maxEntries: number } {
  return { bearerTokens: bearerTokenCache().size, gatewayCredentials: gatewayCredentialCache().size, maxEntries: bearerTokenCache().maxEntries };
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

/** Algorithms of tokens signed by an identity provider's published keys. */
const JWKS_ALGORITHMS = ['RS256', 'ES256'];

/** Least time between two fetches of the key set. */
export const JWKS_REFETCH_COOLDOWN_MS = 2_000;

/**
 * An identity provider's key set, as jose fetches and keeps it. `generation` counts the fetches
 * that answered: a token verified against one generation is not served from the cache in another.
 */
interface RemoteKeySet {
  keys: ReturnType<typeof createRemoteJWKSet>;
  generation: number;
}

/** One remote key set per URL, kept for the life of the process (jose caches and refreshes its keys). */
const remoteKeySets = new Map<string, RemoteKeySet>();

function remoteKeySet(url: string): RemoteKeySet {
  let keySet = remoteKeySets.get(url);
  if (!keySet) {
    const created: RemoteKeySet = {
      keys: createRemoteJWKSet(new URL(url), {
        // Keys are reused for 10 minutes; a token with an unknown `kid` refetches, at most once per
        // cooldown, so tokens with made-up key ids cannot flood the identity provider.
        cacheMaxAge: 10 * 60_000,
        cooldownDuration: JWKS_REFETCH_COOLDOWN_MS,
        // An unreachable key server fails the verification (401), it does not hold requests.
        timeoutDuration: 5_000,
        // Every answered fetch may replace the keys: tokens verified before it are verified again.
        [customFetch]: async (input: string | URL | Request, init?: RequestInit) => {
          const response = await fetch(input, init);
          created.generation++;
          return response;
        },
      }),
      generation: 0,
    };
    keySet = created;
    remoteKeySets.set(url, keySet);
  }
  return keySet;
}

/**
 * Verifies the signature and the time and issuer claims, choosing the key by the token's `alg`;
 * a token verified before (in this process, with the same key or key-set generation and the same
 * expected issuer and audience) is answered from the cache while it has not expired.
 */
async function verifiedPayload(token: string): Promise<JWTPayload> {
  const issuer = env.jwtIssuer();
  const audience = env.jwtAudience();
  const { alg } = decodeProtectedHeader(token);
  if (alg === 'HS256') {
    const key = secretKey();
    return bearerTokenCache().resolve(token, ['secret', key, issuer, audience], async () => {
      const payload = await signatures.verify(token, key, { issuer, audience, algorithms: ['HS256'] });
      return { value: Object.freeze(payload), exp: payload.exp, nbf: payload.nbf };
    });
  }
  const jwksUrl = env.jwksUrl();
  if (jwksUrl && typeof alg === 'string' && JWKS_ALGORITHMS.includes(alg)) {
    const keySet = remoteKeySet(jwksUrl);
    // A key set jose holds past its 10 minutes is refetched on the next verification: no hit on it
    // (a context of its own matches no entry). The generation is read before the verification, so a
    // refetch while it runs leaves the entry stale rather than passing it off as checked by new keys.
    const context = keySet.keys.fresh ? ['jwks', keySet, keySet.generation, issuer, audience] : ['jwks', Symbol('stale key set')];
    return bearerTokenCache().resolve(token, context, async () => {
      const payload = await signatures.verify(token, keySet.keys, { issuer, audience, algorithms: JWKS_ALGORITHMS });
      return { value: Object.freeze(payload), exp: payload.exp, nbf: payload.nbf };
    });
  }
  throw new Error(`tokens signed with ${String(alg)} are not accepted`);
}

/** Verifies a token; resolves to its principal or rejects (expired, forged, wrong algorithm, bad claims). */
export async function verifyToken(token: string): Promise<Principal> {
  const payload = await verifiedPayload(token);
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((role): role is Role => ROLES.includes(role as Role)) : [];
  if (typeof payload.sub !== 'string' || payload.sub === '') throw new Error('token has no subject');
  const customerId = typeof payload.customer_id === 'string' ? payload.customer_id : null;
  return { sub: payload.sub, roles, customerId };
}

/** The token of an `Authorization: Bearer <token>` value (HTTP header or graphql-ws connectionParams); null when it is not one. */
export function bearerToken(header: unknown): string | null {
  if (typeof header !== 'string') return null;
  return /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
}

function bearerOf(req: http.IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const token = bearerToken(header);
  if (!token) throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Malformed Authorization header');
  return token;
}

/** Verified callers per request: the endpoint's `authorize` hook and its context share one check. */
const principalsByRequest = new WeakMap<http.IncomingMessage, Promise<Principal | null>>();

/**
 * The caller of an HTTP request: null without an Authorization header; a refusal (401) when a
 * token is present but invalid. Verified once per request.
 */
export function principalOf(req: http.IncomingMessage): Promise<Principal | null> {
  let principal = principalsByRequest.get(req);
  if (!principal) {
    principal = (async () => {
      const token = bearerOf(req);
      if (token === null) return null;
      try {
        return await verifyToken(token);
      } catch {
        throw new HttpRefusal(401, 'UNAUTHENTICATED', 'Invalid or expired token');
      }
    })();
    principalsByRequest.set(req, principal);
  }
  return principal;
}

/**
 * The gateway's credential toward the subgraphs, sent beside the caller's own token: it proves a
 * request was planned by the gateway, which alone may read the fields the public graph hides
 * (`@inaccessible`, e.g. the cost inputs finance @requires). Never a user's token.
 */
export const GATEWAY_CREDENTIAL_HEADER = 'x-opsgraph-gateway';
const GATEWAY_SUBJECT = 'service:gateway';
const GATEWAY_CREDENTIAL_TTL_SECONDS = 600;
let gatewayCredential: { token: string; renewAt: number } | null = null;

/** The current gateway credential (HS256 with JWT_SECRET), renewed halfway through its life. */
export async function gatewayCredentialToken(): Promise<string> {
  if (!gatewayCredential || Date.now() >= gatewayCredential.renewAt) {
    const token = await new SignJWT({ scope: 'federation' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(GATEWAY_SUBJECT)
      .setIssuedAt()
      .setExpirationTime(`${GATEWAY_CREDENTIAL_TTL_SECONDS}s`)
      .sign(secretKey());
    gatewayCredential = { token, renewAt: Date.now() + (GATEWAY_CREDENTIAL_TTL_SECONDS * 1000) / 2 };
  }
  return gatewayCredential.token;
}

/** True when the request carries a valid gateway credential. */
export async function isFromGateway(req: http.IncomingMessage): Promise<boolean> {
  const header = req.headers[GATEWAY_CREDENTIAL_HEADER];
  if (typeof header !== 'string' || header === '') return false;
  try {
    const key = secretKey();
    return await gatewayCredentialCache().resolve(header, [key], async () => {
      const payload = await signatures.verify(header, key, { algorithms: ['HS256'], subject: GATEWAY_SUBJECT });
      if (payload.scope !== 'federation') throw new Error('not a gateway credential');
      return { value: true, exp: payload.exp, nbf: payload.nbf };
    });
  } catch {
    return false;
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
