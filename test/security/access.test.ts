/**
 * Field and row rules per role, through the real gateway (and straight to the subgraphs, as an
 * attacker with a valid token would): role × sensitive field × expected outcome, and a portal user
 * confined to its own customer with no existence leak through ids, lists, counts or lookups.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../platform/auth.ts';
import { ACME, ERP_PROJECT, fillFixture, GLOBEX, hub, insertParkedWorkflow } from '../support/fixture.ts';
import { authorizationAs, startTestHub, type GraphQLResult, type TestHub } from '../support/hub.ts';

let testHub: TestHub;

/** A failed workflow about Acme, parked in the exception queue. */
const FAILED_WORKFLOW = 'wf_access_test';
const EXCEPTION = 'exc_access_test';

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (stores) => {
      await fillFixture(stores);
      await insertParkedWorkflow(stores, { workflowId: FAILED_WORKFLOW, exceptionId: EXCEPTION, correlationId: 'access-test' });
    },
  });
});

afterAll(async () => {
  await testHub?.stop();
});

type Caller = Role | 'portal-acme' | 'portal-globex';

async function headersOf(caller: Caller): Promise<Record<string, string>> {
  if (caller === 'portal-acme') return authorizationAs('portal', hub.acme);
  if (caller === 'portal-globex') return authorizationAs('portal', hub.globex);
  return authorizationAs(caller);
}

async function queryAs<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  return testHub.query<T>(query, variables, await headersOf(caller));
}

/** Reads the value at a dotted path of `data`. */
function at(data: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string | number, unknown>)[key]), data);
}

interface SensitiveField {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Where the field is in the response. */
  path: (string | number)[];
  /** A sibling that every caller who reaches the parent may read: the rest of the query answers. */
  control: (string | number)[];
  allowed: readonly Caller[];
}

const PROJECT_FINANCIALS = (field: string) => `query($id: ID!) { project(id: $id) { name financials { billedToDate { amount } ${field} } } }`;
const PORTFOLIO = (field: string) => `{ portfolio { projectCount ${field} } }`;
const MANAGER = (field: string) => `query($id: ID!) { project(id: $id) { name projectManager { name ${field} } } }`;

const COST_READERS: readonly Caller[] = ['admin', 'analyst', 'finance'];
const RATE_READERS: readonly Caller[] = ['admin', 'finance'];
const STAFF: readonly Caller[] = ['admin', 'analyst', 'delivery', 'finance'];

const SENSITIVE_FIELDS: SensitiveField[] = [
  {
    name: 'ProjectFinancials.costToDate',
    query: PROJECT_FINANCIALS('costToDate { amount }'),
    variables: { id: hub.erpProject },
    path: ['project', 'financials', 'costToDate'],
    control: ['project', 'financials', 'billedToDate'],
    allowed: COST_READERS,
  },
  {
    name: 'ProjectFinancials.margin',
    query: PROJECT_FINANCIALS('margin { amount }'),
    variables: { id: hub.erpProject },
    path: ['project', 'financials', 'margin'],
    control: ['project', 'financials', 'billedToDate'],
    allowed: COST_READERS,
  },
  {
    name: 'ProjectFinancials.marginPct',
    query: PROJECT_FINANCIALS('marginPct'),
    variables: { id: hub.erpProject },
    path: ['project', 'financials', 'marginPct'],
    control: ['project', 'financials', 'billedToDate'],
    allowed: COST_READERS,
  },
  {
    name: 'ProjectFinancials.burnPct',
    query: PROJECT_FINANCIALS('burnPct'),
    variables: { id: hub.erpProject },
    path: ['project', 'financials', 'burnPct'],
    control: ['project', 'financials', 'billedToDate'],
    allowed: COST_READERS,
  },
  {
    name: 'PortfolioSummary.cost',
    query: PORTFOLIO('cost { amount }'),
    path: ['portfolio', 'cost'],
    control: ['portfolio', 'projectCount'],
    allowed: COST_READERS,
  },
  {
    name: 'PortfolioSummary.margin',
    query: PORTFOLIO('margin { amount }'),
    path: ['portfolio', 'margin'],
    control: ['portfolio', 'projectCount'],
    allowed: COST_READERS,
  },
  {
    name: 'PortfolioSummary.marginPct',
    query: PORTFOLIO('marginPct'),
    path: ['portfolio', 'marginPct'],
    control: ['portfolio', 'projectCount'],
    allowed: COST_READERS,
  },
  {
    name: 'Consultant.costRate',
    query: MANAGER('costRate { amount }'),
    variables: { id: hub.erpProject },
    path: ['project', 'projectManager', 'costRate'],
    control: ['project', 'projectManager', 'name'],
    allowed: RATE_READERS,
  },
  {
    name: 'Consultant.costRateHistory',
    query: MANAGER('costRateHistory { amount { amount } }'),
    variables: { id: hub.erpProject },
    path: ['project', 'projectManager', 'costRateHistory'],
    control: ['project', 'projectManager', 'name'],
    allowed: RATE_READERS,
  },
  {
    name: 'Consultant.utilization',
    query: MANAGER('utilization(from: "2026-09-01", to: "2026-09-30") { utilization }'),
    variables: { id: hub.erpProject },
    path: ['project', 'projectManager', 'utilization'],
    control: ['project', 'projectManager', 'name'],
    allowed: STAFF,
  },
  { name: 'Workflow.exception (via Query.exception)', query: '{ exception(id: "exc_none") { id } }', path: ['exception'], control: [], allowed: STAFF },
];

