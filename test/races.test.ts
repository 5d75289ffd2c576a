/**
 * Races: every governed mutation fired 20 times at once through the gateway, each with its own
 * idempotency key, at one target and at targets that together pass a limit (allocation, daily
 * hours, billing cap, open balance). Afterwards each system of record is read directly: exactly the
 * effects one-at-a-time execution allows, losers answered with a coded userError (a refusal or a
 * COMPENSATED workflow), never an internal error, and no exception parked for a lost race.
 * Runs on node:sqlite (npm test) and PostgreSQL (npm run test:pg).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, type Role } from '../platform/auth.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { insertRows, type SqlDatabase, type SqlRow } from '../platform/sql.ts';
import { ACME, ACME_ERP_CONTRACT, ADA, DATA_PROJECT, ERP_PROJECT, fillGlobexWonDeal, GLOBEX, GLOBEX_WON_DEAL, GRACE, hub } from './support/fixture.ts';
import { failingConnector, startTestHub, type TestHub } from './support/hub.ts';

const N = 20;

/** A project only changeProjectStatus touches. */
const STATUS_PROJECT = 'PRJ-2026-0101';
/** Milestones to complete, sign off and approve (bookings 10,000.00). */
const MILESTONE_PROJECT = 'PRJ-2026-0102';
/** Four completed milestones of 6,000.00 against bookings of 10,000.00. */
const CAP_PROJECT = 'PRJ-2026-0103';
/** Three generated billing events of posted time, to release and invoice. */
const BILLING_PROJECT = 'PRJ-2026-0104';
const NEW_HIRE = 'W-00010';
const SPLIT_HIRE = 'W-00011';
/** 139,055.00 open. */
const BIG_INVOICE = 'INV-100101';
/** Four invoices of 1,000.00, each taking at most one payment of 600.00. */
const SMALL_INVOICES = ['INV-100102', 'INV-100103', 'INV-100104', 'INV-100105'];

function project(id: string, fields: Partial<SqlRow> = {}): SqlRow {
  return {
    id,
    code: id,
    name: `Race ${id}`,
    account_id: ACME,
    contract_id: null,
    opportunity_id: null,
    manager_id: null,
    practice: 'Cloud',
    region: 'North America',
    billing_model: 'Milestone',
    stage: 'In Progress',
    health: 'Green',
    start_date: '2026-08-01',
    end_date: '2027-06-30',
    bookings: 1_000_000,
    currency: 'USD',
    budget_hours: 10_000,
    closed_for_time: 0,
    ...fields,
  };
}

function milestone(id: string, projectId: string, status: string, amount: number, requiresSignoff = false): SqlRow {
  return {
    id,
    project_id: projectId,
    name: `Milestone ${id}`,
    amount,
    target_date: '2026-11-30',
    actual_date: status === 'Complete' ? '2026-11-10' : null,
    requires_signoff: requiresSignoff ? 1 : 0,
    signed_off_at: null,
    status,
  };
}

function timecard(id: string, projectId: string, date: string, status: string): SqlRow {
  return {
    id,
    project_id: projectId,
    assignment_id: null,
    worker_id: GRACE,
    work_date: date,
    hours: 400,
    billable: 1,
    notes: null,
    status,
    bill_rate: 20000,
    cost_rate: 10000,
    version: 1,
  };
}

function worker(id: string, lastName: string): SqlRow {
  return {
    id,
    first_name: 'Race',
    last_name: lastName,
    email: null,
    business_title: 'Senior Consultant',
    grade: 'C3',
    practice: 'Cloud',
    location: 'New York',
    manager_id: null,
    worker_type: 'Employee',
    status: 'Active',
    hire_date: '2024-01-01',
    termination_date: null,
    scheduled_weekly_hours: 4000,
    utilization_target_bp: 8000,
  };
}

function invoice(id: string, n: number, total: number): SqlRow {
  return {
    id,
    tran_id: `OG-2026-${String(n).padStart(6, '0')}`,
    customer_id: 'CUST-10001',
    project_id: 'PJ-100001',
    status: 'Open',
    issue_date: '2026-11-01',
    due_date: '2026-12-01',
    currency: 'USD',
    total,
  };
}

