/**
 * OpsGraph's gateway alone (gateway/main.ts) in a child process of its own, in front of subgraphs
 * that already run (the hub's), as Hive Gateway runs: so that its resident set and CPU are its own.
 * Resolves once it listens.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { DOMAINS } from '../subgraphs/registry.ts';

export interface GatewayProcess {
  child: ChildProcess;
  pid: number;
  /** e.g. http://127.0.0.1:41234/graphql */
  url: string;
  stop(): Promise<void>;
}

const root = new URL('..', import.meta.url);

/** Starts the gateway with `subgraphUrls` (subgraph name → GraphQL URL) and `env` over the benchmark's environment. */
export async function spawnGateway(subgraphUrls: Readonly<Record<string, string>>, env: NodeJS.ProcessEnv, bootTimeoutMs = 60_000): Promise<GatewayProcess> {
  const urls = Object.fromEntries(DOMAINS.map((domain) => [`${domain.toUpperCase()}_URL`, subgraphUrls[domain]]));
  const child = spawn(process.execPath, ['--max-semi-space-size=16', 'gateway/main.ts'], {
    cwd: root,
    // No event bus is shared with the hub: a read benchmark needs none (OPSGRAPH_ALONE).
    env: { ...process.env, ...env, ...urls, PORT: '0', OPSGRAPH_ALONE: 'true', NATS_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  process.on('exit', () => child.kill('SIGKILL'));
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the gateway did not start within ${bootTimeoutMs} ms:\n${output}`)), bootTimeoutMs);
    const onData = () => {
      const match = /OpsGraph gateway listening at (\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(match[1].replace('localhost', '127.0.0.1'));
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited with ${code}:\n${output}`));
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
