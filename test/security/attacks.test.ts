/**
 * The attack table: each hostile request with the exact response it gets, over HTTP and over
 * graphql-ws, against a gateway in production mode. A counter on every system-of-record connector
 * proves that refused requests reach no resolver, and that a portal user's probes for another
 * customer reach no system beyond the one that answers "not found".
 */
import { SignJWT } from 'jose';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../../platform/auth.ts';
import { ERP_PROJECT, fillFixture, hub } from '../support/fixture.ts';
import { createCallCounter, startTestHub, type TestHub } from '../support/hub.ts';

const SECRET = 'attack-table-secret';
const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET };
const counter = createCallCounter();
let testHub: TestHub;
let analyst = '';
let globexPortal = '';

beforeAll(async () => {
  process.env.NODE_ENV = 'production';
  process.env.JWT_SECRET = SECRET;
  testHub = await startTestHub({ fill: fillFixture, wrapConnector: counter.wrap });
  analyst = await signToken({ sub: 'attacks-analyst', roles: ['analyst'], customerId: null });
  globexPortal = await signToken({ sub: 'attacks-globex', roles: ['portal'], customerId: hub.globex });
});

afterAll(async () => {
  await testHub?.stop();
  process.env.NODE_ENV = saved.NODE_ENV;
  if (saved.JWT_SECRET === undefined) delete process.env.JWT_SECRET;
  else process.env.JWT_SECRET = saved.JWT_SECRET;
});

const nest = (depth: number): string => (depth === 0 ? 'id' : `parent { ${nest(depth - 1)} }`);
const tokens1200 = `{ ${Array.from({ length: 1_200 }, () => '__typename').join(' ')} }`;
const depth12 = `{ customers(first: 1) { edges { node { ${nest(9)} } } } }`;
const aliases101 = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const directives50 = `{ ${Array.from({ length: 50 }, (_, i) => `d${i}: __typename @include(if: true)`).join(' ')} }`;
const CSRF_MESSAGE = /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)/;

async function expiredToken(): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ roles: ['admin'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('expired')
    .setIssuedAt(now - 7200)
    .setExpirationTime(now - 3600)
    .sign(new TextEncoder().encode(SECRET));
}

async function forgedToken(): Promise<string> {
  return new SignJWT({ roles: ['admin'] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('forger')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(new TextEncoder().encode('not-the-secret'));
}

/** `alg: none`: an unsigned token claiming admin. */
const UNSIGNED_TOKEN = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"mallory","roles":["admin"]}').toString('base64url')}.`;

interface HttpAttack {
  name: string;
  /** Builds the request: path and query string after the gateway URL, and fetch init. */
  request: () => Promise<{ search?: string; init: RequestInit }>;
  status: number;
  code: string;
  message: string | RegExp;
  /** What `data` holds: nothing for a refused request; null at the refused field. */
  data?: unknown;
}

const json =
  (body: unknown, token = () => analyst) =>
  async () => ({
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
  });
const withToken = (token: () => Promise<string>) => async () => ({
  init: {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await token()}` },
    body: JSON.stringify({ query: '{ __typename }' }),
  },
});

const HTTP_ATTACKS: HttpAttack[] = [
  { name: 'malformed JSON', request: json('{"query": "{ __typename }"'), status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid JSON' },
  { name: '{"query":"{"}', request: json('{"query":"{"}'), status: 400, code: 'GRAPHQL_PARSE_FAILED', message: 'Syntax Error: Expected Name, found <EOF>.' },
  {
    name: '1,200 tokens',
    request: json({ query: tokens1200 }),
    status: 400,
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
  },
  { name: 'depth 12', request: json({ query: depth12 }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'Operation depth over 10' },
  { name: '101 aliases', request: json({ query: aliases101 }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'More than 100 aliases' },
  { name: '50 directives', request: json({ query: directives50 }), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: 'More than 25 directives' },
  {
    name: 'a list of first: 100000',
    request: json({ query: '{ projects(first: 100000) { totalCount } }' }),
    status: 200,
    code: 'BAD_USER_INPUT',
    message: 'Invalid argument "first": must be between 0 and 500, got 100000',
    data: null,
  },
  {
    name: 'a batched array body',
    request: json([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Operation batching disabled.',
  },
  {
    name: 'GET mutation',
    request: async () => ({
      search: `?query=${encodeURIComponent('mutation { changeProjectStatus(input: { projectId: "x", status: ACTIVE, idempotencyKey: "k" }) { userErrors { code } } }')}`,
      init: { method: 'GET', headers: { authorization: `Bearer ${analyst}`, 'apollo-require-preflight': 'true' } },
    }),
    status: 405,
    code: 'BAD_REQUEST',
    message: 'GET requests only support query operations, not mutation operations',
  },
  {
    name: 'form-encoded POST (CSRF)',
    request: async () => ({
      init: {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${analyst}` },
        body: 'query=%7B__typename%7D',
      },
    }),
    status: 400,
    code: 'BAD_REQUEST',
    message: CSRF_MESSAGE,
  },
  {
    name: 'simple GET without a preflight header (CSRF)',
    request: async () => ({
      search: `?query=${encodeURIComponent('{ __typename }')}`,
      init: { method: 'GET', headers: { authorization: `Bearer ${analyst}` } },
    }),
    status: 400,
    code: 'BAD_REQUEST',
    message: CSRF_MESSAGE,
  },
  {
    name: 'introspection in production',
    request: json({ query: '{ __schema { types { name } } }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: /introspection is not allowed/,
  },
  {
    name: '"did you mean" in production',
    request: json({ query: '{ projectz(first: 1) { totalCount } }' }),
    status: 400,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot query field "projectz" on type "Query".',
  },
  {
    name: 'a 5 MB body',
    request: json({ query: '{ __typename }', variables: { pad: 'x'.repeat(5 * 1024 * 1024) } }),
    status: 413,
    code: 'BAD_REQUEST',
    message: 'Request body over 102400 bytes',
  },
  { name: 'an expired token', request: withToken(expiredToken), status: 401, code: 'UNAUTHENTICATED', message: 'Invalid or expired token' },
  { name: 'a forged token', request: withToken(forgedToken), status: 401, code: 'UNAUTHENTICATED', message: 'Invalid or expired token' },
  { name: 'an alg: none token', request: withToken(async () => UNSIGNED_TOKEN), status: 401, code: 'UNAUTHENTICATED', message: 'Invalid or expired token' },
  {
    name: 'no token',
    request: async () => ({ init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) } }),
    status: 401,
    code: 'UNAUTHENTICATED',
    message: 'Sign in: send Authorization: Bearer <token>',
  },
];