/** The fixture plus a won Globex deal, the race projects, two new hires, parked-to-be time and open invoices. */
async function fill(stores: DomainStores): Promise<void> {
  await fillGlobexWonDeal(stores);
  // The ERP project's workspace in the delivery platform, with one unsynced worklog of Ada's (as the team logged it in the tool).
  await insertRows(stores.delivery, 'workspace', [
    {
      id: '10001',
      key: 'ACME',
      name: 'Acme ERP rollout',
      status: 'Active',
      customer_id: ACME,
      project_ref: ERP_PROJECT,
      created_at: '2026-08-01T09:00:00.000Z',
    },
  ]);
  await insertRows(stores.delivery, 'work_item', [
    {
      id: 'ACME-1',
      workspace_id: '10001',
      item_type: 'Story',
      summary: 'Ledger migration',
      status: 'In Progress',
      assignee_ref: ADA,
      milestone_ref: null,
      estimate_hours: 4000,
      remaining_hours: 1000,
      updated_at: '2026-11-19T09:00:00.000Z',
    },
  ]);
  await insertRows(stores.delivery, 'worklog', [
    {
      id: RACE_WORKLOG,
      work_item_id: 'ACME-1',
      worker_ref: ADA,
      work_date: '2026-11-19',
      hours: 300,
      comment: 'Ledger load',
      time_entry_ref: null,
      synced_at: null,
      created_at: '2026-11-19T17:00:00.000Z',
    },
  ]);
  await insertRows(stores.projects, 'project', [
    project(STATUS_PROJECT),
    project(MILESTONE_PROJECT),
    project(CAP_PROJECT),
    project(BILLING_PROJECT, { billing_model: 'T&M' }),
  ]);
  await insertRows(stores.projects, 'milestone', [
    milestone('MS-000101', MILESTONE_PROJECT, 'Planned', 100_000),
    milestone('MS-000102', MILESTONE_PROJECT, 'Complete', 200_000, true),
    milestone('MS-000103', MILESTONE_PROJECT, 'Complete', 300_000),
    ...['MS-000111', 'MS-000112', 'MS-000113', 'MS-000114'].map((id) => milestone(id, CAP_PROJECT, 'Complete', 600_000)),
  ]);
  await insertRows(stores.projects, 'time_entry', [
    timecard('TC-0000101', BILLING_PROJECT, '2026-10-05', 'Posted'),
    timecard('TC-0000102', BILLING_PROJECT, '2026-10-06', 'Posted'),
    timecard('TC-0000103', BILLING_PROJECT, '2026-10-07', 'Posted'),
    timecard('TC-0000201', ERP_PROJECT, '2026-10-12', 'Submitted'),
    timecard('TC-0000202', ERP_PROJECT, '2026-10-13', 'Submitted'),
    timecard('TC-0000203', ERP_PROJECT, '2026-10-14', 'Submitted'),
  ]);
  await insertRows(stores.projects, 'change_order', [
    { id: 'CO-000002', project_id: DATA_PROJECT, reason: 'Descoped reports', delta_bookings: -500_000, delta_budget_hours: -2_000, status: 'Submitted' },
  ]);
  await insertRows(stores.resources, 'worker', [worker(NEW_HIRE, 'Newhire'), worker(SPLIT_HIRE, 'Splitter')]);
  await insertRows(stores.resources, 'cost_rate', [
    { worker_id: NEW_HIRE, effective_from: '2026-01-01', effective_to: null, amount: 9000, currency: 'USD' },
    { worker_id: SPLIT_HIRE, effective_from: '2026-01-01', effective_to: null, amount: 9000, currency: 'USD' },
  ]);
  await insertRows(
    stores.finance,
    'erp_project',
    [MILESTONE_PROJECT, CAP_PROJECT, BILLING_PROJECT].map((psa, i) => ({
      id: `PJ-10010${i + 2}`,
      psa_project_id: psa,
      customer_id: 'CUST-10001',
      status: 'Open',
      currency: 'USD',
    })),
  );
  await insertRows(
    stores.finance,
    'billing_event',
    ['BE-000101', 'BE-000102', 'BE-000103'].map((id, i) => ({
      id,
      project_id: 'PJ-100104',
      status: 'Generated',
      hold_reason: null,
      event_date: `2026-10-0${5 + i}`,
    })),
  );
  await insertRows(
    stores.finance,
    'billing_item',
    ['BE-000101', 'BE-000102', 'BE-000103'].map((event, i) => ({
      id: `BI-000010${i + 1}`,
      billing_event_id: event,
      kind: 'TIME',
      source_ref: `TC-000010${i + 1}`,
      quantity: 400,
      unit_price: 20000,
      amount: 80_000,
    })),
  );
  await insertRows(stores.finance, 'invoice', [invoice(BIG_INVOICE, 101, 13_905_500), ...SMALL_INVOICES.map((id, i) => invoice(id, 102 + i, 100_000))]);
}

