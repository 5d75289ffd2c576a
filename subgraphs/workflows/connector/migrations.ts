/**
 * The workflows service's own store: durable workflow state, idempotency keys, the exception queue
 * and the append-only audit trail. JSON columns hold what the engine reads back as a whole.
 */
import type { Migration } from '../../../platform/sql.ts';
import { SYSTEM_API_MIGRATION } from '../../shared/system-api.ts';

const tables = (autoId: string) => `CREATE TABLE workflow (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    status TEXT NOT NULL,
    input TEXT NOT NULL,
    state TEXT NOT NULL,
    user_errors TEXT NOT NULL DEFAULT '[]',
    subject_id TEXT,
    customer_id TEXT,
    actor_sub TEXT NOT NULL,
    actor_roles TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    lease_owner TEXT,
    lease_until TEXT
  );
  CREATE INDEX workflow_status ON workflow (status, started_at);
  CREATE INDEX workflow_subject ON workflow (subject_id);
  CREATE TABLE workflow_step (
    workflow_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    system TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    output TEXT,
    PRIMARY KEY (workflow_id, position)
  );
  CREATE TABLE idempotency_key (
    scope TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    mutation TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    workflow_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
  );
  CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
  CREATE TABLE workflow_exception (
    id TEXT PRIMARY KEY,
    workflow_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    step TEXT NOT NULL,
    system TEXT NOT NULL,
    cause TEXT NOT NULL,
    customer_id TEXT,
    project_id TEXT,
    amount BIGINT,
    currency TEXT,
    raised_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution_note TEXT
  );
  CREATE INDEX workflow_exception_status ON workflow_exception (status, raised_at);
  CREATE TABLE audit_entry (
    seq ${autoId},
    at TEXT NOT NULL,
    actor_sub TEXT NOT NULL,
    actor_roles TEXT NOT NULL,
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    correlation_id TEXT NOT NULL,
    workflow_id TEXT,
    request_key TEXT NOT NULL,
    UNIQUE (request_key, entity_type, entity_id)
  );
  CREATE INDEX audit_entry_entity ON audit_entry (entity_id, seq);
  CREATE INDEX audit_entry_actor ON audit_entry (actor_sub, seq);`;

const journeyTables = (float: string) => `CREATE TABLE journey (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    state TEXT NOT NULL,
    stages TEXT NOT NULL,
    customer_id TEXT,
    project_id TEXT,
    amount BIGINT,
    currency TEXT,
    started_at TEXT NOT NULL,
    completed_at TEXT,
    cycle_time_seconds ${float},
    breached INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, subject_id)
  );
  CREATE INDEX journey_started ON journey (started_at, id);
  CREATE INDEX journey_customer ON journey (customer_id, started_at);
  CREATE INDEX journey_project ON journey (project_id);
  CREATE TABLE journey_link (
    ref_type TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    journey_id TEXT NOT NULL,
    PRIMARY KEY (ref_type, ref_id, journey_id)
  );
  CREATE TABLE journey_slo (
    journey_id TEXT NOT NULL,
    slo TEXT NOT NULL,
    stage TEXT NOT NULL,
    clock_from TEXT NOT NULL,
    due_at TEXT NOT NULL,
    reached_at TEXT,
    breached INTEGER NOT NULL DEFAULT 0,
    exception_id TEXT,
    exception_closed INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (journey_id, slo)
  );
  CREATE INDEX journey_slo_due ON journey_slo (due_at) WHERE reached_at IS NULL;
  CREATE INDEX journey_slo_clock ON journey_slo (slo, clock_from);
  CREATE TABLE journey_event (
    event_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    applied_at TEXT NOT NULL
  );
  CREATE INDEX journey_event_applied ON journey_event (applied_at);`;

/**
 * Journeys derived from their events in the order they occurred, whatever the order they arrive in
 * (journeys/store.ts): each applied move as a mark, on its subject's journey or (`journey_id` null)
 * on the ids it finds its journeys by (`journey_mark_ref`); each journey's first completion, once
 * (the cycle-time histogram); the SLO target a clock started with and when a sweep found it overdue.
 * The journeys kept so far get marks from their rows: their facts, each stage reached, their stop.
 */
