/** The gateway's own contract: health, readiness, correlation ids, and partial data when a subgraph is down. */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture, hub } from './support/fixture.ts';
import { readerHeaders, startTestHub, type TestHub } from './support/hub.ts';
import { DOMAINS } from '../subgraphs/registry.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture, subgraphTimeoutMs: 2_000 });
});

afterAll(async () => {
  await testHub?.stop();
});

const origin = () => new URL(testHub.url).origin;

describe('health and correlation', () => {
  it('GET /health is 200 while the process lives', async () => {
    const response = await fetch(`${origin()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready is 200 when the supergraph is loaded and every subgraph answers', async () => {
    const response = await fetch(`${origin()}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ready',
      supergraph: true,
      subgraphs: Object.fromEntries(DOMAINS.map((domain) => [domain, true])),
    });
  });

  it('echoes a supplied correlation id and generates one otherwise', async () => {
    const supplied = await fetch(testHub.url, {
      method: 'POST',
      headers: { ...(await readerHeaders()), 'x-correlation-id': 'req-42.abc' },
      body: JSON.stringify({ query: '{ projects(first: 1) { totalCount } }' }),
    });
    expect(supplied.headers.get('x-correlation-id')).toBe('req-42.abc');
    const generated = await fetch(testHub.url, {
      method: 'POST',
      headers: { ...(await readerHeaders()), 'x-correlation-id': 'not valid; injected' },
      body: JSON.stringify({ query: '{ projects(first: 1) { totalCount } }' }),
    });
    expect(generated.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers GraphQL over GET for queries', async () => {
    const response = await fetch(`${testHub.url}?query=${encodeURIComponent('{ projects(first: 1) { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true', authorization: (await readerHeaders()).authorization },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { projects: { totalCount: 2 } } });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const response = await fetch(testHub.url, { method: 'POST', headers: await readerHeaders(), body: '{"query":' });
    expect(response.status).toBe(400);
  });

  it('answers a malformed request URL with 400 and keeps serving', async () => {
    const { port, hostname } = new URL(testHub.url);
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => socket.end('GET http://[ HTTP/1.1\r\nHost: x\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(`${origin()}/health`)).status).toBe(200);
  });

  it('passes on a subgraph refusing a bad scalar value as a client error, not an outage', async () => {
    const result = await testHub.query(`{ portfolio(filter: { from: 5 }) { projectCount } }`);
    expect(result.errors?.[0]?.extensions?.code).not.toBe('UPSTREAM_UNAVAILABLE');
    expect(result.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const response = await fetch(testHub.url, {
      method: 'POST',
      headers: await readerHeaders(),
      body: JSON.stringify({ query: '{' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('authentication', () => {
  it.each([
    ['no token', {}],
    ['a forged token', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0.forged' }],
    [
      'an unsigned token',
      { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","roles":["admin"]}').toString('base64url')}.` },
    ],
  ])('answers %s with 401 UNAUTHENTICATED at the gateway and at a subgraph', async (_name, headers) => {
    for (const url of [testHub.url, testHub.subgraphs.find((served) => served.name === 'projects')!.url]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('keeps /health and /ready public', async () => {
    expect((await fetch(`${origin()}/health`)).status).toBe(200);
    expect((await fetch(`${origin()}/ready`)).status).toBe(200);
  });
});

describe('a subgraph that is down', () => {
  it('yields partial data with UPSTREAM_UNAVAILABLE on the affected path, and /ready turns 503', async () => {
    const finance = testHub.subgraphs.find((served) => served.name === 'finance');
    await finance?.stop();

    const result = await testHub.query(`query($id: ID!) { project(id: $id) { name financials { margin { amount } } } }`, {
      id: hub.erpProject,
    });
    expect(result.data).toEqual({ project: { name: 'Acme ERP rollout', financials: null } });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'The finance service is unavailable',
        path: ['project', 'financials'],
        extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', serviceName: 'finance' }),
      }),
    ]);

    const ready = await fetch(`${origin()}/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { subgraphs: Record<string, boolean> }).subgraphs.finance).toBe(false);
  });
});
