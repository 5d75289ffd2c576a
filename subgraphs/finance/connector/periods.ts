/**
 * The ERP's accounting periods, revenue ledger and cost accruals on the bundled store.
 *
 * - A period (`YYYY-MM`) belongs to a legal entity: the ERP subsidiary of the project's customer
 *   (PARENT_SUBSIDIARY, shared/periods.ts, for a customer without one). It goes OPEN → CLOSING → CLOSED. Closing a
 *   period also closes every earlier one of its legal entity (an ERP's lock date): a period on or
 *   before the latest CLOSED one is closed, and nothing dated in it posts any more (PERIOD_CLOSED).
 * - The revenue ledger is `revenue_event`: one posting per project and period (unique), with the
 *   method and the cumulative revenue it brings the project to.
 * - A cost accrual is the cost of approved work dated in or before its period that the ERP had not
 *   posted when the period closed: one per project and period (unique).
 * Every write runs in `systemWrite` (idempotent on the request key) and is idempotent on its
 * business key as well: a second write for the same project (or legal entity) and period writes
 * nothing and answers with what is there.
 */
import { businessDate } from '../../shared/dates.ts';
import { toHubId } from '../../shared/ids.ts';
import { isFuturePeriod, PARENT_SUBSIDIARY, periodOf } from '../../shared/periods.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import { allWhereIn, insertRow, placeholders, type SqlDatabase } from '../../../platform/sql.ts';
import { nextNumber, numberedId, RuleViolation, systemWrite, type SystemRequest, type WriteOutcome } from '../../shared/system-api.ts';
import { accountingPeriodStatuses, costPostingStatuses, revenueMethods, type RevenueMethod } from './labels.ts';

type Outcome = WriteOutcome & { replayed: boolean };

export type PeriodStatus = 'OPEN' | 'CLOSING' | 'CLOSED';

/** A legal entity's period as postings meet it. */
export interface AccountingPeriodRecord {
  legal_entity_id: string;
  period: string;
  /** Canonical; CLOSED also for a period before the latest closed one. */
  status: PeriodStatus;
  closing_at: string | null;
  closed_at: string | null;
}

/** What a period close of one project starts from. */
export interface PeriodLedgerRecord {
  psa_project_id: string;
  legal_entity_id: string;
  currency: string;
  /** Σ revenue postings of the periods before. */
  posted_before: number;
  /** The period's posting, when there is one. */
  posted_in_period: number | null;
  /** The period's cost accrual, when there is one. */
  accrued_in_period: number | null;
}

/** A project's postings in the ERP (Project.financials.ledger). */
export interface PostedLedgerRecord {
  psa_project_id: string;
  currency: string;
  /** Σ revenue postings. */
  revenue_posted: number;
  /** The latest period with a revenue posting. */
  posted_through: string | null;
  /** Σ posted cost postings. */
  cost_posted: number;
  /** The latest period's cost accrual, with its period. */
  accrued_cost: number | null;
  accrued_period: string | null;
}

export interface RevenuePosting {
  psaProjectId: string;
  period: string;
  /** Minor units; may be negative (a percent-complete estimate that fell). */
  amount: number;
  /** The project's revenue through the period: the postings before plus this one. */
  cumulative: number;
  method: RevenueMethod;
}

/** Approved work to accrue unless the ERP posted it (native ids, minor units). */
export interface CostAccrualItem {
  source: 'TIME' | 'EXPENSE';
  sourceId: string;
  /** A timecard's version (a posting is per entry and version); null for an expense. */
  version: number | null;
  amount: number;
}

