/**
 * Billing workflows: milestones from completion to a billing event (with the billing cap),
 * releasing billing, invoices and payments.
 */
import { businessDate, isIsoDate } from '../../../shared/dates.ts';
import { OPEN_FOR_WORK, type ProjectStatus } from '../../../shared/lifecycles.ts';
import { currencyDigits, describeAmount, formatScaled, parseAmount, parseScaled } from '../../../shared/money.ts';
import type { Principal } from '../../../../platform/auth.ts';
import { InvoiceFactsDocument } from '../../__generated__/public-finance.ts';
import { BillMilestoneDocument, IssueInvoiceDocument, RecordPaymentDocument, ReleaseBillingDocument } from '../../__generated__/system-finance.ts';
import {
  ApproveMilestoneDocument,
  CompleteMilestoneDocument,
  MarkTimeInvoicedDocument,
  ReopenMilestoneDocument,
  SignOffMilestoneDocument,
} from '../../__generated__/system-projects.ts';
import { inputWrite, writeStep, stepResultOf, type StepContext, type WorkflowDefinition } from '../engine.ts';
import {
  checkId,
  present,
  readBillingSummary,
  readMilestone,
  readProject,
  readProjectCommercials,
  userError,
  type BillingSummaryFacts,
  type MilestoneFacts,
  type ProjectFacts,
} from '../reads.ts';
import type { SystemClients, UserErrorShape, WriteDocument } from '../systems.ts';

interface MilestoneInput {
  milestoneId: string;
}

interface MilestonePlan {
  milestoneId: string;
  projectId: string;
  customerId: string;
  name: string;
  amount: string | null;
  currency: string;
}

/**
 * Reads the milestone and its project; a portal user only sees milestones of its own customer
 * (anything else is MILESTONE_NOT_FOUND, as if it did not exist).
 */
async function loadMilestone(
  input: MilestoneInput,
  systems: SystemClients,
  principal: Principal,
  correlationId: string,
): Promise<{ userErrors: UserErrorShape[] } | { milestone: MilestoneFacts; project: ProjectFacts }> {
  const idError = checkId('Milestone', input.milestoneId, 'milestoneId');
  if (idError) return { userErrors: [idError] };
  const notFound = { userErrors: [userError('MILESTONE_NOT_FOUND', 'No such milestone', 'milestoneId')] };
  const milestone = await readMilestone(systems, input.milestoneId, correlationId);
  if (!milestone) return notFound;
  const project = await readProject(systems, milestone.projectId, correlationId);
  if (!project) return notFound;
  const portalOnly = principal.roles.includes('portal') && !principal.roles.some((role) => role !== 'portal');
  if (portalOnly && principal.customerId !== project.customer.id) return notFound;
  return { milestone, project };
}

function milestonePlan(milestone: MilestoneFacts, project: { id: string; customer: { id: string } }): MilestonePlan {
  return {
    milestoneId: milestone.id,
    projectId: project.id,
    customerId: project.customer.id,
    name: milestone.name,
    amount: milestone.amount,
    currency: milestone.currency,
  };
}

const milestoneContext = (plan: MilestonePlan) => ({
  projectId: plan.projectId,
  customerId: plan.customerId,
  amount: plan.amount === null ? null : parseScaled(plan.amount, currencyDigits(plan.currency)),
  currency: plan.currency,
});

/** A step writing one PSA milestone operation that takes just the milestone. */
function psaMilestoneWrite(document: WriteDocument<{ request: StepContext<MilestonePlan>['request']; milestoneId: string }>) {
  return async ({ plan, systems, request }: StepContext<MilestonePlan>) =>
    stepResultOf(await systems.write('PSA', document, { request, milestoneId: plan.milestoneId }, request.correlationId));
}

