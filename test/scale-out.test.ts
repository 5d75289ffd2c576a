/**
 * Scale-out mode: every subgraph in its own process (`npm run subgraph -- <name>`) and the gateway in
 * another (`npm run gateway`), wired by <DOMAIN>_URL, over stores on disk. Runs the real entry points.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDomainStores, openDomainStores } from '../scripts/domain-stores.ts';
import { DOMAINS } from '../subgraphs/shared/env.ts';
import { fillFixture, hub } from './support/fixture.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-scale-out-'));
const children: ChildProcess[] = [];
let gatewayUrl = '';

/** Spawns an entry point and resolves with the first URL its output announces. */
function spawnEntry(args: string[], env: Record<string, string>, announce: RegExp): Promise<string> {
  const child = spawn(process.execPath, args, {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, ...env, OPSGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = announce.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
  });
}

beforeAll(async () => {
  const stores = await openDomainStores({ dataDir, postgresUrl: null });
  await fillFixture(stores);
  await closeDomainStores(stores);
  const urls = await Promise.all(
    DOMAINS.map((domain) => spawnEntry(['scripts/serve-subgraph.ts', domain], { [`${domain.toUpperCase()}_PORT`]: '0' }, /listening at (\S+)/)),
  );
  const subgraphEnv = Object.fromEntries(DOMAINS.map((domain, index) => [`${domain.toUpperCase()}_URL`, urls[index]]));
  gatewayUrl = await spawnEntry(['gateway/main.ts'], { ...subgraphEnv, PORT: '0' }, /gateway listening at (\S+)/);
});

afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  rmSync(dataDir, { recursive: true, force: true });
});

describe('scale-out', () => {
  it('answers the project 360 across six processes', async () => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($id: ID!) { project(id: $id) { code customer { name } projectManager { name } financials { margin { amount } } } }`,
        variables: { id: hub.erpProject },
      }),
    });
    expect(await response.json()).toEqual({
      data: { project: { code: 'ACME-ERP-01', customer: { name: 'Acme Corp' }, projectManager: { name: 'Ada Lovelace' }, financials: { margin: { amount: '1039.50' } } } },
    });
    expect((await fetch(new URL('/ready', gatewayUrl))).status).toBe(200);
  });
});
