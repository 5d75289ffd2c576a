/**
 * Which domain events move which journeys (docs/journeys.md, "Stages and the events that move
 * them"). Pure: an event in, the moves it asks for out; the store applies them.
 *
 * Events arrive in any order (each outbox has its relay; a redelivery may come late; several
 * processes consume). So every move that can come first creates its journey (keyed by its subject),
 * and the links that other events find their journeys by (a project, a timecard, a billing event, an
 * invoice) are recorded by the events that know them; the store keeps a move whose ids no journey is
 * linked to yet until one is, and replays each journey's moves in occurredAt order (store.ts).
 */
import type { DomainEvent } from '../../../platform/events/types.ts';
import type { JourneyKind } from './types.ts';

/** What a link names: the journeys later events find through it. */
export type LinkType = 'project' | 'time' | 'billing' | 'invoice';

export interface JourneyFacts {
  customerId?: string | null;
  projectId?: string | null;
  amount?: number | null;
  currency?: string | null;
}

export interface JourneyMove {
  kind: JourneyKind;
  /** The journey of this subject (created when absent); or, without one, every journey linked to one of `linked.ids`. */
  subject?: string;
  linked?: { type: LinkType; ids: readonly string[] };
  /** The stage reached at the event's time (a stage keeps the first time it was reached). */
  reach?: string;
  /** A stage undone (its step compensated): not reached any more. */
  revert?: string;
  /** The subject left the path: an unfinished journey is STOPPED. */
  stop?: boolean;
  /** A STOPPED journey reached again at `reach` starts over. */
  restart?: boolean;
  /** Facts a journey keeps once known (a later event does not overwrite them). */
  facts?: JourneyFacts;
  /** Links from these ids to the journey. */
  link?: { type: LinkType; ids: readonly string[] };
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null);
const integer = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) ? value : null);
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 200).slice(0, 10_000) : [];

/** The moves `event` asks for; empty for an event no journey follows. */
export function journeyMoves(event: DomainEvent): JourneyMove[] {
  const data = event.data ?? {};
  const customerId = text(data.customerId);
  const projectId = text(data.projectId);
  switch (event.type) {
    case 'OpportunityWon':
      return [
        {
          kind: 'QUOTE_TO_PROJECT',
          subject: event.aggregateId,
          reach: 'WON',
          facts: { customerId, amount: integer(data.amount), currency: text(data.currency) },
        },
      ];
    case 'ContractActivated': {
      const opportunityId = text(data.opportunityId);
      return opportunityId ? [{ kind: 'QUOTE_TO_PROJECT', subject: opportunityId, reach: 'CONTRACT_ACTIVATED', facts: { customerId } }] : [];
    }
    case 'ProjectCreated': {
      const opportunityId = text(data.opportunityId);
      if (!opportunityId) return [];
      return [
        {
          kind: 'QUOTE_TO_PROJECT',
          subject: opportunityId,
          reach: 'PROJECT_CREATED',
          facts: { customerId, projectId: event.aggregateId, amount: integer(data.bookings), currency: text(data.currency) },
          link: { type: 'project', ids: [event.aggregateId] },
        },
      ];
    }
    case 'ProjectRemoved':
      return [{ kind: 'QUOTE_TO_PROJECT', linked: { type: 'project', ids: [event.aggregateId] }, revert: 'PROJECT_CREATED' }];
    case 'ProjectStatusChanged':
      if (event.toState === 'ACTIVE') return [{ kind: 'QUOTE_TO_PROJECT', linked: { type: 'project', ids: [event.aggregateId] }, reach: 'PROJECT_ACTIVE' }];
      if (event.toState === 'CANCELLED') return [{ kind: 'QUOTE_TO_PROJECT', linked: { type: 'project', ids: [event.aggregateId] }, stop: true }];
      return [];
    case 'TimeApproved': {
      const batchId = text(data.batchId);
      if (!batchId) return [];
      const lead = ids(data.timeEntryIds);
      return [
        {
          kind: 'TIME_TO_BILL',
          subject: batchId,
          reach: 'APPROVED',
          facts: { customerId, projectId, ...(lead.length > 0 ? { amount: integer(data.billableValue), currency: text(data.currency) } : {}) },
          link: { type: 'time', ids: lead.length > 0 ? lead : [event.aggregateId] },
        },
      ];
    }
    case 'CostPosted': {
      const batchId = text(data.batchId);
      if (data.source !== 'TIME' || !batchId) return [];
      return [
        { kind: 'TIME_TO_BILL', subject: batchId, reach: 'POSTED', facts: { customerId, projectId }, link: { type: 'time', ids: ids(data.timeEntryIds) } },
      ];
    }
    case 'InvoiceIssued': {
      const moves: JourneyMove[] = [];
      const timeEntryIds = ids(data.timeEntryIds);
      const billingEventIds = ids(data.billingEventIds);
      if (timeEntryIds.length > 0) moves.push({ kind: 'TIME_TO_BILL', linked: { type: 'time', ids: timeEntryIds }, reach: 'INVOICED' });
      if (billingEventIds.length > 0) {
        moves.push({
          kind: 'PROJECT_TO_CASH',
          linked: { type: 'billing', ids: billingEventIds },
          reach: 'INVOICE_ISSUED',
          link: { type: 'invoice', ids: [event.aggregateId] },
        });
      }
      return moves;
    }
    case 'InvoicePaid':
      return [{ kind: 'PROJECT_TO_CASH', linked: { type: 'invoice', ids: [event.aggregateId] }, reach: 'PAID' }];
    case 'InvoiceVoided':
      return [{ kind: 'PROJECT_TO_CASH', linked: { type: 'invoice', ids: [event.aggregateId] }, stop: true }];
    case 'MilestoneApproved':
      return [
        {
          kind: 'PROJECT_TO_CASH',
          subject: event.aggregateId,
          reach: 'MILESTONE_APPROVED',
          restart: true,
          facts: { customerId, projectId, amount: integer(data.amount), currency: text(data.currency) },
        },
      ];
    case 'MilestoneReopened':
      return [{ kind: 'PROJECT_TO_CASH', subject: event.aggregateId, stop: true }];
    case 'BillingEventGenerated': {
      const milestoneId = text(data.milestoneId);
      return milestoneId
        ? [{ kind: 'PROJECT_TO_CASH', subject: milestoneId, facts: { customerId, projectId }, link: { type: 'billing', ids: [event.aggregateId] } }]
        : [];
    }
    case 'BillingEventReleased':
      return [{ kind: 'PROJECT_TO_CASH', linked: { type: 'billing', ids: [event.aggregateId] }, reach: 'BILLING_RELEASED' }];
    default:
      return [];
  }
}
