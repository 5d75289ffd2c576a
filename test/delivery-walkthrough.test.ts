/**
 * The client delivery platform in the governed flows, through the gateway: a won deal converted
 * provisions the project's workspace (an epic per milestone); a consultant's worklog becomes one PSA
 * time entry (started by the hub from the platform's event; a replayed request, a redelivered event
 * and a manual re-sync write nothing twice); the last open work item of a milestone done completes
 * the milestone; its approval bills it, and the invoice follows. Portal users see their own work only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, type Role } from '../platform/auth.ts';
import { insertRows } from '../platform/sql.ts';
import { salesforceId, toHubId, tryNativeId } from '../subgraphs/shared/ids.ts';
import { RuleViolation } from '../subgraphs/shared/system-api.ts';
import { ACME, fillGlobexWonDeal, GLOBEX_WON_DEAL, hub, wonDealRows } from './support/fixture.ts';
import { failingConnector, startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

let testHub: TestHub;
let stores: DomainStores;
const tokens = new Map<string, string>();
/** Set by a test to make the ERP refuse to open a project's dimension (a business refusal after the workspace exists). */
let erpRefusesProjects = false;
/** A second won, contracted deal (Acme), for the conversion the ERP refuses. */
const ACME_WON_DEAL = salesforceId('006', 11);

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillGlobexWonDeal(opened);
      const { opportunity, contract } = wonDealRows({
        id: ACME_WON_DEAL,
        contractId: salesforceId('800', 11),
        contractNumber: '00000111',
        accountId: ACME,
        name: 'Acme planning rollout',
      });
      await insertRows(opened.customers, 'opportunity', [opportunity]);
      await insertRows(opened.customers, 'contract', [contract]);
    },
    wrapConnector: (service, connector) =>
      service !== 'finance'
        ? connector
        : failingConnector(connector, {
            methods: ['openProject'],
            when: () => erpRefusesProjects,
            error: () => new RuleViolation('SUBSIDIARY_CLOSED', 'The subsidiary takes no new projects this period'),
          }),
  });
  for (const role of ['delivery', 'finance', 'analyst'] as const) tokens.set(role, await signToken({ sub: `test-${role}`, roles: [role], customerId: null }));
  for (const customerId of [hub.acme, hub.globex]) tokens.set(customerId, await signToken({ sub: `portal-${customerId}`, roles: ['portal'], customerId }));
});

afterAll(async () => {
  await testHub?.stop();
});

const as = (who: Role | string) => ({ authorization: `Bearer ${tokens.get(who)}` });

