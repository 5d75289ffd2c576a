/**
 * Real entry points as child processes (scale-out tests): spawn one, wait for the URL it announces,
 * stop them all at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { SERVICES, startWaves } from '../../subgraphs/services.ts';

/** A spawned entry point once it announced itself. */
export interface SpawnedEntry {
  /** The first group of the announcement's match (a URL, or whatever the entry announces). */
  url: string;
  child: ChildProcess;
  /** What it printed so far (stdout and stderr), for failure messages. */
  output: () => string;
  /** Resolves once it exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface Processes {
  /** Spawns `node <args>` in the project root and resolves with the first match of `announce` in its output. */
  spawnEntry(args: string[], env: Record<string, string>, announce: RegExp): Promise<SpawnedEntry>;
  /**
   * Every subgraph in a process of its own (`npm run subgraph -- <name>`), in the registry's start
   * waves, each given the URLs of those started before it; resolves with `<DOMAIN>_URL` of them all.
   */
  spawnSubgraphs(env?: Record<string, string>): Promise<Record<string, string>>;
  /** SIGTERM to every child still running; resolves when they exited. */
  stopAll(): Promise<void>;
}

/** Runs `node <args>` in the project root to its end; resolves with its exit code and everything it printed. */
export function runScript(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, {
    cwd: new URL('../..', import.meta.url),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function processes(baseEnv: Record<string, string>): Processes {
  const children: ChildProcess[] = [];
  return {
    spawnEntry(args, env, announce) {
      const child = spawn(process.execPath, args, {
        cwd: new URL('../..', import.meta.url),
        env: { ...process.env, ...baseEnv, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      let output = '';
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.once('exit', (code, signal) => resolve({ code, signal })),
      );
      return new Promise((resolve, reject) => {
        child.stdout?.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = announce.exec(output);
          if (match) resolve({ url: match[1], child, output: () => output, exited });
        });
        child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)));
      });
    },
    async spawnSubgraphs(env = {}) {
      const urls: Record<string, string> = {};
      for (const wave of startWaves(SERVICES)) {
        const started = await Promise.all(
          wave.map((service) =>
            this.spawnEntry(
              ['scripts/serve-subgraph.ts', service.name],
              { ...env, ...urls, [`${service.name.toUpperCase()}_PORT`]: '0' },
              /listening at (\S+)/,
            ),
          ),
        );
        for (const [index, service] of wave.entries()) urls[`${service.name.toUpperCase()}_URL`] = started[index].url;
      }
      return urls;
    },
    async stopAll() {
      await Promise.all(children.map(stopChild));
    },
  };
}

/** Runs `node <args>` in the project root to its end (30 s at most): its exit code and output. */
export function runEntry(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, args, { cwd: new URL('../..', import.meta.url), env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A port that was free a moment ago (for a process that must come back on the same port). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
