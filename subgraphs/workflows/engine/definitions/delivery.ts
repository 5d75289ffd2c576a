/**
 * Delivery workflows: project status, staffing, and time from logging to ERP posting.
 * Each validates everything it can before writing (refusals write nothing); the PSA and the ERP
 * enforce the same rules again on write, so a race between two requests still cannot break them.
 */
import { isIsoDate } from '../../../shared/dates.ts';
import { OPEN_FOR_WORK, PROJECT_TRANSITIONS, peakAllocation, type ProjectStatus } from '../../../shared/lifecycles.ts';
import { currencyDigits, parseScaled, valueOfHours } from '../../../shared/money.ts';
import { textProblem } from '../../../shared/text.ts';
import { ProjectDatesDocument, type ProjectDatesQuery } from '../../__generated__/public-projects.ts';
import { PostingPeriodDocument, PostTimeDocument } from '../../__generated__/system-finance.ts';
import {
  ApproveTimeDocument,
  ChangeProjectStatusDocument,
  CreateAssignmentDocument,
  LogTimeDocument,
  MarkTimePostedDocument,
  SubmitTimeDocument,
  TimecardsDocument,
} from '../../__generated__/system-projects.ts';
import { inputWrite, writeStep, stepResultOf, type Preparation, type StepContext, type StepDefinition, type WorkflowDefinition } from '../engine.ts';
import {
  checkId,
  convertForPricing,
  costRateOn,
  dayHoursError,
  errorsOf,
  longTextError,
  readAssignments,
  readConsultant,
  readProject,
  rateCardMissing,
  readRateCard,
  userError,
  type AssignmentFacts,
  type ConsultantFacts,
  type FxUsed,
  type ProjectFacts,
} from '../reads.ts';
import type { SystemClients, UserErrorShape, WriteDocument } from '../systems.ts';

function notOpenForWork(project: { code: string; status: string }, what: string): UserErrorShape | null {
  if (OPEN_FOR_WORK.includes(project.status as ProjectStatus)) return null;
  const code = project.status === 'CLOSED' ? 'PROJECT_CLOSED' : 'PROJECT_NOT_OPEN';
  return userError(code, `Project ${project.code} is ${project.status}: cannot ${what}`, 'projectId');
}

/** The project's planned dates (either may be open). */
type ProjectDates = NonNullable<ProjectDatesQuery['project']>;

async function readProjectDates(systems: SystemClients, id: string, correlationId: string): Promise<ProjectDates> {
  const data = await systems.read('PSA', ProjectDatesDocument, { id }, correlationId);
  return data.project ?? { startDate: null, endDate: null };
}

/** A refusal when `from`..`to` leaves the project's dates, naming `field`; else null. */
function outsideProjectDates(dates: ProjectDates, from: string, to: string, field: string, what: string): UserErrorShape | null {
  if ((dates.startDate && from < dates.startDate) || (dates.endDate && to > dates.endDate)) {
    return userError('OUTSIDE_PROJECT_DATES', `${what} falls outside the project's dates (${dates.startDate ?? 'open'} to ${dates.endDate ?? 'open'})`, field);
  }
  return null;
}

/**
 * The project, consultant and the consultant's assignments a staffing or time request is about:
 * unknown ids refuse at once; a project closed for work is a refusal among others (`errors`).
 */
async function readStaffing(
  systems: SystemClients,
  input: { projectId: string; consultantId: string },
  correlationId: string,
  what: string,
): Promise<
  | { userErrors: UserErrorShape[] }
  | { project: ProjectFacts; dates: ProjectDates; consultant: ConsultantFacts; assignments: AssignmentFacts[]; errors: UserErrorShape[] }
