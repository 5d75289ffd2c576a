/**
 * Governed writes through the gateway: the walkthrough from a won deal to posted time, idempotency,
 * refusals that write nothing, and a system of record failing and coming back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, type Role } from '../subgraphs/shared/auth.ts';
import { salesforceId, toHubId } from '../subgraphs/shared/ids.ts';
import { insertRows, type SqlDatabase } from '../subgraphs/shared/sql.ts';
import { fillFixture, GLOBEX, hub } from './support/fixture.ts';
import { startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';

const GLOBEX_WON_DEAL = salesforceId('006', 10);
const GLOBEX_CONTRACT = salesforceId('800', 10);
const dealId = toHubId('Opportunity', GLOBEX_WON_DEAL);
const openDealId = toHubId('Opportunity', salesforceId('006', 3));
const linus = toHubId('Consultant', 'W-00003');

/** The fixture plus a won, contracted Globex deal (milestone billing, EMEA) and EMEA rate cards. */
async function fill(stores: DomainStores): Promise<void> {
  await fillFixture(stores);
  await insertRows(stores.customers, 'opportunity', [
    { id: GLOBEX_WON_DEAL, account_id: GLOBEX, name: 'Globex grid analytics', stage_name: 'Closed Won', amount: 9_000_000, currency: 'USD', billing_model: 'Milestone', close_date: '2026-11-01', probability: 100, service_line: 'Data & AI', delivery_region: 'EMEA', target_margin_bp: 3000, expected_start: '2027-01-04', is_change_request: 0, parent_opportunity_id: null },
  ]);
  await insertRows(stores.customers, 'contract', [
    { id: GLOBEX_CONTRACT, contract_number: '00000110', account_id: GLOBEX, opportunity_id: GLOBEX_WON_DEAL, status: 'Activated', value: 9_000_000, currency: 'USD', billing_model: 'Milestone', start_date: '2027-01-04', end_date: '2027-06-30', term_months: 6, payment_terms_days: 45 },
  ]);
  await insertRows(stores.finance, 'rate_card', [
    { id: 'RC-0101', role: 'Manager', region: 'EMEA', bill_rate: 21000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
    { id: 'RC-0102', role: 'Senior Consultant', region: 'EMEA', bill_rate: 16000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
    { id: 'RC-0103', role: 'Consultant', region: 'EMEA', bill_rate: 12000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
  ]);
}

/** Set by a test to make the ERP's time posting fail as an unreachable ERP would. */
let erpDown = false;
let testHub: TestHub;
let stores: DomainStores;
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fill(opened);
    },
    wrapConnector: (service, connector) => {
      if (service !== 'finance') return connector;
      return new Proxy(connector, {
        get(target, property, receiver) {
          const value = Reflect.get(target, property, receiver);
          if (property !== 'postTime' || typeof value !== 'function') return value;
          return (...args: unknown[]) => (erpDown ? Promise.reject(new Error('ERP connection refused')) : value.apply(target, args));
        },
      });
    },
  });
  for (const role of ['delivery', 'finance', 'analyst'] as const) tokens[role] = await signToken({ sub: `test-${role}`, roles: [role], customerId: null });
});

afterAll(async () => {
  await testHub?.stop();
});

function as(role: Role) {
  return { authorization: `Bearer ${tokens[role]}` };
}

async function mutate<T = Record<string, any>>(role: Role, query: string, input: Record<string, unknown>): Promise<GraphQLResult<T>> {
  return testHub.query<T>(query, { input }, as(role));
}

const WORKFLOW = 'workflow { id type status correlationId steps { name system status attempts lastError } }';

const CONVERT = `mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) {
  ${WORKFLOW} project { id name status billingModel milestones { name amount { amount } } } userErrors { code message field } } }`;
