/**
 * Rates visible to those allowed (docs/security.md): a time entry's bill and cost rate (PSA), the
 * ERP's rate cards, and the bill rate the rate card says an entry should have had (finance's field
 * on the PSA's TimeEntry, through @requires), through the gateway for every role; rateCards' filters,
 * keyset pages and bad input; and the hidden rate-card scope the gateway plans with.
 *
 * The fixture plus: an older Senior Consultant rate card and an EMEA one, an under-billed timecard
 * (Ada at 140.00 on a day the 150.00 card covers) and a Partner's timecard no rate card covers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../platform/auth.ts';
import { insertRows } from '../platform/sql.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { encodeCursor } from '../subgraphs/shared/pagination.ts';
import { ADA, ERP_PROJECT, fillFixture, hub, LINUS } from './support/fixture.ts';
import { authorizationAs, type GraphQLResult, startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

const UNDER_BILLED = 'TC-0000010';
const UNCOVERED = 'TC-0000011';

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (stores) => {
      await fillFixture(stores);
      await insertRows(stores.finance, 'rate_card', [
        {
          id: 'RC-0003',
          role: 'Senior Consultant',
          region: 'North America',
          bill_rate: 14000,
          currency: 'USD',
          effective_from: '2025-01-06',
          effective_to: '2025-12-31',
        },
        { id: 'RC-0004', role: 'Consultant', region: 'EMEA', bill_rate: 11000, currency: 'USD', effective_from: '2026-01-05', effective_to: null },
      ]);
      await insertRows(stores.projects, 'assignment', [
        {
          id: 'ASG-000010',
          project_id: ERP_PROJECT,
          worker_id: LINUS,
          role: 'Partner',
          start_date: '2026-08-01',
          end_date: '2026-12-31',
          allocation_pct: 10,
          planned_hours: 1_000,
          status: 'Scheduled',
        },
      ]);
      const entry = (id: string, worker: string, assignment: string, date: string, billRate: number, costRate: number) => ({
        id,
        project_id: ERP_PROJECT,
        assignment_id: assignment,
        worker_id: worker,
        work_date: date,
        hours: 800,
        billable: 1,
        notes: null,
        status: 'Approved',
        bill_rate: billRate,
        cost_rate: costRate,
        version: 1,
      });
      await insertRows(stores.projects, 'time_entry', [
        entry(UNDER_BILLED, ADA, 'ASG-000001', '2026-09-10', 14000, 9000),
        entry(UNCOVERED, LINUS, 'ASG-000010', '2026-09-11', 30000, 18000),
      ]);
    },
  });
});

afterAll(async () => {
  await testHub?.stop();
});

type Caller = Role | 'portal-acme' | 'portal-globex';

async function queryAs<T = Record<string, unknown>>(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  const headers =
    caller === 'portal-acme'
      ? await authorizationAs('portal', hub.acme)
      : caller === 'portal-globex'
        ? await authorizationAs('portal', hub.globex)
        : await authorizationAs(caller);
  return testHub.query<T>(query, variables, headers);
}

const usd = (amount: string) => ({ amount, currency: 'USD' });

const RATES = `query($id: ID!) { project(id: $id) { name timeEntries(first: 50) { totalCount edges { node {
  id hours billRate { amount currency } costRate { amount currency } expectedBillRate { amount currency } } } } } }`;

interface RatesRow {
  id: string;
  hours: string;
  billRate: { amount: string; currency: string } | null;
  costRate: { amount: string; currency: string } | null;
  expectedBillRate: { amount: string; currency: string } | null;
}
type RatesResult = { project: { name: string; timeEntries: { totalCount: number; edges: { node: RatesRow }[] } } | null };

/** The ERP project's timecards by date, then id, with the rates they carry and the rate card's (hand-checked against the fixture). */
const EXPECTED: [string, string, string, string | null][] = [
  // id, bill rate, cost rate, expected bill rate
  ['TC-0000001', '150.00', '90.00', '150.00'], // Ada, Senior Consultant (no assignment on the row: her covering one)
  ['TC-0000005', '200.00', '100.00', '200.00'], // Grace, Manager
  ['TC-0000006', '200.00', '100.00', '200.00'],
  ['TC-0000002', '150.00', '90.00', '150.00'],
  ['TC-0000003', '150.00', '90.00', '150.00'],
  ['TC-0000004', '150.00', '90.00', '150.00'],
  ['TC-0000007', '150.00', '90.00', '150.00'],
  [UNDER_BILLED, '140.00', '90.00', '150.00'], // valued at last year's card, billed under the current one
  [UNCOVERED, '300.00', '180.00', null], // a Partner: no rate card covers the role
];

