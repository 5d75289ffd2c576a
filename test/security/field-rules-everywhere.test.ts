/**
 * Field rules hold everywhere a restricted value can surface, not only on the field that declares
 * it: after real workflows (approved time posts cost; a failing ERP parks a workflow), every role
 * walks the audit trail, the workflows with their steps and exceptions, the exception queue, the
 * live workflow and exception events, every error message and the time entries' rate fields, and
 * finds a consultant's cost rate and a timecard's bill rate only as admin or finance and a cost
 * posting's amount only as admin, analyst or finance. Portal users see the consultants staffed on
 * their customer's projects (name and title), never the staff directory: not up the manager chain,
 * not through `_entities` straight to the resources subgraph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signToken } from '../../platform/auth.ts';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { REDACTED_KEY, resolveStoredFieldRules, STORED_FIELD_RULES } from '../../subgraphs/workflows/field-rules.ts';
import { fillFixture, hub } from '../support/fixture.ts';
import { startTestHub, type GraphQLResult, type TestHub } from '../support/hub.ts';
import { waitFor, waitUpTo } from '../support/wait.ts';

const ROLES = ['admin', 'analyst', 'delivery', 'finance', 'portal'] as const;
type Caller = (typeof ROLES)[number];

/** Grace's cost rate (100.00 USD/h, 10000 minor units) as a stored timecard, a workflow plan and the public fields (Money) carry it. */
const COST_RATE = [/"cost_rate":10000\b/, /"costRate":"100\.00"/, /"costRate":10000\b/, /"costRate":\{"amount":"100\.00"/];
/** Grace's bill rate (200.00 USD/h) as the timecard stores it and TimeEntry.billRate / expectedBillRate show it. */
const BILL_RATE = [/"bill_rate":20000\b/, /"(billRate|expectedBillRate)":\{"amount":"200\.00"/];
/** The cost posted for Grace's 4 h at 100.00 (400.00 USD), as the ERP's cost posting and the step's result carry it. */
const COST_AMOUNT = [/"amount":40000\b/, /"costTotal"/];

const SEES_RATES: readonly Caller[] = ['admin', 'finance'];
const SEES_COST: readonly Caller[] = ['admin', 'analyst', 'finance'];

const WORKFLOW_FIELDS = `id type status correlationId actor startedAt finishedAt userErrors { code message field }
  steps { name system status attempts lastError }
  exception { id status step system cause amount { amount currency } customer { id } project { id } resolutionNote }`;
const EXCEPTION_FIELDS = `id status step system cause amount { amount currency } raisedAt resolvedBy resolutionNote
  workflow { id status userErrors { code message field } steps { name status lastError } }`;

let testHub: TestHub;
let wsUrl: string;
let erpDown = false;
/** The PSA's and HCM's connector calls, as `service.method`. */
const connectorCalls: string[] = [];
const tokens = {} as Record<Caller | 'globexPortal' | 'noCustomerPortal', string>;
const clients: Client[] = [];
const timecard = toHubId('TimeEntry', 'TC-0000006');
const linus = toHubId('Consultant', 'W-00003');

beforeAll(async () => {
  testHub = await startTestHub({
    fill: fillFixture,
    // The only doubles: the ERP connector, refusing connections while `erpDown` is set, and the
    // PSA's and HCM's, counting their calls.
    wrapConnector: (service, connector) =>
      service === 'projects' || service === 'resources'
        ? new Proxy(connector, {
            get(target, property, receiver) {
              const value = Reflect.get(target, property, receiver);
              if (typeof value !== 'function') return value;
              return (...args: unknown[]) => {
                connectorCalls.push(`${service}.${String(property)}`);
                return value.apply(target, args);
              };
            },
          })
        : service !== 'finance'
          ? connector
          : new Proxy(connector, {
              get(target, property, receiver) {
                const value = Reflect.get(target, property, receiver);
                if (property !== 'postTime' || typeof value !== 'function') return value;
                return (...args: unknown[]) => (erpDown ? Promise.reject(new Error('ERP connection refused')) : value.apply(target, args));
              },
            }),
  });
  wsUrl = testHub.url.replace(/^http/, 'ws');
  for (const role of ROLES) tokens[role] = await signToken({ sub: `rules-${role}`, roles: [role], customerId: role === 'portal' ? hub.acme : null });
  tokens.globexPortal = await signToken({ sub: 'rules-globex', roles: ['portal'], customerId: hub.globex });
  tokens.noCustomerPortal = await signToken({ sub: 'rules-nobody', roles: ['portal'], customerId: null });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await testHub?.stop();
});

const headers = (caller: keyof typeof tokens) => ({ authorization: `Bearer ${tokens[caller]}` });
const queryAs = <T = Record<string, unknown>>(caller: keyof typeof tokens, query: string, variables: Record<string, unknown> = {}) =>
  testHub.query<T>(query, variables, headers(caller));

/** Everything a response shows, JSON inside strings (audit rows) unescaped, so a pattern finds a value wherever it sits. */
const textOf = (value: unknown) => JSON.stringify(value).replaceAll('\\"', '"');

/** What these tests read of a live workflow or exception event. */
interface LiveEvent {
  workflowUpdated?: { status: string };
  exceptionRaised?: { id: string };
}
/** One delivery of a subscription: an event, or the error that ended it. */
type Delivery = FormattedExecutionResult<LiveEvent, unknown> | { error: string; data?: undefined };

/** One graphql-ws client per role, with the workflow and exception events it receives (or its refusals). */
function subscribeAs(caller: Caller) {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${tokens[caller]}` },
    retryAttempts: 0,
    lazy: true,
  });
  clients.push(client);
  const collect = (query: string) => {
    const seen: Delivery[] = [];
    client.subscribe<LiveEvent>(
      { query },
      { next: (value) => void seen.push(value), error: (error) => void seen.push({ error: String(error) }), complete: () => undefined },
    );
    return seen;
  };
  // The exception subscription first: once the workflow one delivers, the socket has handled both.
  const exceptions = collect(`subscription { exceptionRaised { ${EXCEPTION_FIELDS} } }`);
  const workflows = collect(`subscription { workflowUpdated { ${WORKFLOW_FIELDS} } }`);
  return { role: caller, workflows, exceptions };
}

describe('the stored field rules', () => {
  it('declare every entity kind a system write reports, and follow the SDL for the columns they restrict', () => {
    const kinds = new Set<string>();
    for (const domain of readdirSync(new URL('../../subgraphs/', import.meta.url))) {
      let source: string;
      try {
        source = readFileSync(new URL(`../../subgraphs/${domain}/connector/writes.ts`, import.meta.url), 'utf8');
      } catch {
        continue;
      }
      for (const match of source.matchAll(/(?:entity: |change\()'([A-Za-z]+)'/g)) kinds.add(match[1]);
    }
    expect(kinds.size).toBeGreaterThan(10);
    expect([...kinds].filter((kind) => !(kind in STORED_FIELD_RULES))).toEqual([]);
    const resolved = resolveStoredFieldRules();
    expect(STORED_FIELD_RULES.TimeEntry).toEqual({ cost_rate: { field: 'Consultant.costRate' }, bill_rate: { field: 'TimeEntry.billRate' } });
    expect(Object.fromEntries(resolved.get('TimeEntry')!)).toEqual({ cost_rate: ['admin', 'finance'], bill_rate: ['admin', 'finance'] });
    expect(Object.fromEntries(resolved.get('CostPosting')!)).toEqual({ amount: ['admin', 'analyst', 'finance'] });
    expect(() => resolveStoredFieldRules({ TimeEntry: { cost_rate: { field: 'Consultant.name' } } })).toThrow(/Consultant.name has no @requiresRole/);
  });
});

describe('restricted values after real workflows, for every role', () => {
  const seen = Object.fromEntries(ROLES.map((role) => [role, [] as unknown[]])) as Record<Caller, unknown[]>;
  let exceptionId = '';

  beforeAll(async () => {
    // Live events first, for every role (portal and the roles a subscription refuses included).
    // Logged time is the probe: once every role that may watch workflows saw one, all are listening.
    const live = ROLES.map(subscribeAs);
    const watchers = live.filter(({ role }) => role !== 'portal');
    const allListening = () => watchers.every(({ workflows }) => workflows.some((result) => result.data));
    for (let probe = 1; !allListening(); probe++) {
      if (probe > 20) throw new Error('the workflow subscriptions never delivered');
      await queryAs('delivery', 'mutation ($input: LogTimeInput!) { logTime(input: $input) { userErrors { code } } }', {
        input: {
          projectId: hub.erpProject,
          consultantId: hub.ada,
          date: `2026-12-${String(probe).padStart(2, '0')}`,
          hours: '1',
          billable: false,
          idempotencyKey: `rules-probe-${probe}`,
        },
      });
      await testHub.flushEvents();
      // A subscription not yet listening missed this probe: the next one reaches it.
      await waitUpTo(allListening, { timeoutMs: 1_000, intervalMs: 25 });
    }

    // Approved time posts Grace's 4 h at cost to the ERP.
    const approved = await queryAs<{ approveTime: { workflow: { status: string } | null } }>(
      'delivery',
      `mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { ${WORKFLOW_FIELDS} } userErrors { code message field } } }`,
      {
        input: { timeEntryIds: [timecard], idempotencyKey: 'rules-approve' },
      },
    );
    expect(approved.data?.approveTime.workflow?.status).toBe('COMPLETED');
    seen.delivery.push(approved);
    // Logged time carries the cost rate in its plan; a failing ERP parks its approval with context.
    const logged = await queryAs<{ logTime: { timeEntry: { id: string } | null } }>(
      'delivery',
      `mutation ($input: LogTimeInput!) { logTime(input: $input) { workflow { ${WORKFLOW_FIELDS} } timeEntry { id } userErrors { code message field } } }`,
      {
        input: { projectId: hub.erpProject, consultantId: hub.grace, date: '2026-11-16', hours: '3', billable: true, idempotencyKey: 'rules-log' },
      },
    );
    const entryId = logged.data?.logTime.timeEntry?.id;
    seen.delivery.push(logged);
    await queryAs('delivery', 'mutation ($input: TimeEntriesInput!) { submitTime(input: $input) { userErrors { code } } }', {
      input: { timeEntryIds: [entryId], idempotencyKey: 'rules-submit' },
    });
    erpDown = true;
    const parked = await queryAs<{ approveTime: { workflow: { exception: { id: string } | null } | null } }>(
      'delivery',
      `mutation ($input: TimeEntriesInput!) { approveTime(input: $input) { workflow { ${WORKFLOW_FIELDS} } userErrors { code message field } } }`,
      {
        input: { timeEntryIds: [entryId], idempotencyKey: 'rules-approve-parked' },
      },
    );
    erpDown = false;
    expect(parked.data?.approveTime.workflow).toMatchObject({ status: 'FAILED', exception: { step: 'postErpTime', system: 'ERP' } });
    exceptionId = parked.data?.approveTime.workflow?.exception?.id ?? '';
    seen.delivery.push(parked);
    await testHub.flushEvents();

    // The parked approval reached every role allowed to watch it; the others were refused.
    const parkedEvent = (results: Delivery[]) => results.some((result) => result.data?.workflowUpdated?.status === 'FAILED');
    const exceptionEvent = (results: Delivery[]) => results.some((result) => result.data?.exceptionRaised?.id === exceptionId);
    await waitFor(
      () =>
        watchers.every(({ workflows }) => parkedEvent(workflows)) &&
        live.filter(({ role }) => SEES_RATES.includes(role)).every(({ exceptions }) => exceptionEvent(exceptions)),
      { what: 'the live workflow and exception events' },
    );
    for (const { role, workflows, exceptions } of live) {
      expect({ role, workflows: workflows.some((result) => result.data), exceptions: exceptions.some((result) => result.data) }).toEqual({
        role,
        workflows: role !== 'portal',
        exceptions: SEES_RATES.includes(role),
      });
      seen[role].push(...workflows, ...exceptions);
    }

    // Every read path, for every role.
    for (const role of ROLES) {
      seen[role].push(
        await queryAs(
          role,
          '{ auditLog(first: 200) { totalCount edges { node { entityType entityId action before after actorRoles workflow { id status } } } } }',
        ),
        await queryAs(role, `{ workflows(first: 50) { totalCount edges { node { ${WORKFLOW_FIELDS} } } } }`),
        await queryAs(role, `{ exceptions(first: 50) { totalCount edges { node { ${EXCEPTION_FIELDS} } } } }`),
        await queryAs(role, `query ($id: ID!) { exception(id: $id) { ${EXCEPTION_FIELDS} } }`, { id: exceptionId }),
        await queryAs(role, `query ($id: ID!) { consultant(id: $id) { name costRate { amount } costRateHistory { amount { amount } } } }`, { id: hub.grace }),
        await queryAs(role, `query ($id: ID!) { project(id: $id) { financials { costToDate { amount } margin { amount } } } }`, { id: hub.erpProject }),
        await queryAs(
          role,
          `query ($id: ID!) { project(id: $id) { timeEntries(first: 50) { edges { node { id billRate { amount } costRate { amount } expectedBillRate { amount } } } } } }`,
          { id: hub.erpProject },
        ),
      );
    }
  });

  it.each(ROLES)('%s finds the cost rate and bill rate only if admin or finance, and the cost only if admin, analyst or finance', (role) => {
    const text = textOf(seen[role]);
    const found = (patterns: RegExp[]) => patterns.some((pattern) => pattern.test(text));
    // Not vacuous: every role that may read the audit trail read the entries that hold the values.
    expect(['"entityType":"CostPosting"', '"entityType":"TimeEntry"'].map((entry) => text.includes(entry))).toEqual(
      role === 'portal' ? [false, false] : [true, true],
    );
    expect({ costRate: found(COST_RATE), billRate: found(BILL_RATE), cost: found(COST_AMOUNT) }).toEqual({
      costRate: SEES_RATES.includes(role),
      billRate: SEES_RATES.includes(role),
      cost: SEES_COST.includes(role),
    });
  });

  it.each(ROLES)('%s reads a timecard’s rates and the rate card’s through the graph only if admin or finance', async (role) => {
    const result = await queryAs(
      role,
      `query ($id: ID!) { project(id: $id) { timeEntries(first: 50) { edges { node { id billRate { amount } costRate { amount } expectedBillRate { amount } } } } } }`,
      { id: hub.erpProject },
    );
    const text = textOf(result);
    // Grace's timecards: 200.00 billed, 100.00 cost, and the Manager rate card at 200.00.
    expect({
      billRate: /"billRate":\{"amount":"200\.00"/.test(text),
      costRate: /"costRate":\{"amount":"100\.00"/.test(text),
      expectedBillRate: /"expectedBillRate":\{"amount":"200\.00"/.test(text),
      refusals: (result.errors ?? []).every((error) => error.extensions?.code === 'FORBIDDEN') && (result.errors?.length ?? 0) > 0,
    }).toEqual({
      billRate: SEES_RATES.includes(role),
      costRate: SEES_RATES.includes(role),
      expectedBillRate: SEES_RATES.includes(role),
      refusals: !SEES_RATES.includes(role),
    });
  });

  it.each(ROLES)('%s reads the audit trail with restricted columns nulled and named, never the whole entry refused', async (role) => {
    const result = await queryAs<{ auditLog: { edges: { node: { entityType: string; before: string | null; after: string | null } }[] } }>(
      role,
      `query ($id: ID!) { auditLog(first: 50, filter: { entityId: $id }) { edges { node { entityType before after } } } }`,
      { id: timecard },
    );
    if (role === 'portal') {
      expect(result).toEqual({
        data: null,
        errors: [expect.objectContaining({ path: ['auditLog'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })],
      });
      return;
    }
    expect(result.errors).toBeUndefined();
    const rows = result.data!.auditLog.edges.map(({ node }) => JSON.parse(node.after!) as Record<string, unknown>);
    // The approval, then the posting mark: both TimeEntry rows, both with the rates.
    expect(rows.map((row) => row.status)).toEqual(['Posted', 'Approved']);
    for (const row of rows) {
      if (SEES_RATES.includes(role)) {
        expect(row).toMatchObject({ cost_rate: 10000, bill_rate: 20000, hours: 400 });
        expect(row).not.toHaveProperty(REDACTED_KEY);
      } else {
        expect(row).toMatchObject({ cost_rate: null, bill_rate: null, hours: 400, [REDACTED_KEY]: ['cost_rate', 'bill_rate'] });
      }
    }
  });

  it.each(ROLES)('%s reads the cost posting of the approval only as the cost rules allow', async (role) => {
    const result = await queryAs<{ auditLog: { edges: { node: { entityType: string; after: string | null } }[] } }>(
      role,
      '{ auditLog(first: 200) { edges { node { entityType after } } } }',
    );
    if (role === 'portal') return expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const postings = result.data!.auditLog.edges.filter(({ node }) => node.entityType === 'CostPosting').map(({ node }) => JSON.parse(node.after!));
    expect(postings).toEqual([
      expect.objectContaining(
        SEES_COST.includes(role)
          ? { source: 'TIME', source_ref: expect.stringMatching(/^TC-0000006@v\d+$/), amount: 40000 }
          : { source: 'TIME', source_ref: expect.stringMatching(/^TC-0000006@v\d+$/), amount: null, [REDACTED_KEY]: ['amount'] },
      ),
    ]);
  });
});

describe('portal users and the staff directory', () => {
  const STAFF = `name title email manager { name email title capacity { timeOff { date } } } capacity { weeklyHours timeOff { date } }`;

  it('see the name and title of the consultants on their own projects, and nothing up the manager chain', async () => {
    const result = await queryAs('portal', `query ($id: ID!) { project(id: $id) { assignments { consultant { ${STAFF} } } } }`, { id: hub.erpProject });
    // Their availability on the project (days off) is theirs to plan with; contact details and the line are not.
    const consultant = (name: string, title: string, timeOff: string[]) => ({
      name,
      title,
      email: null,
      manager: null,
      capacity: { weeklyHours: '40.00', timeOff: timeOff.map((date) => ({ date })) },
    });
    expect(result.data).toEqual({
      project: {
        assignments: [
          { consultant: consultant('Ada Lovelace', 'Senior Consultant', ['2026-09-02', '2026-09-07']) },
          { consultant: consultant('Grace Hopper', 'Manager', []) },
        ],
      },
    });
    const refusals = (result.errors ?? []).map((error) => `${error.extensions?.code} ${error.path?.join('.')}`).sort();
    expect(refusals).toEqual(
      [0, 1].flatMap((index) => ['email', 'manager'].map((field) => `FORBIDDEN project.assignments.${index}.consultant.${field}`)).sort(),
    );
  });

  it('cost the PSA one staffing lookup per batch of consultants, not one per consultant', async () => {
    connectorCalls.length = 0;
    const result = await queryAs(
      'portal',
      `query ($id: ID!) { project(id: $id) { assignments { consultant { name } } timeEntries(first: 20) { edges { node { consultant { title } } } } } }`,
      { id: hub.erpProject },
    );
    expect(result.errors).toBeUndefined();
    const count = (call: string) => connectorCalls.filter((candidate) => candidate === call).length;
    // The gateway fetches the consultants of the assignments and of the time entries: one batch each
    // (no call at all for the workers the entity cache holds), and the portal's staffing rule runs on
    // every batch, cached records or not.
    expect(count('resources.workersByIds')).toBeLessThanOrEqual(2);
    expect(count('projects.assignmentsByWorkerIds')).toBe(2);
  });

  it('while staff still see the whole directory entry', async () => {
    const result = await queryAs(
      'delivery',
      `query ($id: ID!) { project(id: $id) { assignments { consultant { name email manager { name } capacity { timeOff { date } } } } } }`,
      { id: hub.erpProject },
    );
    expect(result).toEqual({
      data: {
        project: {
          assignments: [
            {
              consultant: {
                name: 'Ada Lovelace',
                email: 'ada@opsgraph.example',
                manager: { name: 'Linus Pauling' },
                capacity: { timeOff: [{ date: '2026-09-02' }, { date: '2026-09-07' }] },
              },
            },
            { consultant: { name: 'Grace Hopper', email: 'grace@opsgraph.example', manager: null, capacity: { timeOff: [] } } },
          ],
        },
      },
    });
  });

  /** POSTs straight to the resources subgraph with a user token (not the gateway's credential). */
  async function entities(caller: keyof typeof tokens, ids: string[], selection = 'name'): Promise<GraphQLResult<{ _entities: unknown[] }>> {
    const subgraph = testHub.subgraphs.find((candidate) => candidate.name === 'resources')!;
    const response = await fetch(subgraph.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers(caller) },
      body: JSON.stringify({
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Consultant { ${selection} } } }`,
        variables: { r: ids.map((id) => ({ __typename: 'Consultant', id })) },
      }),
    });
    return (await response.json()) as GraphQLResult<{ _entities: unknown[] }>;
  }

  it('resolve through _entities straight to the resources subgraph only the consultants on their projects', async () => {
    // Ada and Grace are staffed on Acme's projects; Linus (Ada's manager) on none; the last id is unknown.
    const ids = [hub.ada, hub.grace, linus, toHubId('Consultant', 'W-99999')];
    expect(await entities('portal', ids)).toEqual({ data: { _entities: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }, null, null] } });
    expect(await entities('globexPortal', ids)).toEqual({ data: { _entities: [null, null, null, null] } });
    expect(await entities('noCustomerPortal', ids)).toEqual({ data: { _entities: [null, null, null, null] } });
    expect(await entities('analyst', ids)).toEqual({
      data: { _entities: [{ name: 'Ada Lovelace' }, { name: 'Grace Hopper' }, { name: 'Linus Pauling' }, null] },
    });
  });

  it('never reach the manager chain through _entities either', async () => {
    const result = await entities('portal', [hub.ada], 'name manager { name } email');
    expect(result.data).toEqual({ _entities: [{ name: 'Ada Lovelace', manager: null, email: null }] });
    expect(result.errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([
      ['FORBIDDEN', '_entities.0.manager'],
      ['FORBIDDEN', '_entities.0.email'],
    ]);
  });
});