const STATUS = `mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { ${WORKFLOW} project { id status } userErrors { code field } } }`;
const ASSIGN = `mutation ($input: AssignConsultantInput!) { assignConsultant(input: $input) { ${WORKFLOW} assignment { id role allocationPct } userErrors { code field } } }`;
const LOG = `mutation ($input: LogTimeInput!) { logTime(input: $input) { ${WORKFLOW} timeEntry { id hours status } userErrors { code field } } }`;
const SUBMIT = `mutation ($input: TimeEntriesInput!) { submitTime(input: $input) { ${WORKFLOW} timeEntries { id status } userErrors { code field } } }`;
const APPROVE = `mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { ${WORKFLOW} timeEntries { id status } userErrors { code field } } }`;

/** Row counts of every table of every system of record: a refused request must leave them as they were. */
async function snapshot(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const tables: [keyof DomainStores, string[]][] = [
    ['customers', ['account', 'opportunity', 'contract']],
    ['projects', ['project', 'milestone', 'resource_request', 'assignment', 'time_entry', 'outbox']],
    ['finance', ['erp_customer', 'erp_project', 'billing_schedule_line', 'cost_posting', 'billing_event', 'billing_item', 'outbox']],
  ];
  for (const [domain, names] of tables) {
    for (const table of names) {
      const row = await (stores[domain] as SqlDatabase).get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
      counts[`${domain}.${table}`] = Number(row?.n);
    }
  }
  return counts;
}

