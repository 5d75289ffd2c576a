/**
 * Period close (closePeriod): recognizes each project's revenue for an accounting period by its
 * billing model, posts it to the ERP's revenue ledger once per project and period, accrues approved
 * cost the ERP has not posted, and closes the period (docs/workflows.md, "Period close").
 *
 * Revenue is cumulative: a project's revenue through the period end, by the KPI function the hub's
 * `ProjectFinancials.recognizedRevenue` uses (shared/kpi.ts), less what the ERP holds for the periods
 * before. So T&M posts the approved billable value of the period, a fixed fee its percent complete
 * × contract value through the period less what earlier periods took, a milestone project the
 * milestones approved in it, and any work approved late (dated in a period closed before) lands in
 * the next period closed. The inputs through the period end are the PSA's delivery totals less the
 * approved work dated after it (time, expenses, milestones by their actual date); the remaining
 * estimate at the period end is the PSA's remaining estimate plus the hours approved since. A
 * project with work dated after the period counts as in progress at its end (a delivered fixed fee
 * is 100 % complete only from its last work on). Closing every period up to the business date so
 * brings each project's ledger to the hub's recognized revenue, to the cent.
 *
 * Steps: beginErpPeriodClose (OPEN → CLOSING per legal entity), recognizeRevenue (reads only; its
 * output is the postings and accruals, stored, so a re-run writes the same), postErpRevenue and
 * accrueErpCost (one system write per project, each with its own request key derived from the
 * step's, so a step run again after a crash replays the writes already made; a refusal parks the
 * workflow), closeErpPeriod (→ CLOSED per legal entity). The ERP holds each write to its business
 * key as well: a second posting or accrual for a project and period writes nothing.
 */
import { addDays, businessDate } from '../../../shared/dates.ts';
import {
  deliveryAsOf,
  expenseInProjectCurrency,
  recognizedRevenue,
  withForeignExpenses,
  type DeliveryInputs,
  type ForeignExpense,
} from '../../../shared/kpi.ts';
import type { BillingModel } from '../../../shared/labels.ts';
import { currencyDigits, formatScaled, parseHours, parseScaled, valueOfHours } from '../../../shared/money.ts';
import { isFuturePeriod, isPeriod, PARENT_SUBSIDIARY, periodEnd } from '../../../shared/periods.ts';
import { textProblem } from '../../../shared/text.ts';
import { CustomerLegalEntitiesDocument, type CustomerLegalEntitiesQuery } from '../../__generated__/public-customers.ts';
import { ProjectPeriodFactsDocument, ProjectTimePageDocument, type ProjectPeriodFactsQuery } from '../../__generated__/public-projects.ts';
import {
  AccountingPeriodsDocument,
  AccrueCostDocument,
  BeginPeriodCloseDocument,
  ClosePeriodDocument,
  PeriodLedgersDocument,
  PostRevenueDocument,
  type PeriodLedgersQuery,
} from '../../__generated__/system-finance.ts';
import { TimecardsDocument } from '../../__generated__/system-projects.ts';
import type { EntityChange } from '../../../shared/system-api.ts';
import type { StepContext, WorkflowDefinition } from '../engine.ts';
import { fxRateMissing, readDailyRate, userError } from '../reads.ts';
import { BusinessFailure, TechnicalFailure, type SystemClients, type WriteDocument } from '../systems.ts';

export interface ClosePeriodInput {
  period: string;
  legalEntityId?: string | null;
}

export interface ClosePeriodPlan {
  period: string;
  periodEnd: string;
  /** The business date the close was asked on (a milestone approved without an actual date counts then). */
  asOf: string;
  /** The CRM legal entity asked for; null: every legal entity. */
  legalEntityId: string | null;
  /** The ERP legal entities (subsidiaries) whose period this close closes. */
  legalEntities: string[];
}

/** A revenue posting the close makes (decimal strings in the project's currency). */
export interface PlannedPosting {
  projectId: string;
  method: string;
  amount: string;
  cumulative: string;
  currency: string;
}

