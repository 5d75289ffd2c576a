/**
 * The delivery subgraph on its own: built from its registry entry over its own store (the rows
 * below, Jira-shaped), served on port 0 and called as the gateway calls it (and, for its system API,
 * as the workflows service does). Reads first, then the writes that change the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, WORKFLOWS_SERVICE } from '../../platform/auth.ts';
import { insertRows, type SqlDatabase } from '../../platform/sql.ts';
import { addDays, businessDate } from '../../subgraphs/shared/dates.ts';
import { toHubId, tryNativeId } from '../../subgraphs/shared/ids.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

/** Two customers' CRM account ids (Salesforce-shaped). */
const ACME = '001000000000000AAA';
const GLOBEX = '001000000000000BBB';
/** Acme's ERP rollout, Globex's data platform, an archived Acme engagement, and one about to be archived. */
const PRJ_ACME = 'PRJ-2026-0001';
const PRJ_GLOBEX = 'PRJ-2026-0002';
const PRJ_OLD = 'PRJ-2025-0007';
const PRJ_PILOT = 'PRJ-2026-0003';
/** Two consultants (HCM worker ids) and the milestones (PSA ids) the items deliver. */
const ADA = 'W-10001';
const LINUS = 'W-10002';
const MS_ACME = 'MS-000001';
const MS_ACME_LIVE = 'MS-000002';
const MS_GLOBEX = 'MS-000003';
/** A business date's year of worklogs: the rows' days, relative to it. */
const TODAY = businessDate();
const day = (offset: number) => addDays(TODAY, offset);

const workspaces = [
  { id: '10001', key: 'ACME', name: 'Acme ERP rollout', status: 'Active', customer_id: ACME, project_ref: PRJ_ACME, created_at: '2026-11-02T09:00:00.000Z' },
  {
    id: '10002',
    key: 'GLBX',
    name: 'Globex data platform',
    status: 'Active',
    customer_id: GLOBEX,
    project_ref: PRJ_GLOBEX,
    created_at: '2026-11-03T09:00:00.000Z',
  },
  { id: '10003', key: 'ACMEOLD', name: 'Acme legacy', status: 'Archived', customer_id: ACME, project_ref: PRJ_OLD, created_at: '2025-03-01T09:00:00.000Z' },
  { id: '10004', key: 'PILOT', name: 'Acme pilot', status: 'Active', customer_id: ACME, project_ref: PRJ_PILOT, created_at: '2026-11-04T09:00:00.000Z' },
];

const item = (id: string, workspace_id: string, item_type: string, summary: string, status: string, more: Record<string, unknown> = {}) => ({
  id,
  workspace_id,
  item_type,
  summary,
  status,
  assignee_ref: null,
  milestone_ref: null,
  estimate_hours: null,
  remaining_hours: null,
  updated_at: '2026-11-05T10:00:00.000Z',
  ...more,
});

const workItems = [
  item('ACME-1', '10001', 'Epic', 'Finance cutover', 'To Do', { milestone_ref: MS_ACME }),
  item('ACME-2', '10001', 'Story', 'Chart of accounts', 'In Review', { assignee_ref: ADA, milestone_ref: MS_ACME, estimate_hours: 1600, remaining_hours: 450 }),
  item('ACME-3', '10001', 'Task', 'Data migration', 'In Progress', { assignee_ref: ADA, estimate_hours: 800, remaining_hours: 800 }),
  item('ACME-4', '10001', 'Task', 'Cutover rehearsal', 'Done', { assignee_ref: LINUS, milestone_ref: MS_ACME_LIVE }),
  item('GLBX-1', '10002', 'Story', 'Lakehouse design', 'In Progress', { assignee_ref: ADA, milestone_ref: MS_GLOBEX }),
  item('ACMEOLD-1', '10003', 'Task', 'Legacy report', 'Done'),
  item('PILOT-1', '10004', 'Task', 'Pilot review', 'To Do'),
];

const worklog = (
  id: string,
  work_item_id: string,
  worker_ref: string,
  work_date: string,
  hours: number,
  comment: string | null,
  time_entry_ref: string | null = null,
) => ({
  id,
  work_item_id,
  worker_ref,
  work_date,
  hours,
  comment,
  time_entry_ref,
  synced_at: time_entry_ref ? '2026-11-06T08:00:00.000Z' : null,
  created_at: '2026-11-05T18:00:00.000Z',
});

const worklogs = [
  worklog('WL-000001', 'ACME-2', ADA, day(-3), 300, 'Mapped the accounts', 'TC-0000001'),
  worklog('WL-000002', 'ACME-3', ADA, day(-2), 750, null),
  worklog('WL-000003', 'GLBX-1', ADA, day(-2), 400, 'Design workshop'),
  worklog('WL-000004', 'ACME-4', LINUS, day(-1), 800, 'Rehearsal'),
  worklog('WL-000005', 'ACME-2', ADA, day(-400), 200, 'Kick-off'),
];

async function fill(db: SqlDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await insertRows(tx, 'workspace', workspaces);
    await insertRows(tx, 'work_item', workItems);
    await insertRows(tx, 'worklog', worklogs);
  });
}

const hub = {
  acme: toHubId('Customer', ACME),
  globex: toHubId('Customer', GLOBEX),
  acmeSpace: toHubId('Workspace', '10001'),
  globexSpace: toHubId('Workspace', '10002'),
  oldSpace: toHubId('Workspace', '10003'),
  pilotSpace: toHubId('Workspace', '10004'),
  acmeProject: toHubId('Project', PRJ_ACME),
  globexProject: toHubId('Project', PRJ_GLOBEX),
  ada: toHubId('Consultant', ADA),
  linus: toHubId('Consultant', LINUS),
  msAcme: toHubId('Milestone', MS_ACME),
  msGlobex: toHubId('Milestone', MS_GLOBEX),
};
const wki = (id: string) => toHubId('WorkItem', id);
const wlg = (id: string) => toHubId('Worklog', id);

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph('delivery', { fill });
});

