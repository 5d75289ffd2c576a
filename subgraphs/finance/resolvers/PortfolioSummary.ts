import { canSeeAccount } from '../../shared/access.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { roundedRatio, type FinancialFigures } from '../../shared/kpi.ts';
import type { BillingModel } from '../../shared/labels.ts';
import type { ProjectStatus } from '../../shared/lifecycles.ts';
import { money, type Money } from '../../shared/money.ts';
import type { PortfolioSummaryResolvers } from '../__generated__/resolvers-types.ts';
import type { FinanceContext } from '../context.ts';
import type { DeliveryTotalsInput } from './inputs.ts';
import { figuresFor } from './Project.ts';

/** What the gateway sends: the portfolio key and the per-project roll-up from projects. */
export interface PortfolioReference {
  key: string;
  rollup?: { projectId: string; status: ProjectStatus; billingModel: BillingModel; bookings: Money; delivery: DeliveryTotalsInput }[];
}

interface PortfolioTotals {
  currency: string;
  bookings: number;
  backlog: number;
  unconsumedContractValue: number;
  billedInAdvance: number;
  billed: number;
  unbilledWip: number;
  recognizedRevenue: number;
  cost: number;
  margin: number;
}

/** Sums the per-project figures once per representation. */
function totals(reference: PortfolioReference, { access, loaders }: FinanceContext): Promise<PortfolioTotals> {
  const cached = loaders.memo.get(reference) as Promise<PortfolioTotals> | undefined;
  if (cached) return cached;
  const computed = (async () => {
    const rollup = reference.rollup ?? [];
    const perProject: FinancialFigures[] = (
      await Promise.all(
        rollup.map(async (entry) => {
          const psaProjectId = tryNativeId('Project', entry.projectId);
          if (psaProjectId === null) throw new Error(`malformed project id ${entry.projectId} in a portfolio roll-up`);
          // The gateway's roll-up holds only visible projects; a hand-made one gets no other customer's ledger.
          const ledger = await loaders.projectLedger.load(psaProjectId);
          if (ledger && !canSeeAccount(access, ledger.crm_account_id)) return [];
          const inputs = { billingModel: entry.billingModel, status: entry.status, bookings: entry.bookings, deliveryTotals: entry.delivery };
          return [await figuresFor(psaProjectId, inputs, loaders)];
        }),
      )
    ).flat();
    // Each project's figures are summed as they are: backlog, unconsumed value and billing in advance
    // are each ≥ 0 per project, so one project's over-billing never nets against another's backlog.
    const sum = (pick: (figures: FinancialFigures) => number) => perProject.reduce((total, figures) => total + pick(figures), 0);
    return {
      currency: perProject[0]?.currency ?? 'USD',
      bookings: sum((f) => f.bookings),
      backlog: sum((f) => f.backlog),
      unconsumedContractValue: sum((f) => f.unconsumedContractValue),
      billedInAdvance: sum((f) => f.billedInAdvance),
      billed: sum((f) => f.billedToDate),
      unbilledWip: sum((f) => f.unbilledWip),
      recognizedRevenue: sum((f) => f.recognizedRevenue),
      cost: sum((f) => f.costToDate),
      margin: sum((f) => f.margin),
    };
  })();
  loaders.memo.set(reference, computed);
  return computed;
}

/** A Money field of the portfolio, read from the totals. */
function totalField(pick: (totals: PortfolioTotals) => number) {
  return async (reference: PortfolioReference, _args: unknown, context: FinanceContext) => {
    const sums = await totals(reference, context);
    return money(pick(sums), sums.currency);
  };
}

export const PortfolioSummary: PortfolioSummaryResolvers = {
  __resolveReference: (reference) => reference,
  backlog: totalField((t) => t.backlog),
  unconsumedContractValue: totalField((t) => t.unconsumedContractValue),
  billedInAdvance: totalField((t) => t.billedInAdvance),
  billed: totalField((t) => t.billed),
  unbilledWip: totalField((t) => t.unbilledWip),
  recognizedRevenue: totalField((t) => t.recognizedRevenue),
  cost: totalField((t) => t.cost),
  margin: totalField((t) => t.margin),
  marginPct: async (reference, _args, context) => {
    const sums = await totals(reference, context);
    return roundedRatio(sums.margin, sums.recognizedRevenue);
  },
};
