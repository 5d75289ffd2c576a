/**
 * Canonical hub ids. Every entity's hub id is its type prefix plus the base64url of the native id
 * in the system that owns it (`prj_` + base64url("PRJ-2026-0042")): stable, opaque to clients, and
 * resolvable by the owning subgraph without a lookup. Ids that other systems give the same entity
 * (an ERP customer number for a CRM account) are kept in each store's `xref` table.
 */
import { badUserInput } from '../../platform/errors.ts';

export type SourceSystem = 'CRM' | 'PSA' | 'HCM' | 'ERP';

interface EntityKind {
  prefix: string;
  owner: SourceSystem;
  /** Shape of the owning system's native id. */
  nativeId: RegExp;
}

/** Salesforce key prefixes: 001 account, 003 contact, 006 opportunity, 800 contract. */
export const ENTITY_KINDS = {
  Customer: { prefix: 'cus', owner: 'CRM', nativeId: /^001[0-9A-Za-z]{15}$/ },
  Contact: { prefix: 'cnt', owner: 'CRM', nativeId: /^003[0-9A-Za-z]{15}$/ },
  Opportunity: { prefix: 'opp', owner: 'CRM', nativeId: /^006[0-9A-Za-z]{15}$/ },
  Contract: { prefix: 'ctr', owner: 'CRM', nativeId: /^800[0-9A-Za-z]{15}$/ },
  Project: { prefix: 'prj', owner: 'PSA', nativeId: /^PRJ-\d{4}-\d{4,}$/ },
  Milestone: { prefix: 'mil', owner: 'PSA', nativeId: /^MS-\d{6,}$/ },
  Assignment: { prefix: 'asg', owner: 'PSA', nativeId: /^ASG-\d{6,}$/ },
  ResourceRequest: { prefix: 'rrq', owner: 'PSA', nativeId: /^RR-\d{6,}$/ },
  TimeEntry: { prefix: 'tim', owner: 'PSA', nativeId: /^TC-\d{7,}$/ },
  Expense: { prefix: 'exp', owner: 'PSA', nativeId: /^EXP-\d{6,}$/ },
  ChangeOrder: { prefix: 'chg', owner: 'PSA', nativeId: /^CO-\d{6,}$/ },
  Consultant: { prefix: 'con', owner: 'HCM', nativeId: /^W-\d{5,}$/ },
  Invoice: { prefix: 'inv', owner: 'ERP', nativeId: /^INV-\d{6,}$/ },
  Payment: { prefix: 'pay', owner: 'ERP', nativeId: /^PAY-\d{6,}$/ },
  BillingEvent: { prefix: 'bev', owner: 'ERP', nativeId: /^BE-\d{6,}$/ },
  RateCard: { prefix: 'rtc', owner: 'ERP', nativeId: /^RC-\d{4,}$/ },
} as const satisfies Record<string, EntityKind>;

export type EntityType = keyof typeof ENTITY_KINDS;

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
