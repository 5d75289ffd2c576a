/**
 * Trusted documents in `portal` mode: portal users run only registered operations (by hash or by
 * their exact text, over HTTP and graphql-ws); everyone else runs any operation, with APQ.
 */
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { documentHash, readManifest } from '../../gateway/trusted-documents.ts';
import { operationsOf } from '../../scripts/persist.ts';
import { fillFixture, hub } from '../support/fixture.ts';
import { authorizationAs, startTestHub, type TestHub } from '../support/hub.ts';

const MANIFEST_PATH = 'trusted-documents/manifest.json';
const manifest = readManifest(MANIFEST_PATH);
const byName = (name: string) => {
  const operation = manifest.operations.find((candidate) => candidate.name === name);
  if (!operation) throw new Error(`${name} is not registered`);
  return operation;
};

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture, trustedDocuments: { mode: 'portal', manifestPath: MANIFEST_PATH } });
});

afterAll(async () => {
  await testHub?.stop();
});

interface Body<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function send<T = Record<string, unknown>>(headers: Record<string, string>, body: Record<string, unknown>): Promise<{ status: number; body: Body<T> }> {
  const response = await fetch(testHub.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as Body<T> };
}

const byHash = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

describe('trusted documents (portal mode)', () => {
  it('keeps the committed manifest in step with trusted-documents/portal.graphql', async () => {
    const { readFileSync } = await import('node:fs');
    const fromSource = operationsOf(readFileSync('trusted-documents/portal.graphql', 'utf8'));
    expect(manifest.operations).toEqual(expect.arrayContaining(fromSource));
    for (const operation of manifest.operations) expect(operation.id).toBe(documentHash(operation.body));
  });

  it('runs a registered operation sent by its hash alone, and by its exact text', async () => {
    const portal = await authorizationAs('portal', hub.acme);
    const projects = byName('PortalProjects');
    const hashOnly = await send<{ projects: { totalCount: number } }>(portal, byHash(projects.id));
    expect(hashOnly.status).toBe(200);
    expect(hashOnly.body.errors).toBeUndefined();
    expect(hashOnly.body.data?.projects.totalCount).toBe(2);
    const fullText = await send(portal, { query: projects.body });
    expect(fullText.body).toEqual(hashOnly.body);
  });

  it('validates every registered operation against the graph', async () => {
    const portal = await authorizationAs('portal', hub.acme);
    const variables: Record<string, Record<string, unknown>> = {
      PortalProject: { id: hub.erpProject },
      PortalSignOffMilestone: { input: { milestoneId: 'mil_unknown', idempotencyKey: 'trusted-documents-test' } },
    };
    for (const operation of manifest.operations.filter((candidate) => candidate.type !== 'subscription')) {
      const { body } = await send(portal, { ...byHash(operation.id), variables: variables[operation.name] ?? {} });
      const codes = (body.errors ?? []).map((error) => error.extensions?.code);
      expect(codes, operation.name).not.toContain('GRAPHQL_VALIDATION_FAILED');
      expect(codes, operation.name).not.toContain('FORBIDDEN');
    }
  });

  it('refuses any other operation from a portal user with 403 FORBIDDEN, and does not register it', async () => {
    const portal = await authorizationAs('portal', hub.acme);
    const query = '{ projects(first: 1) { totalCount } }';
    const refused = await send(portal, { query });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.body.data).toBeUndefined();
    const apqAttempt = await send(portal, { query, ...byHash(documentHash(query)) });
    expect(apqAttempt.status).toBe(403);
    const afterwards = await send(portal, byHash(documentHash(query)));
    expect(afterwards.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('lets staff run any operation, with automatic persisted queries', async () => {
    const analyst = await authorizationAs('analyst');
    const query = '{ projects(first: 1) { totalCount } }';
    const unknown = await send(analyst, byHash(documentHash(query)));
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await send(analyst, { query, ...byHash(documentHash(query)) });
    expect(registered.body).toEqual({ data: { projects: { totalCount: 2 } } });
    const hashOnly = await send(analyst, byHash(documentHash(query)));
    expect(hashOnly.body).toEqual({ data: { projects: { totalCount: 2 } } });
    const mismatch = await send(analyst, { query, ...byHash('0'.repeat(64)) });
    expect(mismatch.status).toBe(400);
  });

  it('applies the same rule to subscriptions over graphql-ws', async () => {
    const { authorization } = await authorizationAs('portal', hub.globex);
    const client = createClient({ url: testHub.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0 });
    const firstError = (query: string, variables: Record<string, unknown>) =>
      new Promise<unknown>((resolve) => {
        // A refusal before subscribing arrives as an error message; one from the subscription's own checks as a result with errors.
        client.subscribe(
          { query, variables },
          { next: (result) => resolve(result.errors ?? new Error('unexpected event')), error: resolve, complete: () => resolve(new Error('completed')) },
        );
      });
    try {
      const unregistered = await firstError('subscription($p: ID) { projectStatusChanged(projectId: $p) { status } }', { p: hub.erpProject });
      expect(unregistered).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
      // The registered subscription passes and meets the row rule: Acme's project is unknown to Globex.
      const registered = await firstError(byName('PortalProjectStatus').body, { projectId: hub.erpProject });
      expect(registered).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    } finally {
      await client.dispose();
    }
  });
});
