/**
 * Change orders: submitted by delivery, decided by finance. Approving one applies it as one saga:
 * approval (PSA) → contract amended (CRM) → bookings, budget hours and resource requests (PSA) →
 * billing schedule (ERP). A refusal of any later step undoes the earlier ones in reverse.
 */
import { businessDate, isIsoDate } from '../../../shared/dates.ts';
import { currencyDigits, formatHours, formatScaled, parseScaled } from '../../../shared/money.ts';
import { inputWrite, stepResultOf, type WorkflowDefinition } from '../engine.ts';
import { checkId, readBillingSummary, readChangeOrder, readProject, readProjectCommercials, userError } from '../reads.ts';
import { WRITE_RESULT, type SystemClients, type UserErrorShape } from '../systems.ts';

const CLOSED_TO_CHANGE = ['COMPLETED', 'CANCELLED', 'CLOSED'];

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
    if (!input.reason.trim() || input.reason.length > 2000) errors.push(userError('INVALID_REASON', 'The reason must be 1 to 2000 characters', 'reason'));
    const hours = parseScaled(input.deltaBudgetHours, 2);
    if (hours === null) errors.push(userError('INVALID_HOURS', 'deltaBudgetHours is not a number of hours', 'deltaBudgetHours'));
    const roles = input.addedRoles ?? [];
    if (roles.length > 20) errors.push(userError('TOO_MANY_ROLES', 'At most 20 added roles', 'addedRoles'));
    for (const [i, role] of roles.entries()) {
      const roleHours = parseScaled(role.hours, 2);
      if (!role.role.trim()) errors.push(userError('INVALID_ROLE', 'A role is required', 'addedRoles', String(i), 'role'));
      if (roleHours === null || roleHours <= 0) errors.push(userError('INVALID_HOURS', 'hours must be positive', 'addedRoles', String(i), 'hours'));
      for (const key of ['startDate', 'endDate'] as const) {
        if (role[key] != null && !isIsoDate(role[key])) errors.push(userError('INVALID_DATE', `${key} is not a date`, 'addedRoles', String(i), key));
      }
    }
    const project = await readProject(systems, input.projectId, correlationId);
    if (!project) return { userErrors: [userError('PROJECT_NOT_FOUND', 'No such project', 'projectId')] };
    if (CLOSED_TO_CHANGE.includes(project.status)) errors.push(userError('PROJECT_NOT_OPEN', `Project ${project.code} is ${project.status}: it takes no change orders`, 'projectId'));
    const digits = currencyDigits(project.currency);
    const delta = parseScaled(input.deltaBookings, digits);
    if (delta === null) errors.push(userError('INVALID_AMOUNT', `deltaBookings is not an amount in ${project.currency}`, 'deltaBookings'));
    if (errors.length || delta === null || hours === null) return { userErrors: errors };
    return {
      plan: {
        projectId: project.id,
        customerId: project.customer.id,
        reason: input.reason,
        deltaBookings: formatScaled(delta, digits),
        deltaBudgetHours: formatHours(hours),
        currency: project.currency,
        addedRoles: roles.map((role) => ({ role: role.role, hours: formatHours(parseScaled(role.hours, 2) as number), startDate: role.startDate ?? null, endDate: role.endDate ?? null })),
      },
      subjectId: project.id,
      customerId: project.customer.id,
    };
  },
  steps: [
    {
      name: 'submitPsaChangeOrder',
      system: 'PSA',
      run: inputWrite<SubmitPlan>('PSA', 'submitChangeOrder', 'NewChangeOrder', ({ plan }) => ({ projectId: plan.projectId, reason: plan.reason, deltaBookings: plan.deltaBookings, deltaBudgetHours: plan.deltaBudgetHours, addedRoles: plan.addedRoles })),
    },
  ],
  exceptionContext: (plan) => ({ projectId: plan.projectId, customerId: plan.customerId, amount: parseScaled(plan.deltaBookings, currencyDigits(plan.currency)), currency: plan.currency }),
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
  const [project, commercials] = await Promise.all([readProject(systems, order.projectId, correlationId), readProjectCommercials(systems, order.projectId, correlationId)]);
  if (!project || !commercials) return { userErrors: [userError('PROJECT_NOT_FOUND', 'The change order has no project', 'changeOrderId')] };
  const errors: UserErrorShape[] = [];
  if (approving) {
    if (CLOSED_TO_CHANGE.includes(project.status)) errors.push(userError('PROJECT_NOT_OPEN', `Project ${project.code} is ${project.status}`, 'changeOrderId'));
    if (!commercials.contract) errors.push(userError('CONTRACT_MISSING', 'The project has no contract to amend', 'changeOrderId'));
    else {
      const { contract } = await systems.read<{ contract: { status: string; value: { amount: string } } | null }>(
        'CRM',
        'query ($id: ID!) { contract(id: $id) { status value { amount } } }',
        { id: commercials.contract.id },
        correlationId,
      );
      if (!contract || (contract.status !== 'ACTIVATED' && contract.status !== 'AMENDED')) {
        errors.push(userError('CONTRACT_NOT_ACTIVE', `The contract is ${contract?.status ?? 'missing'}; only an activated contract is amended`, 'changeOrderId'));
      }
      const digits = currencyDigits(order.currency);
      const bookings = parseScaled(commercials.bookings.amount, digits) as number;
      if (bookings + (parseScaled(order.deltaBookings, digits) as number) < 0) errors.push(userError('NEGATIVE_BOOKINGS', 'The change would make the bookings negative', 'changeOrderId'));
    }
    if (!(await readBillingSummary(systems, project.id, correlationId))) errors.push(userError('PROJECT_NOT_IN_ERP', 'The ERP has no financial dimension for the project', 'changeOrderId'));
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

/** A PSA change-order write taking just the change order. */
const psaChangeOrderWrite =
  (field: string, extra = ''): Step['run'] =>
  async ({ plan, systems, request }) =>
    stepResultOf(
      await systems.write(
        'PSA',
        `mutation ($request: SystemRequest!, $changeOrderId: ID!) { ${field}(request: $request, changeOrderId: $changeOrderId${extra}) ${WRITE_RESULT} }`,
        { request, changeOrderId: plan.changeOrderId },
        request.correlationId,
      ),
    );

const hasDelta = ({ plan }: { plan: DecisionPlan }) => (parseScaled(plan.deltaBookings, currencyDigits(plan.currency)) ?? 0) !== 0;

export const approveChangeOrder: WorkflowDefinition<{ changeOrderId: string }, DecisionPlan> = {
  type: 'approveChangeOrder',
  roles: ['finance'],
  prepare: (input, { systems, correlationId }) => prepareDecision(input, systems, correlationId, true),
  steps: [
    {
      name: 'approvePsaChangeOrder',
      system: 'PSA',
      run: psaChangeOrderWrite('decideChangeOrder', ', approve: true'),
      compensate: psaChangeOrderWrite('reopenChangeOrder'),
    },
    {
      name: 'amendCrmContract',
      system: 'CRM',
      when: hasDelta,
      run: async ({ plan, systems, request }) =>
        stepResultOf(
          await systems.write(
            'CRM',
            `mutation ($request: SystemRequest!, $contractId: ID!, $changeOrderId: ID!, $delta: Decimal!) { amendContract(request: $request, contractId: $contractId, changeOrderId: $changeOrderId, deltaValue: $delta) ${WRITE_RESULT} }`,
            { request, contractId: plan.contractId, changeOrderId: plan.changeOrderId, delta: plan.deltaBookings },
            request.correlationId,
          ),
        ),
      compensate: async ({ plan, systems, request }) =>
        stepResultOf(
          await systems.write(
            'CRM',
            `mutation ($request: SystemRequest!, $contractId: ID!, $changeOrderId: ID!) { revertContractAmendment(request: $request, contractId: $contractId, changeOrderId: $changeOrderId) ${WRITE_RESULT} }`,
            { request, contractId: plan.contractId, changeOrderId: plan.changeOrderId },
            request.correlationId,
          ),
        ),
    },
    {
      name: 'applyPsaChangeOrder',
      system: 'PSA',
      run: psaChangeOrderWrite('applyChangeOrder'),
      compensate: psaChangeOrderWrite('revertChangeOrder'),
    },
    {
      name: 'amendErpSchedule',
      system: 'ERP',
      when: hasDelta,
      run: inputWrite<DecisionPlan>('ERP', 'addScheduleLines', 'ScheduleLinesInput', ({ plan }) => ({
                projectId: plan.projectId,
                changeOrderId: plan.changeOrderId,
                currency: plan.currency,
                lines: [{ label: 'Change order', date: plan.scheduleDate, amount: plan.deltaBookings }],
              })),
      compensate: async ({ plan, systems, request }) =>
        stepResultOf(
          await systems.write(
            'ERP',
            `mutation ($request: SystemRequest!, $projectId: ID!, $changeOrderId: ID!) { removeScheduleLines(request: $request, projectId: $projectId, changeOrderId: $changeOrderId) ${WRITE_RESULT} }`,
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
  steps: [{ name: 'rejectPsaChangeOrder', system: 'PSA', run: psaChangeOrderWrite('decideChangeOrder', ', approve: false') }],
  exceptionContext: decisionContext,
};