export const completeMilestone: WorkflowDefinition<MilestoneInput & { actualDate?: string | null }, MilestonePlan & { actualDate: string }> = {
  type: 'completeMilestone',
  roles: ['delivery'],
  async prepare(input, { systems, principal, correlationId }) {
    const actualDate = input.actualDate ?? businessDate();
    if (!isIsoDate(actualDate)) return { userErrors: [userError('INVALID_DATE', 'actualDate is not a date', 'actualDate')] };
    const loaded = await loadMilestone(input, systems, principal, correlationId);
    if ('userErrors' in loaded) return loaded;
    const { milestone, project } = loaded;
    if (milestone.status !== 'PLANNED' && milestone.status !== 'OPEN') {
      return {
        userErrors: [userError('INVALID_MILESTONE_STATE', `The milestone is ${milestone.status}; only a planned or open one is completed`, 'milestoneId')],
      };
    }
    if (!OPEN_FOR_WORK.includes(project.status as ProjectStatus)) {
      return {
        userErrors: [
          userError(project.status === 'CLOSED' ? 'PROJECT_CLOSED' : 'PROJECT_NOT_OPEN', `Project ${project.code} is ${project.status}`, 'milestoneId'),
        ],
      };
    }
    return { plan: { ...milestonePlan(milestone, project), actualDate }, subjectId: project.id, customerId: project.customer.id };
  },
  steps: [
    {
      name: 'completePsaMilestone',
      system: 'PSA',
      run: async ({ plan, systems, request }) =>
        stepResultOf(
          await systems.write('PSA', CompleteMilestoneDocument, { request, milestoneId: plan.milestoneId, actualDate: plan.actualDate }, request.correlationId),
        ),
    },
  ],
  exceptionContext: milestoneContext,
};

export const signOffMilestone: WorkflowDefinition<MilestoneInput, MilestonePlan & { signedOffBy: string }> = {
  type: 'signOffMilestone',
  roles: ['portal'],
  async prepare(input, { systems, principal, correlationId }) {
    const loaded = await loadMilestone(input, systems, principal, correlationId);
    if ('userErrors' in loaded) return loaded;
    const { milestone, project } = loaded;
    if (milestone.status !== 'COMPLETED') {
      return {
        userErrors: [userError('MILESTONE_NOT_COMPLETED', `The milestone is ${milestone.status}; only a completed milestone is signed off`, 'milestoneId')],
      };
    }
    if (milestone.signedOff) return { userErrors: [userError('MILESTONE_ALREADY_SIGNED_OFF', 'The milestone is already signed off', 'milestoneId')] };
    return { plan: { ...milestonePlan(milestone, project), signedOffBy: principal.sub }, subjectId: project.id, customerId: project.customer.id };
  },
  steps: [
    {
      name: 'signOffPsaMilestone',
      system: 'PSA',
      run: writeStep('PSA', SignOffMilestoneDocument, ({ plan }) => ({ milestoneId: plan.milestoneId, signedOffBy: plan.signedOffBy })),
    },
  ],
  exceptionContext: milestoneContext,
};

/** A milestone billed: its amount, the cap (the project's bookings) and the billing date. */
type BillingMilestonePlan = MilestonePlan & { amount: string; cap: string; date: string };

/**
 * approveMilestone: approval in the PSA, then a billing event in the ERP. Billing to date plus the
 * milestone may not pass the project's bookings (the billing cap): refused before anything is
 * written; should a concurrent bill slip in between, the ERP puts the event on hold with the reason.
 */
