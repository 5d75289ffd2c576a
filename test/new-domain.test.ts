/**
 * The domain scaffold's refusals (what `npm run new:domain` will not write) and the shape of what it
 * writes; `npm run check:scaffold` (CI) proves that a scaffolded domain builds, composes and passes its test.
 */
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { scaffold, specProblems, type DomainSpec } from '../scripts/new-domain.ts';

const sample: DomainSpec = { name: 'sample', entity: 'SampleRecord', prefix: 'smp', system: { code: 'SAMPLE', vendor: 'Acme', holds: 'sample records' } };

describe('npm run new:domain', () => {
  it('accepts a fresh domain', () => {
    expect(specProblems(sample)).toEqual([]);
  });

  it.each([
    ['a domain the registry has', { name: 'projects' }, 'the registry already has a domain "projects"'],
    ['a name that is not lower-case', { name: 'Sample-Two' }, 'the name must be lower-case letters and digits'],
    ['a folder name subgraphs/ uses', { name: 'shared' }, '"shared" is taken by subgraphs/ itself'],
    ['an entity kind the registry has', { entity: 'Project' }, 'the registry already has an entity kind Project'],
    ['a hub-id prefix in use', { prefix: 'prj' }, 'the hub-id prefix "prj" is taken'],
    ['a malformed prefix', { prefix: 'SM' }, 'the prefix must be three lower-case letters'],
    ['a system the registry has', { system: { code: 'CRM', vendor: 'Acme', holds: 'x' } }, 'the registry already has a system CRM'],
    ['no system of record', { system: null }, '--system is required'],
  ])('refuses %s', (_case, change, problem) => {
    expect(specProblems({ ...sample, ...change } as DomainSpec).join('\n')).toContain(problem);
  });

  it('writes an SDL and a system API that build, with the shared fragment types, and the files every domain has', () => {
    const { files, registryEntry, codegenBlocks } = scaffold(sample, [
      'schema/shared.graphql',
      'schema/shared-records.graphql',
      'schema/__generated__/source-system.graphql',
    ]);
    expect(Object.keys(files).sort()).toEqual(
      [
        'schema/sample.graphql',
        'schema/system/sample.graphql',
        'subgraphs/sample/connector/labels.ts',
        'subgraphs/sample/connector/migrations.ts',
        'subgraphs/sample/connector/sql.ts',
        'subgraphs/sample/connector/types.ts',
        'subgraphs/sample/context.ts',
        'subgraphs/sample/index.ts',
        'subgraphs/sample/loaders.ts',
        'subgraphs/sample/resolvers/Query.ts',
        'subgraphs/sample/resolvers/SampleRecord.ts',
        'subgraphs/sample/resolvers/index.ts',
        'subgraphs/sample/system.ts',
        'test/subgraphs/sample.test.ts',
      ].sort(),
    );
    expect(() => parse(files['schema/sample.graphql'])).not.toThrow();
    expect(() => parse(files['schema/system/sample.graphql'])).not.toThrow();
    expect(registryEntry).toContain("name: 'sample'");
    expect(registryEntry).toContain("SampleRecord: { prefix: 'smp'");
    expect(codegenBlocks).toContain(
      'schema: [schema/shared.graphql, schema/shared-records.graphql, schema/__generated__/source-system.graphql, schema/sample.graphql]',
    );
    const fragments = ['schema/shared.graphql', 'schema/shared-records.graphql', 'schema/__generated__/source-system.graphql'].map((file) =>
      readFileSync(file, 'utf8'),
    );
    expect(() => buildSubgraphSchema([{ typeDefs: parse([...fragments, files['schema/sample.graphql']].join('\n')) }])).not.toThrow();
  });
});