/** A cost accrual the close makes: the approved items the ERP may not have posted. */
export interface PlannedAccrual {
  projectId: string;
  currency: string;
  items: { source: 'TIME' | 'EXPENSE'; sourceId: string; version: number | null; amount: string }[];
}

/** Revenue recognition method by billing model (the ERP's revenue events). */
const METHOD_OF: Record<BillingModel, string> = {
  TIME_AND_MATERIALS: 'ACTUAL_TIME',
  FIXED_FEE: 'PERCENT_COMPLETE',
  MILESTONE: 'MILESTONE',
  RETAINER: 'STRAIGHT_LINE',
};

/** Time entry states that count as approved work (docs/kpis.md). */
const APPROVED_TIME: ReadonlySet<string> = new Set(['APPROVED', 'POSTED', 'BILLED', 'INVOICED']);

/** Projects read from the PSA per request, and timecards per rate read. */
const PROJECTS_PER_READ = 25;
const TIMECARDS_PER_READ = 200;
const LEDGERS_PER_PAGE = 500;
const CUSTOMERS_PER_PAGE = 500;

/** The ERP subsidiary of a CRM legal entity (through the CRM's customers); null when no customer has it. */
async function subsidiaryOf(systems: SystemClients, legalEntityId: string, correlationId: string): Promise<string | null> {
  for (let after: string | null = null; ; ) {
    const { customers }: CustomerLegalEntitiesQuery = await systems.read(
      'CRM',
      CustomerLegalEntitiesDocument,
      { first: CUSTOMERS_PER_PAGE, after },
      correlationId,
    );
    const found = customers.edges.find((edge) => edge.node.legalEntity?.id === legalEntityId);
    if (found?.node.legalEntity) return found.node.legalEntity.erpSubsidiary ?? PARENT_SUBSIDIARY;
    if (!customers.pageInfo.hasNextPage || !customers.pageInfo.endCursor) return null;
    after = customers.pageInfo.endCursor;
  }
}

export const closePeriod: WorkflowDefinition<ClosePeriodInput, ClosePeriodPlan> = {
  type: 'closePeriod',
  roles: ['finance'],
  async prepare(input, { systems, correlationId }) {
    if (!isPeriod(input.period)) return { userErrors: [userError('INVALID_PERIOD', `"${String(input.period)}" is not a period (YYYY-MM)`, 'period')] };
    const asOf = businessDate();
    if (isFuturePeriod(input.period, asOf)) {
      return { userErrors: [userError('PERIOD_IN_FUTURE', `${input.period} has not begun on the business date ${asOf}`, 'period')] };
    }
    let subsidiary: string | null = null;
    const legalEntityId = input.legalEntityId ?? null;
    if (legalEntityId !== null) {
      const problem = textProblem(legalEntityId, { max: 255, required: true });
      if (problem) return { userErrors: [userError('INVALID_ID', `legalEntityId ${problem}`, 'legalEntityId')] };
      subsidiary = await subsidiaryOf(systems, legalEntityId, correlationId);
      if (subsidiary === null) return { userErrors: [userError('LEGAL_ENTITY_NOT_FOUND', 'No customer contracts with this legal entity', 'legalEntityId')] };
    }
    const { accountingPeriods } = await systems.systemRead(
      'ERP',
      AccountingPeriodsDocument,
      { period: input.period, legalEntityId: subsidiary },
      correlationId,
    );
    if (accountingPeriods.length === 0) return { userErrors: [userError('NOTHING_TO_CLOSE', 'The ERP books no legal entity yet', 'period')] };
    const open = accountingPeriods.filter((row) => row.status !== 'CLOSED');
    if (open.length === 0) {
      return {
        userErrors: [
          userError('PERIOD_CLOSED', `${input.period} is closed already (${accountingPeriods.map((row) => row.legalEntityId).join(', ')})`, 'period'),
        ],
      };
    }
    return {
      plan: { period: input.period, periodEnd: periodEnd(input.period), asOf, legalEntityId, legalEntities: open.map((row) => row.legalEntityId) },
      subjectId: null,
      customerId: null,
    };
  },
  steps: [
    { name: 'beginErpPeriodClose', system: 'ERP', run: (context) => eachLegalEntity(context, BeginPeriodCloseDocument) },
    { name: 'recognizeRevenue', system: 'PSA', parkOnRefusal: true, run: recognizeRevenue },
    { name: 'postErpRevenue', system: 'ERP', parkOnRefusal: true, run: postRevenue },
    { name: 'accrueErpCost', system: 'ERP', parkOnRefusal: true, run: accrueCost },
    { name: 'closeErpPeriod', system: 'ERP', run: (context) => eachLegalEntity(context, ClosePeriodDocument) },
  ],
};