describe('walkthrough: won deal → project → staffed → a week of time approved and posted', () => {
  let projectId: string;
  const timeEntryIds: string[] = [];

  it('converts the won opportunity across PSA and ERP', async () => {
    const result = await mutate('delivery', CONVERT, { opportunityId: dealId, idempotencyKey: 'convert-globex-1' });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.convertOpportunityToProject;
    expect(payload.userErrors).toEqual([]);
    expect(payload.workflow).toMatchObject({
      type: 'convertOpportunityToProject',
      status: 'COMPLETED',
      steps: [
        { name: 'ensureErpCustomer', system: 'ERP', status: 'DONE', attempts: 1, lastError: null },
        { name: 'createPsaProject', system: 'PSA', status: 'DONE', attempts: 1, lastError: null },
        { name: 'openErpProject', system: 'ERP', status: 'DONE', attempts: 1, lastError: null },
      ],
    });
    // Milestone billing: 30/40/30 of the 90,000.00 contract.
    expect(payload.project).toMatchObject({
      name: 'Globex grid analytics',
      status: 'PLANNED',
      billingModel: 'MILESTONE',
      milestones: [{ name: 'Discovery sign-off', amount: { amount: '27000.00' } }, { name: 'Build complete', amount: { amount: '36000.00' } }, { name: 'Acceptance', amount: { amount: '27000.00' } }],
    });
    projectId = payload.project.id;
    const erpCustomer = await stores.finance.get<{ id: string; terms_days: number }>('SELECT id, terms_days FROM erp_customer WHERE crm_account_id = ?', [GLOBEX]);
    expect(erpCustomer).toEqual({ id: 'CUST-10002', terms_days: 45 });
    const schedule = await stores.finance.all<{ amount: number }>(
      'SELECT l.amount FROM billing_schedule_line l JOIN erp_project p ON p.id = l.project_id WHERE p.psa_project_id = ? ORDER BY l.scheduled_date',
      [payload.project.id.startsWith('prj_') ? Buffer.from(payload.project.id.slice(4), 'base64url').toString() : ''],
    );
    expect(schedule.map((line) => Number(line.amount))).toEqual([2_700_000, 3_600_000, 2_700_000]);
    const requests = await stores.projects.all<{ role: string; status: string }>('SELECT role, status FROM resource_request WHERE project_id = (SELECT id FROM project WHERE opportunity_id = ?) ORDER BY id', [GLOBEX_WON_DEAL]);
    expect(requests).toEqual([
      { role: 'Manager', status: 'Ready to Staff' },
      { role: 'Senior Consultant', status: 'Ready to Staff' },
      { role: 'Consultant', status: 'Ready to Staff' },
    ]);
  });

  it('replays the same key with the same workflow and converts the opportunity only once', async () => {
    const first = await mutate('delivery', CONVERT, { opportunityId: dealId, idempotencyKey: 'convert-globex-1' });
    const second = await mutate('delivery', CONVERT, { opportunityId: dealId, idempotencyKey: 'convert-globex-2' });
    expect(first.data!.convertOpportunityToProject.project.id).toBe(projectId);
    expect(second.data!.convertOpportunityToProject).toMatchObject({ workflow: null, project: null, userErrors: [{ code: 'OPPORTUNITY_ALREADY_CONVERTED', field: ['input', 'opportunityId'] }] });
    const projects = await stores.projects.get<{ n: number }>('SELECT COUNT(*) AS n FROM project WHERE opportunity_id = ?', [GLOBEX_WON_DEAL]);
    expect(Number(projects?.n)).toBe(1);
  });

  it('activates the project and staffs a consultant', async () => {
    const status = await mutate('delivery', STATUS, { projectId, status: 'ACTIVE', reason: 'Kick-off held', idempotencyKey: 'activate-1' });
    expect(status.data!.changeProjectStatus).toMatchObject({ workflow: { status: 'COMPLETED' }, project: { id: projectId, status: 'ACTIVE' }, userErrors: [] });
    const assign = await mutate('delivery', ASSIGN, {
      projectId,
      consultantId: hub.ada,
      role: 'Senior Consultant',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
      allocationPct: 100,
      idempotencyKey: 'assign-ada-1',
    });
    expect(assign.data!.assignConsultant).toMatchObject({ workflow: { status: 'COMPLETED' }, assignment: { role: 'Senior Consultant', allocationPct: 100 }, userErrors: [] });
  });

  it('logs, submits and approves a week of time; approval posts cost and billing to the ERP', async () => {
    for (const date of ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']) {
      const logged = await mutate('delivery', LOG, { projectId, consultantId: hub.ada, date, hours: '8', billable: true, notes: 'Data model', idempotencyKey: `log-${date}` });
      expect(logged.data!.logTime).toMatchObject({ workflow: { status: 'COMPLETED' }, timeEntry: { hours: '8.00', status: 'DRAFT' }, userErrors: [] });
      timeEntryIds.push(logged.data!.logTime.timeEntry.id);
    }
    const submitted = await mutate('delivery', SUBMIT, { timeEntryIds, idempotencyKey: 'submit-week-1' });
    expect(submitted.data!.submitTime.timeEntries.map((entry: { status: string }) => entry.status)).toEqual(Array(5).fill('SUBMITTED'));
    const approved = await mutate('delivery', APPROVE, { timeEntryIds, idempotencyKey: 'approve-week-1' });
    expect(approved.data!.approveTime).toMatchObject({
      workflow: { status: 'COMPLETED', steps: [{ name: 'approvePsaTime', status: 'DONE' }, { name: 'postErpTime', status: 'DONE' }, { name: 'markPsaPosted', status: 'DONE' }] },
      userErrors: [],
    });
    expect(approved.data!.approveTime.timeEntries.map((entry: { status: string }) => entry.status)).toEqual(Array(5).fill('POSTED'));
    // 40 h at the cost rate of 90.00 and the EMEA Senior Consultant bill rate of 160.00.
    const costs = await stores.finance.get<{ n: number; total: number }>("SELECT COUNT(*) AS n, SUM(amount) AS total FROM cost_posting WHERE source = 'TIME'");
    expect({ n: Number(costs?.n), total: Number(costs?.total) }).toEqual({ n: 5, total: 360_000 });
    const billed = await stores.finance.get<{ n: number; total: number }>("SELECT COUNT(*) AS n, SUM(amount) AS total FROM billing_item WHERE kind = 'TIME' AND source_ref LIKE 'TC-%' AND billing_event_id NOT IN ('BE-000001', 'BE-000002')");
    expect({ n: Number(billed?.n), total: Number(billed?.total) }).toEqual({ n: 5, total: 640_000 });
    const financials = await testHub.query<{ project: { financials: Record<string, { amount: string }> } }>(
      'query ($id: ID!) { project(id: $id) { financials { costToDate { amount } recognizedRevenue { amount } unbilledWip { amount } } } }',
      { id: projectId },
    );
    expect(financials.data!.project.financials).toEqual({ costToDate: { amount: '3600.00' }, recognizedRevenue: { amount: '0.00' }, unbilledWip: { amount: '0.00' } });
  });

  it('records every write in the audit trail with the actor', async () => {
    const result = await testHub.query<{ auditLog: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
      'query ($id: ID!) { auditLog(filter: { entityId: $id }) { totalCount edges { node { actor actorRoles action entityType before after } } } }',
      { id: projectId },
    );
    const actions = result.data!.auditLog.edges.map((edge) => edge.node.action);
    expect(actions).toEqual(['changeProjectStatus/changePsaStatus', 'convertOpportunityToProject/openErpProject', 'convertOpportunityToProject/createPsaProject']);
    expect(result.data!.auditLog.edges[0].node).toMatchObject({ actor: 'test-delivery', actorRoles: ['delivery'], entityType: 'Project' });
    expect(JSON.parse(result.data!.auditLog.edges[0].node.before as string)).toMatchObject({ stage: 'Planned' });
    expect(JSON.parse(result.data!.auditLog.edges[0].node.after as string)).toMatchObject({ stage: 'In Progress' });
  });
});