> {
  const [project, dates, consultant, assignments] = await Promise.all([
    readProject(systems, input.projectId, correlationId),
    readProjectDates(systems, input.projectId, correlationId),
    readConsultant(systems, input.consultantId, correlationId),
    readAssignments(systems, input.consultantId, correlationId),
  ]);
  const missing = errorsOf(
    project ? null : userError('PROJECT_NOT_FOUND', 'No such project', 'projectId'),
    consultant ? null : userError('CONSULTANT_NOT_FOUND', 'No such consultant', 'consultantId'),
  );
  if (!project || !consultant) return { userErrors: missing };
  return { project, dates, consultant, assignments, errors: errorsOf(notOpenForWork(project, what)) };
}

// ---------------------------------------------------------------------------------------------- status

export interface ChangeStatusInput {
  projectId: string;
  status: ProjectStatus;
  reason?: string | null;
}

export const changeProjectStatus: WorkflowDefinition<ChangeStatusInput, ChangeStatusInput & { customerId: string }> = {
  type: 'changeProjectStatus',
  roles: ['delivery'],
  async prepare(input, { systems, correlationId }) {
    const idError = checkId('Project', input.projectId, 'projectId');
    if (idError) return { userErrors: [idError] };
    const project = await readProject(systems, input.projectId, correlationId);
    if (!project) return { userErrors: [userError('PROJECT_NOT_FOUND', 'No such project', 'projectId')] };
    if (!PROJECT_TRANSITIONS[project.status as ProjectStatus]?.includes(input.status)) {
      return { userErrors: [userError('INVALID_STATUS_TRANSITION', `A ${project.status} project cannot become ${input.status}`, 'status')] };
    }
    const reasonProblem = input.reason == null ? null : textProblem(input.reason, { max: 1000, multiline: true });
    if (reasonProblem) return { userErrors: [userError('INVALID_REASON', `The reason ${reasonProblem}`, 'reason')] };
    return {
      plan: { projectId: project.id, status: input.status, reason: input.reason ?? null, customerId: project.customer.id },
      subjectId: project.id,
      customerId: project.customer.id,
    };
  },
  steps: [
    {
      name: 'changePsaStatus',
      system: 'PSA',
      run: writeStep('PSA', ChangeProjectStatusDocument, ({ plan }) => ({ projectId: plan.projectId, status: plan.status, reason: plan.reason })),
    },
  ],
  exceptionContext: (plan) => ({ projectId: plan.projectId, customerId: plan.customerId }),
};

// ---------------------------------------------------------------------------------------------- staffing

export interface AssignInput {
  projectId: string;
  consultantId: string;
  role: string;
  startDate: string;
  endDate: string;
  allocationPct: number;
}

function roleError(role: string): UserErrorShape | null {
  const problem = textProblem(role, { max: 100, required: true });
  return problem ? userError('INVALID_ROLE', `The role ${problem}`, 'role') : null;
}

