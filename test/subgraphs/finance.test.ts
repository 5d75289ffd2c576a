/**
 * The finance subgraph on its own: built from its registry entry over its own store (the
 * fixture's ERP rows), served on port 0 and called as the gateway calls it. The PSA inputs the
 * gateway would bring for finance's @requires are written here by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { hub } from '../support/fixture.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

let finance: TestSubgraph;

beforeAll(async () => {
  finance = await startTestSubgraph('finance');
});

afterAll(async () => {
  await finance?.stop();
});

const usd = (amount: string) => ({ amount, currency: 'USD' });
/** What the gateway fetches from projects for `Project.financials` (its @requires). */
const ERP_PROJECT_INPUTS = {
  billingModel: 'TIME_AND_MATERIALS',
  status: 'ACTIVE',
  bookings: usd('120000.00'),
  deliveryTotals: {
    approvedHours: '35.50',
    remainingPlannedHours: '564.50',
    billableTimeValue: usd('4725.00'),
    billableExpenseValue: usd('450.00'),
    cost: usd('3735.50'),
    approvedMilestoneValue: usd('0.00'),
  },
};
const erpProject = { __typename: 'Project', id: hub.erpProject, ...ERP_PROJECT_INPUTS };
const FINANCIALS = 'financials { billedToDate { amount } backlog { amount } costToDate { amount } erpStatus }';