/** Set while a test wants the ERP's time posting to fail as an unreachable ERP would. */
let erpDown = false;
let testHub: TestHub;
let stores: DomainStores;
const tokens = new Map<string, string>();

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fill(opened);
    },
    wrapConnector: (service, connector) =>
      service !== 'finance'
        ? connector
        : failingConnector(connector, { methods: ['postTime'], when: () => erpDown, error: () => new Error('ERP connection refused') }),
  });
  for (const role of ['delivery', 'finance'] as const) tokens.set(role, await signToken({ sub: `race-${role}`, roles: [role], customerId: null }));
  tokens.set('portal', await signToken({ sub: 'race-portal', roles: ['portal'], customerId: hub.acme }));
});

afterAll(async () => {
  await testHub?.stop();
});

/** What one of the racing requests answered. */
interface Outcome {
  status: string | null;
  codes: string[];
  errors: string[];
  exception: string | null;
  /** The resolution note the answer reports (exception mutations). */
  note: string | null;
}

const PAYLOAD = 'workflow { id status exception { id } } userErrors { code }';

/** What `fire` reads of a payload: PAYLOAD's fields, and the exception's resolution note when the selection asks for it. */
interface FiredPayload {
  workflow?: { status: string; exception?: { id: string } | null } | null;
  userErrors?: { code: string }[];
  exception?: { resolutionNote: string | null } | null;
}

/**
 * Fires one request per input at once (each input gets its own idempotency key) and collects
 * what each answered.
 */
async function fire(role: Role, mutation: string, inputType: string, inputs: Record<string, unknown>[], selection = PAYLOAD): Promise<Outcome[]> {
  const document = `mutation ($input: ${inputType}!) { ${mutation}(input: $input) { ${selection} } }`;
  const tag = `${mutation}-${Math.random().toString(36).slice(2, 8)}`;
  const results = await Promise.all(
    inputs.map((input, i) =>
      testHub.query<Record<string, FiredPayload | null>>(
        document,
        { input: { ...input, idempotencyKey: `${tag}-${i}` } },
        { authorization: `Bearer ${tokens.get(role)}` },
      ),
    ),
  );
  return results.map((result) => {
    const payload = result.data?.[mutation];
    return {
      status: payload?.workflow?.status ?? null,
      codes: ((payload?.userErrors ?? []) as { code: string }[]).map((error) => error.code),
      errors: (result.errors ?? []).map((error) => String(error.extensions?.code ?? error.message)),
      exception: payload?.workflow?.exception?.id ?? null,
      note: payload?.exception?.resolutionNote ?? null,
    };
  });
}

/** Fires the same input `N` times. */
const fireSame = (role: Role, mutation: string, inputType: string, input: Record<string, unknown>, selection?: string) =>
  fire(
    role,
    mutation,
    inputType,
    Array.from({ length: N }, () => input),
    selection,
  );

/**
 * Exactly `wins` requests completed; every other one was refused before it wrote (no workflow) or
 * compensated, with a userError whose code is among `loserCodes`; no request failed or errored.
 */
function expectRace(outcomes: Outcome[], wins: number, loserCodes: readonly string[]): void {
  expect(outcomes.flatMap((outcome) => outcome.errors)).toEqual([]);
  const won = outcomes.filter((outcome) => outcome.status === 'COMPLETED');
  const lost = outcomes.filter((outcome) => outcome.status !== 'COMPLETED');
  expect({ wins: won.length, wonCodes: won.flatMap((outcome) => outcome.codes) }).toEqual({ wins, wonCodes: [] });
  for (const outcome of lost) {
    expect([null, 'COMPENSATED']).toContain(outcome.status);
    expect(outcome.codes.length).toBeGreaterThan(0);
    for (const code of outcome.codes) expect(loserCodes).toContain(code);
  }
}

async function rows<T = SqlRow>(db: SqlDatabase, sql: string, params: unknown[] = []): Promise<T[]> {
  return db.all<T>(sql, params as never[]);
}

async function count(db: SqlDatabase, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.get<{ n: number }>(sql, params as never[]))?.n ?? 0);
}

/** How many events of `type` a store's outbox holds about `aggregateId`. */
async function events(db: SqlDatabase, type: string, aggregateId: string): Promise<number> {
  const outbox = await rows<{ event: string }>(db, 'SELECT event FROM outbox WHERE aggregate_id = ?', [aggregateId]);
  return outbox.filter((row) => (JSON.parse(row.event) as { type: string }).type === type).length;
}

/** Exceptions in the queue that nobody resolved. */
/** The unsynced worklog the sync race is about. */
const RACE_WORKLOG = 'WL-000101';