export const assignConsultant: WorkflowDefinition<AssignInput, AssignInput & { customerId: string }> = {
  type: 'assignConsultant',
  roles: ['delivery'],
  async prepare(input, { systems, correlationId }) {
    const errors = errorsOf(
      checkId('Project', input.projectId, 'projectId'),
      checkId('Consultant', input.consultantId, 'consultantId'),
      isIsoDate(input.startDate) ? null : userError('INVALID_DATE', 'startDate is not a date', 'startDate'),
      isIsoDate(input.endDate) ? null : userError('INVALID_DATE', 'endDate is not a date', 'endDate'),
      Number.isInteger(input.allocationPct) && input.allocationPct >= 1 && input.allocationPct <= 100
        ? null
        : userError('INVALID_ALLOCATION', 'allocationPct must be 1 to 100', 'allocationPct'),
      roleError(input.role),
    );
    if (!errors.length && input.startDate > input.endDate) errors.push(userError('INVALID_DATE_RANGE', 'startDate is after endDate', 'startDate'));
    if (errors.length) return { userErrors: errors };
    const staffing = await readStaffing(systems, input, correlationId, 'staff it');
    if ('userErrors' in staffing) return staffing;
    const { project, consultant, assignments } = staffing;
    errors.push(...staffing.errors);
    const outside = outsideProjectDates(
      staffing.dates,
      input.startDate,
      input.endDate,
      input.startDate < (staffing.dates.startDate ?? '') ? 'startDate' : 'endDate',
      'The assignment',
    );
    if (outside) errors.push(outside);
    if (consultant.status !== 'ACTIVE') errors.push(userError('CONSULTANT_NOT_ACTIVE', `The consultant is ${consultant.status}`, 'consultantId'));
    const open = assignments.filter((assignment) => assignment.status !== 'CLOSED');
    const peak = peakAllocation(open, input.startDate, input.endDate);
    if (peak + input.allocationPct > 100) {
      errors.push(
        userError('OVER_ALLOCATED', `The consultant is already ${peak}% allocated in that period; ${input.allocationPct}% more exceeds 100%`, 'allocationPct'),
      );
    }
    // The project is priced in its own currency: only a card in that currency covers the role.
    const rate = project.region ? await readRateCard(systems, input.role, project.region, project.currency, input.startDate, correlationId) : null;
    if (!rate) errors.push(rateCardMissing(input.role, project.region, project.currency, input.startDate, 'role'));
    if (errors.length) return { userErrors: errors };
    return { plan: { ...input, customerId: project.customer.id }, subjectId: project.id, customerId: project.customer.id };
  },
  steps: [
    {
      name: 'createPsaAssignment',
      system: 'PSA',
      run: inputWrite('PSA', CreateAssignmentDocument, ({ plan }) => ({
        projectId: plan.projectId,
        consultantId: plan.consultantId,
        role: plan.role,
        startDate: plan.startDate,
        endDate: plan.endDate,
        allocationPct: plan.allocationPct,
      })),
    },
  ],
  exceptionContext: (plan) => ({ projectId: plan.projectId, customerId: plan.customerId }),
};

// ---------------------------------------------------------------------------------------------- time

export interface LogTimeInput {
  projectId: string;
  consultantId: string;
  date: string;
  hours: string;
  billable: boolean;
  notes?: string | null;
}

export interface LogTimePlan extends LogTimeInput {
  customerId: string;
  /** The delivery platform's worklog the entry comes from (the PSA keeps one entry per worklog, ever). */
  sourceRef?: string | null;
  /** Per hour in `currency` (the project's): the rate card's bill rate, and the cost rate as the PSA stores it. */
  billRate: string;
  costRate: string;
  currency: string;
  /** The HCM's cost rate on the date, in its own currency (the employing entity's), before any conversion. */
  hcmCostRate?: { amount: string; currency: string };
  /** The exchange rate `costRate` was converted at from `hcmCostRate`; null when both are in `currency`. */
  costFx?: FxUsed | null;
}

/** PERIOD_CLOSED naming `date` when the ERP's accounting period of the project on `date` is closed; else null. */
async function closedPeriodError(systems: SystemClients, projectId: string, date: string, correlationId: string): Promise<UserErrorShape | null> {
  const { postingPeriod } = await systems.systemRead('ERP', PostingPeriodDocument, { projectId, date }, correlationId);
  if (postingPeriod?.status !== 'CLOSED') return null;
  return userError('PERIOD_CLOSED', `${date} is in the closed accounting period ${postingPeriod.period} of ${postingPeriod.legalEntityId}`, 'date');
}

/** PERIOD_CLOSED naming `timeEntryIds` for each project and month of the cards whose accounting period is closed. */
async function closedPeriodErrors(systems: SystemClients, cards: readonly Timecard[], correlationId: string): Promise<UserErrorShape[]> {
  const months = new Map<string, Timecard>();
  for (const card of cards) months.set(`${card.projectId} ${card.date.slice(0, 7)}`, card);
  const errors: UserErrorShape[] = [];
  for (const card of months.values()) {
    const closed = await closedPeriodError(systems, card.projectId, card.date, correlationId);
    if (closed) errors.push({ ...closed, message: `Timecard ${card.id}: ${closed.message}`, field: ['input', 'timeEntryIds'] });
  }
  return errors;
}

