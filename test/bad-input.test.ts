/** Bad input gets BAD_USER_INPUT naming the argument; unknown ids are null without an error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { fillFixture, hub, insertParkedWorkflow } from './support/fixture.ts';
import { authorizationAs, readerHeaders, startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';

let testHub: TestHub;

/** A failed workflow parked in the exception queue, for the resolution note tests. */
const FAILED_WORKFLOW = 'wf_bad_input_test';
const EXCEPTION = 'exc_bad_input_test';

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (stores) => {
      await fillFixture(stores);
      await insertParkedWorkflow(stores, { workflowId: FAILED_WORKFLOW, exceptionId: EXCEPTION, correlationId: 'bad-input-test' });
    },
  });
});

afterAll(async () => {
  await testHub?.stop();
});

function badInput(argumentName: string, path: string[]) {
  return expect.objectContaining({
    message: expect.stringContaining(`"${argumentName}"`),
    path,
    extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }),
  });
}

/** POSTs an operation as the default reader and returns the HTTP status with the body. */
async function post(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GraphQLResult<Record<string, unknown>> }> {
  const response = await fetch(testHub.url, { method: 'POST', headers: await readerHeaders(), body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as GraphQLResult<Record<string, unknown>> };
}

/** A variable refused while variables are coerced: 400, BAD_USER_INPUT naming the variable, nothing run. */
function badVariable(variable: string, type: string) {
  return {
    status: 400,
    body: {
      errors: [
        expect.objectContaining({
          message: expect.stringMatching(new RegExp(`^Variable "\\$${variable}" got invalid value .*${type}`)),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ],
    },
  };
}

describe('unknown ids', () => {
  it.each([
    ['project', toHubId('Project', 'PRJ-2026-9999')],
    ['customer', toHubId('Customer', '001000000000000AAA')],
    ['consultant', toHubId('Consultant', 'W-99999')],
    ['invoice', toHubId('Invoice', 'INV-999999')],
    ['opportunity', toHubId('Opportunity', '006000000000000AAA')],
  ])('%s(id) of a well-formed unknown id is null with no error', async (field, id) => {
    const result = await testHub.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(result).toEqual({ data: { [field]: null } });
  });
});

describe('malformed input', () => {
  it.each([
    ['project', 'prj_not-base64!'],
    ['project', hub.acme],
    ['customer', 'nonsense'],
    ['consultant', toHubId('Project', 'PRJ-2026-0001')],
    ['invoice', ''],
  ])('%s(id: %j) is BAD_USER_INPUT naming "id"', async (field, id) => {
    const result = await testHub.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id });
    expect(result.data).toEqual({ [field]: null });
    expect(result.errors).toEqual([badInput('id', [field])]);
  });

  it.each([
    ['projects', 501],
    ['projects', -1],
    ['customers', 100000],
    ['invoices', 501],
    ['consultants', -5],
    ['opportunities', 501],
  ])('%s(first: %i) is BAD_USER_INPUT naming "first"', async (field, first) => {
    const result = await testHub.query(`query($first: Int) { ${field}(first: $first) { totalCount } }`, { first });
    expect(result.errors).toEqual([badInput('first', [field])]);
  });

  it('rejects a cursor it did not issue', async () => {
    const result = await testHub.query(`{ projects(after: "bogus") { totalCount } }`);
    expect(result.errors).toEqual([badInput('after', ['projects'])]);
  });

  it.each(['2026-13-01', '2026-02-30', '2026-2-3', 'yesterday', '2026-09-01T00:00:00Z'])(
    'a bad Date variable %j is 400 BAD_USER_INPUT naming the variable',
    async (date) => {
      const result = await post(`query($id: ID!, $from: Date) { project(id: $id) { name timeEntries(filter: { from: $from }) { totalCount } } }`, {
        id: hub.erpProject,
        from: date,
      });
      expect(result).toEqual(badVariable('from', 'Date'));
    },
  );

  it('a bad Int variable is refused the same way (the reference for the scalars)', async () => {
    const result = await post(`query($first: Int) { projects(first: $first) { totalCount } }`, { first: 'ten' });
    expect(result).toEqual({ status: 400, body: { errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })] } });
  });

  it.each(['12,50', '1e5', ' 12.50', '', '0x10', 'NaN'])('a bad Decimal variable %j is 400 BAD_USER_INPUT before any resolver runs', async (amount) => {
    const result = await post(`mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { userErrors { code } } }`, {
      input: { invoiceId: hub.firstInvoice, amount, idempotencyKey: 'bad-decimal' },
    });
    expect(result).toEqual(badVariable('input', 'Decimal'));
  });

  it.each(['2026-13-01T00:00:00Z', '2026-09-01', '2026-09-01T25:00:00Z', '2026-09-01T10:00:00'])(
    'a bad DateTime variable %j is 400 BAD_USER_INPUT',
    async (from) => {
      const result = await post(`query($from: DateTime) { auditLog(filter: { from: $from }) { totalCount } }`, { from });
      expect(result).toEqual(badVariable('from', 'DateTime'));
    },
  );

  it('a good DateTime variable passes', async () => {
    const result = await post(`query($from: DateTime) { auditLog(filter: { from: $from }) { totalCount } }`, { from: '2026-09-01T10:00:00+02:00' });
    expect(result).toEqual({ status: 200, body: { data: { auditLog: { totalCount: 0 } } } });
  });

  it('a reversed date range is BAD_USER_INPUT', async () => {
    const result = await testHub.query(`{ portfolio(filter: { from: "2026-10-01", to: "2026-09-01" }) { projectCount } }`);
    expect(result.errors).toEqual([badInput('filter.from', ['portfolio'])]);
  });

  it('a malformed customer id in a filter is BAD_USER_INPUT naming the filter field', async () => {
    const result = await testHub.query(`{ projects(filter: { customerId: "cus_???" }) { totalCount } }`);
    expect(result.errors).toEqual([badInput('filter.customerId', ['projects'])]);
  });

  it('a bad date literal fails validation (400) and names the value', async () => {
    const result = await post(`{ consultants(filter: { availableFrom: "2026-02-31" }) { totalCount } }`);
    expect(result).toEqual({
      status: 400,
      body: {
        errors: [
          expect.objectContaining({
            message: expect.stringContaining('Expected value of type "Date", found "2026-02-31"'),
            extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
          }),
        ],
      },
    });
  });

  it('utilization with a bad window names the argument', async () => {
    const result = await testHub.query(`query($id: ID!) { consultant(id: $id) { name utilization(from: "2026-09-10", to: "2026-09-01") { utilization } } }`, {
      id: hub.ada,
    });
    expect(result.data).toEqual({ consultant: { name: 'Ada Lovelace', utilization: null } });
    expect(result.errors).toEqual([badInput('from', ['consultant', 'utilization'])]);
  });

  it('never leaks internals in an error', async () => {
    const result = await testHub.query(`{ projects(first: 501) { totalCount } }`);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/stacktrace|SELECT|node_modules|\.ts:/i);
  });
});

