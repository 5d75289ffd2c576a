/** Per-request loaders of the finance subgraph: one connector call per batch. */
import { businessDate } from '../shared/dates.ts';
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { FinanceConnector } from './connector/types.ts';

/** Days sales outstanding are measured over this many days up to the business date. */
export const DSO_WINDOW_DAYS = 90;

export function createFinanceLoaders(connector: FinanceConnector) {
  const asOf = businessDate();
  return {
    /** The business date of this request (one value for every field of it). */
    asOf,
    invoice: createRowLoader((ids: readonly string[]) => connector.invoicesByIds(ids), (row) => row.id),
    invoicesByAccount: createGroupLoader((ids: readonly string[]) => connector.invoicesByCrmAccountIds(ids), (row) => row.crm_account_id),
    invoicesByProject: createGroupLoader(
      (ids: readonly string[]) => connector.invoicesByPsaProjectIds(ids),
      (row) => row.psa_project_id as string,
    ),
    invoiceLines: createGroupLoader((ids: readonly string[]) => connector.invoiceLinesByInvoiceIds(ids), (row) => row.invoice_id),
    payments: createGroupLoader((ids: readonly string[]) => connector.paymentsByInvoiceIds(ids), (row) => row.invoice_id),
    projectLedger: createRowLoader((ids: readonly string[]) => connector.projectLedgersByPsaIds(ids), (row) => row.psa_project_id),
    receivables: createRowLoader(
      (ids: readonly string[]) => connector.receivablesByCrmAccountIds(ids, asOf, DSO_WINDOW_DAYS),
      (row) => row.crm_account_id,
    ),
    externalRefs: createGroupLoader((hubIds: readonly string[]) => connector.externalRefsByHubIds(hubIds), (row) => row.hub_id),
    /** Memo of figures computed from one entity representation (portfolio roll-ups). */
    memo: new WeakMap<object, Promise<unknown>>(),
  };
}

export type FinanceLoaders = ReturnType<typeof createFinanceLoaders>;
