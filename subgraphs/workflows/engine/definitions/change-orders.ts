/**
 * Change orders: submitted by delivery, decided by finance. Approving one applies it as one saga:
 * approval (PSA) → contract amended (CRM) → bookings, budget hours and resource requests (PSA) →
 * billing schedule (ERP). A refusal of any later step undoes the earlier ones in reverse.
 */
import { businessDate, isIsoDate } from '../../../shared/dates.ts';
import {
  currencyDigits,
  formatHours,
  formatScaled,
  MAX_AMOUNT_MINOR,
  MAX_CENTI_HOURS,
  maxAmountText,
  maxHoursText,
  parseAmount,
  parseBoundedHours,
  parseScaled,
} from '../../../shared/money.ts';
import { textProblem } from '../../../shared/text.ts';
import { ContractValueDocument } from '../../__generated__/public-customers.ts';
import { ProjectBudgetHoursDocument } from '../../__generated__/public-projects.ts';
import { AmendContractDocument, RevertContractAmendmentDocument } from '../../__generated__/system-customers.ts';
import { AddScheduleLinesDocument, RemoveScheduleLinesDocument } from '../../__generated__/system-finance.ts';
import {
  ApplyChangeOrderDocument,
  DecideChangeOrderDocument,
  ReopenChangeOrderDocument,
  RevertChangeOrderDocument,
  SubmitChangeOrderDocument,
} from '../../__generated__/system-projects.ts';
import { inputWrite, writeStep, stepResultOf, type WorkflowDefinition } from '../engine.ts';
import { checkId, readBillingSummary, readChangeOrder, readProject, readProjectCommercials, userError } from '../reads.ts';
import type { SystemClients, UserErrorShape, WriteDocument } from '../systems.ts';

const CLOSED_TO_CHANGE = ['COMPLETED', 'CANCELLED', 'CLOSED'];

/** The project's bookings and contract (readProjectCommercials) with its budget hours. */
async function readCommercialsWithBudget(systems: SystemClients, id: string, correlationId: string) {
  const [commercials, budget] = await Promise.all([
    readProjectCommercials(systems, id, correlationId),
    systems.read('PSA', ProjectBudgetHoursDocument, { id }, correlationId),
  ]);
  return commercials ? { ...commercials, budgetHours: budget.project?.budgetHours ?? null } : null;
}

export interface SubmitChangeOrderInput {
  projectId: string;
  reason: string;
  deltaBookings: string;
  deltaBudgetHours: string;
  addedRoles?: { role: string; hours: string; startDate?: string | null; endDate?: string | null }[] | null;
}

interface SubmitPlan {
  projectId: string;
  customerId: string;
  reason: string;
  deltaBookings: string;
  deltaBudgetHours: string;
  currency: string;
  addedRoles: { role: string; hours: string; startDate: string | null; endDate: string | null }[];
}

export const submitChangeOrder: WorkflowDefinition<SubmitChangeOrderInput, SubmitPlan> = {
  type: 'submitChangeOrder',
  roles: ['delivery'],
  async prepare(input, { systems, correlationId }) {
    const idError = checkId('Project', input.projectId, 'projectId');
    if (idError) return { userErrors: [idError] };
    const errors: UserErrorShape[] = [];
    const reasonProblem = textProblem(input.reason, { max: 2000, multiline: true, required: true });
    if (reasonProblem) errors.push(userError('INVALID_REASON', `The reason ${reasonProblem}; it must be 1 to 2000 characters`, 'reason'));
    const hours = parseBoundedHours(input.deltaBudgetHours);
    if (hours === null)
      errors.push(
        userError('INVALID_HOURS', `deltaBudgetHours must be a number of hours between -${maxHoursText()} and ${maxHoursText()}`, 'deltaBudgetHours'),
      );
    const roles = input.addedRoles ?? [];
    if (roles.length > 20) errors.push(userError('TOO_MANY_ROLES', 'At most 20 added roles', 'addedRoles'));
    for (const [i, role] of roles.entries()) {
      const roleHours = parseBoundedHours(role.hours);
      const roleProblem = textProblem(role.role, { max: 100, required: true });
      if (roleProblem) errors.push(userError('INVALID_ROLE', `The role ${roleProblem}`, 'addedRoles', String(i), 'role'));
      if (roleHours === null || roleHours <= 0)
        errors.push(userError('INVALID_HOURS', `hours must be more than 0 and at most ${maxHoursText()}`, 'addedRoles', String(i), 'hours'));
      for (const key of ['startDate', 'endDate'] as const) {
        if (role[key] != null && !isIsoDate(role[key])) errors.push(userError('INVALID_DATE', `${key} is not a date`, 'addedRoles', String(i), key));
      }
      if (role.startDate != null && role.endDate != null && isIsoDate(role.startDate) && isIsoDate(role.endDate) && role.startDate > role.endDate) {
        errors.push(userError('INVALID_DATE_RANGE', 'startDate is after endDate', 'addedRoles', String(i), 'startDate'));
      }
    }
    const project = await readProject(systems, input.projectId, correlationId);
    if (!project) return { userErrors: [userError('PROJECT_NOT_FOUND', 'No such project', 'projectId')] };
    if (CLOSED_TO_CHANGE.includes(project.status))
      errors.push(userError('PROJECT_NOT_OPEN', `Project ${project.code} is ${project.status}: it takes no change orders`, 'projectId'));
    const digits = currencyDigits(project.currency);
    const delta = parseAmount(input.deltaBookings, project.currency);
    if (delta === null) {
      const max = maxAmountText(project.currency);
      errors.push(userError('INVALID_AMOUNT', `deltaBookings must be an amount in ${project.currency} between -${max} and ${max}`, 'deltaBookings'));
    }
    if (errors.length || delta === null || hours === null) return { userErrors: errors };
    return {
      plan: {
        projectId: project.id,
        customerId: project.customer.id,
        reason: input.reason,
        deltaBookings: formatScaled(delta, digits),
        deltaBudgetHours: formatHours(hours),
        currency: project.currency,
        addedRoles: roles.map((role) => ({
          role: role.role,
          hours: formatHours(parseBoundedHours(role.hours) as number),
          startDate: role.startDate ?? null,
          endDate: role.endDate ?? null,
        })),
      },
      subjectId: project.id,
      customerId: project.customer.id,
    };
  },
  steps: [
    {
      name: 'submitPsaChangeOrder',
      system: 'PSA',
      run: inputWrite('PSA', SubmitChangeOrderDocument, ({ plan }) => ({
        projectId: plan.projectId,
        reason: plan.reason,
        deltaBookings: plan.deltaBookings,
        deltaBudgetHours: plan.deltaBudgetHours,
        addedRoles: plan.addedRoles,
      })),
    },
  ],
  exceptionContext: (plan) => ({
    projectId: plan.projectId,
    customerId: plan.customerId,
    amount: parseScaled(plan.deltaBookings, currencyDigits(plan.currency)),
    currency: plan.currency,
  }),
};

