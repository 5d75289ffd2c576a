/**
 * Governed writes through the gateway: the walkthrough from a won deal to posted time, idempotency,
 * refusals that write nothing, and a system of record failing and coming back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, WORKFLOWS_SERVICE, type Role } from '../platform/auth.ts';
import { salesforceId, toHubId } from '../subgraphs/shared/ids.ts';
import type { SqlDatabase } from '../platform/sql.ts';
import { RuleViolation } from '../subgraphs/shared/system-api.ts';
import { ERP_PROJECT, fillGlobexWonDeal, GLOBEX, GLOBEX_CONTRACT, GLOBEX_WON_DEAL, hub } from './support/fixture.ts';
import { failingConnector, startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const dealId = toHubId('Opportunity', GLOBEX_WON_DEAL);
const openDealId = toHubId('Opportunity', salesforceId('006', 3));
const linus = toHubId('Consultant', 'W-00003');

/** Set by a test to make the ERP's time posting fail as an unreachable ERP would. */
let erpDown = false;
/** Set by a test to make the ERP refuse billing-schedule changes (a business refusal). */
let erpRefusesSchedule = false;
let testHub: TestHub;
let stores: DomainStores;
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillGlobexWonDeal(opened);
    },
    wrapConnector: (service, connector) =>
      service !== 'finance'
        ? connector
        : failingConnector(
            connector,
            { methods: ['postTime'], when: () => erpDown, error: () => new Error('ERP connection refused') },
            {
              methods: ['addScheduleLines'],
              when: () => erpRefusesSchedule,
              error: () => new RuleViolation('SCHEDULE_LOCKED', 'The billing schedule is locked for the period'),
            },
          ),
  });
  for (const role of ['delivery', 'finance', 'analyst'] as const) tokens[role] = await signToken({ sub: `test-${role}`, roles: [role], customerId: null });
  for (const customerId of [hub.acme, hub.globex])
    portalTokens.set(customerId, await signToken({ sub: `portal-${customerId}`, roles: ['portal'], customerId }));
});

afterAll(async () => {
  await testHub?.stop();
});

function as(role: Role) {
  return { authorization: `Bearer ${tokens[role]}` };
}

const portalTokens = new Map<string, string>();

/** Headers of a client-portal user of one customer. */
function portal(customerId: string) {
  return { authorization: `Bearer ${portalTokens.get(customerId)}` };
}

async function mutate<T = Record<string, unknown>>(role: Role, query: string, input: Record<string, unknown>): Promise<GraphQLResult<T>> {
  return testHub.query<T>(query, { input }, as(role));
}

/** A workflow as WORKFLOW selects it. */
interface Workflow {
  id: string;
  type: string;
  status: string;
  correlationId: string;
  steps: { name: string; system: string; status: string; attempts: number; lastError: string | null }[];
  exception: { id: string } | null;
}

/** What a test reads of a governed mutation's answer: the payload of `Field`, with the `Subject` fields it selects. */
type Governed<Field extends string, Subject = unknown> = Record<
  Field,
  { workflow: Workflow; userErrors: { code: string; field: string[] | null }[] } & Subject
>;

const WORKFLOW = 'workflow { id type status correlationId steps { name system status attempts lastError } exception { id } }';

const CONVERT = `mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) {
  ${WORKFLOW} project { id name status billingModel milestones { name amount { amount } } } userErrors { code message field } } }`;