const CALLERS: readonly Caller[] = ['admin', 'analyst', 'delivery', 'finance', 'portal-acme'];

describe('field rules: role × sensitive field', () => {
  const matrix = SENSITIVE_FIELDS.flatMap((field) => CALLERS.map((caller) => ({ field, caller, allowed: field.allowed.includes(caller) })));
  it.each(matrix.map((row) => [row.field.name, row.caller, row.allowed ? 'reads it' : 'gets null + FORBIDDEN', row] as const))(
    '%s as %s: %s',
    async (_name, caller, _outcome, { field, allowed }) => {
      const result = await queryAs(caller, field.query, field.variables);
      if (field.control.length) expect(at(result.data, field.control), 'the rest of the query answers').not.toBeNull();
      if (allowed) {
        expect(result.errors).toBeUndefined();
        if (field.name !== 'Workflow.exception (via Query.exception)') expect(at(result.data, field.path)).not.toBeNull();
        return;
      }
      expect(at(result.data, field.path)).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]).toMatchObject({ path: field.path, extensions: { code: 'FORBIDDEN' } });
    },
  );

  it('refuses the exception queue and the audit log to a portal user and gives them to staff', async () => {
    for (const field of ['exceptions', 'auditLog']) {
      const refused = await queryAs('portal-acme', `{ ${field}(first: 5) { totalCount } }`);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({ path: [field], extensions: { code: 'FORBIDDEN' } });
      const allowed = await queryAs('delivery', `{ ${field}(first: 5) { totalCount } }`);
      expect(allowed.errors).toBeUndefined();
    }
  });

  it('keeps the cost inputs of the finance KPIs out of the public graph', async () => {
    const result = await queryAs('admin', `query($id: ID!) { project(id: $id) { deliveryTotals { cost { amount } } } }`, { id: hub.erpProject });
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

/** POSTs straight to a subgraph, as a caller holding a valid user token but not the gateway's credential. */
async function subgraphQuery(
  service: string,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult<Record<string, unknown>>> {
  const subgraph = testHub.subgraphs.find((candidate) => candidate.name === service);
  if (!subgraph) throw new Error(`no subgraph ${service}`);
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await headersOf(caller)) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<Record<string, unknown>>;
}

describe('subgraphs called directly', () => {
  it('refuse the hidden cost inputs to anyone but the gateway, whatever the role', async () => {
    const result = await subgraphQuery('projects', 'admin', `query($id: ID!) { project(id: $id) { name deliveryTotals { cost { amount } } } }`, {
      id: hub.erpProject,
    });
    expect(result.data?.project).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ path: ['project', 'deliveryTotals'], extensions: { code: 'FORBIDDEN' } });
  });

  it('keep their SDL (_service) for the gateway', async () => {
    const result = await subgraphQuery('finance', 'admin', '{ _service { sdl } }');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ path: ['_service'], extensions: { code: 'FORBIDDEN' } });
  });

  it('apply the same field rules as through the gateway', async () => {
    const result = await subgraphQuery('resources', 'analyst', `query($id: ID!) { consultant(id: $id) { name costRate { amount } } }`, { id: hub.ada });
    expect(result.data).toEqual({ consultant: { name: 'Ada Lovelace', costRate: null } });
    expect(result.errors?.[0]).toMatchObject({ path: ['consultant', 'costRate'], extensions: { code: 'FORBIDDEN' } });
  });

  it.each([
    ['projects', 'Project', hub.erpProject, 'name'],
    ['customers', 'Customer', hub.acme, 'name'],
    ['customers', 'Opportunity', hub.acmeErpDeal, 'name'],
    ['customers', 'Contract', hub.acmeErpContract, 'number'],
    ['finance', 'Invoice', hub.firstInvoice, 'number'],
  ])('resolve another customer’s %s %s through _entities as null', async (service, type, id, field) => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { ${field} } } }`;
    const representations = [{ __typename: type, id }];
    const own = await subgraphQuery(service, 'portal-acme', query, { r: representations });
    expect(own.errors).toBeUndefined();
    expect(own.data?._entities).toEqual([expect.anything()]);
    const foreign = await subgraphQuery(service, 'portal-globex', query, { r: representations });
    expect(foreign).toEqual({ data: { _entities: [null] } });
  });

  it('never resolve an exception for a portal user, even its own customer’s, even through _entities', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on WorkflowException { id cause } } }`;
    const representations = [{ __typename: 'WorkflowException', id: EXCEPTION }];
    expect(await subgraphQuery('workflows', 'finance', query, { r: representations })).toEqual({
      data: { _entities: [{ id: EXCEPTION, cause: 'ERP refused the posting' }] },
    });
    expect(await subgraphQuery('workflows', 'portal-acme', query, { r: representations })).toEqual({ data: { _entities: [null] } });
  });

  it('give another customer’s invoices, receivables and projects as empty, like an unknown customer', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { invoices { number } receivables { balance { amount } } } } }`;
    const foreign = await subgraphQuery('finance', 'portal-globex', query, { r: [{ __typename: 'Customer', id: hub.acme }] });
    expect(foreign).toEqual({ data: { _entities: [{ invoices: [], receivables: null }] } });
    const projects = await subgraphQuery(
      'projects',
      'portal-globex',
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { projects { name } } } }`,
      {
        r: [{ __typename: 'Customer', id: hub.acme }],
      },
    );
    expect(projects).toEqual({ data: { _entities: [{ projects: [] }] } });
  });
});

