/** Reads the workflows service makes while validating a request (never writes). */
import { tryNativeId, type EntityType } from '../../shared/ids.ts';
import type { SystemClients, UserErrorShape } from './systems.ts';

export function userError(code: string, message: string, ...field: string[]): UserErrorShape {
  return { code, message, field: field.length ? ['input', ...field] : null };
}

/** A userError when `id` is not a well-formed hub id of `type`, else null. */
export function checkId(type: EntityType, id: unknown, field: string): UserErrorShape | null {
  return typeof id === 'string' && tryNativeId(type, id) !== null ? null : userError('INVALID_ID', `"${String(id)}" is not a ${type} id`, field);
}

export interface ProjectFacts {
  id: string;
  code: string;
  name: string;
  status: string;
  region: string | null;
  currency: string;
  customer: { id: string };
}

export async function readProject(systems: SystemClients, id: string, correlationId: string): Promise<ProjectFacts | null> {
  const data = await systems.read<{ project: (Omit<ProjectFacts, 'currency'> & { bookings: { currency: string } }) | null }>(
    'PSA',
    'query ($id: ID!) { project(id: $id) { id code name status region bookings { currency } customer { id } } }',
    { id },
    correlationId,
  );
  return data.project ? { ...data.project, currency: data.project.bookings.currency } : null;
}

export interface ConsultantFacts {
  id: string;
  name: string;
  status: string;
  costRateHistory: { amount: { amount: string; currency: string }; effectiveFrom: string; effectiveTo: string | null }[];
}

export async function readConsultant(systems: SystemClients, id: string, correlationId: string): Promise<ConsultantFacts | null> {
  const data = await systems.read<{ consultant: ConsultantFacts | null }>(
    'HCM',
    'query ($id: ID!) { consultant(id: $id) { id name status costRateHistory { amount { amount currency } effectiveFrom effectiveTo } } }',
    { id },
    correlationId,
  );
  return data.consultant;
}

export interface AssignmentFacts {
  id: string;
  project: { id: string };
  role: string;
  startDate: string;
  endDate: string;
  allocationPct: number;
  status: string;
}

/** The PSA's assignments of a consultant (through the PSA's Consultant entity). */
export async function readAssignments(systems: SystemClients, consultantId: string, correlationId: string): Promise<AssignmentFacts[]> {
  const data = await systems.read<{ _entities: ({ assignments: AssignmentFacts[] } | null)[] }>(
    'PSA',
    'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Consultant { assignments { id project { id } role startDate endDate allocationPct status } } } }',
    { r: [{ __typename: 'Consultant', id: consultantId }] },
    correlationId,
  );
  return data._entities[0]?.assignments ?? [];
}

export interface RateCardFacts {
  billRate: string;
  currency: string;
}

export async function readRateCard(systems: SystemClients, role: string, region: string, date: string, correlationId: string): Promise<RateCardFacts | null> {
  const data = await systems.systemRead<{ rateCard: RateCardFacts | null }>(
    'ERP',
    'query ($role: String!, $region: String!, $date: Date!) { rateCard(role: $role, region: $region, date: $date) { billRate currency } }',
    { role, region, date },
    correlationId,
  );
  return data.rateCard;
}

/** The cost rate in force on `date`, as a decimal string, or null. */
export function costRateOn(consultant: ConsultantFacts, date: string): { amount: string; currency: string } | null {
  const row = consultant.costRateHistory.find((rate) => rate.effectiveFrom <= date && (rate.effectiveTo === null || rate.effectiveTo >= date));
  return row?.amount ?? null;
}

export interface MilestoneFacts {
  id: string;
  projectId: string;
  name: string;
  status: string;
  amount: string | null;
  currency: string;
  actualDate: string | null;
  requiresSignoff: boolean;
  signedOff: boolean;
}

export async function readMilestone(systems: SystemClients, id: string, correlationId: string): Promise<MilestoneFacts | null> {
  const data = await systems.systemRead<{ milestone: MilestoneFacts | null }>(
    'PSA',
    'query ($id: ID!) { milestone(id: $id) { id projectId name status amount currency actualDate requiresSignoff signedOff } }',
    { id },
    correlationId,
  );
  return data.milestone;
}

export interface ChangeOrderFacts {
  id: string;
  projectId: string;
  status: string;
  reason: string | null;
  deltaBookings: string;
  deltaBudgetHours: string;
  currency: string;
}

export async function readChangeOrder(systems: SystemClients, id: string, correlationId: string): Promise<ChangeOrderFacts | null> {
  const data = await systems.systemRead<{ changeOrder: ChangeOrderFacts | null }>(
    'PSA',
    'query ($id: ID!) { changeOrder(id: $id) { id projectId status reason deltaBookings deltaBudgetHours currency } }',
    { id },
    correlationId,
  );
  return data.changeOrder;
}

export interface BillingSummaryFacts {
  currency: string;
  billedToDate: string;
  releasedEvents: number;
  releasedAmount: string;
  releasableEvents: number;
}

/** The ERP's billing totals of a project; null when the ERP does not know the project. */
export async function readBillingSummary(systems: SystemClients, projectId: string, correlationId: string): Promise<BillingSummaryFacts | null> {
  const data = await systems.systemRead<{ billingSummary: BillingSummaryFacts | null }>(
    'ERP',
    'query ($id: ID!) { billingSummary(projectId: $id) { currency billedToDate releasedEvents releasedAmount releasableEvents } }',
    { id: projectId },
    correlationId,
  );
  return data.billingSummary;
}

/** Bookings and contract of a project, for billing caps and change orders. */
export async function readProjectCommercials(
  systems: SystemClients,
  id: string,
  correlationId: string,
): Promise<{ bookings: { amount: string; currency: string }; contract: { id: string } | null } | null> {
  const data = await systems.read<{ project: { bookings: { amount: string; currency: string }; contract: { id: string } | null } | null }>(
    'PSA',
    'query ($id: ID!) { project(id: $id) { bookings { amount currency } contract { id } } }',
    { id },
    correlationId,
  );
  return data.project;
}
