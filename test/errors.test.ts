/**
 * Errors: every code the project raises has one factory in platform/errors.ts, the one module that
 * constructs GraphQLError; an unexpected error the HTTP layer answers with a 500 is logged with the
 * request's correlation id, and the answer says nothing of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as errors from '../platform/errors.ts';
import { createGraphQLListener, listen, type ListeningServer } from '../platform/http.ts';
import { logger } from '../platform/logger.ts';

const ROOT = join(import.meta.dirname, '..');
const CLIENT_CODES = errors.ERROR_CODES.filter((code) => !errors.FRAMEWORK_CODES.includes(code));

describe('error factories', () => {
  it('builds each code the project raises with exactly one factory', () => {
    // Every exported function, called with a placeholder: those that build a GraphQLError with a code are the factories.
    const codeOf = new Map<string, string>();
    for (const [name, value] of Object.entries(errors)) {
      if (typeof value !== 'function' || /^[A-Z]/.test(name)) continue;
      const built = (value as (argument: string) => unknown)('x');
      if (!errors.isGraphQLError(built) || typeof built.extensions.code !== 'string') continue;
      codeOf.set(name, built.extensions.code);
    }
    const factoriesOf = Object.groupBy(codeOf.keys(), (name) => codeOf.get(name)!);
    expect(Object.keys(factoriesOf).sort()).toEqual([...CLIENT_CODES].sort());
    for (const [code, names] of Object.entries(factoriesOf)) expect({ code, factories: names }).toEqual({ code, factories: [expect.any(String)] });
  });

  it('keeps the messages and extensions clients and tests rely on', () => {
    const answer = (error: ReturnType<typeof errors.conflict>) => ({ message: error.message, extensions: error.extensions });
    expect(answer(errors.unauthenticated())).toEqual({
      message: 'Sign in: send Authorization: Bearer <token>',
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
    expect(answer(errors.forbidden('no'))).toEqual({ message: 'no', extensions: { code: 'FORBIDDEN' } });
    expect(answer(errors.forbidden('no', { status: 403 }))).toEqual({ message: 'no', extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
    expect(answer(errors.badUserInput('first', 'too big'))).toEqual({
      message: 'Invalid argument "first": too big',
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' },
    });
    expect(answer(errors.badUserInput(null, 'Malformed', { status: 400 }))).toEqual({
      message: 'Malformed',
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
    expect(answer(errors.idempotencyKeyReused('k1')).message).toBe('Request key "k1" was already used with a different request');
    expect(answer(errors.idempotencyKeyReused()).message).toBe('This idempotency key was already used with a different request');
    expect(answer(errors.upstreamUnavailable('finance', 'ERP'))).toEqual({
      message: 'The ERP (finance service) is unavailable',
      extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'finance', system: 'ERP' },
    });
    expect(answer(errors.validationFailed('Operation depth over 10', { limit: 'depth', status: 400 }))).toEqual({
      message: 'Operation depth over 10',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', http: { status: 400 } },
    });
    expect(answer(errors.rateLimited(3))).toEqual({
      message: 'Rate limit reached; retry after 3 s',
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 3 },
    });
  });

  it('constructs GraphQLError in platform/errors.ts only', () => {
    const exempt = (path: string) => path === 'platform/errors.ts';
    const sources = ['platform', 'gateway', 'subgraphs', 'scripts', 'bench', 'test'].flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => relative(ROOT, join(ROOT, folder, file)).replaceAll('\\', '/')),
    );
    expect(sources).toContain('platform/errors.ts');
    const constructing = sources.filter((path) => /new GraphQLError\(/.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(constructing).toContain('platform/errors.ts');
    expect(constructing.filter((path) => !exempt(path))).toEqual([]);
  });
});

describe('unexpected errors over HTTP', () => {
  const SECRET = 'connection to db.internal:5432 failed for user opsgraph';
  let server: ApolloServer;
  let http: ListeningServer;

  beforeAll(async () => {
    server = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });
    await server.start();
    const listener = createGraphQLListener(server, {
      context: async () => ({}),
      authorize: async (req) => {
        if (req.headers['x-fail'] === 'authorize') throw new Error(SECRET);
      },
      routes: {
        '/boom': async () => {
          throw new Error(SECRET);
        },
        '/boom-sync': () => {
          throw new Error(SECRET);
        },
      },
    });
    http = await listen(listener, 0, '127.0.0.1');
  });

  afterAll(async () => {
    await http?.stop();
    await server?.stop();
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Sends a request and returns the answer and the error lines logged while it ran. */
  async function errorLogsOf(path: string, init: RequestInit) {
    const error = vi.spyOn(logger, 'error');
    const response = await fetch(`${http.origin}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
    const body = await response.text();
    const lines = error.mock.calls.map((call) => call[0] as unknown as { correlationId?: string; err?: unknown; path?: string });
    return { response, body, lines };
  }

  it.each(['/boom', '/boom-sync'])('logs a plain route that throws (%s) with its correlation id, and answers 500 without the detail', async (path) => {
    const { response, body, lines } = await errorLogsOf(path, { headers: { 'x-correlation-id': 'route-500' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-correlation-id')).toBe('route-500');
    expect(JSON.parse(body)).toEqual({ status: 'error' });
    expect(lines).toEqual([expect.objectContaining({ origin: 'http', correlationId: 'route-500', path, err: expect.objectContaining({ message: SECRET }) })]);
  });

  it('logs a GraphQL request that fails outside Apollo Server with its correlation id, and answers 500 INTERNAL_SERVER_ERROR', async () => {
    const { response, body, lines } = await errorLogsOf('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': 'graphql-500', 'x-fail': 'authorize' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-correlation-id')).toBe('graphql-500');
    expect(JSON.parse(body)).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(body).not.toContain('db.internal');
    expect(lines).toEqual([
      expect.objectContaining({ origin: 'http', correlationId: 'graphql-500', path: '/graphql', err: expect.objectContaining({ message: SECRET }) }),
    ]);
  });

  it('logs nothing for a request that succeeds', async () => {
    const { response, lines } = await errorLogsOf('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ok }' }),
    });
    expect(response.status).toBe(200);
    expect(lines).toEqual([]);
  });
});