const STATUS = `mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { ${WORKFLOW} project { id status } userErrors { code field } } }`;
const ASSIGN = `mutation ($input: AssignConsultantInput!) { assignConsultant(input: $input) { ${WORKFLOW} assignment { id role allocationPct } userErrors { code field } } }`;
const LOG = `mutation ($input: LogTimeInput!) { logTime(input: $input) { ${WORKFLOW} timeEntry { id hours status } userErrors { code field } } }`;
const SUBMIT = `mutation ($input: TimeEntriesInput!) { submitTime(input: $input) { ${WORKFLOW} timeEntries { id status } userErrors { code field } } }`;
const MILESTONE = `mutation ($input: $INPUT!) { $OP(input: $input) { ${WORKFLOW} milestone { id status actualDate requiresSignOff signedOffAt } userErrors { code field } } }`;
const RELEASE = `mutation ($input: ProjectBillingInput!) { releaseBillingEvents(input: $input) { ${WORKFLOW} project { id } userErrors { code field } } }`;
const INVOICE_FIELDS = 'invoice { id number status total { amount } balance { amount } }';
const ISSUE = `mutation ($input: ProjectBillingInput!) { issueInvoice(input: $input) { ${WORKFLOW} ${INVOICE_FIELDS} userErrors { code field } } }`;
const PAY = `mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { ${WORKFLOW} ${INVOICE_FIELDS} userErrors { code field } } }`;
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
    const result = await mutate<Governed<'convertOpportunityToProject', { project: { id: string } }>>('delivery', CONVERT, {
      opportunityId: dealId,
      idempotencyKey: 'convert-globex-1',
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data!.convertOpportunityToProject;
    expect(payload.userErrors).toEqual([]);
    expect(payload.workflow).toMatchObject({
      type: 'convertOpportunityToProject',
      status: 'COMPLETED',
      steps: [
        { name: 'ensureErpCustomer', system: 'ERP', status: 'DONE', attempts: 1, lastError: null },
        { name: 'createPsaProject', system: 'PSA', status: 'DONE', attempts: 1, lastError: null },
        { name: 'provisionWorkspace', system: 'DELIVERY', status: 'DONE', attempts: 1, lastError: null },
        { name: 'openErpProject', system: 'ERP', status: 'DONE', attempts: 1, lastError: null },
      ],
    });
    // Milestone billing: 30/40/30 of the 90,000.00 contract.
    expect(payload.project).toMatchObject({
      name: 'Globex grid analytics',
      status: 'PLANNED',
      billingModel: 'MILESTONE',
      milestones: [
        { name: 'Discovery sign-off', amount: { amount: '27000.00' } },
        { name: 'Build complete', amount: { amount: '36000.00' } },
        { name: 'Acceptance', amount: { amount: '27000.00' } },
      ],
    });
    projectId = payload.project.id;
    const erpCustomer = await stores.finance.get<{ id: string; terms_days: number }>('SELECT id, terms_days FROM erp_customer WHERE crm_account_id = ?', [
      GLOBEX,
    ]);
    expect(erpCustomer).toEqual({ id: 'CUST-10002', terms_days: 45 });
    const schedule = await stores.finance.all<{ amount: number }>(
      'SELECT l.amount FROM billing_schedule_line l JOIN erp_project p ON p.id = l.project_id WHERE p.psa_project_id = ? ORDER BY l.scheduled_date',
      [payload.project.id.startsWith('prj_') ? Buffer.from(payload.project.id.slice(4), 'base64url').toString() : ''],
    );
    expect(schedule.map((line) => Number(line.amount))).toEqual([2_700_000, 3_600_000, 2_700_000]);
    const requests = await stores.projects.all<{ role: string; status: string }>(
      'SELECT role, status FROM resource_request WHERE project_id = (SELECT id FROM project WHERE opportunity_id = ?) ORDER BY id',
      [GLOBEX_WON_DEAL],
    );
    expect(requests).toEqual([
      { role: 'Manager', status: 'Ready to Staff' },
      { role: 'Senior Consultant', status: 'Ready to Staff' },
      { role: 'Consultant', status: 'Ready to Staff' },
    ]);
  });

  it('registers the new ids in the identity registry through the outbox and the event bus', async () => {
    await testHub.flushEvents();
    const psaId = Buffer.from(projectId.slice(4), 'base64url').toString();
    const lookup = (system: string, nativeId: string, headers: Record<string, string> = {}) =>
      testHub.query<{ entityByExternalRef: { __typename: string; id: string } | null }>(
        'query ($system: SourceSystem!, $nativeId: String!) { entityByExternalRef(system: $system, nativeId: $nativeId) { __typename ... on Project { id } ... on Customer { id } } }',
        { system, nativeId },
        headers,
      );
    const erpProject = await stores.finance.get<{ id: string }>('SELECT id FROM erp_project WHERE psa_project_id = ?', [psaId]);
    const projectRefs = async () =>
      (
        await testHub.query<{ project: { externalRefs: { system: string; nativeId: string }[] } }>(
          'query ($id: ID!) { project(id: $id) { externalRefs { system nativeId } } }',
          { id: projectId },
        )
      ).data!.project.externalRefs;
    // The consumers run asynchronously after the relay published.
    await waitFor(async () => (await lookup('ERP', 'CUST-10002')).data?.entityByExternalRef !== null && (await projectRefs()).length === 2, {
      what: 'the consumers recording the external references',
    });
    expect((await lookup('PSA', psaId)).data!.entityByExternalRef).toEqual({ __typename: 'Project', id: projectId });
    expect((await lookup('ERP', erpProject!.id)).data!.entityByExternalRef).toEqual({ __typename: 'Project', id: projectId });
    expect((await lookup('ERP', 'CUST-10002')).data!.entityByExternalRef).toEqual({ __typename: 'Customer', id: hub.globex });
    expect(await projectRefs()).toEqual([
      { system: 'ERP', nativeId: erpProject!.id },
      { system: 'PSA', nativeId: psaId },
    ]);
    // The registry knows the new project's customer: Globex's portal users find it, Acme's do not.
    const portal = async (customerId: string) => ({ authorization: `Bearer ${await signToken({ sub: 'portal', roles: ['portal'], customerId })}` });
    for (const nativeId of [psaId, erpProject!.id]) {
      const system = nativeId === psaId ? 'PSA' : 'ERP';
      expect((await lookup(system, nativeId, await portal(hub.globex))).data!.entityByExternalRef).toEqual({ __typename: 'Project', id: projectId });
      expect((await lookup(system, nativeId, await portal(hub.acme))).data!.entityByExternalRef).toBeNull();
    }
  });

  it('replays the same key with the same workflow and converts the opportunity only once', async () => {
    const first = await mutate<Governed<'convertOpportunityToProject', { project: { id: string } }>>('delivery', CONVERT, {
      opportunityId: dealId,
      idempotencyKey: 'convert-globex-1',
    });
    const second = await mutate('delivery', CONVERT, { opportunityId: dealId, idempotencyKey: 'convert-globex-2' });
    expect(first.data!.convertOpportunityToProject.project.id).toBe(projectId);
    expect(second.data!.convertOpportunityToProject).toMatchObject({
      workflow: null,
      project: null,
      userErrors: [{ code: 'OPPORTUNITY_ALREADY_CONVERTED', field: ['input', 'opportunityId'] }],
    });
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
    expect(assign.data!.assignConsultant).toMatchObject({
      workflow: { status: 'COMPLETED' },
      assignment: { role: 'Senior Consultant', allocationPct: 100 },
      userErrors: [],
    });
  });

  it('logs, submits and approves a week of time; approval posts cost and billing to the ERP', async () => {
    for (const date of ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08']) {
      const logged = await mutate<Governed<'logTime', { timeEntry: { id: string } }>>('delivery', LOG, {
        projectId,
        consultantId: hub.ada,
        date,
        hours: '8',
        billable: true,
        notes: 'Data model',
        idempotencyKey: `log-${date}`,
      });
      expect(logged.data!.logTime).toMatchObject({ workflow: { status: 'COMPLETED' }, timeEntry: { hours: '8.00', status: 'DRAFT' }, userErrors: [] });
      timeEntryIds.push(logged.data!.logTime.timeEntry.id);
    }
    const submitted = await mutate<Governed<'submitTime', { timeEntries: { id: string; status: string }[] }>>('delivery', SUBMIT, {
      timeEntryIds,
      idempotencyKey: 'submit-week-1',
    });
    expect(submitted.data!.submitTime.timeEntries.map((entry: { status: string }) => entry.status)).toEqual(Array(5).fill('SUBMITTED'));
    const approved = await mutate<Governed<'approveTime', { timeEntries: { id: string; status: string }[] }>>('delivery', APPROVE, {
      timeEntryIds,
      idempotencyKey: 'approve-week-1',
    });
    expect(approved.data!.approveTime).toMatchObject({
      workflow: {
        status: 'COMPLETED',
        steps: [
          { name: 'approvePsaTime', status: 'DONE' },
          { name: 'postErpTime', status: 'DONE' },
          { name: 'markPsaPosted', status: 'DONE' },
        ],
      },
      userErrors: [],
    });
    expect(approved.data!.approveTime.timeEntries.map((entry: { status: string }) => entry.status)).toEqual(Array(5).fill('POSTED'));
    // 40 h at the cost rate of 90.00 and the EMEA Senior Consultant bill rate of 160.00.
    const costs = await stores.finance.get<{ n: number; total: number }>("SELECT COUNT(*) AS n, SUM(amount) AS total FROM cost_posting WHERE source = 'TIME'");
    expect({ n: Number(costs?.n), total: Number(costs?.total) }).toEqual({ n: 5, total: 360_000 });
    const billed = await stores.finance.get<{ n: number; total: number }>(
      "SELECT COUNT(*) AS n, SUM(amount) AS total FROM billing_item WHERE kind = 'TIME' AND source_ref LIKE 'TC-%' AND billing_event_id NOT IN ('BE-000001', 'BE-000002')",
    );
    expect({ n: Number(billed?.n), total: Number(billed?.total) }).toEqual({ n: 5, total: 640_000 });
    const financials = await testHub.query<{ project: { financials: Record<string, { amount: string }> } }>(
      'query ($id: ID!) { project(id: $id) { financials { costToDate { amount } recognizedRevenue { amount } unbilledWip { amount } } } }',
      { id: projectId },
    );
    expect(financials.data!.project.financials).toEqual({
      costToDate: { amount: '3600.00' },
      recognizedRevenue: { amount: '0.00' },
      unbilledWip: { amount: '0.00' },
    });
  });

  it('completes, signs off (the client) and approves a milestone, then invoices it with the time and records the payment', async () => {
    const project = await testHub.query<{ project: { milestones: { id: string; name: string }[] } }>(
      'query ($id: ID!) { project(id: $id) { milestones { id name } } }',
      { id: projectId },
    );
    const discovery = project.data!.project.milestones[0];
    expect(discovery.name).toBe('Discovery sign-off');
    const completed = await mutate('delivery', MILESTONE.replace('$OP', 'completeMilestone').replace('$INPUT', 'CompleteMilestoneInput'), {
      milestoneId: discovery.id,
      actualDate: '2027-02-12',
      idempotencyKey: 'complete-discovery',
    });
    expect(completed.data!.completeMilestone).toMatchObject({
      workflow: { status: 'COMPLETED' },
      milestone: { status: 'COMPLETED', actualDate: '2027-02-12' },
      userErrors: [],
    });

    const unsigned = await mutate('delivery', MILESTONE.replace('$OP', 'approveMilestone').replace('$INPUT', 'MilestoneInput'), {
      milestoneId: discovery.id,
      idempotencyKey: 'approve-discovery-early',
    });
    expect(unsigned.data!.approveMilestone).toMatchObject({ workflow: null, userErrors: [{ code: 'SIGN_OFF_REQUIRED' }] });

    const otherClient = await testHub.query(
      MILESTONE.replace('$OP', 'signOffMilestone').replace('$INPUT', 'MilestoneInput'),
      { input: { milestoneId: discovery.id, idempotencyKey: 'acme-signs' } },
      portal(hub.acme),
    );
    expect(otherClient.data?.signOffMilestone).toMatchObject({ workflow: null, userErrors: [{ code: 'MILESTONE_NOT_FOUND' }] });
    const signed = await testHub.query<Governed<'signOffMilestone', { milestone: { signedOffAt: string | null } }>>(
      MILESTONE.replace('$OP', 'signOffMilestone').replace('$INPUT', 'MilestoneInput'),
      { input: { milestoneId: discovery.id, idempotencyKey: 'globex-signs' } },
      portal(hub.globex),
    );
    expect(signed.data!.signOffMilestone).toMatchObject({ workflow: { status: 'COMPLETED' }, milestone: { requiresSignOff: true }, userErrors: [] });
    expect(signed.data!.signOffMilestone.milestone.signedOffAt).toEqual(expect.any(String));

    const approved = await mutate('delivery', MILESTONE.replace('$OP', 'approveMilestone').replace('$INPUT', 'MilestoneInput'), {
      milestoneId: discovery.id,
      idempotencyKey: 'approve-discovery',
    });
    expect(approved.data!.approveMilestone).toMatchObject({
      workflow: {
        status: 'COMPLETED',
        steps: [
          { name: 'approvePsaMilestone', status: 'DONE' },
          { name: 'billErpMilestone', status: 'DONE' },
        ],
      },
      milestone: { status: 'APPROVED' },
      userErrors: [],
    });

    const nothingYet = await mutate<Governed<'issueInvoice', { invoice: { id: string } }>>('finance', ISSUE, {
      projectId,
      idempotencyKey: 'issue-before-release',
    });
    expect(nothingYet.data!.issueInvoice.workflow.status).toBe('COMPLETED');
    // The approved milestone was released on approval; the week of time waits for release.
    const invoiceId = nothingYet.data!.issueInvoice.invoice.id;
    expect(nothingYet.data!.issueInvoice.invoice).toMatchObject({ status: 'ISSUED', total: { amount: '27000.00' }, balance: { amount: '27000.00' } });

    const released = await mutate('finance', RELEASE, { projectId, idempotencyKey: 'release-time' });
    expect(released.data!.releaseBillingEvents).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const timeInvoice = await mutate('finance', ISSUE, { projectId, idempotencyKey: 'issue-time' });
    expect(timeInvoice.data!.issueInvoice).toMatchObject({
      workflow: {
        status: 'COMPLETED',
        steps: [
          { name: 'issueErpInvoice', status: 'DONE' },
          { name: 'markPsaTimeInvoiced', status: 'DONE' },
        ],
      },
      invoice: { status: 'ISSUED', total: { amount: '6400.00' } },
      userErrors: [],
    });
    const invoicedTime = await stores.projects.get<{ n: number }>(
      "SELECT COUNT(*) AS n FROM time_entry WHERE status = 'Invoiced' AND work_date >= '2027-01-04'",
    );
    expect(Number(invoicedTime?.n)).toBe(5);
    const nothingLeft = await mutate('finance', ISSUE, { projectId, idempotencyKey: 'issue-again' });
    expect(nothingLeft.data!.issueInvoice).toMatchObject({ workflow: null, invoice: null, userErrors: [{ code: 'NOTHING_TO_INVOICE' }] });

    const tooMuch = await mutate('finance', PAY, { invoiceId, amount: '27000.01', idempotencyKey: 'pay-too-much' });
    expect(tooMuch.data!.recordPayment).toMatchObject({ workflow: null, userErrors: [{ code: 'PAYMENT_EXCEEDS_BALANCE' }] });
    const partial = await mutate('finance', PAY, { invoiceId, amount: '10000', idempotencyKey: 'pay-1' });
    expect(partial.data!.recordPayment).toMatchObject({
      workflow: { status: 'COMPLETED' },
      invoice: { status: 'PARTIALLY_PAID', balance: { amount: '17000.00' } },
      userErrors: [],
    });
    const rest = await mutate('finance', PAY, { invoiceId, amount: '17000.00', idempotencyKey: 'pay-2' });
    expect(rest.data!.recordPayment).toMatchObject({ invoice: { status: 'PAID', balance: { amount: '0.00' } }, userErrors: [] });

    const financials = await testHub.query<{ project: { financials: Record<string, { amount: string }> } }>(
      'query ($id: ID!) { project(id: $id) { financials { billedToDate { amount } recognizedRevenue { amount } unbilledWip { amount } } } }',
      { id: projectId },
    );
    // Milestone billing: revenue is the approved milestone; everything approved is invoiced.
    expect(financials.data!.project.financials).toEqual({
      billedToDate: { amount: '33400.00' },
      recognizedRevenue: { amount: '27000.00' },
      unbilledWip: { amount: '0.00' },
    });
  });

  it('records every write in the audit trail with the actor', async () => {
    const result = await testHub.query<{ auditLog: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(
      'query ($id: ID!) { auditLog(filter: { entityId: $id }) { totalCount edges { node { actor actorRoles action entityType before after } } } }',
      { id: projectId },
    );
    const actions = result.data!.auditLog.edges.map((edge) => edge.node.action);
    expect(actions).toEqual([
      'changeProjectStatus/changePsaStatus',
      'convertOpportunityToProject/openErpProject',
      'convertOpportunityToProject/createPsaProject',
    ]);
    const statusChange = result.data!.auditLog.edges[0];
    expect(statusChange.node).toMatchObject({ actor: 'test-delivery', actorRoles: ['delivery'], entityType: 'Project' });
    expect(JSON.parse(statusChange.node.before as string)).toMatchObject({ stage: 'Planned' });
    expect(JSON.parse(statusChange.node.after as string)).toMatchObject({ stage: 'In Progress' });
  });
});

