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
