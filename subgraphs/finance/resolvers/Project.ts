import { canSeeAccount } from '../../shared/access.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { projectFinancials, type DeliveryInputs, type FinancialFigures } from '../../shared/kpi.ts';
import { fxRateMissing } from '../../../platform/errors.ts';
import { money } from '../../shared/money.ts';
import type { ProjectFinancialsResolvers, ProjectResolvers } from '../__generated__/resolvers-types.ts';
import { erpProjectStatuses } from '../connector/labels.ts';
import type { ProjectLedgerRecord } from '../connector/types.ts';
import type { FinanceLoaders } from '../loaders.ts';
import { withLedgerSubject } from './ProjectLedger.ts';
import { deliveryInProjectCurrency, minorUnits, projectStatus, type MissingRate, type ProjectInputs } from './inputs.ts';

/** Project is owned by the projects subgraph; the gateway sends its id and the fields finance requires. */
export interface ProjectReference extends Partial<ProjectInputs> {
  id: string;
}

/** A project's expenses in another currency without their DAILY rate: Project.financials refuses with FX_RATE_MISSING. */
const financialsRateMissing: MissingRate = ({ rateType, from, to, date }) => fxRateMissing(rateType, from, to, date);

/**
 * Financial figures of one project from its PSA inputs and its ERP ledger, its expenses in other
 * currencies converted (inputs.ts deliveryInProjectCurrency); `missing` is raised for a rate the ERP
 * does not hold.
 */
export async function figuresFor(
  psaProjectId: string,
  inputs: ProjectInputs,
  loaders: Pick<FinanceLoaders, 'projectLedger' | 'dailyRate'>,
  missing: MissingRate = financialsRateMissing,
): Promise<FinancialFigures> {
  const [delivery, ledger] = await Promise.all([deliveryOf(inputs, loaders, missing), loaders.projectLedger.load(psaProjectId)]);
  return figuresFrom(inputs, delivery, ledger);
}

/** The project's delivery in its currency: the PSA's totals plus its expenses in other currencies, converted. */
export function deliveryOf(inputs: ProjectInputs, loaders: Pick<FinanceLoaders, 'dailyRate'>, missing: MissingRate): Promise<DeliveryInputs> {
  return deliveryInProjectCurrency(inputs.deliveryTotals, inputs.bookings.currency, loaders, missing);
}

/** Financial figures of one project from its PSA inputs, its delivery in its currency and a ledger record (null: the ERP has no such project). */
export function figuresFrom(inputs: ProjectInputs, delivery: DeliveryInputs, ledger: ProjectLedgerRecord | null): FinancialFigures {
  const currency = inputs.bookings.currency;
  return projectFinancials({
    billingModel: inputs.billingModel,
    status: projectStatus(inputs.status),
    currency,
    bookings: minorUnits(inputs.bookings, currency),
    delivery,
    billed: ledger?.billed ?? 0,
    invoicedItems: ledger?.invoiced_items ?? 0,
    erpStatus: ledger ? erpProjectStatuses.toCanonical(ledger.erp_status) : null,
  });
}

export const Project: ProjectResolvers = {
  __resolveReference: (reference) => reference,
  async financials(reference, _args, { access, loaders }) {
    const psaProjectId = tryNativeId('Project', reference.id);
    const { billingModel, status, bookings, deliveryTotals } = reference;
    if (psaProjectId === null || !billingModel || !status || !bookings || !deliveryTotals) return null;
    // Another customer's project (to a portal caller) has no financials, as if it did not exist.
    const ledger = await loaders.projectLedger.load(psaProjectId);
    if (ledger && !canSeeAccount(access, ledger.crm_account_id)) return null;
    return withLedgerSubject(psaProjectId, await figuresFor(psaProjectId, { billingModel, status, bookings, deliveryTotals }, loaders));
  },
  invoices({ id }, _args, { loaders }) {
    const psaProjectId = tryNativeId('Project', id);
    return psaProjectId === null ? [] : loaders.invoicesByProject.load(psaProjectId);
  },
};

export const ProjectFinancials: ProjectFinancialsResolvers = {
  bookings: (figures) => money(figures.bookings, figures.currency),
  billedToDate: (figures) => money(figures.billedToDate, figures.currency),
  unbilledWip: (figures) => money(figures.unbilledWip, figures.currency),
  recognizedRevenue: (figures) => money(figures.recognizedRevenue, figures.currency),
  costToDate: (figures) => money(figures.costToDate, figures.currency),
  margin: (figures) => money(figures.margin, figures.currency),
  backlog: (figures) => money(figures.backlog, figures.currency),
  unconsumedContractValue: (figures) => money(figures.unconsumedContractValue, figures.currency),
  billedInAdvance: (figures) => money(figures.billedInAdvance, figures.currency),
};
