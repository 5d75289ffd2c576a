/**
 * The README's `npm start` on a fresh data folder: seeds on first start, is ready, and a second start
 * reuses the stores without seeding again. Runs the real entry point as a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readerHeaders } from './support/hub.ts';
import { stopChild } from './support/processes.ts';
import { waitFor } from './support/wait.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-start-'));
const children: ChildProcess[] = [];

interface Started {
  child: ChildProcess;
  origin: string;
  output: () => string;
}

/** Starts `node scripts/start.ts` on a free port and resolves once it prints the GraphQL URL. */
function start(): Promise<Started> {
  const child = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: new URL('..', import.meta.url),
    // The embedded default in development (as the README runs it), whatever backend and NODE_ENV the
    // rest of the suite runs on: sample tokens are printed in development only.
    env: { ...process.env, NODE_ENV: 'development', PORT: '0', OPSGRAPH_DATA_DIR: dataDir, LOG_LEVEL: 'error', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL:\s+(http:\/\/localhost:\d+)\/graphql/.exec(output);
      if (match) resolve({ child, origin: match[1], output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
}

/** SIGTERM, then the exit (at once if the child already ended, by code or by signal). */
const stop = stopChild;

async function projectCount(origin: string): Promise<number> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: await readerHeaders(),
    body: JSON.stringify({ query: '{ projects { totalCount } }' }),
  });
  return ((await response.json()) as { data: { projects: { totalCount: number } } }).data.projects.totalCount;
}

afterAll(async () => {
  await Promise.all(children.map(stop));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('seeds demo data on first start, then reuses it', async () => {
    const first = await start();
    expect(first.output()).toContain('First start: seeding demo data');
    expect((await fetch(`${first.origin}/ready`)).status).toBe(200);
    const count = await projectCount(first.origin);
    expect(count).toBeGreaterThanOrEqual(150);
    await stop(first.child);
    expect(first.child.exitCode).toBe(0);

    const second = await start();
    expect(second.output()).not.toContain('First start');
    expect((await fetch(`${second.origin}/ready`)).status).toBe(200);
    expect(await projectCount(second.origin)).toBe(count);

    // The sample delivery token it prints is accepted for governed mutations.
    const token = await waitFor(() => /^\s+delivery\s+(\S+)$/m.exec(second.output())?.[1], { what: () => `the sample delivery token:\n${second.output()}` });
    const response = await fetch(`${second.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query:
          'mutation { convertOpportunityToProject(input: { opportunityId: "opp_unknown", idempotencyKey: "start-test" }) { workflow { id } userErrors { code } } }',
      }),
    });
    expect(await response.json()).toEqual({ data: { convertOpportunityToProject: { workflow: null, userErrors: [{ code: 'INVALID_ID' }] } } });
    expect(second.output()).toMatch(/^\s+portal\s+\(customer cus_\S+\) \S+$/m);
    await stop(second.child);
  });
});
