/**
 * Partial data when a system of record is down: with the ERP (the finance service) stopped, every
 * query still answers with what the other systems hold. A field the finance service contributes to
 * another service's entity (invoices, financials, receivables, the portfolio's money) is null with an
 * UPSTREAM_UNAVAILABLE error at its path; its parent object, and a list holding it, survive.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture, subgraphTimeoutMs: 2_000 });
  await testHub.subgraphs.find((served) => served.name === 'finance')!.stop();
});

afterAll(async () => {
  await testHub?.stop();
});

/** The error the gateway reports at `path` for the stopped finance service. */
const financeDown = (path: (string | number)[]) => ({
  message: 'The finance service is unavailable',
  path,
  extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE', serviceName: 'finance' }),
});

describe('the ERP is down', () => {
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
        project: { code: 'ACME-ERP-01', name: 'Acme ERP rollout', customer: { name: 'Acme Corp' }, projectManager: { name: 'Ada Lovelace' }, invoices: null, financials: null },
      },
      errors: [financeDown(['project', 'invoices']), financeDown(['project', 'financials'])],
    });
  });

  it('keeps a customer with its projects', async () => {
    const result = await testHub.query(
      'query($id: ID!) { customer(id: $id) { name projects { code } invoices { id } receivables { balance { amount } } } }',
      { id: hub.acme },
    );
    expect(result).toEqual({
      data: { customer: { name: 'Acme Corp', projects: [{ code: 'ACME-ERP-01' }, { code: 'ACME-DAT-01' }], invoices: null, receivables: null } },
      errors: [financeDown(['customer', 'invoices']), financeDown(['customer', 'receivables'])],
    });
  });

  it('keeps the portfolio figures of the PSA, with those of the ERP null', async () => {
    const result = await testHub.query('{ portfolio { projectCount bookings { amount } backlog { amount } billed { amount } unbilledWip { amount } recognizedRevenue { amount } } }');
    expect(result).toEqual({
      data: { portfolio: { projectCount: 2, bookings: { amount: '170000.00' }, backlog: null, billed: null, unbilledWip: null, recognizedRevenue: null } },
      errors: ['backlog', 'billed', 'unbilledWip', 'recognizedRevenue'].map((field) => financeDown(['portfolio', field])),
    });
  });
});