/** The ERP's period reads and writes (part of the FinanceConnector). */
export interface FinancePeriods {
  /** The period of `legalEntityId`, or of every legal entity the ERP books (with projects or periods). */
  accountingPeriods(period: string, legalEntityId: string | null): Promise<AccountingPeriodRecord[]>;
  /** The period a posting of a project dated `date` falls in; null when the ERP does not know the project. */
  postingPeriod(psaProjectId: string, date: string): Promise<AccountingPeriodRecord | null>;
  /** Every ERP project of the legal entities, ordered by PSA id, with what it has posted around `period`. */
  periodLedgers(period: string, legalEntityIds: readonly string[], page: PageRequest): Promise<PeriodLedgerRecord[]>;
  postedLedgersByPsaIds(psaProjectIds: readonly string[]): Promise<PostedLedgerRecord[]>;
  /** OPEN → CLOSING (a CLOSING period stays as it is). */
  beginPeriodClose(request: SystemRequest, legalEntityId: string, period: string): Promise<Outcome>;
  postRevenue(request: SystemRequest, posting: RevenuePosting): Promise<Outcome>;
  accrueCost(request: SystemRequest, psaProjectId: string, period: string, items: readonly CostAccrualItem[]): Promise<Outcome>;
  /** OPEN or CLOSING → CLOSED (a closed period stays as it is). */
  closePeriod(request: SystemRequest, legalEntityId: string, period: string): Promise<Outcome>;
}

const CLOSED_LABEL = accountingPeriodStatuses.labelOf('CLOSED');

/** The hub-facing aggregate of a period's events. */
const periodAggregate = (legalEntityId: string, period: string) => `period:${legalEntityId}:${period}`;

/** The latest CLOSED period of a legal entity: it and every earlier period are closed. */
async function closedThrough(db: SqlDatabase, legalEntityId: string): Promise<string | null> {
  const row = await db.get<{ period: string | null }>('SELECT MAX(period) AS period FROM accounting_period WHERE legal_entity_id = ? AND status = ?', [
    legalEntityId,
    CLOSED_LABEL,
  ]);
  return row?.period ?? null;
}

async function periodOfEntity(db: SqlDatabase, legalEntityId: string, period: string): Promise<AccountingPeriodRecord> {
  const row = await db.get<{ status: string; closing_at: string | null; closed_at: string | null }>(
    'SELECT status, closing_at, closed_at FROM accounting_period WHERE legal_entity_id = ? AND period = ?',
    [legalEntityId, period],
  );
  const through = await closedThrough(db, legalEntityId);
  const status: PeriodStatus = through !== null && period <= through ? 'CLOSED' : row ? accountingPeriodStatuses.toCanonical(row.status) : 'OPEN';
  return { legal_entity_id: legalEntityId, period, status, closing_at: row?.closing_at ?? null, closed_at: row?.closed_at ?? null };
}

/** The ERP project of a PSA project with its legal entity and customer; refused when the ERP has none. */
async function projectOf(tx: SqlDatabase, psaProjectId: string) {
  const project = await tx.get<{ id: string; currency: string; crm_account_id: string; legal_entity_id: string }>(
    `SELECT p.id, p.currency, c.crm_account_id, COALESCE(c.subsidiary, ?) AS legal_entity_id
     FROM erp_project p JOIN erp_customer c ON c.id = p.customer_id WHERE p.psa_project_id = ?`,
    [PARENT_SUBSIDIARY, psaProjectId],
  );
  if (!project) throw new RuleViolation('PROJECT_NOT_IN_ERP', `The ERP has no dimension for project ${psaProjectId}`, ['projectId']);
  return project;
}

/** Refuses a period in the future of the business date or closed for the legal entity. */
async function assertPostable(tx: SqlDatabase, legalEntityId: string, period: string): Promise<void> {
  if (isFuturePeriod(period, businessDate()))
    throw new RuleViolation('PERIOD_IN_FUTURE', `${period} has not begun (business date ${businessDate()})`, ['period']);
  if ((await periodOfEntity(tx, legalEntityId, period)).status === 'CLOSED')
    throw new RuleViolation('PERIOD_CLOSED', `The accounting period ${period} of ${legalEntityId} is closed: nothing posts into it`, ['period']);
}

/**
 * Refuses a posting dated in a closed period of an ERP customer's legal entity (PERIOD_CLOSED naming
 * `field`): time, billing, invoices and payments re-check it in their write transaction.
 */
