/**
 * October 2026's MONTHLY_AVERAGE rates the multi-currency fixtures leave out (test/support/fixture.ts
 * has October's EUR→USD and GBP→USD averages only). The portfolio converts each project's income and
 * cost to date month by month from its first dated record (docs/kpis.md, Currencies), and the EMEA
 * projects' milestones and invoices are dated in October, so a portfolio in USD or EUR needs them.
 */
import { insertRows, type SqlRow } from '../../platform/sql.ts';
import type { DomainStores } from '../../scripts/domain-stores.ts';

function average(from: string, to: string, rate: string): SqlRow {
  return { from_currency: from, to_currency: to, rate_type: 'MONTHLY_AVERAGE', effective_date: '2026-10-31', rate, recorded_at: '2026-11-01T00:00:00.000Z' };
}

/** KWD→USD, KWD→EUR and GBP→EUR for October 2026. */
export const OCTOBER_AVERAGES: SqlRow[] = [average('KWD', 'USD', '3.2467'), average('KWD', 'EUR', '2.9871'), average('GBP', 'EUR', '1.1684')];

/** `fill`, then October's missing averages (OCTOBER_AVERAGES). */
export function withOctoberAverages(fill: (stores: DomainStores) => Promise<void>): (stores: DomainStores) => Promise<void> {
  return async (stores) => {
    await fill(stores);
    await stores.finance.transaction(async (tx) => insertRows(tx, 'exchange_rate', OCTOBER_AVERAGES));
  };
}
