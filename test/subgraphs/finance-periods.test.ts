/**
 * The ERP's accounting periods, revenue ledger and cost accruals through its system API, called as
 * the workflows service calls it (typed documents, the service credential), on the finance subgraph
 * alone over the fixture's ERP rows (business date 2026-11-15): each write idempotent on its request
 * key and on its business key (a project and period, a legal entity and period), racing writes
 * stored once, and nothing dated in a closed period posting afterwards. Runs on node:sqlite (npm
 * test) and PostgreSQL (npm run test:pg).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import {
  AccountingPeriodsDocument,
  AccrueCostDocument,
  BeginPeriodCloseDocument,
  BillMilestoneDocument,
  ClosePeriodDocument,
  IssueInvoiceDocument,
  PeriodLedgersDocument,
  PostingPeriodDocument,
  PostRevenueDocument,
  PostTimeDocument,
  RecordPaymentDocument,
} from '../../subgraphs/workflows/__generated__/system-finance.ts';
import { BusinessFailure, createSystemClients, type SystemClients } from '../../subgraphs/workflows/engine/systems.ts';
import { hub } from '../support/fixture.ts';
import { startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

let erp: TestSubgraph;
let systems: SystemClients;

beforeAll(async () => {
  erp = await startTestSubgraph('finance');
  systems = createSystemClients({ urls: { ERP: erp.url } });
});

afterAll(async () => {
  await erp?.stop();
});

const request = () => ({ requestKey: randomUUID(), correlationId: randomUUID() });

async function count(sql: string, ...params: (string | number)[]): Promise<number> {
  return Number((await erp.db.get<{ n: number }>(sql, params))?.n);
}

/** The userErrors of a refused write (a BusinessFailure), or a failure when it was not refused. */
async function refusal(write: Promise<unknown>) {
  const outcome = await write.then(
    () => new Error('the write was not refused'),
    (error: unknown) => error,
  );
  if (!(outcome instanceof BusinessFailure)) throw outcome;
  return outcome.userErrors.map(({ code, field }) => ({ code, field }));
}

const periods = (period: string, legalEntityId: string | null = null) =>
  systems.systemRead('ERP', AccountingPeriodsDocument, { period, legalEntityId }, randomUUID()).then((data) => data.accountingPeriods);

function postRevenue(variables: { projectId?: string; period: string; amount: string; cumulative: string; method?: string }, key = request()) {
  return systems.write(
    'ERP',
    PostRevenueDocument,
    { request: key, projectId: hub.erpProject, method: 'ACTUAL_TIME', currency: 'USD', ...variables },
    key.correlationId,
  );
}

const accrual = (items: { source: string; sourceId: string; version: number | null; amount: string }[], period = '2026-10', key = request()) =>
  systems.write('ERP', AccrueCostDocument, { request: key, projectId: hub.erpProject, period, currency: 'USD', items }, key.correlationId);

