/**
 * `npm run bench` end to end in its smallest configuration: it seeds, starts the hub and Hive Gateway,
 * finds both answering the same data, captures and replays project-360's subgraph requests, measures
 * every gateway without an error, and writes its table as JSON.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './support/processes.ts';

const outDir = mkdtempSync(join(tmpdir(), 'opsgraph-bench-test-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const bench = (...args: string[]) => runScript(['bench/compare.ts', ...args], { LOG_LEVEL: 'error' });

interface Report {
  settings: { backend: string; scale: number; operations: string[] };
  direct: { fetches: number; waves: number } | null;
  rows: { operation: string; gateway: string; reqPerSec: number; errors: number; cpuMsPerRequest: number; rssMaxMiB: number; ratioOursToHive: number | null }[];
}

describe('npm run bench', () => {
  it('measures OpsGraph, Hive Gateway and the direct subgraph calls on the same data, without an error', { timeout: 180_000 }, async () => {
    const out = join(outDir, 'bench.json');
    const run = await bench(
      ...['--scale', '0.3', '--only', 'project-360,project-list', '--caches', 'off', '--duration', '1', '--rounds', '1', '--warmup', '0'],
      ...['--connections', '4', '--out', out],
    );
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toContain('both gateways answer the same data for project-360, project-list');
    expect(run.stdout).toContain('| backend | scale | caches | operation | gateway | req/s |');

    const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
    expect(report.settings).toMatchObject({ backend: 'sqlite', scale: 0.3, operations: ['project-360', 'project-list'] });
    expect(report.rows.map((row) => `${row.operation} ${row.gateway}`)).toEqual([
      'project-360 opsgraph',
      'project-360 hive',
      'project-360 direct',
      'project-list opsgraph',
      'project-list hive',
    ]);
    for (const row of report.rows) {
      expect(row.errors, `${row.operation} ${row.gateway}`).toBe(0);
      expect(row.reqPerSec).toBeGreaterThan(0);
      expect(row.cpuMsPerRequest).toBeGreaterThan(0);
      expect(row.rssMaxMiB).toBeGreaterThan(0);
      expect(row.ratioOursToHive === null).toBe(row.gateway !== 'opsgraph');
    }
    // project-360: the project first, then what hangs off it side by side.
    expect(report.direct?.waves).toBeGreaterThanOrEqual(2);
    expect(report.direct?.fetches).toBeGreaterThan(report.direct?.waves ?? 0);
  });
});
