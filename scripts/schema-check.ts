/**
 * Schema governance, run by CI (`npm run schema:check`):
 *
 * 1. Breaking changes: each subgraph's SDL (readDomainSdl: the shared fragments it uses, then its
 *    own file, so a change to a shared type shows in every subgraph that serves it) and the public
 *    API schema (what clients of the gateway see) are compared with the released baselines in
 *    `schema/released/` by @graphql-inspector/core.
 *    A BREAKING change fails unless `schema/intentional-changes.json` lists it (schema, path, reason,
 *    date). `npm run schema:accept` (the same as `npm run schema:check -- --accept`) makes the current
 *    schemas the new baselines and empties the list: do it when releasing.
 * 2. Descriptions: every type and field of the public API schema has a description; every
 *    `@deprecated` reason carries the date it was decided (YYYY-MM-DD).
 */
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  Kind,
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedScalarType,
  parse,
  print,
  printSchema,
  type DefinitionNode,
  type GraphQLSchema,
} from 'graphql';
import { DOMAINS } from '../subgraphs/registry.ts';
import { readDomainSdl } from '../subgraphs/shared/subgraph.ts';

const SCHEMA_DIR = new URL('../schema/', import.meta.url);
const RELEASED_DIR = new URL('released/', SCHEMA_DIR);
const INTENTIONAL_CHANGES = new URL('intentional-changes.json', SCHEMA_DIR);
/** The API schema's baseline file (the others are named after their subgraph). */
export const API_SCHEMA = 'api';

export interface IntentionalChange {
  /** A subgraph name, or `api`. */
  schema: string;
  /** Where the change is, as graphql-inspector names it (e.g. `ProjectFinancials.costToDate`). */
  path: string;
  reason: string;
  /** When it was decided, YYYY-MM-DD. */
  date: string;
}

export interface BreakingChange {
  schema: string;
  path: string;
  message: string;
}

/** Root fields federation adds to every subgraph for the gateway's use. */
const FEDERATION_ROOT_FIELDS = new Set(['_entities', '_service']);

/**
 * A subgraph's schema as its SDL declares it: built (and so validated) with federation's additions
 * by @apollo/subgraph, then without them — no `_entities`/`_service`, `_Any`/`_Entity`/`_Service`,
 * `link__*`/`federation__*` types or federation directive definitions — so that a diff shows only
 * what the subgraph's authors changed.
 */
export function subgraphSchema(sdl: string): GraphQLSchema {
  const source = parse(sdl);
  const declared = new Set(source.definitions.flatMap((definition) => ('name' in definition && definition.name ? [definition.name.value] : [])));
  const built = parse(printSchema(buildSubgraphSchema([{ typeDefs: source }])));
  const definitions = built.definitions.flatMap((definition): DefinitionNode[] => {
    if (!('name' in definition) || !definition.name) return [definition];
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Query') {
      const fields = definition.fields?.filter((field) => !FEDERATION_ROOT_FIELDS.has(field.name.value)) ?? [];
      return fields.length ? [{ ...definition, fields }] : [];
    }
    return declared.has(definition.name.value) ? [definition] : [];
  });
  return buildSchema(print({ kind: Kind.DOCUMENT, definitions }));
}

/** The public API schema composed from the subgraphs' SDL (inaccessible elements removed). */
export function apiSchema(sdlByName: Readonly<Record<string, string>>): GraphQLSchema {
  const result = composeServices(
    Object.entries(sdlByName).map(([name, sdl]) => ({ name, url: `http://${name}.subgraph.invalid/graphql`, typeDefs: parse(sdl) })),
  );
  if (result.errors) throw new Error(`the subgraphs do not compose: ${result.errors.map((error) => error.message).join('; ')}`);
  return buildSchema(printSchema(result.schema.toAPISchema().toGraphQLJSSchema()));
}

/** The current schemas, by name: each subgraph, and `api`. */
export function currentSchemas(): Record<string, GraphQLSchema> {
  const sdl = Object.fromEntries(DOMAINS.map((name) => [name, readDomainSdl(name)]));
  return { ...Object.fromEntries(DOMAINS.map((name) => [name, subgraphSchema(sdl[name])])), [API_SCHEMA]: apiSchema(sdl) };
}

/** The released baselines, by name (a schema without one is new: nothing in it can break). */
export function releasedSchemas(): Record<string, GraphQLSchema> {
  const released: Record<string, GraphQLSchema> = {};
  for (const name of [...DOMAINS, API_SCHEMA]) {
    const file = new URL(`${name}.graphql`, RELEASED_DIR);
    if (existsSync(file)) released[name] = buildSchema(readFileSync(file, 'utf8'));
  }
  return released;
}