describe('TimeEntry.billRate, costRate and expectedBillRate', () => {
  it.each(['finance', 'admin'] as const)('%s reads every rate, and finds the under-billed entry', async (caller) => {
    const result = await queryAs<RatesResult>(caller, RATES, { id: hub.erpProject });
    expect(result.errors).toBeUndefined();
    const rows = result.data!.project!.timeEntries.edges.map(({ node }) => node);
    expect(rows.map((row) => [row.id, row.billRate?.amount, row.costRate?.amount, row.expectedBillRate?.amount ?? null])).toEqual(
      EXPECTED.map(([id, bill, cost, expected]) => [toHubId('TimeEntry', id), bill, cost, expected]),
    );
    expect(rows[0]).toMatchObject({ billRate: usd('150.00'), costRate: usd('90.00'), expectedBillRate: usd('150.00') });
    // Under-billing: the rate the entry carries is below the rate card's.
    const underBilled = rows.filter((row) => row.billRate && row.expectedBillRate && Number(row.billRate.amount) < Number(row.expectedBillRate.amount));
    expect(underBilled.map((row) => row.id)).toEqual([toHubId('TimeEntry', UNDER_BILLED)]);
  });

  it.each(['analyst', 'delivery', 'portal-acme'] as const)('%s gets null and FORBIDDEN at each rate, the rest of the answer intact', async (caller) => {
    const result = await queryAs<RatesResult>(caller, RATES, { id: hub.erpProject });
    const rows = result.data!.project!.timeEntries.edges.map(({ node }) => node);
    expect(result.data!.project!.name).toBe('Acme ERP rollout');
    expect(rows.map((row) => [row.id, row.hours])).toEqual(EXPECTED.map(([id]) => [toHubId('TimeEntry', id), expect.any(String)]));
    expect(rows.every((row) => row.billRate === null && row.costRate === null && row.expectedBillRate === null)).toBe(true);
    const refusals = (result.errors ?? []).map((error) => `${error.extensions?.code} ${error.path?.join('.')}`).sort();
    expect(refusals).toEqual(
      EXPECTED.flatMap((_row, index) =>
        ['billRate', 'costRate', 'expectedBillRate'].map((field) => `FORBIDDEN project.timeEntries.edges.${index}.node.${field}`),
      ).sort(),
    );
  });

  it('gives another customer’s portal user nothing to refuse: the project does not exist for it', async () => {
    expect(await queryAs('portal-globex', RATES, { id: hub.erpProject })).toEqual({ data: { project: null } });
  });

  it('keeps the rate-card scope the gateway plans with out of the public graph', async () => {
    const result = await queryAs('admin', `query($id: ID!) { project(id: $id) { timeEntries { edges { node { rateCardRole rateCardRegion } } } } }`, {
      id: hub.erpProject,
    });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
  });
});

/** POSTs straight to a subgraph with a user's token (not the gateway's credential). */
async function subgraphQuery(service: string, caller: Role, query: string, variables: Record<string, unknown> = {}) {
  const subgraph = testHub.subgraphs.find((candidate) => candidate.name === service)!;
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authorizationAs(caller)) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<Record<string, unknown>>;
}