const journeyMarkTables = (float: string) => `CREATE TABLE journey_mark (
    event_id TEXT NOT NULL,
    move_index INTEGER NOT NULL,
    kind TEXT NOT NULL,
    journey_id TEXT,
    occurred_at TEXT NOT NULL,
    move TEXT NOT NULL,
    PRIMARY KEY (event_id, move_index)
  );
  CREATE INDEX journey_mark_journey ON journey_mark (journey_id, occurred_at);
  CREATE TABLE journey_mark_ref (
    ref_type TEXT NOT NULL,
    ref_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    move_index INTEGER NOT NULL,
    PRIMARY KEY (ref_type, ref_id, event_id, move_index)
  );
  CREATE INDEX journey_link_journey ON journey_link (journey_id, ref_type);
  CREATE TABLE journey_cycle_time (
    journey_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    cycle_time_seconds ${float} NOT NULL,
    completed_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL
  );
  INSERT INTO journey_cycle_time (journey_id, kind, cycle_time_seconds, completed_at, recorded_at)
    SELECT id, kind, cycle_time_seconds, completed_at, updated_at FROM journey WHERE cycle_time_seconds IS NOT NULL AND completed_at IS NOT NULL;
  ALTER TABLE journey_slo ADD COLUMN target TEXT;
  ALTER TABLE journey_slo ADD COLUMN overdue_at TEXT;
  CREATE INDEX journey_slo_late ON journey_slo (due_at) WHERE exception_id IS NULL AND breached = 1 AND reached_at IS NOT NULL;
  UPDATE journey_slo SET overdue_at = due_at WHERE breached = 1 AND (exception_id IS NOT NULL OR reached_at IS NULL OR reached_at <= due_at);`;