/**
 * logTime's rules and valuation of one time entry (never writes): the ids and values well formed, the
 * project open for time, the consultant assigned on the date, a rate card in the project's currency
 * and a cost rate in force, and the cost rate in the project's currency: the HCM's (in the employing
 * entity's currency) converted at the ERP's DAILY rate in force on the work date when the currencies
 * differ (FX_RATE_MISSING without one). Both rates are per hour in the project's currency, as the PSA
 * stores them. The worklog sync (delivery-platform.ts) plans its entries with it too.
 */
export async function planTimeEntry(
  input: LogTimeInput,
  { systems, correlationId }: { systems: SystemClients; correlationId: string },
): Promise<Preparation<LogTimePlan>> {
  const errors = errorsOf(
    checkId('Project', input.projectId, 'projectId'),
    checkId('Consultant', input.consultantId, 'consultantId'),
    isIsoDate(input.date) ? null : userError('INVALID_DATE', 'date is not a date', 'date'),
    dayHoursError(input.hours, 'hours'),
    longTextError(input.notes, 'INVALID_NOTES', 'notes'),
  );
  if (errors.length) return { userErrors: errors };
  const staffing = await readStaffing(systems, input, correlationId, 'log time on it');
  if ('userErrors' in staffing) return staffing;
  const { project, consultant, assignments } = staffing;
  errors.push(...staffing.errors);
  const outside = outsideProjectDates(staffing.dates, input.date, input.date, 'date', `${input.date}`);
  if (outside) return { userErrors: [...errors, outside] };
  const assignment = assignments.find(
    (candidate) => candidate.project.id === project.id && candidate.status !== 'CLOSED' && candidate.startDate <= input.date && candidate.endDate >= input.date,
  );
  if (!assignment) {
    errors.push(userError('NOT_ASSIGNED', `The consultant has no assignment on ${project.code} covering ${input.date}`, 'date'));
    return { userErrors: errors };
  }
  const rate = project.region ? await readRateCard(systems, assignment.role, project.region, project.currency, input.date, correlationId) : null;
  if (!rate) errors.push(rateCardMissing(assignment.role, project.region, project.currency, input.date, 'date'));
  const hcmCost = costRateOn(consultant, input.date);
  if (!hcmCost) errors.push(userError('COST_RATE_MISSING', `The consultant has no cost rate on ${input.date}`, 'date'));
  const cost = hcmCost
    ? await convertForPricing(systems, hcmCost, { to: project.currency, date: input.date, field: 'date', source: 'HCM' }, correlationId)
    : null;
  if (cost && 'userError' in cost) errors.push(cost.userError);
  // Time dated in a closed accounting period would never post: refused here, and the ERP's posting refuses it again.
  const closed = await closedPeriodError(systems, project.id, input.date, correlationId);
  if (closed) errors.push(closed);
  if (errors.length || !rate || !hcmCost || !cost || 'userError' in cost) return { userErrors: errors };
  return {
    plan: {
      ...input,
      notes: input.notes ?? null,
      customerId: project.customer.id,
      billRate: rate.billRate,
      costRate: cost.amount,
      currency: project.currency,
      hcmCostRate: hcmCost,
      costFx: cost.fx,
    },
    subjectId: project.id,
    customerId: project.customer.id,
  };
}

/** The PSA write of a planned time entry (with its worklog's `sourceRef`, when it has one). */
export const logPsaTimeStep: StepDefinition<LogTimePlan> = {
  name: 'logPsaTime',
  system: 'PSA',
  run: inputWrite('PSA', LogTimeDocument, ({ plan }) => ({
    projectId: plan.projectId,
    consultantId: plan.consultantId,
    date: plan.date,
    hours: plan.hours,
    billable: plan.billable,
    notes: plan.notes,
    billRate: plan.billRate,
    costRate: plan.costRate,
    // Absent, not null, without one: the request of a plain logTime hashes as it always has.
    ...(plan.sourceRef ? { sourceRef: plan.sourceRef } : {}),
  })),
};

