/**
 * Scale-out mode: every subgraph in its own process (`npm run subgraph -- <name>`) and the gateway in
 * another (`npm run gateway`), wired by <DOMAIN>_URL, over stores on disk. Runs the real entry points.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDomainStores, openDomainStores } from '../scripts/domain-stores.ts';
import { signToken } from '../platform/auth.ts';
import { DOMAINS } from '../subgraphs/registry.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { readerHeaders } from './support/hub.ts';
import { processes, runEntry } from './support/processes.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-scale-out-'));
// No NATS here (`npm test` needs no services): each process declares it alone, which these queries and
// mutations allow (they need no event; live-scale-out.test.ts covers events across processes on NATS).
const baseEnv = { OPSGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', NATS_URL: '', LOG_LEVEL: 'error' };
const entries = processes({ ...baseEnv, OPSGRAPH_ALONE: 'true' });
let gatewayUrl = '';

/** Spawns an entry point and resolves with the first URL its output announces. */
const spawnEntry = async (args: string[], env: Record<string, string>, announce: RegExp) => (await entries.spawnEntry(args, env, announce)).url;

beforeAll(async () => {
  const stores = await openDomainStores({ dataDir, postgresUrl: null });
  await fillFixture(stores);
  await closeDomainStores(stores);
  // The systems of record first; those that call others find them through <DOMAIN>_URL.
  const subgraphEnv = await entries.spawnSubgraphs();
  gatewayUrl = await spawnEntry(['gateway/main.ts'], { ...subgraphEnv, PORT: '0' }, /gateway listening at (\S+)/);
});

afterAll(async () => {
  await entries.stopAll();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('scale-out', () => {
  it('answers the project 360 across seven processes', async () => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: await readerHeaders(),
      body: JSON.stringify({
        query: `query($id: ID!) { project(id: $id) { code customer { name } projectManager { name } financials { margin { amount } } } }`,
        variables: { id: hub.erpProject },
      }),
    });
    expect(await response.json()).toEqual({
      data: {
        project: {
          code: 'ACME-ERP-01',
          customer: { name: 'Acme Corp' },
          projectManager: { name: 'Ada Lovelace' },
          financials: { margin: { amount: '1039.50' } },
        },
      },
    });
    expect((await fetch(new URL('/ready', gatewayUrl))).status).toBe(200);
  });

  it('runs a governed mutation from the gateway through the workflows process to the PSA process', async () => {
    const token = await signToken({ sub: 'scale-out-pm', roles: ['delivery'], customerId: null });
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { status } project { status } userErrors { code } } }`,
        variables: { input: { projectId: hub.erpProject, status: 'ON_HOLD', reason: 'Client freeze', idempotencyKey: 'scale-out-hold' } },
      }),
    });
    expect(await response.json()).toEqual({
      data: { changeProjectStatus: { workflow: { status: 'COMPLETED' }, project: { status: 'ON_HOLD' }, userErrors: [] } },
    });
  });

  it.each([
    ['a subgraph', ['scripts/serve-subgraph.ts', 'customers'], { CUSTOMERS_PORT: '0' }],
    ['the gateway', ['gateway/main.ts'], {}],
  ])('refuses to run %s apart without a shared event bus, before it listens', async (_what, args, env) => {
    const urls = () => Object.fromEntries(DOMAINS.map((domain) => [`${domain.toUpperCase()}_URL`, `http://127.0.0.1:1/${domain}`]));
    const result = await runEntry(args, { ...process.env, ...baseEnv, ...urls(), ...env, OPSGRAPH_ALONE: '', PORT: '0' } as Record<string, string>);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        "Invalid configuration: NATS_URL is not set: services run apart share their events only through NATS JetStream (OPSGRAPH_ALONE=true if no other OpsGraph process shares this one's events)\n",
    });
  });

  it('refuses to run a subgraph that calls others without their URLs, before it opens its store', async () => {
    const result = await runEntry(['scripts/serve-subgraph.ts', 'resources'], {
      ...process.env,
      ...baseEnv,
      OPSGRAPH_ALONE: 'true',
      RESOURCES_PORT: '0',
      PROJECTS_URL: '',
    } as Record<string, string>);
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'Invalid configuration: PROJECTS_URL is not set: the resources subgraph calls the projects subgraph\n',
    });
  });
});