/** The SystemRequest of one of a step's writes: the step's key and a suffix of its own. */
function derivedRequest(request: StepContext<ClosePeriodPlan>['request'], suffix: string) {
  return { ...request, requestKey: `${request.requestKey}:${suffix}` };
}

/** A period write for each legal entity of the plan. */
async function eachLegalEntity(
  { plan, systems, request }: StepContext<ClosePeriodPlan>,
  document: WriteDocument<{ request: StepContext<ClosePeriodPlan>['request']; legalEntityId: string; period: string }>,
) {
  const changes: EntityChange[] = [];
  const periods: Record<string, unknown>[] = [];
  for (const legalEntityId of plan.legalEntities) {
    const outcome = await systems.write(
      'ERP',
      document,
      { request: derivedRequest(request, legalEntityId), legalEntityId, period: plan.period },
      request.correlationId,
    );
    changes.push(...outcome.changes);
    periods.push(outcome.result);
  }
  return { output: { periods }, changes };
}

type PeriodLedger = PeriodLedgersQuery['periodLedgers']['ledgers'][number];
type ProjectFacts = Extract<ProjectPeriodFactsQuery['_entities'][number], { id: string }>;
type TimeNode = ProjectFacts['later']['edges'][number]['node'];

const isProject = (entity: ProjectPeriodFactsQuery['_entities'][number]): entity is ProjectFacts => entity !== null && 'id' in entity;

/** Every ERP project of the plan's legal entities, with its postings around the period. */
async function readLedgers(systems: SystemClients, plan: ClosePeriodPlan, correlationId: string): Promise<PeriodLedger[]> {
  const ledgers: PeriodLedger[] = [];
  for (let after: string | null = null; ; ) {
    const { periodLedgers }: PeriodLedgersQuery = await systems.systemRead(
      'ERP',
      PeriodLedgersDocument,
      { period: plan.period, legalEntityIds: plan.legalEntities, first: LEDGERS_PER_PAGE, after },
      correlationId,
    );
    ledgers.push(...periodLedgers.ledgers);
    if (!periodLedgers.endCursor) return ledgers;
    after = periodLedgers.endCursor;
  }
}

/** A project's time entries of one filter, every page (the first came with the project). */
async function allTime(
  systems: SystemClients,
  projectId: string,
  first: ProjectFacts['later'],
  filter: { from?: string; to?: string; status?: 'APPROVED' },
  correlationId: string,
): Promise<TimeNode[]> {
  const nodes = first.edges.map((edge) => edge.node);
  for (let page = first.pageInfo; page.hasNextPage && page.endCursor; ) {
    const { project } = await systems.read('PSA', ProjectTimePageDocument, { id: projectId, after: page.endCursor, filter }, correlationId);
    if (!project) break;
    nodes.push(...project.timeEntries.edges.map((edge) => edge.node));
    page = project.timeEntries.pageInfo;
  }
  return nodes;
}

/** Bill rate, cost rate and version of timecards, by id. */
async function timecardsOf(systems: SystemClients, ids: readonly string[], correlationId: string) {
  const cards = new Map<string, { billRate: string; costRate: string; version: number }>();
  for (let start = 0; start < ids.length; start += TIMECARDS_PER_READ) {
    const { timeEntries } = await systems.systemRead('PSA', TimecardsDocument, { ids: ids.slice(start, start + TIMECARDS_PER_READ) }, correlationId);
    for (const card of timeEntries) cards.set(card.id, card);
  }
  return cards;
}

