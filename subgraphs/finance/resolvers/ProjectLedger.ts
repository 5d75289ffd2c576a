/**
 * `ProjectFinancials.ledger`: the ERP's postings of a project beside the hub's figures (docs/kpis.md,
 * "Hub and ledger"). Revenue posted is the revenue ledger period close writes; cost posted is the
 * cost postings of approved time and expenses; unposted is the hub's figure less what is posted.
 */
import type { FinancialFigures } from '../../shared/kpi.ts';
import { money } from '../../shared/money.ts';
import type { ProjectFinancialsResolvers } from '../__generated__/resolvers-types.ts';

/** The project each figures object was computed for (figures carry no id of their own). */
const projectOfFigures = new WeakMap<FinancialFigures, string>();

/** Marks `figures` as those of `psaProjectId`, so its ledger can be found; returns them. */
export function withLedgerSubject(psaProjectId: string, figures: FinancialFigures): FinancialFigures {
  projectOfFigures.set(figures, psaProjectId);
  return figures;
}

export const ledger: NonNullable<ProjectFinancialsResolvers['ledger']> = async (figures, _args, { loaders }) => {
  const psaProjectId = projectOfFigures.get(figures);
  const posted = psaProjectId === undefined ? null : await loaders.postedLedger.load(psaProjectId);
  const amount = (units: number) => money(units, figures.currency);
  const revenuePosted = posted?.revenue_posted ?? 0;
  const costPosted = posted?.cost_posted ?? 0;
  const accruedCost = posted?.accrued_cost ?? null;
  return {
    revenuePosted: amount(revenuePosted),
    postedThrough: posted?.posted_through ?? null,
    unpostedRevenue: amount(figures.recognizedRevenue - revenuePosted),
    costPosted: amount(costPosted),
    unpostedCost: amount(figures.costToDate - costPosted),
    accruedCost: accruedCost === null ? null : amount(accruedCost),
    accruedPeriod: posted?.accrued_period ?? null,
  };
};
