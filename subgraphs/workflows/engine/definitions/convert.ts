/**
 * convertOpportunityToProject: a won opportunity becomes a PSA project (with milestones and
 * resource requests for the roles sold), its ERP customer (looked up by CRM id, created only when
 * missing) and its ERP financial dimension with the billing schedule.
 *
 * Steps: ensureErpCustomer (ERP) → createPsaProject (PSA) → provisionWorkspace (DELIVERY: the
 * project's engagement workspace in the client delivery platform, one per project) → openErpProject
 * (ERP). A refusal of a later step removes the workspace and the PSA project again; the ERP customer
 * stays (it is looked up, never duplicated, and harmless without projects).
 */
import { addDays } from '../../../shared/dates.ts';
import { businessDate } from '../../../shared/dates.ts';
import { currencyDigits, divideRounded, formatHours, formatScaled, parseScaled } from '../../../shared/money.ts';
import { OpportunityFactsDocument } from '../../__generated__/public-customers.ts';
import { OpportunityProjectDocument } from '../../__generated__/public-projects.ts';
import { EnsureCustomerDocument, OpenProjectDocument, RemoveProjectDocument as RemoveErpProjectDocument } from '../../__generated__/system-finance.ts';
import { CreateProjectDocument, RemoveProjectDocument as RemovePsaProjectDocument } from '../../__generated__/system-projects.ts';
import { ProvisionWorkspaceDocument, RemoveWorkspaceDocument } from '../../__generated__/system-delivery.ts';
import { stepResultOf, writeStep, type WorkflowDefinition } from '../engine.ts';
import { checkId, rateCardMissing, readConsultant, readRateCard, userError } from '../reads.ts';
import type { UserErrorShape } from '../systems.ts';

export interface ConvertInput {
  opportunityId: string;
  projectManagerId?: string | null;
}

export interface ConvertPlan {
  opportunityId: string;
  customerId: string;
  customerName: string;
  contractId: string;
  projectManagerId: string | null;
  name: string;
  billingModel: string;
  practice: string | null;
  region: string;
  startDate: string;
  endDate: string;
  /** Decimal strings in `currency`. */
  bookings: string;
  currency: string;
  subsidiary: string | null;
  paymentTermsDays: number;
  budgetHours: string;
  milestones: { name: string; amount: string; targetDate: string; requiresSignoff: boolean }[];
  resourceRequests: { role: string; hours: string; startDate: string; endDate: string }[];
}

/** The delivery pyramid sold with every engagement: share of the bookings by role, in percent. */
export const STAFFING_MIX: readonly { role: string; sharePct: number }[] = [
  { role: 'Manager', sharePct: 20 },
  { role: 'Senior Consultant', sharePct: 40 },
  { role: 'Consultant', sharePct: 40 },
];

/** Milestone split by billing model: name, share in percent, point in the term (0..1), sign-off. */
const MILESTONE_PLANS: Record<string, readonly [string, number, number, boolean][]> = {
  MILESTONE: [
    ['Discovery sign-off', 30, 1 / 3, true],
    ['Build complete', 40, 2 / 3, false],
    ['Acceptance', 30, 1, true],
  ],
  FIXED_FEE: [
    ['Mobilization', 50, 0, false],
    ['Final acceptance', 50, 1, true],
  ],
};

/** Splits `total` minor units by percentages; the last share takes the rounding remainder. */
function split(total: number, shares: readonly number[]): number[] {
  const parts = shares.map((share) => divideRounded(total * share, 100));
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((sum, part) => sum + part, 0);
  return parts;
}

