/**
 * The twelve graphql-cop probes, each written as its request and its "vulnerable" criterion,
 * against a gateway in production mode with a valid token (graphql-cop's `-H` option). None flags.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../platform/auth.ts';
import { fillFixture } from '../support/fixture.ts';
import { startTestHub, type TestHub } from '../support/hub.ts';

const saved = { NODE_ENV: process.env.NODE_ENV, JWT_SECRET: process.env.JWT_SECRET };
let testHub: TestHub;
let authorization = '';

beforeAll(async () => {
  process.env.NODE_ENV = 'production';
  process.env.JWT_SECRET = 'graphql-cop-secret';
  testHub = await startTestHub({ fill: fillFixture });
  authorization = `Bearer ${await signToken({ sub: 'graphql-cop', roles: ['admin'], customerId: null })}`;
});

afterAll(async () => {
  await testHub?.stop();
  process.env.NODE_ENV = saved.NODE_ENV;
  if (saved.JWT_SECRET === undefined) delete process.env.JWT_SECRET;
  else process.env.JWT_SECRET = saved.JWT_SECRET;
});

/** A GraphQL response body, as far as these probes read it. */
interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

interface Reply {
  status: number;
  text: string;
  /** Null when the answer is not JSON. */
  json: Body | null;
}

async function send(init: RequestInit & { search?: string; headers?: Record<string, string> }): Promise<Reply> {
  const { search = '', ...rest } = init;
  const response = await fetch(`${testHub.url}${search}`, { ...rest, headers: { authorization, ...rest.headers } });
  const text = await response.text();
  let json: Body | null = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON (a page): graphql-cop reads the text
  }
  return { status: response.status, text, json };
}

const postJson = (body: unknown) => send({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const get = (query: string, headers: Record<string, string> = {}) => send({ method: 'GET', search: `?query=${encodeURIComponent(query)}`, headers });

describe('graphql-cop probes in production mode', () => {
  it('alias overloading: 101 aliases get no data', async () => {
    const reply = await postJson({ query: `query cop { ${Array.from({ length: 101 }, (_, i) => `alias${i}:__typename`).join(' ')} }` });
    expect(reply.json?.data?.alias100).toBeUndefined();
    expect(reply.status).toBe(400);
  });

  it('array-based query batching: a list of 10 queries gets no list of results', async () => {
    const reply = await postJson(Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    expect(Array.isArray(reply.json)).toBe(false);
    expect(reply.status).toBe(400);
  });

  it('directive overloading: ten repeated directives are not each processed', async () => {
    const reply = await postJson({ query: 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }' });
    // graphql-cop flags the server when it reports one error per directive (10).
    expect(reply.json?.errors).toHaveLength(6);
    expect(reply.json?.errors?.at(-1)?.message).toBe('Too many validation errors, error limit reached. Validation aborted.');
    expect(reply.status).toBe(400);
  });

  it('circular introspection: refused', async () => {
    const reply = await postJson({
      query: 'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
    });
    expect(reply.json?.data?.__schema).toBeUndefined();
    expect(reply.json?.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('introspection: refused', async () => {
    const reply = await postJson({ query: 'query cop { __schema { types { name fields { name } } } }' });
    expect(reply.json?.data?.__schema).toBeUndefined();
    expect(reply.json?.errors?.[0].message).toContain('introspection is not allowed');
  });

  it('field suggestions: no "Did you mean"', async () => {
    for (const query of ['query cop { __schema { directive } }', 'query cop { projectz { totalCount } }', 'query cop { projects(first: 1) { totalCont } }']) {
      const reply = await postJson({ query });
      expect(reply.text).not.toMatch(/Did you mean/i);
    }
  });

  it('GET query (possible CSRF): a GET without a preflight header does not run', async () => {
    const reply = await get('query cop { __typename }');
    expect(reply.json?.data?.__typename).toBeUndefined();
    expect(reply.json?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
  });

  it('GET mutation: refused with or without a preflight header', async () => {
    const mutation = 'mutation cop { changeProjectStatus(input: { projectId: "prj_x", status: ACTIVE, idempotencyKey: "cop" }) { userErrors { code } } }';
    expect((await get(mutation)).json?.data).toBeUndefined();
    const preflighted = await get(mutation, { 'apollo-require-preflight': 'true' });
    expect(preflighted.status).toBe(405);
    expect(preflighted.json?.data).toBeUndefined();
  });

  it('POST url-encoded (possible CSRF): does not run', async () => {
    const reply = await send({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `query=${encodeURIComponent('query cop { __typename }')}`,
    });
    expect(reply.json?.data).toBeUndefined();
    expect(reply.status).toBe(400);
  });

  it('GraphQL IDE: no GraphiQL, Playground or Sandbox page', async () => {
    for (const headers of [{ accept: 'text/html' }, { accept: 'text/html,application/xhtml+xml' }]) {
      const reply = await send({ method: 'GET', headers });
      expect(reply.text).not.toMatch(/graphiql|playground|sandbox|apollographql|<html/i);
    }
  });

  it('trace mode: no tracing in responses, even when asked for', async () => {
    const reply = await send({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' },
      body: JSON.stringify({ query: 'query cop { projects(first: 1) { totalCount } }' }),
    });
    expect(reply.json?.data).toEqual({ projects: { totalCount: 2 } });
    expect(reply.json?.extensions?.tracing).toBeUndefined();
    expect(reply.json?.extensions?.ftv1).toBeUndefined();
  });

  it('unhandled error detection: no exception details or stack traces', async () => {
    for (const query of ['query cop { __typenam }', 'query cop { project(id: 1) { name } }', '{']) {
      const reply = await postJson({ query });
      // Only the documented extension fields: a code, and which argument, service or limit it concerns.
      const errors = reply.json?.errors;
      expect(errors).toBeDefined();
      for (const error of errors ?? []) {
        for (const key of Object.keys(error.extensions)) expect(['code', 'argumentName', 'serviceName', 'limit']).toContain(key);
      }
      expect(reply.text).not.toMatch(/exception|stacktrace|\.ts:\d+|node_modules/i);
    }
  });
});
