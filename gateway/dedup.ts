/**
 * In-flight deduplication of identical subgraph fetches: while one fetch of a subgraph is under way,
 * an identical one (the same subgraph, the same request body — document, operation name, variables —
 * and the same caller visibility) waits for it and shares its HTTP response instead of sending its own.
 *
 * - Only query fetches share; a mutation (or anything that is not plainly a query) always goes alone.
 * - Only while in flight: an entry is dropped the moment its response has been read, so nothing finished
 *   is ever served (this is not a cache).
 * - A failure (refused, timed out, no answer) is shared with every fetch that waited on it.
 * - Each sharing fetch gets the answer as read (status, headers, body text) and parses it apart
 *   (gateway/subgraph-http.ts `fetcherResponse`), so no request sees another's result object.
 *
 * The visibility key is what the subgraphs' rules read (subgraphs/shared/access.ts): the caller's roles
 * (sorted) and customer. No read depends on `sub` (it is written only, by governed mutations and audit
 * rows), so two callers with the same roles and customer share; a caller without a token never shares
 * with one that has a token. docs/security.md explains why.
 */

import type { SubgraphAnswer } from './subgraph-http.ts';

/**
 * True when a subgraph request's document is a query: the gateway prints each fetch's document
 * itself, opening with `query` or with `{` (an anonymous query); `mutation` and `subscription` do not.
 */
export function isQueryDocument(document: string): boolean {
  const start = document.trimStart();
  return start.startsWith('{') || /^query\b/.test(start);
}

/** Counts for tests and diagnostics. */
export interface DedupStats {
  /** Query fetches that went out and that others could join. */
  sent: number;
  /** Query fetches that joined one in flight instead of being sent. */
  joined: number;
  /** Fetches never shared: mutations, or any fetch while deduplication is off. */
  alone: number;
  /** Fetches in flight now that others could join. */
  inFlight: number;
}

const stats: Omit<DedupStats, 'inFlight'> = { sent: 0, joined: 0, alone: 0 };
const inFlight = new Map<string, Promise<SubgraphAnswer>>();

export function dedupStats(): DedupStats {
  return { ...stats, inFlight: inFlight.size };
}

type Send<Init> = (url: string, init: Init) => Promise<SubgraphAnswer>;

/**
 * Sends `init` with `send`, or joins an identical fetch in flight. `scope` names the subgraph and the
 * caller's visibility; null sends alone (deduplication off, or not a query: the caller decides).
 */
export async function fetchShared<Init extends { body?: unknown }>(
  send: Send<Init>,
  url: string,
  init: Init,
  scope: { service: string; visibility: string } | null,
): Promise<SubgraphAnswer> {
  if (!scope || typeof init.body !== 'string') {
    stats.alone += 1;
    return send(url, init);
  }
  const key = `${scope.service}\u0000${scope.visibility}\u0000${url}\u0000${init.body}`;
  let answer = inFlight.get(key);
  if (answer) {
    stats.joined += 1;
  } else {
    stats.sent += 1;
    const entry = (async (): Promise<SubgraphAnswer> => {
      // Yield first, so the entry is in the map before anything (even a synchronous throw) removes it.
      await undefined;
      try {
        return await send(url, init);
      } finally {
        // Gone as soon as it settles: a fetch arriving after the answer sends its own.
        inFlight.delete(key);
      }
    })();
    inFlight.set(key, entry);
    answer = entry;
  }
  return answer;
}
