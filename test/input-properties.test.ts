/**
 * Hostile input through the real gateway. Every governed mutation's input and every filter argument,
 * fed generated extremes (sizes, signs, precision, dates, unicode, control characters), gets a coded
 * refusal (BAD_USER_INPUT, a validation failure, or a userError code) or a correct write, never an
 * internal error; and after every accepted write the project 360, the `projects` list and the
 * portfolio still read without an error. Then one regression test per observed defect.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, WORKFLOWS_SERVICE, type Role } from '../platform/auth.ts';
import { toHubId, tryNativeId } from '../subgraphs/shared/ids.ts';
import { insertRows } from '../platform/sql.ts';
import { ACME, ADA, DATA_PROJECT, ERP_PROJECT, fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';

/** A legacy assignment (loaded before staffing was held to project dates) running past the data project's end, 2027-02-15. */
const LEGACY_ASSIGNMENT = {
  id: 'ASG-000009',
  project_id: DATA_PROJECT,
  worker_id: 'W-00001',
  role: 'Senior Consultant',
  start_date: '2027-01-04',
  end_date: '2027-03-31',
  allocation_pct: 20,
  planned_hours: 10_000,
  status: 'Scheduled',
};

let testHub: TestHub;
let opened: DomainStores;
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (stores: DomainStores) => {
      opened = stores;
      await fillFixture(stores);
      await insertRows(stores.projects, 'assignment', [LEGACY_ASSIGNMENT]);
      // The ERP project's workspace in the delivery platform, with one work item, for the worklog properties.
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
          updated_at: '2026-11-01T09:00:00.000Z',
        },
      ]);
    },
  });
  for (const role of ['delivery', 'finance', 'analyst'] as const) tokens[role] = await signToken({ sub: `props-${role}`, roles: [role], customerId: null });
});

afterAll(async () => {
  await testHub?.stop();
});

interface Answer<T = Record<string, unknown>> {
  status: number;
  body: GraphQLResult<T>;
}

async function post<T = Record<string, unknown>>(role: Role, query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> {
  const response = await fetch(testHub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[role]}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResult<T> };
}

let keys = 0;
const key = () => `props-${process.pid}-${++keys}`;

const WORKFLOW = 'workflow { id status } userErrors { code message field }';
const MUTATIONS = {
  assignConsultant: `mutation ($input: AssignConsultantInput!) { assignConsultant(input: $input) { ${WORKFLOW} assignment { id } } }`,
  logTime: `mutation ($input: LogTimeInput!) { logTime(input: $input) { ${WORKFLOW} timeEntry { id hours notes } } }`,
  submitChangeOrder: `mutation ($input: SubmitChangeOrderInput!) { submitChangeOrder(input: $input) { ${WORKFLOW} changeOrder { id deltaBookings { amount } } } }`,
  approveChangeOrder: `mutation ($input: ChangeOrderDecisionInput!) { approveChangeOrder(input: $input) { ${WORKFLOW} changeOrder { id status } } }`,
  recordPayment: `mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { ${WORKFLOW} invoice { id balance { amount } payments { id amount { amount } } } } }`,
  changeProjectStatus: `mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { ${WORKFLOW} project { status } } }`,
  completeMilestone: `mutation ($input: CompleteMilestoneInput!) { completeMilestone(input: $input) { ${WORKFLOW} milestone { status } } }`,
  recordWorklog: `mutation ($input: RecordWorklogInput!) { recordWorklog(input: $input) { ${WORKFLOW} worklog { id } } }`,
  syncWorklog: `mutation ($input: SyncWorklogInput!) { syncWorklog(input: $input) { ${WORKFLOW} timeEntry { id } } }`,
  updateWorkItemStatus: `mutation ($input: UpdateWorkItemStatusInput!) { updateWorkItemStatus(input: $input) { ${WORKFLOW} workItem { id } } }`,
} as const;

