/**
 * A server in a child process of its own for the benchmarks (Hive Gateway, OpsGraph's gateway alone):
 * started with this Node and the given arguments, ready once its output matches `ready`, killed if
 * the benchmark ends first. Resolves to the process and the match's first group (its URL).
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ListeningProcess {
  child: ChildProcess;
  pid: number;
  /** The first group of the `ready` match, e.g. http://127.0.0.1:41234/graphql */
  url: string;
  stop(): Promise<void>;
}

const root = new URL('..', import.meta.url);

export async function spawnListening(options: {
  /** For messages, e.g. "Hive Gateway". */
  what: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  ready: RegExp;
  bootTimeoutMs: number;
  /** Copy the child's stderr to ours as it comes. @default false */
  echoStderr?: boolean;
}): Promise<ListeningProcess> {
  const child = spawn(process.execPath, options.args, { cwd: root, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  // It never outlives the benchmark, however that ends.
  process.on('exit', () => child.kill('SIGKILL'));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (options.echoStderr) process.stderr.write(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.what} did not start within ${options.bootTimeoutMs} ms:\n${output}`)), options.bootTimeoutMs);
    const onData = () => {
      const match = options.ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.what} exited with ${code}:\n${output}`));
    });
  });
  return {
    child,
    pid: child.pid as number,
    url,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