const unresolvedExceptions = () => count(stores.workflows, "SELECT COUNT(*) AS n FROM workflow_exception WHERE status <> 'RESOLVED'");

describe('one target, twenty writers', () => {
  it('converts an opportunity once: one PSA project, one ERP dimension, one ERP customer', async () => {
    const outcomes = await fireSame('delivery', 'convertOpportunityToProject', 'ConvertOpportunityToProjectInput', {
      opportunityId: toHubId('Opportunity', GLOBEX_WON_DEAL),
    });
    expectRace(outcomes, 1, ['OPPORTUNITY_ALREADY_CONVERTED']);
    const projects = await rows<{ id: string }>(stores.projects, 'SELECT id FROM project WHERE opportunity_id = ?', [GLOBEX_WON_DEAL]);
    expect(projects).toHaveLength(1);
    expect(await count(stores.finance, 'SELECT COUNT(*) AS n FROM erp_project WHERE psa_project_id = ?', [projects[0].id])).toBe(1);
    expect(await count(stores.finance, 'SELECT COUNT(*) AS n FROM erp_customer WHERE crm_account_id = ?', [GLOBEX])).toBe(1);
    expect(await count(stores.finance, "SELECT COUNT(*) AS n FROM erp_project WHERE psa_project_id LIKE 'PRJ-2027-%'")).toBe(1);
    expect(await count(stores.projects, "SELECT COUNT(*) AS n FROM project WHERE id LIKE 'PRJ-2027-%'")).toBe(1);
    expect(await unresolvedExceptions()).toBe(0);
  });

  it('changes a project status once', async () => {
    const projectId = toHubId('Project', STATUS_PROJECT);
    const outcomes = await fireSame('delivery', 'changeProjectStatus', 'ChangeProjectStatusInput', { projectId, status: 'ON_HOLD', reason: 'Client freeze' });
    expectRace(outcomes, 1, ['INVALID_STATUS_TRANSITION']);
    expect(await rows(stores.projects, 'SELECT stage FROM project WHERE id = ?', [STATUS_PROJECT])).toEqual([{ stage: 'On Hold' }]);
    expect(await events(stores.projects, 'ProjectStatusChanged', projectId)).toBe(1);
  });

  it('staffs a consultant once at 60 %', async () => {
    const outcomes = await fireSame('delivery', 'assignConsultant', 'AssignConsultantInput', {
      projectId: hub.erpProject,
      consultantId: toHubId('Consultant', NEW_HIRE),
      role: 'Senior Consultant',
      startDate: '2026-11-16',
      endDate: '2026-12-31',
      allocationPct: 60,
    });
    expectRace(outcomes, 1, ['OVER_ALLOCATED']);
    expect(await rows(stores.projects, 'SELECT allocation_pct FROM assignment WHERE worker_id = ?', [NEW_HIRE])).toEqual([{ allocation_pct: 60 }]);
  });

  const logged: string[] = [];

  it('logs time up to 24 hours a day: four of twenty 5-hour entries', async () => {
    const outcomes = await fireSame(
      'delivery',
      'logTime',
      'LogTimeInput',
      { projectId: hub.erpProject, consultantId: hub.ada, date: '2026-11-20', hours: '5', billable: true },
      `${PAYLOAD} timeEntry { id }`,
    );
    expectRace(outcomes, 4, ['DAILY_HOURS_EXCEEDED']);
    const entries = await rows<{ id: string; hours: number }>(
      stores.projects,
      "SELECT id, hours FROM time_entry WHERE worker_id = 'W-00001' AND work_date = '2026-11-20' ORDER BY id",
    );
    expect(entries.map((entry) => Number(entry.hours))).toEqual([500, 500, 500, 500]);
    logged.push(...entries.map((entry) => toHubId('TimeEntry', entry.id)));
  });

  it('submits the same timecards once', async () => {
    const outcomes = await fireSame('delivery', 'submitTime', 'TimeEntriesInput', { timeEntryIds: logged });
    expectRace(outcomes, 1, ['INVALID_TIME_ENTRY_STATE']);
    for (const id of logged) expect(await events(stores.projects, 'TimeSubmitted', id)).toBe(1);
    expect(await rows(stores.projects, "SELECT DISTINCT status, version FROM time_entry WHERE work_date = '2026-11-20'")).toEqual([
      { status: 'Submitted', version: 2 },
    ]);
  });

  it('approves the same timecards once: approved once, posted once, one cost posting each, one billing event', async () => {
    const before = await count(stores.finance, 'SELECT COUNT(*) AS n FROM billing_event');
    const outcomes = await fireSame('delivery', 'approveTime', 'TimeEntriesInput', { timeEntryIds: logged });
    expectRace(outcomes, 1, ['INVALID_TIME_ENTRY_STATE']);
    for (const id of logged) {
      expect(await events(stores.projects, 'TimeApproved', id)).toBe(1);
      expect(await events(stores.projects, 'TimePosted', id)).toBe(1);
    }
    expect(await rows(stores.projects, "SELECT DISTINCT status, version FROM time_entry WHERE work_date = '2026-11-20'")).toEqual([
      { status: 'Posted', version: 4 },
    ]);
    const entryIds = (await rows<{ id: string }>(stores.projects, "SELECT id FROM time_entry WHERE work_date = '2026-11-20'")).map((row) => row.id);
    const postings = await rows<{ source_ref: string }>(stores.finance, "SELECT source_ref FROM cost_posting WHERE source = 'TIME' ORDER BY source_ref");
    expect(postings.map((posting) => posting.source_ref)).toEqual(entryIds.sort().map((id) => `${id}@v3`));
    expect(await count(stores.finance, 'SELECT COUNT(*) AS n FROM billing_event')).toBe(before + 1);
    expect(
      await count(
        stores.finance,
        "SELECT COUNT(*) AS n FROM billing_item WHERE kind = 'TIME' AND source_ref IN (SELECT source_ref FROM billing_item GROUP BY source_ref HAVING COUNT(*) > 1)",
      ),
    ).toBe(0);
    expect(await unresolvedExceptions()).toBe(0);
  });

  it('completes, signs off and approves a milestone once each; one billing event for the milestone', async () => {
    const complete = await fireSame('delivery', 'completeMilestone', 'CompleteMilestoneInput', {
      milestoneId: toHubId('Milestone', 'MS-000101'),
      actualDate: '2026-11-14',
    });
    expectRace(complete, 1, ['INVALID_MILESTONE_STATE']);
    expect(await events(stores.projects, 'MilestoneCompleted', toHubId('Milestone', 'MS-000101'))).toBe(1);

    // A portal user may not see a workflow's exception: its selection leaves it out.
    const signOff = await fireSame(
      'portal',
      'signOffMilestone',
      'MilestoneInput',
      { milestoneId: toHubId('Milestone', 'MS-000102') },
      'workflow { id status } userErrors { code }',
    );
    expectRace(signOff, 1, ['MILESTONE_ALREADY_SIGNED_OFF']);
    expect(await events(stores.projects, 'MilestoneSignedOff', toHubId('Milestone', 'MS-000102'))).toBe(1);

    const approve = await fireSame('delivery', 'approveMilestone', 'MilestoneInput', { milestoneId: toHubId('Milestone', 'MS-000103') });
    expectRace(approve, 1, ['MILESTONE_NOT_COMPLETED', 'INVALID_MILESTONE_STATE', 'MILESTONE_ALREADY_BILLED']);
    expect(await events(stores.projects, 'MilestoneApproved', toHubId('Milestone', 'MS-000103'))).toBe(1);
    expect(await rows(stores.projects, "SELECT status FROM milestone WHERE id = 'MS-000103'")).toEqual([{ status: 'Approved' }]);
    expect(
      await rows(
        stores.finance,
        "SELECT e.status, e.hold_reason, i.amount FROM billing_item i JOIN billing_event e ON e.id = i.billing_event_id WHERE i.kind = 'MILESTONE' AND i.source_ref = 'MS-000103'",
      ),
    ).toEqual([{ status: 'Released', hold_reason: null, amount: 300_000 }]);
    expect(await unresolvedExceptions()).toBe(0);
  });

  it('releases billing events once and puts them on one invoice, with its time marked invoiced once', async () => {
    const projectId = toHubId('Project', BILLING_PROJECT);
    const release = await fireSame('finance', 'releaseBillingEvents', 'ProjectBillingInput', { projectId });
    expectRace(release, 1, ['NOTHING_TO_RELEASE']);
    for (const id of ['BE-000101', 'BE-000102', 'BE-000103']) expect(await events(stores.finance, 'BillingEventReleased', toHubId('BillingEvent', id))).toBe(1);

    const issue = await fireSame('finance', 'issueInvoice', 'ProjectBillingInput', { projectId });
    expectRace(issue, 1, ['NOTHING_TO_INVOICE']);
    expect(await rows(stores.finance, "SELECT status, total FROM invoice WHERE project_id = 'PJ-100104'")).toEqual([{ status: 'Open', total: 240_000 }]);
    expect(await rows(stores.finance, "SELECT billing_event_id FROM invoice_line WHERE billing_event_id LIKE 'BE-00010%' ORDER BY billing_event_id")).toEqual([
      { billing_event_id: 'BE-000101' },
      { billing_event_id: 'BE-000102' },
      { billing_event_id: 'BE-000103' },
    ]);
    expect(await rows(stores.projects, 'SELECT DISTINCT status FROM time_entry WHERE project_id = ?', [BILLING_PROJECT])).toEqual([{ status: 'Invoiced' }]);
    for (const id of ['TC-0000101', 'TC-0000102', 'TC-0000103']) expect(await events(stores.projects, 'TimeInvoiced', toHubId('TimeEntry', id))).toBe(1);
    expect(await unresolvedExceptions()).toBe(0);
  });

  it('records one of twenty payments of 100,000.00 against a balance of 139,055.00', async () => {
    const outcomes = await fireSame('finance', 'recordPayment', 'RecordPaymentInput', { invoiceId: toHubId('Invoice', BIG_INVOICE), amount: '100000.00' });
    expectRace(outcomes, 1, ['PAYMENT_EXCEEDS_BALANCE']);
    expect(await rows(stores.finance, 'SELECT amount FROM payment WHERE invoice_id = ?', [BIG_INVOICE])).toEqual([{ amount: 10_000_000 }]);
    expect(await rows(stores.finance, 'SELECT status FROM invoice WHERE id = ?', [BIG_INVOICE])).toEqual([{ status: 'Partially Paid' }]);
  });

  it('submits twenty change orders as twenty, each with its own number', async () => {
    const outcomes = await fireSame('delivery', 'submitChangeOrder', 'SubmitChangeOrderInput', {
      projectId: toHubId('Project', STATUS_PROJECT),
      reason: 'More reports',
      deltaBookings: '100.00',
      deltaBudgetHours: '1',
    });
    expectRace(outcomes, N, []);
    const orders = await rows<{ id: string }>(stores.projects, 'SELECT id FROM change_order WHERE project_id = ?', [STATUS_PROJECT]);
    expect(new Set(orders.map((order) => order.id)).size).toBe(N);
  });

  it('approves a change order once: contract, bookings and billing schedule amended once', async () => {
    const outcomes = await fireSame('finance', 'approveChangeOrder', 'ChangeOrderDecisionInput', { changeOrderId: toHubId('ChangeOrder', 'CO-000001') });
    expectRace(outcomes, 1, ['INVALID_CHANGE_ORDER_STATE']);
    expect(await rows(stores.projects, "SELECT status FROM change_order WHERE id = 'CO-000001'")).toEqual([{ status: 'Applied' }]);
    expect(await rows(stores.customers, 'SELECT value, status FROM contract WHERE id = ?', [ACME_ERP_CONTRACT])).toEqual([
      { value: 13_000_000, status: 'Amended' },
    ]);
    expect(await rows(stores.projects, 'SELECT bookings FROM project WHERE id = ?', [ERP_PROJECT])).toEqual([{ bookings: 13_000_000 }]);
    expect(await rows(stores.finance, "SELECT amount FROM billing_schedule_line WHERE change_order_id = 'CO-000001'")).toEqual([{ amount: 1_000_000 }]);
    expect(await unresolvedExceptions()).toBe(0);
  });

  it('rejects a change order once', async () => {
    const outcomes = await fireSame('finance', 'rejectChangeOrder', 'ChangeOrderDecisionInput', { changeOrderId: toHubId('ChangeOrder', 'CO-000002') });
    expectRace(outcomes, 1, ['INVALID_CHANGE_ORDER_STATE']);
    expect(await rows(stores.projects, "SELECT status FROM change_order WHERE id = 'CO-000002'")).toEqual([{ status: 'Rejected' }]);
    expect(await events(stores.projects, 'ChangeOrderRejected', toHubId('ChangeOrder', 'CO-000002'))).toBe(1);
  });
});

