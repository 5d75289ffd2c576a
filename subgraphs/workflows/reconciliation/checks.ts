/**
 * The reconciliation checks (docs/reconciliation.md): each compares facts of two or more systems of
 * record (facts.ts) and reports one Drift per inconsistency, with the records involved by their id
 * in every system that holds them. A check reads only the facts it needs; `complete` is false when a
 * fact it used was cut short, and a scan then closes none of its findings.
 */
import type { EntityType, SourceSystem } from '../../shared/ids.ts';
import { toHubId, tryNativeId } from '../../shared/ids.ts';
import { currencyDigits, parseAmount, parseScaled, valueOfHours } from '../../shared/money.ts';
import { TimeAtRateDocument } from '../__generated__/system-projects.ts';
import { entityMissingFromStore } from './entity-ids.ts';
import type { Facts } from './facts.ts';
import type { Check, Drift, FindingRecordShape } from './types.ts';

/** At most this many records per finding; the summary counts them all. */
export const MAX_RECORDS = 200;

export interface CheckOutcome {
  drifts: Drift[];
  /** Every fact it used was read whole: a drift it no longer reports is gone. */
  complete: boolean;
}

/** A record of `system` by its own id, with the hub id when the entity has one. */
function record(system: SourceSystem, entityType: string, id: string, hubType: EntityType | null = null): FindingRecordShape {
  return { system, entityType, id, hubId: hubType ? toHubId(hubType, id) : null };
}

/** A record by hub id: the native id is read from it. */
function hubRecord(system: SourceSystem, entityType: EntityType, hubId: string): FindingRecordShape {
  return { system, entityType, id: tryNativeId(entityType, hubId) ?? hubId, hubId };
}

const native = (type: EntityType, hubId: string) => tryNativeId(type, hubId) ?? hubId;

/** Minor units of a decimal in `currency` (0 for a malformed one, which a system never sends). */
const minor = (amount: string, currency: string) => parseAmount(amount, currency) ?? 0;

