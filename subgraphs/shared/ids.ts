/**
 * Canonical hub ids. Every entity's hub id is its type prefix plus the base64url of the native id
 * in the system that owns it (`prj_` + base64url("PRJ-2026-0042")): stable, opaque to clients, and
 * resolvable by the owning subgraph without a lookup. Ids that other systems give the same entity
 * (an ERP customer number for a CRM account) are kept in each store's `xref` table. The entity kinds
 * (prefix, native-id shape, owner) are declared with their domains in subgraphs/registry.ts.
 */
import { badUserInput } from '../../platform/errors.ts';
import { ENTITY_KINDS, type EntityKind, type EntityType, type SourceSystem } from '../registry.ts';

export { ENTITY_KINDS, type EntityKind, type EntityType, type SourceSystem } from '../registry.ts';

export function toHubId(type: EntityType, nativeId: string): string {
  return `${ENTITY_KINDS[type].prefix}_${Buffer.from(nativeId, 'utf8').toString('base64url')}`;
}

/** The owning system's native id inside a hub id, or null when the id is not of that type. */
export function tryNativeId(type: EntityType, hubId: string): string | null {
  const kind: EntityKind = ENTITY_KINDS[type];
  if (!hubId.startsWith(`${kind.prefix}_`)) return null;
  const encoded = hubId.slice(kind.prefix.length + 1);
  if (!/^[A-Za-z0-9_-]+$/.test(encoded)) return null;
  const nativeId = Buffer.from(encoded, 'base64url').toString('utf8');
  if (!kind.nativeId.test(nativeId) || toHubId(type, nativeId) !== hubId) return null;
  return nativeId;
}

/** Like `tryNativeId`, but a malformed id is a BAD_USER_INPUT naming `argument`. */
export function nativeIdOf(type: EntityType, hubId: string, argument: string): string {
  const nativeId = tryNativeId(type, hubId);
  if (nativeId === null) throw badUserInput(argument, `"${hubId}" is not a valid ${type} id`);
  return nativeId;
}

/** The entity type whose owning system issues ids of this shape, if any. */
export function ownedTypeOfNativeId(system: SourceSystem, nativeId: string): EntityType | null {
  for (const [type, kind] of Object.entries(ENTITY_KINDS) as [EntityType, EntityKind][]) {
    if (kind.owner === system && kind.nativeId.test(nativeId)) return type;
  }
  return null;
}

const SALESFORCE_SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The 3-character case-safety suffix Salesforce appends to a 15-character id. */
export function salesforceSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = id15[chunk * 5 + i];
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += SALESFORCE_SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/**
 * An 18-character Salesforce-style id: 3-character key prefix, a pod/instance part, a base62
 * sequence, and the standard 3-character case-safety suffix computed from the first 15.
 */
export function salesforceId(keyPrefix: string, sequence: number): string {
  let body = '';
  let rest = sequence;
  for (let i = 0; i < 7; i++) {
    body = BASE62[rest % 62] + body;
    rest = Math.floor(rest / 62);
  }
  const id15 = `${keyPrefix}5g000${body}`;
  return id15 + salesforceSuffix(id15);
}
