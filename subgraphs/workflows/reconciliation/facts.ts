/**
 * The facts a scan compares, read from each system of record through its system API (or, for the
 * HCM, which has none, its public graph) with the workflows service's credential, and the identity
 * registry through its own system API. Each fact is read
 * at most once per scan, and only when a check in the scan's scope needs it; each knows whether the
 * system cut it short (`truncated`), in which case the checks built on it open findings but close none.
 */
import { ContractValuesDocument, CrmStoredIdsDocument } from '../__generated__/system-customers.ts';
import { UnsyncedWorklogsDocument } from '../__generated__/system-delivery.ts';
import {
  ErpReconciliationProjectsDocument,
  ErpStoredIdsDocument,
  InvoiceTotalMismatchesDocument,
  MilestonesBilledTwiceDocument,
  PaidInvoicesShortDocument,
  ReconciliationRateCardsDocument,
  TimeCostPostingCountsDocument,
} from '../__generated__/system-finance.ts';
import {
  AssignmentsAfterDatesDocument,
  BillRateSpansDocument,
  PostedTimeCountsDocument,
  PsaReconciliationProjectsDocument,
  PsaStoredIdsDocument,
  StaleApprovedTimeDocument,
  TimeAfterDatesDocument,
} from '../__generated__/system-projects.ts';
import { ConsultantTerminationsDocument, type ConsultantTerminationsQuery } from '../__generated__/public-resources.ts';
import { RegistryIdsDocument } from '../__generated__/system-identity.ts';
import type { SystemClients } from '../engine/systems.ts';
import { tryNativeId } from '../../shared/ids.ts';
import type { IdKind } from './entity-ids.ts';

/** The largest page a scan asks a system for (the system APIs' MAX_RECONCILIATION_PAGE). */
export const FACT_PAGE = 5000;
/** Consultants per PSA read by consultant (the PSA's bound). */
const CONSULTANTS_PER_READ = 200;
/** HCM pages of consultants read at most (500 each). */
const MAX_HCM_PAGES = 40;
/** Pages of ids (FACT_PAGE each) read at most per store and per kind of id: 200,000 ids. */
export const MAX_ID_PAGES = 40;

/** An id a store holds or the registry maps, with the hub id of its entity (null: the row names none). */
export interface IdRow {
  nativeId: string;
  hubId?: string | null;
}

