/**
 * Reconciliation's read of the ids a store holds (docs/reconciliation.md, ENTITY_MISSING_FROM_STORE):
 * the ids of one kind of entity, a page at a time in id order (keyset: after the last id of the
 * previous page, so a page costs an index range however large the table), or, for a recheck, which
 * of some ids the store holds. Each domain's reconciliation reads name the table and column of each
 * kind its store holds; its system API serves them as `storedIds` (shapes in schema/system/common.graphql).
 */
import { badUserInput } from '../../platform/errors.ts';
import { allWhereIn, type SqlDatabase } from '../../platform/sql.ts';
import { toHubId, type EntityType } from './ids.ts';
import { MAX_RECONCILIATION_PAGE, reconciliationFirstArg } from './system-api.ts';

/** Where a store keeps one kind of id. */
export interface StoredIdSource {
  /** The canonical entity type the id is of (the identity registry's `entity_type`). */
  entityType: EntityType;
  table: string;
  /** The column of the store's own id (the primary key). */
  column: string;
  /**
   * For another system's entity (an ERP customer of a CRM account): the column holding the owner's
   * native id, from which the hub id is made. Absent: the id is the owner's own.
   */
  ownerColumn?: string;
}

/** One id a store holds, and the owner's native id of the entity it is (null when the row names none). */
export interface StoredIdRow {
  native_id: string;
  owner_id: string | null;
}

export interface StoredIdsRequest {
  /** The last id of the previous page; null for the first. */
  after: string | null;
  limit: number;
  /** Only these ids (a recheck): which of them the store holds. */
  ids: readonly string[] | null;
}

export interface StoredIdsPage {
  rows: StoredIdRow[];
  hasNextPage: boolean;
}

/** The ids of `source` the store holds: a page in id order, or those of `request.ids`. */
export async function readStoredIds(db: SqlDatabase, source: StoredIdSource, request: StoredIdsRequest): Promise<StoredIdsPage> {
  const owner = source.ownerColumn ?? source.column;
  const select = `SELECT ${source.column} AS native_id, ${owner} AS owner_id FROM ${source.table}`;
  if (request.ids) {
    const rows = await allWhereIn<StoredIdRow>(db, `${select} WHERE ${source.column} IN (:ids) ORDER BY ${source.column}`, [...new Set(request.ids)]);
    return { rows, hasNextPage: false };
  }
  const rows =
    request.after === null
      ? await db.all<StoredIdRow>(`${select} ORDER BY ${source.column} LIMIT ?`, [request.limit + 1])
      : await db.all<StoredIdRow>(`${select} WHERE ${source.column} > ? ORDER BY ${source.column} LIMIT ?`, [request.after, request.limit + 1]);
  return { rows: rows.slice(0, request.limit), hasNextPage: rows.length > request.limit };
}

/** The GraphQL shape of a page of stored ids (`StoredIdPage`). */
export interface StoredIdPageShape {
  items: { nativeId: string; hubId: string | null }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The ids of a recheck, at most MAX_RECONCILIATION_PAGE (else BAD_USER_INPUT); null for a page read. */
export function recheckIds(ids: readonly string[] | null | undefined): readonly string[] | null {
  if (ids && ids.length > MAX_RECONCILIATION_PAGE) throw badUserInput('ids', `at most ${MAX_RECONCILIATION_PAGE} ids, got ${ids.length}`);
  return ids ?? null;
}

/** A page of ids as the system APIs answer it, with each row's hub id as `hubIdOf` gives it. */
export function toStoredIdPage(page: StoredIdsPage, hubIdOf: (row: StoredIdRow) => string | null): StoredIdPageShape {
  return {
    items: page.rows.map((row) => ({ nativeId: row.native_id, hubId: hubIdOf(row) })),
    hasNextPage: page.hasNextPage,
    endCursor: page.rows.at(-1)?.native_id ?? null,
  };
}

/**
 * The `storedIds` resolver of a system API over the kinds its store holds: `entityType` one of them
 * (else BAD_USER_INPUT), `first` 1 to 5000, `ids` at most 5000.
 */
export function storedIdsResolver<Context>(
  sources: readonly StoredIdSource[],
  read: (context: Context, source: StoredIdSource, request: StoredIdsRequest) => Promise<StoredIdsPage>,
) {
  return async (
    _parent: unknown,
    args: { entityType: string; first: number; after?: string | null; ids?: readonly string[] | null },
    context: Context,
  ): Promise<StoredIdPageShape> => {
    const source = sources.find((candidate) => candidate.entityType === args.entityType);
    if (!source) throw badUserInput('entityType', `"${args.entityType}" is not one of ${sources.map((candidate) => candidate.entityType).join(', ')}`);
    const page = await read(context, source, { after: args.after ?? null, limit: reconciliationFirstArg(args.first), ids: recheckIds(args.ids) });
    return toStoredIdPage(page, (row) => (row.owner_id === null ? null : toHubId(source.entityType, row.owner_id)));
  };
}
