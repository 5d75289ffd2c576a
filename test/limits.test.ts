/**
 * Operation limits (gateway/limits.ts), the same over HTTP and over graphql-ws: each oversized
 * operation is refused before anything runs, with GRAPHQL_VALIDATION_FAILED (or GRAPHQL_PARSE_FAILED
 * for the token limit) naming the limit.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../platform/auth.ts';
import { fillFixture } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { within } from './support/wait.ts';

let testHub: TestHub;
let token = '';
let connectorCalls = 0;

beforeAll(async () => {
  testHub = await startTestHub({
    fill: fillFixture,
    // Counts every read the systems of record answer: a refused operation reaches none.
    wrapConnector: (_service, connector) =>
      new Proxy(connector, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (typeof value !== 'function') return value;
          return (...args: unknown[]) => {
            connectorCalls++;
            return value.apply(target, args);
          };
        },
      }),
  });
  token = await signToken({ sub: 'limits', roles: ['analyst'], customerId: null });
});

afterAll(async () => {
  await testHub?.stop();
});

const nest = (depth: number): string => (depth === 0 ? 'id' : `parent { ${nest(depth - 1)} }`);

/** Oversized operations: [name, query body (a query's selection), expected message, limit]. */
const ATTACKS: [string, string, string, string][] = [
  ['depth 12', `customers(first: 1) { edges { node { ${nest(9)} } } }`, 'Operation depth over 10', 'depth'],
  ['101 aliases', Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' '), 'More than 100 aliases', 'aliases'],
  ['50 directives', Array.from({ length: 50 }, (_, i) => `d${i}: __typename @include(if: true)`).join(' '), 'More than 25 directives', 'directives'],
  [
    'nested lists over the budget',
    'projects(first: 500) { edges { node { timeEntries(first: 500) { edges { node { id } } } } } }',
    'Operation cost 751501 over the budget of 20000',
    'cost',
  ],
];

describe('over HTTP', () => {
  it.each(ATTACKS)('refuses %s with 400 before any resolver runs', async (_name, selection, message, limit) => {
    const before = connectorCalls;
    const response = await fetch(testHub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ ${selection} }` }),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 400,
      body: { errors: [{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit } }] },
    });
    expect(connectorCalls).toBe(before);
  });

  it('refuses first: 100000 at the field, BAD_USER_INPUT naming "first", before any read', async () => {
    const before = connectorCalls;
    const result = await testHub.query('{ projects(first: 100000) { totalCount } }', {}, { authorization: `Bearer ${token}` });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Invalid argument "first": must be between 0 and 500, got 100000',
        path: ['projects'],
        extensions: { code: 'BAD_USER_INPUT', argumentName: 'first', serviceName: 'projects' },
      }),
    ]);
    expect(connectorCalls).toBe(before);
  });

  it('refuses a document of 1,200 tokens as a parse failure', async () => {
    const response = await fetch(testHub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `{ ${Array.from({ length: 1_200 }, () => '__typename').join(' ')} }` }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('lets a reasonable operation through', async () => {
    const result = await testHub.query(
      '{ projects(first: 100) { edges { node { code assignments { role } timeEntries(first: 10) { totalCount } } } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(result.errors).toBeUndefined();
  });
});

/** The same attacks inside a subscription's payload. */
const LIVE_ATTACKS: [string, string, string, string][] = [
  ['depth 12', `project { customer { ${nest(9)} } }`, 'Operation depth over 10', 'depth'],
  ['101 aliases', Array.from({ length: 101 }, (_, i) => `a${i}: status`).join(' '), 'More than 100 aliases', 'aliases'],
  ['50 directives', Array.from({ length: 50 }, (_, i) => `d${i}: status @include(if: true)`).join(' '), 'More than 25 directives', 'directives'],
  [
    'nested lists over the budget',
    'project { customer { projects { customer { projects { timeEntries(first: 500) { totalCount } } } } } }',
    'Operation cost 50124 over the budget of 20000',
    'cost',
  ],
];

describe('over graphql-ws', () => {
  it.each(LIVE_ATTACKS)('refuses %s before subscribing', async (_name, selection, message, limit) => {
    const client = createClient({
      url: testHub.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    // An accepted subscription sends nothing until an event: bounded, so that it fails rather than hangs.
    const refused = new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: `subscription { projectStatusChanged { ${selection} } }` },
        { next: () => undefined, error: resolve, complete: () => undefined },
      );
    });
    try {
      const errors = await within(refused, { timeoutMs: 5_000, what: 'the refusal (the subscription was accepted)' });
      expect(errors).toEqual([{ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit } }]);
    } finally {
      await client.dispose();
    }
  });

  it('refuses first: 100000 when it subscribes', async () => {
    const client = createClient({
      url: testHub.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    const errors = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { projectStatusChanged { project { timeEntries(first: 100000) { totalCount } } } }' },
        { next: () => undefined, error: resolve, complete: () => undefined },
      );
    });
    await client.dispose();
    expect(errors).toEqual([
      { message: 'Invalid argument "first": must be between 0 and 500, got 100000', extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } },
    ]);
  });
});
