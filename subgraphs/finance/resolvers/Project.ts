import { canSeeAccount } from '../../shared/access.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { projectFinancials, type FinancialFigures } from '../../shared/kpi.ts';
import { money } from '../../shared/money.ts';
import type { ProjectFinancialsResolvers, ProjectResolvers } from '../__generated__/resolvers-types.ts';
import { erpProjectStatuses } from '../connector/labels.ts';
import type { ProjectLedgerRecord } from '../connector/types.ts';
import type { FinanceLoaders } from '../loaders.ts';
import { withLedgerSubject } from './ProjectLedger.ts';
import { deliveryInputs, minorUnits, projectStatus, type ProjectInputs } from './inputs.ts';

/** Project is owned by the projects subgraph; the gateway sends its id and the fields finance requires. */
export interface ProjectReference extends Partial<ProjectInputs> {
  id: string;
}

/** Financial figures of one project from its PSA inputs and its ERP ledger. */
export async function figuresFor(psaProjectId: string, inputs: ProjectInputs, loaders: Pick<FinanceLoaders, 'projectLedger'>): Promise<FinancialFigures> {
  return figuresFrom(inputs, await loaders.projectLedger.load(psaProjectId));
}

/** Financial figures of one project from its PSA inputs and a ledger record (null: the ERP has no such project). */
export function figuresFrom(inputs: ProjectInputs, ledger: ProjectLedgerRecord | null): FinancialFigures {
  const currency = inputs.bookings.currency;
  return projectFinancials({
    billingModel: inputs.billingModel,
    status: projectStatus(inputs.status),
    currency,
    bookings: minorUnits(inputs.bookings, currency),
    delivery: deliveryInputs(inputs.deliveryTotals, currency),
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
