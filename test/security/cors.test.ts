/**
 * Browsers on other origins (OPSGRAPH_ALLOWED_ORIGINS): a CORS preflight is answered before
 * authentication, with the Access-Control-Allow-* headers for an allowed origin and without them
 * (403) for any other; actual responses to an allowed origin carry Access-Control-Allow-Origin and
 * `Vary: Origin`; WebSocket upgrades from an origin not allowed are refused with 403. Development
 * (NODE_ENV=development, what `npm start` uses) allows local dev servers by default; any other mode
 * nothing unless configured. Each hub below reads the environment of this file's worker when it starts.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../../platform/auth.ts';
import { validateConfig } from '../../platform/env.ts';
import { DOMAINS } from '../../subgraphs/registry.ts';
import { fillFixture } from '../support/fixture.ts';
import { startTestHub, type TestHub } from '../support/hub.ts';

const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET, OPSGRAPH_ALLOWED_ORIGINS: process.env.OPSGRAPH_ALLOWED_ORIGINS };
// One secret for every hub here (production refuses to start without one).
process.env.JWT_SECRET = 'cors-test-secret';

function restore(name: keyof typeof saved): void {
  if (saved[name] === undefined) delete process.env[name];
  else process.env[name] = saved[name];
}

afterAll(() => {
  for (const name of Object.keys(saved) as (keyof typeof saved)[]) restore(name);
});

let testHub: TestHub | null = null;
afterEach(async () => {
  await testHub?.stop();
  testHub = null;
  restore('NODE_ENV');
  restore('OPSGRAPH_ALLOWED_ORIGINS');
});

async function hubWith(environment: { NODE_ENV?: string; OPSGRAPH_ALLOWED_ORIGINS?: string }): Promise<TestHub> {
  if (environment.NODE_ENV) process.env.NODE_ENV = environment.NODE_ENV;
  if (environment.OPSGRAPH_ALLOWED_ORIGINS) process.env.OPSGRAPH_ALLOWED_ORIGINS = environment.OPSGRAPH_ALLOWED_ORIGINS;
  else delete process.env.OPSGRAPH_ALLOWED_ORIGINS;
  testHub = await startTestHub({ fill: fillFixture });
  return testHub;
}

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-max-age',
  'access-control-expose-headers',
  'vary',
];

/** The CORS headers of a response (absent ones left out). */
function corsHeaders(response: Response): Record<string, string> {
  return Object.fromEntries(CORS_HEADERS.flatMap((name) => (response.headers.has(name) ? [[name, response.headers.get(name) as string]] : [])));
}

/** A browser's preflight before a POST with a token. */
async function preflight(url: string, origin: string) {
  const response = await fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
  const body = await response.text();
  return { status: response.status, headers: corsHeaders(response), body: body === '' ? null : JSON.parse(body) };
}

/** Opens a graphql-ws socket with `origin`: `ack` once the server acknowledged connection_init, else the HTTP status. */
async function openSocket(url: string, origin: string): Promise<number | 'ack'> {
  const token = await signToken({ sub: 'cors-live', roles: ['analyst'], customerId: null });
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { headers: { origin } });
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    socket.once('message', (data) => {
      resolve(JSON.parse(String(data)).type === 'connection_ack' ? 'ack' : -1);
      socket.close();
    });
    socket.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    socket.once('error', (error) => (error.message.includes('Unexpected server response') ? undefined : reject(error)));
  });
}

const ALLOWED_PREFLIGHT = (origin: string) => ({
  status: 204,
  headers: {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST',
    'access-control-allow-headers': 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-correlation-id',
    'access-control-max-age': '600',
    'access-control-expose-headers': 'x-correlation-id, retry-after',
    vary: 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers',
  },
  body: null,
});

const REFUSED_PREFLIGHT = (origin: string) => ({
  status: 403,
  headers: { vary: 'Origin' },
  body: { errors: [{ message: `Origin ${origin} is not allowed`, extensions: { code: 'FORBIDDEN' } }] },
});

