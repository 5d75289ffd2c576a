/**
 * The verified-token cache (platform/token-cache.ts, used by platform/auth.ts): through the real hub
 * (gateway and subgraphs in one thread here, so one cache), a token is verified once however many
 * requests and subgraph fetches carry it; an expired one is refused though it was cached; a token
 * with the same header and claims but another signature, or other claims under the genuine
 * signature, is refused; the cache holds at most its bound; HS256 and JWKS (RS256, ES256) alike, and
 * a key removed from the JWKS stops working once the key set is fetched again. Signature checks are
 * counted with a spy on `signatures.verify`, the one function of platform/auth.ts that calls jose.
 */
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentialToken, isFromGateway, signatures, signToken, tokenCacheStats, verifyToken } from '../../platform/auth.ts';
import { env } from '../../platform/env.ts';
import { VerifiedTokenCache } from '../../platform/token-cache.ts';
import { fillFixture, hub } from '../support/fixture.ts';
import { startTestHub, type GraphQLResult, type TestHub } from '../support/hub.ts';
import { waitFor } from '../support/wait.ts';

/** The bound of this file's hub (OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES), small enough to overflow. */
const BOUND = 100;

interface SigningKey {
  kid: string;
  alg: 'RS256' | 'ES256';
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string, alg: 'RS256' | 'ES256'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

function idpToken(key: SigningKey, sub: string, claims: Record<string, unknown> = { roles: ['analyst'] }): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: key.alg, kid: key.kid }).setSubject(sub).setIssuedAt().setExpirationTime('1h').sign(key.privateKey);
}

const saved = { jwksUrl: process.env.JWKS_URL, maxEntries: process.env.OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES };
let published: SigningKey[] = [];
let keyServer: http.Server;
let jwksRequests = 0;
let rsa: SigningKey;
let ec: SigningKey;
let testHub: TestHub;
let verify: MockInstance<typeof signatures.verify>;

beforeAll(async () => {
  [rsa, ec] = await Promise.all([signingKey('rsa-1', 'RS256'), signingKey('ec-1', 'ES256')]);
  published = [rsa, ec];
  keyServer = http.createServer((_req, res) => {
    jwksRequests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: published.map((key) => key.jwk) }));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  // Set before the hub starts (and before the first verification creates the cache).
  process.env.JWKS_URL = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  process.env.OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES = String(BOUND);
  testHub = await startTestHub({ fill: fillFixture });
  verify = vi.spyOn(signatures, 'verify');
});

