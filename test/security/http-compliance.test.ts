/**
 * GraphQL over HTTP compliance: the `graphql-http` audit suite against the running gateway (in
 * development mode, as tests run), with a valid bearer token on every request. Every MUST passes;
 * the SHOULD/MAY items left are listed in docs/security.md with the reason for each.
 */
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture } from '../support/fixture.ts';
import { readerToken, startTestHub, type TestHub } from '../support/hub.ts';

let testHub: TestHub;
let results: AuditResult[];
const nodeEnv = process.env.NODE_ENV;

beforeAll(async () => {
  // Development mode, as `npm start` runs (vitest sets NODE_ENV=test): introspection answers.
  process.env.NODE_ENV = 'development';
  testHub = await startTestHub({ fill: fillFixture });
  const token = await readerToken();
  const fetchWithToken = (input: string | URL | Request, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
  results = await auditServer({ url: testHub.url, fetchFn: fetchWithToken });
});

afterAll(async () => {
  await testHub?.stop();
  process.env.NODE_ENV = nodeEnv;
});

/** The SHOULD and MAY items the gateway does not meet, each with its reason in docs/security.md. */
const KNOWN_WARNINGS: readonly string[] = [
  // CSRF prevention: a GET without a preflight-forcing header (apollo-require-preflight or a JSON content type) is refused.
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  // Requests that fail before execution answer 400 (the security issue requires it), whatever the Accept header.
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every MUST', () => {
    const failed = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    expect(failed.map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`)).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThanOrEqual(13);
  });

  it('leaves only the documented SHOULD and MAY warnings', () => {
    const warnings = results.filter((result) => !result.name.startsWith('MUST') && result.status !== 'ok');
    expect(warnings.map((result) => result.name).sort()).toEqual([...KNOWN_WARNINGS].sort());
  });
});
