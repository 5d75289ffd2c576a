/**
 * The ERP's exchange rates on the bundled store (docs/kpis.md, Currencies). One row per pair, rate
 * type and effective date (the primary key); the rate is its exact decimal text, canonical (fx.ts
 * `formatRate`). Which row is in force for a pair, type and day:
 * - DAILY and CLOSING: the latest effective on or before the day;
 * - MONTHLY_AVERAGE: the one of the day's month, recorded with the month's last day as its
 *   effective date (the write refuses any other day), and no other: a month without its average has
 *   none rather than the previous month's.
 * Pairs are directed: EUR→USD and USD→EUR are separate rows and neither is derived from the other.
 */
import { periodEnd, periodOf } from '../../shared/periods.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import type { SqlDatabase } from '../../../platform/sql.ts';
import { RuleViolation, systemWrite, type EntityChange, type SystemRequest, type WriteOutcome } from '../../shared/system-api.ts';

export const RATE_TYPES = ['DAILY', 'MONTHLY_AVERAGE', 'CLOSING'] as const;
export type RateType = (typeof RATE_TYPES)[number];

export interface ExchangeRateRecord {
  from_currency: string;
  to_currency: string;
  rate_type: RateType;
  effective_date: string;
  /** Canonical exact decimal text. */
  rate: string;
}

export interface ExchangeRateListFilter {
  from: string | null;
  to: string | null;
  rateType: RateType | null;
  /** Only the row in force on this day for each pair and type. */
  on: string | null;
}

/** A rate to find: the one in force for this pair and type on `date`. */
export interface RateQuery {
  from: string;
  to: string;
  rateType: RateType;
  date: string;
}

export interface NewExchangeRate {
  from: string;
  to: string;
  rateType: RateType;
  effectiveDate: string;
  /** Canonical exact decimal text. */
  rate: string;
}

export interface FinanceRates {
  listExchangeRates(filter: ExchangeRateListFilter, page: PageRequest): Promise<ExchangeRateRecord[]>;
  countExchangeRates(filter: ExchangeRateListFilter): Promise<number>;
  /** The rate in force for each query, in order; null where the ERP holds none. */
  ratesInForce(queries: readonly RateQuery[]): Promise<(ExchangeRateRecord | null)[]>;
  recordExchangeRates(request: SystemRequest, rates: readonly NewExchangeRate[]): Promise<WriteOutcome & { replayed: boolean }>;
}

/** The keyset key of a rate: its primary key, in its sort order. */
export function exchangeRateKey(row: Pick<ExchangeRateRecord, 'from_currency' | 'to_currency' | 'rate_type' | 'effective_date'>): string {
  return [row.from_currency, row.to_currency, row.rate_type, row.effective_date].join('|');
}

/** Parses a keyset key; null when it is not one `exchangeRateKey` makes. */
export function parseExchangeRateKey(key: string): [string, string, string, string] | null {
  const parts = key.split('|');
  if (parts.length !== 4 || !/^[A-Z]{3}$/.test(parts[0]) || !/^[A-Z]{3}$/.test(parts[1])) return null;
  if (!(RATE_TYPES as readonly string[]).includes(parts[2]) || !/^\d{4}-\d{2}-\d{2}$/.test(parts[3])) return null;
  return parts as [string, string, string, string];
}

/** The condition "r is the row in force on the day" (two parameters: the month's end, the day). */
const IN_FORCE = `((r.rate_type = 'MONTHLY_AVERAGE' AND r.effective_date = ?)
  OR (r.rate_type <> 'MONTHLY_AVERAGE' AND r.effective_date = (
    SELECT MAX(l.effective_date) FROM exchange_rate l
    WHERE l.from_currency = r.from_currency AND l.to_currency = r.to_currency AND l.rate_type = r.rate_type AND l.effective_date <= ?)))`;

