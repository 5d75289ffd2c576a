/**
 * Tests wait on conditions, never on time (`npm run lint:waits`): a file under test/ that calls
 * setTimeout or a sleep fails the check, listed as file:line, unless it is test/support/wait.ts
 * (where waitFor and its helpers pause between two checks) or one of the EXCEPTIONS below, each
 * with its reason. An exception that no longer matches anything fails too: drop it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEST_DIR = join(ROOT, 'test');
/** The one file that may pause. */
const WAIT_HELPERS = 'test/support/wait.ts';
/** A call that waits on time: setTimeout, a sleep/delay, or node's promise timers. */
const TIME_WAIT = /\b(?:setTimeout|sleep|delay)\s*\(|\bscheduler\.wait\s*\(|['"](?:node:)?timers\/promises['"]/;

export interface WaitException {
  /** The file, relative to the repository root. */
  file: string;
  /** A substring of the line that waits. */
  contains: string;
  /** Why this one waits on time. */
  reason: string;
}

export const EXCEPTIONS: WaitException[] = [
  {
    file: 'test/support/systems-hub.ts',
    contains: 'setTimeout(resolve, Number(ms))',
    reason: 'A deliberately slow system of record (SYSTEMS_HUB_SLOW_ERP_PROJECT): the latency it simulates is the point.',
  },
  {
    file: 'test/security/jwks.test.ts',
    contains: 'setTimeout(resolve, JWKS_REFETCH_COOLDOWN_MS + 500)',
    reason: "Waits out jose's JWKS refetch cooldown, which reads the wall clock; platform/auth.ts takes no clock to replace it.",
  },
];

export interface Hit {
  file: string;
  line: number;
  text: string;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === '__snapshots__' ? [] : testFiles(path);
    return /\.[cm]?[jt]s$/.test(entry.name) ? [path] : [];
  });
}

/** Every line under test/ that waits on time, but those of the wait helpers and comments. */
export function timeWaits(dir = TEST_DIR): Hit[] {
  const hits: Hit[] = [];
  for (const path of testFiles(dir).sort()) {
    const file = relative(ROOT, path).split('\\').join('/');
    if (file === WAIT_HELPERS) continue;
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const code = text.trimStart();
        if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return;
        if (TIME_WAIT.test(text)) hits.push({ file, line: index + 1, text: text.trim() });
      });
  }
  return hits;
}

/** The hits no exception covers, and the exceptions that cover no hit. */
export function checkWaits(hits: Hit[], exceptions: WaitException[] = EXCEPTIONS): { unexcused: Hit[]; stale: WaitException[] } {
  const covers = (exception: WaitException, hit: Hit) => exception.file === hit.file && hit.text.includes(exception.contains);
  return {
    unexcused: hits.filter((hit) => !exceptions.some((exception) => covers(exception, hit))),
    stale: exceptions.filter((exception) => !hits.some((hit) => covers(exception, hit))),
  };
}

if (import.meta.main) {
  const { unexcused, stale } = checkWaits(timeWaits());
  for (const hit of unexcused) console.error(`${hit.file}:${hit.line}: waits on time (use waitFor from ${WAIT_HELPERS}): ${hit.text}`);
  for (const exception of stale)
    console.error(`${exception.file}: stale exception, nothing contains "${exception.contains}": remove it from scripts/check-test-waits.ts`);
  if (unexcused.length > 0 || stale.length > 0) {
    console.error(`${unexcused.length} wait(s) on time, ${stale.length} stale exception(s)`);
    process.exit(1);
  }
  console.log(`lint:waits: no test waits on time (${EXCEPTIONS.length} documented exceptions)`);
}