describe('one worklog, twenty syncs', () => {
  it('makes one PSA timecard of a worklog, whatever the key: the worklog keeps it, the others are refused or find it', async () => {
    const worklogId = toHubId('Worklog', RACE_WORKLOG);
    const outcomes = await fireSame('delivery', 'syncWorklog', 'SyncWorklogInput', { worklogId });
    expect(outcomes.flatMap((outcome) => outcome.errors)).toEqual([]);
    // Syncs that validated before the first finished complete too, on the same timecard; the later ones are refused.
    expect(outcomes.filter((outcome) => outcome.status === 'COMPLETED').length).toBeGreaterThanOrEqual(1);
    for (const outcome of outcomes.filter((candidate) => candidate.status !== 'COMPLETED')) {
      expect(outcome).toMatchObject({ status: null, codes: ['WORKLOG_ALREADY_SYNCED'] });
    }
    const entries = await rows<{ id: string; hours: number }>(stores.projects, 'SELECT id, hours FROM time_entry WHERE source_ref = ?', [RACE_WORKLOG]);
    expect(entries.map((entry) => Number(entry.hours))).toEqual([300]);
    expect(await rows(stores.delivery, 'SELECT time_entry_ref FROM worklog WHERE id = ?', [RACE_WORKLOG])).toEqual([{ time_entry_ref: entries[0].id }]);
    expect(await events(stores.projects, 'TimeLogged', toHubId('TimeEntry', entries[0].id))).toBe(1);
    expect(await events(stores.delivery, 'WorklogSynced', worklogId)).toBe(1);
    expect(await unresolvedExceptions()).toBe(0);
  });
});