export async function assertPeriodOpen(tx: SqlDatabase, erpCustomerId: string, date: string, field: string): Promise<void> {
  const row = await tx.get<{ legal_entity_id: string }>('SELECT COALESCE(subsidiary, ?) AS legal_entity_id FROM erp_customer WHERE id = ?', [
    PARENT_SUBSIDIARY,
    erpCustomerId,
  ]);
  if (!row) return;
  const through = await closedThrough(tx, row.legal_entity_id);
  if (through !== null && periodOf(date) <= through) {
    throw new RuleViolation(
      'PERIOD_CLOSED',
      `${date} is in a closed accounting period of ${row.legal_entity_id} (closed through ${through}): nothing dated in it posts`,
      [field],
    );
  }
}

/** The ERP's legal entities: the subsidiaries of customers with projects, and any with periods. */
async function legalEntities(db: SqlDatabase): Promise<string[]> {
  const rows = await db.all<{ legal_entity_id: string }>(
    `SELECT DISTINCT COALESCE(c.subsidiary, ?) AS legal_entity_id FROM erp_customer c JOIN erp_project p ON p.customer_id = c.id
     UNION SELECT DISTINCT legal_entity_id FROM accounting_period`,
    [PARENT_SUBSIDIARY],
  );
  return rows.map((row) => row.legal_entity_id).sort();
}

const number = (value: unknown) => Number(value ?? 0);
const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

