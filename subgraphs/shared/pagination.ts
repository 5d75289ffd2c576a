/**
 * Relay connections with keyset pagination. A cursor is the opaque encoding of the row's sort key,
 * so pages stay stable while rows are added. `first` defaults to 50 and is capped at 500.
 */
import { badUserInput } from '../../platform/errors.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Validated page request: fetch `limit + 1` rows with sort key greater than `afterKey`. */
export interface PageRequest {
  limit: number;
  afterKey: string | null;
}

export interface Connection<T = unknown> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Resolved only when selected (the default resolver calls it). */
  totalCount: () => Promise<number>;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument = 'after'): string {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith('k:') || encodeCursor(decoded.slice(2)) !== cursor) {
    throw badUserInput(argument, 'not a cursor returned by this connection');
  }
  return decoded.slice(2);
}

export function pageRequest(args: PageArgs, prefix = ''): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`${prefix}first`, `must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
  }
  return { limit: first, afterKey: args.after == null ? null : decodeCursor(args.after, `${prefix}after`) };
}

/** Builds a connection from up to `limit + 1` rows sorted by `keyOf`. */
export function toConnection<Row, Node>(
  rows: readonly Row[],
  page: PageRequest,
  keyOf: (row: Row) => string,
  toNode: (row: Row) => Node,
  totalCount: () => Promise<number>,
): Connection<Node> {
  const visible = rows.slice(0, page.limit);
  const edges = visible.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > page.limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