export const workflowsMigrations: readonly Migration[] = [
  { sqlite: tables('INTEGER PRIMARY KEY AUTOINCREMENT'), postgres: tables('BIGSERIAL PRIMARY KEY') },
  // WorkflowUpdated and ExceptionRaised events, relayed like the domains' (the outbox table).
  SYSTEM_API_MIGRATION,
  // Workflows that events start (subgraphs/workflows/triggers.ts): one row per idempotency key, ever,
  // claimed under a lease by the process that starts it; and the event a workflow was started for.
  `CREATE TABLE workflow_trigger (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    input TEXT NOT NULL,
    cause TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    claimed_by TEXT,
    claimed_until TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    outcome TEXT,
    user_errors TEXT,
    workflow_id TEXT,
    started_at TEXT,
    settled_at TEXT
  );
  CREATE INDEX workflow_trigger_pending ON workflow_trigger (created_at) WHERE outcome IS NULL;
  ALTER TABLE workflow ADD COLUMN causation_id TEXT;`,
  // The W3C trace context of the request that started a workflow (tracing on): a run resumed elsewhere links to it.
  'ALTER TABLE workflow ADD COLUMN traceparent TEXT;',
  // Exceptions not raised by a workflow (reconciliation findings, SLO breaches): `workflow_id` may be
  // null, `kind` says what raised it, `context` holds its business context (a JSON array of
  // { label, value }), and `dedupe_key` names the drift or breach, so at most one exception per
  // (kind, dedupe_key) is unresolved at a time, across processes.
  {
    sqlite: `CREATE TABLE workflow_exception_v2 (
      id TEXT PRIMARY KEY,
      workflow_id TEXT UNIQUE,
      kind TEXT NOT NULL DEFAULT 'WORKFLOW',
      dedupe_key TEXT,
      context TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL,
      step TEXT NOT NULL,
      system TEXT NOT NULL,
      cause TEXT NOT NULL,
      customer_id TEXT,
      project_id TEXT,
      amount BIGINT,
      currency TEXT,
      raised_at TEXT NOT NULL,
      resolved_at TEXT,
      resolved_by TEXT,
      resolution_note TEXT
    );
    INSERT INTO workflow_exception_v2 (id, workflow_id, status, step, system, cause, customer_id, project_id, amount, currency, raised_at, resolved_at, resolved_by, resolution_note)
      SELECT id, workflow_id, status, step, system, cause, customer_id, project_id, amount, currency, raised_at, resolved_at, resolved_by, resolution_note FROM workflow_exception;
    DROP TABLE workflow_exception;
    ALTER TABLE workflow_exception_v2 RENAME TO workflow_exception;
    CREATE INDEX workflow_exception_status ON workflow_exception (status, raised_at);
    CREATE INDEX workflow_exception_kind ON workflow_exception (kind, status, raised_at);
    CREATE UNIQUE INDEX workflow_exception_unresolved ON workflow_exception (kind, dedupe_key) WHERE dedupe_key IS NOT NULL AND status <> 'RESOLVED';`,
    postgres: `ALTER TABLE workflow_exception ALTER COLUMN workflow_id DROP NOT NULL;
    ALTER TABLE workflow_exception ADD COLUMN kind TEXT NOT NULL DEFAULT 'WORKFLOW';
    ALTER TABLE workflow_exception ADD COLUMN dedupe_key TEXT;
    ALTER TABLE workflow_exception ADD COLUMN context TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX workflow_exception_kind ON workflow_exception (kind, status, raised_at);
    CREATE UNIQUE INDEX workflow_exception_unresolved ON workflow_exception (kind, dedupe_key) WHERE dedupe_key IS NOT NULL AND status <> 'RESOLVED';`,
  },
  // Business journeys followed from the domain events (subgraphs/workflows/journeys/, docs/journeys.md):
  // one row per journey (its stages as JSON), the links later events find it by, each SLO's clock
  // on it, and the ids of the events applied (each applied once, whatever the deliveries).
  {
    sqlite: journeyTables('REAL'),
    postgres: journeyTables('DOUBLE PRECISION'),
  },
  // The breach exceptions still to close, which every journey sweep looks for.
  'CREATE INDEX journey_slo_raised ON journey_slo (due_at) WHERE exception_id IS NOT NULL AND exception_closed = 0;',
  // Reconciliation (subgraphs/workflows/reconciliation/, docs/reconciliation.md): each scan, once per
  // idempotency key ever; each finding, once per drift (its exception's dedupe key); and the lease that
  // keeps scans to one at a time across processes.
  `CREATE TABLE reconciliation_run (
    id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    checks TEXT NOT NULL,
    project_ids TEXT,
    actor_sub TEXT NOT NULL,
    correlation_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    opened INTEGER NOT NULL DEFAULT 0,
    still_open INTEGER NOT NULL DEFAULT 0,
    closed INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    lease_until TEXT,
    UNIQUE (scope, idempotency_key)
  );
  CREATE INDEX reconciliation_run_status ON reconciliation_run (status, started_at);
  CREATE TABLE reconciliation_finding (
    id TEXT PRIMARY KEY,
    dedupe_key TEXT NOT NULL UNIQUE,
    check_name TEXT NOT NULL,
    status TEXT NOT NULL,
    summary TEXT NOT NULL,
    records TEXT NOT NULL,
    customer_id TEXT,
    project_id TEXT,
    amount BIGINT,
    currency TEXT,
    replay TEXT,
    replay_input TEXT,
    exception_id TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    closed_at TEXT,
    replay_workflow_id TEXT
  );
  CREATE INDEX reconciliation_finding_status ON reconciliation_finding (status, check_name, detected_at);
  CREATE INDEX reconciliation_finding_exception ON reconciliation_finding (exception_id);
  CREATE INDEX reconciliation_finding_project ON reconciliation_finding (project_id);
  CREATE INDEX reconciliation_finding_customer ON reconciliation_finding (customer_id);
  CREATE TABLE reconciliation_lease (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    lease_until TEXT NOT NULL
  );`,
  // Journeys replayed from their marks in occurredAt order; cycle times recorded once (journeyMarkTables).
  {
    sqlite: `${journeyMarkTables('REAL')}
  INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move)
    SELECT 'backfill:' || j.id || ':facts', 0, j.kind, j.id, j.started_at,
           json_object('create', json('true'), 'facts', json_object('customerId', j.customer_id, 'projectId', j.project_id, 'amount', j.amount, 'currency', j.currency))
      FROM journey j;
  INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move)
    SELECT 'backfill:' || j.id || ':' || s.key, 0, j.kind, j.id, s.value, json_object('reach', s.key) FROM journey j, json_each(j.stages) s;
  INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move)
    SELECT 'backfill:' || j.id || ':stopped', 0, j.kind, j.id, COALESCE((SELECT MAX(s.value) FROM json_each(j.stages) s), j.started_at), '{"stop":true}'
      FROM journey j WHERE j.state = 'STOPPED';`,
    postgres: `${journeyMarkTables('DOUBLE PRECISION')}
  INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move)
    SELECT 'backfill:' || j.id || ':facts', 0, j.kind, j.id, j.started_at,
           json_build_object('create', true, 'facts', json_build_object('customerId', j.customer_id, 'projectId', j.project_id, 'amount', j.amount, 'currency', j.currency))::text
      FROM journey j;
  INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move)
    SELECT 'backfill:' || j.id || ':' || s.key, 0, j.kind, j.id, s.value, json_build_object('reach', s.key)::text FROM journey j, json_each_text(j.stages::json) s;
  INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move)
    SELECT 'backfill:' || j.id || ':stopped', 0, j.kind, j.id, COALESCE((SELECT MAX(s.value) FROM json_each_text(j.stages::json) s), j.started_at), '{"stop":true}'
      FROM journey j WHERE j.state = 'STOPPED';`,
  },
  // A replay's claim on its finding, held (and renewed) until its workflow is linked (reconciliation/store.ts claimReplay).
  `ALTER TABLE reconciliation_finding ADD COLUMN replay_claim_id TEXT;
  ALTER TABLE reconciliation_finding ADD COLUMN replay_claimed_until TEXT;`,
];
