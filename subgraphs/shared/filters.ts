/** Builds `WHERE` clauses from optional conditions, for the bundled SQL connectors. */
import { placeholders, type SqlParam } from './sql.ts';

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