describe('change orders and the billing cap', () => {
  const SUBMIT_CO = `mutation ($input: SubmitChangeOrderInput!) { submitChangeOrder(input: $input) { ${WORKFLOW} changeOrder { id status deltaBookings { amount } } userErrors { code field } } }`;
  const APPROVE_CO = `mutation ($input: ChangeOrderDecisionInput!) { approveChangeOrder(input: $input) { ${WORKFLOW} changeOrder { id status } userErrors { code message field } } }`;
  const contractValue = async () =>
    Number((await stores.customers.get<{ value: number }>('SELECT value FROM contract WHERE id = ?', [GLOBEX_CONTRACT]))?.value);
  const bookings = async () =>
    Number((await stores.projects.get<{ bookings: number }>('SELECT bookings FROM project WHERE opportunity_id = ?', [GLOBEX_WON_DEAL]))?.bookings);
  let projectId: string;

  beforeAll(async () => {
    const project = await stores.projects.get<{ id: string }>('SELECT id FROM project WHERE opportunity_id = ?', [GLOBEX_WON_DEAL]);
    projectId = toHubId('Project', project!.id);
  });

  it('refuses a milestone approval that would pass the billing cap, writing nothing', async () => {
    const milestones = await stores.projects.all<{ id: string; name: string }>(
      'SELECT id, name FROM milestone WHERE project_id = (SELECT id FROM project WHERE opportunity_id = ?) ORDER BY target_date',
      [GLOBEX_WON_DEAL],
    );
    const [, build, acceptance] = milestones.map((m) => toHubId('Milestone', m.id));
    const complete = MILESTONE.replace('$OP', 'completeMilestone').replace('$INPUT', 'CompleteMilestoneInput');
    const approve = MILESTONE.replace('$OP', 'approveMilestone').replace('$INPUT', 'MilestoneInput');
    for (const [id, key] of [
      [build, 'build'],
      [acceptance, 'acceptance'],
    ]) {
      expect(
        (await mutate<Governed<'completeMilestone'>>('delivery', complete, { milestoneId: id, idempotencyKey: `complete-${key}` })).data!.completeMilestone
          .userErrors,
      ).toEqual([]);
    }
    expect(
      (await mutate<Governed<'approveMilestone'>>('delivery', approve, { milestoneId: build, idempotencyKey: 'approve-build' })).data!.approveMilestone
        .userErrors,
    ).toEqual([]);
    await testHub.query(
      MILESTONE.replace('$OP', 'signOffMilestone').replace('$INPUT', 'MilestoneInput'),
      { input: { milestoneId: acceptance, idempotencyKey: 'sign-acceptance' } },
      portal(hub.globex),
    );
    // Billed so far: 27,000.00 + 6,400.00 of time + 36,000.00; 27,000.00 more passes the bookings of 90,000.00.
    const before = await snapshot();
    const refused = await mutate('delivery', approve, { milestoneId: acceptance, idempotencyKey: 'approve-acceptance' });
    expect(refused.data!.approveMilestone).toMatchObject({
      workflow: null,
      milestone: null,
      userErrors: [{ code: 'BILLING_CAP_EXCEEDED', field: ['input', 'milestoneId'] }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('applies an approved change order across CRM, PSA and ERP', async () => {
    const submitted = await mutate<Governed<'submitChangeOrder', { changeOrder: { id: string } }>>('delivery', SUBMIT_CO, {
      projectId,
      reason: 'Second market',
      deltaBookings: '15000',
      deltaBudgetHours: '100',
      addedRoles: [{ role: 'Consultant', hours: '100', startDate: '2027-03-01', endDate: '2027-06-30' }],
      idempotencyKey: 'co-1',
    });
    expect(submitted.data!.submitChangeOrder).toMatchObject({
      workflow: { status: 'COMPLETED' },
      changeOrder: { status: 'SUBMITTED', deltaBookings: { amount: '15000.00' } },
      userErrors: [],
    });
    const changeOrderId = submitted.data!.submitChangeOrder.changeOrder.id;
    const byDelivery = await mutate('delivery', APPROVE_CO, { changeOrderId, idempotencyKey: 'co-1-approve-by-pm' });
    expect(byDelivery.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const [valueBefore, bookingsBefore] = [await contractValue(), await bookings()];
    const approved = await mutate('finance', APPROVE_CO, { changeOrderId, idempotencyKey: 'co-1-approve' });
    expect(approved.data!.approveChangeOrder).toMatchObject({
      workflow: {
        status: 'COMPLETED',
        steps: [
          { name: 'approvePsaChangeOrder', system: 'PSA', status: 'DONE' },
          { name: 'amendCrmContract', system: 'CRM', status: 'DONE' },
          { name: 'applyPsaChangeOrder', system: 'PSA', status: 'DONE' },
          { name: 'amendErpSchedule', system: 'ERP', status: 'DONE' },
        ],
      },
      changeOrder: { status: 'APPLIED' },
      userErrors: [],
    });
    expect(await contractValue()).toBe(valueBefore + 1_500_000);
    expect(await bookings()).toBe(bookingsBefore + 1_500_000);
    const contract = await stores.customers.get<{ status: string }>('SELECT status FROM contract WHERE id = ?', [GLOBEX_CONTRACT]);
    expect(contract?.status).toBe('Amended');
    const lines = await stores.finance.all<{ amount: number }>('SELECT amount FROM billing_schedule_line WHERE change_order_id IS NOT NULL');
    expect(lines.map((line) => Number(line.amount))).toEqual([1_500_000]);
  });

  it('undoes the earlier steps in reverse when a later system refuses', async () => {
    const submitted = await mutate<Governed<'submitChangeOrder', { changeOrder: { id: string } }>>('delivery', SUBMIT_CO, {
      projectId,
      reason: 'Third market',
      deltaBookings: '5000',
      deltaBudgetHours: '40',
      addedRoles: [{ role: 'Manager', hours: '40' }],
      idempotencyKey: 'co-2',
    });
    const changeOrderId = submitted.data!.submitChangeOrder.changeOrder.id;
    const before = { value: await contractValue(), bookings: await bookings(), snapshot: await snapshot() };
    erpRefusesSchedule = true;
    const refused = await mutate('finance', APPROVE_CO, { changeOrderId, idempotencyKey: 'co-2-approve' });
    erpRefusesSchedule = false;
    expect(refused.data!.approveChangeOrder).toMatchObject({
      workflow: {
        status: 'COMPENSATED',
        steps: [
          { name: 'approvePsaChangeOrder', status: 'COMPENSATED' },
          { name: 'amendCrmContract', status: 'COMPENSATED' },
          { name: 'applyPsaChangeOrder', status: 'COMPENSATED' },
          { name: 'amendErpSchedule', status: 'FAILED' },
        ],
      },
      changeOrder: { status: 'IN_FINANCIAL_REVIEW' },
      userErrors: [{ code: 'SCHEDULE_LOCKED', field: null }],
    });
    expect(await contractValue()).toBe(before.value);
    expect(await bookings()).toBe(before.bookings);
    const contract = await stores.customers.get<{ status: string }>('SELECT status FROM contract WHERE id = ?', [GLOBEX_CONTRACT]);
    expect(contract?.status).toBe('Amended');
    // Rows are as they were; only the outboxes carry the compensating events.
    const after = await snapshot();
    expect({ ...after, 'projects.outbox': 0, 'finance.outbox': 0 }).toEqual({ ...before.snapshot, 'projects.outbox': 0, 'finance.outbox': 0 });
  });
});

describe('idempotency', () => {
  it('runs 50 concurrent calls with one key once, all answering with the same workflow', async () => {
    const input = { projectId: hub.erpProject, consultantId: hub.ada, date: '2026-11-16', hours: '2.5', billable: true, idempotencyKey: 'concurrent-log-1' };
    const results = await Promise.all(Array.from({ length: 50 }, () => mutate<Governed<'logTime'>>('delivery', LOG, input)));
    const workflowIds = new Set(results.map((result) => result.data?.logTime.workflow?.id));
    expect(results.every((result) => result.errors === undefined)).toBe(true);
    expect(workflowIds.size).toBe(1);
    const rows = await stores.projects.get<{ n: number }>("SELECT COUNT(*) AS n FROM time_entry WHERE work_date = '2026-11-16'");
    expect(Number(rows?.n)).toBe(1);
  });

  it('refuses the same key with a different input', async () => {
    const result = await mutate('delivery', LOG, {
      projectId: hub.erpProject,
      consultantId: hub.ada,
      date: '2026-11-16',
      hours: '3',
      billable: true,
      idempotencyKey: 'concurrent-log-1',
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(result.data).toBeNull();
  });
});

describe('refusals write nothing', () => {
  it.each([
    ['an opportunity that is not won', CONVERT, { opportunityId: openDealId }, 'OPPORTUNITY_NOT_WON'],
    ['a malformed opportunity id', CONVERT, { opportunityId: 'opp_nope' }, 'INVALID_ID'],
    ['an unknown opportunity', CONVERT, { opportunityId: toHubId('Opportunity', salesforceId('006', 999)) }, 'OPPORTUNITY_NOT_FOUND'],
    [
      'a terminated consultant',
      ASSIGN,
      { projectId: hub.erpProject, consultantId: linus, role: 'Manager', startDate: '2026-11-16', endDate: '2026-11-30', allocationPct: 10 },
      'CONSULTANT_NOT_ACTIVE',
    ],
    [
      'an allocation over 100%',
      ASSIGN,
      { projectId: hub.erpProject, consultantId: hub.ada, role: 'Senior Consultant', startDate: '2026-11-16', endDate: '2026-11-30', allocationPct: 10 },
      'OVER_ALLOCATED',
    ],
    [
      'a role without a rate card',
      ASSIGN,
      { projectId: hub.erpProject, consultantId: hub.grace, role: 'Astronaut', startDate: '2027-03-01', endDate: '2027-03-31', allocationPct: 10 },
      'RATE_CARD_MISSING',
    ],
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

  it('refuses several governed mutations in one operation before any runs', async () => {
    const before = await snapshot();
    const response = await fetch(testHub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...as('delivery') },
      body: JSON.stringify({
        query: `mutation {
          hold: changeProjectStatus(input: { projectId: "${hub.erpProject}", status: ON_HOLD, idempotencyKey: "alias-1" }) { userErrors { code } }
          resume: changeProjectStatus(input: { projectId: "${hub.erpProject}", status: ACTIVE, idempotencyKey: "alias-2" }) { userErrors { code } }
        }`,
      }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'An operation may run one governed mutation; this one asks for 2', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(await snapshot()).toEqual(before);
    const workflows = await testHub.query<{ workflows: { totalCount: number } }>(
      `{ workflows(filter: { type: "changeProjectStatus", subjectId: "${hub.erpProject}" }) { totalCount } }`,
    );
    expect(workflows.data!.workflows.totalCount).toBe(0);
  });

  it('refuses to approve time on a closed project', async () => {
    const logged = await mutate<Governed<'logTime', { timeEntry: { id: string } }>>('delivery', LOG, {
      projectId: hub.dataProject,
      consultantId: hub.grace,
      date: '2026-11-18',
      hours: '3',
      billable: true,
      idempotencyKey: 'closing-log',
    });
    const entryId = logged.data!.logTime.timeEntry.id;
    await mutate('delivery', SUBMIT, { timeEntryIds: [entryId], idempotencyKey: 'closing-submit' });
    for (const status of ['COMPLETED', 'CLOSED']) {
      const changed = await mutate<Governed<'changeProjectStatus'>>('delivery', STATUS, {
        projectId: hub.dataProject,
        status,
        idempotencyKey: `closing-${status}`,
      });
      expect(changed.data!.changeProjectStatus.userErrors).toEqual([]);
    }
    const before = await snapshot();
    const refused = await mutate('delivery', APPROVE, { timeEntryIds: [entryId], idempotencyKey: 'closing-approve' });
    expect(refused.data!.approveTime).toMatchObject({
      workflow: null,
      timeEntries: [],
      userErrors: [{ code: 'PROJECT_CLOSED', field: ['input', 'projectId'] }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('answers UNAUTHENTICATED without a token and FORBIDDEN to an analyst', async () => {
    const anonymous = await fetch(testHub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATUS, variables: { input: { projectId: hub.erpProject, status: 'ON_HOLD', idempotencyKey: 'anon-1' } } }),
    });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const analyst = await mutate('analyst', STATUS, { projectId: hub.erpProject, status: 'ON_HOLD', idempotencyKey: 'analyst-1' });
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const project = await stores.projects.get<{ stage: string }>('SELECT stage FROM project WHERE id = ?', ['PRJ-2026-0001']);
    expect(project?.stage).toBe('In Progress');
  });
});

describe('system APIs', () => {
  it('answer only the service credential: 401 without a token, 403 with a user token', async () => {
    const projects = testHub.subgraphs.find((served) => served.name === 'projects')!;
    const systemUrl = projects.url.replace(/\/graphql$/, '/system/graphql');
    const call = (headers: Record<string, string>) =>
      fetch(systemUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ timeEntries(ids: []) { id } }' }),
      });
    const anonymous = await call({});
    expect({ status: anonymous.status, body: await anonymous.json() }).toEqual({
      status: 401,
      body: { errors: [{ message: 'A service credential is required', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    const user = await call(as('finance'));
    expect({ status: user.status, body: await user.json() }).toEqual({
      status: 403,
      body: { errors: [{ message: 'Only the workflows service may call system APIs', extensions: { code: 'FORBIDDEN' } }] },
    });
    const service = await call({ authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` });
    expect({ status: service.status, body: await service.json() }).toEqual({ status: 200, body: { data: { timeEntries: [] } } });
  });

  it('are not part of the public graph', async () => {
    const result = await testHub.query('mutation { createProject { replayed } }', {}, as('delivery'));
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('a system of record that fails', () => {
  it('retries, parks the workflow with its business context, and finishes it on retryException with nothing posted twice', async () => {
    const submitted = [toHubId('TimeEntry', 'TC-0000006')];
    erpDown = true;
    const failed = await mutate<Governed<'approveTime'>>('delivery', APPROVE, { timeEntryIds: submitted, idempotencyKey: 'approve-erp-down' });
    erpDown = false;
    const payload = failed.data!.approveTime;
    expect(payload.workflow.status).toBe('FAILED');
    expect(payload.workflow.steps[1]).toMatchObject({ name: 'postErpTime', status: 'FAILED', attempts: 4 });
    expect(payload.userErrors).toEqual([{ code: 'WORKFLOW_FAILED', field: null }]);

    const queue = await testHub.query<{ exceptions: { edges: { node: { id: string; cause: string } }[] } }>(
      '{ exceptions(filter: { status: "OPEN" }) { edges { node { id status step system cause project { id } customer { id } amount { amount currency } workflow { id } } } } }',
    );
    const exception = queue.data!.exceptions.edges[0].node;
    // Grace's 4 h at 200.00 are at stake on the Acme ERP project.
    expect(exception).toMatchObject({
      status: 'OPEN',
      step: 'postErpTime',
      system: 'ERP',
      project: { id: hub.erpProject },
      customer: { id: hub.acme },
      amount: { amount: '800.00', currency: 'USD' },
      workflow: { id: payload.workflow.id },
    });
    expect(exception.cause).toContain('ERP');

    const retried = await testHub.query<{ retryException: unknown }>(
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

  it('lets finance resolve a parked workflow by hand, with a note in the audit trail', async () => {
    const logged = await mutate<Governed<'logTime', { timeEntry: { id: string } }>>('delivery', LOG, {
      projectId: hub.erpProject,
      consultantId: hub.grace,
      date: '2026-11-19',
      hours: '2',
      billable: true,
      idempotencyKey: 'resolve-log',
    });
    const entryId = logged.data!.logTime.timeEntry.id;
    await mutate('delivery', SUBMIT, { timeEntryIds: [entryId], idempotencyKey: 'resolve-submit' });
    erpDown = true;
    const failed = await mutate<Governed<'approveTime'>>('delivery', APPROVE, { timeEntryIds: [entryId], idempotencyKey: 'resolve-approve' });
    erpDown = false;
    expect(failed.data!.approveTime.workflow).toMatchObject({ status: 'FAILED', exception: { id: expect.stringMatching(/^exc_/) } });
    const exceptionId = failed.data!.approveTime.workflow.exception?.id;
    const RESOLVE =
      'mutation ($input: ResolveExceptionInput!) { resolveException(input: $input) { exception { status resolvedBy resolutionNote } userErrors { code } } }';
    const byDelivery = await testHub.query(RESOLVE, { input: { id: exceptionId, note: 'x', idempotencyKey: 'r-0' } }, as('delivery'));
    expect(byDelivery.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resolved = await testHub.query<{ resolveException: Record<string, unknown> }>(
      RESOLVE,
      { input: { id: exceptionId, note: 'Posted by hand in the ERP', idempotencyKey: 'r-1' } },
      as('finance'),
    );
    expect(resolved.data!.resolveException).toEqual({
      exception: { status: 'RESOLVED', resolvedBy: 'test-finance', resolutionNote: 'Posted by hand in the ERP' },
      userErrors: [],
    });
    const audit = await testHub.query<{ auditLog: { edges: { node: { action: string; actor: string } }[] } }>(
      'query ($id: ID!) { auditLog(filter: { entityId: $id }) { edges { node { action actor } } } }',
      { id: exceptionId },
    );
    expect(audit.data!.auditLog.edges.map((edge) => edge.node)).toEqual([{ action: 'resolveException', actor: 'test-finance' }]);
  });

  it("parks the ERP's refusal to post time with the refusal's own code; a retry once the ERP accepts answers COMPLETED without it", async () => {
    const logged = await mutate<Governed<'logTime', { timeEntry: { id: string } }>>('delivery', LOG, {
      projectId: hub.erpProject,
      consultantId: hub.grace,
      date: '2026-11-20',
      hours: '1',
      billable: true,
      idempotencyKey: 'erp-closed-log',
    });
    const entryId = logged.data!.logTime.timeEntry.id;
    await mutate('delivery', SUBMIT, { timeEntryIds: [entryId], idempotencyKey: 'erp-closed-submit' });
    const erpStatus = async (status: string) => stores.finance.run('UPDATE erp_project SET status = ? WHERE psa_project_id = ?', [status, ERP_PROJECT]);
    const [{ status: openLabel }] = await stores.finance.all<{ status: string }>('SELECT status FROM erp_project WHERE psa_project_id = ?', [ERP_PROJECT]);
    await erpStatus('Closed');
    let exceptionId: string | undefined;
    try {
      const parked = await mutate<Governed<'approveTime', { timeEntries: { id: string; status: string }[] }>>('delivery', APPROVE, {
        timeEntryIds: [entryId],
        idempotencyKey: 'erp-closed-approve',
      });
      const payload = parked.data!.approveTime;
      expect(payload.workflow).toMatchObject({ status: 'FAILED', exception: { id: expect.stringMatching(/^exc_/) } });
      // Refused once, not retried: the refusal is the answer, not "a system of record failed".
      expect(payload.workflow.steps[1]).toMatchObject({ name: 'postErpTime', status: 'FAILED', attempts: 1 });
      expect(payload.userErrors).toEqual([{ code: 'PROJECT_FINANCIALLY_CLOSED', field: ['entries'] }]);
      expect(payload.timeEntries).toEqual([{ id: entryId, status: 'APPROVED' }]);
      exceptionId = payload.workflow.exception?.id;
    } finally {
      await erpStatus(openLabel);
    }
    const retried = await testHub.query<{ retryException: { workflow: { status: string; userErrors: { code: string }[] } } }>(
      'mutation ($input: RetryExceptionInput!) { retryException(input: $input) { workflow { status userErrors { code } } } }',
      { input: { id: exceptionId, idempotencyKey: 'erp-closed-retry' } },
      as('finance'),
    );
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retryException.workflow).toEqual({ status: 'COMPLETED', userErrors: [] });
  });
});
