/** Reads the workflows service makes while validating a request (never writes). */
import { tryNativeId, type EntityType, type SourceSystem } from '../../shared/ids.ts';
import { parseScaled } from '../../shared/money.ts';
import { textProblem } from '../../shared/text.ts';
import { ConsultantAssignmentsDocument, ProjectCommercialsDocument, ProjectFactsDocument, type ProjectFactsQuery } from '../__generated__/public-projects.ts';
import { ConsultantFactsDocument, type ConsultantFactsQuery } from '../__generated__/public-resources.ts';
import { BillingSummaryDocument, RateCardDocument } from '../__generated__/system-finance.ts';
import { ChangeOrderFactsDocument, MilestoneFactsDocument } from '../__generated__/system-projects.ts';
import { TechnicalFailure, type SystemClients, type UserErrorShape } from './systems.ts';

export function userError(code: string, message: string, ...field: string[]): UserErrorShape {
  return { code, message, field: field.length ? ['input', ...field] : null };
}

/** The refusals among `checks` (each a userError or null). */
export function errorsOf(...checks: (UserErrorShape | null)[]): UserErrorShape[] {
  return checks.filter((error): error is UserErrorShape => error !== null);
}

/** A userError naming `field` unless `hours` is a day's work: more than 0, at most 24, in hundredths. */
export function dayHoursError(hours: string, field: string): UserErrorShape | null {
  const hundredths = parseScaled(hours, 2);
  return hundredths !== null && hundredths > 0 && hundredths <= 2400
    ? null
    : userError('INVALID_HOURS', `${field} must be more than 0 and at most 24, in hundredths`, field);
}

/** A userError `code` naming `field` unless `text` is a free text of at most 2,000 characters (lines allowed). */
export function longTextError(text: string | null | undefined, code: string, field: string): UserErrorShape | null {
  const problem = text == null ? null : textProblem(text, { max: 2000, multiline: true });
  return problem ? userError(code, `The ${field} text ${problem}`, field) : null;
}

/** A userError when `id` is not a well-formed hub id of `type`, else null. */
export function checkId(type: EntityType, id: unknown, field: string): UserErrorShape | null {
  return typeof id === 'string' && tryNativeId(type, id) !== null ? null : userError('INVALID_ID', `"${String(id)}" is not a ${type} id`, field);
}

/**
 * A field the schema leaves nullable that a system only answers null together with an error (a
 * refused field, an unavailable dependency), which the clients throw before: present, else a
 * technical failure.
 */
export function present<T>(value: T | null, system: SourceSystem, what: string): T {
  if (value === null) throw new TechnicalFailure(system, `answered without ${what}`);
  return value;
}

type ProjectRow = NonNullable<ProjectFactsQuery['project']>;

/** A project as the validations read it: its currency is its bookings' currency. */
export type ProjectFacts = Omit<ProjectRow, 'bookings' | 'customer'> & { currency: string; customer: NonNullable<ProjectRow['customer']> };

export async function readProject(systems: SystemClients, id: string, correlationId: string): Promise<ProjectFacts | null> {
  const { project } = await systems.read('PSA', ProjectFactsDocument, { id }, correlationId);
  if (!project) return null;
  const { bookings, customer, ...facts } = project;
  return { ...facts, currency: bookings.currency, customer: present(customer, 'PSA', `the customer of project ${id}`) };
}

type ConsultantRow = NonNullable<ConsultantFactsQuery['consultant']>;

export type ConsultantFacts = Omit<ConsultantRow, 'costRateHistory'> & { costRateHistory: NonNullable<ConsultantRow['costRateHistory']> };

export async function readConsultant(systems: SystemClients, id: string, correlationId: string): Promise<ConsultantFacts | null> {
  const { consultant } = await systems.read('HCM', ConsultantFactsDocument, { id }, correlationId);
  if (!consultant) return null;
  return { ...consultant, costRateHistory: present(consultant.costRateHistory, 'HCM', `the cost rates of consultant ${id}`) };
}

export type AssignmentFacts = Awaited<ReturnType<typeof readAssignments>>[number];

/** The PSA's assignments of a consultant (through the PSA's Consultant entity). */
export async function readAssignments(systems: SystemClients, consultantId: string, correlationId: string) {
  const data = await systems.read('PSA', ConsultantAssignmentsDocument, { representations: [{ __typename: 'Consultant', id: consultantId }] }, correlationId);
  const [entity] = data._entities;
  return (entity && 'assignments' in entity ? entity.assignments : null) ?? [];
}

export async function readRateCard(systems: SystemClients, role: string, region: string, date: string, correlationId: string) {
  return (await systems.systemRead('ERP', RateCardDocument, { role, region, date }, correlationId)).rateCard;
}

/** The cost rate in force on `date`, as a decimal string, or null. */
export function costRateOn(consultant: ConsultantFacts, date: string): { amount: string; currency: string } | null {
  const row = consultant.costRateHistory.find((rate) => rate.effectiveFrom <= date && (rate.effectiveTo === null || rate.effectiveTo >= date));
  return row?.amount ?? null;
}

export type MilestoneFacts = NonNullable<Awaited<ReturnType<typeof readMilestone>>>;

export async function readMilestone(systems: SystemClients, id: string, correlationId: string) {
  return (await systems.systemRead('PSA', MilestoneFactsDocument, { id }, correlationId)).milestone;
}

export async function readChangeOrder(systems: SystemClients, id: string, correlationId: string) {
  return (await systems.systemRead('PSA', ChangeOrderFactsDocument, { id }, correlationId)).changeOrder;
}

export type BillingSummaryFacts = NonNullable<Awaited<ReturnType<typeof readBillingSummary>>>;

/** The ERP's billing totals of a project; null when the ERP does not know the project. */
export async function readBillingSummary(systems: SystemClients, projectId: string, correlationId: string) {
  return (await systems.systemRead('ERP', BillingSummaryDocument, { projectId }, correlationId)).billingSummary;
}

/** Bookings and contract of a project, for billing caps and change orders. */
export async function readProjectCommercials(systems: SystemClients, id: string, correlationId: string) {
  return (await systems.read('PSA', ProjectCommercialsDocument, { id }, correlationId)).project;
}