interface DecisionPlan {
  changeOrderId: string;
  projectId: string;
  customerId: string;
  contractId: string | null;
  deltaBookings: string;
  currency: string;
  scheduleDate: string;
}

async function prepareDecision(input: { changeOrderId: string }, systems: SystemClients, correlationId: string, approving: boolean) {
  const idError = checkId('ChangeOrder', input.changeOrderId, 'changeOrderId');
  if (idError) return { userErrors: [idError] };
  const order = await readChangeOrder(systems, input.changeOrderId, correlationId);
  if (!order) return { userErrors: [userError('CHANGE_ORDER_NOT_FOUND', 'No such change order', 'changeOrderId')] };
  if (order.status !== 'SUBMITTED' && order.status !== 'IN_FINANCIAL_REVIEW') {
    return { userErrors: [userError('INVALID_CHANGE_ORDER_STATE', `The change order is ${order.status}; only a submitted one is decided`, 'changeOrderId')] };
  }
  const [project, commercials] = await Promise.all([
    readProject(systems, order.projectId, correlationId),
    readCommercialsWithBudget(systems, order.projectId, correlationId),
  ]);
  if (!project || !commercials) return { userErrors: [userError('PROJECT_NOT_FOUND', 'The change order has no project', 'changeOrderId')] };
  const errors: UserErrorShape[] = [];
  if (approving) {
    if (CLOSED_TO_CHANGE.includes(project.status)) errors.push(userError('PROJECT_NOT_OPEN', `Project ${project.code} is ${project.status}`, 'changeOrderId'));
    if (!commercials.contract) errors.push(userError('CONTRACT_MISSING', 'The project has no contract to amend', 'changeOrderId'));
    else {
      const { contract } = await systems.read('CRM', ContractValueDocument, { id: commercials.contract.id }, correlationId);
      if (!contract || (contract.status !== 'ACTIVATED' && contract.status !== 'AMENDED')) {
        errors.push(
          userError('CONTRACT_NOT_ACTIVE', `The contract is ${contract?.status ?? 'missing'}; only an activated contract is amended`, 'changeOrderId'),
        );
      }
      const digits = currencyDigits(order.currency);
      const delta = parseScaled(order.deltaBookings, digits) as number;
      const bookings = (parseScaled(commercials.bookings.amount, digits) as number) + delta;
      const contractValue = contract ? (parseScaled(contract.value.amount, digits) as number) + delta : 0;
      if (bookings < 0) errors.push(userError('NEGATIVE_BOOKINGS', 'The change would make the bookings negative', 'changeOrderId'));
      if (bookings > MAX_AMOUNT_MINOR || contractValue > MAX_AMOUNT_MINOR) {
        errors.push(
          userError(
            'BOOKINGS_OVER_LIMIT',
            `The change would take the bookings or the contract value past ${maxAmountText(order.currency)} ${order.currency}`,
            'changeOrderId',
          ),
        );
      }
    }
    const budgetHours = parseScaled(commercials.budgetHours ?? '0', 2) as number;
    const hoursAfter = budgetHours + (parseScaled(order.deltaBudgetHours, 2) as number);
    if (hoursAfter < 0)
      errors.push(userError('NEGATIVE_BUDGET_HOURS', `The change would make the budget hours negative (${formatHours(hoursAfter)})`, 'changeOrderId'));
    if (hoursAfter > MAX_CENTI_HOURS)
      errors.push(userError('BUDGET_HOURS_OVER_LIMIT', `The change would take the budget hours past ${maxHoursText()}`, 'changeOrderId'));
    if (!(await readBillingSummary(systems, project.id, correlationId)))
      errors.push(userError('PROJECT_NOT_IN_ERP', 'The ERP has no financial dimension for the project', 'changeOrderId'));
  }
  if (errors.length) return { userErrors: errors };
  const plan: DecisionPlan = {
    changeOrderId: order.id,
    projectId: project.id,
    customerId: project.customer.id,
    contractId: commercials.contract?.id ?? null,
    deltaBookings: order.deltaBookings,
    currency: order.currency,
    scheduleDate: businessDate(),
  };
  return { plan, subjectId: project.id, customerId: project.customer.id };
}