function listWhere(filter: ExchangeRateListFilter, after: [string, string, string, string] | null): { sql: string; params: string[] } {
  const conditions: string[] = [];
  const params: string[] = [];
  const add = (condition: string, ...values: string[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  if (filter.from !== null) add('r.from_currency = ?', filter.from);
  if (filter.to !== null) add('r.to_currency = ?', filter.to);
  if (filter.rateType !== null) add('r.rate_type = ?', filter.rateType);
  if (filter.on !== null) add(IN_FORCE, periodEnd(periodOf(filter.on)), filter.on);
  if (after !== null) add('(r.from_currency, r.to_currency, r.rate_type, r.effective_date) > (?, ?, ?, ?)', ...after);
  return { sql: conditions.length === 0 ? '' : ` WHERE ${conditions.join(' AND ')}`, params };
}

/** The row in force on `day` among one pair's and type's rows sorted by effective date (the rule of IN_FORCE). */
function inForceAmong(rows: readonly ExchangeRateRecord[], rateType: RateType, day: string): ExchangeRateRecord | null {
  if (rateType === 'MONTHLY_AVERAGE') {
    const monthEnd = periodEnd(periodOf(day));
    return rows.find((row) => row.effective_date === monthEnd) ?? null;
  }
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rows[middle].effective_date <= day) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : rows[low - 1];
}

const rateChange = (rate: ExchangeRateRecord): EntityChange => ({ entity: 'ExchangeRate', entityId: exchangeRateKey(rate), before: null, after: { ...rate } });

export function createSqlFinanceRates(db: SqlDatabase): FinanceRates {
  return {
    async listExchangeRates(filter, page) {
      const after = page.afterKey === null ? null : parseExchangeRateKey(page.afterKey);
      const where = listWhere(filter, after);
      return db.all<ExchangeRateRecord>(
        `SELECT r.from_currency, r.to_currency, r.rate_type, r.effective_date, r.rate FROM exchange_rate r${where.sql}
         ORDER BY r.from_currency, r.to_currency, r.rate_type, r.effective_date LIMIT ?`,
        [...where.params, page.limit + 1],
      );
    },
    async countExchangeRates(filter) {
      const where = listWhere(filter, null);
      const row = await db.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM exchange_rate r${where.sql}`, where.params);
      return Number(row?.n ?? 0);
    },
    async ratesInForce(queries) {
      const found: (ExchangeRateRecord | null)[] = queries.map(() => null);
      const groups = new Map<string, number[]>();
      queries.forEach((query, i) => {
        const key = `${query.from}|${query.to}|${query.rateType}`;
        groups.set(key, [...(groups.get(key) ?? []), i]);
      });
      for (const indexes of groups.values()) {
        const { from, to, rateType } = queries[indexes[0]];
        const days = indexes.map((i) => queries[i].date);
        if (indexes.length === 1) {
          // A portfolio asks for a few currencies times two rate types: one indexed lookup each.
          const day = days[0];
          const row = await db.get<ExchangeRateRecord>(
            `SELECT r.from_currency, r.to_currency, r.rate_type, r.effective_date, r.rate FROM exchange_rate r
             WHERE r.from_currency = ? AND r.to_currency = ? AND r.rate_type = ? AND ${IN_FORCE}`,
            [from, to, rateType, periodEnd(periodOf(day)), day],
          );
          found[indexes[0]] = row ?? null;
          continue;
        }
        // Many days of one pair and type (expenses converted at each one's DAILY rate): the pair's
        // rows from the one in force on the first day to the last day, in one read, then the rule
        // in force picked per day.
        const sorted = [...days].sort();
        const first = sorted[0];
        const last = sorted[sorted.length - 1];
        const rows = await db.all<ExchangeRateRecord>(
          `SELECT r.from_currency, r.to_currency, r.rate_type, r.effective_date, r.rate FROM exchange_rate r
           WHERE r.from_currency = ? AND r.to_currency = ? AND r.rate_type = ? AND r.effective_date <= ?
             AND r.effective_date >= COALESCE((
               SELECT MAX(l.effective_date) FROM exchange_rate l
               WHERE l.from_currency = ? AND l.to_currency = ? AND l.rate_type = ? AND l.effective_date <= ?), ?)
           ORDER BY r.effective_date`,
          [from, to, rateType, rateType === 'MONTHLY_AVERAGE' ? periodEnd(periodOf(last)) : last, from, to, rateType, first, first],
        );
        for (const i of indexes) found[i] = inForceAmong(rows, rateType, queries[i].date);
      }
      return found;
    },
    recordExchangeRates: (request, rates) =>
      systemWrite(db, 'ERP', 'recordExchangeRates', request, { rates }, async ({ tx }) => {
        const changes: EntityChange[] = [];
        let unchanged = 0;
        for (const [index, rate] of rates.entries()) {
          const row: ExchangeRateRecord = {
            from_currency: rate.from,
            to_currency: rate.to,
            rate_type: rate.rateType,
            effective_date: rate.effectiveDate,
            rate: rate.rate,
          };
          // A racing request recording the same rate inserts it first: this one then compares with it.
          const inserted = await tx.run(
            `INSERT INTO exchange_rate (from_currency, to_currency, rate_type, effective_date, rate, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
             ON CONFLICT (from_currency, to_currency, rate_type, effective_date) DO NOTHING`,
            [row.from_currency, row.to_currency, row.rate_type, row.effective_date, row.rate, new Date().toISOString()],
          );
          if (inserted === 0) {
            const existing = await tx.get<{ rate: string }>(
              'SELECT rate FROM exchange_rate WHERE from_currency = ? AND to_currency = ? AND rate_type = ? AND effective_date = ?',
              [row.from_currency, row.to_currency, row.rate_type, row.effective_date],
            );
            if (existing?.rate === row.rate) {
              unchanged += 1;
              continue;
            }
            throw new RuleViolation(
              'RATE_CONFLICT',
              `The ERP holds ${existing?.rate} for ${row.from_currency}→${row.to_currency} ${row.rate_type} on ${row.effective_date}, not ${row.rate}`,
              ['rates', String(index)],
            );
          }
          changes.push(rateChange(row));
        }
        return { changes, result: { recorded: changes.length, unchanged } };
      }),
  };
}