/** Reads the step's figures; reads only, so its stored output is what the posting steps replay. */
async function recognizeRevenue({ plan, systems, request }: StepContext<ClosePeriodPlan>) {
  const correlationId = request.correlationId;
  const ledgers = (await readLedgers(systems, plan, correlationId)).filter((ledger) => ledger.postedInPeriod === null || ledger.accruedInPeriod === null);
  const postings: PlannedPosting[] = [];
  const accruals: PlannedAccrual[] = [];
  const after = addDays(plan.periodEnd, 1);
  const dailyRates = new Map<string, Promise<string | null>>();
  for (let start = 0; start < ledgers.length; start += PROJECTS_PER_READ) {
    const chunk = ledgers.slice(start, start + PROJECTS_PER_READ);
    const { _entities } = await systems.read(
      'PSA',
      ProjectPeriodFactsDocument,
      { representations: chunk.map((ledger) => ({ __typename: 'Project', id: ledger.projectId })), after, periodEnd: plan.periodEnd },
      correlationId,
    );
    for (const [index, ledger] of chunk.entries()) {
      const facts = _entities[index];
      // The PSA no longer knows the project (or answered another type): nothing to recognize.
      if (!isProject(facts)) continue;
      if (facts.bookings.currency !== ledger.currency) {
        throw new TechnicalFailure('PSA', `project ${facts.id} is in ${facts.bookings.currency}, its ERP dimension in ${ledger.currency}`);
      }
      const later = (await allTime(systems, facts.id, facts.later, { from: after }, correlationId)).filter((entry) => APPROVED_TIME.has(entry.status));
      const unposted =
        ledger.accruedInPeriod === null ? await allTime(systems, facts.id, facts.unposted, { to: plan.periodEnd, status: 'APPROVED' }, correlationId) : [];
      const priced = ledger.postedInPeriod === null ? [...later, ...unposted] : unposted;
      const cards = await timecardsOf(
        systems,
        priced.map((entry) => entry.id),
        correlationId,
      );
      const foreign = await foreignExpensesThrough(systems, plan, facts, dailyRates, correlationId);
      if (ledger.postedInPeriod === null) {
        const posting = revenueThrough(plan, facts, ledger, later, cards, foreign);
        if (posting) postings.push(posting);
      }
      if (ledger.accruedInPeriod === null) {
        const accrual = accrualOf(plan, facts, unposted, cards, foreign);
        if (accrual.items.length > 0) accruals.push(accrual);
      }
    }
  }
  return { output: { projects: ledgers.length, postings, accruals }, changes: [] };
}

type ExpenseFacts = ProjectFacts['expenses'][number];

/** A project's approved expenses in another currency dated in or before the period, and the rate converting each. */
interface ForeignThrough {
  expenses: ForeignExpense[];
  /** By expense id: the amount in the project's currency, minor units. */
  converted: Map<string, number>;
  rateOn: (currency: string, date: string) => string;
}

const isApprovedBy = (periodEnd: string) => (expense: ExpenseFacts) => expense.status === 'APPROVED' && expense.date <= periodEnd;

/**
 * The project's approved expenses in another currency dated in or before the period, each converted
 * once to the project's currency at the ERP's DAILY rate in force on its date (shared/kpi.ts
 * expenseInProjectCurrency), the rates read through the ERP's system API once per pair and day of the
 * close. A rate the ERP does not hold refuses the close with FX_RATE_MISSING naming the pair and the
 * date (the workflow parks; record the rate and retry): never a rate of 1, never an expense dropped.
 * Those dated after the period are not needed: they count in neither the revenue nor the accrual.
 */
