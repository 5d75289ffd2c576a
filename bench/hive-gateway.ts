/**
 * Hive Gateway (`@graphql-hive/gateway-runtime`) in its default configuration on OpsGraph's committed
 * supergraph, in front of subgraphs that already run: the peer `npm run bench` compares OpsGraph's
 * gateway with. Run as its own process, so its CPU and memory are its own:
 *
 *   node bench/hive-gateway.ts '{"customers":"http://127.0.0.1:41234/graphql", …}'
 *
 * The one argument maps each subgraph of the supergraph to its URL (the hub prints them). Prints
 * `Hive Gateway: <url>` once it listens on a free loopback port; stops on SIGTERM or SIGINT.
 *
 * What it adds to the defaults is what any gateway in front of these subgraphs must do for the same
 * answers: it forwards the caller's `authorization` header and sends the gateway credential
 * (platform/auth.ts), without which the subgraphs refuse the fields hidden from the public graph
 * (the cost inputs finance `@requires`). Deduplication of identical in-flight subgraph requests, the
 * runtime's default, stays on.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentialToken } from '../platform/auth.ts';

/** The supergraph with each subgraph's placeholder URL (`http://<name>.subgraph.invalid/graphql`) replaced. */
function supergraphFor(subgraphUrls: Readonly<Record<string, string>>): string {
  let sdl = readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8');
  for (const match of sdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    const [, name, placeholder] = match;
    const url = subgraphUrls[name];
    if (!url) throw new Error(`no URL for the ${name} subgraph of the supergraph`);
    sdl = sdl.replace(`url: "${placeholder}"`, `url: "${url}"`);
  }
  return sdl;
}

const subgraphUrls = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
const gateway = createGatewayRuntime({
  supergraph: supergraphFor(subgraphUrls),
  // Warnings and errors only: its per-start info lines say nothing the benchmark needs.
  logging: 'warn',
  propagateHeaders: {
    fromClientToSubgraphs: async ({ request }) => ({
      authorization: request.headers.get('authorization'),
      [GATEWAY_CREDENTIAL_HEADER]: await gatewayCredentialToken(),
    }),
  },
});
const server = createServer(gateway);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`Hive Gateway: http://127.0.0.1:${address.port}/graphql`);
});
const stop = () => {
  server.closeAllConnections();
  server.close(async () => {
    await gateway.dispose();
    process.exit(0);
  });
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