describe('control characters in text', () => {
  it('search "\\u0000" is refused, never a filter that matches every customer', async () => {
    const result = await post(`query($search: String) { customers(filter: { search: $search }) { totalCount } }`, { search: '\u0000' });
    expect(result).toEqual({
      status: 400,
      body: { errors: [{ message: expect.stringContaining('control characters'), extensions: { code: 'BAD_USER_INPUT', argumentName: '$search' } }] },
    });
  });

  it.each(['\u0000', 'Acme\u0007', 'North\nAmerica', '\u001f'])('a control character in a literal filter (%j) is 400 naming the argument', async (text) => {
    const result = await post(`{ projects(filter: { region: ${JSON.stringify(text)} }) { totalCount } }`);
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'filter.region' }) }),
    ]);
  });

  it('a lone surrogate is refused like a control character', async () => {
    const result = await post(`query($search: String) { customers(filter: { search: $search }) { totalCount } }`, { search: 'Ac\ud800me' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.argumentName).toBe('$search');
  });

  it('ordinary unicode still searches', async () => {
    const result = await post(`query($search: String) { customers(filter: { search: $search }) { totalCount } }`, { search: 'acme' });
    expect(result).toEqual({ status: 200, body: { data: { customers: { totalCount: 1 } } } });
    const none = await post(`query($search: String) { customers(filter: { search: $search }) { totalCount } }`, { search: '🙂%_' });
    expect(none).toEqual({ status: 200, body: { data: { customers: { totalCount: 0 } } } });
  });
});