afterAll(async () => {
  verify?.mockRestore();
  await testHub?.stop();
  await new Promise((resolve) => keyServer?.close(resolve));
  for (const [name, value] of [
    ['JWKS_URL', saved.jwksUrl],
    ['OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES', saved.maxEntries],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

beforeEach(() => {
  verify.mockClear();
});

/** Signature checks of `token` since the last clear. */
const checksOf = (token: string) => verify.mock.calls.filter(([checked]) => checked === token).length;

/** A project with its financials and customer: the gateway fetches from the PSA, the ERP and the CRM. */
async function ask(token: string): Promise<{ status: number; body: GraphQLResult<{ project: unknown }> }> {
  const response = await fetch(testHub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'query($id: ID!) { project(id: $id) { name customer { name } financials { costToDate { amount } } } }',
      variables: { id: hub.erpProject },
    }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResult<{ project: unknown }> };
}

async function expectAnswered(token: string): Promise<void> {
  const { status, body } = await ask(token);
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data?.project).toMatchObject({ name: 'Acme ERP rollout', customer: { name: expect.any(String) } });
}

async function expectRefused(token: string): Promise<void> {
  const { status, body } = await ask(token);
  expect(status).toBe(401);
  expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
}

/** An HS256 token signed with this hub's JWT_SECRET, with exactly these claims. */
function hs256Token(claims: Record<string, unknown>, secret = env.jwtSecret()): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${header}.${payload}.${createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')}`;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('HS256 tokens', () => {
  it('verifies a token once across repeated requests, at the gateway and in every subgraph', async () => {
    const token = await signToken({ sub: 'cache-once', roles: ['analyst'], customerId: null });
    for (let request = 0; request < 5; request++) await expectAnswered(token);
    // Five requests, each verified at the gateway and again by the PSA, the ERP and the CRM
    // subgraph it fetches from: one signature check in all.
    expect(checksOf(token)).toBe(1);
    // The gateway credential on those fetches is remembered too: after them, neither is checked.
    verify.mockClear();
    for (let request = 0; request < 3; request++) await expectAnswered(token);
    expect([checksOf(token), checksOf(await gatewayCredentialToken())]).toEqual([0, 0]);
  });

  it('shares one verification between concurrent requests carrying a new token', async () => {
    const token = await signToken({ sub: 'cache-concurrent', roles: ['analyst'], customerId: null });
    await Promise.all(Array.from({ length: 10 }, () => expectAnswered(token)));
    expect(checksOf(token)).toBe(1);
  });

  it('refuses a cached token once its exp has passed', async () => {
    // exp = the current second + 3: valid for 2 to 3 s from now, long enough to be cached and used.
    const exp = nowSeconds() + 3;
    const token = hs256Token({ sub: 'cache-short', roles: ['analyst'], iat: nowSeconds(), exp });
    await expectAnswered(token);
    await expectAnswered(token);
    expect(await verifyToken(token)).toEqual({ sub: 'cache-short', roles: ['analyst'], customerId: null });
    expect(checksOf(token)).toBe(1);
    await waitFor(() => Date.now() >= exp * 1000, { what: "the token's exp to pass", timeoutMs: 10_000, intervalMs: 50 });
    await expect(verifyToken(token)).rejects.toThrow(/exp/);
    await expectRefused(token);
    // Not served from the cache: checked again each time (and refused by jose).
    expect(checksOf(token)).toBe(3);
  });

  it('refuses a token with the same claims and another signature, or other claims under the genuine signature', async () => {
    const claims = { sub: 'cache-genuine', roles: ['analyst'], iat: nowSeconds(), exp: nowSeconds() + 3600 };
    const genuine = hs256Token(claims);
    await expectAnswered(genuine);
    const [header, payload, signature] = genuine.split('.');
    const otherSecret = hs256Token(claims, 'another secret of at least thirty-two characters');
    expect(otherSecret.startsWith(`${header}.${payload}.`)).toBe(true);
    const flipped = `${header}.${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const escalated = `${header}.${Buffer.from(JSON.stringify({ ...claims, roles: ['admin'] })).toString('base64url')}.${signature}`;
    for (const forged of [otherSecret, flipped, escalated]) {
      for (let attempt = 0; attempt < 2; attempt++) {
        await expectRefused(forged);
        await expect(verifyToken(forged)).rejects.toThrow();
      }
      // A refusal is never remembered: two requests and two direct checks, four signature checks.
      expect(checksOf(forged)).toBe(4);
    }
    await expectAnswered(genuine);
    expect(checksOf(genuine)).toBe(1);
  });

  it('checks the gateway credential once, and accepts no other token as one', async () => {
    const asGateway = (value: string) => ({ headers: { [GATEWAY_CREDENTIAL_HEADER]: value } }) as unknown as http.IncomingMessage;
    const credential = await gatewayCredentialToken();
    for (let check = 0; check < 3; check++) expect(await isFromGateway(asGateway(credential))).toBe(true);
    // Already checked on the fetches of the tests above, or once now.
    expect(checksOf(credential)).toBeLessThanOrEqual(1);
    const userToken = await signToken({ sub: 'cache-user', roles: ['admin'], customerId: null });
    const noScope = hs256Token({ sub: 'service:gateway', iat: nowSeconds(), exp: nowSeconds() + 600 });
    const fromIdp = await idpToken(rsa, 'service:gateway', { scope: 'federation' });
    for (const token of [userToken, noScope, fromIdp]) {
      for (let check = 0; check < 2; check++) expect(await isFromGateway(asGateway(token))).toBe(false);
    }
    // Each refused every time, none remembered (the JWKS token fails on its algorithm in jose).
    expect([checksOf(userToken), checksOf(noScope), checksOf(fromIdp)]).toEqual([2, 2, 2]);
  });

  it(`holds at most OPSGRAPH_TOKEN_CACHE_MAX_ENTRIES (${BOUND}) tokens`, async () => {
    expect(tokenCacheStats().maxEntries).toBe(BOUND);
    const tokens = await Promise.all(
      Array.from({ length: BOUND + 50 }, (_, n) => signToken({ sub: `cache-bound-${n}`, roles: ['analyst'], customerId: null })),
    );
    for (const token of tokens) {
      await verifyToken(token);
      expect(tokenCacheStats().bearerTokens).toBeLessThanOrEqual(BOUND);
    }
    expect(tokenCacheStats().bearerTokens).toBe(BOUND);
    // The least recently used went first: the first token is checked again, the last is not.
    await verifyToken(tokens[0]);
    await verifyToken(tokens[tokens.length - 1]);
    expect(checksOf(tokens[0])).toBe(2);
    expect(checksOf(tokens[tokens.length - 1])).toBe(1);
  });
});

describe('VerifiedTokenCache', () => {
  const far = () => nowSeconds() + 3600;

  it('keeps at most maxEntries, remembers nothing with 0, and never a token without exp', async () => {
    const cache = new VerifiedTokenCache<string>({ maxEntries: 3 });
    let checks = 0;
    const check =
      (value: string, exp: number | null = far()) =>
      async () => {
        checks++;
        return { value, exp: exp ?? undefined };
      };
    for (let n = 0; n < 10; n++) {
      expect(await cache.resolve(`token-${n}`, [], check(`value-${n}`))).toBe(`value-${n}`);
      expect(cache.size).toBeLessThanOrEqual(3);
    }
    expect(cache.size).toBe(3);
    await cache.resolve('token-9', [], check('value-9'));
    expect(checks).toBe(10);
    await cache.resolve('no-exp', [], check('value', null));
    await cache.resolve('no-exp', [], check('value', null));
    expect(checks).toBe(12);

    const off = new VerifiedTokenCache<string>({ maxEntries: 0 });
    await off.resolve('token', [], check('value'));
    await off.resolve('token', [], check('value'));
    expect([off.size, checks]).toEqual([0, 14]);
  });

  it('serves an entry only before exp, after nbf and in the same context; never remembers a refusal', async () => {
    let now = 1_000_000_000_000; // ms; the token below is valid from 1,000,000,010 s to 1,000,000,100 s
    const cache = new VerifiedTokenCache<string>({ maxEntries: 10, now: () => now });
    let checks = 0;
    const check = async () => {
      checks++;
      return { value: 'ok', nbf: 1_000_000_010, exp: 1_000_000_100 };
    };
    now = 1_000_000_010_000;
    const context = [{}];
    await cache.resolve('t', context, check);
    await cache.resolve('t', context, check);
    expect(checks).toBe(1);
    await cache.resolve('t', [{}], check); // another context: checked again
    expect(checks).toBe(2);
    now = 1_000_000_009_999; // before nbf (a clock set back): not served
    await cache.resolve('t', [{}], check);
    expect(checks).toBe(3);
    const stored = [{}];
    now = 1_000_000_050_000;
    await cache.resolve('t', stored, check);
    now = 1_000_000_099_999; // 1 ms before exp: served
    await cache.resolve('t', stored, check);
    expect(checks).toBe(4);
    now = 1_000_000_100_000; // at exp: no longer valid, checked again
    await cache.resolve('t', stored, check);
    expect(checks).toBe(5);
    await expect(cache.resolve('bad', [], () => Promise.reject(new Error('forged')))).rejects.toThrow('forged');
    await expect(cache.resolve('bad', [], () => Promise.reject(new Error('forged again')))).rejects.toThrow('forged again');
  });
});

describe('tokens from a JWKS', () => {
  it('verifies an RS256 and an ES256 token once, and forgets them when the key set is fetched again', async () => {
    // The first verification fetches the key set; tokens checked from then on are remembered against it.
    await verifyToken(await idpToken(ec, 'idp-warm-up'));
    const rsaToken = await idpToken(rsa, 'idp-rsa');
    const ecToken = await idpToken(ec, 'idp-ec');
    for (let request = 0; request < 3; request++) {
      await expectAnswered(rsaToken);
      await expectAnswered(ecToken);
    }
    expect([checksOf(rsaToken), checksOf(ecToken)]).toEqual([1, 1]);

    // The provider drops the RSA key; a token naming an unknown key makes the hub fetch the set
    // again (once the 2 s cooldown since the last fetch has passed).
    published = [ec];
    const before = jwksRequests;
    const stranger = await idpToken(await signingKey('stranger', 'RS256'), 'idp-stranger');
    await waitFor(
      async () => {
        await expect(verifyToken(stranger)).rejects.toThrow();
        return jwksRequests > before;
      },
      { what: 'the key set fetched again', timeoutMs: 10_000, intervalMs: 100 },
    );
    // The EC token is checked again against the new set (once) and still answers; a token signed
    // with the removed key is refused although it was cached.
    await expectAnswered(ecToken);
    await expectAnswered(ecToken);
    expect(checksOf(ecToken)).toBe(2);
    await expectRefused(rsaToken);
    await expect(verifyToken(rsaToken)).rejects.toThrow();
  });
});