interface IdPage {
  items: IdRow[];
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Every page of a keyset-paged id read, `pages` at most (then `truncated`). */
async function allPages(read: (after: string | null) => Promise<IdPage>, pages: number): Promise<Fact<IdRow>> {
  const items: IdRow[] = [];
  let after: string | null = null;
  for (let page = 0; page < pages; page++) {
    const answer = await read(after);
    items.push(...answer.items);
    if (!answer.hasNextPage) return { items, truncated: false };
    after = answer.endCursor ?? null;
    if (after === null) break;
  }
  return { items, truncated: true };
}

export interface Fact<T> {
  items: T[];
  truncated: boolean;
}

export interface FactOptions {
  systems: SystemClients;
  correlationId: string;
  /** The business date (YYYY-MM-DD). */
  asOf: string;
  /** Approved time dated this many days before `asOf` or earlier is overdue for posting. */
  approvedTimeDays: number;
  /** Worklogs recorded before this instant should have synced by now. */
  worklogsBefore: string;
  /** How long ENTITY_MISSING_FROM_STORE waits before it reads a disagreement again. */
  entityRecheckMs: number;
  /** ENTITY_MISSING_FROM_STORE's id reads: ids per page and pages per kind and side. @default FACT_PAGE, MAX_ID_PAGES */
  idPages?: { size: number; pages: number };
}

const shiftDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function createFacts(options: FactOptions) {
  const { systems, correlationId } = options;
  const idPages = options.idPages ?? { size: FACT_PAGE, pages: MAX_ID_PAGES };
  const memo = new Map<string, Promise<unknown>>();
  const once = <T>(name: string, load: () => Promise<T>): (() => Promise<T>) => {
    return () => {
      let loaded = memo.get(name) as Promise<T> | undefined;
      if (!loaded) {
        loaded = load();
        memo.set(name, loaded);
      }
      return loaded;
    };
  };

  type HcmConsultant = ConsultantTerminationsQuery['consultants']['edges'][number]['node'];
  /** Every HCM consultant (the HCM has no system API: its public graph, 500 a page). */
  const readConsultants = async (): Promise<Fact<HcmConsultant>> => {
    const items: HcmConsultant[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_HCM_PAGES; page++) {
      const { consultants }: ConsultantTerminationsQuery = await systems.read('HCM', ConsultantTerminationsDocument, { first: 500, after }, correlationId);
      items.push(...consultants.edges.map((edge) => edge.node));
      if (!consultants.pageInfo.hasNextPage) return { items, truncated: false };
      after = consultants.pageInfo.endCursor ?? null;
    }
    return { items, truncated: true };
  };
  const consultants = once('consultants', readConsultants);
  const terminations = once('terminations', async (): Promise<Fact<{ consultantId: string; date: string }>> => {
    const all = await consultants();
    const items = all.items.flatMap((node) =>
      node.status === 'TERMINATED' && node.terminationDate ? [{ consultantId: node.id, date: node.terminationDate }] : [],
    );
    return { items, truncated: all.truncated };
  });
  const consultantIds = (fact: Fact<HcmConsultant>): IdRow[] =>
    fact.items.map((node) => ({ nativeId: tryNativeId('Consultant', node.id) ?? node.id, hubId: node.id }));

  /** One page of a store's ids of `kind` (through its system API), or those of `ids`. */
  async function storedIdPage(kind: IdKind, after: string | null, ids: string[] | null): Promise<IdPage> {
    const variables = { entityType: kind.entityType, first: idPages.size, after, ids };
    if (kind.system === 'CRM') return (await systems.systemRead('CRM', CrmStoredIdsDocument, variables, correlationId)).storedIds;
    if (kind.system === 'PSA') return (await systems.systemRead('PSA', PsaStoredIdsDocument, variables, correlationId)).storedIds;
    if (kind.system === 'ERP') return (await systems.systemRead('ERP', ErpStoredIdsDocument, variables, correlationId)).storedIds;
    throw new Error(`no reconciliation read of ${kind.system} ${kind.entityType} ids`);
  }
  const registryIdPage = async (kind: IdKind, after: string | null, ids: string[] | null): Promise<IdPage> =>
    (await systems.registryRead(RegistryIdsDocument, { system: kind.system, entityType: kind.entityType, first: idPages.size, after, ids }, correlationId))
      .registryIds;

  /** A PSA read by consultant, in batches of CONSULTANTS_PER_READ. */
  async function byConsultant<T>(read: (batch: { consultantId: string; date: string }[]) => Promise<Fact<T>>): Promise<Fact<T>> {
    const terminated = await terminations();
    const items: T[] = [];
    let truncated = terminated.truncated;
    for (let i = 0; i < terminated.items.length; i += CONSULTANTS_PER_READ) {
      const page = await read(terminated.items.slice(i, i + CONSULTANTS_PER_READ));
      items.push(...page.items);
      truncated ||= page.truncated;
    }
    return { items, truncated };
  }

  return {
    asOf: options.asOf,
    psaProjects: once(
      'psaProjects',
      async () => (await systems.systemRead('PSA', PsaReconciliationProjectsDocument, { first: FACT_PAGE }, correlationId)).reconciliationProjects,
    ),
    erpProjects: once(
      'erpProjects',
      async () => (await systems.systemRead('ERP', ErpReconciliationProjectsDocument, { first: FACT_PAGE }, correlationId)).reconciliationProjects,
    ),
    staleApprovedTime: once('staleApprovedTime', async () => {
      const before = shiftDays(options.asOf, -options.approvedTimeDays);
      return (await systems.systemRead('PSA', StaleApprovedTimeDocument, { before, first: FACT_PAGE }, correlationId)).staleApprovedTime;
    }),
    terminations,
    /** Every id of `kind` its store holds, with the hub id of its entity. */
    storedIds: (kind: IdKind): Promise<Fact<IdRow>> =>
      once(`storedIds:${kind.system}:${kind.entityType}`, async () => {
        if (kind.system === 'HCM' && kind.entityType === 'Consultant') {
          const fact = await consultants();
          return { items: consultantIds(fact), truncated: fact.truncated };
        }
        return allPages((after) => storedIdPage(kind, after, null), idPages.pages);
      })(),
    /** Every id of `kind` the identity registry maps, with its hub id. */
    registryIds: (kind: IdKind): Promise<Fact<IdRow>> =>
      once(`registryIds:${kind.system}:${kind.entityType}`, () => allPages((after) => registryIdPage(kind, after, null), idPages.pages))(),
    /** Which of `ids` (at most FACT_PAGE) the store holds now: read again, not from this scan's facts. */
    async storedIdsNow(kind: IdKind, ids: string[]): Promise<IdRow[]> {
      if (kind.system === 'HCM' && kind.entityType === 'Consultant') {
        // The HCM reads by page only: read it whole again (it holds few rows).
        const wanted = new Set(ids);
        return consultantIds(await readConsultants()).filter((row) => wanted.has(row.nativeId));
      }
      return (await storedIdPage(kind, null, ids)).items;
    },
    /** Which of `ids` (at most FACT_PAGE) the registry maps now. */
    registryIdsNow: async (kind: IdKind, ids: string[]): Promise<IdRow[]> => (await registryIdPage(kind, null, ids)).items,
    entityRecheckMs: options.entityRecheckMs,
    timeAfterTermination: once('timeAfterTermination', () =>
      byConsultant(
        async (consultants) => (await systems.systemRead('PSA', TimeAfterDatesDocument, { consultants, first: FACT_PAGE }, correlationId)).timeAfterDates,
      ),
    ),
    assignmentsAfterTermination: once('assignmentsAfterTermination', () =>
      byConsultant(
        async (consultants) =>
          (await systems.systemRead('PSA', AssignmentsAfterDatesDocument, { consultants, first: FACT_PAGE }, correlationId)).assignmentsAfterDates,
      ),
    ),
    milestonesBilledTwice: once(
      'milestonesBilledTwice',
      async () => (await systems.systemRead('ERP', MilestonesBilledTwiceDocument, { first: FACT_PAGE }, correlationId)).milestonesBilledTwice,
    ),
    paidInvoicesShort: once(
      'paidInvoicesShort',
      async () => (await systems.systemRead('ERP', PaidInvoicesShortDocument, { first: FACT_PAGE }, correlationId)).paidInvoicesShort,
    ),
    invoiceTotalMismatches: once(
      'invoiceTotalMismatches',
      async () => (await systems.systemRead('ERP', InvoiceTotalMismatchesDocument, { first: FACT_PAGE }, correlationId)).invoiceTotalMismatches,
    ),
    rateCards: once('rateCards', async () => (await systems.systemRead('ERP', ReconciliationRateCardsDocument, { first: FACT_PAGE }, correlationId)).rateCards),
    billRateSpans: once(
      'billRateSpans',
      async () => (await systems.systemRead('PSA', BillRateSpansDocument, { first: FACT_PAGE }, correlationId)).billRateSpans,
    ),
    unsyncedWorklogs: once(
      'unsyncedWorklogs',
      async () =>
        (await systems.systemRead('DELIVERY', UnsyncedWorklogsDocument, { createdBefore: options.worklogsBefore, first: FACT_PAGE }, correlationId))
          .unsyncedWorklogs,
    ),
    contractValues: once('contractValues', async (): Promise<Fact<{ id: string; number: string; status: string; value: string; currency: string }>> => {
      const projects = await (memo.get('psaProjects') as Promise<Fact<{ contractId?: string | null }>> | undefined);
      const psa = projects ?? (await systems.systemRead('PSA', PsaReconciliationProjectsDocument, { first: FACT_PAGE }, correlationId)).reconciliationProjects;
      const ids = [...new Set(psa.items.flatMap((project) => (project.contractId ? [project.contractId] : [])))];
      const items = ids.length ? (await systems.systemRead('CRM', ContractValuesDocument, { ids }, correlationId)).contractValues : [];
      return { items, truncated: psa.truncated };
    }),
    postedTimeCounts: once(
      'postedTimeCounts',
      async () => (await systems.systemRead('PSA', PostedTimeCountsDocument, { first: FACT_PAGE }, correlationId)).postedTimeCounts,
    ),
    timeCostPostingCounts: once(
      'timeCostPostingCounts',
      async () => (await systems.systemRead('ERP', TimeCostPostingCountsDocument, { first: FACT_PAGE }, correlationId)).timeCostPostingCounts,
    ),
    systems,
    correlationId,
  };
}

export type Facts = ReturnType<typeof createFacts>;
