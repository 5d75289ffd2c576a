/** Reads the workflows service makes while validating a request (never writes). */
import { tryNativeId, type EntityType, type SourceSystem } from '../../shared/ids.ts';
import { convertMinor } from '../../shared/fx.ts';
import { currencyDigits, formatScaled, parseScaled } from '../../shared/money.ts';
import { textProblem } from '../../shared/text.ts';
import { ConsultantAssignmentsDocument, ProjectCommercialsDocument, ProjectFactsDocument, type ProjectFactsQuery } from '../__generated__/public-projects.ts';
import { ConsultantFactsDocument, type ConsultantFactsQuery } from '../__generated__/public-resources.ts';
import { BillingSummaryDocument, ExchangeRateDocument, RateCardDocument } from '../__generated__/system-finance.ts';
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

/**
 * The ERP's rate card of a role in a region priced in `currency` (the project's), in force on `date`;
 * null when none is (a card in another currency never prices the project).
 */
export async function readRateCard(systems: SystemClients, role: string, region: string, currency: string, date: string, correlationId: string) {
  return (await systems.systemRead('ERP', RateCardDocument, { role, region, currency, date }, correlationId)).rateCard;
}

/** RATE_CARD_MISSING naming `field`: no card of the role in the region in the project's currency on `date`. */
export function rateCardMissing(role: string, region: string | null, currency: string, date: string, field: string): UserErrorShape {
  return userError('RATE_CARD_MISSING', `No ${currency} rate card covers ${role} in ${region ?? 'the project region'} on ${date}`, field);
}

/** The rate a workflow converted an amount at: the ERP's DAILY rate of the pair in force on a day. */
export interface FxUsed {
  from: string;
  to: string;
  rateType: 'DAILY';
  /** The rate's effective date (the latest on or before the day it was wanted for). */
  rateDate: string;
  rate: string;
}

/** The rate type the workflows price at: the day's spot rate of the ERP. */
export const PRICING_RATE_TYPE = 'DAILY';

/**
 * A decimal `amount` in `from` expressed in `to` (docs/kpis.md, Currencies): unchanged when the
 * currencies are the same; else converted once (fx.ts convertMinor, half away from zero) at the ERP's
 * DAILY rate of from→to in force on `date` (the latest effective on or before it), read through the
 * ERP's system API. No such rate: FX_RATE_MISSING naming `field`, the pair and the date (never a rate of 1).
 * `source` is the system that answered `amount` (a malformed amount is its technical failure).
 */
export async function convertForPricing(
  systems: SystemClients,
  amount: { amount: string; currency: string },
  { to, date, field, source }: { to: string; date: string; field: string; source: SourceSystem },
  correlationId: string,
): Promise<{ amount: string; fx: FxUsed | null } | { userError: UserErrorShape }> {
  const from = amount.currency;
  if (from === to) return { amount: amount.amount, fx: null };
  const exchangeRate = await readDailyRate(systems, from, to, date, correlationId);
  if (!exchangeRate) return { userError: fxRateMissing(from, to, date, field) };
  const minor = parseScaled(amount.amount, currencyDigits(from));
  if (minor === null) throw new TechnicalFailure(source, `answered the amount "${amount.amount}" in ${from}`);
  const converted = convertMinor(minor, from, to, exchangeRate.rate);
  return {
    amount: formatScaled(converted, currencyDigits(to)),
    fx: { from, to, rateType: PRICING_RATE_TYPE, rateDate: exchangeRate.effectiveDate, rate: exchangeRate.rate },
  };
}

/**
 * The ERP's DAILY rate of from→to in force on `date` (the latest effective on or before it), read
 * through its system API; null when it holds none. Prices a time entry's cost rate and converts an
 * expense in another currency than its project's (docs/kpis.md).
 */
export async function readDailyRate(systems: SystemClients, from: string, to: string, date: string, correlationId: string) {
  return (await systems.systemRead('ERP', ExchangeRateDocument, { from, to, rateType: PRICING_RATE_TYPE, date }, correlationId)).exchangeRate;
}

/** FX_RATE_MISSING naming `field` (none when null): the ERP holds no DAILY rate of the pair in force on `date`. */
export function fxRateMissing(from: string, to: string, date: string, field: string | null): UserErrorShape {
  const message = `The ERP holds no ${PRICING_RATE_TYPE} exchange rate ${from}→${to} in force on ${date}`;
  return field === null ? userError('FX_RATE_MISSING', message) : userError('FX_RATE_MISSING', message, field);
}

/** The cost rate in force on `date`, a decimal string in the HCM's currency of it (the employing entity's), or null. */
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
