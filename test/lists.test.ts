/** Top-level connections and their filters, and the nested lists each subgraph adds to the others' entities. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillFixture, hub } from './support/fixture.ts';
import { authorizationAs, startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
});

const names = (result: { data?: Record<string, { edges: { node: Record<string, unknown> }[] }> | null }, field: string, key: string) =>
  result.data?.[field]?.edges.map((edge) => edge.node[key]);

describe('filters', () => {
  it('finds customers by name, region and industry', async () => {
    expect(names(await testHub.query(`{ customers(filter: { search: "acm" }) { edges { node { name } } } }`), 'customers', 'name')).toEqual(['Acme Corp']);
    expect(names(await testHub.query(`{ customers(filter: { region: "EMEA" }) { edges { node { name } } } }`), 'customers', 'name')).toEqual(['Globex']);
    expect(await testHub.query(`{ customers(filter: { search: "%" }) { totalCount } }`)).toEqual({ data: { customers: { totalCount: 0 } } });
    expect(await testHub.query(`{ customers(filter: { search: "" }) { totalCount } }`)).toEqual({ data: { customers: { totalCount: 2 } } });
  });

  it('finds opportunities by status and customer', async () => {
    const open = await testHub.query(`{ opportunities(filter: { status: OPEN }) { totalCount edges { node { name stage } } } }`);
    expect(open).toEqual({ data: { opportunities: { totalCount: 1, edges: [{ node: { name: 'Globex security review', stage: 'Proposal/Price Quote' } }] } } });
    const acme = await testHub.query(`query($c: ID!) { opportunities(filter: { customerId: $c, status: WON }) { totalCount } }`, { c: hub.acme });
    expect(acme).toEqual({ data: { opportunities: { totalCount: 2 } } });
  });

  it('finds projects by status, practice, region and customer', async () => {
    expect(await testHub.query(`{ projects(filter: { practice: "Cloud" }) { edges { node { code } } } }`)).toEqual({
      data: { projects: { edges: [{ node: { code: 'ACME-ERP-01' } }] } },
    });
    expect(await testHub.query(`{ projects(filter: { status: CLOSED }) { totalCount } }`)).toEqual({ data: { projects: { totalCount: 0 } } });
    expect(await testHub.query(`query($c: ID!) { projects(filter: { customerId: $c, region: "North America" }) { totalCount } }`, { c: hub.acme })).toEqual({
      data: { projects: { totalCount: 2 } },
    });
  });

  it('finds consultants by skill, practice, location and availability', async () => {
    expect(names(await testHub.query(`{ consultants(filter: { skill: "aws" }) { edges { node { name } } } }`), 'consultants', 'name')).toEqual([
      'Ada Lovelace',
    ]);
    expect(names(await testHub.query(`{ consultants(filter: { location: "New York" }) { edges { node { name } } } }`), 'consultants', 'name')).toEqual([
      'Ada Lovelace',
      'Linus Pauling',
    ]);
    // Linus left on 2026-03-31: not available in the window.
    expect(
      names(
        await testHub.query(`{ consultants(filter: { availableFrom: "2026-12-01", availableTo: "2026-12-31" }) { edges { node { name } } } }`),
        'consultants',
        'name',
      ),
    ).toEqual(['Ada Lovelace', 'Grace Hopper']);
  });

  it('finds invoices by status, customer, project and overdue (as of 2026-11-15)', async () => {
    expect(names(await testHub.query(`{ invoices(filter: { overdue: true }) { edges { node { number } } } }`), 'invoices', 'number')).toEqual([
      'OG-2026-000001',
      'OG-2026-000002',
    ]);
    expect(names(await testHub.query(`{ invoices(filter: { overdue: false }) { edges { node { number } } } }`), 'invoices', 'number')).toEqual([
      'OG-2026-000003',
    ]);
    expect(names(await testHub.query(`{ invoices(filter: { status: VOID }) { edges { node { number } } } }`), 'invoices', 'number')).toEqual([
      'OG-2026-000003',
    ]);
    expect(await testHub.query(`query($p: ID!) { invoices(filter: { projectId: $p }) { totalCount } }`, { p: hub.dataProject })).toEqual({
      data: { invoices: { totalCount: 1 } },
    });
    expect(await testHub.query(`query($c: ID!) { invoices(filter: { customerId: $c }) { totalCount } }`, { c: hub.globex })).toEqual({
      data: { invoices: { totalCount: 0 } },
    });
  });
});

describe('nested lists across subgraphs', () => {
  it('adds projects and invoices to a customer, and assignments to a consultant', async () => {
    const result = await testHub.query(
      `query($c: ID!, $w: ID!) {
         customer(id: $c) { name projects { code } invoices { number status balance { amount } overdue } contacts { name role } }
         consultant(id: $w) { name costRate { amount } costRateHistory { amount { amount } effectiveFrom effectiveTo } skills { name level }
           assignments { role project { code } } }
       }`,
      { c: hub.acme, w: hub.ada },
      // Cost rates are for finance and admin only.
      await authorizationAs('finance'),
    );
    expect(result).toEqual({
      data: {
        customer: {
          name: 'Acme Corp',
          projects: [{ code: 'ACME-ERP-01' }, { code: 'ACME-DAT-01' }],
          invoices: [
            { number: 'OG-2026-000001', status: 'PARTIALLY_PAID', balance: { amount: '700.00' }, overdue: true },
            { number: 'OG-2026-000002', status: 'ISSUED', balance: { amount: '20000.00' }, overdue: true },
            { number: 'OG-2026-000003', status: 'VOID', balance: { amount: '0.00' }, overdue: false },
          ],
          contacts: [{ name: 'Wile Coyote', role: 'Sponsor' }],
        },
        consultant: {
          name: 'Ada Lovelace',
          costRate: { amount: '90.00' },
          costRateHistory: [
            { amount: { amount: '80.00' }, effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30' },
            { amount: { amount: '90.00' }, effectiveFrom: '2026-07-01', effectiveTo: null },
          ],
          skills: [
            { name: 'AWS', level: 5 },
            { name: 'SAP', level: 3 },
          ],
          assignments: [{ role: 'Senior Consultant', project: { code: 'ACME-ERP-01' } }],
        },
      },
    });
  });

  it('links an opportunity to the project it became', async () => {
    expect(await testHub.query(`query($o: ID!) { opportunity(id: $o) { name project { code } contract { number } } }`, { o: hub.acmeErpDeal })).toEqual({
      data: { opportunity: { name: 'Acme ERP rollout', project: { code: 'ACME-ERP-01' }, contract: { number: '00000101' } } },
    });
  });

  it('filters and pages time entries', async () => {
    const result = await testHub.query(
      `query($p: ID!, $w: ID!) { project(id: $p) {
         approved: timeEntries(filter: { status: APPROVED }) { totalCount }
         ada: timeEntries(first: 2, filter: { consultantId: $w, from: "2026-09-03" }) { totalCount edges { cursor node { date } } pageInfo { hasNextPage endCursor } }
       } }`,
      { p: hub.erpProject, w: hub.ada },
    );
    const project = result.data?.project as {
      approved: { totalCount: number };
      ada: { totalCount: number; edges: { node: { date: string } }[]; pageInfo: { endCursor: string } };
    };
    expect(project.approved.totalCount).toBe(2);
    expect(project.ada.totalCount).toBe(4);
    expect(project.ada.edges.map((edge) => edge.node.date)).toEqual(['2026-09-03', '2026-09-04']);
    const next = await testHub.query(
      `query($p: ID!, $w: ID!, $after: String) { project(id: $p) { timeEntries(first: 5, after: $after, filter: { consultantId: $w, from: "2026-09-03" }) { edges { node { date status } } pageInfo { hasNextPage } } } }`,
      { p: hub.erpProject, w: hub.ada, after: project.ada.pageInfo.endCursor },
    );
    expect(next).toEqual({
      data: {
        project: {
          timeEntries: {
            edges: [{ node: { date: '2026-09-08', status: 'APPROVED' } }, { node: { date: '2026-09-09', status: 'REJECTED' } }],
            pageInfo: { hasNextPage: false },
          },
        },
      },
    });
  });
});