/** Business context of a time entry's exception. */
export function timeExceptionContext(plan: LogTimePlan) {
  return {
    projectId: plan.projectId,
    customerId: plan.customerId,
    amount: valueOfHours(parseScaled(plan.hours, 2) ?? 0, parseScaled(plan.billRate, currencyDigits(plan.currency)) ?? 0),
    currency: plan.currency,
  };
}

export const logTime: WorkflowDefinition<LogTimeInput, LogTimePlan> = {
  type: 'logTime',
  roles: ['delivery'],
  prepare: (input, context) => planTimeEntry(input, context),
  steps: [logPsaTimeStep],
  exceptionContext: timeExceptionContext,
};

export interface TimeEntriesInput {
  timeEntryIds: string[];
}

interface TimecardPlan {
  timeEntryIds: string[];
  projectIds: string[];
  customerId: string | null;
  /** Minor units of billable value at stake (exception context). */
  billableValue: number;
  currency: string | null;
}

async function readTimecards(systems: SystemClients, ids: string[], correlationId: string) {
  return (await systems.systemRead('PSA', TimecardsDocument, { ids }, correlationId)).timeEntries;
}

type Timecard = Awaited<ReturnType<typeof readTimecards>>[number];

/**
 * Validates a batch of timecards: ids, existence, states, and that their projects are open for work;
 * `checkCards` adds the refusals of a workflow of its own.
 */
async function prepareTimecards(
  input: TimeEntriesInput,
  allowed: readonly string[],
  what: string,
  systems: SystemClients,
  correlationId: string,
  checkCards?: (cards: Timecard[]) => Promise<UserErrorShape[]>,
) {
  const ids = input.timeEntryIds;
  if (ids.length === 0 || ids.length > 200) return { userErrors: [userError('INVALID_TIME_ENTRIES', 'Give 1 to 200 timecards', 'timeEntryIds')] };
  if (new Set(ids).size !== ids.length) return { userErrors: [userError('DUPLICATE_TIME_ENTRIES', 'A timecard is listed twice', 'timeEntryIds')] };
  const idErrors = errorsOf(...ids.map((id, i) => checkId('TimeEntry', id, `timeEntryIds.${i}`)));
  if (idErrors.length) return { userErrors: idErrors };
  const cards = await readTimecards(systems, ids, correlationId);
  const errors: UserErrorShape[] = [];
  for (const id of ids) {
    const card = cards.find((candidate) => candidate.id === id);
    if (!card) errors.push(userError('TIME_ENTRY_NOT_FOUND', `No timecard ${id}`, 'timeEntryIds'));
    else if (!allowed.includes(card.status))
      errors.push(userError('INVALID_TIME_ENTRY_STATE', `Timecard ${id} is ${card.status}; only ${allowed.join(' or ')} can be ${what}`, 'timeEntryIds'));
  }
  const projectIds = [...new Set(cards.map((card) => card.projectId))];
  const projects = await Promise.all(projectIds.map((id) => readProject(systems, id, correlationId)));
  for (const project of projects) if (project) errors.push(...errorsOf(notOpenForWork(project, `have its time ${what}`)));
  if (!errors.length && checkCards) errors.push(...(await checkCards(cards)));
  if (errors.length) return { userErrors: errors };
  const customers = [...new Set(projects.map((project) => project?.customer.id))];
  const billableValue = cards
    .filter((card) => card.billable)
    .reduce((sum, card) => sum + valueOfHours(parseScaled(card.hours, 2) ?? 0, parseScaled(card.billRate, currencyDigits(card.currency)) ?? 0), 0);
  const plan: TimecardPlan = {
    timeEntryIds: ids,
    projectIds,
    customerId: customers.length === 1 ? (customers[0] ?? null) : null,
    billableValue,
    currency: cards[0]?.currency ?? null,
  };
  return { plan, subjectId: projectIds.length === 1 ? projectIds[0] : null, customerId: plan.customerId };
}

