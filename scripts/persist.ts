/**
 * Registers trusted documents: `npm run persist -- <file.graphql> [--manifest <path>]`.
 * Every named operation of the file (with the fragments it uses) is printed in graphql's canonical
 * form, hashed with SHA-256 and added to the manifest (default trusted-documents/manifest.json; an
 * operation of the same name is replaced). Prints each operation's hash: clients send it as
 * `extensions.persistedQuery.sha256Hash`. Exits non-zero on an unnamed operation or a parse error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { documentHash, readManifest, type ManifestOperation } from '../gateway/trusted-documents.ts';
import { env } from '../platform/env.ts';

/** The fragments `definition` uses, transitively, by name. */
function usedFragments(definition: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): Set<string> {
  visit(definition, {
    FragmentSpread(node) {
      const name = node.name.value;
      if (seen.has(name)) return;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`unknown fragment ${name}`);
      seen.add(name);
      usedFragments(fragment, fragments, seen);
    },
  });
  return seen;
}

/** The manifest entries of every named operation in `source`. */
export function operationsOf(source: string): ManifestOperation[] {
  const document = parse(source);
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  return operations.map((operation) => {
    if (!operation.name) throw new Error('every trusted document needs an operation name');
    const names = [...usedFragments(operation, fragments)].sort();
    const body = print({ kind: Kind.DOCUMENT, definitions: [operation, ...names.map((name) => fragments.get(name) as FragmentDefinitionNode)] });
    return { id: documentHash(body), name: operation.name.value, type: operation.operation, body };
  });
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { manifest: { type: 'string' } } });
  if (positionals.length === 0) {
    console.error('usage: npm run persist -- <file.graphql>... [--manifest <path>]');
    process.exit(2);
  }
  const manifestPath = values.manifest ?? env.trustedDocumentsManifest();
  try {
    const manifest = readManifest(manifestPath);
    const added = positionals.flatMap((file) => operationsOf(readFileSync(file, 'utf8')));
    const names = new Set(added.map((operation) => operation.name));
    manifest.operations = [...manifest.operations.filter((operation) => !names.has(operation.name)), ...added].sort((a, b) => a.name.localeCompare(b.name));
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    for (const operation of added) console.log(`${operation.id}  ${operation.type} ${operation.name}`);
    console.log(`${manifestPath}: ${manifest.operations.length} trusted documents`);
  } catch (error) {
    console.error(`persist: ${(error as Error).message}`);
    process.exit(1);
  }
}
