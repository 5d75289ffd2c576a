/**
 * Workflow triggers (subgraphs/workflows/triggers.ts): an event records a trigger in the workflows
 * store, once, and an engine starts its workflow, once, as the workflows service and caused by the
 * event. The engines are the test's own (as the processes of a scaled-out workflows service run
 * them) over a workflows store of the test's own, driving changeProjectStatus against the test hub's
 * systems of record; the last test uses the hub's own workflows service. Runs on node:sqlite
 * (npm test) and PostgreSQL (npm run test:pg).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, WORKFLOWS_SERVICE } from '../platform/auth.ts';
import { SystemUnavailableError } from '../platform/errors.ts';
import type { DomainEvent } from '../platform/events/types.ts';
import { insertRows, type SqlDatabase, type SqlRow } from '../platform/sql.ts';
import { openDomainStore } from '../platform/store.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { SYSTEMS } from '../subgraphs/registry.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { createSqlWorkflowStore } from '../subgraphs/workflows/connector/sql.ts';
import type { TriggerRecord, WorkflowStore } from '../subgraphs/workflows/connector/types.ts';
import { createWorkflowEngine, type WorkflowEngine } from '../subgraphs/workflows/engine/engine.ts';
import { createSystemClients, type SystemClients } from '../subgraphs/workflows/engine/systems.ts';
import { WORKFLOW_DEFINITIONS, workflowsMigrations } from '../subgraphs/workflows/index.ts';
import { recordWorkflowTrigger, workflowTrigger } from '../subgraphs/workflows/triggers.ts';
import { ACME } from './support/fixture.ts';
import { dropSchemaSet, failingConnector, startTestHub, TEST_BACKEND, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemaPrefix = `t${randomBytes(4).toString('hex')}_`;

/** Active projects, one (or a few) per test: each is put on hold once. */
const PROJECTS = {
  twice: 'PRJ-2026-0201',
  raced: ['PRJ-2026-0202', 'PRJ-2026-0203', 'PRJ-2026-0204', 'PRJ-2026-0205'],
  orphaned: 'PRJ-2026-0206',
  outage: 'PRJ-2026-0207',
  hub: 'PRJ-2026-0208',
  forbidden: 'PRJ-2026-0209',
};

function project(id: string): SqlRow {
  return {
    id,
    code: id,
    name: `Trigger ${id}`,
    account_id: ACME,
    contract_id: null,
    opportunity_id: null,
    manager_id: null,
    practice: 'Cloud',
    region: 'North America',
    billing_model: 'T&M',
    stage: 'In Progress',
    health: 'Green',
    start_date: '2026-08-01',
    end_date: '2027-06-30',
    bookings: 1_000_000,
    currency: 'USD',
    budget_hours: 10_000,
    closed_for_time: 0,
  };
}

/** Set while the PSA's store is to be unreachable. */
let psaDown = false;
let testHub: TestHub;
let stores: DomainStores;
let systems: SystemClients;
/** The workflows store of the test's engines. */
let db: SqlDatabase;
let store: WorkflowStore;
const engines: WorkflowEngine[] = [];

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await insertRows(
        opened.projects,
        'project',
        [PROJECTS.twice, ...PROJECTS.raced, PROJECTS.orphaned, PROJECTS.outage, PROJECTS.hub, PROJECTS.forbidden].map(project),
      );
    },
    wrapConnector: (service, connector) =>
      service === 'projects'
        ? failingConnector(connector, { when: () => psaDown, error: () => new SystemUnavailableError('PSA connection refused') })
        : connector,
  });
  const urls = Object.fromEntries(testHub.subgraphs.map((served) => [served.name, served.url]));
  systems = createSystemClients({ urls: Object.fromEntries(SYSTEMS.map((system) => [system.code, urls[system.domain]])) });
  db = await openDomainStore(
    'workflows',
    workflowsMigrations,
    TEST_BACKEND === 'postgres' ? { postgresUrl: POSTGRES_URL, schemaPrefix } : { postgresUrl: null, dataDir: ':memory:' },
  );
  store = createSqlWorkflowStore(db);
});

