/**
 * The gateway's subgraph transports (gateway/subgraph-http.ts) against a real HTTP server: the pool
 * keeps connections open between requests, never opens more than its bound, stops at its time limit
 * and closes its connections on stop(); both transports give the same answer for the same request;
 * and the gateway answers the same through either.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphHttp, type SubgraphHttp, type SubgraphTransport } from '../gateway/subgraph-http.ts';
import { fillFixture } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

interface TestServer {
  url: string;
  /** Sockets the server accepted so far, and how many of them are still open. */
  accepted(): number;
  open(): number;
  /** Requests the server is holding without an answer (the `/hold` path). */
  held(): number;
  stop(): Promise<void>;
}

/** Answers `/json` with a JSON body, `/fail` with a 502 and a text body, and holds `/hold` until stopped. */
async function startServer(): Promise<TestServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const holding: ServerResponse[] = [];
  const server: Server = createServer({ keepAliveTimeout: 65_000 }, (request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (request.url === '/hold') {
        holding.push(response);
        return;
      }
      if (request.url === '/fail') {
        response.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway upstream');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json', 'x-echo': 'yes' }).end(JSON.stringify({ data: { echo: body } }));
    });
  });
  server.on('connection', (socket: Socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted: () => accepted,
    open: () => sockets.size,
    held: () => holding.length,
    stop: async () => {
      for (const response of holding.splice(0)) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const post = (body: string) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body });

let server: TestServer;
const transports: SubgraphHttp[] = [];
function transport(kind: SubgraphTransport, overrides: { connections?: number; timeoutMs?: number } = {}): SubgraphHttp {
  const http = createSubgraphHttp({ transport: kind, timeoutMs: overrides.timeoutMs ?? 5_000, connections: overrides.connections ?? 8, keepAliveMs: 60_000 });
  transports.push(http);
  return http;
}

beforeAll(async () => {
  server = await startServer();
});
afterEach(async () => {
  await Promise.all(transports.splice(0).map((http) => http.stop()));
});
afterAll(async () => {
  await server.stop();
});

describe('the subgraph transports', () => {
  it.each<SubgraphTransport>(['pool', 'fetch'])('%s: answers with status, headers and the body as sent, for a success and a failure', async (kind) => {
    const http = transport(kind);
    const ok = await http.send(`${server.url}/json`, post('{"query":"{ a }"}'));
    expect(ok).toMatchObject({ status: 200, statusText: 'OK', body: JSON.stringify({ data: { echo: '{"query":"{ a }"}' } }) });
    expect(new Headers(ok.headers).get('x-echo')).toBe('yes');
    const failed = await http.send(`${server.url}/fail`, post('{}'));
    expect(failed).toMatchObject({ status: 502, statusText: 'Bad Gateway', body: 'bad gateway upstream' });
    expect(new Headers(failed.headers).get('content-type')).toBe('text/plain');
  });

  it('pool: connections serve request after request (20 in sequence open at most 2), and stop() closes them', async () => {
    // A server of its own: the fetch transport's connections to the shared one stay open (the global agent's).
    const own = await startServer();
    try {
      const http = transport('pool');
      for (let i = 0; i < 20; i++) expect((await http.send(`${own.url}/json`, post(`{"n":${i}}`))).status).toBe(200);
      // A connection whose answer has just been read may not be free yet for the very next request: a second may open.
      expect(own.accepted()).toBeLessThanOrEqual(2);
      expect(own.open()).toBe(own.accepted());
      await http.stop();
      await waitFor(() => own.open() === 0, { what: 'the pool to close its connections' });
    } finally {
      await own.stop();
    }
  });

  it('pool: never opens more connections to a subgraph than its bound; the rest wait their turn', async () => {
    const before = server.accepted();
    const http = transport('pool', { connections: 2 });
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => http.send(`${server.url}/json`, post(`{"n":${i}}`))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200));
    expect(answers.map((answer) => JSON.parse(answer.body).data.echo)).toEqual(Array.from({ length: 30 }, (_, i) => `{"n":${i}}`));
    expect(server.accepted() - before).toBeLessThanOrEqual(2);
  });

  it.each<SubgraphTransport>(['pool', 'fetch'])('%s: a subgraph that never answers is given up at the time limit', async (kind) => {
    const http = transport(kind, { timeoutMs: 300 });
    const heldBefore = server.held();
    const attempt = http.send(`${server.url}/hold`, post('{}'));
    await waitFor(() => server.held() > heldBefore, { what: 'the server to hold the request' });
    await expect(attempt).rejects.toThrow();
  });

  it('pool: a refused connection rejects (the gateway turns it into UPSTREAM_UNAVAILABLE)', async () => {
    const closed = await startServer();
    const url = closed.url;
    await closed.stop();
    await expect(transport('pool').send(`${url}/json`, post('{}'))).rejects.toThrow();
  });
});

describe.each<SubgraphTransport>(['pool', 'fetch'])('the gateway over the %s transport', (kind) => {
  let hub: TestHub;
  const previous = process.env.OPSGRAPH_SUBGRAPH_TRANSPORT;
  beforeAll(async () => {
    process.env.OPSGRAPH_SUBGRAPH_TRANSPORT = kind;
    hub = await startTestHub({ fill: fillFixture });
  });
  afterAll(async () => {
    await hub?.stop();
    if (previous === undefined) delete process.env.OPSGRAPH_SUBGRAPH_TRANSPORT;
    else process.env.OPSGRAPH_SUBGRAPH_TRANSPORT = previous;
  });

  it('answers a query across subgraphs in full', async () => {
    const result = await hub.query<{ customers: { totalCount: number; edges: { node: { name: string; projects: { name: string }[] } }[] } }>(
      '{ customers(first: 10) { totalCount edges { node { name projects { name } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.customers.totalCount).toBeGreaterThan(0);
    expect(result.data?.customers.edges.some((edge) => edge.node.projects.length > 0)).toBe(true);
  });
});
