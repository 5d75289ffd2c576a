/**
 * Schema governance (scripts/schema-check.ts, run by CI): breaking changes against the released
 * baselines fail unless marked intentional, and every public type and field is documented.
 */
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  API_SCHEMA,
  breakingChanges,
  currentSchemas,
  documentationProblems,
  readIntentionalChanges,
  releasedSchemas,
  subgraphSchema,
  unexpected,
} from '../scripts/schema-check.ts';

const current = currentSchemas();

describe('schema governance', () => {
  it('finds no breaking change since the released schemas that is not marked intentional', async () => {
    const changes = await breakingChanges(releasedSchemas(), current);
    expect(unexpected(changes, readIntentionalChanges())).toEqual([]);
    // Every intentional entry still matches a change: stale entries would hide nothing and mislead.
    for (const entry of readIntentionalChanges()) expect(changes).toContainEqual(expect.objectContaining({ schema: entry.schema, path: entry.path }));
  });

  it('reports a removed field as breaking until it is marked intentional', async () => {
    const sdl = readFileSync('schema/customers.graphql', 'utf8');
    const withoutTerm = sdl.replace(/^\s*"[^"\n]*"\n\s*termMonths: Int\n/m, '\n');
    expect(withoutTerm).not.toBe(sdl);
    const changes = await breakingChanges({ customers: current.customers }, { customers: subgraphSchema(withoutTerm) });
    expect(changes).toEqual([{ schema: 'customers', path: 'Contract.termMonths', message: "Field 'termMonths' was removed from object type 'Contract'" }]);
    expect(unexpected(changes, [])).toHaveLength(1);
    expect(unexpected(changes, [{ schema: 'customers', path: 'Contract.termMonths', reason: 'derived from the dates', date: '2026-11-24' }])).toEqual([]);
  });

  it('does not count an added field or a new description as breaking', async () => {
    const sdl = readFileSync('schema/customers.graphql', 'utf8').replace(/^ {2}termMonths: Int\n/m, '$&  "Market segment."\n  segment: String\n');
    expect(sdl).toContain('segment: String');
    expect(await breakingChanges({ customers: current.customers }, { customers: subgraphSchema(sdl) })).toEqual([]);
  });

  it('documents every public type and field', () => {
    expect(documentationProblems(current[API_SCHEMA])).toEqual([]);
  });

  it('reports an undocumented field and a deprecation without a date', () => {
    const schema = buildSchema(`
      "Root."
      type Query {
        "Documented."
        a: Int
        b: Int
        "Old."
        c: Int @deprecated(reason: "use a")
        "Old, dated."
        d: Int @deprecated(reason: "use a; decided 2026-11-24")
      }
    `);
    expect(documentationProblems(schema)).toEqual(['Query.b: no description', 'Query.c: @deprecated reason without a date']);
  });
});