afterAll(async () => {
  await subgraph?.stop();
});

const acmePortal = { as: { role: 'portal', customerId: hub.acme } } as const;

interface WriteAnswer {
  replayed: boolean;
  userErrors: { code: string; field: string[] | null }[];
  changes: { entity: string; entityId: string; before: string | null; after: string | null }[];
  result: string;
}

async function systemCall(query: string, variables: Record<string, unknown>) {
  const response = await fetch(subgraph.url.replace(/\/graphql$/, '/system/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, WriteAnswer> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

const WRITE_FIELDS = '{ replayed userErrors { code field } changes { entity entityId before after } result }';
const PROVISION = `mutation ($request: SystemRequest!, $projectId: ID!, $customerId: ID!, $name: String!, $key: String, $milestones: [WorkspaceMilestone!]) {
  provisionWorkspace(request: $request, projectId: $projectId, customerId: $customerId, name: $name, key: $key, milestones: $milestones) ${WRITE_FIELDS}
}`;
const REMOVE = `mutation ($request: SystemRequest!, $workspaceId: ID!) { removeWorkspace(request: $request, workspaceId: $workspaceId) ${WRITE_FIELDS} }`;
const SET_STATUS = `mutation ($request: SystemRequest!, $workItemId: ID!, $status: WorkItemStatus!) {
  setWorkItemStatus(request: $request, workItemId: $workItemId, status: $status) ${WRITE_FIELDS}
}`;
const RECORD = `mutation ($request: SystemRequest!, $workItemId: ID!, $consultantId: ID!, $date: Date!, $hours: Decimal!, $comment: String) {
  recordWorklog(request: $request, workItemId: $workItemId, consultantId: $consultantId, date: $date, hours: $hours, comment: $comment) ${WRITE_FIELDS}
}`;
const MARK_SYNCED = `mutation ($request: SystemRequest!, $worklogId: ID!, $timeEntryId: ID!) {
  markWorklogSynced(request: $request, worklogId: $worklogId, timeEntryId: $timeEntryId) ${WRITE_FIELDS}
}`;

let keys = 0;
/** A fresh request of a workflow step. */
const request = () => ({ requestKey: `delivery-test-${++keys}`, correlationId: 'delivery-test' });

/** A write's answer, its result parsed. */
async function write(query: string, variables: Record<string, unknown>) {
  const body = await systemCall(query, variables);
  expect(body.errors).toBeUndefined();
  const answer = Object.values(body.data ?? {})[0] as WriteAnswer;
  return { ...answer, result: JSON.parse(answer.result) as Record<string, string> };
}

/** The domain events in the outbox, oldest first. */
async function events(type?: string) {
  const rows = await subgraph.db.all<{ event: string }>('SELECT event FROM outbox ORDER BY seq');
  const all = rows.map(
    (row) => JSON.parse(row.event) as { type: string; aggregateId: string; fromState: string | null; toState: string | null; data?: Record<string, unknown> },
  );
  return type ? all.filter((event) => event.type === type) : all;
}

async function count(sql: string, params: (string | number)[] = []): Promise<number> {
  return Number((await subgraph.db.get<{ n: number }>(sql, params))?.n);
}

describe('delivery subgraph: reads', () => {
  it('answers its root queries from its own store', async () => {
    const result = await subgraph.query(
      `query ($space: ID!, $item: ID!, $log: ID!) {
        workspaces { totalCount edges { node { id key name status statusLabel customer { id } project { id } createdAt } } }
        workspace(id: $space) { key workItems { totalCount edges { node { key } } } }
        workItem(id: $item) {
          id key type title status statusLabel workspace { key } assignee { id } milestone { id }
          estimateHours remainingHours worklogs { id } updatedAt
        }
        worklog(id: $log) { id workItem { key } consultant { id } date hours comment synced timeEntry { id } }
      }`,
      { space: hub.acmeSpace, item: wki('ACME-2'), log: wlg('WL-000001') },
    );
    expect(result).toEqual({
      data: {
        workspaces: {
          totalCount: 4,
          edges: [
            {
              node: {
                id: hub.acmeSpace,
                key: 'ACME',
                name: 'Acme ERP rollout',
                status: 'ACTIVE',
                statusLabel: 'Active',
                customer: { id: hub.acme },
                project: { id: hub.acmeProject },
                createdAt: '2026-11-02T09:00:00.000Z',
              },
            },
            {
              node: {
                id: hub.globexSpace,
                key: 'GLBX',
                name: 'Globex data platform',
                status: 'ACTIVE',
                statusLabel: 'Active',
                customer: { id: hub.globex },
                project: { id: hub.globexProject },
                createdAt: '2026-11-03T09:00:00.000Z',
              },
            },
            expect.objectContaining({ node: expect.objectContaining({ key: 'ACMEOLD', status: 'ARCHIVED', statusLabel: 'Archived' }) }),
            expect.objectContaining({ node: expect.objectContaining({ key: 'PILOT' }) }),
          ],
        },
        workspace: { key: 'ACME', workItems: { totalCount: 4, edges: ['ACME-1', 'ACME-2', 'ACME-3', 'ACME-4'].map((key) => ({ node: { key } })) } },
        workItem: {
          id: wki('ACME-2'),
          key: 'ACME-2',
          type: 'STORY',
          title: 'Chart of accounts',
          status: 'IN_PROGRESS',
          statusLabel: 'In Review',
          workspace: { key: 'ACME' },
          assignee: { id: hub.ada },
          milestone: { id: hub.msAcme },
          estimateHours: '16.00',
          remainingHours: '4.50',
          worklogs: [{ id: wlg('WL-000005') }, { id: wlg('WL-000001') }],
          updatedAt: '2026-11-05T10:00:00.000Z',
        },
        worklog: {
          id: wlg('WL-000001'),
          workItem: { key: 'ACME-2' },
          consultant: { id: hub.ada },
          date: day(-3),
          hours: '3.00',
          comment: 'Mapped the accounts',
          synced: true,
          timeEntry: { id: toHubId('TimeEntry', 'TC-0000001') },
        },
      },
    });
    const unsynced = await subgraph.query(
      'query ($id: ID!, $unknown: ID!) { worklog(id: $id) { synced timeEntry { id } comment } workItem(id: $unknown) { id } }',
      {
        id: wlg('WL-000002'),
        unknown: wki('ACME-99'),
      },
    );
    expect(unsynced.data).toEqual({ worklog: { synced: false, timeEntry: null, comment: null }, workItem: null });
  });

  it('maps the tool’s vocabulary onto canonical types and statuses, and filters on the canonical ones', async () => {
    const result = await subgraph.query<{ workItems: { edges: { node: { key: string; type: string; status: string; statusLabel: string } }[] } }>(
      `{ workItems(filter: { workspaceId: "${hub.acmeSpace}" }) { edges { node { key type status statusLabel } } } }`,
    );
    expect(result.data?.workItems.edges.map(({ node }) => node)).toEqual([
      { key: 'ACME-1', type: 'EPIC', status: 'OPEN', statusLabel: 'To Do' },
      { key: 'ACME-2', type: 'STORY', status: 'IN_PROGRESS', statusLabel: 'In Review' },
      { key: 'ACME-3', type: 'TASK', status: 'IN_PROGRESS', statusLabel: 'In Progress' },
      { key: 'ACME-4', type: 'TASK', status: 'DONE', statusLabel: 'Done' },
    ]);
    const inProgress = await subgraph.query('{ workItems(filter: { status: IN_PROGRESS }) { totalCount edges { node { key statusLabel } } } }');
    expect(inProgress).toEqual({
      data: {
        workItems: {
          totalCount: 3,
          edges: [
            { node: { key: 'ACME-2', statusLabel: 'In Review' } },
            { node: { key: 'ACME-3', statusLabel: 'In Progress' } },
            { node: { key: 'GLBX-1', statusLabel: 'In Progress' } },
          ],
        },
      },
    });
  });

  it('filters and pages workspaces and work items by key, at the root and in each workspace', async () => {
    const first = await subgraph.query<{ workspaces: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { key: string } }[] } }>(
      '{ workspaces(first: 3) { pageInfo { hasNextPage endCursor } edges { node { key } } } }',
    );
    expect(first.data?.workspaces.edges.map(({ node }) => node.key)).toEqual(['ACME', 'GLBX', 'ACMEOLD']);
    expect(first.data?.workspaces.pageInfo.hasNextPage).toBe(true);
    const rest = await subgraph.query('query ($after: String) { workspaces(first: 3, after: $after) { pageInfo { hasNextPage } edges { node { key } } } }', {
      after: first.data?.workspaces.pageInfo.endCursor,
    });
    expect(rest).toEqual({ data: { workspaces: { pageInfo: { hasNextPage: false }, edges: [{ node: { key: 'PILOT' } }] } } });
    const filtered = await subgraph.query(
      'query ($customer: ID!) { workspaces(filter: { customerId: $customer, status: ACTIVE }) { totalCount edges { node { key } } } }',
      {
        customer: hub.acme,
      },
    );
    expect(filtered).toEqual({ data: { workspaces: { totalCount: 2, edges: [{ node: { key: 'ACME' } }, { node: { key: 'PILOT' } }] } } });

    const byFilter = await subgraph.query(
      `query ($ms: ID!, $ada: ID!) {
        milestone: workItems(filter: { milestoneId: $ms }) { totalCount edges { node { key } } }
        assignee: workItems(filter: { assigneeId: $ada, status: IN_PROGRESS }, first: 1) { totalCount pageInfo { hasNextPage } edges { node { key } } }
      }`,
      { ms: hub.msAcme, ada: hub.ada },
    );
    expect(byFilter).toEqual({
      data: {
        milestone: { totalCount: 2, edges: [{ node: { key: 'ACME-1' } }, { node: { key: 'ACME-2' } }] },
        assignee: { totalCount: 3, pageInfo: { hasNextPage: true }, edges: [{ node: { key: 'ACME-2' } }] },
      },
    });

    // Each workspace's own page of items, in one batch for the list.
    const nested = await subgraph.query<{
      workspaces: {
        edges: { node: { key: string; workItems: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { key: string } }[] } } }[];
      };
    }>(
      '{ workspaces { edges { node { key workItems(first: 2, filter: { status: DONE }) { totalCount pageInfo { hasNextPage } edges { node { key } } } } } } }',
    );
    expect(nested.data?.workspaces.edges.map(({ node }) => [node.key, node.workItems.totalCount, node.workItems.edges.map((edge) => edge.node.key)])).toEqual([
      ['ACME', 1, ['ACME-4']],
      ['GLBX', 0, []],
      ['ACMEOLD', 1, ['ACMEOLD-1']],
      ['PILOT', 0, []],
    ]);
    const pages = await subgraph.query<{
      workspaces: { edges: { node: { workItems: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { key: string } }[] } } }[] };
    }>('{ workspaces(first: 2) { edges { node { workItems(first: 2) { pageInfo { hasNextPage endCursor } edges { node { key } } } } } } }');
    const [acmePage, globexPage] = pages.data?.workspaces.edges.map(({ node }) => node.workItems) ?? [];
    expect(acmePage.edges.map((edge) => edge.node.key)).toEqual(['ACME-1', 'ACME-2']);
    expect(acmePage.pageInfo.hasNextPage).toBe(true);
    expect(globexPage).toMatchObject({ pageInfo: { hasNextPage: false }, edges: [{ node: { key: 'GLBX-1' } }] });
    const next = await subgraph.query(
      'query ($id: ID!, $after: String) { workspace(id: $id) { workItems(first: 2, after: $after) { edges { node { key } } } } }',
      {
        id: hub.acmeSpace,
        after: acmePage.pageInfo.endCursor,
      },
    );
    expect(next).toEqual({ data: { workspace: { workItems: { edges: [{ node: { key: 'ACME-3' } }, { node: { key: 'ACME-4' } }] } } } });
  });

  it('refuses a malformed id, filter or cursor as BAD_USER_INPUT naming the argument', async () => {
    for (const [query, argument] of [
      ['{ workspace(id: "wki_QUNNRS0x") { id } }', 'id'],
      ['{ workItem(id: "garbage") { id } }', 'id'],
      ['{ workItems(filter: { workspaceId: "nope" }) { totalCount } }', 'filter.workspaceId'],
      ['{ workItems(filter: { milestoneId: "nope" }) { totalCount } }', 'filter.milestoneId'],
      ['{ workItems(filter: { assigneeId: "nope" }) { totalCount } }', 'filter.assigneeId'],
      ['{ workspaces(filter: { customerId: "nope" }) { totalCount } }', 'filter.customerId'],
      ['{ workspaces(after: "nope") { totalCount } }', 'after'],
      ['{ workItems(first: 501) { totalCount } }', 'first'],
    ]) {
      const result = await subgraph.query(query);
      expect(
        result.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentName]),
        query,
      ).toEqual([['BAD_USER_INPUT', argument]]);
    }
  });

  it.each([
    ['Workspace', hub.acmeSpace, 'key', { key: 'ACME' }, toHubId('Workspace', '99999')],
    ['WorkItem', wki('GLBX-1'), 'title', { title: 'Lakehouse design' }, wki('GLBX-99')],
    ['Worklog', wlg('WL-000003'), 'hours', { hours: '4.00' }, wlg('WL-999999')],
  ])('resolves an owned %s by representation, and an unknown or malformed id as null', async (type, id, selection, expected, unknown) => {
    const representations = [id, unknown, toHubId('Customer', ACME), 'garbage'].map((key) => ({ __typename: type, id: key }));
    expect(await subgraph.query(entitiesQuery(type, selection), { r: representations })).toEqual({ data: { _entities: [expected, null, null, null] } });
  });

  it('adds workspace, work items and worklogs to the Project, Milestone and Consultant of other subgraphs', async () => {
    const projects = await subgraph.query(entitiesQuery('Project', 'id workspace { key }'), {
      r: [hub.acmeProject, toHubId('Project', 'PRJ-2026-0999'), 'garbage'].map((id) => ({ __typename: 'Project', id })),
    });
    expect(projects).toEqual({
      data: {
        _entities: [
          { id: hub.acmeProject, workspace: { key: 'ACME' } },
          { id: toHubId('Project', 'PRJ-2026-0999'), workspace: null },
          { id: 'garbage', workspace: null },
        ],
      },
    });
    const milestones = await subgraph.query(entitiesQuery('Milestone', 'workItems { key }'), {
      r: [hub.msAcme, hub.msGlobex, toHubId('Milestone', 'MS-999999')].map((id) => ({ __typename: 'Milestone', id })),
    });
    expect(milestones).toEqual({
      data: { _entities: [{ workItems: [{ key: 'ACME-1' }, { key: 'ACME-2' }] }, { workItems: [{ key: 'GLBX-1' }] }, { workItems: [] }] },
    });
    // The default window is the year that ends on the business date: the kick-off, 400 days back, is out.
    const consultants = await subgraph.query(entitiesQuery('Consultant', `worklogs { id date } older: worklogs(to: "${day(-300)}") { id }`), {
      r: [hub.ada, hub.linus, toHubId('Consultant', 'W-99999')].map((id) => ({ __typename: 'Consultant', id })),
    });
    expect(consultants).toEqual({
      data: {
        _entities: [
          {
            worklogs: [
              { id: wlg('WL-000001'), date: day(-3) },
              { id: wlg('WL-000002'), date: day(-2) },
              { id: wlg('WL-000003'), date: day(-2) },
            ],
            older: [{ id: wlg('WL-000005') }],
          },
          { worklogs: [{ id: wlg('WL-000004'), date: day(-1) }], older: [] },
          { worklogs: [], older: [] },
        ],
      },
    });
    const window = await subgraph.query(entitiesQuery('Consultant', `worklogs(from: "${day(-2)}", to: "${day(-2)}") { id }`), {
      r: [{ __typename: 'Consultant', id: hub.ada }],
    });
    expect(window).toEqual({ data: { _entities: [{ worklogs: [{ id: wlg('WL-000002') }, { id: wlg('WL-000003') }] }] } });
  });

  it('refuses a worklog window that is reversed or longer than 366 days, naming the argument', async () => {
    const ask = (args: string) => subgraph.call(entitiesQuery('Consultant', `worklogs(${args}) { id }`), { r: [{ __typename: 'Consultant', id: hub.ada }] });
    for (const [args, argument] of [
      ['from: "2026-03-02", to: "2026-03-01"', 'from'],
      ['from: "2026-01-01", to: "2027-01-02"', 'to'],
    ] as const) {
      const response = await ask(args);
      expectCodedError(response);
      expect(response.body.errors?.map((error) => error.extensions?.argumentName)).toEqual([argument]);
    }
    // A leap year, both ends included, is the longest window.
    expect((await ask('from: "2028-01-01", to: "2028-12-31"')).body).toEqual({ data: { _entities: [{ worklogs: [] }] } });
  });

  it.each(['Workspace', 'WorkItem', 'Worklog', 'Project', 'Milestone', 'Consultant'])(
    'answers a malformed %s representation with a coded error, not a 500',
    async (type) => {
      for (const representations of malformedRepresentations(type, hub.acmeSpace))
        expectCodedError(await subgraph.call(entitiesQuery(type, 'id'), { r: representations }));
    },
  );

  it("shows a portal caller its own customer's workspaces, work items and worklogs only, on every path", async () => {
    const roots = await subgraph.query(
      `query ($globex: ID!, $globexSpace: ID!, $globexItem: ID!, $globexLog: ID!, $acmeItem: ID!) {
        workspaces { totalCount edges { node { key workItems { totalCount } } } }
        foreign: workspaces(filter: { customerId: $globex }) { totalCount edges { node { key } } }
        workItems { totalCount edges { node { key } } }
        foreignItems: workItems(filter: { workspaceId: $globexSpace }) { totalCount }
        workspace(id: $globexSpace) { key }
        workItem(id: $globexItem) { key }
        worklog(id: $globexLog) { id }
        own: workItem(id: $acmeItem) { worklogs { id } workspace { key } }
      }`,
      { globex: hub.globex, globexSpace: hub.globexSpace, globexItem: wki('GLBX-1'), globexLog: wlg('WL-000003'), acmeItem: wki('ACME-2') },
      acmePortal,
    );
    expect(roots).toEqual({
      data: {
        workspaces: {
          totalCount: 3,
          edges: [
            { node: { key: 'ACME', workItems: { totalCount: 4 } } },
            { node: { key: 'ACMEOLD', workItems: { totalCount: 1 } } },
            { node: { key: 'PILOT', workItems: { totalCount: 1 } } },
          ],
        },
        foreign: { totalCount: 0, edges: [] },
        workItems: { totalCount: 6, edges: ['ACME-1', 'ACME-2', 'ACME-3', 'ACME-4', 'ACMEOLD-1', 'PILOT-1'].map((key) => ({ node: { key } })) },
        foreignItems: { totalCount: 0 },
        workspace: null,
        workItem: null,
        worklog: null,
        own: { worklogs: [{ id: wlg('WL-000005') }, { id: wlg('WL-000001') }], workspace: { key: 'ACME' } },
      },
    });
    for (const [type, id] of [
      ['Workspace', hub.globexSpace],
      ['WorkItem', wki('GLBX-1')],
      ['Worklog', wlg('WL-000003')],
    ]) {
      expect(await subgraph.query(entitiesQuery(type, 'id'), { r: [{ __typename: type, id }] }, acmePortal), type).toEqual({ data: { _entities: [null] } });
    }
    const contributed = await subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on Project { workspace { key } }
        ... on Milestone { workItems { key } }
        ... on Consultant { worklogs { id } }
      } }`,
      {
        r: [
          { __typename: 'Project', id: hub.globexProject },
          { __typename: 'Project', id: hub.acmeProject },
          { __typename: 'Milestone', id: hub.msGlobex },
          { __typename: 'Milestone', id: hub.msAcme },
          { __typename: 'Consultant', id: hub.ada },
        ],
      },
      acmePortal,
    );
    expect(contributed).toEqual({
      data: {
        _entities: [
          { workspace: null },
          { workspace: { key: 'ACME' } },
          { workItems: [] },
          { workItems: [{ key: 'ACME-1' }, { key: 'ACME-2' }] },
          { worklogs: [{ id: wlg('WL-000001') }, { id: wlg('WL-000002') }] },
        ],
      },
    });
    const noCustomer = await subgraph.query('{ workspaces { totalCount } workItems { totalCount } }', {}, { as: { role: 'portal' } });
    expect(noCustomer).toEqual({ data: { workspaces: { totalCount: 0 }, workItems: { totalCount: 0 } } });
  });

  it('keeps a worklog’s comment (@requiresRole) from a portal caller, and shows it to the internal roles', async () => {
    const query = 'query ($id: ID!) { worklog(id: $id) { hours comment } }';
    const portal = await subgraph.query(query, { id: wlg('WL-000001') }, acmePortal);
    expect(portal.data).toEqual({ worklog: { hours: '3.00', comment: null } });
    expect(portal.errors?.map((error) => [error.extensions?.code, error.path])).toEqual([['FORBIDDEN', ['worklog', 'comment']]]);
    for (const role of ['admin', 'analyst', 'delivery', 'finance'] as const) {
      expect(await subgraph.query(query, { id: wlg('WL-000001') }, { as: { role } }), role).toEqual({
        data: { worklog: { hours: '3.00', comment: 'Mapped the accounts' } },
      });
    }
  });

  it('serves schema/delivery.graphql as its SDL', async () => {
    const served = await subgraph.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('delivery', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});

describe('delivery subgraph: system API', () => {
  it('provisions a project’s workspace once per request key, with a key derived from its name', async () => {
    const step = request();
    const variables = { request: step, projectId: toHubId('Project', 'PRJ-2026-0010'), customerId: hub.acme, name: 'Acme analytics' };
    const first = await write(PROVISION, variables);
    expect(first).toMatchObject({ replayed: false, userErrors: [], result: { key: 'ACME2' } });
    expect(first.changes).toHaveLength(1);
    const again = await write(PROVISION, variables);
    expect(again).toEqual({ ...first, replayed: true });
    const [event] = (await events('WorkspaceProvisioned')).filter((candidate) => candidate.aggregateId === first.result.workspaceId);
    expect(event).toMatchObject({
      toState: 'ACTIVE',
      data: { projectId: toHubId('Project', 'PRJ-2026-0010'), customerId: hub.acme, key: 'ACME2' },
    });
    const provisioned = await subgraph.query('query ($id: ID!) { workspace(id: $id) { id key name status project { id } customer { id } } }', {
      id: first.result.workspaceId,
    });
    expect(provisioned).toEqual({
      data: {
        workspace: {
          id: toHubId('Workspace', '10005'),
          key: 'ACME2',
          name: 'Acme analytics',
          status: 'ACTIVE',
          project: { id: toHubId('Project', 'PRJ-2026-0010') },
          customer: { id: hub.acme },
        },
      },
    });
    // The same request key with another request is refused.
    const reused = await systemCall(PROVISION, { ...variables, name: 'Acme analytics II' });
    expect(reused.errors?.map((error) => error.extensions?.code)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
  });

  it('returns the existing workspace for a project that has one, under any request key, writing nothing', async () => {
    const before = await events();
    const answer = await write(PROVISION, { request: request(), projectId: hub.globexProject, customerId: hub.globex, name: 'Another name', key: 'OTHER' });
    expect(answer).toEqual({ replayed: false, userErrors: [], changes: [], result: { workspaceId: hub.globexSpace, key: 'GLBX' } });
    expect(await events()).toEqual(before);
  });

  it('refuses a malformed or taken key and a blank name, writing nothing', async () => {
    const projectId = toHubId('Project', 'PRJ-2026-0011');
    for (const [name, key, code] of [
      ['Initech', 'in', 'INVALID_WORKSPACE_KEY'],
      ['Initech', '9LIVES', 'INVALID_WORKSPACE_KEY'],
      ['Initech', 'ABCDEFGHIJK', 'INVALID_WORKSPACE_KEY'],
      ['Initech', 'GLBX', 'WORKSPACE_KEY_TAKEN'],
      ['  ', null, 'INVALID_NAME'],
      ['Init\u0000ech', null, 'INVALID_NAME'],
    ] as const) {
      const answer = await write(PROVISION, { request: request(), projectId, customerId: hub.acme, name, key });
      expect(answer, `${name} ${key}`).toMatchObject({ replayed: false, userErrors: [{ code }], changes: [] });
    }
    expect(await count('SELECT COUNT(*) AS n FROM workspace WHERE project_ref = ?', ['PRJ-2026-0011'])).toBe(0);
    const given = await write(PROVISION, { request: request(), projectId, customerId: hub.acme, name: 'Initech', key: 'INI2' });
    expect(given).toMatchObject({ userErrors: [], result: { key: 'INI2' } });
    const bad = await systemCall(PROVISION, { request: request(), projectId: 'garbage', customerId: hub.acme, name: 'X' });
    expect(bad.errors?.map((error) => [error.extensions?.code, error.extensions?.argumentName])).toEqual([['BAD_USER_INPUT', 'projectId']]);
  });

  it('provisions one workspace for a project under 10 concurrent requests with different keys', async () => {
    const projectId = toHubId('Project', 'PRJ-2026-0012');
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => write(PROVISION, { request: request(), projectId, customerId: hub.globex, name: 'Globex mobile app' })),
    );
    const ids = new Set(answers.map((answer) => answer.result.workspaceId));
    expect(ids.size).toBe(1);
    expect(answers.every((answer) => answer.userErrors.length === 0 && answer.result.key === 'GLOBEX')).toBe(true);
    expect(answers.filter((answer) => answer.changes.length > 0)).toHaveLength(1);
    expect(await count('SELECT COUNT(*) AS n FROM workspace WHERE project_ref = ?', ['PRJ-2026-0012'])).toBe(1);
    expect((await events('WorkspaceProvisioned')).filter((event) => ids.has(event.aggregateId))).toHaveLength(1);
  });

  it('issues the next workspace id when a row written around its sequence holds one', async () => {
    const sequence = await count("SELECT value AS n FROM id_sequence WHERE name = 'workspace.id'");
    const taken = String(sequence + 1);
    await insertRows(subgraph.db, 'workspace', [
      {
        id: taken,
        key: 'MANUAL',
        name: 'Made in the tool',
        status: 'Active',
        customer_id: GLOBEX,
        project_ref: 'PRJ-2026-0014',
        created_at: '2026-11-20T09:00:00.000Z',
      },
    ]);
    const answer = await write(PROVISION, {
      request: request(),
      projectId: toHubId('Project', 'PRJ-2026-0015'),
      customerId: hub.globex,
      name: 'Globex support',
    });
    expect(answer).toMatchObject({ userErrors: [], result: { workspaceId: toHubId('Workspace', String(sequence + 2)), key: 'GLOBEX2' } });
  });

  it('removes a workspace as a compensation: deleted with its epics while nothing was logged, archived once something was, a missing one a no-op', async () => {
    const created = await write(PROVISION, {
      request: request(),
      projectId: toHubId('Project', 'PRJ-2026-0013'),
      customerId: hub.acme,
      name: 'Short-lived',
      milestones: [
        { milestoneId: toHubId('Milestone', 'MS-000901'), name: 'Design' },
        { milestoneId: toHubId('Milestone', 'MS-000902'), name: 'Go-live' },
      ],
    });
    const key = created.result.key as string;
    expect(created.result.epicIds).toEqual([wki(`${key}-1`), wki(`${key}-2`)]);
    expect(
      await count('SELECT COUNT(*) AS n FROM work_item WHERE workspace_id = ? AND item_type = ?', [
        tryNativeId('Workspace', created.result.workspaceId as string) as string,
        'Epic',
      ]),
    ).toBe(2);
    const step = request();
    const deleted = await write(REMOVE, { request: step, workspaceId: created.result.workspaceId });
    expect(deleted).toMatchObject({ userErrors: [], result: { workspaceId: created.result.workspaceId, outcome: 'DELETED' }, changes: [{ after: null }] });
    expect(await write(REMOVE, { request: step, workspaceId: created.result.workspaceId })).toEqual({ ...deleted, replayed: true });
    expect(await count('SELECT COUNT(*) AS n FROM workspace WHERE project_ref = ?', ['PRJ-2026-0013'])).toBe(0);
    expect(await count('SELECT COUNT(*) AS n FROM work_item WHERE id IN (?, ?)', [`${key}-1`, `${key}-2`])).toBe(0);
    // Someone logged work in the pilot (in the tool): removing it keeps what was recorded, archived.
    await insertRows(subgraph.db, 'worklog', [
      {
        id: 'WL-000000',
        work_item_id: 'PILOT-1',
        worker_ref: ADA,
        work_date: '2026-11-05',
        hours: 100,
        comment: null,
        time_entry_ref: null,
        synced_at: null,
        created_at: '2026-11-05T17:00:00.000Z',
      },
    ]);
    const archived = await write(REMOVE, { request: request(), workspaceId: hub.pilotSpace });
    expect(archived).toMatchObject({ userErrors: [], result: { outcome: 'ARCHIVED' } });
    expect(JSON.parse(archived.changes[0].after ?? '{}')).toMatchObject({ status: 'Archived' });
    expect(await subgraph.query('query ($id: ID!) { workspace(id: $id) { status statusLabel } }', { id: hub.pilotSpace })).toEqual({
      data: { workspace: { status: 'ARCHIVED', statusLabel: 'Archived' } },
    });
    const before = await events();
    expect(await write(REMOVE, { request: request(), workspaceId: hub.pilotSpace })).toMatchObject({ changes: [], result: { outcome: 'NONE' } });
    expect(await write(REMOVE, { request: request(), workspaceId: toHubId('Workspace', '99999') })).toMatchObject({
      userErrors: [],
      changes: [],
      result: { outcome: 'NONE' },
    });
    expect(await events()).toEqual(before);
    expect(
      (await events())
        .filter((event) => event.type === 'WorkspaceRemoved' || event.type === 'WorkspaceArchived')
        .map((event) => [event.type, event.aggregateId]),
    ).toEqual([
      ['WorkspaceRemoved', created.result.workspaceId],
      ['WorkspaceArchived', hub.pilotSpace],
    ]);
  });

  it('sets a work item’s status in the tool’s words, with an event, and leaves an item already in it alone', async () => {
    const step = request();
    const moved = await write(SET_STATUS, { request: step, workItemId: wki('ACME-1'), status: 'IN_PROGRESS' });
    expect(moved).toMatchObject({ replayed: false, userErrors: [], result: { workItemId: wki('ACME-1'), status: 'IN_PROGRESS' } });
    expect(JSON.parse(moved.changes[0].after ?? '{}')).toMatchObject({ status: 'In Progress' });
    expect(await write(SET_STATUS, { request: step, workItemId: wki('ACME-1'), status: 'IN_PROGRESS' })).toEqual({ ...moved, replayed: true });
    expect((await events('WorkItemStatusChanged')).filter((event) => event.aggregateId === wki('ACME-1'))).toEqual([
      expect.objectContaining({
        fromState: 'OPEN',
        toState: 'IN_PROGRESS',
        data: { workspaceId: hub.acmeSpace, projectId: hub.acmeProject, milestoneId: hub.msAcme },
      }),
    ]);
    const done = await write(SET_STATUS, { request: request(), workItemId: wki('ACME-3'), status: 'DONE' });
    expect(done.userErrors).toEqual([]);
    const [doneEvent] = (await events('WorkItemStatusChanged')).filter((event) => event.aggregateId === wki('ACME-3'));
    expect(doneEvent).toMatchObject({ fromState: 'IN_PROGRESS', toState: 'DONE', data: { milestoneId: null } });
    // In Review is IN_PROGRESS already: no change, no event.
    const before = await events();
    expect(await write(SET_STATUS, { request: request(), workItemId: wki('ACME-2'), status: 'IN_PROGRESS' })).toMatchObject({ userErrors: [], changes: [] });
    expect(await events()).toEqual(before);
    expect(await subgraph.query(`{ a: workItem(id: "${wki('ACME-1')}") { status statusLabel } b: workItem(id: "${wki('ACME-2')}") { statusLabel } }`)).toEqual({
      data: { a: { status: 'IN_PROGRESS', statusLabel: 'In Progress' }, b: { statusLabel: 'In Review' } },
    });
    expect(await write(SET_STATUS, { request: request(), workItemId: wki('ACME-999'), status: 'DONE' })).toMatchObject({
      userErrors: [{ code: 'WORK_ITEM_NOT_FOUND', field: ['workItemId'] }],
    });
  });

  it('records a worklog as the tool does, with an event, and refuses what the tool would not store', async () => {
    const step = request();
    const variables = { request: step, workItemId: wki('ACME-3'), consultantId: hub.ada, date: '2026-11-20', hours: '2.5', comment: 'Loaded\nthe balances' };
    const recorded = await write(RECORD, variables);
    expect(recorded).toMatchObject({ replayed: false, userErrors: [], result: { worklogId: wlg('WL-000006') } });
    expect(await write(RECORD, variables)).toEqual({ ...recorded, replayed: true });
    expect((await events('WorklogRecorded')).filter((event) => event.aggregateId === wlg('WL-000006'))).toEqual([
      expect.objectContaining({ data: { workItemId: wki('ACME-3'), workspaceId: hub.acmeSpace, projectId: hub.acmeProject, consultantId: hub.ada } }),
    ]);
    expect(await subgraph.query('query ($id: ID!) { worklog(id: $id) { date hours comment synced consultant { id } } }', { id: wlg('WL-000006') })).toEqual({
      data: { worklog: { date: '2026-11-20', hours: '2.50', comment: 'Loaded\nthe balances', synced: false, consultant: { id: hub.ada } } },
    });

    const logged = await count('SELECT COUNT(*) AS n FROM worklog');
    for (const [changes, code, field] of [
      [{ hours: '0' }, 'INVALID_HOURS', 'hours'],
      [{ hours: '-1' }, 'INVALID_HOURS', 'hours'],
      [{ hours: '24.01' }, 'INVALID_HOURS', 'hours'],
      [{ hours: '1.234' }, 'INVALID_HOURS', 'hours'],
      [{ comment: 'x'.repeat(2001) }, 'INVALID_COMMENT', 'comment'],
      [{ comment: 'bell\u0007' }, 'INVALID_COMMENT', 'comment'],
      [{ workItemId: wki('ACME-999') }, 'WORK_ITEM_NOT_FOUND', 'workItemId'],
      [{ workItemId: wki('ACMEOLD-1') }, 'WORKSPACE_NOT_ACTIVE', 'workItemId'],
    ] as const) {
      const answer = await write(RECORD, { ...variables, request: request(), ...changes });
      expect(answer, code).toMatchObject({ replayed: false, userErrors: [{ code, field: [field] }], changes: [] });
    }
    expect(await count('SELECT COUNT(*) AS n FROM worklog')).toBe(logged);
    const full = await write(RECORD, { ...variables, request: request(), hours: '24', comment: 'y'.repeat(2000) });
    expect(full).toMatchObject({ userErrors: [], result: { worklogId: wlg('WL-000007') } });
  });

  it('marks a worklog synced with the PSA entry it became, once; another entry is refused', async () => {
    const entry = toHubId('TimeEntry', 'TC-0000009');
    const step = request();
    const synced = await write(MARK_SYNCED, { request: step, worklogId: wlg('WL-000002'), timeEntryId: entry });
    expect(synced).toMatchObject({ replayed: false, userErrors: [], result: { worklogId: wlg('WL-000002'), timeEntryId: entry } });
    expect(await write(MARK_SYNCED, { request: step, worklogId: wlg('WL-000002'), timeEntryId: entry })).toEqual({ ...synced, replayed: true });
    expect((await events('WorklogSynced')).filter((event) => event.aggregateId === wlg('WL-000002'))).toEqual([
      expect.objectContaining({
        data: { workItemId: wki('ACME-3'), workspaceId: hub.acmeSpace, projectId: hub.acmeProject, consultantId: hub.ada, timeEntryId: entry },
      }),
    ]);
    const before = await events();
    expect(await write(MARK_SYNCED, { request: request(), worklogId: wlg('WL-000002'), timeEntryId: entry })).toMatchObject({
      replayed: false,
      userErrors: [],
      changes: [],
    });
    expect(await events()).toEqual(before);
    for (const [worklogId, timeEntryId, code] of [
      [wlg('WL-000002'), toHubId('TimeEntry', 'TC-0000010'), 'WORKLOG_ALREADY_SYNCED'],
      [wlg('WL-000004'), toHubId('TimeEntry', 'TC-0000001'), 'TIME_ENTRY_ALREADY_LINKED'],
      [wlg('WL-999999'), entry, 'WORKLOG_NOT_FOUND'],
    ]) {
      expect(await write(MARK_SYNCED, { request: request(), worklogId, timeEntryId }), code).toMatchObject({ userErrors: [{ code }], changes: [] });
    }
    expect(await subgraph.query('query ($id: ID!) { worklog(id: $id) { synced timeEntry { id } } }', { id: wlg('WL-000002') })).toEqual({
      data: { worklog: { synced: true, timeEntry: { id: entry } } },
    });
  });
});

describe('delivery subgraph: reconciliation reads (system API)', () => {
  const UNSYNCED = `query ($createdBefore: String!, $ids: [ID!], $first: Int!) {
    unsyncedWorklogs(createdBefore: $createdBefore, ids: $ids, first: $first) {
      truncated items { worklogId nativeId workItemKey consultantId date hours createdAt projectId customerId }
    }
  }`;
  type Page = { unsyncedWorklogs: { truncated: boolean; items: { nativeId: string; worklogId: string; projectId: string; customerId: string }[] } };

  it('lists the worklogs never synced to the PSA recorded before an instant, oldest first, bounded', async () => {
    const expected = (
      await subgraph.db.all<{ id: string }>(
        "SELECT id FROM worklog WHERE time_entry_ref IS NULL AND created_at < '2026-11-06T00:00:00Z' ORDER BY created_at, id",
      )
    ).map((row) => row.id);
    expect(expected.length).toBeGreaterThan(1);
    const body = (await systemCall(UNSYNCED, { createdBefore: '2026-11-06T00:00:00Z', first: 100 })) as unknown as { data: Page; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data.unsyncedWorklogs.truncated).toBe(false);
    expect(body.data.unsyncedWorklogs.items.map((worklog) => worklog.nativeId)).toEqual(expected);
    const [firstOne] = body.data.unsyncedWorklogs.items;
    expect(firstOne.worklogId).toBe(wlg(firstOne.nativeId));
    expect(firstOne.projectId.startsWith('prj_')).toBe(true);
    expect(firstOne.customerId.startsWith('cus_')).toBe(true);
    // The synced WL-000001 is never listed, even when asked for by id.
    const only = (await systemCall(UNSYNCED, { createdBefore: '9999-12-31T00:00:00Z', ids: [wlg('WL-000001'), wlg(expected[0])], first: 10 })) as unknown as {
      data: Page;
    };
    expect(only.data.unsyncedWorklogs.items.map((worklog) => worklog.nativeId)).toEqual([expected[0]]);
    const cut = (await systemCall(UNSYNCED, { createdBefore: '2026-11-06T00:00:00Z', first: 1 })) as unknown as { data: Page };
    expect(cut.data.unsyncedWorklogs).toMatchObject({ truncated: true, items: [{ nativeId: expected[0] }] });
  });

  it('refuses a malformed instant, id or page size', async () => {
    for (const variables of [
      { createdBefore: 'yesterday', first: 10 },
      { createdBefore: '2026-11-06T00:00:00Z', first: 0 },
      { createdBefore: '2026-11-06T00:00:00Z', first: 5001 },
      { createdBefore: '2026-11-06T00:00:00Z', ids: ['nope'], first: 10 },
    ]) {
      const body = await systemCall(UNSYNCED, variables);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
  });
});
