/**
 * Production mode (NODE_ENV=production): no introspection, no "did you mean" suggestions, and a
 * JWT secret is required. This file sets the environment for its own worker before the hub starts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  process.env.NODE_ENV = 'production';
  process.env.JWT_SECRET = 'production-test-secret';
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
});

describe('production mode', () => {
  it('refuses introspection', async () => {
    const result = await testHub.query('{ __schema { queryType { name } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toContain('introspection is not allowed');
  });

  it('gives no field suggestions', async () => {
    const result = await testHub.query('{ projectz(first: 1) { totalCount } }');
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('still answers ordinary queries', async () => {
    expect((await testHub.query('{ projects(first: 1) { totalCount } }')).data).toEqual({ projects: { totalCount: 2 } });
  });
});
