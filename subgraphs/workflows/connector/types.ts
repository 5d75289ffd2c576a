/**
 * The workflows service's store interface. Rows mirror the tables in migrations.ts; JSON columns
 * are text. The engine is the only writer.
 */
import type { PageRequest } from '../../shared/pagination.ts';
import type { EntityChange } from '../../shared/system-api.ts';

/** Stored workflow states: the public WorkflowStatus plus COMPENSATING (shown as RUNNING). */
export type StoredWorkflowStatus = 'RUNNING' | 'COMPENSATING' | 'WAITING' | 'COMPLETED' | 'FAILED' | 'COMPENSATED';
export type StepStatus = 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED' | 'COMPENSATED' | 'SKIPPED';
export type ExceptionStatus = 'OPEN' | 'RETRYING' | 'RESOLVED';

export interface WorkflowRecord {
  id: string;
  type: string;
  status: StoredWorkflowStatus;
  /** JSON: the validated plan the steps work from. */
  input: string;
  /** JSON: outputs of the steps done so far, by step name. */
  state: string;
  /** JSON: UserError[] when refused mid-way and compensated. */
  user_errors: string;
  subject_id: string | null;
  customer_id: string | null;
  actor_sub: string;
  /** JSON array. */
  actor_roles: string;
  correlation_id: string;
  started_at: string;
  finished_at: string | null;
  lease_owner: string | null;
  lease_until: string | null;
  /** The event a triggered workflow was started for (workflow_trigger.cause); null for a caller's request. */
  causation_id: string | null;
  /** W3C trace context of the span that started it, when tracing was on (platform/tracing.ts). */
  traceparent?: string | null;
}

export interface StepRecord {
  workflow_id: string;
  position: number;
  name: string;
  system: string;
  status: StepStatus;
  attempts: number;
  last_error: string | null;
  output: string | null;
}

export interface IdempotencyRecord {
  scope: string;
  idempotency_key: string;
  mutation: string;
  request_hash: string;
  workflow_id: string;
  created_at: string;
}

/** What raised an exception: a parked workflow, a reconciliation finding or an SLO breach. */
export type ExceptionKind = 'WORKFLOW' | 'RECONCILIATION' | 'SLO_BREACH';
export const EXCEPTION_KINDS: readonly ExceptionKind[] = ['WORKFLOW', 'RECONCILIATION', 'SLO_BREACH'];

/** An exception no workflow raised: a reconciliation finding or an SLO breach (WorkflowStore.raiseBusinessException). */
export interface NewBusinessException {
  kind: Exclude<ExceptionKind, 'WORKFLOW'>;
  /** Names what it is about (a drift, a journey's breach); at most one unresolved exception per (kind, dedupeKey). */
  dedupeKey: string;
  /** The stage or check it is about (shown as the exception's step). */
  step: string;
  /** The system of record where the drift or delay is. */
  system: string;
  cause: string;
  customerId: string | null;
  projectId: string | null;
  /** Minor units of `currency`. */
  amount: number | null;
  currency: string | null;
  context: readonly ExceptionContextEntry[];
}

/** One line of an exception's business context, shown as is (text) to the roles that read the queue. */
export interface ExceptionContextEntry {
  label: string;
  value: string;
}

export interface ExceptionRecord {
  id: string;
  /** The parked workflow; null for exceptions no workflow raised (kind RECONCILIATION, SLO_BREACH). */
  workflow_id: string | null;
  kind: ExceptionKind;
  /** Names the drift or breach an exception not raised by a workflow is about; null for WORKFLOW. */
  dedupe_key: string | null;
  /** JSON array of ExceptionContextEntry. */
  context: string;
  status: ExceptionStatus;
  step: string;
  system: string;
  cause: string;
  customer_id: string | null;
  project_id: string | null;
  amount: number | null;
  currency: string | null;
  raised_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolution_note: string | null;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actor_sub: string;
  actor_roles: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  correlation_id: string;
  workflow_id: string | null;
  request_key: string;
}

/** Whether a trigger's workflow was started: STARTED, or the code the start was refused with. */
export type TriggerOutcome = 'STARTED' | (string & {});

/** A workflow an event asked for (subgraphs/workflows/triggers.ts), pending until it is settled. */
export interface TriggerRecord {
  /** The idempotency key of the workflow it starts. */
  id: string;
  type: string;
  /** JSON: the workflow's input, without its idempotency key. */
  input: string;
  /** The id of the event that asked for it: the workflow's causation. */
  cause: string;
  correlation_id: string;
  created_at: string;
  /** The process starting it and until when (a lease): another may take it over afterwards. */
  claimed_by: string | null;
  claimed_until: string | null;
  /** Starts that failed for want of a system (each leaves it pending). */
  attempts: number;
  last_error: string | null;
  /** Null while pending. */
  outcome: TriggerOutcome | null;
  /** JSON: UserError[] of a refused start. */
  user_errors: string | null;
  workflow_id: string | null;
  started_at: string | null;
  settled_at: string | null;
}