describe('attacks over HTTP', () => {
  it.each(HTTP_ATTACKS.map((attack) => [attack.name, attack] as const))('%s: exact refusal, no resolver reached', async (_name, attack) => {
    const { search = '', init } = await attack.request();
    counter.reset();
    const response = await fetch(`${testHub.url}${search}`, init);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(attack.status);
    expect(body.data).toEqual(attack.data);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe(attack.code);
    if (typeof attack.message === 'string') expect(body.errors[0].message).toBe(attack.message);
    else expect(body.errors[0].message).toMatch(attack.message);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .+\.ts:\d+/);
    expect(counter.perService()).toEqual({});
  });
});

describe('a portal user probing another customer over HTTP', () => {
  const probe = async (query: string, variables: Record<string, unknown> = {}) => {
    counter.reset();
    const response = await fetch(testHub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${globexPortal}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json(), services: Object.keys(counter.perService()).sort() };
  };

  it('by hub id: null, as unknown, and no other system is asked', async () => {
    expect(
      await probe('query($id: ID!) { project(id: $id) { name financials { billedToDate { amount } } customer { name } } }', { id: hub.erpProject }),
    ).toEqual({
      status: 200,
      body: { data: { project: null } },
      services: ['projects'],
    });
  });

  it('by external id: null', async () => {
    expect(await probe(`{ entityByExternalRef(system: PSA, nativeId: "${ERP_PROJECT}") { __typename } }`)).toEqual({
      status: 200,
      body: { data: { entityByExternalRef: null } },
      services: ['identity'],
    });
  });

  it('through a connection: nothing listed, nothing counted', async () => {
    const result = await probe('query($c: ID) { projects(first: 10, filter: { customerId: $c }) { totalCount edges { node { name } } } }', { c: hub.acme });
    expect(result).toEqual({ status: 200, body: { data: { projects: { totalCount: 0, edges: [] } } }, services: ['projects'] });
  });

  it('through _entities sent straight to a subgraph: null', async () => {
    const projects = testHub.subgraphs.find((served) => served.name === 'projects');
    counter.reset();
    const response = await fetch(projects?.url as string, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${globexPortal}` },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Project { name bookings { amount } } } }',
        variables: { r: [{ __typename: 'Project', id: hub.erpProject }] },
      }),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { data: { _entities: [null] } } });
  });
});

/** Opens a graphql-ws client; `closed` resolves with the close code. */
function wsClient(token: string): { client: Client; closed: Promise<number> } {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: testHub.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
  });
  return { client, closed };
}

/** The first error (an error message, or a result's errors) of a subscription. */
function firstErrors(client: Client, query: string, variables: Record<string, unknown> = {}): Promise<unknown> {
  return new Promise((resolve) => {
    client.subscribe({ query, variables }, { next: (result) => resolve(result.errors ?? 'an event'), error: resolve, complete: () => resolve('completed') });
  });
}

interface WsAttack {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: () => string;
  code: string;
  message: string;
}

const sub = (selection: string) => `subscription { projectStatusChanged { ${selection} } }`;
const WS_ATTACKS: WsAttack[] = [
  { name: '{', query: '{', code: 'GRAPHQL_PARSE_FAILED', message: 'Syntax Error: Expected Name, found <EOF>.' },
  {
    name: '1,200 tokens',
    query: sub(Array.from({ length: 1_200 }, () => '__typename').join(' ')),
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
  },
  { name: 'depth 12', query: sub(`project { customer { ${nest(9)} } }`), code: 'GRAPHQL_VALIDATION_FAILED', message: 'Operation depth over 10' },
  {
    name: '101 aliases',
    query: sub(Array.from({ length: 101 }, (_, i) => `a${i}: status`).join(' ')),
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'More than 100 aliases',
  },
  {
    name: '50 directives',
    query: sub(Array.from({ length: 50 }, (_, i) => `d${i}: status @include(if: true)`).join(' ')),
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'More than 25 directives',
  },
  {
    name: 'a list of first: 100000',
    query: sub('project { timeEntries(first: 100000) { totalCount } }'),
    code: 'BAD_USER_INPUT',
    message: 'Invalid argument "first": must be between 0 and 500, got 100000',
  },
  {
    name: 'introspection in production',
    query: '{ __schema { types { name } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'GraphQL introspection is not allowed, but the query contained __schema or __type',
  },
  {
    name: '"did you mean" in production',
    query: 'subscription { projectStatusChangd { status } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Cannot query field "projectStatusChangd" on type "Subscription".',
  },
  {
    name: 'a query instead of a subscription',
    query: '{ projects(first: 1) { totalCount } }',
    code: 'BAD_USER_INPUT',
    message: 'Only subscriptions run over WebSocket; send queries and mutations over HTTP',
  },
  {
    name: 'a portal user filtering on another customer’s project',
    query: 'subscription($p: ID) { projectStatusChanged(projectId: $p) { status } }',
    variables: { p: hub.erpProject },
    token: () => globexPortal,
    code: 'BAD_USER_INPUT',
    message: `Invalid argument "projectId": no project "${hub.erpProject}"`,
  },
  {
    name: 'a portal user filtering on another customer',
    query: 'subscription($c: ID) { billingStatusChanged(customerId: $c) { kind } }',
    variables: { c: hub.acme },
    token: () => globexPortal,
    code: 'BAD_USER_INPUT',
    message: `Invalid argument "customerId": no customer "${hub.acme}"`,
  },
];

const TEXT_REFUSAL = 'text may not contain control characters (line breaks only in notes and reasons) or ill-formed Unicode';
const timeEntriesFrom = 'subscription($from: Date) { projectStatusChanged { project { timeEntries(filter: { from: $from }) { totalCount } } } }';
/** A document of 40 KiB (a comment pads it): under the 64 KiB frame limit, over the 32 KiB document limit. */
const oversized = `${sub('status')}\n#${'x'.repeat(40 * 1024)}`;

/** Hostile input over graphql-ws, refused at subscribe time with the code (and message) HTTP answers. */
const WS_INPUT_ATTACKS: (WsAttack & { extensions?: Record<string, unknown> })[] = [
  {
    name: 'a NUL in a string argument',
    query: 'subscription { projectStatusChanged(projectId: "prj_\\u0000") { status } }',
    code: 'BAD_USER_INPUT',
    message: `Invalid argument "projectId": ${TEXT_REFUSAL}`,
    extensions: { argumentName: 'projectId' },
  },
  {
    name: 'a NUL in a variable',
    query: 'subscription($id: ID) { workflowUpdated(id: $id) { status } }',
    variables: { id: 'wf_\u0000' },
    code: 'BAD_USER_INPUT',
    message: `Invalid argument "$id": ${TEXT_REFUSAL}`,
    extensions: { argumentName: '$id' },
  },
  {
    name: 'a lone surrogate in a variable',
    query: 'subscription($id: ID) { workflowUpdated(id: $id) { status } }',
    variables: { id: 'wf_\ud800' },
    code: 'BAD_USER_INPUT',
    message: `Invalid argument "$id": ${TEXT_REFUSAL}`,
    extensions: { argumentName: '$id' },
  },
  {
    name: 'a line break in a variable named $notes (the name exempts nothing)',
    query: 'subscription($notes: ID) { projectStatusChanged(projectId: $notes) { status } }',
    variables: { notes: 'prj_\nx' },
    code: 'BAD_USER_INPUT',
    message: `Invalid argument "$notes": ${TEXT_REFUSAL}`,
  },
  {
    name: 'a bad Date variable (2026-02-30)',
    query: timeEntriesFrom,
    variables: { from: '2026-02-30' },
    code: 'BAD_USER_INPUT',
    message: 'Variable "$from" got invalid value "2026-02-30"; Expected type "Date". Date must be a string: a real calendar date, YYYY-MM-DD',
  },
  {
    name: 'a bad Date literal',
    query: 'subscription { projectStatusChanged { project { timeEntries(filter: { from: "2026-02-30" }) { totalCount } } } }',
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Expected value of type "Date", found "2026-02-30"; Date must be a string: a real calendar date, YYYY-MM-DD',
  },
  {
    name: 'a document of 40 KiB',
    query: oversized,
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: `Document of ${Buffer.byteLength(oversized)} bytes over the limit of 32768`,
    extensions: { limit: 'bytes' },
  },
];

/** POSTs `query` to the gateway as the analyst: status and body. */
async function overHttp(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: { errors?: { message: string; extensions: Record<string, unknown> }[] } }> {
  const response = await fetch(testHub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

describe('input rules over graphql-ws, as over HTTP', () => {
  it.each(WS_INPUT_ATTACKS.map((attack) => [attack.name, attack] as const))('%s: refused at subscribe time, nothing reached', async (_name, attack) => {
    const { client } = wsClient(analyst);
    try {
      counter.reset();
      const errors = (await firstErrors(client, attack.query, attack.variables)) as { message: string; extensions: Record<string, unknown> }[];
      expect(Array.isArray(errors)).toBe(true);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ message: attack.message, extensions: { code: attack.code, ...attack.extensions } });
      expect(counter.perService()).toEqual({});
    } finally {
      await client.dispose();
    }
  });

  it('the same bad Date variable and oversized document over HTTP get the same code and message', async () => {
    const query = 'query($id: ID!, $from: Date) { project(id: $id) { timeEntries(filter: { from: $from }) { totalCount } } }';
    const date = await overHttp(query, { id: hub.erpProject, from: '2026-02-30' });
    const dateOverWs = WS_INPUT_ATTACKS.find((attack) => attack.name.startsWith('a bad Date variable'));
    expect(date.status).toBe(400);
    expect(date.body.errors?.[0]).toMatchObject({ message: dateOverWs?.message, extensions: { code: dateOverWs?.code } });
    const big = `{ __typename }\n#${'x'.repeat(40 * 1024)}`;
    const bytes = await overHttp(big);
    expect(bytes.status).toBe(400);
    expect(bytes.body.errors?.[0]).toMatchObject({
      message: `Document of ${Buffer.byteLength(big)} bytes over the limit of 32768`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'bytes' },
    });
  });
});

describe('attacks over graphql-ws', () => {
  it.each(WS_ATTACKS.map((attack) => [attack.name, attack] as const))('%s: exact refusal', async (_name, attack) => {
    const { client } = wsClient(attack.token?.() ?? analyst);
    try {
      counter.reset();
      const errors = (await firstErrors(client, attack.query, attack.variables)) as { message: string; extensions: { code: string } }[];
      expect(Array.isArray(errors)).toBe(true);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ message: attack.message, extensions: { code: attack.code } });
      // Limits and validation refuse before anything runs; a filter check asks only the PSA.
      expect(Object.keys(counter.perService()).filter((service) => service !== 'projects')).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it.each([
    ['an expired token', expiredToken],
    ['a forged token', forgedToken],
    ['an alg: none token', async () => UNSIGNED_TOKEN],
  ] as const)('%s: the socket closes with 4403', async (_name, token) => {
    const { client, closed } = wsClient(await token());
    client.subscribe({ query: sub('status') }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    expect(await closed).toBe(4403);
    await client.dispose();
  });

  it('a 5 MB frame: the socket closes with 1009', async () => {
    const socket = new WebSocket(testHub.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const code = new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${analyst}`, pad: 'x'.repeat(5 * 1024 * 1024) } }));
    expect(await code).toBe(1009);
  });

  it('malformed JSON and a batched array: the socket closes with 4400', async () => {
    for (const frame of ['{"type": "connection_init"', JSON.stringify([{ type: 'connection_init' }, { type: 'connection_init' }])]) {
      const socket = new WebSocket(testHub.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
      await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
      const code = new Promise<number>((resolve) => socket.once('close', (closeCode) => resolve(closeCode)));
      socket.send(frame);
      expect(await code).toBe(4400);
    }
  });
});