const decisionContext = (plan: DecisionPlan) => ({
  projectId: plan.projectId,
  customerId: plan.customerId,
  amount: parseScaled(plan.deltaBookings, currencyDigits(plan.currency)),
  currency: plan.currency,
});

type Step = WorkflowDefinition<unknown, DecisionPlan>['steps'][number];

type StepRequest = Parameters<Step['run']>[0]['request'];

/** A PSA change-order write taking just the change order. */
const psaChangeOrderWrite =
  (document: WriteDocument<{ request: StepRequest; changeOrderId: string }>): Step['run'] =>
  async ({ plan, systems, request }) =>
    stepResultOf(await systems.write('PSA', document, { request, changeOrderId: plan.changeOrderId }, request.correlationId));

/** The PSA's decision on the change order. */
const decidePsaChangeOrder =
  (approve: boolean): Step['run'] =>
  async ({ plan, systems, request }) =>
    stepResultOf(await systems.write('PSA', DecideChangeOrderDocument, { request, changeOrderId: plan.changeOrderId, approve }, request.correlationId));

const hasDelta = ({ plan }: { plan: DecisionPlan }) => (parseScaled(plan.deltaBookings, currencyDigits(plan.currency)) ?? 0) !== 0;

export const approveChangeOrder: WorkflowDefinition<{ changeOrderId: string }, DecisionPlan> = {
  type: 'approveChangeOrder',
  roles: ['finance'],
  prepare: (input, { systems, correlationId }) => prepareDecision(input, systems, correlationId, true),
  steps: [
    {
      name: 'approvePsaChangeOrder',
      system: 'PSA',
      run: decidePsaChangeOrder(true),
      compensate: psaChangeOrderWrite(ReopenChangeOrderDocument),
    },
    {
      name: 'amendCrmContract',
      system: 'CRM',
      when: hasDelta,
      run: writeStep('CRM', AmendContractDocument, ({ plan }) => ({
        contractId: plan.contractId as string,
        changeOrderId: plan.changeOrderId,
        deltaValue: plan.deltaBookings,
      })),
      compensate: async ({ plan, systems, request }) =>
        stepResultOf(
          await systems.write(
            'CRM',
            RevertContractAmendmentDocument,
            { request, contractId: plan.contractId as string, changeOrderId: plan.changeOrderId },
            request.correlationId,
          ),
        ),
    },
    {
      name: 'applyPsaChangeOrder',
      system: 'PSA',
      run: psaChangeOrderWrite(ApplyChangeOrderDocument),
      compensate: psaChangeOrderWrite(RevertChangeOrderDocument),
    },
    {
      name: 'amendErpSchedule',
      system: 'ERP',
      when: hasDelta,
      run: inputWrite('ERP', AddScheduleLinesDocument, ({ plan }) => ({
        projectId: plan.projectId,
        changeOrderId: plan.changeOrderId,
        currency: plan.currency,
        lines: [{ label: 'Change order', date: plan.scheduleDate, amount: plan.deltaBookings }],
      })),
      compensate: async ({ plan, systems, request }) =>
        stepResultOf(
          await systems.write(
            'ERP',
            RemoveScheduleLinesDocument,
            { request, projectId: plan.projectId, changeOrderId: plan.changeOrderId },
            request.correlationId,
          ),
        ),
    },
  ],
  exceptionContext: decisionContext,
};

export const rejectChangeOrder: WorkflowDefinition<{ changeOrderId: string }, DecisionPlan> = {
  type: 'rejectChangeOrder',
  roles: ['finance'],
  prepare: (input, { systems, correlationId }) => prepareDecision(input, systems, correlationId, false),
  steps: [{ name: 'rejectPsaChangeOrder', system: 'PSA', run: decidePsaChangeOrder(false) }],
  exceptionContext: decisionContext,
};
