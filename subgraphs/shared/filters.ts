/** Builds `WHERE` clauses from optional conditions, for the bundled SQL connectors. */
import { badUserInput } from '../../platform/errors.ts';
import { placeholders, type SqlParam } from '../../platform/sql.ts';
import { textProblem } from './text.ts';

export class WhereBuilder {
  private readonly conditions: string[] = [];
  readonly params: SqlParam[] = [];

  /** Adds `condition` (with `?` placeholders) when `value` is neither null nor undefined. */
  when(value: SqlParam | undefined, condition: string, ...params: SqlParam[]): this {
    if (value !== null && value !== undefined) {
      this.conditions.push(condition);
      this.params.push(...(params.length ? params : [value]));
    }
    return this;
  }

  /** Adds `column IN (...)` when `values` is given (an empty list matches nothing). */
  whenIn(column: string, values: readonly SqlParam[] | null | undefined): this {
    if (values) {
      if (values.length === 0) this.conditions.push('1 = 0');
      else {
        this.conditions.push(`${column} IN (${placeholders(values.length)})`);
        this.params.push(...values);
      }
    }
    return this;
  }

  /** Adds a condition unconditionally. */
  always(condition: string, ...params: SqlParam[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  /** ` WHERE a AND b`, or an empty string. */
  toSql(): string {
    return this.conditions.length ? ` WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

/** Escapes LIKE wildcards in user text (used with `ESCAPE '\\'`). */
export function likeContains(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Longest text filter (search words, region, practice, skill), in characters. */
export const MAX_FILTER_CHARACTERS = 200;

/**
 * Validates an optional text filter: control characters and text over MAX_FILTER_CHARACTERS are
 * BAD_USER_INPUT naming `argument` (a NUL would otherwise end the pattern early and match everything).
 */
export function textFilterArg(value: string | null | undefined, argument: string): string | null {
  if (value === null || value === undefined) return null;
  const problem = textProblem(value, { max: MAX_FILTER_CHARACTERS });
  if (problem) throw badUserInput(argument, problem);
  return value;
}
