/**
 * ENTITY_MISSING_FROM_STORE (docs/reconciliation.md): the identity registry against every store. For
 * each kind of id the registry maps (a system and an entity type: the owners' ids of the external
 * entity kinds, and the ERP's own ids of CRM customers and PSA projects), it compares the ids the
 * registry maps with the ids the store holds, read whole a page at a time from both:
 * - an id the registry maps for system S that S's store does not hold (a row deleted or lost);
 * - an id a store holds that the registry never learned (an event the registry never consumed);
 * - a row of one store naming another system's entity (an ERP project's PSA project, an ERP
 *   customer's CRM account) that the owner's store does not hold.
 * The registry learns from the bus, so it trails the stores by moments: a disagreement seen once is
 * read again, id by id from both sides, after `recheckMs`, and only what still disagrees is reported.
 * One drift per entity (hub id), naming its ids in every system the registry and the stores know.
 */
import { ENTITY_KINDS, EXTERNAL_ENTITY_TYPES } from '../../registry.ts';
import { tryNativeId, type EntityType, type SourceSystem } from '../../shared/ids.ts';
import type { CheckOutcome } from './checks.ts';
import type { Fact, Facts, IdRow } from './facts.ts';
import type { Drift, FindingRecordShape } from './types.ts';

/** A kind of id the registry maps: one system's ids of one entity type. */
export interface IdKind {
  system: SourceSystem;
  entityType: EntityType;
}

/** Every kind of id the registry maps, with a store that holds it. */
export const REGISTRY_KINDS: readonly IdKind[] = [
  ...EXTERNAL_ENTITY_TYPES.map((entityType) => ({ system: ENTITY_KINDS[entityType].owner, entityType })),
  // The ERP's own ids of the CRM's customers and the PSA's projects (its customers and project dimensions).
  { system: 'ERP', entityType: 'Customer' },
  { system: 'ERP', entityType: 'Project' },
];

/** At most this many entities are rechecked (and reported) per scan; beyond, the check is incomplete. */
export const MAX_GAPS = 1000;

const kindKey = (kind: IdKind) => `${kind.system}:${kind.entityType}`;

interface KindIds {
  kind: IdKind;
  /** Native id → hub id, as the store holds it (null: the row names no owner), or null when its read was cut short. */
  store: Map<string, string | null> | null;
  /** Native id → hub id, as the registry maps it, or null when its read was cut short. */
  registry: Map<string, string> | null;
}

/** What is wrong with one entity. */
interface Gap {
  key: string;
  entityType: EntityType;
  hubId: string | null;
  /** The entity's id in the owner's terms (or the store's id when the row names no owner). */
  id: string;
  /** Ids some system should hold and does not: known from the registry, or from another store's row. */
  missing: { system: SourceSystem; nativeId: string; fromRegistry: boolean }[];
  /** Ids a store holds that the registry never learned. */
  unregistered: { system: SourceSystem; nativeId: string }[];
  /** Rows of other stores naming the entity whose owner does not hold it. */
  namedBy: { system: SourceSystem; nativeId: string }[];
}

function gapsOf(kinds: ReadonlyMap<string, KindIds>): Map<string, Gap> {
  const gaps = new Map<string, Gap>();
  const gapOf = (entityType: EntityType, hubId: string | null, fallback: string): Gap => {
    const id = (hubId && tryNativeId(entityType, hubId)) ?? hubId ?? fallback;
    const key = `${entityType}:${id}`;
    let gap = gaps.get(key);
    if (!gap) {
      gap = { key, entityType, hubId, id, missing: [], unregistered: [], namedBy: [] };
      gaps.set(key, gap);
    }
    return gap;
  };
  const addMissing = (gap: Gap, system: SourceSystem, nativeId: string, fromRegistry: boolean) => {
    const known = gap.missing.find((entry) => entry.system === system && entry.nativeId === nativeId);
    if (known) known.fromRegistry ||= fromRegistry;
    else gap.missing.push({ system, nativeId, fromRegistry });
  };
  for (const { kind, store, registry } of kinds.values()) {
    if (store && registry) {
      for (const [nativeId, hubId] of registry) if (!store.has(nativeId)) addMissing(gapOf(kind.entityType, hubId, nativeId), kind.system, nativeId, true);
      for (const [nativeId, hubId] of store) {
        if (!registry.has(nativeId)) gapOf(kind.entityType, hubId, `${kind.system} ${nativeId}`).unregistered.push({ system: kind.system, nativeId });
      }
    }
    const owner = ENTITY_KINDS[kind.entityType].owner;
    const owned = owner === kind.system ? null : kinds.get(kindKey({ system: owner, entityType: kind.entityType }))?.store;
    if (!store || !owned) continue;
    for (const [nativeId, hubId] of store) {
      const ownerId = hubId ? tryNativeId(kind.entityType, hubId) : null;
      if (ownerId === null || owned.has(ownerId)) continue;
      const gap = gapOf(kind.entityType, hubId, nativeId);
      addMissing(gap, owner, ownerId, false);
      gap.namedBy.push({ system: kind.system, nativeId });
    }
  }
  return gaps;
}

