/**
 * System APIs: the narrow write operations a domain exposes to the workflows service only, on an
 * internal endpoint (`/system/graphql`, service credential required) that is not part of the
 * supergraph. Every write:
 * - is idempotent on the caller's request key: a retried step replays the stored result and
 *   writes nothing; the same key with a different request is refused;
 * - validates its domain's rules first and refuses with a coded rule error, writing nothing;
 * - commits its rows, its domain events (the outbox) and its request key in one transaction;
 * - reports what it changed (before/after), which the workflows service records in the audit trail.
 */
import { createHash, randomUUID } from 'node:crypto';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { requireServiceCaller } from '../../platform/auth.ts';
import { badUserInput, idempotencyKeyReused, useErrorLogging } from '../../platform/errors.ts';
import { sharedServerOptions } from '../../platform/server-options.ts';
import { isCurrencyCode, maxAmountText, maxHoursText, parseAmount, parseBoundedHours } from './money.ts';
import { appendToOutbox } from '../../platform/events/outbox.ts';
import type { DomainEvent } from '../../platform/events/types.ts';
import type { ExtraGraphQLEndpoint, RequestInfo } from '../../platform/http.ts';
import { useTracing } from '../../platform/tracing.ts';
import type { SourceSystem } from './ids.ts';
import type { Migration, SqlDatabase } from '../../platform/sql.ts';

/** Request keys of applied writes and the outbox of domain events, in every domain store. */
const systemTables = (autoId: string) => `CREATE TABLE system_request (
    request_key TEXT PRIMARY KEY,
    operation TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    response TEXT,
    created_at TEXT NOT NULL
  );
  CREATE TABLE outbox (
    seq ${autoId},
    event_id TEXT NOT NULL UNIQUE,
    aggregate_id TEXT NOT NULL,
    event TEXT NOT NULL,
    published_at TEXT
  );
  CREATE INDEX outbox_unpublished ON outbox (published_at, seq);
  CREATE TABLE id_sequence (name TEXT PRIMARY KEY, value BIGINT NOT NULL);`;

/** Request keys of applied writes, the outbox of domain events and native id sequences, in every store that is written to. */
export const SYSTEM_API_MIGRATION: Migration = {
  sqlite: systemTables('INTEGER PRIMARY KEY AUTOINCREMENT'),
  postgres: systemTables('BIGSERIAL PRIMARY KEY'),
};

/** A business rule refused the write; nothing was written. */
export class RuleViolation extends Error {
  readonly code: string;
  readonly field: readonly string[] | null;
  constructor(code: string, message: string, field: readonly string[] | null = null) {
    super(message);
    this.code = code;
    this.field = field;
  }
}