/** POSTs straight to a subgraph with a user token (no gateway in between): HTTP status and body. */
async function toSubgraph(
  service: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<{ status: number; body: GraphQLResult<Record<string, unknown>> }> {
  const subgraph = testHub.subgraphs.find((candidate) => candidate.name === service);
  if (!subgraph) throw new Error(`no subgraph ${service}`);
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResult<Record<string, unknown>> };
}

const RESOLVE =
  'mutation($input: ResolveExceptionInput!) { resolveException(input: $input) { exception { status resolutionNote } userErrors { code field } } }';

describe('text rules in the owning subgraph, called directly', () => {
  it.each([
    ['projects', 'query($t: String) { projects(filter: { region: $t }) { totalCount } }', 'filter.region', ['projects']],
    ['projects', 'query($t: String) { projects(filter: { practice: $t }) { totalCount } }', 'filter.practice', ['projects']],
    ['projects', 'query($t: String) { portfolio(filter: { region: $t }) { projectCount } }', 'filter.region', ['portfolio']],
    ['resources', 'query($t: String) { consultants(filter: { skill: $t }) { totalCount } }', 'filter.skill', ['consultants']],
    ['resources', 'query($t: String) { consultants(filter: { practice: $t }) { totalCount } }', 'filter.practice', ['consultants']],
    ['resources', 'query($t: String) { consultants(filter: { location: $t }) { totalCount } }', 'filter.location', ['consultants']],
  ])('%s: %s with a NUL is BAD_USER_INPUT naming the filter, never a 500', async (service, query, argumentName, path) => {
    const result = await toSubgraph(service, query, { t: 'EMEA\u0000' }, await authorizationAs('analyst'));
    expect(result.status).toBe(200);
    expect(result.body.errors).toEqual([
      expect.objectContaining({
        path,
        message: `Invalid argument "${argumentName}": contains a control character or line break`,
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }),
      }),
    ]);
  });

  it('workflows: a resolution note with a NUL is INVALID_NOTE and nothing is stored', async () => {
    const result = await toSubgraph(
      'workflows',
      RESOLVE,
      { input: { id: EXCEPTION, note: 'Settled\u0000by phone', idempotencyKey: 'bad-input-nul-note' } },
      await authorizationAs('finance'),
    );
    expect(result).toEqual({
      status: 200,
      body: {
        data: { resolveException: { exception: { status: 'OPEN', resolutionNote: null }, userErrors: [{ code: 'INVALID_NOTE', field: ['input', 'note'] }] } },
      },
    });
  });
});

describe('multi-line text, by input field', () => {
  it('a variable named $notes exempts nothing: a line break in a search is refused', async () => {
    const result = await post(`query($notes: String) { customers(filter: { search: $notes }) { totalCount } }`, { notes: 'Acme\nCorp' });
    expect(result).toEqual({
      status: 400,
      body: { errors: [{ message: expect.stringContaining('control characters'), extensions: { code: 'BAD_USER_INPUT', argumentName: '$notes' } }] },
    });
  });

  it('a multi-line resolution note is accepted through the gateway and stored as given', async () => {
    const note = 'Settled by phone.\n\tCredit note to follow.\r\nClosed.';
    const result = await testHub.query(
      RESOLVE,
      { input: { id: EXCEPTION, note, idempotencyKey: 'bad-input-multiline-note' } },
      await authorizationAs('finance'),
    );
    expect(result).toEqual({ data: { resolveException: { exception: { status: 'RESOLVED', resolutionNote: note }, userErrors: [] } } });
  });
});

describe('pagination', () => {
  it('walks a connection with cursors', async () => {
    const first = await testHub.query<{
      projects: { edges: { node: { code: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number };
    }>(`{ projects(first: 1) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`);
    expect(first.data?.projects.totalCount).toBe(2);
    expect(first.data?.projects.edges).toEqual([{ node: { code: 'ACME-ERP-01' } }]);
    expect(first.data?.projects.pageInfo.hasNextPage).toBe(true);
    const second = await testHub.query(`query($after: String) { projects(first: 5, after: $after) { edges { node { code } } pageInfo { hasNextPage } } }`, {
      after: first.data?.projects.pageInfo.endCursor,
    });
    expect(second).toEqual({ data: { projects: { edges: [{ node: { code: 'ACME-DAT-01' } }], pageInfo: { hasNextPage: false } } } });
  });
});