describe('targets that together pass a limit', () => {
  it('keeps a consultant at or under 100 %: three of twenty 30 % assignments across two projects', async () => {
    const consultantId = toHubId('Consultant', SPLIT_HIRE);
    const outcomes = await fire(
      'delivery',
      'assignConsultant',
      'AssignConsultantInput',
      Array.from({ length: N }, (_, i) => ({
        projectId: i % 2 ? hub.erpProject : hub.dataProject,
        consultantId,
        role: 'Manager',
        startDate: '2026-11-16',
        endDate: '2026-12-31',
        allocationPct: 30,
      })),
    );
    expectRace(outcomes, 3, ['OVER_ALLOCATED']);
    expect(await rows(stores.projects, 'SELECT allocation_pct FROM assignment WHERE worker_id = ?', [SPLIT_HIRE])).toEqual([
      { allocation_pct: 30 },
      { allocation_pct: 30 },
      { allocation_pct: 30 },
    ]);
  });

  it('keeps the released billing within the bookings: one of four milestones of 60 % passes the cap, the others are held', async () => {
    const ids = ['MS-000111', 'MS-000112', 'MS-000113', 'MS-000114'];
    const outcomes = await fire(
      'delivery',
      'approveMilestone',
      'MilestoneInput',
      Array.from({ length: N }, (_, i) => ({ milestoneId: toHubId('Milestone', ids[i % 4]) })),
    );
    // Each milestone is approved once; a bill that would pass the cap is held in the ERP, as documented.
    expectRace(outcomes, 4, ['BILLING_CAP_EXCEEDED', 'MILESTONE_NOT_COMPLETED', 'INVALID_MILESTONE_STATE', 'MILESTONE_ALREADY_BILLED']);
    const bills = await rows<{ source_ref: string; hold_reason: string | null }>(
      stores.finance,
      "SELECT i.source_ref, e.hold_reason FROM billing_item i JOIN billing_event e ON e.id = i.billing_event_id WHERE e.project_id = 'PJ-100103' ORDER BY i.source_ref",
    );
    expect(bills.map((bill) => bill.source_ref)).toEqual(ids);
    expect(bills.filter((bill) => bill.hold_reason === null)).toHaveLength(1);
    expect(
      await count(
        stores.finance,
        "SELECT SUM(i.amount) AS n FROM billing_item i JOIN billing_event e ON e.id = i.billing_event_id WHERE e.project_id = 'PJ-100103' AND e.hold_reason IS NULL",
      ),
    ).toBe(600_000);
  });

  it('keeps every payment within its balance: twenty payments of 60 % across four invoices store one each', async () => {
    const outcomes = await fire(
      'finance',
      'recordPayment',
      'RecordPaymentInput',
      Array.from({ length: N }, (_, i) => ({ invoiceId: toHubId('Invoice', SMALL_INVOICES[i % 4]), amount: '600.00' })),
    );
    expectRace(outcomes, 4, ['PAYMENT_EXCEEDS_BALANCE']);
    for (const id of SMALL_INVOICES) expect(await rows(stores.finance, 'SELECT amount FROM payment WHERE invoice_id = ?', [id])).toEqual([{ amount: 60_000 }]);
    expect(await unresolvedExceptions()).toBe(0);
  });
});

