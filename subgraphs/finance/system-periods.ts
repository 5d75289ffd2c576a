/**
 * The period-close part of the ERP's system API (schema/system/finance.graphql): accounting periods,
 * revenue postings and cost accruals, over the connector's FinancePeriods. Arguments are checked
 * here (malformed ones are BAD_USER_INPUT naming them); the ERP's rules inside each write.
 */
import { badUserInput } from '../../platform/errors.ts';
import { requiredDateArg } from '../shared/dates.ts';
import { nativeIdOf, toHubId } from '../shared/ids.ts';
import { money } from '../shared/money.ts';
import { isPeriod } from '../shared/periods.ts';
import { minorUnitsArg, toWriteResult } from '../shared/system-api.ts';
import { textProblem } from '../shared/text.ts';
import type { MutationResolvers, QueryResolvers } from './__generated__/system-types.ts';
import { revenueMethods, type RevenueMethod } from './connector/labels.ts';
import type { AccountingPeriodRecord, CostAccrualItem } from './connector/periods.ts';

const MAX_LEDGER_PAGE = 500;

function periodArg(value: string, argument: string): string {
  if (!isPeriod(value)) throw badUserInput(argument, `"${value}" is not a period (YYYY-MM)`);
  return value;
}

function legalEntityArg(value: string, argument: string): string {
  const problem = textProblem(value, { max: 255, required: true });
  if (problem) throw badUserInput(argument, `The legal entity ${problem}`);
  return value;
}

function methodArg(value: string): RevenueMethod {
  const methods = revenueMethods.labels.map((label) => revenueMethods.toCanonical(label));
  if (!methods.includes(value as RevenueMethod)) throw badUserInput('method', `"${value}" is not one of ${methods.join(', ')}`);
  return value as RevenueMethod;
}

const periodShape = (row: AccountingPeriodRecord) => ({
  legalEntityId: row.legal_entity_id,
  period: row.period,
  status: row.status,
  closingAt: row.closing_at,
  closedAt: row.closed_at,
});

export const periodQueries: Pick<QueryResolvers, 'accountingPeriods' | 'postingPeriod' | 'periodLedgers'> = {
  async accountingPeriods(_parent, { period, legalEntityId }, { connector }) {
    const rows = await connector.accountingPeriods(
      periodArg(period, 'period'),
      legalEntityId === null || legalEntityId === undefined ? null : legalEntityArg(legalEntityId, 'legalEntityId'),
    );
    return rows.map(periodShape);
  },
  async postingPeriod(_parent, { projectId, date }, { connector }) {
    const row = await connector.postingPeriod(nativeIdOf('Project', projectId, 'projectId'), requiredDateArg(date, 'date'));
    return row ? periodShape(row) : null;
  },
  async periodLedgers(_parent, { period, legalEntityIds, first, after }, { connector }) {
    if (!Number.isInteger(first) || first < 1 || first > MAX_LEDGER_PAGE) throw badUserInput('first', `must be 1 to ${MAX_LEDGER_PAGE}`);
    const entities = legalEntityIds.map((id, i) => legalEntityArg(id, `legalEntityIds[${i}]`));
    const afterKey = after === null || after === undefined ? null : nativeIdOf('Project', after, 'after');
    const rows = await connector.periodLedgers(periodArg(period, 'period'), entities, { afterKey, limit: first });
    const page = rows.slice(0, first);
    return {
      ledgers: page.map((row) => ({
        projectId: toHubId('Project', row.psa_project_id),
        legalEntityId: row.legal_entity_id,
        currency: row.currency,
        postedBefore: money(row.posted_before, row.currency).amount,
        postedInPeriod: row.posted_in_period === null ? null : money(row.posted_in_period, row.currency).amount,
        accruedInPeriod: row.accrued_in_period === null ? null : money(row.accrued_in_period, row.currency).amount,
      })),
      endCursor: rows.length > first ? toHubId('Project', page[page.length - 1].psa_project_id) : null,
    };
  },
};

export const periodMutations: Pick<MutationResolvers, 'beginPeriodClose' | 'postRevenue' | 'accrueCost' | 'closePeriod'> = {
  beginPeriodClose: (_parent, { request, legalEntityId, period }, { connector }) => {
    const entity = legalEntityArg(legalEntityId, 'legalEntityId');
    const month = periodArg(period, 'period');
    return toWriteResult(() => connector.beginPeriodClose(request, entity, month));
  },
  closePeriod: (_parent, { request, legalEntityId, period }, { connector }) => {
    const entity = legalEntityArg(legalEntityId, 'legalEntityId');
    const month = periodArg(period, 'period');
    return toWriteResult(() => connector.closePeriod(request, entity, month));
  },
  postRevenue: (_parent, { request, projectId, period, amount, method, cumulative, currency }, { connector }) => {
    const posting = {
      psaProjectId: nativeIdOf('Project', projectId, 'projectId'),
      period: periodArg(period, 'period'),
      amount: minorUnitsArg(amount, currency, 'amount'),
      cumulative: minorUnitsArg(cumulative, currency, 'cumulative'),
      method: methodArg(method),
    };
    return toWriteResult(() => connector.postRevenue(request, posting));
  },
  accrueCost: (_parent, { request, projectId, period, currency, items }, { connector }) => {
    const accruals: CostAccrualItem[] = items.map((item, i) => {
      if (item.source !== 'TIME' && item.source !== 'EXPENSE') throw badUserInput(`items[${i}].source`, `"${item.source}" is not TIME or EXPENSE`);
      const source = item.source;
      const version = item.version ?? null;
      if (source === 'TIME' && (version === null || version < 1)) throw badUserInput(`items[${i}].version`, 'a timecard needs its version (1 or more)');
      return {
        source,
        sourceId:
          source === 'TIME' ? nativeIdOf('TimeEntry', item.sourceId, `items[${i}].sourceId`) : nativeIdOf('Expense', item.sourceId, `items[${i}].sourceId`),
        version: source === 'TIME' ? version : null,
        amount: minorUnitsArg(item.amount, currency, `items[${i}].amount`),
      };
    });
    return toWriteResult(() => connector.accrueCost(request, nativeIdOf('Project', projectId, 'projectId'), periodArg(period, 'period'), accruals));
  },
};
