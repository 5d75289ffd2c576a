/**
 * `npm run build:console` builds the operations console (console/, Vite) into console/dist, which the
 * gateway serves at / and /graphiql. `--if-stale` (what `npm install` and `npm start` run) builds only
 * when the build is missing or older than a source file of the console or the lock file.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const consoleDir = join(root, 'console');
const builtPage = join(consoleDir, 'dist', 'index.html');

/** The newest modification time of the console's sources (everything in console/ but its build). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether console/dist is missing or older than its sources (or the installed packages). */
export function consoleBuildStale(): boolean {
  if (!existsSync(builtPage) || !existsSync(join(consoleDir, 'dist', 'graphiql.html'))) return true;
  const sources = Math.max(newestSource(consoleDir), statSync(join(root, 'package-lock.json')).mtimeMs);
  return statSync(builtPage).mtimeMs < sources;
}

/**
 * Builds console/dist with Vite (its config: console/vite.config.ts): into a folder of its own, then
 * moved into place, so a gateway never serves half a build and two builds at once (two test files
 * finding it stale) do not write into each other.
 */
export async function buildConsole(): Promise<void> {
  const { build } = await import('vite');
  const dist = join(consoleDir, 'dist');
  const staging = join(consoleDir, `.dist-${process.pid}-${Date.now()}`);
  try {
    await build({ configFile: join(consoleDir, 'vite.config.ts'), logLevel: 'warn', build: { outDir: staging, emptyOutDir: true } });
    rmSync(dist, { recursive: true, force: true });
    try {
      renameSync(staging, dist);
    } catch (error) {
      // Another build moved its own output into place first: that one is as new as this one.
      if (!existsSync(join(dist, 'index.html'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Builds when stale; says so on stdout. */
export async function buildConsoleIfStale(): Promise<boolean> {
  if (!consoleBuildStale()) return false;
  console.log('Building the operations console (console/ → console/dist)…');
  await buildConsole();
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--if-stale')) await buildConsoleIfStale();
  else await buildConsole();
}