describe('row isolation for portal users through the gateway', () => {
  it('answers another customer’s entities by hub id exactly as unknown ones', async () => {
    const query = `query($p: ID!, $c: ID!, $i: ID!, $o: ID!, $k: ID!) {
      project(id: $p) { name } customer(id: $c) { name } invoice(id: $i) { number } opportunity(id: $o) { name } contract(id: $k) { number } }`;
    const foreign = await queryAs('portal-globex', query, { p: hub.erpProject, c: hub.acme, i: hub.firstInvoice, o: hub.acmeErpDeal, k: hub.acmeErpContract });
    expect(foreign).toEqual({ data: { project: null, customer: null, invoice: null, opportunity: null, contract: null } });
    const own = await queryAs('portal-acme', query, { p: hub.erpProject, c: hub.acme, i: hub.firstInvoice, o: hub.acmeErpDeal, k: hub.acmeErpContract });
    expect(own.errors).toBeUndefined();
    expect(own.data).toMatchObject({ project: { name: 'Acme ERP rollout' }, customer: { name: 'Acme Corp' }, invoice: { number: 'OG-2026-000001' } });
  });

  it('lists and counts only the caller’s own customer, even when a filter names another', async () => {
    const query = `query($c: ID) {
      customers(first: 50) { totalCount edges { node { name } } }
      projects(first: 50, filter: { customerId: $c }) { totalCount edges { node { name } } }
      invoices(first: 50, filter: { customerId: $c }) { totalCount }
      opportunities(first: 50, filter: { customerId: $c }) { totalCount }
      workflows(first: 50) { totalCount }
      portfolio(filter: { customerId: $c }) { projectCount bookings { amount } }
    }`;
    const globexAskingForAcme = await queryAs('portal-globex', query, { c: hub.acme });
    expect(globexAskingForAcme.errors).toBeUndefined();
    expect(globexAskingForAcme.data).toEqual({
      customers: { totalCount: 1, edges: [{ node: { name: 'Globex' } }] },
      projects: { totalCount: 0, edges: [] },
      invoices: { totalCount: 0 },
      opportunities: { totalCount: 0 },
      workflows: { totalCount: 0 },
      portfolio: { projectCount: 0, bookings: { amount: '0.00' } },
    });
    const globexOwn = await queryAs('portal-globex', query, { c: null });
    expect(globexOwn.data).toMatchObject({
      customers: { totalCount: 1, edges: [{ node: { name: 'Globex' } }] },
      projects: { totalCount: 0 },
      opportunities: { totalCount: 1 },
    });
    const acmeOwn = await queryAs('portal-acme', query, { c: null });
    expect(acmeOwn.errors).toBeUndefined();
    expect(acmeOwn.data).toMatchObject({
      customers: { totalCount: 1 },
      projects: { totalCount: 2 },
      invoices: { totalCount: 3 },
      portfolio: { projectCount: 2 },
    });
    const analyst = await queryAs('analyst', query, { c: null });
    expect(analyst.data).toMatchObject({ customers: { totalCount: 2 } });
  });

  it('shows a workflow only to its own customer’s portal users, without its exception', async () => {
    const query = `query($id: ID!) { workflow(id: $id) { id status exception { cause } } }`;
    const own = await queryAs('portal-acme', query, { id: FAILED_WORKFLOW });
    expect(own.data).toEqual({ workflow: { id: FAILED_WORKFLOW, status: 'FAILED', exception: null } });
    expect(own.errors?.[0]).toMatchObject({ path: ['workflow', 'exception'], extensions: { code: 'FORBIDDEN' } });
    expect(await queryAs('portal-globex', query, { id: FAILED_WORKFLOW })).toEqual({ data: { workflow: null } });
    const staff = await queryAs('delivery', query, { id: FAILED_WORKFLOW });
    expect(staff).toEqual({ data: { workflow: { id: FAILED_WORKFLOW, status: 'FAILED', exception: { cause: 'ERP refused the posting' } } } });
  });

  it('finds by external id only what the caller’s own customer owns', async () => {
    const query = `query($s: SourceSystem!, $n: String!) { entityByExternalRef(system: $s, nativeId: $n) { __typename ... on Customer { name } ... on Project { name } ... on Invoice { number } } }`;
    const acmeEntities: [string, string, Record<string, unknown>][] = [
      ['CRM', ACME, { __typename: 'Customer', name: 'Acme Corp' }],
      ['ERP', 'CUST-10001', { __typename: 'Customer', name: 'Acme Corp' }],
      ['PSA', ERP_PROJECT, { __typename: 'Project', name: 'Acme ERP rollout' }],
      ['ERP', 'INV-100001', { __typename: 'Invoice', number: 'OG-2026-000001' }],
    ];
    for (const [system, nativeId, entity] of acmeEntities) {
      expect(await queryAs('portal-acme', query, { s: system, n: nativeId })).toEqual({ data: { entityByExternalRef: entity } });
      expect(await queryAs('portal-globex', query, { s: system, n: nativeId })).toEqual({ data: { entityByExternalRef: null } });
      expect(await queryAs('analyst', query, { s: system, n: nativeId })).toEqual({ data: { entityByExternalRef: entity } });
    }
    expect(await queryAs('portal-globex', query, { s: 'CRM', n: GLOBEX })).toEqual({
      data: { entityByExternalRef: { __typename: 'Customer', name: 'Globex' } },
    });
    // Consultants belong to no customer: staff find them, portal users do not.
    expect(await queryAs('portal-acme', `{ entityByExternalRef(system: HCM, nativeId: "W-00001") { __typename } }`)).toEqual({
      data: { entityByExternalRef: null },
    });
    expect(await queryAs('analyst', `{ entityByExternalRef(system: HCM, nativeId: "W-00001") { __typename } }`)).toEqual({
      data: { entityByExternalRef: { __typename: 'Consultant' } },
    });
  });

  it('hides the staff directory from portal users but names the people on their own project', async () => {
    const directory = await queryAs('portal-acme', '{ consultants(first: 5) { totalCount } }');
    expect(directory.data).toBeNull();
    expect(directory.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const team = await queryAs('portal-acme', `query($id: ID!) { project(id: $id) { assignments { consultant { name } } } }`, { id: hub.erpProject });
    expect(team.errors).toBeUndefined();
    expect(team.data).toEqual({ project: { assignments: [{ consultant: { name: 'Ada Lovelace' } }, { consultant: { name: 'Grace Hopper' } }] } });
  });

  it('treats a portal token without a customer as seeing nothing', async () => {
    const result = await testHub.query(`{ projects(first: 5) { totalCount } customers(first: 5) { totalCount } }`, {}, await authorizationAs('portal'));
    expect(result).toEqual({ data: { projects: { totalCount: 0 }, customers: { totalCount: 0 } } });
  });
});
