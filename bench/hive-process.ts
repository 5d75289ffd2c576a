/**
 * Hive Gateway (bench/hive-gateway.ts) in a child process of its own, in front of subgraphs that
 * already run. Resolves once it listens.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface HiveProcess {
  child: ChildProcess;
  pid: number;
  /** e.g. http://127.0.0.1:41234/graphql */
  url: string;
  stop(): Promise<void>;
}

const root = new URL('..', import.meta.url);

/** Starts Hive Gateway on the committed supergraph with `subgraphUrls` (subgraph name → GraphQL URL). */
export async function spawnHive(subgraphUrls: Readonly<Record<string, string>>, bootTimeoutMs = 60_000): Promise<HiveProcess> {
  const child = spawn(process.execPath, ['--max-semi-space-size=16', 'bench/hive-gateway.ts', JSON.stringify(subgraphUrls)], {
    cwd: root,
    // The benchmark's environment: the mode the hub runs in too and the secret its tokens are signed with (bench/compare.ts).
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // It never outlives the benchmark, however that ends.
  process.on('exit', () => child.kill('SIGKILL'));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    process.stderr.write(chunk);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Hive Gateway did not start within ${bootTimeoutMs} ms:\n${output}`)), bootTimeoutMs);
    const onData = () => {
      const match = /Hive Gateway: (\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Hive Gateway exited with ${code}:\n${output}`));
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