export const approveMilestone: WorkflowDefinition<MilestoneInput, BillingMilestonePlan> = {
  type: 'approveMilestone',
  roles: ['delivery'],
  async prepare(input, { systems, principal, correlationId }) {
    const loaded = await loadMilestone(input, systems, principal, correlationId);
    if ('userErrors' in loaded) return loaded;
    const { milestone, project } = loaded;
    const errors: UserErrorShape[] = [];
    if (milestone.status !== 'COMPLETED')
      errors.push(userError('MILESTONE_NOT_COMPLETED', `The milestone is ${milestone.status}; only a completed milestone is approved`, 'milestoneId'));
    else if (milestone.requiresSignoff && !milestone.signedOff)
      errors.push(userError('SIGN_OFF_REQUIRED', "The milestone needs the client's sign-off first", 'milestoneId'));
    if (milestone.amount === null) errors.push(userError('MILESTONE_HAS_NO_AMOUNT', 'The milestone has no amount to bill', 'milestoneId'));
    if (errors.length || milestone.amount === null) return { userErrors: errors };
    const [commercials, billing] = await Promise.all([
      readProjectCommercials(systems, project.id, correlationId),
      readBillingSummary(systems, project.id, correlationId),
    ]);
    if (!billing || !commercials) return { userErrors: [userError('PROJECT_NOT_IN_ERP', 'The ERP has no financial dimension for the project', 'milestoneId')] };
    const digits = currencyDigits(milestone.currency);
    const cap = parseScaled(commercials.bookings.amount, digits) as number;
    const billed = parseScaled(billing.billedToDate, digits) as number;
    const amount = parseScaled(milestone.amount, digits) as number;
    if (billed + amount > cap) {
      return {
        userErrors: [
          userError(
            'BILLING_CAP_EXCEEDED',
            `Billing ${formatScaled(billed, digits)} to date plus ${milestone.amount} passes the bookings of ${commercials.bookings.amount}`,
            'milestoneId',
          ),
        ],
      };
    }
    return {
      plan: { ...milestonePlan(milestone, project), amount: milestone.amount, cap: commercials.bookings.amount, date: businessDate() },
      subjectId: project.id,
      customerId: project.customer.id,
    };
  },
  steps: [
    {
      name: 'approvePsaMilestone',
      system: 'PSA',
      run: psaMilestoneWrite(ApproveMilestoneDocument),
      compensate: psaMilestoneWrite(ReopenMilestoneDocument),
    },
    {
      name: 'billErpMilestone',
      system: 'ERP',
      run: inputWrite('ERP', BillMilestoneDocument, ({ plan }) => ({
        projectId: plan.projectId,
        milestoneId: plan.milestoneId,
        milestoneName: plan.name,
        amount: plan.amount,
        currency: plan.currency,
        cap: plan.cap,
        date: plan.date,
      })),
    },
  ],
  exceptionContext: milestoneContext,
};

interface ProjectBillingPlan {
  projectId: string;
  customerId: string;
  currency: string;
  amount: string;
  issueDate: string;
}

async function loadProjectBilling(
  input: { projectId: string },
  systems: SystemClients,
  correlationId: string,
): Promise<{ userErrors: UserErrorShape[] } | { project: ProjectFacts; billing: BillingSummaryFacts }> {
  const idError = checkId('Project', input.projectId, 'projectId');
  if (idError) return { userErrors: [idError] };
  const project = await readProject(systems, input.projectId, correlationId);
  if (!project) return { userErrors: [userError('PROJECT_NOT_FOUND', 'No such project', 'projectId')] };
  const billing = await readBillingSummary(systems, project.id, correlationId);
  if (!billing) return { userErrors: [userError('PROJECT_NOT_IN_ERP', 'The ERP has no financial dimension for the project', 'projectId')] };
  return { project, billing };
}

const billingContext = (plan: ProjectBillingPlan) => ({
  projectId: plan.projectId,
  customerId: plan.customerId,
  amount: parseScaled(plan.amount, currencyDigits(plan.currency)),
  currency: plan.currency,
});

export const releaseBillingEvents: WorkflowDefinition<{ projectId: string }, ProjectBillingPlan> = {
  type: 'releaseBillingEvents',
  roles: ['finance'],
  async prepare(input, { systems, correlationId }) {
    const loaded = await loadProjectBilling(input, systems, correlationId);
    if ('userErrors' in loaded) return loaded;
    const { project, billing } = loaded;
    if (billing.releasableEvents === 0)
      return { userErrors: [userError('NOTHING_TO_RELEASE', 'The project has no generated billing events without a hold', 'projectId')] };
    return {
      plan: { projectId: project.id, customerId: project.customer.id, currency: billing.currency, amount: '0', issueDate: businessDate() },
      subjectId: project.id,
      customerId: project.customer.id,
    };
  },
  steps: [
    {
      name: 'releaseErpBilling',
      system: 'ERP',
      run: async ({ plan, systems, request }) =>
        stepResultOf(await systems.write('ERP', ReleaseBillingDocument, { request, projectId: plan.projectId }, request.correlationId)),
    },
  ],
  exceptionContext: billingContext,
};

/**
 * issueInvoice: one invoice for the project's released, uninvoiced billing events (one customer,
 * one currency), then the PSA marks the invoiced time.
 */
