/**
 * The access audit: every refused request or field is logged with the principal, operation name,
 * path and correlation id, and never the token.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger, type AccessDenial } from '../../platform/logger.ts';
import { fillFixture, hub } from '../support/fixture.ts';
import { authorizationAs, startTestHub, type TestHub } from '../support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Access-denial lines the gateway process logged while `run` ran. */
async function denialsDuring(run: () => Promise<void>): Promise<{ lines: AccessDenial[]; raw: string }> {
  const warn = vi.spyOn(logger, 'warn');
  await run();
  const lines = warn.mock.calls.map((call) => call[0] as unknown as AccessDenial & { event?: string }).filter((line) => line.event === 'access_denied');
  return { lines, raw: JSON.stringify(warn.mock.calls) };
}

describe('access audit', () => {
  it('logs a request without a valid token with its path and correlation id, never the token', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5Iiwicm9sZXMiOlsiYWRtaW4iXX0.c2lnbmF0dXJl';
    const { lines, raw } = await denialsDuring(async () => {
      const response = await fetch(testHub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${forged}`, 'x-correlation-id': 'audit-401' },
        body: JSON.stringify({ query: '{ customers(first: 1) { totalCount } }' }),
      });
      expect(response.status).toBe(401);
    });
    expect(lines).toEqual([
      expect.objectContaining({ origin: 'http', code: 'UNAUTHENTICATED', principal: null, path: '/graphql', correlationId: 'audit-401' }),
    ]);
    expect(raw).not.toContain(forged);
  });

  it('logs a forbidden field with the principal, operation name and response path', async () => {
    const { authorization } = await authorizationAs('analyst');
    const headers = { authorization, 'x-correlation-id': 'audit-403' };
    const { lines, raw } = await denialsDuring(async () => {
      const result = await testHub.query(
        'query ManagerCost($id: ID!) { project(id: $id) { projectManager { name costRate { amount } } } }',
        { id: hub.erpProject },
        headers,
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
    // The subgraph that enforced the rule and the gateway each log it, under one correlation id.
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(expect.objectContaining({ origin: 'resources', code: 'FORBIDDEN', principal: 'test-analyst', correlationId: 'audit-403' }));
    expect(lines).toContainEqual(
      expect.objectContaining({
        origin: 'gateway',
        code: 'FORBIDDEN',
        principal: 'test-analyst',
        roles: ['analyst'],
        operationName: 'ManagerCost',
        path: 'project.projectManager.costRate',
        correlationId: 'audit-403',
      }),
    );
    expect(raw).not.toContain(authorization.slice('Bearer '.length));
  });

  it('logs a refused governed mutation', async () => {
    const { lines } = await denialsDuring(async () => {
      const result = await testHub.query(
        'mutation Activate($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { userErrors { code } } }',
        { input: { projectId: hub.erpProject, status: 'ON_HOLD', idempotencyKey: 'audit-mutation' } },
        await authorizationAs('analyst'),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
    expect(lines).toContainEqual(
      expect.objectContaining({ origin: 'gateway', code: 'FORBIDDEN', principal: 'test-analyst', operationName: 'Activate', path: 'changeProjectStatus' }),
    );
    expect(lines).toContainEqual(expect.objectContaining({ origin: 'workflows', code: 'FORBIDDEN', principal: 'test-analyst' }));
  });
});