/** Problems of intentional-change entries: each needs a schema, a path, a reason and a date (YYYY-MM-DD). */
export function intentionalChangeProblems(entries: readonly Partial<IntentionalChange>[]): string[] {
  return entries.flatMap((entry) =>
    entry.schema?.trim() && entry.path?.trim() && entry.reason?.trim() && /^\d{4}-\d{2}-\d{2}$/.test(entry.date ?? '')
      ? []
      : [`${entry.schema ?? '?'} ${entry.path ?? '?'}: an intentional change needs a schema, a path, a reason and a date (YYYY-MM-DD)`],
  );
}

export function readIntentionalChanges(): IntentionalChange[] {
  if (!existsSync(INTENTIONAL_CHANGES)) return [];
  const changes = JSON.parse(readFileSync(INTENTIONAL_CHANGES, 'utf8')) as IntentionalChange[];
  const problems = intentionalChangeProblems(changes);
  if (problems.length) throw new Error(`schema/intentional-changes.json: ${problems.join('; ')}`);
  return changes;
}

/** Breaking changes from `released` to `current`, per schema. */
export async function breakingChanges(released: Record<string, GraphQLSchema>, current: Record<string, GraphQLSchema>): Promise<BreakingChange[]> {
  const found: BreakingChange[] = [];
  for (const [name, baseline] of Object.entries(released)) {
    const now = current[name];
    if (!now) {
      found.push({ schema: name, path: name, message: `schema ${name} was removed` });
      continue;
    }
    const changes: Change[] = await diff(baseline, now);
    for (const change of changes) {
      if (change.criticality.level === CriticalityLevel.Breaking) found.push({ schema: name, path: change.path ?? '', message: change.message });
    }
  }
  return found;
}

/** Breaking changes not listed as intentional. */
export function unexpected(changes: readonly BreakingChange[], intentional: readonly IntentionalChange[]): BreakingChange[] {
  return changes.filter((change) => !intentional.some((entry) => entry.schema === change.schema && entry.path === change.path));
}

/** Types and fields of `schema` without a description, and deprecations without a dated reason. */
export function documentationProblems(schema: GraphQLSchema): string[] {
  const problems: string[] = [];
  const dated = /\d{4}-\d{2}-\d{2}/;
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description?.trim()) problems.push(`${type.name}: no description`);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description?.trim()) problems.push(`${type.name}.${field.name}: no description`);
        if (field.deprecationReason != null && !dated.test(field.deprecationReason))
          problems.push(`${type.name}.${field.name}: @deprecated reason without a date`);
        for (const arg of 'args' in field ? field.args : []) {
          if (arg.deprecationReason != null && !dated.test(arg.deprecationReason))
            problems.push(`${type.name}.${field.name}(${arg.name}): @deprecated reason without a date`);
        }
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (value.deprecationReason != null && !dated.test(value.deprecationReason))
          problems.push(`${type.name}.${value.name}: @deprecated reason without a date`);
      }
    }
  }
  return problems;
}

/** Makes the current schemas the released baselines and empties the intentional-changes list. */
export function accept(current: Record<string, GraphQLSchema>): void {
  mkdirSync(RELEASED_DIR, { recursive: true });
  for (const [name, schema] of Object.entries(current)) writeFileSync(new URL(`${name}.graphql`, RELEASED_DIR), `${printSchema(schema)}\n`);
  writeFileSync(INTENTIONAL_CHANGES, '[]\n');
}

if (import.meta.main) {
  const current = currentSchemas();
  if (process.argv.includes('--accept')) {
    accept(current);
    console.log(`schema/released/ now holds ${Object.keys(current).length} baselines; schema/intentional-changes.json is empty`);
    process.exit(0);
  }
  const changes = await breakingChanges(releasedSchemas(), current);
  let intentional: IntentionalChange[];
  try {
    intentional = readIntentionalChanges();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  for (const entry of intentional) {
    if (!changes.some((change) => change.schema === entry.schema && change.path === entry.path)) {
      console.warn(`schema/intentional-changes.json: ${entry.schema} ${entry.path} matches no breaking change (stale entry?)`);
    }
  }
  const failures = unexpected(changes, intentional);
  const problems = documentationProblems(current[API_SCHEMA]);
  console.log(`${changes.length} breaking changes since the released schemas, ${changes.length - failures.length} of them marked intentional`);
  for (const change of failures) console.error(`breaking (${change.schema}) ${change.path}: ${change.message}`);
  for (const problem of problems) console.error(`undocumented: ${problem}`);
  if (failures.length) console.error(`mark a breaking change intentional in schema/intentional-changes.json (schema, path, reason, date), or undo it`);
  process.exit(failures.length || problems.length ? 1 : 0);
}