async function mutate<T>(role: Role, field: string, inputType: string, selection: string, input: Record<string, unknown>): Promise<T> {
  const result: GraphQLResult<Record<string, T>> = await testHub.query(
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { workflow { id status } userErrors { code field } ${selection} } }`,
    { input },
    as(role),
  );
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data![field];
}

interface Governed {
  workflow: { id: string; status: string } | null;
  userErrors: { code: string; field: string[] | null }[];
}

const count = async (db: keyof DomainStores, sql: string, params: unknown[] = []) =>
  Number((await stores[db].get<{ n: number }>(sql, params as never[]))?.n ?? 0);

let projectId = '';
let projectNativeId = '';
let milestones: { id: string; name: string }[] = [];
const epicOf = new Map<string, string>();
let workspaceKey = '';
let worklogId = '';

describe('the delivery platform in the governed flows', () => {
  it("converting a won deal provisions the project's workspace, with an epic per milestone", async () => {
    const converted = await mutate<Governed & { project: { id: string } }>(
      'delivery',
      'convertOpportunityToProject',
      'ConvertOpportunityToProjectInput',
      'project { id }',
      { opportunityId: toHubId('Opportunity', GLOBEX_WON_DEAL), idempotencyKey: 'walkthrough-convert' },
    );
    expect(converted).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    projectId = converted.project.id;
    projectNativeId = tryNativeId('Project', projectId) as string;
    const read = await testHub.query<{
      project: {
        milestones: { id: string; name: string; workItems: { id: string; key: string; type: string; status: string }[] }[];
        workspace: { key: string; status: string; customer: { id: string }; project: { id: string } };
      };
    }>(
      `query ($id: ID!) { project(id: $id) {
        milestones { id name workItems { id key type status } }
        workspace { key status customer { id } project { id } }
      } }`,
      { id: projectId },
      as('analyst'),
    );
    expect(read.errors).toBeUndefined();
    const project = read.data!.project;
    expect(project.workspace).toMatchObject({ status: 'ACTIVE', customer: { id: hub.globex }, project: { id: projectId } });
    workspaceKey = project.workspace.key;
    expect(workspaceKey).toMatch(/^[A-Z][A-Z0-9]{1,9}$/);
    milestones = project.milestones;
    expect(milestones).toHaveLength(3);
    for (const milestone of project.milestones) {
      expect(milestone.workItems).toEqual([
        { id: expect.any(String), key: expect.stringMatching(new RegExp(`^${workspaceKey}-\\d+$`)), type: 'EPIC', status: 'OPEN' },
      ]);
      epicOf.set(milestone.name, milestone.workItems[0].id);
    }
    expect(await count('delivery', 'SELECT COUNT(*) AS n FROM workspace WHERE project_ref = ?', [projectNativeId])).toBe(1);
  });

  it('a conversion the ERP refuses after the workspace exists removes the workspace again, with the PSA project', async () => {
    erpRefusesProjects = true;
    const refused = await mutate<Governed & { workflow: { steps: { name: string; status: string }[] } }>(
      'delivery',
      'convertOpportunityToProject',
      'ConvertOpportunityToProjectInput',
      'workflow { steps { name status } }',
      { opportunityId: toHubId('Opportunity', ACME_WON_DEAL), idempotencyKey: 'walkthrough-convert-refused' },
    );
    erpRefusesProjects = false;
    expect(refused).toMatchObject({
      workflow: {
        status: 'COMPENSATED',
        steps: [
          { name: 'ensureErpCustomer', status: 'DONE' },
          { name: 'createPsaProject', status: 'COMPENSATED' },
          { name: 'provisionWorkspace', status: 'COMPENSATED' },
          { name: 'openErpProject', status: 'FAILED' },
        ],
      },
      userErrors: [{ code: 'SUBSIDIARY_CLOSED' }],
    });
    expect(await count('projects', 'SELECT COUNT(*) AS n FROM project WHERE opportunity_id = ?', [ACME_WON_DEAL])).toBe(0);
    // One workspace is left: the Globex project's.
    expect(await count('delivery', 'SELECT COUNT(*) AS n FROM workspace')).toBe(1);
    expect(await count('delivery', 'SELECT COUNT(*) AS n FROM work_item')).toBe(3);
    expect(await count('delivery', "SELECT COUNT(*) AS n FROM outbox WHERE event LIKE '%WorkspaceRemoved%'")).toBe(1);
  });

  it('staffs a consultant on the project', async () => {
    const activated = await mutate<Governed>('delivery', 'changeProjectStatus', 'ChangeProjectStatusInput', '', {
      projectId,
      status: 'ACTIVE',
      idempotencyKey: 'walkthrough-activate',
    });
    expect(activated).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const assigned = await mutate<Governed>('delivery', 'assignConsultant', 'AssignConsultantInput', '', {
      projectId,
      consultantId: hub.ada,
      role: 'Senior Consultant',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
      allocationPct: 100,
      idempotencyKey: 'walkthrough-assign',
    });
    expect(assigned).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
  });

  it('a worklog recorded in the platform becomes one PSA time entry, and nothing replayed writes it twice', async () => {
    const worklogInput = {
      workItemId: epicOf.get('Build complete'),
      consultantId: hub.ada,
      date: '2027-01-05',
      hours: '6.5',
      comment: 'Ingestion pipeline',
      idempotencyKey: 'walkthrough-worklog',
    };
    const recorded = await mutate<Governed & { worklog: { id: string } }>('delivery', 'recordWorklog', 'RecordWorklogInput', 'worklog { id }', worklogInput);
    expect(recorded).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    worklogId = recorded.worklog.id;

    // The hub syncs it on its own (the WorklogRecorded event starts syncWorklog).
    const synced = () =>
      testHub.query<{ worklog: { synced: boolean; hours: string; timeEntry: { id: string; hours: string; date: string; status: string } | null } }>(
        'query ($id: ID!) { worklog(id: $id) { synced hours timeEntry { id hours date status } } }',
        { id: worklogId },
        as('analyst'),
      );
    await waitFor(async () => (await synced()).data?.worklog.synced === true, { what: 'the worklog synced to the PSA' });
    const { timeEntry } = (await synced()).data!.worklog;
    expect(timeEntry).toMatchObject({ hours: '6.50', date: '2027-01-05', status: 'DRAFT' });
    const entriesOfWorklog = () => count('projects', 'SELECT COUNT(*) AS n FROM time_entry WHERE source_ref = ?', [tryNativeId('Worklog', worklogId)]);
    expect(await entriesOfWorklog()).toBe(1);

    // The same request again: the same workflow, no second worklog.
    const replayed = await mutate<Governed & { worklog: { id: string } }>('delivery', 'recordWorklog', 'RecordWorklogInput', 'worklog { id }', worklogInput);
    expect(replayed).toEqual({ ...recorded });
    expect(await count('delivery', 'SELECT COUNT(*) AS n FROM worklog WHERE work_item_id = ?', [tryNativeId('WorkItem', epicOf.get('Build complete')!)])).toBe(
      1,
    );
    // A manual re-sync is refused and writes nothing.
    const resync = await mutate<Governed>('delivery', 'syncWorklog', 'SyncWorklogInput', 'timeEntry { id }', {
      worklogId,
      idempotencyKey: 'walkthrough-resync',
    });
    expect(resync).toMatchObject({ workflow: null, userErrors: [{ code: 'WORKLOG_ALREADY_SYNCED', field: ['input', 'worklogId'] }] });
    // The platform telling of the same worklog again (a resent event, under a new id) starts nothing new.
    const outbox = await stores.delivery.get<{ event: string }>("SELECT event FROM outbox WHERE event LIKE '%WorklogRecorded%' ORDER BY seq DESC LIMIT 1");
    const resent = { ...JSON.parse(String(outbox?.event)), id: `resent-${worklogId}` };
    await testHub.bus.publish(resent);
    const triggers = () => count('workflows', 'SELECT COUNT(*) AS n FROM workflow_trigger WHERE id = ?', [`sync-worklog:${worklogId}`]);
    const syncs = () => count('workflows', "SELECT COUNT(*) AS n FROM workflow WHERE type = 'syncWorklog'");
    // Another worklog after it: once that one is synced, the consumer has handled the resent event too (in order).
    const next = await mutate<Governed & { worklog: { id: string } }>('delivery', 'recordWorklog', 'RecordWorklogInput', 'worklog { id }', {
      ...worklogInput,
      workItemId: epicOf.get('Discovery sign-off'),
      date: '2027-01-06',
      hours: '2',
      idempotencyKey: 'walkthrough-worklog-2',
    });
    await waitFor(
      async () =>
        (await testHub.query<{ worklog: { synced: boolean } }>('query ($id: ID!) { worklog(id: $id) { synced } }', { id: next.worklog.id }, as('analyst'))).data
          ?.worklog.synced === true,
      { what: 'the second worklog synced' },
    );
    expect(await triggers()).toBe(1);
    expect(await syncs()).toBe(2);
    expect(await entriesOfWorklog()).toBe(1);
    expect(await count('projects', 'SELECT COUNT(*) AS n FROM time_entry WHERE project_id = ?', [projectNativeId])).toBe(2);
  });

  it("completing a milestone's last open work item completes the milestone; its approval bills it and the invoice follows", async () => {
    const milestone = milestones.find((candidate) => candidate.name === 'Build complete')!;
    // The team splits the epic: a story of the same milestone, created in the platform.
    const workspace = await stores.delivery.get<{ id: string }>('SELECT id FROM workspace WHERE project_ref = ?', [projectNativeId]);
    const storyKey = `${workspaceKey}-99`;
    await insertRows(stores.delivery, 'work_item', [
      {
        id: storyKey,
        workspace_id: String(workspace?.id),
        item_type: 'Story',
        summary: 'Dashboards',
        status: 'In Progress',
        assignee_ref: tryNativeId('Consultant', hub.ada),
        milestone_ref: tryNativeId('Milestone', milestone.id),
        estimate_hours: 1600,
        remaining_hours: 800,
        updated_at: '2027-01-06T09:00:00.000Z',
      },
    ]);
    const milestoneStatus = async () =>
      (
        await testHub.query<{ project: { milestones: { id: string; status: string }[] } }>(
          'query ($id: ID!) { project(id: $id) { milestones { id status } } }',
          { id: projectId },
          as('analyst'),
        )
      ).data!.project.milestones.find((candidate) => candidate.id === milestone.id)?.status;
    const before = await milestoneStatus();

    // The epic done first: the story is still open, so the milestone stays as it was.
    const epicDone = await mutate<Governed & { workItem: { id: string } }>('delivery', 'updateWorkItemStatus', 'UpdateWorkItemStatusInput', 'workItem { id }', {
      workItemId: epicOf.get('Build complete'),
      status: 'DONE',
      idempotencyKey: 'walkthrough-epic-done',
    });
    expect(epicDone).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    const refusedTrigger = () =>
      count('workflows', "SELECT COUNT(*) AS n FROM workflow_trigger WHERE type = 'completeDeliveredMilestone' AND outcome = 'WORK_ITEMS_OPEN'");
    await waitFor(async () => (await refusedTrigger()) === 1, { what: 'the completion asked for while the story is open, and refused' });
    expect(await milestoneStatus()).toBe(before);

    // The last open item done: the milestone is completed for approval.
    const storyDone = await mutate<Governed>('delivery', 'updateWorkItemStatus', 'UpdateWorkItemStatusInput', '', {
      workItemId: toHubId('WorkItem', storyKey),
      status: 'DONE',
      idempotencyKey: 'walkthrough-story-done',
    });
    expect(storyDone).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    // The milestone's write lands before its workflow records the step: wait for the workflow, then read both.
    const completions = () => count('workflows', "SELECT COUNT(*) AS n FROM workflow WHERE type = 'completeDeliveredMilestone' AND status = 'COMPLETED'");
    await waitFor(async () => (await completions()) === 1, { what: 'the milestone completion workflow completed' });
    expect(await milestoneStatus()).toBe('COMPLETED');
    expect(await count('workflows', "SELECT COUNT(*) AS n FROM workflow WHERE type = 'completeDeliveredMilestone'")).toBe(1);

    // Approval bills it.
    const approved = await mutate<Governed>('delivery', 'approveMilestone', 'MilestoneInput', '', {
      milestoneId: milestone.id,
      idempotencyKey: 'walkthrough-approve',
    });
    expect(approved).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    expect(await milestoneStatus()).toBe('APPROVED');
    // Its billing event is released on approval; finance invoices it.
    const invoiced = await mutate<Governed & { invoice: { total: { amount: string } } }>(
      'finance',
      'issueInvoice',
      'ProjectBillingInput',
      'invoice { total { amount } }',
      {
        projectId,
        idempotencyKey: 'walkthrough-invoice',
      },
    );
    // Build complete is 40 % of the 90,000.00 bookings.
    expect(invoiced).toMatchObject({ workflow: { status: 'COMPLETED' }, userErrors: [], invoice: { total: { amount: '36000.00' } } });
  });

  it("shows a portal user its own customer's work items and worklogs, and no other customer's", async () => {
    const query = `query ($id: ID!, $consultant: ID!) {
      project(id: $id) { workspace { key workItems { totalCount } } }
      consultant(id: $consultant) { worklogs(from: "2027-01-01", to: "2027-01-31") { id } }
    }`;
    const globex = await testHub.query<{ project: { workspace: { key: string; workItems: { totalCount: number } } } }>(
      query,
      { id: projectId, consultant: hub.ada },
      as(hub.globex),
    );
    expect(globex.data?.project.workspace).toEqual({ key: workspaceKey, workItems: { totalCount: 4 } });
    const acme = await testHub.query<{ project: unknown; consultant: { worklogs: unknown[] } | null }>(
      query,
      { id: projectId, consultant: hub.ada },
      as(hub.acme),
    );
    expect(acme.data?.project ?? null).toBeNull();
    expect(acme.data?.consultant?.worklogs ?? []).toEqual([]);
    const workItem = await testHub.query<{ workItem: unknown }>(
      'query ($id: ID!) { workItem(id: $id) { key } }',
      { id: epicOf.get('Build complete') },
      as(hub.acme),
    );
    expect(workItem.data?.workItem ?? null).toBeNull();
  });
});
