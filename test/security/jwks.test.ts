/**
 * Tokens from an identity provider: RS256 and ES256 keys published at JWKS_URL (here a key server
 * on a free port), verified at the gateway and again by every subgraph; rotation without a restart;
 * unknown keys, expired tokens, `alg: none` and an unreachable key server refused with 401.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JWKS_REFETCH_COOLDOWN_MS, signToken, verifyToken } from '../../platform/auth.ts';
import { fillFixture, hub } from '../support/fixture.ts';
import { startTestHub, type GraphQLResult, type TestHub } from '../support/hub.ts';

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

/** The keys the key server publishes now. */
let published: SigningKey[] = [];
let keyServer: http.Server;
let jwksRequests = 0;
let testHub: TestHub;
const savedJwksUrl = process.env.JWKS_URL;
let rsa: SigningKey;
let ec: SigningKey;

function idpToken(key: SigningKey, claims: Record<string, unknown> = { roles: ['analyst'] }, expiresIn = '1h'): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid })
    .setSubject(`idp-${key.kid}`)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key.privateKey);
}

beforeAll(async () => {
  [rsa, ec] = await Promise.all([signingKey('rsa-1', 'RS256'), signingKey('ec-1', 'ES256')]);
  published = [rsa, ec];
  keyServer = http.createServer((_req, res) => {
    jwksRequests++;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: published.map((key) => key.jwk) }));
  });
  await new Promise<void>((resolve) => keyServer.listen(0, '127.0.0.1', resolve));
  // Set before the hub starts: the subgraphs verify tokens with the same configuration.
  process.env.JWKS_URL = `http://127.0.0.1:${(keyServer.address() as AddressInfo).port}/.well-known/jwks.json`;
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
  await new Promise((resolve) => keyServer?.close(resolve));
  if (savedJwksUrl === undefined) delete process.env.JWKS_URL;
  else process.env.JWKS_URL = savedJwksUrl;
});

/**
 * Waits until the key set may be fetched again (a fetch happens at most once per cooldown). This waits
 * on time itself: jose's cooldown reads the wall clock and platform/auth.ts takes no clock to replace it
 * (an exception `npm run lint:waits` lists).
 */
const waitOutCooldown = () => new Promise((resolve) => setTimeout(resolve, JWKS_REFETCH_COOLDOWN_MS + 500));

async function ask(token: string): Promise<{ status: number; body: GraphQLResult<{ project: unknown }> }> {
  const response = await fetch(testHub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'query($id: ID!) { project(id: $id) { name financials { costToDate { amount } } } }', variables: { id: hub.erpProject } }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResult<{ project: unknown }> };
}

describe('tokens from a JWKS', () => {
  it('accepts RS256 and ES256 tokens end to end, with their roles', async () => {
    for (const key of [rsa, ec]) {
      expect(await verifyToken(await idpToken(key))).toEqual({ sub: `idp-${key.kid}`, roles: ['analyst'], customerId: null });
      const { status, body } = await ask(await idpToken(key));
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data?.project).toMatchObject({ name: 'Acme ERP rollout', financials: { costToDate: { amount: expect.stringMatching(/^\d+\.\d{2}$/) } } });
    }
    // A portal user from the identity provider is confined like any other.
    const portal = await ask(await idpToken(rsa, { roles: ['portal'], customer_id: hub.globex }));
    expect(portal.body).toEqual({ data: { project: null } });
  });

  it('still accepts HS256 tokens signed with JWT_SECRET', async () => {
    expect((await ask(await signToken({ sub: 'hs', roles: ['analyst'], customerId: null }))).status).toBe(200);
  });

  it('follows a key rotation without a restart', async () => {
    const rotated = await signingKey('rsa-2', 'RS256');
    published = [rotated, ec];
    await waitOutCooldown();
    const before = jwksRequests;
    expect((await ask(await idpToken(rotated))).status).toBe(200);
    expect(jwksRequests).toBeGreaterThan(before);
    published = [rsa, ec, rotated];
  });

  it('refuses a token signed by a key the provider does not publish, an expired one, and alg: none', async () => {
    const stranger = await signingKey('stranger', 'RS256');
    const expired = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'RS256', kid: rsa.kid })
      .setSubject('late')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(rsa.privateKey);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"m","roles":["admin"]}').toString('base64url')}.`;
    const wrongKid = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'ES256', kid: rsa.kid })
      .setSubject('mixed')
      .setExpirationTime('1h')
      .sign(ec.privateKey);
    for (const token of [await idpToken(stranger), expired, unsigned, wrongKid]) {
      const { status, body } = await ask(token);
      expect(status).toBe(401);
      expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('answers 401, not 500, when the key server is down', async () => {
    const unknownKey = await signingKey('after-outage', 'ES256');
    await new Promise((resolve) => keyServer.close(resolve));
    keyServer.closeAllConnections();
    await waitOutCooldown();
    const { status, body } = await ask(await idpToken(unknownKey));
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Keys fetched before the outage still verify.
    expect((await ask(await idpToken(ec))).status).toBe(200);
  });
});
