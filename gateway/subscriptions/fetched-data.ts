/**
 * Fetched entities as live payloads. Data fetched with a subscriber's selection is keyed by response
 * key (aliases included), so the live schema resolves it by response key; the errors of a fetch are
 * pinned on the object holding each failed field, so that field answers its own error.
 */
import type { GraphQLFieldResolver, GraphQLFormattedError } from 'graphql';
import { relayed } from '../../platform/errors.ts';

/** Hidden map of a fetched object's errors by field response key (see `byResponseKey`). */
const FIELD_ERRORS = Symbol('fieldErrors');

export type Fetched = Record<string | symbol, unknown>;

/** Default field resolver of live payloads: fetched data is keyed by response key (aliases included). */
export const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) => {
  if (!source || typeof source !== 'object') return null;
  const value = (source as Fetched)[info.path.key];
  if (value === null || value === undefined) {
    const error = ((source as Fetched)[FIELD_ERRORS] as Record<string, GraphQLFormattedError> | undefined)?.[String(info.path.key)];
    if (error) throw relayed(error);
  }
  return value;
};

/** Pins each error of a fetch on the object that holds the failed field. */
export function attachErrors(data: unknown, errors: readonly GraphQLFormattedError[]): void {
  for (const error of errors) {
    const path = error.path?.slice(1);
    if (!path?.length) continue;
    let parent: unknown = data;
    for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const holder = parent as Fetched;
    holder[FIELD_ERRORS] = { ...((holder[FIELD_ERRORS] as object) ?? {}), [String(path.at(-1))]: error };
  }
}