describe('development defaults', () => {
  it('answers a local dev server’s preflight before authentication, and refuses a foreign origin’s', async () => {
    const { url } = await hubWith({ NODE_ENV: 'development' });
    expect(await preflight(url, 'http://localhost:5173')).toEqual(ALLOWED_PREFLIGHT('http://localhost:5173'));
    expect(await preflight(url, 'http://127.0.0.1:3000')).toEqual(ALLOWED_PREFLIGHT('http://127.0.0.1:3000'));
    expect(await preflight(url, 'https://evil.example')).toEqual(REFUSED_PREFLIGHT('https://evil.example'));
    // Same host, other scheme: not the dev default.
    expect(await preflight(url, 'https://localhost:5173')).toEqual(REFUSED_PREFLIGHT('https://localhost:5173'));
  });

  it('marks actual responses to an allowed origin (refusals included) and no others', async () => {
    const hub = await hubWith({ NODE_ENV: 'development' });
    const token = await signToken({ sub: 'cors-reader', roles: ['analyst'], customerId: null });
    const ask = (origin: string, authorization?: string) =>
      fetch(hub.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ projects(first: 1) { totalCount } }' }),
      });
    const allowed = await ask('http://localhost:5173', `Bearer ${token}`);
    expect({ status: allowed.status, headers: corsHeaders(allowed), body: await allowed.json() }).toEqual({
      status: 200,
      headers: {
        'access-control-allow-origin': 'http://localhost:5173',
        'access-control-expose-headers': 'x-correlation-id, retry-after',
        vary: expect.stringMatching(/^Origin(, |$)/),
      },
      body: { data: { projects: { totalCount: 2 } } },
    });
    // A browser can read why it was refused.
    const unauthenticated = await ask('http://localhost:5173');
    expect({ status: unauthenticated.status, headers: corsHeaders(unauthenticated) }).toEqual({
      status: 401,
      headers: { 'access-control-allow-origin': 'http://localhost:5173', 'access-control-expose-headers': 'x-correlation-id, retry-after', vary: 'Origin' },
    });
    const foreign = await ask('https://evil.example', `Bearer ${token}`);
    expect({ status: foreign.status, allowOrigin: foreign.headers.get('access-control-allow-origin'), vary: foreign.headers.get('vary') }).toEqual({
      status: 200,
      allowOrigin: null,
      vary: expect.stringMatching(/^Origin(, |$)/),
    });
    await foreign.body?.cancel();
    // CSRF prevention stays on: a GET without a preflight-forcing header is refused even from an allowed origin.
    const simpleGet = await fetch(`${hub.url}?query=${encodeURIComponent('{ projects(first: 1) { totalCount } }')}`, {
      headers: { origin: 'http://localhost:5173', authorization: `Bearer ${token}` },
    });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toContain('CSRF');
  });

  it('opens sockets from a local dev server and the gateway’s own origin, and refuses a foreign origin', async () => {
    const { url, port } = await hubWith({ NODE_ENV: 'development' });
    expect(await openSocket(url, 'http://localhost:5173')).toBe('ack');
    expect(await openSocket(url, `http://127.0.0.1:${port}`)).toBe('ack');
    expect(await openSocket(url, 'https://evil.example')).toBe(403);
  });
});

describe('configured origins', () => {
  it('allows exactly the configured origins over HTTP and WebSocket, and no dev default', async () => {
    const { url } = await hubWith({ OPSGRAPH_ALLOWED_ORIGINS: 'https://portal.example.com, https://ops.example.com' });
    expect(await preflight(url, 'https://portal.example.com')).toEqual(ALLOWED_PREFLIGHT('https://portal.example.com'));
    expect(await preflight(url, 'https://ops.example.com')).toEqual(ALLOWED_PREFLIGHT('https://ops.example.com'));
    expect(await preflight(url, 'https://portal.example.com.evil.example')).toEqual(REFUSED_PREFLIGHT('https://portal.example.com.evil.example'));
    expect(await preflight(url, 'http://localhost:5173')).toEqual(REFUSED_PREFLIGHT('http://localhost:5173'));
    expect(await openSocket(url, 'https://portal.example.com')).toBe('ack');
    expect(await openSocket(url, 'http://localhost:5173')).toBe(403);
  });
});

describe('a mistyped origin', () => {
  it('is a configuration problem reported before the gateway starts', () => {
    process.env.OPSGRAPH_ALLOWED_ORIGINS = 'https://portal.example.com,https://ops.example.com/app,*';
    expect(validateConfig('gateway', DOMAINS).filter((problem) => problem.startsWith('OPSGRAPH_ALLOWED_ORIGINS'))).toEqual([
      'OPSGRAPH_ALLOWED_ORIGINS: "https://ops.example.com/app" is not an origin such as https://app.example.com or http://localhost:*',
    ]);
  });
});

describe('production defaults', () => {
  it('allows no other origin unless configured (the gateway’s own origin still opens sockets)', async () => {
    const { url, port } = await hubWith({ NODE_ENV: 'production' });
    expect(await preflight(url, 'http://localhost:5173')).toEqual(REFUSED_PREFLIGHT('http://localhost:5173'));
    expect(await openSocket(url, 'http://localhost:5173')).toBe(403);
    expect(await openSocket(url, `http://127.0.0.1:${port}`)).toBe('ack');
  });
});