describe('the revenue ledger: one posting per project and period', () => {
  it('posts, and answers a second posting of the project and period under another key with the first, writing nothing', async () => {
    const first = await postRevenue({ period: '2026-09', amount: '4775.00', cumulative: '4775.00' });
    expect(first.result).toMatchObject({ posted: true, amount: 477_500, cumulative: 477_500 });
    expect(first.changes).toEqual([expect.objectContaining({ entity: 'RevenueEvent', before: null })]);
    const second = await postRevenue({ period: '2026-09', amount: '9.99', cumulative: '9.99' });
    expect(second).toMatchObject({ replayed: false, changes: [], result: { posted: false, amount: 477_500 } });
    expect(await count("SELECT COUNT(*) AS n FROM revenue_event WHERE period = '2026-09'")).toBe(1);
    expect(await count("SELECT COUNT(*) AS n FROM outbox WHERE event LIKE '%RevenueRecognized%'")).toBe(1);
  });

  it('replays a retried request key, and refuses the key with another request', async () => {
    const key = request();
    const first = await postRevenue(
      { projectId: hub.dataProject, period: '2026-09', amount: '1666.67', cumulative: '1666.67', method: 'PERCENT_COMPLETE' },
      key,
    );
    const again = await postRevenue(
      { projectId: hub.dataProject, period: '2026-09', amount: '1666.67', cumulative: '1666.67', method: 'PERCENT_COMPLETE' },
      key,
    );
    expect(again).toEqual({ ...first, replayed: true });
    await expect(
      postRevenue({ projectId: hub.dataProject, period: '2026-10', amount: '1.00', cumulative: '1667.67', method: 'PERCENT_COMPLETE' }, key),
    ).rejects.toMatchObject({ userErrors: [expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED' })] });
  });

  it('holds the cumulative to the postings before, and takes a reversal (a negative amount)', async () => {
    expect(await refusal(postRevenue({ period: '2026-10', amount: '10.00', cumulative: '10.00' }))).toEqual([
      { code: 'REVENUE_CUMULATIVE_MISMATCH', field: ['cumulative'] },
    ]);
    const reversal = await postRevenue({ projectId: hub.dataProject, period: '2026-10', amount: '-66.67', cumulative: '1600.00', method: 'PERCENT_COMPLETE' });
    expect(reversal.result).toMatchObject({ posted: true, amount: -6_667, cumulative: 160_000 });
  });

  it('stores one posting when ten racing requests post the same project and period', async () => {
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => postRevenue({ period: '2026-10', amount: '100.00', cumulative: '4875.00' })));
    expect(outcomes.filter((outcome) => outcome.result.posted === true)).toHaveLength(1);
    expect(await count("SELECT COUNT(*) AS n FROM revenue_event WHERE project_id = 'PJ-100001' AND period = '2026-10'")).toBe(1);
  });

  it('refuses malformed arguments naming them, before the ERP is asked', async () => {
    for (const [variables, field] of [
      [{ period: '2026-13', amount: '1.00', cumulative: '1.00' }, 'period'],
      [{ period: '2026-11', amount: '1.001', cumulative: '1.00' }, 'amount'],
      [{ period: '2026-11', amount: '1.00', cumulative: '1.00', method: 'GUESS' }, 'method'],
      [{ period: '2026-11', amount: '1.00', cumulative: '1.00', projectId: 'prj_x' }, 'projectId'],
    ] as const) {
      const refused = await refusal(postRevenue(variables));
      expect(refused, field).toEqual([{ code: 'BAD_USER_INPUT', field: null }]);
    }
  });
});

describe('cost accruals: approved cost the ERP has not posted, one per project and period', () => {
  it('leaves out what the ERP posted and writes one accrual, whatever the request key', async () => {
    await erp.db.run(
      "INSERT INTO cost_posting (id, project_id, source, source_ref, gl_account, amount, status, posted_at) VALUES ('CP-0000001', 'PJ-100001', 'TIME', 'TC-0000004@v1', '5100', 72000, 'Posted', '2026-10-02T03:00:00Z'), ('CP-0000002', 'PJ-100001', 'EXPENSE', 'EXP-000002', '5200', 5050, 'Posted', '2026-10-02T03:00:00Z')",
    );
    const items = [
      { source: 'TIME', sourceId: toHubId('TimeEntry', 'TC-0000004'), version: 1, amount: '720.00' },
      { source: 'TIME', sourceId: toHubId('TimeEntry', 'TC-0000005'), version: 1, amount: '400.00' },
      { source: 'EXPENSE', sourceId: toHubId('Expense', 'EXP-000001'), version: null, amount: '450.00' },
      { source: 'EXPENSE', sourceId: toHubId('Expense', 'EXP-000002'), version: null, amount: '50.50' },
    ];
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => accrual(items)));
    expect(outcomes.filter((outcome) => outcome.result.accrued === true)).toHaveLength(1);
    expect(outcomes.every((outcome) => outcome.result.amount === 85_000)).toBe(true);
    expect(await erp.db.all('SELECT project_id, period, amount, items FROM cost_accrual')).toEqual([
      { project_id: 'PJ-100001', period: '2026-10', amount: 85_000, items: 2 },
    ]);
  });

  it('refuses an item without its kind or version, naming it', async () => {
    expect(await refusal(accrual([{ source: 'HOTEL', sourceId: toHubId('Expense', 'EXP-000001'), version: null, amount: '1.00' }], '2026-11'))).toEqual([
      { code: 'BAD_USER_INPUT', field: null },
    ]);
    expect(await refusal(accrual([{ source: 'TIME', sourceId: toHubId('TimeEntry', 'TC-0000005'), version: null, amount: '1.00' }], '2026-11'))).toEqual([
      { code: 'BAD_USER_INPUT', field: null },
    ]);
  });
});

