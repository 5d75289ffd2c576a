/**
 * `npm run check:scaffold` (CI): proves that `npm run new:domain` still writes a domain that works as
 * written, against the code as it is now. In a throwaway copy of the tracked files (sharing
 * node_modules), it scaffolds a sample domain and runs what the README's recipe runs: compose,
 * codegen, typecheck, lint of the written files, the new domain's own test and the registry's checks.
 * Exits non-zero on the first failing step. Leaves the working tree untouched.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const copy = mkdtempSync(join(tmpdir(), 'opsgraph-scaffold-'));

function run(label: string, command: string, args: string[]): void {
  console.log(`\n--- ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: copy, stdio: 'inherit', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) {
    console.error(`check:scaffold: "${label}" failed (exit ${result.status}); the copy is kept at its temporary path for a look`);
    process.exit(1);
  }
}

try {
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');

  run('scaffold', 'npm', [
    'run',
    'new:domain',
    '--',
    'sample',
    '--entity',
    'SampleRecord',
    '--prefix',
    'smp',
    '--system',
    'SAMPLE',
    '--vendor',
    'Acme Sample',
    '--holds',
    'sample records',
  ]);
  run('format the written files', 'npx', [
    'biome',
    'check',
    '--write',
    'schema/sample.graphql',
    'subgraphs/sample',
    'subgraphs/registry.ts',
    'test/subgraphs/sample.test.ts',
    'codegen.yml',
  ]);
  run('compose', 'npm', ['run', 'compose']);
  run('codegen', 'npm', ['run', 'codegen']);
  run('typecheck', 'npm', ['run', 'typecheck']);
  run('lint', 'npx', ['biome', 'check', '.']);
  run('dependency rules', 'npm', ['run', 'lint:deps']);
  run('its own test and the registry checks', 'npm', ['test', '--', 'test/subgraphs/sample.test.ts', 'test/registry.test.ts']);
  rmSync(copy, { recursive: true, force: true });
  console.log('\ncheck:scaffold: a scaffolded domain composes, typechecks, lints and passes its own test');
} catch (error) {
  console.error(error);
  process.exit(1);
}