describe('finance subgraph', () => {
  it('answers its root queries from its own store', async () => {
    const result = await finance.query(
      `query ($id: ID!) {
        invoices { totalCount edges { node { number status } } }
        invoice(id: $id) { number total { amount } balance { amount } lines { kind amount { amount } } payments { amount { amount } } customer { id } project { id } }
      }`,
      { id: hub.firstInvoice },
    );
    expect(result).toEqual({
      data: {
        invoices: {
          totalCount: 3,
          edges: [
            { node: { number: 'OG-2026-000001', status: 'PARTIALLY_PAID' } },
            { node: { number: 'OG-2026-000002', status: 'ISSUED' } },
            { node: { number: 'OG-2026-000003', status: 'VOID' } },
          ],
        },
        invoice: {
          number: 'OG-2026-000001',
          total: { amount: '1200.00' },
          balance: { amount: '700.00' },
          lines: [{ kind: 'TIME', amount: { amount: '1200.00' } }],
          payments: [{ amount: { amount: '500.00' } }],
          customer: { id: hub.acme },
          project: { id: hub.erpProject },
        },
      },
    });
  });

  it('resolves an Invoice by representation, and an unknown id as null', async () => {
    const representations = [hub.firstInvoice, toHubId('Invoice', 'INV-999999'), hub.acme].map((id) => ({ __typename: 'Invoice', id }));
    expect(await finance.query(entitiesQuery('Invoice', 'number'), { r: representations })).toEqual({
      data: { _entities: [{ number: 'OG-2026-000001' }, null, null] },
    });
  });

  it.each([
    ['Customer', { id: hub.acme }, 'invoices { number } receivables { balance { amount } }', ['OG-2026-000001', 'OG-2026-000002', 'OG-2026-000003']],
    ['Project', { ...ERP_PROJECT_INPUTS, id: hub.erpProject }, `invoices { number } ${FINANCIALS}`, ['OG-2026-000001', 'OG-2026-000003']],
  ])('adds its fields to an extended %s, and nothing to an unknown one', async (type, known, selection, numbers) => {
    const representations = [
      { __typename: type, ...known },
      { __typename: type, id: 'unknown' },
    ];
    const result = await finance.query<{ _entities: Record<string, unknown>[] }>(entitiesQuery(type, selection), { r: representations });
    expect(result.errors).toBeUndefined();
    const [own, unknown] = result.data?._entities ?? [];
    expect(own.invoices).toEqual(numbers.map((number) => ({ number })));
    expect(unknown).toEqual(type === 'Customer' ? { invoices: [], receivables: null } : { invoices: [], financials: null });
    if (type === 'Customer') expect(own.receivables).toEqual({ balance: { amount: '20700.00' } });
    // Billed: the one issued invoice (the void one is not); backlog: bookings less billed; cost: as sent.
    else
      expect(own.financials).toEqual({
        billedToDate: { amount: '1200.00' },
        backlog: { amount: '118800.00' },
        costToDate: { amount: '3735.50' },
        erpStatus: 'OPEN',
      });
  });

  it('adds portfolio figures to an extended PortfolioSummary from the roll-up it is sent', async () => {
    const rollup = [
      {
        projectId: hub.erpProject,
        status: 'ACTIVE',
        billingModel: 'TIME_AND_MATERIALS',
        bookings: usd('120000.00'),
        delivery: ERP_PROJECT_INPUTS.deliveryTotals,
      },
    ];
    const representations = [
      { __typename: 'PortfolioSummary', key: 'erp', rollup },
      { __typename: 'PortfolioSummary', key: 'empty', rollup: [] },
    ];
    expect(await finance.query(entitiesQuery('PortfolioSummary', 'key billed { amount } cost { amount }'), { r: representations })).toEqual({
      data: {
        _entities: [
          { key: 'erp', billed: { amount: '1200.00' }, cost: { amount: '3735.50' } },
          { key: 'empty', billed: { amount: '0.00' }, cost: { amount: '0.00' } },
        ],
      },
    });
  });

  it.each([
    ['Invoice', 'number'],
    ['Customer', 'id invoices { number }'],
    ['Project', 'id invoices { number }'],
    ['PortfolioSummary', 'key billed { amount }'],
  ])('answers a malformed %s representation with a coded error, not a 500', async (type, selection) => {
    for (const representations of malformedRepresentations(type, hub.erpProject)) {
      expectCodedError(await finance.call(entitiesQuery(type, selection), { r: representations }));
    }
  });

  it('refuses malformed @requires inputs as BAD_USER_INPUT', async () => {
    for (const representations of [[{ ...erpProject, bookings: usd('a lot') }], [{ ...erpProject, status: 'DONE' }]]) {
      const response = await finance.call(entitiesQuery('Project', FINANCIALS), { r: representations });
      expect(response.body.data).toEqual({ _entities: [{ financials: null }] });
      expectCodedError(response, ['BAD_USER_INPUT']);
    }
  });

  it('refuses the cost figures (@requiresRole) to the roles without them, and another customer’s figures to a portal token', async () => {
    const delivery = await finance.query(entitiesQuery('Project', FINANCIALS), { r: [erpProject] }, { as: { role: 'delivery' } });
    expect(delivery).toMatchObject({
      data: { _entities: [{ financials: { billedToDate: { amount: '1200.00' }, costToDate: null } }] },
      errors: [{ path: ['_entities', 0, 'financials', 'costToDate'], extensions: { code: 'FORBIDDEN' } }],
    });
    const globex = { as: { role: 'portal', customerId: hub.globex } } as const;
    expect(await finance.query(entitiesQuery('Project', 'financials { backlog { amount } }'), { r: [erpProject] }, globex)).toEqual({
      data: { _entities: [{ financials: null }] },
    });
    expect(await finance.query('{ invoices { totalCount } }', {}, globex)).toEqual({ data: { invoices: { totalCount: 0 } } });
    expect(await finance.query(entitiesQuery('Invoice', 'number'), { r: [{ __typename: 'Invoice', id: hub.firstInvoice }] }, globex)).toEqual({
      data: { _entities: [null] },
    });
  });

  it('serves schema/finance.graphql as its SDL', async () => {
    const served = await finance.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('finance', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});

describe('finance subgraph: reconciliation reads (system API)', () => {
  async function systemRead<T>(query: string, variables: Record<string, unknown> = {}) {
    const { signToken, WORKFLOWS_SERVICE } = await import('../../platform/auth.ts');
    const response = await fetch(finance.url.replace(/\/graphql$/, '/system/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  }
  const DRIFT = 'truncated items { invoiceId erpId number status projectId customerId currency total paid lines items }';

  it('lists every ERP project with its status and customer, bounded', async () => {
    const all = await systemRead<{
      reconciliationProjects: { truncated: boolean; items: { erpId: string; projectId: string; status: string; customerId: string }[] };
    }>('{ reconciliationProjects(first: 100) { truncated items { erpId projectId status customerId } } }');
    const stored = await finance.db.all<{ id: string }>('SELECT id FROM erp_project ORDER BY id');
    expect(all.data!.reconciliationProjects.truncated).toBe(false);
    expect(all.data!.reconciliationProjects.items.map((item) => item.erpId)).toEqual(stored.map((row) => row.id));
    expect(all.data!.reconciliationProjects.items[0]).toEqual({ erpId: 'PJ-100001', projectId: hub.erpProject, status: 'OPEN', customerId: hub.acme });
    const cut = await systemRead<{ reconciliationProjects: { truncated: boolean; items: unknown[] } }>(
      '{ reconciliationProjects(first: 1) { truncated items { erpId } } }',
    );
    expect(cut.data!.reconciliationProjects).toEqual({ truncated: stored.length > 1, items: [{ erpId: 'PJ-100001' }] });
    for (const first of [0, 5001]) {
      const refused = await systemRead(`{ reconciliationProjects(first: ${first}) { truncated } }`);
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('finds a milestone billed twice, a paid invoice short of its total and an invoice whose total is not its lines', async () => {
    const before = await systemRead<{
      milestonesBilledTwice: { items: unknown[] };
      paidInvoicesShort: { items: unknown[] };
      invoiceTotalMismatches: { items: unknown[] };
    }>(
      '{ milestonesBilledTwice(first: 100) { items { itemId } } paidInvoicesShort(first: 100) { items { erpId } } invoiceTotalMismatches(first: 100) { items { erpId } } }',
    );
    expect(before.data).toEqual({ milestonesBilledTwice: { items: [] }, paidInvoicesShort: { items: [] }, invoiceTotalMismatches: { items: [] } });
    await finance.db.transaction(async (tx) => {
      await tx.run(
        "INSERT INTO billing_item (id, billing_event_id, kind, source_ref, quantity, unit_price, amount) VALUES ('BI-0000099', 'BE-000002', 'MILESTONE', 'MS-000001', 100, 2000000, 2000000)",
      );
      await tx.run(
        "INSERT INTO invoice (id, tran_id, customer_id, project_id, status, issue_date, due_date, currency, total) VALUES ('INV-100098', 'OG-2026-000098', 'CUST-10001', 'PJ-100001', 'Paid In Full', '2026-10-01', '2026-10-31', 'USD', 1000000)",
      );
      await tx.run(
        "INSERT INTO invoice_line (invoice_id, line_no, billing_event_id, kind, description, amount) VALUES ('INV-100098', 1, NULL, 'TIME', 'Time', 1000000)",
      );
      await tx.run("INSERT INTO payment (id, invoice_id, payment_date, amount) VALUES ('PAY-100098', 'INV-100098', '2026-10-20', 975000)");
      await tx.run(
        "INSERT INTO invoice (id, tran_id, customer_id, project_id, status, issue_date, due_date, currency, total) VALUES ('INV-100099', 'OG-2026-000099', 'CUST-10001', 'PJ-100001', 'Open', '2026-10-01', '2026-10-31', 'USD', 500000)",
      );
      await tx.run(
        "INSERT INTO invoice_line (invoice_id, line_no, billing_event_id, kind, description, amount) VALUES ('INV-100099', 1, NULL, 'TIME', 'Time', 400000)",
      );
    });
    try {
      const twice = await systemRead<{ milestonesBilledTwice: { truncated: boolean; items: Record<string, unknown>[] } }>(
        '{ milestonesBilledTwice(first: 100) { truncated items { milestoneId projectId itemId billingEventId amount currency } } }',
      );
      expect(twice.data!.milestonesBilledTwice).toEqual({
        truncated: false,
        items: [
          {
            milestoneId: toHubId('Milestone', 'MS-000001'),
            projectId: hub.dataProject,
            itemId: 'BI-0000003',
            billingEventId: 'BE-000003',
            amount: '20000.00',
            currency: 'USD',
          },
          {
            milestoneId: toHubId('Milestone', 'MS-000001'),
            projectId: hub.erpProject,
            itemId: 'BI-0000099',
            billingEventId: 'BE-000002',
            amount: '20000.00',
            currency: 'USD',
          },
        ],
      });
      const short = await systemRead<{ paidInvoicesShort: { items: Record<string, unknown>[] } }>(`{ paidInvoicesShort(first: 100) { ${DRIFT} } }`);
      expect(short.data!.paidInvoicesShort.items).toEqual([
        {
          invoiceId: toHubId('Invoice', 'INV-100098'),
          erpId: 'INV-100098',
          number: 'OG-2026-000098',
          status: 'PAID',
          projectId: hub.erpProject,
          customerId: hub.acme,
          currency: 'USD',
          total: '10000.00',
          paid: '9750.00',
          lines: '10000.00',
          items: null,
        },
      ]);
      const mismatched = await systemRead<{ invoiceTotalMismatches: { items: { erpId: string; total: string; lines: string }[] } }>(
        `{ invoiceTotalMismatches(first: 100) { ${DRIFT} } }`,
      );
      expect(mismatched.data!.invoiceTotalMismatches.items.map((invoice) => [invoice.erpId, invoice.total, invoice.lines])).toEqual([
        ['INV-100099', '5000.00', '4000.00'],
      ]);
    } finally {
      await finance.db.transaction(async (tx) => {
        await tx.run("DELETE FROM billing_item WHERE id = 'BI-0000099'");
        await tx.run("DELETE FROM payment WHERE id = 'PAY-100098'");
        await tx.run("DELETE FROM invoice_line WHERE invoice_id IN ('INV-100098', 'INV-100099')");
        await tx.run("DELETE FROM invoice WHERE id IN ('INV-100098', 'INV-100099')");
      });
    }
  });

  it('lists the rate cards and the TIME cost postings per project', async () => {
    const cards = await systemRead<{ rateCards: { truncated: boolean; items: { id: string }[] } }>(
      '{ rateCards(first: 5000) { truncated items { id role region currency billRate effectiveFrom effectiveTo } } }',
    );
    const stored = await finance.db.all<{ id: string }>('SELECT id FROM rate_card ORDER BY role, region, currency, effective_from');
    expect(cards.data!.rateCards).toMatchObject({ truncated: false });
    expect(cards.data!.rateCards.items.map((card) => card.id)).toEqual(stored.map((row) => row.id));
    const counts = await systemRead<{ timeCostPostingCounts: { items: { projectId: string; postings: number }[] } }>(
      '{ timeCostPostingCounts(first: 100) { truncated items { projectId postings } } }',
    );
    const expected = await finance.db.all<{ psa_project_id: string; n: number }>(
      "SELECT p.psa_project_id, COUNT(*) AS n FROM cost_posting c JOIN erp_project p ON p.id = c.project_id WHERE c.source = 'TIME' AND c.status <> 'Reversed' GROUP BY p.psa_project_id ORDER BY p.psa_project_id",
    );
    expect(counts.data!.timeCostPostingCounts.items).toEqual(
      expected.map((row) => ({ projectId: toHubId('Project', row.psa_project_id), postings: Number(row.n) })),
    );
  });
});
