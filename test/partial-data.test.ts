/**
 * Partial data when a system of record is down: every query still answers with what the other
 * systems hold. A field one service contributes to another's entity (with the ERP down: invoices,
 * financials, receivables, the portfolio's money), and a reference to an entity the stopped service
 * owns (with the CRM and HCM down: a project's customer, an assignment's consultant), is null with an
 * UPSTREAM_UNAVAILABLE error; its parent object, and a list holding it, survive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture, hub } from './support/fixture.ts';
import { SystemUnavailableError } from '../platform/errors.ts';
import { failingConnector, startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';

/** The error the gateway reports at `path` for a stopped service. */
const down = (service: string, path: (string | number)[]) => ({
  message: `The ${service} service is unavailable`,
  path,
  extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', serviceName: service }),
});
const financeDown = (path: (string | number)[]) => down('finance', path);

/** A hub whose `stopped` services are down for the whole describe block. */
function hubWithout(...stopped: string[]): () => TestHub {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await startTestHub({ fill: fillFixture, subgraphTimeoutMs: 2_000 });
    for (const name of stopped) await testHub.subgraphs.find((served) => served.name === name)!.stop();
  });
  afterAll(async () => {
    await testHub?.stop();
  });
  return () => testHub;
}

describe('the ERP is down', () => {
  const hubNow = hubWithout('finance');
  const testHub = { query: (...args: Parameters<TestHub['query']>) => hubNow().query(...args) };

  it('keeps every project of a connection, with invoices null on each', async () => {
    const result = await testHub.query('{ projects(first: 2) { totalCount edges { node { code invoices { id } } } } }');
    expect(result).toEqual({
      data: {
        projects: {
          totalCount: 2,
          edges: [{ node: { code: 'ACME-ERP-01', invoices: null } }, { node: { code: 'ACME-DAT-01', invoices: null } }],
        },
      },
      errors: [financeDown(['projects', 'edges', 0, 'node', 'invoices']), financeDown(['projects', 'edges', 1, 'node', 'invoices'])],
    });
  });

  it('keeps a project with its PSA, CRM and HCM data', async () => {
    const result = await testHub.query(
      'query($id: ID!) { project(id: $id) { code name customer { name } projectManager { name } invoices { id } financials { billedToDate { amount } } } }',
      { id: hub.erpProject },
    );
    expect(result).toEqual({
      data: {
        project: {
          code: 'ACME-ERP-01',
          name: 'Acme ERP rollout',
          customer: { name: 'Acme Corp' },
          projectManager: { name: 'Ada Lovelace' },
          invoices: null,
          financials: null,
        },
      },
      errors: [financeDown(['project', 'invoices']), financeDown(['project', 'financials'])],
    });
  });

  it('keeps a customer with its projects', async () => {
    const result = await testHub.query('query($id: ID!) { customer(id: $id) { name projects { code } invoices { id } receivables { balance { amount } } } }', {
      id: hub.acme,
    });
    expect(result).toEqual({
      data: { customer: { name: 'Acme Corp', projects: [{ code: 'ACME-ERP-01' }, { code: 'ACME-DAT-01' }], invoices: null, receivables: null } },
      errors: [financeDown(['customer', 'invoices']), financeDown(['customer', 'receivables'])],
    });
  });

  it('keeps the portfolio figures of the PSA, with those of the ERP null (bookings too: the ERP converts them)', async () => {
    const result = await testHub.query(
      '{ portfolio { projectCount bookings { amount } backlog { amount } billed { amount } unbilledWip { amount } recognizedRevenue { amount } } }',
    );
    expect(result).toEqual({
      data: { portfolio: { projectCount: 2, bookings: null, backlog: null, billed: null, unbilledWip: null, recognizedRevenue: null } },
      errors: ['bookings', 'backlog', 'billed', 'unbilledWip', 'recognizedRevenue'].map((field) => financeDown(['portfolio', field])),
    });
  });
});

describe('the CRM and the HCM are down', () => {
  const testHub = hubWithout('customers', 'resources');

  it('keeps every project of a connection, with its customer and consultants null', async () => {
    const result = await testHub().query('{ projects(first: 2) { edges { node { code customer { name } assignments { role consultant { name } } } } } }');
    expect(result).toEqual({
      data: {
        projects: {
          edges: [
            {
              node: {
                code: 'ACME-ERP-01',
                customer: null,
                assignments: [
                  { role: 'Senior Consultant', consultant: null },
                  { role: 'Manager', consultant: null },
                ],
              },
            },
            { node: { code: 'ACME-DAT-01', customer: null, assignments: [{ role: 'Manager', consultant: null }] } },
          ],
        },
      },
      errors: [
        down('customers', ['projects', 'edges', 0, 'node', 'customer', 'name']),
        down('customers', ['projects', 'edges', 1, 'node', 'customer', 'name']),
        down('resources', ['projects', 'edges', 0, 'node', 'assignments', 0, 'consultant', 'name']),
        down('resources', ['projects', 'edges', 0, 'node', 'assignments', 1, 'consultant', 'name']),
        down('resources', ['projects', 'edges', 1, 'node', 'assignments', 0, 'consultant', 'name']),
      ],
    });
  });

  it('keeps an invoice with its customer null', async () => {
    const result = await testHub().query('query($id: ID!) { invoice(id: $id) { id customer { name } } }', { id: hub.firstInvoice });
    expect(result).toEqual({
      data: { invoice: { id: hub.firstInvoice, customer: null } },
      errors: [down('customers', ['invoice', 'customer', 'name'])],
    });
  });
});

describe("the ERP's connector cannot reach its system of record (the finance subgraph itself answers)", () => {
  let unreachable = false;
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await startTestHub({
      fill: fillFixture,
      wrapConnector: (service, connector) =>
        service === 'finance'
          ? failingConnector(connector, { when: () => unreachable, error: () => new SystemUnavailableError('connection refused') })
          : connector,
    });
  });
  afterAll(async () => {
    await testHub?.stop();
  });

  it('answers UPSTREAM_UNAVAILABLE at the ERP fields, never INTERNAL_SERVER_ERROR, and the project survives', async () => {
    unreachable = true;
    let result: GraphQLResult<Record<string, unknown>>;
    try {
      result = await testHub.query('query($id: ID!) { project(id: $id) { code invoices { id } } }', { id: hub.erpProject });
    } finally {
      unreachable = false;
    }
    expect(result).toEqual({
      data: { project: { code: 'ACME-ERP-01', invoices: null } },
      errors: [
        {
          message: 'The system of record did not answer',
          path: ['project', 'invoices'],
          extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', serviceName: 'finance' }),
        },
      ],
    });
    expect((await testHub.query('query($id: ID!) { project(id: $id) { invoices { id } } }', { id: hub.erpProject })).errors).toBeUndefined();
  });
});