type Payload<Subject> = { workflow: { id: string; status: string } | null; userErrors: { code: string; message: string; field: string[] | null }[] } & Subject;
/** The payload of each of MUTATIONS, as it selects it. */
interface Payloads {
  assignConsultant: Payload<{ assignment: { id: string } | null }>;
  logTime: Payload<{ timeEntry: { id: string; hours: string; notes: string | null } | null }>;
  submitChangeOrder: Payload<{ changeOrder: { id: string; deltaBookings: { amount: string } } | null }>;
  approveChangeOrder: Payload<{ changeOrder: { id: string; status: string } | null }>;
  recordPayment: Payload<{ invoice: { id: string; balance: { amount: string }; payments: { id: string; amount: { amount: string } }[] } | null }>;
  changeProjectStatus: Payload<{ project: { status: string } | null }>;
  completeMilestone: Payload<{ milestone: { status: string } | null }>;
  recordWorklog: Payload<{ worklog: { id: string } | null }>;
  syncWorklog: Payload<{ timeEntry: { id: string } | null }>;
  updateWorkItemStatus: Payload<{ workItem: { id: string } | null }>;
}

async function mutate<N extends keyof typeof MUTATIONS>(role: Role, name: N, input: Record<string, unknown>): Promise<Answer<Pick<Payloads, N>>> {
  return post(role, MUTATIONS[name], { input: { ...input, idempotencyKey: key() } });
}

const READ_BACK = `query ($id: ID!) {
  project(id: $id) {
    code status budgetHours bookings { amount }
    customer { name receivables { balance { amount } } }
    assignments { role startDate endDate }
    timeEntries(first: 3) { totalCount edges { node { date hours notes } } }
    financials { bookings { amount } billedToDate { amount } unbilledWip { amount } recognizedRevenue { amount } costToDate { amount } margin { amount } marginPct backlog { amount } }
  }
  projects(first: 20) { totalCount edges { node { code bookings { amount } budgetHours } } }
  portfolio(filter: { region: "North America" }) { projectCount bookings { amount } backlog { amount } billed { amount } margin { amount } utilization }
}`;

/** The project 360, the `projects` list and the portfolio read without any error. */
async function expectReadable(projectId: string): Promise<void> {
  const answer = await post<{
    project: { code: string } | null;
    projects: { edges: { node: { bookings: { amount: string }; budgetHours: string | null } }[] };
  }>('analyst', READ_BACK, { id: projectId });
  expect(answer.body.errors).toBeUndefined();
  expect(answer.status).toBe(200);
  expect(answer.body.data?.project?.code).toMatch(/^ACME-/);
  // Every stored quantity stays within the documented bounds (subgraphs/shared/money.ts).
  for (const { node } of answer.body.data?.projects.edges ?? []) {
    expect(Math.abs(Number(node.bookings.amount))).toBeLessThanOrEqual(1_000_000_000);
    expect(Number(node.budgetHours ?? 0)).toBeGreaterThanOrEqual(0);
    expect(Number(node.budgetHours ?? 0)).toBeLessThanOrEqual(1_000_000);
  }
}

const CODE = /^[A-Z][A-Z_]+$/;

/**
 * The outcome of one hostile mutation: a refusal of the request (400, BAD_USER_INPUT or a validation
 * failure), coded userErrors with nothing written, or an accepted write. Never an internal error.
 */
function outcomeOf<N extends keyof Payloads>(answer: Answer<Pick<Payloads, N>>, field: N): 'refused' | 'accepted' {
  const text = JSON.stringify(answer.body);
  expect(text).not.toContain('INTERNAL_SERVER_ERROR');
  if (answer.status === 400) {
    expect(answer.body.errors?.length).toBeGreaterThan(0);
    for (const error of answer.body.errors ?? []) expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions?.code);
    return 'refused';
  }
  expect(answer.status).toBe(200);
  expect(answer.body.errors).toBeUndefined();
  const payload = answer.body.data?.[field];
  if (!payload) throw new Error(`no ${field} payload in ${text}`);
  if (payload.userErrors.length > 0) {
    // Refused in validation (no workflow), or by a system of record (compensated): a coded refusal either way.
    if (payload.workflow !== null) expect(payload.workflow).toMatchObject({ status: 'COMPENSATED' });
    for (const error of payload.userErrors) expect(error.code).toMatch(CODE);
    return 'refused';
  }
  // Accepted means done: a workflow parked by a technical failure (FAILED) is a defect here.
  expect(payload.workflow).toMatchObject({ status: 'COMPLETED' });
  return 'accepted';
}

// ---------------------------------------------------------------------------------------------- generators