afterAll(async () => {
  await Promise.all(engines.map((engine) => engine.stop()));
  await db?.close();
  if (TEST_BACKEND === 'postgres') await dropSchemaSet(POSTGRES_URL, schemaPrefix);
  await testHub?.stop();
});

/** An engine as one process of several sharing the store would run it (claims and leases are honoured). */
function engine(leaseMs?: number): WorkflowEngine {
  const created = createWorkflowEngine({
    store,
    systems,
    definitions: WORKFLOW_DEFINITIONS,
    maxAttempts: 2,
    retryBaseMs: 10,
    validationDeadlineMs: 3_000,
    takeOverLeases: false,
    leaseMs,
  });
  engines.push(created);
  return created;
}

/** An event of the delivery platform asking for a project to be paused. */
function paused(projectId: string): DomainEvent {
  return {
    id: randomUUID(),
    type: 'EngagementPaused',
    aggregateId: toHubId('Project', projectId),
    occurredAt: new Date().toISOString(),
    source: 'HUB',
    correlationId: randomUUID(),
    data: { projectId: toHubId('Project', projectId) },
  };
}

/** The consumer the workflows service would run for such events: one changeProjectStatus per paused project. */
const pauser = (over: SqlDatabase) =>
  workflowTrigger(over, 'test-pauser', (event) =>
    event.type === 'EngagementPaused'
      ? {
          key: `pause:${event.aggregateId}`,
          type: 'changeProjectStatus',
          input: { projectId: event.data?.projectId, status: 'ON_HOLD', reason: 'Paused on the delivery platform' },
        }
      : null,
  );

const keyOf = (projectId: string) => `pause:${toHubId('Project', projectId)}`;

async function trigger(key: string, over: SqlDatabase = db): Promise<TriggerRecord | undefined> {
  return over.get<TriggerRecord>('SELECT * FROM workflow_trigger WHERE id = ?', [key]);
}

/** Waits until the trigger is settled and returns it. */
const settled = (key: string, over: SqlDatabase = db) =>
  waitFor(
    async () => {
      const row = await trigger(key, over);
      return row?.outcome ? row : null;
    },
    { what: `trigger ${key} to be settled` },
  );

async function count(over: SqlDatabase, sql: string, params: string[] = []): Promise<number> {
  return Number((await over.get<{ n: number }>(sql, params))?.n ?? 0);
}

/** The PSA's ProjectStatusChanged events about a project. */
async function statusChanges(projectId: string): Promise<number> {
  const rows = await stores.projects.all<{ event: string }>('SELECT event FROM outbox WHERE aggregate_id = ?', [toHubId('Project', projectId)]);
  return rows.filter((row) => (JSON.parse(row.event) as DomainEvent).type === 'ProjectStatusChanged').length;
}

const stage = async (projectId: string) => (await stores.projects.get<{ stage: string }>('SELECT stage FROM project WHERE id = ?', [projectId]))?.stage;