/** The ids of each kind a gap involves: what a recheck reads again. */
function refsOf(gaps: Iterable<Gap>): Map<string, Set<string>> {
  const refs = new Map<string, Set<string>>();
  const add = (system: SourceSystem, entityType: EntityType, nativeId: string) => {
    const key = kindKey({ system, entityType });
    const ids = refs.get(key) ?? new Set<string>();
    refs.set(key, ids);
    ids.add(nativeId);
  };
  for (const gap of gaps) {
    for (const entry of [...gap.missing, ...gap.unregistered, ...gap.namedBy]) add(entry.system, gap.entityType, entry.nativeId);
  }
  return refs;
}

const toMap = <V>(rows: readonly IdRow[], hub: (row: IdRow) => V) => new Map(rows.map((row) => [row.nativeId, hub(row)]));

const SYSTEM_NAMES: Record<string, string> = { CRM: 'the CRM', PSA: 'the PSA', HCM: 'the HCM', ERP: 'the ERP', DELIVERY: 'the delivery platform' };
const systemName = (system: SourceSystem) => SYSTEM_NAMES[system] ?? system;
const noun = (entityType: EntityType) => entityType.toLowerCase();

/** An id of an entity some side holds: the store of `system`, or the registry (`registered`). */
interface HeldId {
  system: SourceSystem;
  nativeId: string;
  registered: boolean;
}

/** The ids of each of `hubIds` in every system, as the stores and the registry hold them: one pass over each side. */
function idsByHub(kinds: ReadonlyMap<string, KindIds>, hubIds: ReadonlySet<string>): Map<string, HeldId[]> {
  const byHub = new Map<string, HeldId[]>();
  const add = (hubId: string | null, held: HeldId) => {
    if (hubId === null || !hubIds.has(hubId)) return;
    const list = byHub.get(hubId);
    if (list) list.push(held);
    else byHub.set(hubId, [held]);
  };
  for (const { kind, store, registry } of kinds.values()) {
    for (const [nativeId, hubId] of registry ?? []) add(hubId, { system: kind.system, nativeId, registered: true });
    for (const [nativeId, hubId] of store ?? []) add(hubId, { system: kind.system, nativeId, registered: false });
  }
  return byHub;
}

