/**
 * `npm run seed` as an operator runs it: the stages and the load progress on stderr, the row counts on
 * stdout, and a refusal (exit code 1, nothing changed) when the stores already hold data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from './support/processes.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'opsgraph-seed-'));

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs `node scripts/seed.ts <args>` on the embedded store under `dataDir`; resolves once it exits. */
const seed = (...args: string[]) => runScript(['scripts/seed.ts', ...args], { OPSGRAPH_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error' });

describe('npm run seed', () => {
  it('reports each stage and the rows loaded, then the counts; a second run without --reset is refused', async () => {
    const first = await seed('--scale', '0.3', '--as-of', '2026-11-23');
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stderr.trim().split('\n');
    expect(lines[0]).toBe('seed: generating demo data (scale 0.3)…');
    expect(lines.at(-1)).toMatch(/^seed: loaded; updating the planner statistics \(\d+\.\d s\)…$/);
    // The last load line is the whole data set; every load line counts up to it.
    const loaded = lines.slice(1, -1).map((line) => /^seed: loaded ([\d,]+) of ([\d,]+) rows \((\d+) %, \d+\.\d s\)$/.exec(line));
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((match) => match !== null)).toBe(true);
    const counts = loaded.map((match) => [Number(match![1].replaceAll(',', '')), Number(match![2].replaceAll(',', ''))]);
    const total = counts[0][1];
    expect(counts.at(-1)).toEqual([total, total]);
    expect(loaded.at(-1)![3]).toBe('100');
    for (let i = 1; i < counts.length; i++) expect(counts[i][0]).toBeGreaterThan(counts[i - 1][0]);
    // stdout's table adds up to the rows the progress counted.
    const tableRows = [...first.stdout.matchAll(/^ {2}\S+\.\S+\s+(\d+)$/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(tableRows).toBe(total);

    const again = await seed('--scale', '0.3', '--as-of', '2026-11-23');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('seed: the stores already hold data; run with --reset to replace it\n');
    expect(again.stdout).toBe('');
  });
});