const CONTROL = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b', '\u001f', '\u007f', '\t', '\n', '\r');
/** Text at the edges: empty, blank, huge, astral, combining marks, lone surrogates, control characters. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 10 }), CONTROL, fc.string({ maxLength: 10 })).map(([a, c, b]) => `${a}${c}${b}`),
  fc.constantFrom(
    '',
    ' ',
    '\u200b',
    'e\u0301',
    '\ud800',
    '\udfff',
    '🙂'.repeat(1000),
    '🙂'.repeat(2001),
    'x'.repeat(2001),
    'Consultant',
    'Senior Consultant',
    "'; DROP TABLE project; --",
    '%',
    '_',
    '\\',
  ),
  fc.integer({ min: 990, max: 2010 }).map((n) => '🙂'.repeat(n)),
);

/** Decimal strings at the edges: signs, precision, magnitude past 2^53 and past the bound, and malformed ones. */
const hostileDecimal = fc.oneof(
  fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.integer({ min: 0, max: 4 })).map(([negative, units, digits]) => {
    const text = units.toString().padStart(digits + 1, '0');
    const decimal = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
    return `${negative ? '-' : ''}${decimal}`;
  }),
  fc.constantFrom(
    '0',
    '0.00',
    '-0',
    '0.001',
    '0.010',
    '1',
    '24.00',
    '24.01',
    '9000000000000.00',
    '90071992547409.93',
    '1000000000.00',
    '1000000000.01',
    '-1000000000.00',
    '999999999999999',
    '1e3',
    '',
    ' 1',
    'NaN',
    '1.',
    '.5',
    '٣',
  ),
);

/** Date strings: real dates at the edges of the calendar and of the projects, and impossible ones. */
const hostileDate = fc.oneof(
  fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('2026-07-01T00:00:00Z'), max: new Date('2027-04-30T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '2026-13-01', '2026-00-10', '2026-11-31', '2026-2-3', '+02026-11-02', '2026-11-02T00:00:00Z', '', 'yesterday'),
);

/** Mostly `plausible` (so that writes get accepted and read back), else `hostile`. */
function mostly<T>(plausible: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: hostile, weight: 1 });
}

const dayIn = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const centsText = (max: number) => fc.integer({ min: 1, max }).map((cents) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
const plausibleText = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('Client asked', 'Ünïcödé 🙂 ok', 'multi\nline\tnotes'),
);
const knownRole = fc.constantFrom('Senior Consultant', 'Manager');

const RUNS = { numRuns: 25 };

