/**
 * Gateway → subgraph HTTP. Two transports with one contract: POST a GraphQL request, resolve to the
 * whole answer (status, headers, body text) or reject when the subgraph cannot be reached or the time
 * limit passes.
 *
 * - `pool` (the default): undici's `request` over one keep-alive `Agent` per gateway. Connections to a
 *   subgraph stay open between requests (idle ones close after `keepAliveMs`, below the subgraphs'
 *   65 s server timeout so the client always closes first), at most `connections` per subgraph, and no
 *   WHATWG Request/Response or web streams are built on the hot path.
 * - `fetch`: the global `fetch` (undici's default agent), as the gateway sent before; kept so the
 *   benchmark can measure one against the other (docs/performance.md).
 */
import { STATUS_CODES } from 'node:http';
import { Agent, request } from 'undici';

/** A subgraph's answer, read whole. */
export interface SubgraphAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
}

export type SubgraphTransport = 'pool' | 'fetch';

export interface SubgraphHttpOptions {
  transport: SubgraphTransport;
  /** Time limit of one request, from sending to the last byte of the answer. */
  timeoutMs: number;
  /** Open connections per subgraph at most (pool); requests beyond wait for a free one. */
  connections: number;
  /** An idle connection is closed after this long (pool). */
  keepAliveMs: number;
}

export interface SubgraphHttp {
  send(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<SubgraphAnswer>;
  /** Closes the pool's connections (in-flight requests finish first, for `timeoutMs` at most when given; then they are cut); idempotent. */
  stop(timeoutMs?: number): Promise<void>;
}

function headerEntries(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    entries.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  return entries;
}

export function createSubgraphHttp(options: SubgraphHttpOptions): SubgraphHttp {
  if (options.transport === 'fetch') {
    return {
      async send(url, init) {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
        return { status: response.status, statusText: response.statusText, headers: [...response.headers], body: await response.text() };
      },
      stop: async () => undefined,
    };
  }
  const agent = new Agent({
    connections: options.connections,
    keepAliveTimeout: options.keepAliveMs,
    keepAliveMaxTimeout: options.keepAliveMs,
    pipelining: 1,
  });
  let closing: Promise<void> | null = null;
  return {
    async send(url, init) {
      const response = await request(url, {
        dispatcher: agent,
        method: (init.method ?? 'POST') as 'POST',
        headers: init.headers,
        body: init.body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      // Read whole, always: an unread body would hold its connection.
      const body = await response.body.text();
      return { status: response.statusCode, statusText: STATUS_CODES[response.statusCode] ?? '', headers: headerEntries(response.headers), body };
    },
    // Once: a second stop() waits for the first instead of failing on a closed agent.
    stop: (timeoutMs) =>
      (closing ??= (async () => {
        let timer: NodeJS.Timeout | undefined;
        const cut = new Promise<boolean>((resolve) => {
          if (timeoutMs !== undefined) timer = setTimeout(() => resolve(true), timeoutMs);
        });
        const closed = agent.close().then(() => false);
        const late = await Promise.race([closed, cut]);
        clearTimeout(timer);
        if (late) await agent.destroy();
      })()),
  };
}

/**
 * The answer as the Fetch-style response Apollo's RemoteGraphQLDataSource reads (ok, status,
 * statusText, url, headers.get, json, text). Each call builds its own, so sharers never share a parse.
 */
export function fetcherResponse(url: string, answer: SubgraphAnswer) {
  let headers: Headers | null = null;
  return {
    url,
    status: answer.status,
    statusText: answer.statusText,
    ok: answer.status >= 200 && answer.status < 300,
    redirected: false,
    get headers(): Headers {
      headers ??= new Headers(answer.headers);
      return headers;
    },
    text: async () => answer.body,
    json: async () => JSON.parse(answer.body) as unknown,
  };
}
