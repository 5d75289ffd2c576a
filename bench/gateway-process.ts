/**
 * OpsGraph's gateway alone (gateway/main.ts) in a child process of its own, in front of subgraphs
 * that already run (the hub's), as Hive Gateway runs: so that its resident set and CPU are its own.
 * Resolves once it listens.
 */
import { DOMAINS } from '../subgraphs/registry.ts';
import { spawnListening, type ListeningProcess } from './listening-process.ts';

export type GatewayProcess = ListeningProcess;

/** Starts the gateway with `subgraphUrls` (subgraph name → GraphQL URL) and `env` over the benchmark's environment. */
export async function spawnGateway(subgraphUrls: Readonly<Record<string, string>>, env: NodeJS.ProcessEnv, bootTimeoutMs = 60_000): Promise<GatewayProcess> {
  const urls = Object.fromEntries(DOMAINS.map((domain) => [`${domain.toUpperCase()}_URL`, subgraphUrls[domain]]));
  const gateway = await spawnListening({
    what: 'the gateway',
    args: ['--max-semi-space-size=16', 'gateway/main.ts'],
    // No event bus is shared with the hub: a read benchmark needs none (OPSGRAPH_ALONE).
    env: { ...process.env, ...env, ...urls, PORT: '0', OPSGRAPH_ALONE: 'true', NATS_URL: '' },
    ready: /OpsGraph gateway listening at (\S+)/,
    bootTimeoutMs,
  });
  return { ...gateway, url: gateway.url.replace('localhost', '127.0.0.1') };
}