/** A PSA write moving the plan's timecards on (submitted, approved, posted). */
const moveTimecards =
  (document: WriteDocument<{ request: StepContext<TimecardPlan>['request']; ids: string[] }>) =>
  async ({ plan, systems, request }: StepContext<TimecardPlan>) =>
    stepResultOf(await systems.write('PSA', document, { request, ids: plan.timeEntryIds }, request.correlationId));

const timecardContext = (plan: TimecardPlan) => ({
  projectId: plan.projectIds.length === 1 ? plan.projectIds[0] : null,
  customerId: plan.customerId,
  amount: plan.billableValue,
  currency: plan.currency,
});

export const submitTime: WorkflowDefinition<TimeEntriesInput, TimecardPlan> = {
  type: 'submitTime',
  roles: ['delivery'],
  prepare: (input, { systems, correlationId }) => prepareTimecards(input, ['DRAFT', 'REJECTED'], 'submitted', systems, correlationId),
  steps: [{ name: 'submitPsaTime', system: 'PSA', run: moveTimecards(SubmitTimeDocument) }],
  exceptionContext: timecardContext,
};

/** The ERP posting of approved timecards (approveTime's, and a reconciliation replay's). */
const postErpTimeStep: StepDefinition<TimecardPlan> = {
  name: 'postErpTime',
  system: 'ERP',
  parkOnRefusal: true,
  // A time posting the ERP refused or did not take is billing news (live status: POSTING_FAILED).
  exceptionKind: 'TIME_POSTING',
  async run({ plan, systems, request }) {
    const cards = await readTimecards(systems, plan.timeEntryIds, request.correlationId);
    const entries = cards
      .filter((card) => card.status === 'APPROVED')
      .map((card) => ({
        timeEntryId: card.id,
        version: card.version,
        projectId: card.projectId,
        date: card.date,
        hours: card.hours,
        billable: card.billable,
        billRate: card.billRate,
        costRate: card.costRate,
        currency: card.currency,
      }));
    if (entries.length === 0) return { output: { posted: 0 }, changes: [] };
    return stepResultOf(await systems.write('ERP', PostTimeDocument, { request, entries }, request.correlationId));
  },
};

/** The PSA's record that the ERP took the postings. */
const markPsaPostedStep: StepDefinition<TimecardPlan> = { name: 'markPsaPosted', system: 'PSA', run: moveTimecards(MarkTimePostedDocument) };

/**
 * approveTime: approval in the PSA, then posting to the ERP (cost at the cost rate and a generated
 * billing event for the billable part, at the rates in force on each work date), then the PSA
 * records the posting. A financially closed ERP project parks the workflow in the exception queue
 * with the time still approved and unposted.
 */
export const approveTime: WorkflowDefinition<TimeEntriesInput, TimecardPlan> = {
  type: 'approveTime',
  roles: ['delivery'],
  prepare: (input, { systems, correlationId }) =>
    prepareTimecards(input, ['SUBMITTED'], 'approved', systems, correlationId, (cards) => closedPeriodErrors(systems, cards, correlationId)),
  steps: [{ name: 'approvePsaTime', system: 'PSA', run: moveTimecards(ApproveTimeDocument) }, postErpTimeStep, markPsaPostedStep],
  exceptionContext: timecardContext,
};

/**
 * postApprovedTime: the posting approveTime makes, for timecards approved long ago whose posting was
 * lost (a reconciliation finding's replay, docs/reconciliation.md): the ERP posting, then the PSA's
 * record of it. The timecards must still be APPROVED; a financially closed ERP project parks it.
 */
export const postApprovedTime: WorkflowDefinition<TimeEntriesInput, TimecardPlan> = {
  type: 'postApprovedTime',
  roles: ['finance'],
  prepare: (input, { systems, correlationId }) =>
    prepareTimecards(input, ['APPROVED'], 'posted', systems, correlationId, (cards) => closedPeriodErrors(systems, cards, correlationId)),
  steps: [postErpTimeStep, markPsaPostedStep],
  exceptionContext: timecardContext,
};