export const convertOpportunityToProject: WorkflowDefinition<ConvertInput, ConvertPlan> = {
  type: 'convertOpportunityToProject',
  roles: ['delivery'],

  async prepare(input, { systems, correlationId }) {
    const idErrors = [
      checkId('Opportunity', input.opportunityId, 'opportunityId'),
      input.projectManagerId == null ? null : checkId('Consultant', input.projectManagerId, 'projectManagerId'),
    ].filter((error): error is UserErrorShape => error !== null);
    if (idErrors.length) return { userErrors: idErrors };

    const { opportunity } = await systems.read('CRM', OpportunityFactsDocument, { id: input.opportunityId }, correlationId);
    if (!opportunity) return { userErrors: [userError('OPPORTUNITY_NOT_FOUND', 'No such opportunity', 'opportunityId')] };
    const errors: UserErrorShape[] = [];
    if (opportunity.status !== 'WON')
      errors.push(userError('OPPORTUNITY_NOT_WON', `The opportunity is ${opportunity.status}; only a won opportunity becomes a project`, 'opportunityId'));
    const contract = opportunity.contract;
    if (contract?.status !== 'ACTIVATED') {
      errors.push(
        userError(
          'CONTRACT_NOT_ACTIVATED',
          contract ? `The contract is ${contract.status}, not ACTIVATED` : 'The opportunity has no contract',
          'opportunityId',
        ),
      );
    }
    const legalEntity = opportunity.customer.legalEntity;
    if (!legalEntity) errors.push(userError('LEGAL_ENTITY_MISSING', 'The customer has no contracting legal entity', 'opportunityId'));
    const billingModel = contract?.billingModel ?? opportunity.billingModel;
    if (!billingModel) errors.push(userError('BILLING_MODEL_MISSING', 'Neither the contract nor the opportunity states a billing model', 'opportunityId'));
    const paymentTermsDays = contract?.paymentTermsDays ?? opportunity.customer.paymentTermsDays;
    if (paymentTermsDays == null)
      errors.push(userError('PAYMENT_TERMS_MISSING', 'Neither the contract nor the customer states payment terms', 'opportunityId'));
    const region = opportunity.deliveryRegion;
    if (!region) errors.push(userError('DELIVERY_REGION_MISSING', 'The opportunity has no delivery region', 'opportunityId'));

    const converted = await systems.read(
      'PSA',
      OpportunityProjectDocument,
      { representations: [{ __typename: 'Opportunity', id: opportunity.id }] },
      correlationId,
    );
    const [entity] = converted._entities;
    const existing = entity && 'project' in entity ? entity.project : null;
    if (existing) errors.push(userError('OPPORTUNITY_ALREADY_CONVERTED', `The opportunity already became project ${existing.id}`, 'opportunityId'));

    if (input.projectManagerId) {
      const manager = await readConsultant(systems, input.projectManagerId, correlationId);
      if (!manager) errors.push(userError('CONSULTANT_NOT_FOUND', 'No such consultant', 'projectManagerId'));
      else if (manager.status !== 'ACTIVE') errors.push(userError('CONSULTANT_NOT_ACTIVE', `The project manager is ${manager.status}`, 'projectManagerId'));
    }
    if (errors.length || !contract || !legalEntity || !billingModel || paymentTermsDays == null || !region) return { userErrors: errors };

    const currency = contract.value.currency;
    const digits = currencyDigits(currency);
    const bookings = parseScaled(contract.value.amount, digits) as number;
    const startDate = contract.startDate ?? opportunity.expectedStart ?? businessDate();
    const endDate = contract.endDate ?? addDays(startDate, 30 * (contract.termMonths ?? 6));
    const termDays = Math.max(0, Math.round((Date.parse(endDate) - Date.parse(startDate)) / 86_400_000));

    const resourceRequests: ConvertPlan['resourceRequests'] = [];
    let budgetHours = 0;
    const shares = split(
      bookings,
      STAFFING_MIX.map((mix) => mix.sharePct),
    );
    // Each role's share of the bookings buys hours at its bill rate, both in the contract's currency:
    // only a rate card in that currency prices the project (no conversion of a price list).
    for (const [i, mix] of STAFFING_MIX.entries()) {
      const rate = await readRateCard(systems, mix.role, region, currency, startDate, correlationId);
      if (!rate) {
        errors.push(rateCardMissing(mix.role, region, currency, startDate, 'opportunityId'));
        continue;
      }
      const rateMinor = parseScaled(rate.billRate, digits) as number;
      const hours = rateMinor > 0 ? divideRounded(shares[i] * 100, rateMinor) : 0;
      budgetHours += hours;
      resourceRequests.push({ role: mix.role, hours: formatHours(hours), startDate, endDate });
    }
    if (errors.length) return { userErrors: errors };

    const milestonePlan = MILESTONE_PLANS[billingModel] ?? [];
    const amounts = milestonePlan.length
      ? split(
          bookings,
          milestonePlan.map(([, share]) => share),
        )
      : [];
    const milestones = milestonePlan.map(([name, , at, requiresSignoff], i) => ({
      name,
      amount: formatScaled(amounts[i], digits),
      targetDate: addDays(startDate, Math.round(termDays * at)),
      requiresSignoff,
    }));

    return {
      plan: {
        opportunityId: opportunity.id,
        customerId: opportunity.customer.id,
        customerName: opportunity.customer.name,
        contractId: contract.id,
        projectManagerId: input.projectManagerId ?? null,
        name: opportunity.name,
        billingModel,
        practice: opportunity.serviceLine,
        region,
        startDate,
        endDate,
        bookings: formatScaled(bookings, digits),
        currency,
        subsidiary: legalEntity.erpSubsidiary,
        paymentTermsDays,
        budgetHours: formatHours(budgetHours),
        milestones,
        resourceRequests,
      },
      subjectId: null,
      customerId: opportunity.customer.id,
    };
  },

  steps: [
    {
      name: 'ensureErpCustomer',
      system: 'ERP',
      async run({ plan, systems, request }) {
        const outcome = await systems.write(
          'ERP',
          EnsureCustomerDocument,
          {
            request,
            input: {
              customerId: plan.customerId,
              name: plan.customerName,
              currency: plan.currency,
              paymentTermsDays: plan.paymentTermsDays,
              subsidiary: plan.subsidiary,
            },
          },
          request.correlationId,
        );
        return stepResultOf(outcome);
      },
    },
    {
      name: 'createPsaProject',
      system: 'PSA',
      async run({ plan, systems, request }) {
        const outcome = await systems.write(
          'PSA',
          CreateProjectDocument,
          {
            request,
            input: {
              customerId: plan.customerId,
              opportunityId: plan.opportunityId,
              contractId: plan.contractId,
              projectManagerId: plan.projectManagerId,
              name: plan.name,
              billingModel: plan.billingModel,
              practice: plan.practice,
              region: plan.region,
              startDate: plan.startDate,
              endDate: plan.endDate,
              bookings: plan.bookings,
              currency: plan.currency,
              budgetHours: plan.budgetHours,
              milestones: plan.milestones,
              resourceRequests: plan.resourceRequests,
            },
          },
          request.correlationId,
        );
        return stepResultOf(outcome);
      },
      async compensate({ state, systems, request }) {
        const outcome = await systems.write(
          'PSA',
          RemovePsaProjectDocument,
          { request, projectId: state.createPsaProject.projectId as string },
          request.correlationId,
        );
        return stepResultOf(outcome);
      },
    },
    {
      name: 'provisionWorkspace',
      system: 'DELIVERY',
      run: writeStep('DELIVERY', ProvisionWorkspaceDocument, ({ plan, state }) => ({
        projectId: state.createPsaProject.projectId as string,
        customerId: plan.customerId,
        name: `${plan.customerName}: ${plan.name}`,
        // The workspace starts with an epic per milestone, delivering it.
        milestones: plan.milestones.map((milestone, i) => ({ milestoneId: (state.createPsaProject.milestoneIds as string[])[i], name: milestone.name })),
      })),
      compensate: writeStep('DELIVERY', RemoveWorkspaceDocument, ({ state }) => ({ workspaceId: state.provisionWorkspace.workspaceId as string })),
    },
    {
      name: 'openErpProject',
      system: 'ERP',
      async run({ plan, state, systems, request }) {
        const milestoneIds = state.createPsaProject.milestoneIds as string[];
        const billingSchedule = plan.milestones.map((milestone, i) => ({
          label: milestone.name,
          milestoneId: milestoneIds[i],
          date: milestone.targetDate,
          amount: milestone.amount,
        }));
        const outcome = await systems.write(
          'ERP',
          OpenProjectDocument,
          { request, input: { projectId: state.createPsaProject.projectId as string, customerId: plan.customerId, currency: plan.currency, billingSchedule } },
          request.correlationId,
        );
        return stepResultOf(outcome);
      },
      async compensate({ state, systems, request }) {
        const outcome = await systems.write(
          'ERP',
          RemoveErpProjectDocument,
          { request, projectId: state.createPsaProject.projectId as string },
          request.correlationId,
        );
        return stepResultOf(outcome);
      },
    },
  ],

  exceptionContext: (plan, state) => ({
    customerId: plan.customerId,
    projectId: (state.createPsaProject?.projectId as string | undefined) ?? null,
    amount: parseScaled(plan.bookings, currencyDigits(plan.currency)),
    currency: plan.currency,
  }),
  subjectAfter: (_plan, state) => (state.createPsaProject?.projectId as string | undefined) ?? null,
};
