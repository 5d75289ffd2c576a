/**
 * The generated part of the shared SDL: `enum SourceSystem`, one value per system of record of the
 * registry of domains (`SYSTEMS` in subgraphs/registry.ts: its code, described as the registry
 * describes it), written to schema/__generated__/source-system.graphql. `npm run compose` writes it
 * before composing; CI regenerates it and fails when it differs from what is committed.
 * readDomainSdl (subgraphs/shared/subgraph.ts) includes it in the subgraphs that use the enum.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { SYSTEMS } from '../subgraphs/registry.ts';

/** Where the generated `SourceSystem` fragment lives. */
export const SOURCE_SYSTEM_SDL = new URL('../schema/__generated__/source-system.graphql', import.meta.url);

/** A GraphQL string literal (its escapes are JSON's). */
const stringLiteral = (text: string): string => JSON.stringify(text);

/** The SDL of `enum SourceSystem`, with its header comment. */
export function sourceSystemSdl(): string {
  const values = SYSTEMS.map((system) => `  ${stringLiteral(system.description)}\n  ${system.code}\n`).join('');
  return [
    '# Generated from subgraphs/registry.ts (SYSTEMS) by `npm run compose`: never edit by hand.',
    '',
    stringLiteral('A system of record behind the hub.'),
    `enum SourceSystem {\n${values}}`,
    '',
  ].join('\n');
}

/** Writes the generated shared SDL; answers whether the file changed. */
export function writeSharedSdl(): boolean {
  const sdl = sourceSystemSdl();
  if (existsSync(SOURCE_SYSTEM_SDL) && readFileSync(SOURCE_SYSTEM_SDL, 'utf8') === sdl) return false;
  mkdirSync(new URL('.', SOURCE_SYSTEM_SDL), { recursive: true });
  writeFileSync(SOURCE_SYSTEM_SDL, sdl);
  return true;
}

if (import.meta.main) {
  console.log(writeSharedSdl() ? 'wrote schema/__generated__/source-system.graphql' : 'schema/__generated__/source-system.graphql is up to date');
}