describe('regressions of the observed defects', () => {
  it('eleven change orders of 9,000,000,000,000.00 are refused and every read stays whole', async () => {
    const answers: Answer<Pick<Payloads, 'submitChangeOrder'>>[] = [];
    for (let i = 0; i < 11; i++) {
      const submitted = await mutate('delivery', 'submitChangeOrder', {
        projectId: hub.dataProject,
        reason: 'Enormous scope',
        deltaBookings: '9000000000000.00',
        deltaBudgetHours: '0',
      });
      answers.push(submitted);
      const id = submitted.body.data?.submitChangeOrder.changeOrder?.id;
      if (id) await mutate('finance', 'approveChangeOrder', { changeOrderId: id });
    }
    await expectReadable(hub.dataProject);
    for (const answer of answers) {
      expect(answer.body.data?.submitChangeOrder).toEqual({
        workflow: null,
        changeOrder: null,
        userErrors: [
          {
            code: 'INVALID_AMOUNT',
            message: 'deltaBookings must be an amount in USD between -1000000000.00 and 1000000000.00',
            field: ['input', 'deltaBookings'],
          },
        ],
      });
    }
  });

  it('change orders within the bound that would push the bookings past it are refused at approval', async () => {
    const submit = () =>
      mutate('delivery', 'submitChangeOrder', { projectId: hub.dataProject, reason: 'Big phase', deltaBookings: '600000000.00', deltaBudgetHours: '10.00' });
    const first = await submit();
    const second = await submit();
    const approvedFirst = await mutate('finance', 'approveChangeOrder', { changeOrderId: first.body.data?.submitChangeOrder.changeOrder?.id });
    expect(approvedFirst.body.data?.approveChangeOrder).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const approvedSecond = await mutate('finance', 'approveChangeOrder', { changeOrderId: second.body.data?.submitChangeOrder.changeOrder?.id });
    expect(approvedSecond.body.data?.approveChangeOrder).toEqual({
      workflow: null,
      changeOrder: null,
      userErrors: [
        {
          code: 'BOOKINGS_OVER_LIMIT',
          message: 'The change would take the bookings or the contract value past 1000000000.00 USD',
          field: ['input', 'changeOrderId'],
        },
      ],
    });
    const read = await post('analyst', 'query ($id: ID!) { project(id: $id) { bookings { amount } } }', { id: hub.dataProject });
    expect(read.body).toEqual({ data: { project: { bookings: { amount: '600050000.00' } } } });
    await expectReadable(hub.dataProject);
  });

  it('budget hours never go negative: a huge negative delta at submission, a too-large one at approval', async () => {
    const huge = await mutate('delivery', 'submitChangeOrder', {
      projectId: hub.erpProject,
      reason: 'Cut',
      deltaBookings: '0',
      deltaBudgetHours: '-9999999999.00',
    });
    expect(huge.body.data?.submitChangeOrder.userErrors).toEqual([
      { code: 'INVALID_HOURS', message: 'deltaBudgetHours must be a number of hours between -1000000.00 and 1000000.00', field: ['input', 'deltaBudgetHours'] },
    ]);
    // The project has 1000.00 budget hours.
    const cut = await mutate('delivery', 'submitChangeOrder', { projectId: hub.erpProject, reason: 'Cut', deltaBookings: '0', deltaBudgetHours: '-2000.00' });
    const approved = await mutate('finance', 'approveChangeOrder', { changeOrderId: cut.body.data?.submitChangeOrder.changeOrder?.id });
    expect(approved.body.data?.approveChangeOrder).toEqual({
      workflow: null,
      changeOrder: null,
      userErrors: [{ code: 'NEGATIVE_BUDGET_HOURS', message: 'The change would make the budget hours negative (-1000.00)', field: ['input', 'changeOrderId'] }],
    });
    const read = await post<{ project: { budgetHours: string | null } }>('analyst', 'query ($id: ID!) { project(id: $id) { budgetHours } }', {
      id: hub.erpProject,
    });
    expect(Number(read.body.data?.project.budgetHours)).toBeGreaterThanOrEqual(0);
  });

  it('an added role that starts after it ends is refused, naming the field', async () => {
    const answer = await mutate('delivery', 'submitChangeOrder', {
      projectId: hub.erpProject,
      reason: 'More hands',
      deltaBookings: '100.00',
      deltaBudgetHours: '1.00',
      addedRoles: [{ role: 'Consultant', hours: '10.00', startDate: '2026-12-01', endDate: '2026-11-01' }],
    });
    expect(answer.body.data?.submitChangeOrder).toEqual({
      workflow: null,
      changeOrder: null,
      userErrors: [{ code: 'INVALID_DATE_RANGE', message: 'startDate is after endDate', field: ['input', 'addedRoles', '0', 'startDate'] }],
    });
  });

  it("an assignment outside the project's dates is refused", async () => {
    // The data project runs 2026-08-15 to 2027-02-15.
    const answer = await mutate('delivery', 'assignConsultant', {
      projectId: hub.dataProject,
      consultantId: hub.ada,
      role: 'Senior Consultant',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
      allocationPct: 10,
    });
    expect(answer.body.data?.assignConsultant).toEqual({
      workflow: null,
      assignment: null,
      userErrors: [
        { code: 'OUTSIDE_PROJECT_DATES', message: "The assignment falls outside the project's dates (2026-08-15 to 2027-02-15)", field: ['input', 'endDate'] },
      ],
    });
  });

  it("time outside the project's dates is refused, even on an assignment that runs past them", async () => {
    const answer = await mutate('delivery', 'logTime', {
      projectId: hub.dataProject,
      consultantId: hub.ada,
      date: '2027-03-01',
      hours: '4.00',
      billable: true,
    });
    expect(answer.body.data?.logTime).toEqual({
      workflow: null,
      timeEntry: null,
      userErrors: [
        { code: 'OUTSIDE_PROJECT_DATES', message: "2027-03-01 falls outside the project's dates (2026-08-15 to 2027-02-15)", field: ['input', 'date'] },
      ],
    });
    const inside = await mutate('delivery', 'logTime', {
      projectId: hub.dataProject,
      consultantId: hub.ada,
      date: '2027-02-15',
      hours: '4.00',
      billable: true,
    });
    expect(inside.body.data?.logTime).toMatchObject({ workflow: { status: 'COMPLETED' }, timeEntry: { hours: '4.00' }, userErrors: [] });
  });

  it('a NUL in notes is refused (400, naming the field); line breaks in notes are kept', async () => {
    const nul = await mutate('delivery', 'logTime', {
      projectId: hub.erpProject,
      consultantId: hub.ada,
      date: '2026-11-02',
      hours: '1.00',
      billable: false,
      notes: 'before\u0000after',
    });
    expect(nul).toEqual({
      status: 400,
      body: { errors: [{ message: expect.stringContaining('control characters'), extensions: { code: 'BAD_USER_INPUT', argumentName: '$input.notes' } }] },
    });
    const lines = await mutate('delivery', 'logTime', {
      projectId: hub.erpProject,
      consultantId: hub.ada,
      date: '2026-11-02',
      hours: '1.00',
      billable: false,
      notes: 'line one\n\tline two',
    });
    expect(lines.body.data?.logTime).toMatchObject({ workflow: { status: 'COMPLETED' }, timeEntry: { notes: 'line one\n\tline two' }, userErrors: [] });
    const role = await mutate('delivery', 'assignConsultant', {
      projectId: hub.dataProject,
      consultantId: hub.ada,
      role: 'Senior\nConsultant',
      startDate: '2027-01-04',
      endDate: '2027-01-29',
      allocationPct: 10,
    });
    expect(role.status).toBe(400);
    expect(role.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: '$input.role' });
  });

  it('text limits count characters, not UTF-16 units', async () => {
    const fits = await mutate('delivery', 'logTime', {
      projectId: hub.erpProject,
      consultantId: hub.ada,
      date: '2026-11-03',
      hours: '1.00',
      billable: false,
      notes: '🙂'.repeat(2000),
    });
    expect(fits.body.data?.logTime).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    expect([...(fits.body.data?.logTime.timeEntry?.notes ?? '')]).toHaveLength(2000);
    const over = await mutate('delivery', 'logTime', {
      projectId: hub.erpProject,
      consultantId: hub.ada,
      date: '2026-11-03',
      hours: '1.00',
      billable: false,
      notes: '🙂'.repeat(2001),
    });
    expect(over.body.data?.logTime).toEqual({
      workflow: null,
      timeEntry: null,
      userErrors: [{ code: 'INVALID_NOTES', message: 'The notes text is over 2000 characters', field: ['input', 'notes'] }],
    });
  });

  it('idempotency keys are counted in characters too, and a blank one is refused', async () => {
    const status = (idempotencyKey: string) =>
      post<Pick<Payloads, 'changeProjectStatus'>>('delivery', MUTATIONS.changeProjectStatus, {
        input: { projectId: hub.dataProject, status: 'ACTIVE', reason: 'Key length check', idempotencyKey },
      });
    // 255 characters of 2 UTF-16 units each: within the bound (a status change to the current status is refused by the PSA rules, not by the key).
    const fits = await status('🔑'.repeat(255));
    expect(JSON.stringify(fits.body)).not.toContain('INVALID_IDEMPOTENCY_KEY');
    for (const refused of ['🔑'.repeat(256), '   ']) {
      const answer = await status(refused);
      expect(answer.body.data?.changeProjectStatus.userErrors.map((error) => error.code)).toEqual(['INVALID_IDEMPOTENCY_KEY']);
    }
  });

  it('search "\\u0000" is refused instead of matching every customer', async () => {
    const answer = await post('analyst', 'query ($search: String) { customers(filter: { search: $search }) { totalCount } }', { search: '\u0000' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.map((error) => error.extensions)).toEqual([{ code: 'BAD_USER_INPUT', argumentName: '$search' }]);
  });

  it('PAYMENT_EXCEEDS_BALANCE names the balance as a decimal amount with its currency', async () => {
    const before = await post<{ invoice: { balance: { amount: string; currency: string } } }>(
      'finance',
      'query ($id: ID!) { invoice(id: $id) { balance { amount currency } } }',
      { id: toHubId('Invoice', 'INV-100002') },
    );
    expect(before.body.data?.invoice.balance).toEqual({ amount: '20000.00', currency: 'USD' });
    const answer = await mutate('finance', 'recordPayment', { invoiceId: toHubId('Invoice', 'INV-100002'), amount: '20000.01' });
    expect(answer.body.data?.recordPayment.userErrors).toEqual([
      { code: 'PAYMENT_EXCEEDS_BALANCE', message: 'The payment of 20000.01 USD passes the open balance of 20000.00 USD', field: ['input', 'amount'] },
    ]);
  });

  it("the ERP's own refusal (a payment that lost a race) names the balance the same way", async () => {
    const finance = testHub.subgraphs.find((served) => served.name === 'finance')!;
    const response = await fetch(finance.url.replace(/\/graphql$/, '/system/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
      body: JSON.stringify({
        query:
          'mutation ($request: SystemRequest!, $id: ID!) { recordPayment(request: $request, invoiceId: $id, amount: "39055.01", paymentDate: "2026-11-15") { userErrors { code message field } } }',
        variables: { request: { requestKey: key(), correlationId: 'props-race' }, id: hub.firstInvoice },
      }),
    });
    expect(await response.json()).toEqual({
      data: {
        recordPayment: {
          userErrors: [
            { code: 'PAYMENT_EXCEEDS_BALANCE', message: 'The payment must be more than 0 and at most the balance of 700.00 USD', field: ['amount'] },
          ],
        },
      },
    });
  });

  it("the CRM holds a contract's value to the bound inside its own write, whatever the callers validated", async () => {
    const customers = testHub.subgraphs.find((served) => served.name === 'customers')!;
    const system = async (field: 'amendContract' | 'revertContractAmendment', changeOrder: string, delta?: string) => {
      const response = await fetch(customers.url.replace(/\/graphql$/, '/system/graphql'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
        body: JSON.stringify({
          query: `mutation ($request: SystemRequest!, $contract: ID!, $order: ID!${delta ? ', $delta: Decimal!' : ''}) { ${field}(request: $request, contractId: $contract, changeOrderId: $order${delta ? ', deltaValue: $delta' : ''}) { userErrors { code field } } }`,
          variables: {
            request: { requestKey: key(), correlationId: 'props-bound' },
            contract: hub.acmeErpContract,
            order: toHubId('ChangeOrder', changeOrder),
            ...(delta ? { delta } : {}),
          },
        }),
      });
      const body = (await response.json()) as { data?: Record<string, { userErrors: unknown[] }>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data![field].userErrors;
    };
    // Each delta is within the bound alone; together they would pass it.
    expect(await system('amendContract', 'CO-900001', '600000000.00')).toEqual([]);
    expect(await system('amendContract', 'CO-900002', '600000000.00')).toEqual([{ code: 'BOOKINGS_OVER_LIMIT', field: ['deltaValue'] }]);
    expect(await system('revertContractAmendment', 'CO-900001')).toEqual([]);
  });

  it('payments recorded through the API are numbered like the seeded ones (PAY-NNNNNN)', async () => {
    const answer = await mutate('finance', 'recordPayment', { invoiceId: toHubId('Invoice', 'INV-100002'), amount: '1.00' });
    expect(answer.body.data?.recordPayment).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const nativeIds = (answer.body.data?.recordPayment.invoice?.payments ?? []).map((payment) => tryNativeId('Payment', payment.id));
    expect(nativeIds).toHaveLength(1);
    expect(nativeIds[0]).toMatch(/^PAY-\d{6}$/);
    expect(nativeIds[0]).not.toBe('PAY-000001');
  });
});

describe('generated extremes in every governed mutation', () => {
  it('assignConsultant', async () => {
    await fc.assert(
      fc.asyncProperty(
        mostly(knownRole, hostileText),
        mostly(dayIn('2026-12-28', '2027-01-31'), hostileDate),
        mostly(dayIn('2027-02-01', '2027-02-18'), hostileDate),
        mostly(fc.integer({ min: 1, max: 5 }), fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constantFrom(0, 2_147_483_647, -2_147_483_648))),
        async (role, startDate, endDate, allocationPct) => {
          const answer = await mutate('delivery', 'assignConsultant', {
            projectId: hub.dataProject,
            consultantId: hub.grace,
            role,
            startDate,
            endDate,
            allocationPct,
          });
          if (outcomeOf(answer, 'assignConsultant') === 'accepted') {
            // The data project runs 2026-08-15 to 2027-02-15.
            expect([startDate >= '2026-08-15', startDate <= endDate, endDate <= '2027-02-15']).toEqual([true, true, true]);
            await expectReadable(hub.dataProject);
          }
        },
      ),
      RUNS,
    );
  });

  it('logTime', async () => {
    await fc.assert(
      fc.asyncProperty(
        mostly(dayIn('2026-07-25', '2027-01-05'), hostileDate),
        mostly(centsText(300), hostileDecimal),
        fc.option(mostly(plausibleText, hostileText)),
        fc.boolean(),
        async (date, hours, notes, billable) => {
          const answer = await mutate('delivery', 'logTime', { projectId: hub.erpProject, consultantId: hub.ada, date, hours, billable, notes });
          if (outcomeOf(answer, 'logTime') === 'accepted') {
            expect(answer.body.data?.logTime.timeEntry?.notes).toBe(notes);
            // The ERP project runs 2026-08-01 to 2026-12-31.
            expect([date >= '2026-08-01', date <= '2026-12-31']).toEqual([true, true]);
            await expectReadable(hub.erpProject);
          }
        },
      ),
      RUNS,
    );
  });

  it('recordWorklog, then syncWorklog of every accepted one, and updateWorkItemStatus', async () => {
    const workItem = toHubId('WorkItem', 'ACME-1');
    const hostileId = fc.oneof(hostileText, fc.constantFrom(toHubId('WorkItem', 'ACME-999'), toHubId('Project', ERP_PROJECT), 'wki_'));
    await fc.assert(
      fc.asyncProperty(
        mostly(fc.constant(workItem), hostileId),
        mostly(dayIn('2026-07-25', '2027-01-05'), hostileDate),
        mostly(centsText(300), hostileDecimal),
        fc.option(mostly(plausibleText, hostileText)),
        mostly(fc.constantFrom('OPEN', 'IN_PROGRESS', 'DONE'), hostileText),
        async (workItemId, date, hours, comment, status) => {
          const recorded = await mutate('delivery', 'recordWorklog', { workItemId, consultantId: hub.ada, date, hours, comment });
          if (outcomeOf(recorded, 'recordWorklog') === 'accepted') {
            const worklogId = recorded.body.data?.recordWorklog.worklog?.id as string;
            const read = await post<{ worklog: { hours: string; comment: string | null } | null }>(
              'finance',
              'query ($id: ID!) { worklog(id: $id) { hours comment } }',
              {
                id: worklogId,
              },
            );
            expect(read.body.errors).toBeUndefined();
            expect(read.body.data?.worklog?.comment ?? null).toBe(comment);
            // The hub syncs it on its own too; by hand, under logTime's rules, a second time is refused and writes nothing.
            outcomeOf(await mutate('delivery', 'syncWorklog', { worklogId }), 'syncWorklog');
            outcomeOf(await mutate('delivery', 'syncWorklog', { worklogId }), 'syncWorklog');
            await expectReadable(hub.erpProject);
          }
          outcomeOf(await mutate('delivery', 'updateWorkItemStatus', { workItemId, status }), 'updateWorkItemStatus');
        },
      ),
      RUNS,
    );
    // Never two timecards of one worklog, whichever sync got there first; each synced worklog keeps its own.
    const linked = await opened.projects.all<{ source_ref: string; n: number }>(
      'SELECT source_ref, COUNT(*) AS n FROM time_entry WHERE source_ref IS NOT NULL GROUP BY source_ref',
    );
    expect(linked.filter((row) => Number(row.n) !== 1)).toEqual([]);
    const synced = await opened.delivery.all<{ id: string; time_entry_ref: string }>('SELECT id, time_entry_ref FROM worklog WHERE time_entry_ref IS NOT NULL');
    const entryOf = new Map(
      (await opened.projects.all<{ id: string; source_ref: string }>('SELECT id, source_ref FROM time_entry WHERE source_ref IS NOT NULL')).map((row) => [
        row.source_ref,
        row.id,
      ]),
    );
    for (const worklog of synced) expect(entryOf.get(worklog.id), worklog.id).toBe(worklog.time_entry_ref);
  });

  it('submitChangeOrder, then approveChangeOrder of every accepted one', async () => {
    const role = fc.record({
      role: mostly(knownRole, hostileText),
      hours: mostly(centsText(100_000), hostileDecimal),
      startDate: fc.option(mostly(dayIn('2026-08-01', '2026-10-31'), hostileDate)),
      endDate: fc.option(mostly(dayIn('2026-11-01', '2026-12-31'), hostileDate)),
    });
    const signed = (arbitrary: fc.Arbitrary<string>) => fc.tuple(fc.boolean(), arbitrary).map(([negative, text]) => (negative ? `-${text}` : text));
    await fc.assert(
      fc.asyncProperty(
        mostly(plausibleText, hostileText),
        mostly(signed(centsText(100_000_000)), hostileDecimal),
        mostly(signed(centsText(10_000)), hostileDecimal),
        fc.array(role, { maxLength: 2 }),
        async (reason, deltaBookings, deltaBudgetHours, addedRoles) => {
          const submitted = await mutate('delivery', 'submitChangeOrder', { projectId: hub.erpProject, reason, deltaBookings, deltaBudgetHours, addedRoles });
          if (outcomeOf(submitted, 'submitChangeOrder') === 'refused') return;
          await expectReadable(hub.erpProject);
          const approved = await mutate('finance', 'approveChangeOrder', { changeOrderId: submitted.body.data?.submitChangeOrder.changeOrder?.id });
          outcomeOf(approved, 'approveChangeOrder');
          await expectReadable(hub.erpProject);
        },
      ),
      RUNS,
    );
  });

  it('recordPayment', async () => {
    await fc.assert(
      fc.asyncProperty(
        mostly(centsText(20_000), hostileDecimal),
        fc.constantFrom(hub.firstInvoice, toHubId('Invoice', 'INV-100002'), toHubId('Invoice', 'INV-100003')),
        async (amount, invoiceId) => {
          const answer = await mutate('finance', 'recordPayment', { invoiceId, amount });
          if (outcomeOf(answer, 'recordPayment') === 'accepted') await expectReadable(hub.erpProject);
        },
      ),
      RUNS,
    );
  });

  it('changeProjectStatus and completeMilestone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(mostly(plausibleText, hostileText)),
        fc.constantFrom('ON_HOLD', 'ACTIVE'),
        fc.option(mostly(dayIn('2026-08-15', '2027-02-15'), hostileDate)),
        async (reason, status, actualDate) => {
          const changed = await mutate('delivery', 'changeProjectStatus', { projectId: hub.dataProject, status, reason });
          if (outcomeOf(changed, 'changeProjectStatus') === 'accepted') await expectReadable(hub.dataProject);
          const completed = await mutate('delivery', 'completeMilestone', { milestoneId: toHubId('Milestone', 'MS-000002'), actualDate });
          if (outcomeOf(completed, 'completeMilestone') === 'accepted') await expectReadable(hub.dataProject);
        },
      ),
      RUNS,
    );
  });
});