describe('workflow triggers', () => {
  it('an event delivered twice records one trigger and starts one workflow, as the workflows service, caused by the event', async () => {
    const consumer = pauser(db);
    const event = paused(PROJECTS.twice);
    await consumer.handler(event, { sequence: 1, redelivered: false });
    await consumer.handler(event, { sequence: 1, redelivered: true });
    // The same key from another event is the same trigger: still the first cause.
    expect(
      await recordWorkflowTrigger(db, { key: keyOf(PROJECTS.twice), type: 'changeProjectStatus', input: { projectId: 'other' }, cause: randomUUID() }),
    ).toBe(false);
    expect(await count(db, 'SELECT COUNT(*) AS n FROM workflow_trigger')).toBe(1);

    const first = engine();
    expect(await first.startTriggers()).toBe(1);
    const done = await settled(keyOf(PROJECTS.twice));
    expect(done).toMatchObject({ outcome: 'STARTED', cause: event.id, correlation_id: event.correlationId, attempts: 0, user_errors: null });
    // Scanning again, here or in another engine, starts nothing more.
    expect(await first.startTriggers()).toBe(0);
    expect(await engine().startTriggers()).toBe(0);

    const workflows = await db.all<{
      id: string;
      type: string;
      status: string;
      actor_sub: string;
      actor_roles: string;
      causation_id: string;
      correlation_id: string;
    }>('SELECT id, type, status, actor_sub, actor_roles, causation_id, correlation_id FROM workflow');
    expect(workflows).toEqual([
      {
        id: done.workflow_id,
        type: 'changeProjectStatus',
        status: 'COMPLETED',
        actor_sub: WORKFLOWS_SERVICE.sub,
        actor_roles: JSON.stringify(WORKFLOWS_SERVICE.roles),
        causation_id: event.id,
        correlation_id: event.correlationId,
      },
    ]);
    expect(await db.all('SELECT scope, idempotency_key, workflow_id FROM idempotency_key')).toEqual([
      { scope: WORKFLOWS_SERVICE.sub, idempotency_key: keyOf(PROJECTS.twice), workflow_id: done.workflow_id },
    ]);
    // The audit trail names the service as the actor, in the event's correlation.
    expect(await db.all('SELECT actor_sub, action, entity_id, correlation_id, workflow_id FROM audit_entry')).toEqual([
      {
        actor_sub: WORKFLOWS_SERVICE.sub,
        action: 'changeProjectStatus/changePsaStatus',
        entity_id: toHubId('Project', PROJECTS.twice),
        correlation_id: event.correlationId,
        workflow_id: done.workflow_id,
      },
    ]);
    expect(await stage(PROJECTS.twice)).toBe('On Hold');
    expect(await statusChanges(PROJECTS.twice)).toBe(1);
  });

  it('a process that died after starting the workflow, before settling its trigger: the next start finds that workflow', async () => {
    const key = keyOf(PROJECTS.twice);
    const before = await settled(key);
    await db.run('UPDATE workflow_trigger SET outcome = NULL, workflow_id = NULL, started_at = NULL, settled_at = NULL WHERE id = ?', [key]);
    expect(await engine().startTriggers()).toBe(1);
    expect(await settled(key)).toMatchObject({ outcome: 'STARTED', workflow_id: before.workflow_id });
    expect(await count(db, 'SELECT COUNT(*) AS n FROM workflow')).toBe(1);
    expect(await statusChanges(PROJECTS.twice)).toBe(1);
  });

  it('two engines over one store start each trigger once', async () => {
    const [a, b] = [engine(), engine()];
    for (const projectId of PROJECTS.raced) await pauser(db).handler(paused(projectId), { sequence: 1, redelivered: false });
    const claimed = await Promise.all([a.startTriggers(), b.startTriggers()]);
    expect(claimed.reduce((sum, n) => sum + n, 0)).toBe(PROJECTS.raced.length);
    for (const projectId of PROJECTS.raced) {
      const done = await settled(keyOf(projectId));
      expect(done.outcome).toBe('STARTED');
      expect(await count(db, 'SELECT COUNT(*) AS n FROM workflow WHERE subject_id = ?', [toHubId('Project', projectId)])).toBe(1);
      expect(await stage(projectId)).toBe('On Hold');
      expect(await statusChanges(projectId)).toBe(1);
    }
  });

  it('a trigger claimed by a process that died is started by another once the claim expires', async () => {
    const key = keyOf(PROJECTS.orphaned);
    await pauser(db).handler(paused(PROJECTS.orphaned), { sequence: 1, redelivered: false });
    expect(await store.claimTrigger(key, 'a-dead-process', new Date().toISOString(), new Date(Date.now() + 500).toISOString())).toBe(true);
    const survivor = engine();
    expect(await survivor.startTriggers()).toBe(0);
    expect(await trigger(key)).toMatchObject({ outcome: null, claimed_by: 'a-dead-process' });
    await waitFor(async () => (await survivor.startTriggers()) === 1, { what: 'the survivor claiming the trigger once its claim expired' });
    expect(await settled(key)).toMatchObject({ outcome: 'STARTED' });
    expect(await stage(PROJECTS.orphaned)).toBe('On Hold');
    expect(await statusChanges(PROJECTS.orphaned)).toBe(1);
  });

  it('a start refused by business rules settles the trigger with the refusal code, and is not tried again', async () => {
    const unknown = toHubId('Project', 'PRJ-2026-0999');
    const cause = randomUUID();
    expect(await recordWorkflowTrigger(db, { key: 'refused', type: 'changeProjectStatus', input: { projectId: unknown, status: 'ON_HOLD' }, cause })).toBe(
      true,
    );
    // A type no engine here knows stays pending for one that does.
    expect(await recordWorkflowTrigger(db, { key: 'unknown-type', type: 'noSuchWorkflow', input: {}, cause })).toBe(true);
    const refusing = engine();
    expect(await refusing.startTriggers()).toBe(1);
    const done = await settled('refused');
    expect(done).toMatchObject({ outcome: 'PROJECT_NOT_FOUND', workflow_id: null, started_at: null, attempts: 0 });
    expect(JSON.parse(done.user_errors ?? '[]')).toMatchObject([{ code: 'PROJECT_NOT_FOUND' }]);
    expect(await refusing.startTriggers()).toBe(0);
    expect(await count(db, 'SELECT COUNT(*) AS n FROM workflow WHERE causation_id = ?', [cause])).toBe(0);
    expect(await trigger('unknown-type')).toMatchObject({ outcome: null, claimed_by: null, attempts: 0 });
  });

  it('a trigger pending while a system is down starts once the system is back', async () => {
    const key = keyOf(PROJECTS.outage);
    const recovering = engine();
    psaDown = true;
    try {
      recovering.startRecovery(100);
      await pauser(db).handler(paused(PROJECTS.outage), { sequence: 1, redelivered: false });
      // Tried (at once, as it was recorded beside the engine, then on the next scan) and left pending each time.
      const pending = await waitFor(
        async () => {
          const row = await trigger(key);
          return row && row.attempts >= 2 ? row : null;
        },
        { what: 'the trigger to be tried twice while the PSA is down' },
      );
      expect(pending).toMatchObject({ outcome: null, claimed_by: null, workflow_id: null });
      expect(pending.last_error).toMatch(/PSA/);
      expect(await count(db, 'SELECT COUNT(*) AS n FROM workflow WHERE subject_id = ?', [toHubId('Project', PROJECTS.outage)])).toBe(0);
    } finally {
      psaDown = false;
    }
    expect(await settled(key)).toMatchObject({ outcome: 'STARTED' });
    await recovering.stop();
    expect(await count(db, 'SELECT COUNT(*) AS n FROM workflow WHERE subject_id = ?', [toHubId('Project', PROJECTS.outage)])).toBe(1);
    expect(await stage(PROJECTS.outage)).toBe('On Hold');
    expect(await statusChanges(PROJECTS.outage)).toBe(1);
  });

  it("the hub's workflows service starts a trigger recorded in its store", async () => {
    await pauser(stores.workflows).handler(paused(PROJECTS.hub), { sequence: 1, redelivered: false });
    const done = await settled(keyOf(PROJECTS.hub), stores.workflows);
    expect(done.outcome).toBe('STARTED');
    expect(await stores.workflows.get('SELECT actor_sub, status FROM workflow WHERE id = ?', [done.workflow_id])).toEqual({
      actor_sub: WORKFLOWS_SERVICE.sub,
      status: 'COMPLETED',
    });
    expect(await stage(PROJECTS.hub)).toBe('On Hold');
  });

  it("a caller holding the workflows service's credential cannot start a governed mutation", async () => {
    const result = await testHub.query<{ changeProjectStatus: unknown }>(
      'mutation ($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { workflow { id } } }',
      { input: { projectId: toHubId('Project', PROJECTS.forbidden), status: 'ON_HOLD', idempotencyKey: randomUUID() } },
      { authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
    );
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await stage(PROJECTS.forbidden)).toBe('In Progress');
  });
});
