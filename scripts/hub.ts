/**
 * The whole hub in one process: every subgraph in the registry on its own port (real HTTP between
 * gateway and subgraphs) and the gateway in front. `npm start` and the tests build it from here.
 */
import { createGateway, serveGateway } from '../gateway/index.ts';
import { SERVICES, type ConnectorWrapper } from '../subgraphs/registry.ts';
import { env } from '../subgraphs/shared/env.ts';
import type { DomainStoreOptions } from '../subgraphs/shared/store.ts';
import { serveSubgraph, type ServedSubgraph } from '../subgraphs/shared/subgraph.ts';
import { closeDomainStores, openDomainStores, type DomainStores } from './domain-stores.ts';

export interface HubOptions {
  /** Gateway port; 0 picks a free one. @default env PORT or 4000 */
  port?: number;
  host?: string;
  /** Stores to serve; when absent they are opened with `storeOptions` and closed by `stop()`. */
  stores?: DomainStores;
  storeOptions?: DomainStoreOptions;
  /** Runs before the servers start, with the open stores (e.g. seeding demo data). */
  prepare?: (stores: DomainStores) => Promise<void>;
  /** Subgraph ports by service name; absent means a free port. */
  subgraphPorts?: Partial<Record<string, number>>;
  wrapConnector?: ConnectorWrapper;
  subgraphTimeoutMs?: number;
}

export interface Hub {
  /** Gateway GraphQL endpoint. */
  url: string;
  port: number;
  subgraphs: readonly ServedSubgraph[];
  stores: DomainStores;
  /** Stops the gateway, then the subgraphs, then closes the stores it opened. */
  stop: () => Promise<void>;
}

export async function startHub(options: HubOptions = {}): Promise<Hub> {
  const ownsStores = !options.stores;
  const stores = options.stores ?? (await openDomainStores(options.storeOptions));
  const subgraphs: ServedSubgraph[] = [];
  try {
    await options.prepare?.(stores);
    for (const service of SERVICES) {
      const subgraph = service.build(stores[service.name], options.wrapConnector);
      subgraphs.push(await serveSubgraph(subgraph, options.subgraphPorts?.[service.name] ?? 0, options.host));
    }
    const gateway = createGateway({
      subgraphUrls: Object.fromEntries(subgraphs.map((served) => [served.name, served.url])),
      subgraphTimeoutMs: options.subgraphTimeoutMs,
    });
    const served = await serveGateway(gateway, options.port ?? env.port(), options.host);
    return {
      url: served.url,
      port: served.port,
      subgraphs,
      stores,
      stop: async () => {
        await served.stop();
        await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
        if (ownsStores) await closeDomainStores(stores);
      },
    };
  } catch (error) {
    await Promise.all(subgraphs.map((subgraph) => subgraph.stop()));
    if (ownsStores) await closeDomainStores(stores);
    throw error;
  }
}
