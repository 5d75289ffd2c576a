/**
 * The lower bound of a federated read: the subgraph requests OpsGraph's gateway sends for one
 * operation, captured once and then replayed straight to the subgraphs, with no gateway in between.
 *
 * Capture: an OpsGraph gateway in this process (the same factory, supergraph and planner as the
 * hub's) runs the operation once through a recording proxy in front of each subgraph; each subgraph
 * request is kept with its headers and body, and with the wave it belongs to: a request starts a new
 * wave when it was sent after an answer arrived (the plan's next step needs that answer), and joins
 * the current wave when it was sent beside others (the plan's parallel fetches).
 *
 * Replay: one replay is every wave in turn, the requests of a wave side by side, each to its
 * subgraph over keep-alive HTTP, with the caller's token and a current gateway credential. What a
 * replay measures is the subgraphs' own work for the operation plus the loopback HTTP between the
 * waves; what it leaves out is everything a gateway does: parsing, validating and planning the
 * client's operation, building each fetch's representations from the previous answers, merging the
 * answers, and serializing the response. Replays send the same representations each time, as
 * project-360 with one id does.
 */
import http from 'node:http';
import { createGateway, serveGateway } from '../gateway/index.ts';
import { GATEWAY_CREDENTIAL_HEADER, gatewayCredentialToken } from '../platform/auth.ts';

export interface CapturedFetch {
  service: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  wave: number;
}

/** Headers a replay does not copy (hop-by-hop, or set per request). */
const UNCOPIED_HEADERS = new Set(['host', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);

interface Recording {
  service: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  sentAt: number;
  answeredAt: number;
}

/** Sends `body` to `target` over `agent`; resolves with the status and the answer's text. */
function post(agent: http.Agent, target: URL, headers: Record<string, string>, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(target, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * Runs the operation `requestBody` once through an in-process OpsGraph gateway over recording proxies
 * in front of `subgraphUrls`, with `authorization`, and answers the subgraph requests it sent, in waves.
 * `warmUpBody` (the same document with other variables) runs first, so that what a gateway does once
 * per document is not captured; the gateway's response cache, if any, should be off in this process.
 */
export async function captureFetches(
  subgraphUrls: Readonly<Record<string, string>>,
  warmUpBody: string,
  requestBody: string,
  authorization: string,
): Promise<CapturedFetch[]> {
  const agent = new http.Agent({ keepAlive: true });
  let recordings: Recording[] = [];
  const proxies = await Promise.all(
    Object.entries(subgraphUrls).map(async ([service, url]) => {
      const target = new URL(url);
      const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', async () => {
          const body = Buffer.concat(chunks).toString();
          const headers = Object.fromEntries(
            Object.entries(req.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && !UNCOPIED_HEADERS.has(entry[0])),
          );
          const recording: Recording = { service, url, headers, body, sentAt: performance.now(), answeredAt: Number.POSITIVE_INFINITY };
          recordings.push(recording);
          try {
            const answer = await post(agent, target, headers, body);
            recording.answeredAt = performance.now();
            res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.text);
          } catch (error) {
            res.writeHead(502).end(String(error));
          }
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address() as { port: number };
      return { service, proxyUrl: `http://127.0.0.1:${address.port}${target.pathname}`, server };
    }),
  );
  const gateway = createGateway({
    subgraphUrls: Object.fromEntries(proxies.map((proxy) => [proxy.service, proxy.proxyUrl])),
    rateLimit: { limit: 0, windowMs: 60_000 },
  });
  const served = await serveGateway(gateway, 0, '127.0.0.1');
  try {
    const send = async (body: string) => {
      const response = await fetch(served.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body });
      const answer = (await response.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(`the captured operation failed: ${JSON.stringify(answer.errors)}`);
    };
    await send(warmUpBody);
    recordings = [];
    await send(requestBody);
    if (recordings.length === 0) throw new Error('the captured operation sent no subgraph request (answered from a cache?)');
  } finally {
    await served.stop();
    await Promise.all(proxies.map((proxy) => new Promise((resolve) => proxy.server.close(resolve))));
    agent.destroy();
  }
  const sorted = recordings.sort((a, b) => a.sentAt - b.sentAt);
  const waves: number[] = [];
  sorted.forEach((recording, index) => {
    let wave = 0;
    for (let earlier = 0; earlier < index; earlier++) {
      if (sorted[earlier].answeredAt <= recording.sentAt) wave = Math.max(wave, waves[earlier] + 1);
    }
    waves.push(wave);
  });
  return sorted.map((recording, index) => ({
    service: recording.service,
    url: recording.url,
    headers: recording.headers,
    body: recording.body,
    wave: waves[index],
  }));
}

export interface Replayer {
  /** One replay: every wave in turn; resolves with how many of its answers were not a 200 without errors. */
  replay(): Promise<number>;
  stop(): void;
}

/** Replays `fetches` straight to their subgraphs over one keep-alive agent. */
export function createReplayer(fetches: readonly CapturedFetch[]): Replayer {
  const agent = new http.Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  const waveCount = Math.max(-1, ...fetches.map((fetch) => fetch.wave)) + 1;
  const waves = Array.from({ length: waveCount }, (_, wave) =>
    fetches.filter((fetch) => fetch.wave === wave).map((fetch) => ({ ...fetch, target: new URL(fetch.url) })),
  );
  return {
    async replay() {
      const credential = await gatewayCredentialToken();
      let failures = 0;
      for (const wave of waves) {
        const answers = await Promise.all(
          wave.map((fetch) => post(agent, fetch.target, { ...fetch.headers, [GATEWAY_CREDENTIAL_HEADER]: credential }, fetch.body)),
        );
        for (const answer of answers) if (answer.status !== 200 || answer.text.includes('"errors"')) failures++;
      }
      return failures;
    },
    stop: () => agent.destroy(),
  };
}

export interface LoadResult {
  requests: number;
  durationS: number;
  latenciesMs: number[];
  errors: number;
}

/** `connections` loops of back-to-back replays for `durationS` seconds. */
export async function replayLoad(replayer: Replayer, connections: number, durationS: number): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationS * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          if ((await replayer.replay()) > 0) errors++;
        } catch {
          errors++;
        }
        latenciesMs.push(performance.now() - sent);
      }
    }),
  );
  return { requests: latenciesMs.length, durationS: (performance.now() - started) / 1000, latenciesMs, errors };
}