export const issueInvoice: WorkflowDefinition<{ projectId: string }, ProjectBillingPlan> = {
  type: 'issueInvoice',
  roles: ['finance'],
  async prepare(input, { systems, correlationId }) {
    const loaded = await loadProjectBilling(input, systems, correlationId);
    if ('userErrors' in loaded) return loaded;
    const { project, billing } = loaded;
    if (billing.releasedEvents === 0)
      return { userErrors: [userError('NOTHING_TO_INVOICE', 'The project has no released, uninvoiced billing events', 'projectId')] };
    return {
      plan: { projectId: project.id, customerId: project.customer.id, currency: billing.currency, amount: billing.releasedAmount, issueDate: businessDate() },
      subjectId: project.id,
      customerId: project.customer.id,
    };
  },
  steps: [
    {
      name: 'issueErpInvoice',
      system: 'ERP',
      run: async ({ plan, systems, request }) =>
        stepResultOf(
          await systems.write('ERP', IssueInvoiceDocument, { request, projectId: plan.projectId, issueDate: plan.issueDate }, request.correlationId),
        ),
    },
    {
      name: 'markPsaTimeInvoiced',
      system: 'PSA',
      parkOnRefusal: true,
      when: ({ state }) => ((state.issueErpInvoice?.timeEntryIds as string[] | undefined) ?? []).length > 0,
      run: async ({ state, systems, request }) =>
        stepResultOf(
          await systems.write('PSA', MarkTimeInvoicedDocument, { request, ids: state.issueErpInvoice.timeEntryIds as string[] }, request.correlationId),
        ),
    },
  ],
  exceptionContext: billingContext,
  subjectAfter: (plan) => plan.projectId,
};

interface PaymentPlan {
  invoiceId: string;
  amount: string;
  currency: string;
  customerId: string;
  projectId: string | null;
  paymentDate: string;
}

export const recordPayment: WorkflowDefinition<{ invoiceId: string; amount: string }, PaymentPlan> = {
  type: 'recordPayment',
  roles: ['finance'],
  async prepare(input, { systems, correlationId }) {
    const idError = checkId('Invoice', input.invoiceId, 'invoiceId');
    if (idError) return { userErrors: [idError] };
    const { invoice } = await systems.read('ERP', InvoiceFactsDocument, { id: input.invoiceId }, correlationId);
    if (!invoice) return { userErrors: [userError('INVOICE_NOT_FOUND', 'No such invoice', 'invoiceId')] };
    const customer = present(invoice.customer, 'ERP', `the customer of invoice ${invoice.id}`);
    if (invoice.status !== 'ISSUED' && invoice.status !== 'PARTIALLY_PAID') {
      return { userErrors: [userError('INVOICE_NOT_OPEN', `The invoice is ${invoice.status}; payments go on issued invoices`, 'invoiceId')] };
    }
    const digits = currencyDigits(invoice.balance.currency);
    const currency = invoice.balance.currency;
    const amount = parseAmount(input.amount, currency);
    if (amount === null || amount <= 0) return { userErrors: [userError('INVALID_AMOUNT', `The amount must be a positive ${currency} amount`, 'amount')] };
    const balance = parseScaled(invoice.balance.amount, digits) as number;
    if (amount > balance) {
      return {
        userErrors: [
          userError(
            'PAYMENT_EXCEEDS_BALANCE',
            `The payment of ${describeAmount(amount, currency)} passes the open balance of ${describeAmount(balance, currency)}`,
            'amount',
          ),
        ],
      };
    }
    return {
      plan: {
        invoiceId: invoice.id,
        amount: formatScaled(amount, digits),
        currency: invoice.balance.currency,
        customerId: customer.id,
        projectId: invoice.project?.id ?? null,
        paymentDate: businessDate(),
      },
      subjectId: invoice.id,
      customerId: customer.id,
    };
  },
  steps: [
    {
      name: 'recordErpPayment',
      system: 'ERP',
      run: writeStep('ERP', RecordPaymentDocument, ({ plan }) => ({ invoiceId: plan.invoiceId, amount: plan.amount, paymentDate: plan.paymentDate })),
    },
  ],
  exceptionContext: (plan) => ({
    projectId: plan.projectId,
    customerId: plan.customerId,
    amount: parseScaled(plan.amount, currencyDigits(plan.currency)),
    currency: plan.currency,
  }),
};
