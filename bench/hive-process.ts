/**
 * Hive Gateway (bench/hive-gateway.ts) in a child process of its own, in front of subgraphs that
 * already run. Resolves once it listens.
 */
import { spawnListening, type ListeningProcess } from './listening-process.ts';

export type HiveProcess = ListeningProcess;

/** Starts Hive Gateway on the committed supergraph with `subgraphUrls` (subgraph name → GraphQL URL). */
export function spawnHive(subgraphUrls: Readonly<Record<string, string>>, bootTimeoutMs = 60_000): Promise<HiveProcess> {
  return spawnListening({
    what: 'Hive Gateway',
    args: ['--max-semi-space-size=16', 'bench/hive-gateway.ts', JSON.stringify(subgraphUrls)],
    // The benchmark's environment: the mode the hub runs in too and the secret its tokens are signed with (bench/compare.ts).
    env: { ...process.env },
    ready: /Hive Gateway: (\S+)/,
    bootTimeoutMs,
    echoStderr: true,
  });
}
