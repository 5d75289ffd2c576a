/**
 * The projects subgraph on its own: built from its registry entry over its own store (the
 * fixture's PSA rows), served on port 0 and called as the gateway calls it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { DATA_PROJECT, ERP_PROJECT, hub } from '../support/fixture.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

let projects: TestSubgraph;

beforeAll(async () => {
  projects = await startTestSubgraph('projects');
});

afterAll(async () => {
  await projects?.stop();
});

/** Ada's capacity as the gateway brings it from resources for `Consultant.utilization`'s @requires. */
const ADA_CAPACITY = { weeklyHours: '40.00', utilizationTarget: 0.8, activeFrom: '2020-01-06', activeTo: null, timeOff: [] };
const UTILIZATION = 'utilization(from: "2026-09-01", to: "2026-09-30") { billableHours }';

describe('projects subgraph', () => {
  it('answers its root queries from its own store', async () => {
    const result = await projects.query(
      `query ($id: ID!) {
        projects { totalCount edges { node { id code status billingModel } } }
        project(id: $id) { name milestones { name status } assignments { role consultant { id } } changeOrders { status } }
      }`,
      { id: hub.dataProject },
    );
    expect(result).toEqual({
      data: {
        projects: {
          totalCount: 2,
          edges: [
            { node: { id: hub.erpProject, code: 'ACME-ERP-01', status: 'ACTIVE', billingModel: 'TIME_AND_MATERIALS' } },
            { node: { id: hub.dataProject, code: 'ACME-DAT-01', status: 'ACTIVE', billingModel: 'FIXED_FEE' } },
          ],
        },
        project: {
          name: 'Acme data platform',
          milestones: [
            { name: 'Design signed off', status: 'APPROVED' },
            { name: 'Platform live', status: 'PLANNED' },
          ],
          assignments: [{ role: 'Manager', consultant: { id: hub.grace } }],
          changeOrders: [],
        },
      },
    });
  });

  it.each([
    ['Project', hub.erpProject, 'code', { code: 'ACME-ERP-01' }, toHubId('Project', 'PRJ-2026-9999')],
    ['Milestone', toHubId('Milestone', 'MS-000001'), 'name', { name: 'Design signed off' }, toHubId('Milestone', 'MS-999999')],
    ['Assignment', toHubId('Assignment', 'ASG-000002'), 'role', { role: 'Manager' }, toHubId('Assignment', 'ASG-999999')],
    ['TimeEntry', toHubId('TimeEntry', 'TC-0000003'), 'hours status', { hours: '7.50', status: 'POSTED' }, toHubId('TimeEntry', 'TC-9999999')],
    ['ChangeOrder', toHubId('ChangeOrder', 'CO-000001'), 'status', { status: 'SUBMITTED' }, toHubId('ChangeOrder', 'CO-999999')],
    ['PortfolioSummary', null, 'projectCount', { projectCount: 2 }, 'not a key'],
  ])('resolves an owned %s by representation, and an unknown key as null', async (type, id, selection, expected, unknown) => {
    const key = type === 'PortfolioSummary' ? 'key' : 'id';
    // A portfolio's key is the normalized filter, as the portfolio root query answers it.
    const known =
      id ?? ((await projects.query<{ portfolio: { key: string } }>('{ portfolio(filter: { status: ACTIVE }) { key } }')).data?.portfolio.key as string);
    const representations = [
      { __typename: type, [key]: known },
      { __typename: type, [key]: unknown },
    ];
    expect(await projects.query(entitiesQuery(type, selection), { r: representations })).toEqual({ data: { _entities: [expected, null] } });
  });

  it.each([
    ['Customer', hub.acme, 'projects { id }', { projects: [{ id: hub.erpProject }, { id: hub.dataProject }] }, { projects: [] }],
    ['Opportunity', hub.acmeErpDeal, 'project { code }', { project: { code: 'ACME-ERP-01' } }, { project: null }],
    [
      'Consultant',
      hub.grace,
      'assignments { id }',
      { assignments: [{ id: toHubId('Assignment', 'ASG-000002') }, { id: toHubId('Assignment', 'ASG-000003') }] },
      { assignments: [] },
    ],
  ])('adds its fields to an extended %s, and nothing to an unknown one', async (type, id, selection, expected, empty) => {
    const representations = [
      { __typename: type, id },
      { __typename: type, id: 'unknown' },
    ];
    expect(await projects.query(entitiesQuery(type, selection), { r: representations })).toEqual({ data: { _entities: [expected, empty] } });
  });

  it.each(['Project', 'Milestone', 'Customer', 'Consultant'])('answers a malformed %s representation with a coded error, not a 500', async (type) => {
    for (const representations of malformedRepresentations(type, hub.erpProject)) {
      const response = await projects.call(entitiesQuery(type, 'id'), { r: representations });
      expectCodedError(response);
    }
  });

  it('keeps the cost inputs (@inaccessible) for requests the gateway planned', async () => {
    const query = `query ($id: ID!) { project(id: $id) { code deliveryTotals { approvedHours } } }`;
    const planned = await projects.query(query, { id: hub.erpProject }, { as: { role: 'admin' } });
    expect(planned).toEqual({ data: { project: { code: 'ACME-ERP-01', deliveryTotals: { approvedHours: '35.50' } } } });
    const direct = await projects.call(query, { id: hub.erpProject }, { as: { role: 'admin' }, viaGateway: false });
    expect(direct.body).toMatchObject({ data: { project: null }, errors: [{ path: ['project', 'deliveryTotals'], extensions: { code: 'FORBIDDEN' } }] });
  });

  it('refuses a consultant’s utilization (@requiresRole) to a portal token, and shows it only its customer’s projects', async () => {
    const representations = [{ __typename: 'Consultant', id: hub.ada, capacity: ADA_CAPACITY }];
    const analyst = await projects.query(entitiesQuery('Consultant', UTILIZATION), { r: representations });
    expect(analyst).toEqual({ data: { _entities: [{ utilization: { billableHours: '23.50' } }] } });
    const portal = await projects.query(entitiesQuery('Consultant', UTILIZATION), { r: representations }, { as: { role: 'portal', customerId: hub.acme } });
    expect(portal).toMatchObject({
      data: { _entities: [{ utilization: null }] },
      errors: [{ path: ['_entities', 0, 'utilization'], extensions: { code: 'FORBIDDEN' } }],
    });
    const globex = { as: { role: 'portal', customerId: hub.globex } } as const;
    expect(await projects.query('{ projects { totalCount } }', {}, globex)).toEqual({ data: { projects: { totalCount: 0 } } });
    const ids = [ERP_PROJECT, DATA_PROJECT].map((native) => ({ __typename: 'Project', id: toHubId('Project', native) }));
    expect(await projects.query(entitiesQuery('Project', 'code'), { r: ids }, globex)).toEqual({ data: { _entities: [null, null] } });
  });

  it('serves schema/projects.graphql as its SDL', async () => {
    const served = await projects.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('projects', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});