describe('the exception queue, twenty operators at once', () => {
  const RETRY_SELECTION = 'workflow { id status exception { id } } exception { status resolutionNote } userErrors { code }';

  /** Parks an approveTime of `timeEntry` in the exception queue (the ERP is down) and returns the exception id. */
  async function park(timeEntry: string): Promise<string> {
    erpDown = true;
    try {
      const [outcome] = await fire('delivery', 'approveTime', 'TimeEntriesInput', [{ timeEntryIds: [toHubId('TimeEntry', timeEntry)] }]);
      expect(outcome).toMatchObject({ status: 'FAILED', errors: [] });
      return outcome.exception as string;
    } finally {
      erpDown = false;
    }
  }

  it('retries a parked workflow once: the time is posted once and the exception resolved', async () => {
    const exceptionId = await park('TC-0000201');
    const outcomes = await fireSame('finance', 'retryException', 'RetryExceptionInput', { id: exceptionId }, RETRY_SELECTION);
    expect(outcomes.flatMap((outcome) => outcome.errors)).toEqual([]);
    for (const outcome of outcomes) {
      if (outcome.codes.length) expect(outcome.codes).toEqual(['EXCEPTION_NOT_RETRYABLE']);
      else expect(outcome.status).toBe('COMPLETED');
    }
    expect(await rows(stores.workflows, 'SELECT status, resolved_by FROM workflow_exception WHERE id = ?', [exceptionId])).toEqual([
      { status: 'RESOLVED', resolved_by: 'retry' },
    ]);
    expect(await rows(stores.finance, "SELECT source_ref FROM cost_posting WHERE source_ref LIKE 'TC-0000201@%'")).toEqual([{ source_ref: 'TC-0000201@v2' }]);
    expect(await rows(stores.projects, "SELECT status FROM time_entry WHERE id = 'TC-0000201'")).toEqual([{ status: 'Posted' }]);
    expect(await events(stores.projects, 'TimePosted', toHubId('TimeEntry', 'TC-0000201'))).toBe(1);
    expect(await unresolvedExceptions()).toBe(0);
  });

  it('resolves a parked workflow once: one note wins, the others are told it is already resolved', async () => {
    const exceptionId = await park('TC-0000202');
    const outcomes = await fire(
      'finance',
      'resolveException',
      'ResolveExceptionInput',
      Array.from({ length: N }, (_, i) => ({ id: exceptionId, note: `Posted by hand, ticket ${i}` })),
      RETRY_SELECTION,
    );
    expect(outcomes.flatMap((outcome) => outcome.errors)).toEqual([]);
    const winners = outcomes.filter((outcome) => outcome.codes.length === 0);
    expect(winners).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.codes.length) expect(outcome.codes).toEqual(['EXCEPTION_ALREADY_RESOLVED']);
    const [stored] = await rows<{ status: string; resolution_note: string }>(
      stores.workflows,
      'SELECT status, resolution_note FROM workflow_exception WHERE id = ?',
      [exceptionId],
    );
    expect(stored).toEqual({ status: 'RESOLVED', resolution_note: winners[0].note });
    expect(await count(stores.workflows, "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'resolveException' AND entity_id = ?", [exceptionId])).toBe(1);
    expect(await unresolvedExceptions()).toBe(0);
  });

  it('refuses to resolve an exception a retry holds (RETRYING) with EXCEPTION_RETRYING, writing nothing', async () => {
    const exceptionId = await park('TC-0000203');
    // A retry in flight, as another operator's retryException leaves it between its claim and its end.
    await stores.workflows.run("UPDATE workflow_exception SET status = 'RETRYING' WHERE id = ?", [exceptionId]);
    const [outcome] = await fire('finance', 'resolveException', 'ResolveExceptionInput', [{ id: exceptionId, note: 'Posted by hand' }], RETRY_SELECTION);
    expect(outcome).toMatchObject({ errors: [], codes: ['EXCEPTION_RETRYING'] });
    expect(await rows(stores.workflows, 'SELECT status, resolution_note FROM workflow_exception WHERE id = ?', [exceptionId])).toEqual([
      { status: 'RETRYING', resolution_note: null },
    ]);
    expect(await count(stores.workflows, "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'resolveException' AND entity_id = ?", [exceptionId])).toBe(0);
    // Once the retry has ended (here: back in the queue), the operator's note is taken.
    await stores.workflows.run("UPDATE workflow_exception SET status = 'OPEN' WHERE id = ?", [exceptionId]);
    const [again] = await fire('finance', 'resolveException', 'ResolveExceptionInput', [{ id: exceptionId, note: 'Posted by hand' }], RETRY_SELECTION);
    expect(again).toMatchObject({ errors: [], codes: [], note: 'Posted by hand' });
    expect(await unresolvedExceptions()).toBe(0);
  });
});
