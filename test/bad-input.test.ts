/** Bad input gets BAD_USER_INPUT naming the argument; unknown ids are null without an error. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
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

  it.each([
    ['2026-13-01', 'filter.from'],
    ['2026-02-30', 'filter.from'],
    ['yesterday', 'filter.from'],
  ])('a bad date %j is BAD_USER_INPUT naming %s', async (date, argumentName) => {
    const result = await testHub.query(
      `query($id: ID!, $from: Date) { project(id: $id) { name timeEntries(filter: { from: $from }) { totalCount } } }`,
      { id: hub.erpProject, from: date },
    );
    expect(result.errors).toEqual([badInput(argumentName, ['project', 'timeEntries'])]);
  });

  it('a reversed date range is BAD_USER_INPUT', async () => {
    const result = await testHub.query(`{ portfolio(filter: { from: "2026-10-01", to: "2026-09-01" }) { projectCount } }`);
    expect(result.errors).toEqual([badInput('filter.from', ['portfolio'])]);
  });

  it('a malformed customer id in a filter is BAD_USER_INPUT naming the filter field', async () => {
    const result = await testHub.query(`{ projects(filter: { customerId: "cus_???" }) { totalCount } }`);
    expect(result.errors).toEqual([badInput('filter.customerId', ['projects'])]);
  });

  it('a bad availability date names the filter field exactly', async () => {
    const result = await testHub.query(`{ consultants(filter: { availableFrom: "2026-02-31" }) { totalCount } }`);
    expect(result.errors).toEqual([badInput('filter.availableFrom', ['consultants'])]);
  });

  it('utilization with a bad window names the argument', async () => {
    const result = await testHub.query(
      `query($id: ID!) { consultant(id: $id) { name utilization(from: "2026-09-10", to: "2026-09-01") { utilization } } }`,
      { id: hub.ada },
    );
    expect(result.data).toEqual({ consultant: { name: 'Ada Lovelace', utilization: null } });
    expect(result.errors).toEqual([badInput('from', ['consultant', 'utilization'])]);
  });

  it('never leaks internals in an error', async () => {
    const result = await testHub.query(`{ projects(first: 501) { totalCount } }`);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/stacktrace|SELECT|node_modules|\.ts:/i);
  });
});

describe('pagination', () => {
  it('walks a connection with cursors', async () => {
    const first = await testHub.query<{ projects: { edges: { node: { code: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean }; totalCount: number } }>(
      `{ projects(first: 1) { totalCount edges { node { code } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(first.data?.projects.totalCount).toBe(2);
    expect(first.data?.projects.edges).toEqual([{ node: { code: 'ACME-ERP-01' } }]);
    expect(first.data?.projects.pageInfo.hasNextPage).toBe(true);
    const second = await testHub.query(`query($after: String) { projects(first: 5, after: $after) { edges { node { code } } pageInfo { hasNextPage } } }`, {
      after: first.data?.projects.pageInfo.endCursor,
    });
    expect(second).toEqual({ data: { projects: { edges: [{ node: { code: 'ACME-DAT-01' } }], pageInfo: { hasNextPage: false } } } });
  });
});
