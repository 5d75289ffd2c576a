/**
 * The whole hub as `npm start` runs it, in a child process, for the benchmarks that measure the
 * process itself (memory, sockets): the node options come from package.json's `start` script, so a
 * benchmark runs what an operator runs. Resolves once the hub printed its URLs.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface HubProcess {
  child: ChildProcess;
  /** Everything the hub printed on stdout so far (its URLs and, in development, its tokens). */
  output(): string;
  /** e.g. http://127.0.0.1:4000 */
  origin: string;
  /** The hub's resident set, in MiB (Linux /proc). */
  rssMiB(): number;
  stop(): Promise<void>;
}

const root = new URL('..', import.meta.url);

/** `node <options> scripts/start.ts` from package.json, without the leading `node`. */
export function startArguments(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: { start: string } };
  const [command, ...args] = scripts.start.split(/\s+/);
  if (command !== 'node') throw new Error(`package.json's start script must run node, not ${command}`);
  return args;
}

/** Starts the hub with `env` over the current environment; extra node options go before the script. */
export async function spawnHub(env: NodeJS.ProcessEnv, nodeOptions: string[] = [], bootTimeoutMs = 180_000): Promise<HubProcess> {
  const args = startArguments();
  const child = spawn(process.execPath, [...nodeOptions, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  // The hub never outlives the benchmark, however it ends.
  process.on('exit', () => child.kill('SIGKILL'));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const bootStarted = Date.now();
  // Ready once its start-up text is complete: the last sample token in development, the line saying there are none otherwise.
  while (!/^\s+portal\s|no sample tokens outside development/m.test(output)) {
    if (child.exitCode !== null || Date.now() - bootStarted > bootTimeoutMs) throw new Error(`the hub did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // The hub may print a 127.0.0.1 bind as localhost.
  const port = (/GraphQL:\s+http:\/\/[^:/\s]+:(\d+)\/graphql/.exec(output) as RegExpExecArray)[1];
  return {
    child,
    output: () => output,
    origin: `http://127.0.0.1:${port}`,
    rssMiB: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