/** Billable value of timecards: Σ hours × bill rate, in minor units. */
function billableValue(entries: readonly { hours: string; billable: boolean; billRate: string; currency: string }[]): number {
  return entries
    .filter((entry) => entry.billable)
    .reduce((sum, entry) => sum + valueOfHours(parseScaled(entry.hours, 2) ?? 0, parseScaled(entry.billRate, currencyDigits(entry.currency)) ?? 0), 0);
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const span = (dates: readonly string[]) => {
  const sorted = [...dates].sort();
  return sorted.length === 0 ? '' : sorted[0] === sorted.at(-1) ? sorted[0] : `${sorted[0]} to ${sorted.at(-1)}`;
};

/** PSA statuses in which a project may still take postings (the ERP closes it with CLOSED and CANCELLED). */
const PSA_OPEN = new Set(['PLANNED', 'ACTIVE', 'ON_HOLD', 'COMPLETED']);

type CheckRun = (facts: Facts) => Promise<CheckOutcome>;

const checks: Record<Check, CheckRun> = {
  async PROJECT_CLOSED_IN_ERP(facts) {
    const [psa, erp] = await Promise.all([facts.psaProjects(), facts.erpProjects()]);
    const psaById = new Map(psa.items.map((project) => [project.id, project]));
    const drifts = erp.items.flatMap((dimension): Drift[] => {
      const project = psaById.get(dimension.projectId);
      if (!project || dimension.status !== 'CLOSED' || !PSA_OPEN.has(project.status)) return [];
      return [
        {
          check: 'PROJECT_CLOSED_IN_ERP',
          dedupeKey: `PROJECT_CLOSED_IN_ERP:${project.code}`,
          summary: `Project ${native('Project', project.id)} (${project.code}) is ${project.status} in the PSA but Closed in the ERP (${dimension.erpId}): the ERP refuses its postings`,
          system: 'ERP',
          records: [hubRecord('PSA', 'Project', project.id), { system: 'ERP', entityType: 'Project', id: dimension.erpId, hubId: project.id }],
          customerId: project.customerId,
          projectId: project.id,
          amount: null,
          currency: null,
          replay: null,
          context: [
            { label: 'PSA status', value: project.status },
            { label: 'ERP status', value: 'CLOSED' },
          ],
        },
      ];
    });
    return { drifts, complete: !psa.truncated && !erp.truncated };
  },

  async APPROVED_TIME_NOT_POSTED(facts) {
    const [stale, erp] = await Promise.all([facts.staleApprovedTime(), facts.erpProjects()]);
    // A project the ERP has closed or does not know refuses the posting: its own finding explains the time.
    const postable = new Set(erp.items.filter((dimension) => dimension.status === 'OPEN').map((dimension) => dimension.projectId));
    const groups = groupBy(
      stale.items.filter((entry) => postable.has(entry.projectId)),
      (entry) => `${entry.projectId} ${entry.consultantId}`,
    );
    const drifts = [...groups.values()].map((entries): Drift => {
      const [first] = entries;
      const shown = entries.slice(0, MAX_RECORDS);
      const project = native('Project', first.projectId);
      const consultant = native('Consultant', first.consultantId);
      const assignments = [...new Set(entries.flatMap((entry) => (entry.assignmentId ? [entry.assignmentId] : [])))];
      return {
        check: 'APPROVED_TIME_NOT_POSTED',
        dedupeKey: `APPROVED_TIME_NOT_POSTED:${project}:${consultant}`,
        summary: `${entries.length} approved timecards of ${consultant} on ${project} dated ${span(entries.map((entry) => entry.date))} were never posted to the ERP`,
        system: 'ERP',
        records: [
          hubRecord('PSA', 'Project', first.projectId),
          hubRecord('HCM', 'Consultant', first.consultantId),
          ...assignments.map((id) => hubRecord('PSA', 'Assignment', id)),
          ...shown.map((entry) => hubRecord('PSA', 'TimeEntry', entry.id)),
        ].slice(0, MAX_RECORDS),
        customerId: null,
        projectId: first.projectId,
        amount: billableValue(entries),
        currency: first.currency,
        replay: { type: 'postApprovedTime', input: { timeEntryIds: shown.map((entry) => entry.id) } },
        context: [
          { label: 'timecards', value: String(entries.length) },
          { label: 'dates', value: span(entries.map((entry) => entry.date)) },
        ],
      };
    });
    return { drifts, complete: !stale.truncated && !erp.truncated };
  },

  async POSTED_COST_WITHOUT_TIME(facts) {
    const [posted, postings] = await Promise.all([facts.postedTimeCounts(), facts.timeCostPostingCounts()]);
    const psaCount = new Map(posted.items.map((row) => [row.projectId, row.entries]));
    const drifts = postings.items.flatMap((row): Drift[] => {
      const held = psaCount.get(row.projectId) ?? 0;
      if (row.postings <= held) return [];
      const project = native('Project', row.projectId);
      return [
        {
          check: 'POSTED_COST_WITHOUT_TIME',
          dedupeKey: `POSTED_COST_WITHOUT_TIME:${project}`,
          summary: `The ERP holds ${row.postings} TIME cost postings for ${project}, the PSA ${held} posted timecards: ${row.postings - held} postings have no posted time`,
          system: 'ERP',
          records: [hubRecord('PSA', 'Project', row.projectId)],
          customerId: null,
          projectId: row.projectId,
          amount: null,
          currency: null,
          replay: null,
          context: [
            { label: 'ERP TIME postings', value: String(row.postings) },
            { label: 'PSA posted timecards', value: String(held) },
          ],
        },
      ];
    });
    return { drifts, complete: !posted.truncated && !postings.truncated };
  },

  async PROJECT_MISSING_IN_ERP(facts) {
    const [psa, erp] = await Promise.all([facts.psaProjects(), facts.erpProjects()]);
    const known = new Set(erp.items.map((dimension) => dimension.projectId));
    const drifts = psa.items.flatMap((project): Drift[] => {
      if (known.has(project.id)) return [];
      const id = native('Project', project.id);
      return [
        {
          check: 'PROJECT_MISSING_IN_ERP',
          dedupeKey: `PROJECT_MISSING_IN_ERP:${id}`,
          summary: `Project ${id} (${project.code}, ${project.status}) has no ERP project: its time and expenses cannot be posted`,
          system: 'ERP',
          records: [hubRecord('PSA', 'Project', project.id), hubRecord('CRM', 'Customer', project.customerId)],
          customerId: project.customerId,
          projectId: project.id,
          amount: null,
          currency: null,
          replay: null,
          context: [{ label: 'PSA status', value: project.status }],
        },
      ];
    });
    // Without every ERP project, a PSA project not seen may still be known.
    return { drifts, complete: !psa.truncated && !erp.truncated };
  },

  async TIME_AFTER_TERMINATION(facts) {
    const [time, terminated] = await Promise.all([facts.timeAfterTermination(), facts.terminations()]);
    const terminatedOn = new Map(terminated.items.map((entry) => [entry.consultantId, entry.date]));
    const groups = groupBy(time.items, (entry) => `${entry.consultantId} ${entry.projectId}`);
    const drifts = [...groups.values()].map((entries): Drift => {
      const [first] = entries;
      const consultant = native('Consultant', first.consultantId);
      const project = native('Project', first.projectId);
      const assignments = [...new Set(entries.flatMap((entry) => (entry.assignmentId ? [entry.assignmentId] : [])))];
      return {
        check: 'TIME_AFTER_TERMINATION',
        dedupeKey: `TIME_AFTER_TERMINATION:${consultant}:${project}`,
        summary: `${entries.length} timecards of ${consultant} on ${project} are dated ${span(entries.map((entry) => entry.date))}, after the HCM's termination on ${terminatedOn.get(first.consultantId)}`,
        system: 'PSA',
        records: [
          hubRecord('HCM', 'Consultant', first.consultantId),
          hubRecord('PSA', 'Project', first.projectId),
          ...assignments.map((id) => hubRecord('PSA', 'Assignment', id)),
          ...entries.map((entry) => hubRecord('PSA', 'TimeEntry', entry.id)),
        ].slice(0, MAX_RECORDS),
        customerId: null,
        projectId: first.projectId,
        amount: billableValue(entries),
        currency: first.currency,
        replay: null,
        context: [
          { label: 'termination date', value: terminatedOn.get(first.consultantId) ?? '' },
          { label: 'timecards', value: String(entries.length) },
          { label: 'statuses', value: [...new Set(entries.map((entry) => entry.status))].join(', ') },
        ],
      };
    });
    return { drifts, complete: !time.truncated && !terminated.truncated };
  },

  async ASSIGNMENT_OF_TERMINATED_CONSULTANT(facts) {
    const [assignments, terminated] = await Promise.all([facts.assignmentsAfterTermination(), facts.terminations()]);
    const terminatedOn = new Map(terminated.items.map((entry) => [entry.consultantId, entry.date]));
    const drifts = assignments.items.map((assignment): Drift => {
      const id = native('Assignment', assignment.id);
      const consultant = native('Consultant', assignment.consultantId);
      return {
        check: 'ASSIGNMENT_OF_TERMINATED_CONSULTANT',
        dedupeKey: `ASSIGNMENT_OF_TERMINATED_CONSULTANT:${id}`,
        summary: `Assignment ${id} of ${consultant} on ${native('Project', assignment.projectId)} runs to ${assignment.endDate}, after the HCM's termination on ${terminatedOn.get(assignment.consultantId)}`,
        system: 'PSA',
        records: [
          hubRecord('PSA', 'Assignment', assignment.id),
          hubRecord('HCM', 'Consultant', assignment.consultantId),
          hubRecord('PSA', 'Project', assignment.projectId),
        ],
        customerId: null,
        projectId: assignment.projectId,
        amount: null,
        currency: null,
        replay: null,
        context: [
          { label: 'termination date', value: terminatedOn.get(assignment.consultantId) ?? '' },
          { label: 'assignment', value: `${assignment.startDate} to ${assignment.endDate} (${assignment.status})` },
        ],
      };
    });
    return { drifts, complete: !assignments.truncated && !terminated.truncated };
  },

  async MILESTONE_BILLED_TWICE(facts) {
    const billed = await facts.milestonesBilledTwice();
    const drifts = [...groupBy(billed.items, (item) => item.milestoneId).values()].map((items): Drift => {
      const [first] = items;
      const milestone = native('Milestone', first.milestoneId);
      const invoices = [...new Set(items.flatMap((item) => (item.invoiceId ? [item.invoiceId] : [])))];
      const amounts = items.map((item) => minor(item.amount, item.currency));
      return {
        check: 'MILESTONE_BILLED_TWICE',
        dedupeKey: `MILESTONE_BILLED_TWICE:${milestone}`,
        summary: `Milestone ${milestone} on ${native('Project', first.projectId)} is billed ${items.length} times (${items.map((item) => item.itemId).join(', ')})`,
        system: 'ERP',
        records: [
          hubRecord('PSA', 'Milestone', first.milestoneId),
          hubRecord('PSA', 'Project', first.projectId),
          ...items.flatMap((item) => [record('ERP', 'BillingItem', item.itemId), record('ERP', 'BillingEvent', item.billingEventId, 'BillingEvent')]),
          ...invoices.map((id) => record('ERP', 'Invoice', id, 'Invoice')),
        ],
        customerId: first.customerId ?? null,
        projectId: first.projectId,
        // What was billed beyond the first item.
        amount: amounts.slice(1).reduce((sum, amount) => sum + amount, 0),
        currency: first.currency,
        replay: null,
        context: [
          { label: 'billing items', value: items.map((item) => item.itemId).join(', ') },
          { label: 'invoices', value: invoices.join(', ') },
        ],
      };
    });
    return { drifts, complete: !billed.truncated };
  },

  async PAID_INVOICE_PAYMENTS_SHORT(facts) {
    const invoices = await facts.paidInvoicesShort();
    const drifts = invoices.items.map(
      (invoice): Drift => ({
        check: 'PAID_INVOICE_PAYMENTS_SHORT',
        dedupeKey: `PAID_INVOICE_PAYMENTS_SHORT:${invoice.erpId}`,
        summary: `Invoice ${invoice.erpId} (${invoice.number}) is Paid In Full at ${invoice.total} ${invoice.currency}, but its payments sum to ${invoice.paid}`,
        system: 'ERP',
        records: [
          record('ERP', 'Invoice', invoice.erpId, 'Invoice'),
          ...(invoice.projectId ? [hubRecord('PSA', 'Project', invoice.projectId)] : []),
          ...(invoice.customerId ? [hubRecord('CRM', 'Customer', invoice.customerId)] : []),
        ],
        customerId: invoice.customerId ?? null,
        projectId: invoice.projectId ?? null,
        amount: minor(invoice.total, invoice.currency) - minor(invoice.paid, invoice.currency),
        currency: invoice.currency,
        replay: null,
        context: [
          { label: 'total', value: `${invoice.total} ${invoice.currency}` },
          { label: 'paid', value: `${invoice.paid} ${invoice.currency}` },
        ],
      }),
    );
    return { drifts, complete: !invoices.truncated };
  },

  async INVOICE_TOTAL_MISMATCH(facts) {
    const invoices = await facts.invoiceTotalMismatches();
    const drifts = invoices.items.map(
      (invoice): Drift => ({
        check: 'INVOICE_TOTAL_MISMATCH',
        dedupeKey: `INVOICE_TOTAL_MISMATCH:${invoice.erpId}`,
        summary: `Invoice ${invoice.erpId} (${invoice.number}) totals ${invoice.total} ${invoice.currency}; its lines sum to ${invoice.lines}${invoice.items === null ? '' : ` and its billing events' items to ${invoice.items}`}`,
        system: 'ERP',
        records: [
          record('ERP', 'Invoice', invoice.erpId, 'Invoice'),
          ...(invoice.projectId ? [hubRecord('PSA', 'Project', invoice.projectId)] : []),
          ...(invoice.customerId ? [hubRecord('CRM', 'Customer', invoice.customerId)] : []),
        ],
        customerId: invoice.customerId ?? null,
        projectId: invoice.projectId ?? null,
        amount: minor(invoice.total, invoice.currency) - minor(invoice.lines, invoice.currency),
        currency: invoice.currency,
        replay: null,
        context: [
          { label: 'total', value: invoice.total },
          { label: 'lines', value: invoice.lines },
          { label: 'items', value: invoice.items ?? '' },
        ],
      }),
    );
    return { drifts, complete: !invoices.truncated };
  },

  async STALE_BILL_RATE(facts) {
    const [spans, cards] = await Promise.all([facts.billRateSpans(), facts.rateCards()]);
    const cardsOf = groupBy(cards.items, (card) => `${card.role} ${card.region} ${card.currency}`);
    /** Dates of [from, to] no card at `rate` covers: the first and last such day, or null when covered. */
    const uncovered = (span: (typeof spans.items)[number]) => {
      const matching = (cardsOf.get(`${span.role} ${span.region} ${span.currency}`) ?? []).filter(
        (card) => minor(card.billRate, card.currency) === minor(span.billRate, span.currency),
      );
      const covered = (day: string) =>
        matching.some((card) => card.effectiveFrom <= day && (card.effectiveTo === null || card.effectiveTo === undefined || card.effectiveTo >= day));
      if (covered(span.firstDate) && covered(span.lastDate)) {
        // Both ends are covered; a gap inside is a card ending and another at the same rate starting later (never in practice).
        return null;
      }
      const inForce = matching.length === 0 ? null : matching;
      if (!inForce) return { from: span.firstDate, to: span.lastDate };
      // The days outside the matching cards: before the first one or after the last one.
      const starts = inForce.map((card) => card.effectiveFrom).sort();
      const ends = inForce.map((card) => card.effectiveTo ?? '9999-12-31').sort();
      if (!covered(span.lastDate)) return { from: covered(span.firstDate) ? nextDay(ends.at(-1) ?? span.firstDate) : span.firstDate, to: span.lastDate };
      return { from: span.firstDate, to: previousDay(starts[0] ?? span.lastDate) };
    };
    const stale = spans.items.flatMap((span) => {
      const days = uncovered(span);
      return days ? [{ span, ...days }] : [];
    });
    const drifts: Drift[] = [];
    for (const [projectId, items] of groupBy(stale, (item) => item.span.projectId)) {
      const entries = (
        await Promise.all(
          items.map(
            async (item) =>
              (
                await facts.systems.systemRead(
                  'PSA',
                  TimeAtRateDocument,
                  { projectId, role: item.span.role, billRate: item.span.billRate, from: item.from, to: item.to, first: MAX_RECORDS },
                  facts.correlationId,
                )
              ).timeAtRate.items,
          ),
        )
      ).flat();
      const [first] = items;
      const currency = first.span.currency;
      // What the card in force would have billed, less what was billed.
      const shortfall = entries
        .filter((entry) => entry.billable)
        .reduce((sum, entry) => {
          const card = (cardsOf.get(`${entry.role} ${first.span.region} ${currency}`) ?? []).find(
            (candidate) => candidate.effectiveFrom <= entry.date && (!candidate.effectiveTo || candidate.effectiveTo >= entry.date),
          );
          if (!card) return sum;
          const hours = parseScaled(entry.hours, 2) ?? 0;
          return sum + valueOfHours(hours, minor(card.billRate, currency)) - valueOfHours(hours, minor(entry.billRate, currency));
        }, 0);
      const project = native('Project', projectId);
      const count = items.reduce((sum, item) => sum + (item.from === item.span.firstDate && item.to === item.span.lastDate ? item.span.entries : 0), 0);
      drifts.push({
        check: 'STALE_BILL_RATE',
        dedupeKey: `STALE_BILL_RATE:${project}`,
        summary: `${entries.length} timecards of ${project} dated ${span(entries.map((entry) => entry.date))} carry a bill rate no rate card in force on their date has (${items.map((item) => `${item.span.role} at ${item.span.billRate} ${currency}`).join('; ')})`,
        system: 'PSA',
        records: [hubRecord('PSA', 'Project', projectId), ...entries.map((entry) => hubRecord('PSA', 'TimeEntry', entry.id))].slice(0, MAX_RECORDS),
        customerId: null,
        projectId,
        amount: shortfall,
        currency,
        replay: null,
        context: [
          { label: 'timecards', value: String(Math.max(entries.length, count)) },
          { label: 'dates', value: span(entries.map((entry) => entry.date)) },
          { label: 'rates', value: items.map((item) => `${item.span.role}: ${item.span.billRate}`).join('; ') },
        ],
      });
    }
    return { drifts, complete: !spans.truncated && !cards.truncated };
  },

  async WORKLOG_NOT_SYNCED(facts) {
    const worklogs = await facts.unsyncedWorklogs();
    const drifts = worklogs.items.map(
      (worklog): Drift => ({
        check: 'WORKLOG_NOT_SYNCED',
        dedupeKey: `WORKLOG_NOT_SYNCED:${worklog.nativeId}`,
        summary: `Worklog ${worklog.nativeId} (${worklog.hours} h on ${worklog.workItemKey}, ${worklog.date}) of ${native('Consultant', worklog.consultantId)} never became PSA time on ${native('Project', worklog.projectId)}`,
        system: 'PSA',
        records: [
          { system: 'DELIVERY', entityType: 'Worklog', id: worklog.nativeId, hubId: worklog.worklogId },
          record('DELIVERY', 'WorkItem', worklog.workItemKey, 'WorkItem'),
          hubRecord('HCM', 'Consultant', worklog.consultantId),
          hubRecord('PSA', 'Project', worklog.projectId),
        ],
        customerId: worklog.customerId,
        projectId: worklog.projectId,
        amount: null,
        currency: null,
        replay: { type: 'replaySyncWorklog', input: { worklogId: worklog.worklogId } },
        context: [
          { label: 'date', value: worklog.date },
          { label: 'hours', value: worklog.hours },
        ],
      }),
    );
    return { drifts, complete: !worklogs.truncated };
  },

  async CONTRACT_VALUE_NOT_BOOKINGS(facts) {
    const [psa, contracts] = await Promise.all([facts.psaProjects(), facts.contractValues()]);
    const byId = new Map(contracts.items.map((contract) => [contract.id, contract]));
    const drifts = psa.items.flatMap((project): Drift[] => {
      const contract = project.contractId ? byId.get(project.contractId) : undefined;
      if (!contract) return [];
      const same = contract.currency === project.currency && minor(contract.value, contract.currency) === minor(project.bookings, project.currency);
      if (same) return [];
      const id = native('Project', project.id);
      return [
        {
          check: 'CONTRACT_VALUE_NOT_BOOKINGS',
          dedupeKey: `CONTRACT_VALUE_NOT_BOOKINGS:${id}`,
          summary: `Contract ${contract.number} is worth ${contract.value} ${contract.currency}; project ${id} books ${project.bookings} ${project.currency}`,
          system: 'CRM',
          records: [hubRecord('CRM', 'Contract', contract.id), hubRecord('PSA', 'Project', project.id)],
          customerId: project.customerId,
          projectId: project.id,
          amount: contract.currency === project.currency ? minor(contract.value, contract.currency) - minor(project.bookings, project.currency) : null,
          currency: contract.currency === project.currency ? project.currency : null,
          replay: null,
          context: [
            { label: 'contract value', value: `${contract.value} ${contract.currency}` },
            { label: 'bookings', value: `${project.bookings} ${project.currency}` },
          ],
        },
      ];
    });
    return { drifts, complete: !psa.truncated && !contracts.truncated };
  },

  /** The identity registry against every store: entity-ids.ts. */
  ENTITY_MISSING_FROM_STORE: entityMissingFromStore,
};

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function previousDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** Runs one check over the scan's facts. */
export function runCheck(check: Check, facts: Facts): Promise<CheckOutcome> {
  return checks[check](facts);
}