export type NewTrigger = Pick<TriggerRecord, 'id' | 'type' | 'input' | 'cause' | 'correlation_id' | 'created_at'>;

/** How a trigger ended: its workflow started, or its start refused (never retried). */
export type TriggerSettlement =
  | { outcome: 'STARTED'; workflow_id: string; started_at: string; settled_at: string }
  | { outcome: string; user_errors: string; settled_at: string };

export interface WorkflowListFilter {
  type?: string | null;
  /** Hub id of the customer the workflows concern. */
  customerId?: string | null;
  statuses?: readonly StoredWorkflowStatus[] | null;
  subjectId?: string | null;
}

export interface ExceptionListFilter {
  status?: ExceptionStatus | null;
  kind?: ExceptionKind | null;
  projectId?: string | null;
  customerId?: string | null;
}

export interface AuditListFilter {
  entityId?: string | null;
  actor?: string | null;
  from?: string | null;
  to?: string | null;
}

/** A new workflow with its idempotency key, stored together or not at all. */
export interface NewWorkflow {
  /** Optionally born leased (`lease_owner`, `lease_until`) to the engine that creates it. */
  workflow: Omit<WorkflowRecord, 'lease_owner' | 'lease_until' | 'finished_at' | 'state' | 'user_errors' | 'causation_id'> &
    Partial<Pick<WorkflowRecord, 'lease_owner' | 'lease_until' | 'causation_id' | 'traceparent'>>;
  steps: { name: string; system: string }[];
  key: Omit<IdempotencyRecord, 'workflow_id' | 'created_at'>;
}