describe('accounting periods: OPEN → CLOSING → CLOSED, and nothing dated in a closed period posts', () => {
  const periodWrite = (document: typeof BeginPeriodCloseDocument | typeof ClosePeriodDocument, period: string, legalEntityId = 'US01') => {
    const key = request();
    return systems.write('ERP', document, { request: key, legalEntityId, period }, key.correlationId);
  };

  it('lists the legal entities the ERP books, with each period open until it closes', async () => {
    expect(await periods('2026-10')).toEqual([{ legalEntityId: 'US01', period: '2026-10', status: 'OPEN' }]);
    expect(await periods('2026-10', 'UK01')).toEqual([{ legalEntityId: 'UK01', period: '2026-10', status: 'OPEN' }]);
  });

  it('refuses a period that has not begun, and a malformed one', async () => {
    expect(await refusal(periodWrite(BeginPeriodCloseDocument, '2026-12'))).toEqual([{ code: 'PERIOD_IN_FUTURE', field: ['period'] }]);
    expect(await refusal(periodWrite(ClosePeriodDocument, '2027-01'))).toEqual([{ code: 'PERIOD_IN_FUTURE', field: ['period'] }]);
    expect(await refusal(periodWrite(BeginPeriodCloseDocument, '26-10'))).toEqual([{ code: 'BAD_USER_INPUT', field: null }]);
    expect(await count('SELECT COUNT(*) AS n FROM accounting_period')).toBe(0);
  });

  it('begins and closes once: a second begin or close writes nothing', async () => {
    const begun = await Promise.all(Array.from({ length: 5 }, () => periodWrite(BeginPeriodCloseDocument, '2026-10')));
    expect(begun.filter((outcome) => outcome.result.changed === true)).toHaveLength(1);
    expect(await periods('2026-10')).toEqual([{ legalEntityId: 'US01', period: '2026-10', status: 'CLOSING' }]);
    const closed = await Promise.all(Array.from({ length: 5 }, () => periodWrite(ClosePeriodDocument, '2026-10')));
    expect(closed.filter((outcome) => outcome.result.changed === true)).toHaveLength(1);
    expect(await erp.db.all('SELECT legal_entity_id, period, status FROM accounting_period')).toEqual([
      { legal_entity_id: 'US01', period: '2026-10', status: 'Closed' },
    ]);
    expect(await count("SELECT COUNT(*) AS n FROM outbox WHERE event LIKE '%AccountingPeriodClosed%'")).toBe(1);
    expect(await refusal(periodWrite(BeginPeriodCloseDocument, '2026-10'))).toEqual([{ code: 'PERIOD_CLOSED', field: ['period'] }]);
  });

  it('counts every earlier period of the legal entity closed, another legal entity not', async () => {
    expect(await periods('2026-09', 'US01')).toEqual([{ legalEntityId: 'US01', period: '2026-09', status: 'CLOSED' }]);
    expect(await periods('2026-11', 'US01')).toEqual([{ legalEntityId: 'US01', period: '2026-11', status: 'OPEN' }]);
    expect(await periods('2026-09', 'UK01')).toEqual([{ legalEntityId: 'UK01', period: '2026-09', status: 'OPEN' }]);
    const posting = await systems.systemRead('ERP', PostingPeriodDocument, { projectId: hub.erpProject, date: '2026-09-30' }, randomUUID());
    expect(posting.postingPeriod).toEqual({ legalEntityId: 'US01', period: '2026-09', status: 'CLOSED' });
  });

  it('refuses time, billing, invoices, payments, revenue and accruals dated in a closed period, writing nothing', async () => {
    const tables = ['cost_posting', 'billing_event', 'billing_item', 'invoice', 'payment', 'revenue_event', 'cost_accrual', 'outbox', 'system_request'];
    const snapshot = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(`SELECT COUNT(*) AS n FROM ${table}`)])));
    const before = await snapshot();
    const key = request();
    const entry = {
      timeEntryId: toHubId('TimeEntry', 'TC-0000006'),
      version: 1,
      projectId: hub.erpProject,
      date: '2026-10-30',
      hours: '4',
      billable: true,
      billRate: '200.00',
      costRate: '100.00',
      currency: 'USD',
    };
    expect(await refusal(systems.write('ERP', PostTimeDocument, { request: key, entries: [entry] }, key.correlationId))).toEqual([
      { code: 'PERIOD_CLOSED', field: ['entries'] },
    ]);
    const milestone = {
      projectId: hub.dataProject,
      milestoneId: toHubId('Milestone', 'MS-000002'),
      milestoneName: 'Platform live',
      amount: '100.00',
      currency: 'USD',
      cap: '50000.00',
      date: '2026-09-30',
    };
    expect(await refusal(systems.write('ERP', BillMilestoneDocument, { request: key, input: milestone }, key.correlationId))).toEqual([
      { code: 'PERIOD_CLOSED', field: ['date'] },
    ]);
    const other = request();
    expect(
      await refusal(systems.write('ERP', IssueInvoiceDocument, { request: other, projectId: hub.erpProject, issueDate: '2026-10-31' }, other.correlationId)),
    ).toEqual([{ code: 'PERIOD_CLOSED', field: ['issueDate'] }]);
    const third = request();
    expect(
      await refusal(
        systems.write(
          'ERP',
          RecordPaymentDocument,
          { request: third, invoiceId: hub.firstInvoice, amount: '10.00', paymentDate: '2026-10-15' },
          third.correlationId,
        ),
      ),
    ).toEqual([{ code: 'PERIOD_CLOSED', field: ['paymentDate'] }]);
    expect(await refusal(postRevenue({ period: '2026-09', amount: '1.00', cumulative: '4776.00' }))).toEqual([{ code: 'PERIOD_CLOSED', field: ['period'] }]);
    expect(await refusal(accrual([{ source: 'TIME', sourceId: toHubId('TimeEntry', 'TC-0000005'), version: 1, amount: '400.00' }], '2026-10'))).toEqual([
      { code: 'PERIOD_CLOSED', field: ['period'] },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('still posts what is dated in the first open period', async () => {
    const key = request();
    const entry = {
      timeEntryId: toHubId('TimeEntry', 'TC-0000006'),
      version: 1,
      projectId: hub.erpProject,
      date: '2026-11-02',
      hours: '4',
      billable: true,
      billRate: '200.00',
      costRate: '100.00',
      currency: 'USD',
    };
    const posted = await systems.write('ERP', PostTimeDocument, { request: key, entries: [entry] }, key.correlationId);
    expect(posted.result).toMatchObject({ posted: 1, costTotal: 40_000 });
    const payment = request();
    const paid = await systems.write(
      'ERP',
      RecordPaymentDocument,
      { request: payment, invoiceId: hub.firstInvoice, amount: '10.00', paymentDate: '2026-11-15' },
      payment.correlationId,
    );
    expect(paid.result).toMatchObject({ status: 'PARTIALLY_PAID' });
  });

  it('pages the period ledgers of a legal entity by project, with the postings before the period and in it', async () => {
    const read = (after: string | null) =>
      systems
        .systemRead('ERP', PeriodLedgersDocument, { period: '2026-10', legalEntityIds: ['US01'], first: 1, after }, randomUUID())
        .then((data) => data.periodLedgers);
    const first = await read(null);
    expect(first).toEqual({
      ledgers: [
        { projectId: hub.erpProject, legalEntityId: 'US01', currency: 'USD', postedBefore: '4775.00', postedInPeriod: '100.00', accruedInPeriod: '850.00' },
      ],
      endCursor: hub.erpProject,
    });
    expect(await read(first.endCursor)).toEqual({
      ledgers: [
        { projectId: hub.dataProject, legalEntityId: 'US01', currency: 'USD', postedBefore: '1666.67', postedInPeriod: '-66.67', accruedInPeriod: null },
      ],
      endCursor: null,
    });
  });
});