async function foreignExpensesThrough(
  systems: SystemClients,
  plan: ClosePeriodPlan,
  facts: ProjectFacts,
  dailyRates: Map<string, Promise<string | null>>,
  correlationId: string,
): Promise<ForeignThrough> {
  const currency = facts.bookings.currency;
  const list = facts.expenses.filter(isApprovedBy(plan.periodEnd)).filter((expense) => expense.amount.currency !== currency);
  const rates = new Map<string, string>();
  const keyOf = (from: string, date: string) => `${from}|${currency}|${date}`;
  for (const expense of list) {
    const key = keyOf(expense.amount.currency, expense.date);
    let rate = dailyRates.get(key);
    if (!rate) {
      rate = readDailyRate(systems, expense.amount.currency, currency, expense.date, correlationId).then((found) => found?.rate ?? null);
      dailyRates.set(key, rate);
    }
    const found = await rate;
    if (found === null) throw new BusinessFailure([fxRateMissing(expense.amount.currency, currency, expense.date, null)]);
    rates.set(key, found);
  }
  const rateOn = (from: string, date: string) => rates.get(keyOf(from, date)) as string;
  const expenses = list.map((expense) => {
    const digits = currencyDigits(expense.amount.currency);
    const amount = parseScaled(expense.amount.amount, digits);
    if (amount === null) throw new TechnicalFailure('PSA', `answered the amount "${expense.amount.amount}" in ${expense.amount.currency}`);
    return { id: expense.id, date: expense.date, billable: expense.billable, currency: expense.amount.currency, amount };
  });
  return {
    expenses,
    converted: new Map(expenses.map((expense) => [expense.id, expenseInProjectCurrency(expense, currency, rateOn)])),
    rateOn,
  };
}

/**
 * The project's revenue through the period end, less what the ERP holds for the periods before: a
 * posting, or null when that leaves nothing. The PSA's totals count the expenses in the project's
 * currency; those in another currency dated in or before the period are added converted (`foreign`).
 */
function revenueThrough(
  plan: ClosePeriodPlan,
  facts: ProjectFacts,
  ledger: PeriodLedger,
  later: readonly TimeNode[],
  cards: ReadonlyMap<string, { billRate: string; costRate: string }>,
  foreign: ForeignThrough,
): PlannedPosting | null {
  const currency = facts.bookings.currency;
  const digits = currencyDigits(currency);
  const units = (text: string) => {
    const value = parseScaled(text, digits);
    if (value === null) throw new TechnicalFailure('PSA', `answered the amount "${text}" in ${currency}`);
    return value;
  };
  const rateOf = (entry: TimeNode, rate: 'billRate' | 'costRate') => {
    const card = cards.get(entry.id);
    if (!card) throw new TechnicalFailure('PSA', `answered no rates for timecard ${entry.id}`);
    return units(card[rate]);
  };
  const totals = facts.deliveryTotals;
  const laterExpenses = facts.expenses.filter((expense) => expense.status === 'APPROVED' && expense.date > plan.periodEnd);
  // The PSA sums expenses in the project's currency only: later ones in another currency are not in its totals.
  const laterInCurrency = laterExpenses.filter((expense) => expense.amount.currency === currency);
  const laterMilestones = facts.milestones.filter(
    (milestone) => milestone.status === 'APPROVED' && milestone.amount !== null && (milestone.actualDate ?? plan.asOf) > plan.periodEnd,
  );
  const psaTotals: DeliveryInputs = {
    approvedHours: parseHours(totals.approvedHours),
    remainingPlannedHours: parseHours(totals.remainingPlannedHours),
    billableTimeValue: units(totals.billableTimeValue.amount),
    billableExpenseValue: units(totals.billableExpenseValue.amount),
    cost: units(totals.cost.amount),
    approvedMilestoneValue: units(totals.approvedMilestoneValue.amount),
  };
  const now = withForeignExpenses(psaTotals, currency, foreign.expenses, foreign.rateOn);
  const { delivery: through, status } = deliveryAsOf(facts.status, now, {
    approvedHours: sum(later.map((entry) => parseHours(entry.hours))),
    billableTimeValue: sum(later.filter((entry) => entry.billable).map((entry) => valueOfHours(parseHours(entry.hours), rateOf(entry, 'billRate')))),
    billableExpenseValue: sum(laterInCurrency.filter((expense) => expense.billable).map((expense) => units(expense.amount.amount))),
    cost:
      sum(later.map((entry) => valueOfHours(parseHours(entry.hours), rateOf(entry, 'costRate')))) +
      sum(laterInCurrency.map((expense) => units(expense.amount.amount))),
    approvedMilestoneValue: sum(laterMilestones.map((milestone) => units((milestone.amount as { amount: string }).amount))),
    records: later.length + laterExpenses.length + laterMilestones.length,
  });
  const cumulative = recognizedRevenue(facts.billingModel, units(facts.bookings.amount), through, status);
  const amount = cumulative - units(ledger.postedBefore);
  if (amount === 0) return null;
  return {
    projectId: facts.id,
    method: METHOD_OF[facts.billingModel],
    amount: formatScaled(amount, digits),
    cumulative: formatScaled(cumulative, digits),
    currency,
  };
}