export interface WorkflowStore {
  /** Inserts the workflow, its steps and its key; false (nothing written) when the key is already taken. */
  createWorkflow(created: NewWorkflow): Promise<boolean>;
  idempotencyKey(scope: string, key: string): Promise<IdempotencyRecord | null>;
  /** Forgets keys created before `before` (ISO instant). */
  pruneIdempotencyKeys(before: string): Promise<number>;
  workflowsByIds(ids: readonly string[]): Promise<WorkflowRecord[]>;
  stepsByWorkflowIds(ids: readonly string[]): Promise<StepRecord[]>;
  /** Up to `page.limit + 1`, newest first; `afterKey` is "<started_at>|<id>". */
  listWorkflows(filter: WorkflowListFilter, page: PageRequest): Promise<WorkflowRecord[]>;
  countWorkflows(filter: WorkflowListFilter): Promise<number>;
  /** Workflows in `statuses` whose lease is free or expired at `now`. */
  workflowsToResume(statuses: readonly StoredWorkflowStatus[], now: string): Promise<WorkflowRecord[]>;
  /** Takes the workflow's lease until `until` unless another owner holds an unexpired one. */
  claimLease(workflowId: string, owner: string, now: string, until: string): Promise<boolean>;
  /** Extends a lease `owner` still holds (never takes a free or another's lease); false when it is not `owner`'s. */
  renewLease(workflowId: string, owner: string, until: string): Promise<boolean>;
  releaseLease(workflowId: string, owner: string): Promise<void>;
  updateStep(workflowId: string, position: number, fields: Partial<Pick<StepRecord, 'status' | 'attempts' | 'last_error' | 'output'>>): Promise<void>;
  /**
   * Marks a step done and merges its output into the workflow state, with its audit entries, in one
   * transaction.
   */
  completeStep(workflowId: string, position: number, output: Record<string, unknown>, state: Record<string, unknown>, audit: NewAuditEntry[]): Promise<void>;
  updateWorkflow(workflowId: string, fields: Partial<Pick<WorkflowRecord, 'status' | 'user_errors' | 'finished_at' | 'subject_id'>>): Promise<void>;
  exceptionsByIds(ids: readonly string[]): Promise<ExceptionRecord[]>;
  exceptionsByWorkflowIds(ids: readonly string[]): Promise<ExceptionRecord[]>;
  /** Opens (or reopens) the one exception of a workflow. */
  /**
   * Opens (or reopens) the workflow's exception and emits ExceptionRaised in the same transaction;
   * `kind` is what the parked step was doing (its definition's `exceptionKind`), carried by the event
   * as `data.kind` for consumers that must not read step names.
   */
  raiseException(
    exception: Omit<ExceptionRecord, 'resolved_at' | 'resolved_by' | 'resolution_note' | 'status' | 'kind' | 'dedupe_key' | 'context'> & {
      workflow_id: string;
    },
    kind: string | null,
  ): Promise<ExceptionRecord>;
  /**
   * Opens the one unresolved exception of (`kind`, `dedupeKey`), or refreshes it (cause, context,
   * amount) when one is already OPEN or RETRYING, in one transaction with ExceptionRaised on opening.
   * The store's unique index makes it one across concurrent callers and processes.
   */
  raiseBusinessException(exception: NewBusinessException): Promise<{ exception: ExceptionRecord; opened: boolean }>;
  /**
   * Resolves the unresolved exception of (`kind`, `dedupeKey`), if any, as `resolvedBy` with `note`;
   * the resolved one, or null when none was unresolved.
   */
  closeBusinessException(kind: ExceptionKind, dedupeKey: string, note: string, resolvedBy?: string): Promise<ExceptionRecord | null>;
  /** The unresolved exceptions of `kind` among `dedupeKeys`. */
  unresolvedBusinessExceptions(kind: ExceptionKind, dedupeKeys: readonly string[]): Promise<ExceptionRecord[]>;
  updateException(id: string, fields: Partial<Pick<ExceptionRecord, 'status' | 'resolved_at' | 'resolved_by' | 'resolution_note'>>): Promise<void>;
  /**
   * Moves an OPEN exception to RETRYING; false when it is resolved. The caller holds the FAILED
   * workflow's lease, so a RETRYING one here is a retry that died before its workflow moved: taken again.
   */
  claimExceptionRetry(id: string): Promise<boolean>;
  /** Resolves the workflow's exception if a retry holds it (RETRYING); a no-op otherwise. */
  resolveRetriedException(workflowId: string, fields: Pick<ExceptionRecord, 'resolved_at' | 'resolved_by' | 'resolution_note'>): Promise<void>;
  /**
   * Resolves an OPEN exception, with its audit entry, in one transaction; false (nothing written)
   * when it is not open: already resolved (e.g. by a concurrent caller) or being retried.
   */
  resolveException(
    id: string,
    fields: Pick<ExceptionRecord, 'resolved_at' | 'resolved_by' | 'resolution_note'>,
    audit: readonly NewAuditEntry[],
  ): Promise<boolean>;
  listExceptions(filter: ExceptionListFilter, page: PageRequest): Promise<ExceptionRecord[]>;
  countExceptions(filter: ExceptionListFilter): Promise<number>;
  /** Records a trigger once: false (nothing written) when its key is already recorded. */
  recordTrigger(trigger: NewTrigger): Promise<boolean>;
  /**
   * Calls `listener` after each trigger recorded through this store's connection in this process (the
   * engine starts it at once instead of at its next scan); returns the unsubscribe function.
   */
  onTriggerRecorded(listener: () => void): () => void;
  /** Pending triggers of `types` whose claim is free or expired at `now`, oldest first, at most `limit`. */
  triggersToStart(types: readonly string[], now: string, limit: number): Promise<TriggerRecord[]>;
  /** Claims a pending trigger until `until` unless another process holds an unexpired claim (one conditional UPDATE). */
  claimTrigger(id: string, owner: string, now: string, until: string): Promise<boolean>;
  /** Extends a claim `owner` still holds; false when it is not `owner`'s. */
  renewTriggerClaim(id: string, owner: string, until: string): Promise<boolean>;
  /** Gives a pending trigger back after a start that failed for want of a system: counted, free for the next scan. */
  releaseTrigger(id: string, owner: string, error: string): Promise<void>;
  /** Records how a pending trigger ended; false when it was already settled (by another process). */
  settleTrigger(id: string, settlement: TriggerSettlement): Promise<boolean>;
  triggersByIds(ids: readonly string[]): Promise<TriggerRecord[]>;
  appendAudit(entries: readonly NewAuditEntry[]): Promise<void>;
  /** Up to `page.limit + 1`, newest first; `afterKey` is the seq. */
  listAudit(filter: AuditListFilter, page: PageRequest): Promise<AuditRecord[]>;
  countAudit(filter: AuditListFilter): Promise<number>;
}

export type NewAuditEntry = Omit<AuditRecord, 'seq'>;

/** Turns a system write's changes into audit entries. */
export function auditEntriesOf(
  changes: readonly EntityChange[],
  common: Pick<AuditRecord, 'at' | 'actor_sub' | 'actor_roles' | 'action' | 'correlation_id' | 'workflow_id' | 'request_key'>,
): NewAuditEntry[] {
  return changes.map((change) => ({
    ...common,
    entity_type: change.entity,
    entity_id: change.entityId,
    before_json: change.before ? JSON.stringify(change.before) : null,
    after_json: change.after ? JSON.stringify(change.after) : null,
  }));
}
