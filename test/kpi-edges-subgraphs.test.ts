/**
 * The KPI edge definitions where the PSA computes them, called as the gateway calls the projects
 * subgraph (over the fixture and its KPI edge cases): a delivered project's remaining estimate is
 * zero, a cancelled one keeps it; the portfolio's utilization divides the billable hours of the days
 * each consultant was employed by the availability the HCM sends (PortfolioSummary.staffCapacity),
 * and a malformed staffCapacity is a coded error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows, type SqlRow } from '../platform/sql.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { CANCELLED_PROJECT, FINISHED_FIXED_PROJECT, fixture, hub, kpiEdges } from './support/fixture.ts';
import { entitiesQuery, expectCodedError, startTestSubgraph, type TestSubgraph } from './support/subgraph.ts';

let projects: TestSubgraph;

beforeAll(async () => {
  projects = await startTestSubgraph('projects', {
    fill: (db) =>
      db.transaction(async (tx) => {
        for (const tables of [fixture.projects, kpiEdges.projects] as Record<string, SqlRow[]>[]) {
          for (const [table, rows] of Object.entries(tables)) await insertRows(tx, table, rows);
        }
      }),
  });
});

afterAll(async () => {
  await projects?.stop();
});

/** The key the portfolio root query gives a filter. */
async function portfolioKey(filter: string): Promise<string> {
  const result = await projects.query<{ portfolio: { key: string } }>(`{ portfolio(filter: ${filter}) { key } }`);
  return result.data?.portfolio.key as string;
}

describe('KPI edges in the projects subgraph', () => {
  it('zeroes the remaining estimate of a completed project and keeps that of a cancelled one', async () => {
    const representations = [FINISHED_FIXED_PROJECT, CANCELLED_PROJECT].map((id) => ({ __typename: 'Project', id: toHubId('Project', id) }));
    expect(await projects.query(entitiesQuery('Project', 'status deliveryTotals { approvedHours remainingPlannedHours }'), { r: representations })).toEqual({
      data: {
        _entities: [
          // 300h planned, 104h approved: 196h would remain, but the project is COMPLETED.
          { status: 'COMPLETED', deliveryTotals: { approvedHours: '104.00', remainingPlannedHours: '0.00' } },
          // 400h planned, 82h approved: 318h remain of a cancelled project's estimate.
          { status: 'CANCELLED', deliveryTotals: { approvedHours: '82.00', remainingPlannedHours: '318.00' } },
        ],
      },
    });
  });

  it('divides the billable hours of the days employed by the capacity the HCM sends', async () => {
    const key = await portfolioKey(`{ customerId: "${hub.acme}", from: "2026-09-01", to: "2026-09-11" }`);
    const capacity = (adaTo: string | null) => [
      { consultantId: hub.ada, availableHours: '56.000', activeFrom: '2020-01-06', activeTo: adaTo },
      { consultantId: hub.grace, availableHours: '72.000', activeFrom: '2019-03-01', activeTo: null },
    ];
    const representations = [
      { __typename: 'PortfolioSummary', key, staffCapacity: capacity(null) },
      // Were Ada terminated on 3 September, her 7.5h of the 4th would not count.
      { __typename: 'PortfolioSummary', key, staffCapacity: capacity('2026-09-03') },
      { __typename: 'PortfolioSummary', key, staffCapacity: [] },
      { __typename: 'PortfolioSummary', key },
    ];
    expect(await projects.query(entitiesQuery('PortfolioSummary', 'utilization'), { r: representations })).toEqual({
      data: {
        _entities: [
          // (23.5h Ada + 14h Grace) ÷ (56h + 72h) = 0.29296875 → 0.293
          { utilization: 0.293 },
          // (16h + 14h) ÷ 128h = 0.234375 → 0.2344
          { utilization: 0.2344 },
          // Nothing available, or no capacity sent: null.
          { utilization: null },
          { utilization: null },
        ],
      },
    });
  });

  it('refuses a malformed staffCapacity with a coded error', async () => {
    const key = await portfolioKey('{ status: ACTIVE }');
    for (const staffCapacity of [
      'all of them',
      [{ consultantId: 'nobody', availableHours: '1.000' }],
      [{ consultantId: hub.ada, availableHours: 'lots' }],
      [{ consultantId: hub.ada, availableHours: '1.000', activeTo: 'someday' }],
      [null],
    ]) {
      const response = await projects.call(entitiesQuery('PortfolioSummary', 'utilization'), { r: [{ __typename: 'PortfolioSummary', key, staffCapacity }] });
      expectCodedError(response, ['BAD_USER_INPUT']);
    }
  });
});
