/**
 * Schema governance (scripts/schema-check.ts, run by CI): breaking changes against the released
 * baselines fail unless marked intentional, and every public type and field is documented.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DOMAINS } from '../subgraphs/registry.ts';
import { domainSdlFiles, readDomainSdl } from '../subgraphs/shared/subgraph.ts';
import {
  API_SCHEMA,
  apiSchema,
  breakingChanges,
  currentSchemas,
  documentationProblems,
  intentionalChangeProblems,
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
    const sdl = readDomainSdl('customers');
    const withoutTerm = sdl.replace(/^\s*"[^"\n]*"\n\s*termMonths: Int\n/m, '\n');
    expect(withoutTerm).not.toBe(sdl);
    const changes = await breakingChanges({ customers: current.customers }, { customers: subgraphSchema(withoutTerm) });
    expect(changes).toEqual([{ schema: 'customers', path: 'Contract.termMonths', message: "Field 'termMonths' was removed from object type 'Contract'" }]);
    expect(unexpected(changes, [])).toHaveLength(1);
    expect(unexpected(changes, [{ schema: 'customers', path: 'Contract.termMonths', reason: 'derived from the dates', date: '2026-11-24' }])).toEqual([]);
  });

  it("leaves federation's additions out of a subgraph schema, so they never show in a diff", () => {
    const customers = current.customers;
    expect(Object.keys(customers.getQueryType()!.getFields())).not.toContain('_entities');
    expect(Object.keys(customers.getQueryType()!.getFields())).not.toContain('_service');
    expect(Object.keys(customers.getTypeMap()).filter((name) => /^(_|link__|federation__)/.test(name) && !name.startsWith('__'))).toEqual([]);
    expect(customers.getDirectives().map((directive) => directive.name)).not.toContain('key');
    expect(current.finance.getDirective('requiresRole')).toBeDefined();
  });

  it('reports a field made nullable as breaking, in the subgraph and in the API schema', async () => {
    const sdl = readDomainSdl('customers');
    const nullableName = sdl.replace(/^(type Customer @key\(fields: "id"\) \{[^}]*?\n {2}name: String)!/m, '$1');
    expect(nullableName).not.toBe(sdl);
    const changes = await breakingChanges({ customers: current.customers }, { customers: subgraphSchema(nullableName) });
    expect(changes).toEqual([expect.objectContaining({ schema: 'customers', path: 'Customer.name' })]);
    const sdlByName = Object.fromEntries(DOMAINS.map((name) => [name, name === 'customers' ? nullableName : readDomainSdl(name)]));
    const apiChanges = await breakingChanges({ [API_SCHEMA]: current[API_SCHEMA] }, { [API_SCHEMA]: apiSchema(sdlByName) });
    expect(apiChanges).toEqual([expect.objectContaining({ schema: API_SCHEMA, path: 'Customer.name' })]);
    expect(unexpected(apiChanges, readIntentionalChanges())).toHaveLength(1);
  });

  it('reports a change to a shared type in every subgraph that serves it, and in the API schema', async () => {
    const serving = DOMAINS.filter((name) => domainSdlFiles(name).includes('shared.graphql'));
    expect(serving).toContain('workflows');
    const withoutEndCursor = (sdl: string) => sdl.replace(/^\s*"Cursor of the last item[^"\n]*"\n\s*endCursor: String\n/m, '\n');
    const sdlByName = Object.fromEntries(DOMAINS.map((name) => [name, serving.includes(name) ? withoutEndCursor(readDomainSdl(name)) : readDomainSdl(name)]));
    for (const name of serving) expect(sdlByName[name], name).not.toBe(readDomainSdl(name));
    const changed = Object.fromEntries(serving.map((name) => [name, subgraphSchema(sdlByName[name])]));
    const baselines = Object.fromEntries(serving.map((name) => [name, current[name]]));
    expect(await breakingChanges(baselines, changed)).toEqual(serving.map((name) => expect.objectContaining({ schema: name, path: 'PageInfo.endCursor' })));
    const apiChanges = await breakingChanges({ [API_SCHEMA]: current[API_SCHEMA] }, { [API_SCHEMA]: apiSchema(sdlByName) });
    expect(apiChanges).toEqual([expect.objectContaining({ schema: API_SCHEMA, path: 'PageInfo.endCursor' })]);
  });

  it('does not count an added field or a new description as breaking', async () => {
    const sdl = readDomainSdl('customers').replace(/^ {2}termMonths: Int\n/m, '$&  "Market segment."\n  segment: String\n');
    expect(sdl).toContain('segment: String');
    expect(await breakingChanges({ customers: current.customers }, { customers: subgraphSchema(sdl) })).toEqual([]);
  });

  it('requires a reason and a date on every intentional change', () => {
    expect(intentionalChangeProblems(readIntentionalChanges())).toEqual([]);
    expect(intentionalChangeProblems([{ schema: 'customers', path: 'Contract.termMonths', reason: ' ', date: '2026-11-24' }])).toHaveLength(1);
    expect(intentionalChangeProblems([{ schema: 'customers', path: 'Contract.termMonths', reason: 'derived from the dates' }])).toHaveLength(1);
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