describe('idempotency', () => {
  it('runs 50 concurrent calls with one key once, all answering with the same workflow', async () => {
    const input = { projectId: hub.erpProject, consultantId: hub.ada, date: '2026-11-16', hours: '2.5', billable: true, idempotencyKey: 'concurrent-log-1' };
    const results = await Promise.all(Array.from({ length: 50 }, () => mutate('delivery', LOG, input)));
    const workflowIds = new Set(results.map((result) => result.data?.logTime.workflow?.id));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(workflowIds.size).toBe(1);
    const rows = await stores.projects.get<{ n: number }>("SELECT COUNT(*) AS n FROM time_entry WHERE work_date = '2026-11-16'");
    expect(Number(rows?.n)).toBe(1);
  });

  it('refuses the same key with a different input', async () => {
    const result = await mutate('delivery', LOG, { projectId: hub.erpProject, consultantId: hub.ada, date: '2026-11-16', hours: '3', billable: true, idempotencyKey: 'concurrent-log-1' });
    expect(result.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(result.data).toBeNull();
  });
});

describe('refusals write nothing', () => {
  it.each([
    ['an opportunity that is not won', CONVERT, { opportunityId: openDealId }, 'OPPORTUNITY_NOT_WON'],
    ['a malformed opportunity id', CONVERT, { opportunityId: 'opp_nope' }, 'INVALID_ID'],
    ['an unknown opportunity', CONVERT, { opportunityId: toHubId('Opportunity', salesforceId('006', 999)) }, 'OPPORTUNITY_NOT_FOUND'],
    ['a terminated consultant', ASSIGN, { projectId: hub.erpProject, consultantId: linus, role: 'Manager', startDate: '2026-11-16', endDate: '2026-11-30', allocationPct: 10 }, 'CONSULTANT_NOT_ACTIVE'],
    ['an allocation over 100%', ASSIGN, { projectId: hub.erpProject, consultantId: hub.ada, role: 'Senior Consultant', startDate: '2026-11-16', endDate: '2026-11-30', allocationPct: 10 }, 'OVER_ALLOCATED'],
    ['a role without a rate card', ASSIGN, { projectId: hub.erpProject, consultantId: hub.grace, role: 'Astronaut', startDate: '2027-03-01', endDate: '2027-03-31', allocationPct: 10 }, 'RATE_CARD_MISSING'],
    ['time without an assignment', LOG, { projectId: hub.dataProject, consultantId: hub.ada, date: '2026-11-17', hours: '1', billable: true }, 'NOT_ASSIGNED'],
    ['25 hours in a day', LOG, { projectId: hub.erpProject, consultantId: hub.ada, date: '2026-11-17', hours: '25', billable: true }, 'INVALID_HOURS'],
    ['approving a draft timecard', APPROVE, { timeEntryIds: [toHubId('TimeEntry', 'TC-0000007')] }, 'INVALID_TIME_ENTRY_STATE'],
    ['a status change the life cycle forbids', STATUS, { projectId: hub.erpProject, status: 'CLOSED' }, 'INVALID_STATUS_TRANSITION'],
  ])('%s', async (_name, mutation, input, code) => {
    const before = await snapshot();
    const result = await mutate('delivery', mutation, { ...input, idempotencyKey: `refused-${code}` });
    expect(result.errors).toBeUndefined();
    const payload = Object.values(result.data!)[0] as { workflow: unknown; userErrors: { code: string }[] };
    expect(payload.workflow).toBeNull();
    expect(payload.userErrors.map((error) => error.code)).toContain(code);
    expect(await snapshot()).toEqual(before);
  });

  it('answers UNAUTHENTICATED without a token and FORBIDDEN to an analyst', async () => {
    const anonymous = await testHub.query(STATUS, { input: { projectId: hub.erpProject, status: 'ON_HOLD', idempotencyKey: 'anon-1' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const analyst = await mutate('analyst', STATUS, { projectId: hub.erpProject, status: 'ON_HOLD', idempotencyKey: 'analyst-1' });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const project = await stores.projects.get<{ stage: string }>('SELECT stage FROM project WHERE id = ?', ['PRJ-2026-0001']);
    expect(project?.stage).toBe('In Progress');
  });
});

describe('a system of record that fails', () => {
  it('retries, parks the workflow with its business context, and finishes it on retryException with nothing posted twice', async () => {
    const submitted = [toHubId('TimeEntry', 'TC-0000006')];
    erpDown = true;
    const failed = await mutate('delivery', APPROVE, { timeEntryIds: submitted, idempotencyKey: 'approve-erp-down' });
    erpDown = false;
    const payload = failed.data!.approveTime;
    expect(payload.workflow.status).toBe('FAILED');
    expect(payload.workflow.steps[1]).toMatchObject({ name: 'postErpTime', status: 'FAILED', attempts: 4 });
    expect(payload.userErrors).toEqual([{ code: 'WORKFLOW_FAILED', field: null }]);

    const queue = await testHub.query<{ exceptions: { edges: { node: Record<string, any> }[] } }>(
      '{ exceptions(filter: { status: "OPEN" }) { edges { node { id status step system cause project { id } customer { id } amount { amount currency } workflow { id } } } } }',
    );
    const exception = queue.data!.exceptions.edges[0].node;
    // Grace's 4 h at 200.00 are at stake on the Acme ERP project.
    expect(exception).toMatchObject({ status: 'OPEN', step: 'postErpTime', system: 'ERP', project: { id: hub.erpProject }, customer: { id: hub.acme }, amount: { amount: '800.00', currency: 'USD' }, workflow: { id: payload.workflow.id } });
    expect(exception.cause).toContain('ERP');

    const retried = await testHub.query<{ retryException: Record<string, any> }>(
      'mutation ($input: RetryExceptionInput!) { retryException(input: $input) { workflow { status steps { name status } } exception { status } userErrors { code } } }',
      { input: { id: exception.id, idempotencyKey: 'retry-1' } },
      as('finance'),
    );
    expect(retried.data!.retryException).toMatchObject({ workflow: { status: 'COMPLETED' }, exception: { status: 'RESOLVED' }, userErrors: [] });
    const postings = await stores.finance.get<{ n: number }>("SELECT COUNT(*) AS n FROM cost_posting WHERE source_ref LIKE 'TC-0000006@%'");
    expect(Number(postings?.n)).toBe(1);
    const entry = await stores.projects.get<{ status: string }>("SELECT status FROM time_entry WHERE id = 'TC-0000006'");
    expect(entry?.status).toBe('Posted');
  });
});
