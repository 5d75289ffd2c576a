/**
 * Production mode (NODE_ENV=production): no introspection, no "did you mean" suggestions, a JWT
 * secret is required, every entry point refuses a bad configuration before it listens (one line per
 * problem, exit code 1), and no development token is printed or signed. This file sets the
 * environment for its own worker before the hub starts; the entry points run as child processes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { runEntry, stopChild } from './support/processes.ts';
import { within } from './support/wait.ts';
import { DOMAINS } from '../subgraphs/registry.ts';

const SECRET = 'production-test-secret-of-32-characters';
/** The environment of an entry point run here: the embedded default, nothing inherited that matters. */
function entryEnv(extra: Record<string, string>): Record<string, string> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', PORT: '0' };
  return { ...base, ...extra };
}

let testHub: TestHub;

beforeAll(async () => {
  process.env.NODE_ENV = 'production';
  process.env.JWT_SECRET = SECRET;
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

describe('production configuration, refused before anything listens', () => {
  it.each([
    ['npm start', ['scripts/start.ts'], {}],
    [
      'npm run gateway',
      ['gateway/main.ts'],
      { NATS_URL: 'nats://127.0.0.1:4222', ...Object.fromEntries(DOMAINS.map((domain) => [`${domain.toUpperCase()}_URL`, 'http://127.0.0.1:1/graphql'])) },
    ],
    ['npm run subgraph', ['scripts/serve-subgraph.ts', 'customers'], { NATS_URL: 'nats://127.0.0.1:4222' }],
  ])('%s without JWT_SECRET: one line, exit code 1', async (_command, args, extra) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-prod-'));
    try {
      const result = await runEntry(args, entryEnv({ ...extra, NODE_ENV: 'production', OPSGRAPH_DATA_DIR: dataDir }));
      expect(result).toEqual({ code: 1, stdout: '', stderr: 'Invalid configuration: JWT_SECRET must be set when NODE_ENV=production\n' });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('treats every mode but development and test as production: staging needs its own secret too', async () => {
    const result = await runEntry(['scripts/serve-subgraph.ts', 'customers'], entryEnv({ NODE_ENV: 'staging', NATS_URL: 'nats://127.0.0.1:4222' }));
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'Invalid configuration: JWT_SECRET must be set when NODE_ENV=staging\n' });
    expect(await runEntry(['scripts/token.ts', 'admin'], entryEnv({ NODE_ENV: 'staging', JWT_SECRET: SECRET }))).toEqual({
      code: 1,
      stdout: '',
      stderr: 'npm run token signs development tokens and is refused when NODE_ENV=staging: issue tokens from your identity provider\n',
    });
  });

  it('lists every problem at once, without a stack trace', async () => {
    const result = await runEntry(
      ['scripts/start.ts'],
      entryEnv({
        NODE_ENV: 'production',
        JWT_SECRET: 'short',
        PORT: 'eighty',
        DATABASE_URL: 'mysql://db/opsgraph',
        NATS_URL: 'localhost:4222',
        OPSGRAPH_AS_OF: '2026-02-30',
        OPSGRAPH_RATE_LIMIT: '-5',
        OPSGRAPH_TRUSTED_DOCUMENTS: 'some',
      }),
    );
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        'Invalid configuration: PORT must be an integer, got "eighty"',
        'Invalid configuration: OPSGRAPH_RATE_LIMIT must be between 0 and 9007199254740991, got "-5"',
        'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL, got "mysql://db/opsgraph"',
        'Invalid configuration: NATS_URL must be a nats:// or tls:// or ws:// or wss:// URL, got "localhost:4222"',
        'Invalid configuration: OPSGRAPH_TRUSTED_DOCUMENTS must be one of off, portal, all, got "some"',
        'Invalid configuration: OPSGRAPH_AS_OF must be a date (YYYY-MM-DD), got "2026-02-30"',
        'Invalid configuration: JWT_SECRET must be at least 32 characters when NODE_ENV=production (it has 5)',
        '',
      ].join('\n'),
    });
  });

  it('npm start in production serves without printing a token', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-prod-'));
    const child = spawn(process.execPath, ['scripts/start.ts'], {
      cwd: new URL('..', import.meta.url),
      env: entryEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET, OPSGRAPH_DATA_DIR: dataDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    try {
      // The last line it prints in production; nothing follows it. Seeding takes a while: 90 s at most.
      const printed = new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('no sample tokens outside development.\n')) resolve(output);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
      });
      const done = await within(printed, { timeoutMs: 90_000, what: () => `start to finish:\n${output}` });
      const origin = /GraphQL:\s+(http:\/\/localhost:\d+)\/graphql/.exec(done)?.[1];
      expect((await fetch(`${origin}/ready`)).status).toBe(200);
      expect(output).not.toContain('Sample tokens');
      expect(output).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    } finally {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run token', () => {
  it('refuses in production', async () => {
    expect(await runEntry(['scripts/token.ts', 'admin'], entryEnv({ NODE_ENV: 'production', JWT_SECRET: SECRET }))).toEqual({
      code: 1,
      stdout: '',
      stderr: 'npm run token signs development tokens and is refused when NODE_ENV=production: issue tokens from your identity provider\n',
    });
  });

  it('prints its usage for --help', async () => {
    const result = await runEntry(['scripts/token.ts', '--help'], entryEnv({}));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toBe(
      'usage: npm run token -- <admin|analyst|delivery|finance|portal> [--customer <customer id>] [--sub <subject>] [--ttl <seconds>]',
    );
  });

  it.each([
    [['--bogus'], 'unknown option "--bogus"'],
    [['wizard'], 'unknown role "wizard": one of admin, analyst, delivery, finance, portal'],
    [['portal'], 'a portal token needs --customer <customer hub id>'],
    [['analyst', '--ttl', 'soon'], '--ttl must be a positive number of seconds, got "soon"'],
  ])('refuses %j with one line and exit code 2', async (args, message) => {
    expect(await runEntry(['scripts/token.ts', ...args], entryEnv({}))).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message} (npm run token -- --help for the usage)\n`,
    });
  });
});
