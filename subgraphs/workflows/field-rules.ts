/**
 * Field rules for what the workflows service stores about other systems' entities: the rows in the
 * audit trail's before/after. The stored audit stays complete; a caller reads each row through
 * `redactStoredEntity`, which applies the same rules as the public field that shows the value
 * (docs/security.md, "Field rules everywhere").
 *
 * Each restricted column names the SDL field whose `@requiresRole` it follows; the roles are read
 * from the composed supergraph at load, so a rule changed in the SDL changes here too, and a
 * coordinate that does not exist (or has no `@requiresRole`) stops the service from starting.
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import type { Principal, Role } from '../../platform/auth.ts';
import { hasAnyRole } from '../shared/access.ts';
import { AUDITED_KINDS } from '../registry.ts';

/** A stored column that only some roles may read. */
export type ColumnRule =
  /** Follows the `@requiresRole` of this public field (`Type.field`). */
  | { field: string }
  /** No public field shows the value: the roles are stated here, with why. */
  | { roles: readonly Role[]; reason: string };

/**
 * Every entity kind a system write reports in its changes (`entity:` in subgraphs/*\/connector/writes.ts),
 * as each domain declares it in the registry (`auditedKinds`), and the workflows service's own, each with
 * its restricted columns. A kind missing here is shown whole to admins only (fail closed).
 */
export const STORED_FIELD_RULES: Readonly<Record<string, Readonly<Record<string, ColumnRule>>>> = {
  ...(AUDITED_KINDS as Readonly<Record<string, Readonly<Record<string, ColumnRule>>>>),
  // The hub's own
  WorkflowException: {},
  ReconciliationRun: {},
};

/** The key added to a redacted row: the columns whose values were nulled for this caller. */
export const REDACTED_KEY = '_redacted';

/** Roles that read a row of a kind `STORED_FIELD_RULES` does not declare. */
const UNDECLARED_KIND_ROLES: readonly Role[] = ['admin'];

/** `@requiresRole` roles of every field of the composed supergraph, by `Type.field`. */
function supergraphFieldRoles(): Map<string, string[]> {
  const sdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
  const roles = new Map<string, string[]>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of (definition as ObjectTypeDefinitionNode | ObjectTypeExtensionNode).fields ?? []) {
      const directive = field.directives?.find((candidate) => candidate.name.value === 'requiresRole');
      const value = directive?.arguments?.find((argument) => argument.name.value === 'roles')?.value;
      if (!value) continue;
      const list = value.kind === Kind.LIST ? value.values : [value];
      roles.set(
        `${definition.name.value}.${field.name.value}`,
        list.flatMap((role) => (role.kind === Kind.STRING ? [role.value] : [])),
      );
    }
  }
  return roles;
}

/** The rules resolved to roles: kind → column → roles that may read it. */
export function resolveStoredFieldRules(
  rules: typeof STORED_FIELD_RULES = STORED_FIELD_RULES,
  fieldRoles: Map<string, string[]> = supergraphFieldRoles(),
): Map<string, Map<string, readonly string[]>> {
  const resolved = new Map<string, Map<string, readonly string[]>>();
  for (const [kind, columns] of Object.entries(rules)) {
    const byColumn = new Map<string, readonly string[]>();
    for (const [column, rule] of Object.entries(columns)) {
      if ('roles' in rule) {
        byColumn.set(column, rule.roles);
        continue;
      }
      const roles = fieldRoles.get(rule.field);
      if (!roles) throw new Error(`Stored field rule ${kind}.${column}: ${rule.field} has no @requiresRole in the supergraph`);
      byColumn.set(column, roles);
    }
    resolved.set(kind, byColumn);
  }
  return resolved;
}

const RESOLVED_RULES = resolveStoredFieldRules();

/**
 * A stored entity row (JSON) as `principal` may read it: restricted columns it lacks a role for are
 * nulled and listed under `_redacted`; a kind without declared rules is shown whole to admins only.
 * An admin, or a caller holding any of the roles that may read a column (as @requiresRole reads), sees it unchanged.
 */
export function redactStoredEntity(entityType: string, json: string | null, principal: Principal | null): string | null {
  if (json === null) return null;
  const columns = RESOLVED_RULES.get(entityType);
  if (!columns) return principal && hasAnyRole(principal, UNDECLARED_KIND_ROLES) ? json : JSON.stringify({ [REDACTED_KEY]: ['*'] });
  if (columns.size === 0) return json;
  let row: unknown;
  try {
    row = JSON.parse(json);
  } catch {
    return JSON.stringify({ [REDACTED_KEY]: ['*'] });
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return json;
  const redacted: string[] = [];
  const visible: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const [column, roles] of columns) {
    if (!(column in visible) || (principal && hasAnyRole(principal, roles))) continue;
    visible[column] = null;
    redacted.push(column);
  }
  return redacted.length === 0 ? json : JSON.stringify({ ...visible, [REDACTED_KEY]: redacted });
}