describe('generated extremes in every filter argument', () => {
  const FILTERS = `query ($text: String, $date: Date, $to: Date, $instant: DateTime) {
    customers(filter: { search: $text, region: $text, industry: $text }) { totalCount }
    projects(filter: { practice: $text, region: $text }) { totalCount }
    portfolio(filter: { practice: $text, region: $text, from: $date, to: $to }) { projectCount bookings { amount } utilization }
    consultants(filter: { skill: $text, practice: $text, location: $text, availableFrom: $date, availableTo: $to }) { totalCount }
    workflows(filter: { type: $text }) { totalCount }
    exceptions(filter: { status: $text }) { totalCount }
    auditLog(filter: { actor: $text, from: $instant }) { totalCount }
  }`;
  const hostileInstant = fc.oneof(
    hostileDate.map((date) => `${date}T00:00:00Z`),
    fc.constantFrom('2026-11-02T25:00:00Z', '2026-11-02T10:00:00', '2026-11-02T10:00:00+14:00', '2026-11-02T10:00:00.123456789-05:30', '0000-01-01T00:00:00Z'),
  );

  it('text, dates and instants: a coded refusal or an answer, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(mostly(plausibleText, hostileText)),
        fc.option(mostly(dayIn('2026-08-01', '2026-12-31'), hostileDate)),
        fc.option(hostileDate),
        fc.option(hostileInstant),
        async (text, date, to, instant) => {
          const answer = await post('analyst', FILTERS, { text, date, to, instant });
          expect(JSON.stringify(answer.body)).not.toContain('INTERNAL_SERVER_ERROR');
          if (answer.status === 400) {
            for (const error of answer.body.errors ?? []) expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(error.extensions?.code);
            return;
          }
          expect(answer.status).toBe(200);
          for (const error of answer.body.errors ?? []) expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        },
      ),
      { numRuns: 30 },
    );
  });
});