function driftOf(gap: Gap, kinds: ReadonlyMap<string, KindIds>, held: readonly HeldId[], recheckMs: number): Drift {
  const records = new Map<string, FindingRecordShape>();
  const add = (system: SourceSystem, nativeId: string) => {
    records.set(`${system}:${nativeId}`, { system, entityType: gap.entityType, id: nativeId, hubId: gap.hubId });
  };
  // Its ids in every system: the registry's rows of the entity, and every store row of it.
  const registered: string[] = [];
  for (const id of held) {
    add(id.system, id.nativeId);
    if (id.registered) registered.push(`${id.system} ${id.nativeId}`);
  }
  for (const entry of [...gap.missing, ...gap.unregistered, ...gap.namedBy]) add(entry.system, entry.nativeId);

  const clauses = [
    ...gap.missing.map((entry) => {
      const named = gap.namedBy.map((row) => `${row.system} ${noun(gap.entityType)} ${row.nativeId}`).join(' and ');
      if (entry.fromRegistry) return `the identity registry maps it to ${entry.system} id ${entry.nativeId}, which ${systemName(entry.system)} does not hold`;
      return `${named} refers to it, but ${systemName(entry.system)} does not hold ${entry.nativeId}`;
    }),
    ...gap.unregistered.map(
      (entry) => `${systemName(entry.system)} holds it as ${entry.nativeId}, which the identity registry never learned (a lookup by that id finds nothing)`,
    ),
  ];
  const missingFrom = [...new Set(gap.missing.map((entry) => entry.system))];
  const lead =
    missingFrom.length > 0
      ? `${gap.entityType} ${gap.id} is missing from ${missingFrom.map(systemName).join(' and ')}`
      : `${gap.entityType} ${gap.id} is not in the identity registry`;
  const [first] = gap.missing.length > 0 ? gap.missing : gap.unregistered;
  const holds = (system: SourceSystem, id: string) => kinds.get(kindKey({ system, entityType: gap.entityType }))?.store?.has(id) ?? false;
  return {
    check: 'ENTITY_MISSING_FROM_STORE',
    dedupeKey: `ENTITY_MISSING_FROM_STORE:${gap.key}`,
    summary: `${lead}: ${clauses.join('; ')}`,
    system: first.system,
    records: [...records.values()],
    // Linked only when its owner holds it (a link to an entity no store holds resolves to nothing).
    customerId: gap.entityType === 'Customer' && gap.hubId && holds('CRM', gap.id) ? gap.hubId : null,
    projectId: gap.entityType === 'Project' && gap.hubId && holds('PSA', gap.id) ? gap.hubId : null,
    amount: null,
    currency: null,
    replay: null,
    context: [
      ...(missingFrom.length ? [{ label: 'missing from', value: missingFrom.join(', ') }] : []),
      ...(gap.unregistered.length ? [{ label: 'not in the registry', value: gap.unregistered.map((e) => `${e.system} ${e.nativeId}`).join(', ') }] : []),
      { label: 'identity registry', value: registered.length ? registered.join(', ') : 'none' },
      { label: 'rechecked', value: `still so ${Math.round(recheckMs / 100) / 10} s after first seen` },
    ],
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function entityMissingFromStore(facts: Facts): Promise<CheckOutcome> {
  const read = await Promise.all(
    REGISTRY_KINDS.map(async (kind) => {
      const [store, registry]: [Fact<IdRow>, Fact<IdRow>] = await Promise.all([facts.storedIds(kind), facts.registryIds(kind)]);
      return { kind, store, registry };
    }),
  );
  let complete = read.every(({ store, registry }) => !store.truncated && !registry.truncated);
  const kinds = new Map<string, KindIds>(
    read.map(({ kind, store, registry }) => [
      kindKey(kind),
      {
        kind,
        // A list cut short cannot say what is absent: the comparisons that need its absences are left out.
        store: store.truncated ? null : toMap(store.items, (row) => row.hubId ?? null),
        registry: registry.truncated ? null : toMap(registry.items, (row) => row.hubId ?? ''),
      },
    ]),
  );
  const seen = [...gapsOf(kinds).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (seen.length === 0) return { drifts: [], complete };
  if (seen.length > MAX_GAPS) complete = false;
  const suspects = seen.slice(0, MAX_GAPS);

  // The recheck: the registry may not have consumed a store's latest event yet (or a store just
  // removed a row): after a moment, read each disagreeing id again from both sides.
  await sleep(facts.entityRecheckMs);
  for (const [key, ids] of refsOf(suspects)) {
    const entry = kinds.get(key);
    if (!entry) continue;
    const list = [...ids];
    const [store, registry] = await Promise.all([facts.storedIdsNow(entry.kind, list), facts.registryIdsNow(entry.kind, list)]);
    const storeNow = toMap(store, (row) => row.hubId ?? null);
    const registryNow = toMap(registry, (row) => row.hubId ?? '');
    for (const id of list) {
      if (entry.store) {
        if (storeNow.has(id)) entry.store.set(id, storeNow.get(id) ?? null);
        else entry.store.delete(id);
      }
      if (entry.registry) {
        if (registryNow.has(id)) entry.registry.set(id, registryNow.get(id) ?? '');
        else entry.registry.delete(id);
      }
    }
  }
  const suspected = new Set(suspects.map((gap) => gap.key));
  const confirmed = [...gapsOf(kinds).values()].filter((gap) => suspected.has(gap.key));
  const byHub = idsByHub(kinds, new Set(confirmed.flatMap((gap) => (gap.hubId ? [gap.hubId] : []))));
  return { drifts: confirmed.map((gap) => driftOf(gap, kinds, (gap.hubId && byHub.get(gap.hubId)) || [], facts.entityRecheckMs)), complete };
}