/** One entity a write created or changed: the audit trail's before/after. */
export interface EntityChange {
  entity: string;
  entityId: string;
  /** The entity before the write (null when created). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** What the caller of a system write states about the request. */
export interface SystemRequest {
  /** The workflow step's deterministic key: applying it twice writes once. */
  requestKey: string;
  correlationId: string;
  /** The workflow id that caused this write. */
  causationId?: string | null;
}

/** What a write reports; stored with its request key and replayed on a retry. */
export interface WriteOutcome {
  changes: EntityChange[];
  /** Operation-specific facts for the caller (ids issued, amounts computed). */
  result: Record<string, unknown>;
}

export type NewEvent = Pick<DomainEvent, 'type' | 'aggregateId' | 'fromState' | 'toState' | 'data'>;

export interface WriteScope {
  tx: SqlDatabase;
  /** Appends a domain event to the outbox, in this transaction. */
  emit(event: NewEvent): Promise<void>;
}

/**
 * The next number of a native id sequence (`PRJ-2026-` → 43). The first call starts after the
 * largest number already used in `table.column` with that prefix (seeded data).
 */
export async function nextNumber(tx: SqlDatabase, table: string, column: string, prefix: string): Promise<number> {
  const name = `${table}.${column}:${prefix}`;
  const row = await tx.get<{ value: number }>('UPDATE id_sequence SET value = value + 1 WHERE name = ? RETURNING value', [name]);
  if (row) return Number(row.value);
  const max = await tx.get<{ id: string | null }>(`SELECT MAX(${column}) AS id FROM ${table} WHERE ${column} LIKE ?`, [`${prefix}%`]);
  const start = Number(/(\d+)$/.exec(max?.id ?? '')?.[1] ?? 0) + 1;
  await tx.run('INSERT INTO id_sequence (name, value) VALUES (?, ?)', [name, start]);
  return start;
}

/** `prefix` + `n` zero-padded to `width` digits. */
export function numberedId(prefix: string, n: number, width: number): string {
  return `${prefix}${String(n).padStart(width, '0')}`;
}

export function requestHash(operation: string, payload: unknown): string {
  return createHash('sha256')
    .update(`${operation}\n${stableJson(payload)}`)
    .digest('hex');
}

/** JSON with object keys sorted, so equal requests hash equally whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Runs one system write idempotently (see the module comment). `payload` is the request without
 * its key; a rule violation thrown by `work` rolls everything back and propagates.
 */
export async function systemWrite(
  db: SqlDatabase,
  source: SourceSystem,
  operation: string,
  request: SystemRequest,
  payload: unknown,
  work: (scope: WriteScope) => Promise<WriteOutcome>,
): Promise<WriteOutcome & { replayed: boolean }> {
  const hash = requestHash(operation, payload);
  const replay = (row: { operation: string; request_hash: string; response: string | null }) => {
    if (row.operation !== operation || row.request_hash !== hash) throw idempotencyKeyReused(request.requestKey);
    return { ...(JSON.parse(row.response ?? '{"changes":[],"result":{}}') as WriteOutcome), replayed: true };
  };
  const lookup = 'SELECT operation, request_hash, response FROM system_request WHERE request_key = ?';
  return db.transaction(async (tx) => {
    // Claim the key first: on PostgreSQL a concurrent claim of the same key waits here for the
    // first transaction and then finds its committed row.
    const claimed = await tx.run(
      'INSERT INTO system_request (request_key, operation, request_hash, response, created_at) VALUES (?, ?, ?, NULL, ?) ON CONFLICT DO NOTHING',
      [request.requestKey, operation, hash, new Date().toISOString()],
    );
    if (claimed === 0) {
      const row = await tx.get<{ operation: string; request_hash: string; response: string | null }>(lookup, [request.requestKey]);
      if (row) return replay(row);
    }
    const scope: WriteScope = {
      tx,
      emit: async (event) => {
        const full: DomainEvent = {
          id: randomUUID(),
          occurredAt: new Date().toISOString(),
          source,
          correlationId: request.correlationId,
          causationId: request.causationId ?? null,
          fromState: event.fromState ?? null,
          toState: event.toState ?? null,
          type: event.type,
          aggregateId: event.aggregateId,
          ...(event.data ? { data: event.data } : {}),
        };
        await appendToOutbox(tx, full);
      },
    };
    const outcome = await work(scope);
    await tx.run('UPDATE system_request SET response = ? WHERE request_key = ?', [JSON.stringify(outcome), request.requestKey]);
    return { ...outcome, replayed: false };
  });
}

/** The GraphQL shape of a write's result in every system schema (`WriteResult`). */
export interface WriteResultShape {
  replayed: boolean;
  userErrors: { code: string; message: string; field: string[] | null }[];
  changes: { entity: string; entityId: string; before: string | null; after: string | null }[];
  result: string;
}

/** Runs a system write and shapes it for the system schema: rule violations become `userErrors`. */
export async function toWriteResult(write: () => Promise<WriteOutcome & { replayed: boolean }>): Promise<WriteResultShape> {
  try {
    const outcome = await write();
    return {
      replayed: outcome.replayed,
      userErrors: [],
      changes: outcome.changes.map((change) => ({
        entity: change.entity,
        entityId: change.entityId,
        before: change.before ? JSON.stringify(change.before) : null,
        after: change.after ? JSON.stringify(change.after) : null,
      })),
      result: JSON.stringify(outcome.result),
    };
  } catch (error) {
    if (!(error instanceof RuleViolation)) throw error;
    return {
      replayed: false,
      userErrors: [{ code: error.code, message: error.message, field: error.field ? [...error.field] : null }],
      changes: [],
      result: '{}',
    };
  }
}

/** SDL of a domain's system API: `schema/system/common.graphql` plus `schema/system/<domain>.graphql`. */
export function readSystemSdl(domain: string): string {
  const read = (name: string) => readFileSync(new URL(`../../schema/system/${name}.graphql`, import.meta.url), 'utf8');
  return `${read('common')}\n${read(domain)}`;
}

export interface SystemContext extends BaseContext {
  correlationId: string;
}

/**
 * The internal `/system/graphql` endpoint of a domain subgraph: its own schema (not composed into
 * the supergraph), reachable only with the service credential.
 */
export function createSystemEndpoint<TContext extends SystemContext>(options: {
  name: string;
  typeDefs: string;
  resolvers: object;
  createContext: (info: RequestInfo) => Promise<TContext>;
}): ExtraGraphQLEndpoint {
  const schema = buildSubgraphSchema([{ typeDefs: parse(options.typeDefs), resolvers: options.resolvers as GraphQLResolverMap<unknown> }]);
  const { hardeningPlugins, ...serverOptions } = sharedServerOptions<TContext>();
  const server = new ApolloServer<TContext>({
    schema,
    ...serverOptions,
    plugins: [useErrorLogging(`${options.name}-system`), ApolloServerPluginInlineTraceDisabled(), useTracing(), ...hardeningPlugins],
  });
  return { path: '/system/graphql', server, context: options.createContext, authorize: requireServiceCaller };
}

/**
 * A decimal amount in `currency` as minor units, within the bound of money.ts (MAX_AMOUNT_MINOR);
 * malformed or out of bounds is BAD_USER_INPUT naming `argument`.
 */
export function minorUnitsArg(text: string, currency: string, argument: string): number {
  if (!isCurrencyCode(currency)) throw badUserInput(argument, `"${currency}" is not an ISO 4217 currency code`);
  const units = parseAmount(text, currency);
  if (units === null) throw badUserInput(argument, `"${text}" is not an amount in ${currency} of at most ${maxAmountText(currency)}`);
  return units;
}

/** Decimal hours as hundredths, within the bound of money.ts (MAX_CENTI_HOURS); else BAD_USER_INPUT naming `argument`. */
export function centiHoursArg(text: string, argument: string): number {
  const hundredths = parseBoundedHours(text);
  if (hundredths === null) throw badUserInput(argument, `"${text}" is not a number of hours of at most ${maxHoursText()}`);
  return hundredths;
}

/** The largest page a reconciliation read of a system API answers (docs/reconciliation.md). */
export const MAX_RECONCILIATION_PAGE = 5000;

/** A reconciliation read's `first`: 1 to MAX_RECONCILIATION_PAGE; else BAD_USER_INPUT naming `argument`. */
export function reconciliationFirstArg(first: number, argument = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_RECONCILIATION_PAGE) {
    throw badUserInput(argument, `must be between 1 and ${MAX_RECONCILIATION_PAGE}, got ${first}`);
  }
  return first;
}