/**
 * Approved time (not yet posted, per the PSA) and approved expenses dated in or before the period, at
 * cost in the project's currency (an expense in another currency converted, `foreign`).
 */
function accrualOf(
  plan: ClosePeriodPlan,
  facts: ProjectFacts,
  unposted: readonly TimeNode[],
  cards: ReadonlyMap<string, { costRate: string; version: number }>,
  foreign: ForeignThrough,
): PlannedAccrual {
  const currency = facts.bookings.currency;
  const digits = currencyDigits(currency);
  const items: PlannedAccrual['items'] = [];
  for (const entry of unposted) {
    const card = cards.get(entry.id);
    if (!card) throw new TechnicalFailure('PSA', `answered no rates for timecard ${entry.id}`);
    const costRate = parseScaled(card.costRate, digits);
    if (costRate === null) throw new TechnicalFailure('PSA', `answered the cost rate "${card.costRate}" in ${currency}`);
    items.push({ source: 'TIME', sourceId: entry.id, version: card.version, amount: formatScaled(valueOfHours(parseHours(entry.hours), costRate), digits) });
  }
  for (const expense of facts.expenses.filter(isApprovedBy(plan.periodEnd))) {
    const converted = foreign.converted.get(expense.id);
    const amount = converted === undefined ? expense.amount.amount : formatScaled(converted, digits);
    items.push({ source: 'EXPENSE', sourceId: expense.id, version: null, amount });
  }
  return { projectId: facts.id, currency, items };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** One revenue posting per project, each under its own request key. */
async function postRevenue({ plan, state, systems, request }: StepContext<ClosePeriodPlan>) {
  const planned = (state.recognizeRevenue?.postings ?? []) as PlannedPosting[];
  const changes: EntityChange[] = [];
  const postings: Record<string, unknown>[] = [];
  for (const posting of planned) {
    const outcome = await systems.write(
      'ERP',
      PostRevenueDocument,
      { request: derivedRequest(request, posting.projectId), period: plan.period, ...posting },
      request.correlationId,
    );
    changes.push(...outcome.changes);
    postings.push({ ...posting, posted: outcome.result.posted === true });
  }
  return { output: { postings }, changes };
}

/** One cost accrual per project, each under its own request key. */
async function accrueCost({ plan, state, systems, request }: StepContext<ClosePeriodPlan>) {
  const planned = (state.recognizeRevenue?.accruals ?? []) as PlannedAccrual[];
  const changes: EntityChange[] = [];
  let accrued = 0;
  for (const accrual of planned) {
    const outcome = await systems.write(
      'ERP',
      AccrueCostDocument,
      { request: derivedRequest(request, accrual.projectId), period: plan.period, ...accrual },
      request.correlationId,
    );
    changes.push(...outcome.changes);
    if (outcome.result.accrued === true) accrued++;
  }
  return { output: { accrued }, changes };
}
