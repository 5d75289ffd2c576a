/** Per-request loaders of the finance subgraph: one connector call per batch. */
import DataLoader from 'dataloader';
import { canSeeAccount, type Access } from '../shared/access.ts';
import { businessDate } from '../shared/dates.ts';
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { ExchangeRateRecord } from './connector/rates.ts';
import type { FinanceConnector, RateCardScope } from './connector/types.ts';

/** The loader key of a rate card scope (JSON: role and region may hold any character). */
export function rateCardScopeKey(scope: RateCardScope): string {
  return JSON.stringify([scope.role, scope.region, scope.currency]);
}

/** Days sales outstanding are measured over this many days up to the business date. */
export const DSO_WINDOW_DAYS = 90;

/**
 * Loaders see only the rows `access` allows: a portal caller's own invoices and receivables;
 * anything else loads as missing. Project ledgers load whole: `Project.financials` checks them.
 */
export function createFinanceLoaders(connector: FinanceConnector, access: Access) {
  const asOf = businessDate();
  const ofVisibleAccounts = <Row extends { crm_account_id: string }>(rows: Row[]) => rows.filter((row) => canSeeAccount(access, row.crm_account_id));
  return {
    /** The business date of this request (one value for every field of it). */
    asOf,
    invoice: createRowLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.invoicesByIds(ids)),
      (row) => row.id,
    ),
    invoicesByAccount: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.invoicesByCrmAccountIds(ids)),
      (row) => row.crm_account_id,
    ),
    invoicesByProject: createGroupLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.invoicesByPsaProjectIds(ids)),
      (row) => row.psa_project_id as string,
    ),
    invoiceLines: createGroupLoader(
      (ids: readonly string[]) => connector.invoiceLinesByInvoiceIds(ids),
      (row) => row.invoice_id,
    ),
    payments: createGroupLoader(
      (ids: readonly string[]) => connector.paymentsByInvoiceIds(ids),
      (row) => row.invoice_id,
    ),
    projectLedger: createRowLoader(
      (ids: readonly string[]) => connector.projectLedgersByPsaIds(ids),
      (row) => row.psa_project_id,
    ),
    /** A project's invoices (not void) by month of issue, by PSA project id (the portfolio's month-by-month conversion). */
    billedByMonth: createGroupLoader(
      (ids: readonly string[]) => connector.billedByMonth(ids),
      (row) => row.psa_project_id,
    ),
    /** A project's revenue postings, cost postings and latest cost accrual (ProjectFinancials.ledger). */
    postedLedger: createRowLoader(
      (ids: readonly string[]) => connector.postedLedgersByPsaIds(ids),
      (row) => row.psa_project_id,
    ),
    receivables: createRowLoader(
      async (ids: readonly string[]) => ofVisibleAccounts(await connector.receivablesByCrmAccountIds(ids, asOf, DSO_WINDOW_DAYS)),
      (row) => row.crm_account_id,
    ),
    externalRefs: createGroupLoader(
      (hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds),
      (row) => row.hub_id,
    ),
    /** Every rate card of a role in a region in a currency (all periods), by `rateCardScopeKey`: one ERP call per batch. */
    rateCardsByScope: createGroupLoader(
      (keys: readonly string[]) =>
        connector.rateCardsByScopes(
          keys.map((key) => JSON.parse(key) as [string, string, string]).map(([role, region, currency]) => ({ role, region, currency })),
        ),
      (row) => rateCardScopeKey(row),
    ),
    /**
     * The ERP's DAILY rate in force (the latest effective on or before the day), by key
     * "from|to|date"; null where it holds none. Converts expenses in another currency than their
     * project's (docs/kpis.md, Inputs): one connector call per batch, every project of a portfolio
     * and every checkpoint of a trend in it.
     */
    dailyRate: new DataLoader<string, ExchangeRateRecord | null>(
      (keys) =>
        connector.ratesInForce(
          keys.map((key) => {
            const [from, to, date] = key.split('|') as [string, string, string];
            return { from, to, rateType: 'DAILY' as const, date };
          }),
        ),
      { maxBatchSize: 1000 },
    ),
    /** Memo of figures computed from one entity representation (portfolio roll-ups). */
    memo: new WeakMap<object, Promise<unknown>>(),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
