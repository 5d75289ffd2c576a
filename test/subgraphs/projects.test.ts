/**
 * The projects subgraph on its own: built from its registry entry over its own store (the
 * fixture's PSA rows), served on port 0 and called as the gateway calls it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId, tryNativeId } from '../../subgraphs/shared/ids.ts';
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

describe('projects subgraph: reconciliation reads (system API)', () => {
  async function systemRead<T>(query: string, variables: Record<string, unknown> = {}) {
    const { signToken, WORKFLOWS_SERVICE } = await import('../../platform/auth.ts');
    const response = await fetch(projects.url.replace(/\/graphql$/, '/system/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  }
  const TIME = 'truncated items { id projectId consultantId assignmentId role date hours billable status billRate currency }';
  type TimePage = { truncated: boolean; items: { id: string; date: string; status: string; role: string | null; billRate: string }[] };
  const ADA_ID = toHubId('Consultant', 'W-00001');
  /** Two timecards on ASG-000001 (its role priced by the assignment), one at another rate, both APPROVED long ago. */
  const extra = [
    { id: 'TC-0000901', date: '2026-02-02', rate: 15000 },
    { id: 'TC-0000902', date: '2026-02-03', rate: 14000 },
  ];

  beforeAll(async () => {
    for (const entry of extra) {
      await projects.db.run(
        `INSERT INTO time_entry (id, project_id, assignment_id, worker_id, work_date, hours, billable, notes, status, bill_rate, cost_rate, version)
         VALUES (?, 'PRJ-2026-0001', 'ASG-000001', 'W-00001', ?, 800, 1, NULL, 'Approved', ?, 9000, 1)`,
        [entry.id, entry.date, entry.rate],
      );
    }
  });

  afterAll(async () => {
    await projects.db.run("DELETE FROM time_entry WHERE id IN ('TC-0000901', 'TC-0000902')");
  });

  it('lists every project with its status, contract and bookings', async () => {
    const page = await systemRead<{
      reconciliationProjects: { truncated: boolean; items: { id: string; status: string; bookings: string; customerId: string }[] };
    }>('{ reconciliationProjects(first: 100) { truncated items { id code customerId contractId status billingModel bookings currency region } } }');
    const stored = await projects.db.all<{ id: string }>('SELECT id FROM project ORDER BY id');
    expect(page.data!.reconciliationProjects.truncated).toBe(false);
    expect(page.data!.reconciliationProjects.items.map((item) => item.id)).toEqual(stored.map((row) => toHubId('Project', row.id)));
    expect(page.data!.reconciliationProjects.items[0]).toMatchObject({ id: hub.erpProject, customerId: hub.acme });
  });

  it("finds approved time dated before a day, and time and assignments after a consultant's date", async () => {
    const stale = await systemRead<{ staleApprovedTime: TimePage }>(`query ($before: Date!) { staleApprovedTime(before: $before, first: 100) { ${TIME} } }`, {
      before: '2026-03-01',
    });
    expect(stale.data!.staleApprovedTime.items.map((entry) => [tryNativeId('TimeEntry', entry.id), entry.status, entry.role])).toEqual([
      ['TC-0000901', 'APPROVED', 'Senior Consultant'],
      ['TC-0000902', 'APPROVED', 'Senior Consultant'],
    ]);
    const cut = await systemRead<{ staleApprovedTime: TimePage }>(`{ staleApprovedTime(before: "2026-03-01", first: 1) { ${TIME} } }`);
    expect(cut.data!.staleApprovedTime).toMatchObject({ truncated: true, items: [{ date: '2026-02-02' }] });

    const after = await systemRead<{ timeAfterDates: TimePage }>(
      `query ($consultants: [WorkerDate!]!) { timeAfterDates(consultants: $consultants, first: 500) { ${TIME} } }`,
      { consultants: [{ consultantId: ADA_ID, date: '2026-09-02' }] },
    );
    const expected = await projects.db.all<{ id: string }>(
      "SELECT id FROM time_entry WHERE worker_id = 'W-00001' AND work_date > '2026-09-02' ORDER BY work_date, id",
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(after.data!.timeAfterDates.items.map((entry) => tryNativeId('TimeEntry', entry.id))).toEqual(expected.map((row) => row.id));

    const assignments = await systemRead<{ assignmentsAfterDates: { items: { id: string; endDate: string }[] } }>(
      'query ($consultants: [WorkerDate!]!) { assignmentsAfterDates(consultants: $consultants, first: 500) { truncated items { id projectId consultantId role startDate endDate status } } }',
      { consultants: [{ consultantId: ADA_ID, date: '2026-01-01' }] },
    );
    const open = await projects.db.all<{ id: string }>("SELECT id FROM assignment WHERE worker_id = 'W-00001' AND end_date > '2026-01-01' ORDER BY id");
    expect(assignments.data!.assignmentsAfterDates.items.map((item) => tryNativeId('Assignment', item.id))).toEqual(open.map((row) => row.id));

    const tooMany = await systemRead('query ($consultants: [WorkerDate!]!) { timeAfterDates(consultants: $consultants, first: 10) { truncated } }', {
      consultants: Array.from({ length: 201 }, () => ({ consultantId: ADA_ID, date: '2026-01-01' })),
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await systemRead('{ staleApprovedTime(before: "soon", first: 10) { truncated } }');
    // A literal that is not a Date fails validation; nothing is read.
    expect(badDate.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('spans the bill rates in use per project and role, and lists the time at one rate', async () => {
    const spans = await systemRead<{
      billRateSpans: { items: { projectId: string; role: string; billRate: string; firstDate: string; lastDate: string; entries: number }[] };
    }>('{ billRateSpans(first: 100) { truncated items { projectId role region currency billRate firstDate lastDate entries } } }');
    expect(spans.data!.billRateSpans.items).toEqual([
      expect.objectContaining({
        projectId: hub.erpProject,
        role: 'Senior Consultant',
        billRate: '140.00',
        firstDate: '2026-02-03',
        lastDate: '2026-02-03',
        entries: 1,
      }),
      expect.objectContaining({
        projectId: hub.erpProject,
        role: 'Senior Consultant',
        billRate: '150.00',
        firstDate: '2026-02-02',
        lastDate: '2026-02-02',
        entries: 1,
      }),
    ]);
    const atRate = await systemRead<{ timeAtRate: TimePage }>(
      `{ timeAtRate(projectId: "${hub.erpProject}", role: "Senior Consultant", billRate: "140.00", from: "2026-01-01", to: "2026-12-31", first: 10) { ${TIME} } }`,
    );
    expect(atRate.data!.timeAtRate.items.map((entry) => tryNativeId('TimeEntry', entry.id))).toEqual(['TC-0000902']);
    const counts = await systemRead<{ postedTimeCounts: { items: { projectId: string; entries: number }[] } }>(
      '{ postedTimeCounts(first: 100) { truncated items { projectId entries } } }',
    );
    const posted = await projects.db.all<{ project_id: string; n: number }>(
      "SELECT project_id, COUNT(*) AS n FROM time_entry WHERE status IN ('Posted', 'Billed', 'Invoiced') GROUP BY project_id ORDER BY project_id",
    );
    expect(counts.data!.postedTimeCounts.items).toEqual(posted.map((row) => ({ projectId: toHubId('Project', row.project_id), entries: Number(row.n) })));
  });
});