export function createSqlFinancePeriods(db: SqlDatabase): FinancePeriods {
  /** Moves a period to `status` (inserting its row), with its event. */
  async function movePeriod(
    tx: SqlDatabase,
    emit: (event: { type: string; aggregateId: string; fromState: string; toState: string; data: Record<string, unknown> }) => Promise<void>,
    current: AccountingPeriodRecord,
    to: 'CLOSING' | 'CLOSED',
  ) {
    const now = new Date().toISOString();
    const after = {
      legal_entity_id: current.legal_entity_id,
      period: current.period,
      status: accountingPeriodStatuses.labelOf(to),
      closing_at: current.closing_at ?? now,
      closed_at: to === 'CLOSED' ? now : null,
    };
    const exists = await tx.get('SELECT 1 AS x FROM accounting_period WHERE legal_entity_id = ? AND period = ?', [current.legal_entity_id, current.period]);
    if (exists) {
      await tx.run('UPDATE accounting_period SET status = ?, closing_at = ?, closed_at = ? WHERE legal_entity_id = ? AND period = ?', [
        after.status,
        after.closing_at,
        after.closed_at,
        after.legal_entity_id,
        after.period,
      ]);
    } else {
      await insertRow(tx, 'accounting_period', after);
    }
    await emit({
      type: to === 'CLOSED' ? 'AccountingPeriodClosed' : 'AccountingPeriodClosing',
      aggregateId: periodAggregate(current.legal_entity_id, current.period),
      fromState: current.status,
      toState: to,
      data: { legalEntityId: current.legal_entity_id, period: current.period },
    });
    return {
      changes: [
        {
          entity: 'AccountingPeriod',
          entityId: periodAggregate(current.legal_entity_id, current.period),
          before: exists ? { ...current, status: accountingPeriodStatuses.labelOf(current.status) } : null,
          after,
        },
      ],
      result: { legalEntityId: current.legal_entity_id, period: current.period, status: to, changed: true },
    };
  }

  return {
    async accountingPeriods(period, legalEntityId) {
      const entities = legalEntityId === null ? await legalEntities(db) : [legalEntityId];
      return Promise.all(entities.map((entity) => periodOfEntity(db, entity, period)));
    },

    async postingPeriod(psaProjectId, date) {
      const row = await db.get<{ legal_entity_id: string }>(
        'SELECT COALESCE(c.subsidiary, ?) AS legal_entity_id FROM erp_project p JOIN erp_customer c ON c.id = p.customer_id WHERE p.psa_project_id = ?',
        [PARENT_SUBSIDIARY, psaProjectId],
      );
      return row ? periodOfEntity(db, row.legal_entity_id, periodOf(date)) : null;
    },

    async periodLedgers(period, legalEntityIds, page) {
      if (legalEntityIds.length === 0) return [];
      const rows = await db.all<PeriodLedgerRecord>(
        `SELECT p.psa_project_id, COALESCE(c.subsidiary, ?) AS legal_entity_id, p.currency,
           (SELECT COALESCE(SUM(r.amount), 0) FROM revenue_event r WHERE r.project_id = p.id AND r.period < ?) AS posted_before,
           (SELECT r.amount FROM revenue_event r WHERE r.project_id = p.id AND r.period = ?) AS posted_in_period,
           (SELECT a.amount FROM cost_accrual a WHERE a.project_id = p.id AND a.period = ?) AS accrued_in_period
         FROM erp_project p JOIN erp_customer c ON c.id = p.customer_id
         WHERE COALESCE(c.subsidiary, ?) IN (${placeholders(legalEntityIds.length)})${page.afterKey === null ? '' : ' AND p.psa_project_id > ?'}
         ORDER BY p.psa_project_id LIMIT ?`,
        [PARENT_SUBSIDIARY, period, period, period, PARENT_SUBSIDIARY, ...legalEntityIds, ...(page.afterKey === null ? [] : [page.afterKey]), page.limit + 1],
      );
      return rows.map((row) => ({
        ...row,
        posted_before: number(row.posted_before),
        posted_in_period: numberOrNull(row.posted_in_period),
        accrued_in_period: numberOrNull(row.accrued_in_period),
      }));
    },

    async postedLedgersByPsaIds(psaProjectIds) {
      const posted = costPostingStatuses.labelOf('POSTED');
      const rows = await allWhereIn<PostedLedgerRecord>(
        db,
        `SELECT p.psa_project_id, p.currency,
           (SELECT COALESCE(SUM(r.amount), 0) FROM revenue_event r WHERE r.project_id = p.id) AS revenue_posted,
           (SELECT MAX(r.period) FROM revenue_event r WHERE r.project_id = p.id) AS posted_through,
           (SELECT COALESCE(SUM(cp.amount), 0) FROM cost_posting cp WHERE cp.project_id = p.id AND cp.status = ?) AS cost_posted,
           (SELECT a.amount FROM cost_accrual a WHERE a.project_id = p.id ORDER BY a.period DESC LIMIT 1) AS accrued_cost,
           (SELECT MAX(a.period) FROM cost_accrual a WHERE a.project_id = p.id) AS accrued_period
         FROM erp_project p WHERE p.psa_project_id IN (:ids)`,
        psaProjectIds,
        [posted],
      );
      return rows.map((row) => ({
        ...row,
        revenue_posted: number(row.revenue_posted),
        cost_posted: number(row.cost_posted),
        accrued_cost: numberOrNull(row.accrued_cost),
      }));
    },

    beginPeriodClose: (request, legalEntityId, period) =>
      systemWrite(db, 'ERP', 'beginPeriodClose', request, { legalEntityId, period }, async ({ tx, emit }) => {
        if (isFuturePeriod(period, businessDate()))
          throw new RuleViolation('PERIOD_IN_FUTURE', `${period} has not begun (business date ${businessDate()})`, ['period']);
        const current = await periodOfEntity(tx, legalEntityId, period);
        if (current.status === 'CLOSED') throw new RuleViolation('PERIOD_CLOSED', `The accounting period ${period} of ${legalEntityId} is closed`, ['period']);
        if (current.status === 'CLOSING') return { changes: [], result: { legalEntityId, period, status: 'CLOSING', changed: false } };
        return movePeriod(tx, emit, current, 'CLOSING');
      }),

    closePeriod: (request, legalEntityId, period) =>
      systemWrite(db, 'ERP', 'closePeriod', request, { legalEntityId, period }, async ({ tx, emit }) => {
        if (isFuturePeriod(period, businessDate()))
          throw new RuleViolation('PERIOD_IN_FUTURE', `${period} has not begun (business date ${businessDate()})`, ['period']);
        const current = await periodOfEntity(tx, legalEntityId, period);
        if (current.status === 'CLOSED') return { changes: [], result: { legalEntityId, period, status: 'CLOSED', changed: false } };
        return movePeriod(tx, emit, current, 'CLOSED');
      }),

    postRevenue: (request, posting) =>
      systemWrite(db, 'ERP', 'postRevenue', request, posting, async ({ tx, emit }) => {
        const project = await projectOf(tx, posting.psaProjectId);
        await assertPostable(tx, project.legal_entity_id, posting.period);
        const existing = await tx.get<{ id: string; amount: number; cumulative: number }>(
          'SELECT id, amount, cumulative FROM revenue_event WHERE project_id = ? AND period = ?',
          [project.id, posting.period],
        );
        if (existing) {
          return {
            changes: [],
            result: { revenueEventId: existing.id, posted: false, amount: number(existing.amount), cumulative: number(existing.cumulative) },
          };
        }
        const prior = number(
          (
            await tx.get<{ total: number | null }>('SELECT SUM(amount) AS total FROM revenue_event WHERE project_id = ? AND period < ?', [
              project.id,
              posting.period,
            ])
          )?.total,
        );
        if (prior + posting.amount !== posting.cumulative) {
          throw new RuleViolation(
            'REVENUE_CUMULATIVE_MISMATCH',
            `The postings before ${posting.period} (${prior}) plus this one (${posting.amount}) are not the cumulative ${posting.cumulative} (minor units)`,
            ['cumulative'],
          );
        }
        const row = {
          id: numberedId('REV-', await nextNumber(tx, 'revenue_event', 'id', 'REV-'), 6),
          project_id: project.id,
          method: revenueMethods.labelOf(posting.method),
          period: posting.period,
          amount: posting.amount,
          cumulative: posting.cumulative,
          posted_at: new Date().toISOString(),
        };
        await insertRow(tx, 'revenue_event', row);
        const projectHubId = toHubId('Project', posting.psaProjectId);
        await emit({
          type: 'RevenueRecognized',
          aggregateId: projectHubId,
          data: {
            projectId: projectHubId,
            customerId: toHubId('Customer', project.crm_account_id),
            period: posting.period,
            method: posting.method,
            amount: posting.amount,
            cumulative: posting.cumulative,
            currency: project.currency,
          },
        });
        return {
          changes: [{ entity: 'RevenueEvent', entityId: row.id, before: null, after: row }],
          result: { revenueEventId: row.id, posted: true, amount: row.amount, cumulative: row.cumulative },
        };
      }),

    accrueCost: (request, psaProjectId, period, items) =>
      systemWrite(db, 'ERP', 'accrueCost', request, { psaProjectId, period, items }, async ({ tx, emit }) => {
        const project = await projectOf(tx, psaProjectId);
        await assertPostable(tx, project.legal_entity_id, period);
        const existing = await tx.get<{ id: string; amount: number }>('SELECT id, amount FROM cost_accrual WHERE project_id = ? AND period = ?', [
          project.id,
          period,
        ]);
        if (existing) return { changes: [], result: { costAccrualId: existing.id, accrued: false, amount: number(existing.amount) } };
        const posted = costPostingStatuses.labelOf('POSTED');
        let amount = 0;
        let unposted = 0;
        for (const item of items) {
          // A timecard posts per version (`<id>@v<n>`); postings loaded from elsewhere carry the bare id.
          const refs = item.source === 'TIME' && item.version !== null ? [item.sourceId, `${item.sourceId}@v${item.version}`] : [item.sourceId];
          const found = await tx.get(
            `SELECT 1 AS x FROM cost_posting WHERE project_id = ? AND source = ? AND status = ? AND source_ref IN (${placeholders(refs.length)})`,
            [project.id, item.source, posted, ...refs],
          );
          if (found) continue;
          amount += item.amount;
          unposted++;
        }
        if (unposted === 0) return { changes: [], result: { costAccrualId: null, accrued: false, amount: 0 } };
        const row = {
          id: numberedId('CA-', await nextNumber(tx, 'cost_accrual', 'id', 'CA-'), 7),
          project_id: project.id,
          period,
          amount,
          items: unposted,
          accrued_at: new Date().toISOString(),
        };
        await insertRow(tx, 'cost_accrual', row);
        const projectHubId = toHubId('Project', psaProjectId);
        await emit({
          type: 'CostAccrued',
          aggregateId: projectHubId,
          data: { projectId: projectHubId, customerId: toHubId('Customer', project.crm_account_id), period, items: unposted, currency: project.currency },
        });
        return { changes: [{ entity: 'CostAccrual', entityId: row.id, before: null, after: row }], result: { costAccrualId: row.id, accrued: true, amount } };
      }),
  };
}