describe('subgraphs called directly', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on TimeEntry { expectedBillRate { amount currency } } } }`;
  const representation = (date: unknown, rateCardRole: string | null, rateCardRegion: string | null = 'North America') => ({
    __typename: 'TimeEntry',
    id: toHubId('TimeEntry', UNDER_BILLED),
    date,
    rateCardRole,
    rateCardRegion,
    // The project's currency: only a card in it prices the entry (test/time-currency.test.ts).
    rateCardCurrency: 'USD',
  });

  it('the PSA answers the rate-card scope only to the gateway', async () => {
    const result = await subgraphQuery(
      'projects',
      'admin',
      `query($id: ID!) { project(id: $id) { timeEntries(first: 1) { edges { node { id rateCardRole } } } } }`,
      {
        id: hub.erpProject,
      },
    );
    expect(result.errors?.[0]).toMatchObject({ path: ['project', 'timeEntries', 'edges', 0, 'node', 'rateCardRole'], extensions: { code: 'FORBIDDEN' } });
  });

  it('finance values a representation at the rate card in force on its date, in one batch', async () => {
    const result = await subgraphQuery('finance', 'finance', ENTITIES, {
      r: [
        representation('2026-09-10', 'Senior Consultant'),
        representation('2025-06-02', 'Senior Consultant'),
        representation('2024-06-03', 'Senior Consultant'),
        representation('2026-09-10', 'Partner'),
        representation('2026-09-10', null),
        representation('2026-09-10', 'Consultant', 'EMEA'),
        representation('2026-09-10', 'Senior Consultant', null),
      ],
    });
    expect(result).toEqual({
      data: {
        _entities: [
          { expectedBillRate: usd('150.00') },
          { expectedBillRate: usd('140.00') },
          { expectedBillRate: null },
          { expectedBillRate: null },
          { expectedBillRate: null },
          { expectedBillRate: usd('110.00') },
          { expectedBillRate: null },
        ],
      },
    });
  });

  it('finance refuses the field to other roles and a malformed date as BAD_USER_INPUT', async () => {
    const refused = await subgraphQuery('finance', 'delivery', ENTITIES, { r: [representation('2026-09-10', 'Senior Consultant')] });
    expect(refused.errors?.[0]).toMatchObject({ path: ['_entities', 0, 'expectedBillRate'], extensions: { code: 'FORBIDDEN' } });
    const malformed = await subgraphQuery('finance', 'finance', ENTITIES, { r: [representation('2026-13-01', 'Senior Consultant')] });
    expect(malformed.errors?.[0]).toMatchObject({ message: expect.stringContaining('2026-13-01'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});

const RATE_CARDS = `query($filter: RateCardFilter, $first: Int, $after: String) {
  rateCards(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id role region billRate { amount currency } effectiveFrom effectiveTo } } } }`;

interface RateCardsResult {
  rateCards: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: { id: string; role: string; region: string; billRate: { amount: string }; effectiveFrom: string; effectiveTo: string | null };
    }[];
  };
}

const ids = (result: GraphQLResult<RateCardsResult>) => result.data?.rateCards.edges.map(({ node }) => node.id);
const rtc = (...nativeIds: string[]) => nativeIds.map((id) => toHubId('RateCard', id));

describe('Query.rateCards', () => {
  it('lists the price list by ERP id for finance and admins', async () => {
    for (const caller of ['finance', 'admin'] as const) {
      const result = await queryAs<RateCardsResult>(caller, RATE_CARDS);
      expect(result.errors).toBeUndefined();
      expect(result.data!.rateCards.totalCount).toBe(4);
      expect(result.data!.rateCards.edges.map(({ node }) => node)).toEqual([
        { id: rtc('RC-0001')[0], role: 'Senior Consultant', region: 'North America', billRate: usd('150.00'), effectiveFrom: '2026-01-01', effectiveTo: null },
        { id: rtc('RC-0002')[0], role: 'Manager', region: 'North America', billRate: usd('200.00'), effectiveFrom: '2026-01-01', effectiveTo: null },
        {
          id: rtc('RC-0003')[0],
          role: 'Senior Consultant',
          region: 'North America',
          billRate: usd('140.00'),
          effectiveFrom: '2025-01-06',
          effectiveTo: '2025-12-31',
        },
        { id: rtc('RC-0004')[0], role: 'Consultant', region: 'EMEA', billRate: usd('110.00'), effectiveFrom: '2026-01-05', effectiveTo: null },
      ]);
    }
  });

  it.each(['analyst', 'delivery', 'portal-acme'] as const)('refuses %s: FORBIDDEN, no answer', async (caller) => {
    const result = await queryAs(caller, RATE_CARDS);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ path: ['rateCards'], extensions: expect.objectContaining({ code: 'FORBIDDEN' }) })]);
  });

  it.each([
    [{ role: 'Senior Consultant' }, ['RC-0001', 'RC-0003']],
    [{ region: 'EMEA' }, ['RC-0004']],
    [{ role: 'Senior Consultant', region: 'North America', activeOn: '2025-12-31' }, ['RC-0003']],
    [{ role: 'Senior Consultant', activeOn: '2026-01-01' }, ['RC-0001']],
    [{ activeOn: '2026-01-02' }, ['RC-0001', 'RC-0002']],
    [{ activeOn: '2025-01-05' }, []],
    [{ role: 'senior consultant' }, []],
    [{ role: 'Partner' }, []],
  ])('filters by %j', async (filter, expected) => {
    const result = await queryAs<RateCardsResult>('finance', RATE_CARDS, { filter });
    expect(result.errors).toBeUndefined();
    expect(ids(result)).toEqual(rtc(...expected));
    expect(result.data!.rateCards.totalCount).toBe(expected.length);
  });

  it('pages by keyset: every card once, in order, the count unchanged', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: GraphQLResult<RateCardsResult> = await queryAs<RateCardsResult>('finance', RATE_CARDS, {
        first: 3,
        after,
        filter: { region: 'North America' },
      });
      expect(result.errors).toBeUndefined();
      const { edges, pageInfo, totalCount } = result.data!.rateCards;
      expect(totalCount).toBe(3);
      seen.push(...edges.map(({ node }) => node.id));
      if (edges.length) expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toEqual(rtc('RC-0001', 'RC-0002', 'RC-0003'));
    const twoByTwo = await queryAs<RateCardsResult>('finance', RATE_CARDS, { first: 2 });
    expect(ids(twoByTwo)).toEqual(rtc('RC-0001', 'RC-0002'));
    expect(twoByTwo.data!.rateCards.pageInfo.hasNextPage).toBe(true);
    const rest = await queryAs<RateCardsResult>('finance', RATE_CARDS, { first: 2, after: twoByTwo.data!.rateCards.pageInfo.endCursor });
    expect(ids(rest)).toEqual(rtc('RC-0003', 'RC-0004'));
    expect(rest.data!.rateCards.pageInfo).toEqual({ hasNextPage: false, endCursor: rest.data!.rateCards.edges[1]!.cursor });
    const empty = await queryAs<RateCardsResult>('finance', RATE_CARDS, { first: 0 });
    expect(empty.data!.rateCards).toMatchObject({ totalCount: 4, edges: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  function badInput(argumentName: string) {
    return [
      expect.objectContaining({
        message: expect.stringContaining(`"${argumentName}"`),
        path: ['rateCards'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName }),
      }),
    ];
  }

  it.each([
    ['an unknown cursor', { after: 'bogus' }, 'after'],
    ['another connection’s cursor', { after: encodeCursor('2026-09-01|TC-0000001') }, 'after'],
    ['a page too large', { first: 501 }, 'first'],
    ['a negative page', { first: -1 }, 'first'],
    ['a role too long', { filter: { role: 'x'.repeat(201) } }, 'filter.role'],
    ['a region too long', { filter: { region: 'x'.repeat(201) } }, 'filter.region'],
  ])('refuses %s as BAD_USER_INPUT naming the argument', async (_what, variables, argument) => {
    const result = await queryAs('finance', RATE_CARDS, variables);
    expect(result.data).toBeNull();
    expect(result.errors).toEqual(badInput(argument));
  });

  it.each(['2026-02-30', '2026-1-5', 'today', '2026-01-05T00:00:00Z'])(
    'refuses a malformed activeOn %j before anything runs: 400 BAD_USER_INPUT naming it',
    async (activeOn) => {
      const response = await fetch(testHub.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authorizationAs('finance')) },
        body: JSON.stringify({ query: RATE_CARDS, variables: { filter: { activeOn } } }),
      });
      expect(response.status).toBe(400);
      const body = (await response.json()) as GraphQLResult<unknown>;
      expect(body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^Variable "\$filter" got invalid value .* at "filter\.activeOn"; .*Date/),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
    },
  );

  it('refuses a malformed activeOn literal while validating the document, as every Date literal is', async () => {
    const result = await queryAs('finance', `{ rateCards(filter: { activeOn: "2026-02-30" }) { totalCount } }`);
    expect(result.data).toBeUndefined();
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Expected value of type "Date", found "2026-02-30"/),
        extensions: expect.objectContaining({ code: 'GRAPHQL_VALIDATION_FAILED' }),
      }),
    ]);
  });
});
