import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WorkflowRecord, StepRecord, ExceptionRecord, AuditRecord } from '../connector/types.ts';
import type { EntityRef } from '../../shared/entity.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { FindingRow, RunRow } from '../reconciliation/types.ts';
import type { JourneyRecord, JourneySloRecord, SloReport } from '../journeys/types.ts';
import type { WorkflowsContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO 8601 calendar date (YYYY-MM-DD). */
  Date: { input: string; output: string; }
  /** ISO 8601 instant with offset. */
  DateTime: { input: string; output: string; }
  /** Exact decimal serialized as a string ("1234.50"); never a float. */
  Decimal: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A role a change order adds to a project. */
export type AddedRoleInput = {
  /** When the role is needed until; null: to the project end. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Hours requested, as a decimal string. */
  hours: Scalars['Decimal']['input'];
  /** A rate-card role, e.g. Senior Consultant. */
  role: Scalars['String']['input'];
  /** When the role is needed from; null: from the project start. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** Input of assignConsultant. */
export type AssignConsultantInput = {
  /** 1 to 100. */
  allocationPct: Scalars['Int']['input'];
  /** Hub id of an active consultant. */
  consultantId: Scalars['ID']['input'];
  /** Last day of the assignment (not before startDate). */
  endDate: Scalars['Date']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of a PLANNED or ACTIVE project. */
  projectId: Scalars['ID']['input'];
  /** A rate-card role, e.g. Senior Consultant. */
  role: Scalars['String']['input'];
  /** First day of the assignment. */
  startDate: Scalars['Date']['input'];
};

/** Result of assignConsultant. */
export type AssignConsultantPayload = {
  __typename?: 'AssignConsultantPayload';
  /** The assignment created; null when refused. */
  assignment: Maybe<Assignment>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

export type Assignment = {
  __typename?: 'Assignment';
  /** Hub id of the assignment (from its PSA id). */
  id: Scalars['ID']['output'];
};

/** An append-only record of one governed write to one entity. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** Workflow type and step, e.g. convertOpportunityToProject/createProject. */
  action: Scalars['String']['output'];
  /** The token subject of the person (or service) that caused the write. */
  actor: Scalars['String']['output'];
  /** The roles the actor held. */
  actorRoles: Array<Scalars['String']['output']>;
  /** The entity after the write, as JSON (null when removed). */
  after: Maybe<Scalars['String']['output']>;
  /** When the write happened. */
  at: Scalars['DateTime']['output'];
  /** The entity before the write, as JSON (null when created). */
  before: Maybe<Scalars['String']['output']>;
  /** The request's correlation id, shared by every log line and event it caused. */
  correlationId: Scalars['String']['output'];
  /** Hub id of the entity written. */
  entityId: Scalars['ID']['output'];
  /** Type of the entity written, e.g. Project. */
  entityType: Scalars['String']['output'];
  /** Id of the entry; later entries have higher ids. */
  id: Scalars['ID']['output'];
  /** The workflow that made the write. */
  workflow: Maybe<Workflow>;
};

/** A page of audit entries. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /** The audit entries of this page, each with its cursor. */
  edges: Array<AuditEntryEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many audit entries match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One audit entry in a page, with its cursor. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /** Opaque cursor of this audit entry: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The audit entry. */
  node: AuditEntry;
};

/** Narrows the audit trail; every condition given must hold. */
export type AuditFilter = {
  /** Token subject of the actor. */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only writes to this entity (hub id). */
  entityId?: InputMaybe<Scalars['ID']['input']>;
  /** Only writes at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only writes at or before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type ChangeOrder = {
  __typename?: 'ChangeOrder';
  /** Hub id of the change order (from its PSA id). */
  id: Scalars['ID']['output'];
};

/** Input of approveChangeOrder and rejectChangeOrder. */
export type ChangeOrderDecisionInput = {
  /** Hub id of a change order in financial review. */
  changeOrderId: Scalars['ID']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
};

/** Result of submitChangeOrder, approveChangeOrder and rejectChangeOrder. */
export type ChangeOrderPayload = {
  __typename?: 'ChangeOrderPayload';
  /** The change order, with its status after the request. */
  changeOrder: Maybe<ChangeOrder>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** Input of changeProjectStatus. */
export type ChangeProjectStatusInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of the project. */
  projectId: Scalars['ID']['input'];
  /** Why, kept in the audit trail and the status event. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The status to move to; only the transitions of the project state machine are allowed. */
  status: ProjectStatus;
};

/** Result of changeProjectStatus. */
export type ChangeProjectStatusPayload = {
  __typename?: 'ChangeProjectStatusPayload';
  /** The project, with its status after the change. */
  project: Maybe<Project>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** Input of closePeriod. */
export type ClosePeriodInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** The legal entity whose period closes (LegalEntity.id, the CRM's id; its ERP subsidiary books its customers' projects); null: every legal entity the ERP books. */
  legalEntityId?: InputMaybe<Scalars['ID']['input']>;
  /** The month to close, YYYY-MM: not after the business date's month, and not closed already. */
  period: Scalars['String']['input'];
};

/** Result of closePeriod. */
export type ClosePeriodPayload = {
  __typename?: 'ClosePeriodPayload';
  /** The legal entities (ERP subsidiaries) whose period this close closed; empty when refused. */
  legalEntities: Array<Scalars['String']['output']>;
  /** The period closed (YYYY-MM); null when refused. */
  period: Maybe<Scalars['String']['output']>;
  /** The revenue this close posted, one per project with revenue in the period; a project whose posting for the period was already there is left out. */
  revenuePostings: Array<RevenuePosting>;
  /** Why the request was refused, compensated or parked, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** Input of completeMilestone. */
export type CompleteMilestoneInput = {
  /** Defaults to the business date. */
  actualDate?: InputMaybe<Scalars['Date']['input']>;
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of an OPEN milestone. */
  milestoneId: Scalars['ID']['input'];
};

/** Input of convertOpportunityToProject. */
export type ConvertOpportunityToProjectInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of a WON opportunity that has not been converted yet. */
  opportunityId: Scalars['ID']['input'];
  /** Defaults to none: the project starts without a manager. */
  projectManagerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of convertOpportunityToProject. */
export type ConvertOpportunityToProjectPayload = {
  __typename?: 'ConvertOpportunityToProjectPayload';
  /** The project the opportunity became; null when refused. */
  project: Maybe<Project>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** Null only when the request was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

export type Customer = {
  __typename?: 'Customer';
  /** Hub id of the customer (from its CRM account id). */
  id: Scalars['ID']['output'];
};

/** A page of exceptions. */
export type ExceptionConnection = {
  __typename?: 'ExceptionConnection';
  /** The exceptions of this page, each with its cursor. */
  edges: Array<ExceptionEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many exceptions match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One line of an exception's business context, e.g. { label: "stage", value: "POSTED" }. */
export type ExceptionContextEntry = {
  __typename?: 'ExceptionContextEntry';
  /** What the value is, e.g. stage, age, records. */
  label: Scalars['String']['output'];
  /** The value, as text. */
  value: Scalars['String']['output'];
};

/** One exception in a page, with its cursor. */
export type ExceptionEdge = {
  __typename?: 'ExceptionEdge';
  /** Opaque cursor of this exception: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The exception. */
  node: WorkflowException;
};

/** Narrows the exception queue; every condition given must hold. */
export type ExceptionFilter = {
  /** Only exceptions about this customer (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only exceptions of this kind. */
  kind?: InputMaybe<ExceptionKind>;
  /** Only exceptions about this project (hub id). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** OPEN, RETRYING or RESOLVED. */
  status?: InputMaybe<Scalars['String']['input']>;
};

/**
 * What raised an exception. WORKFLOW: a governed workflow failed and is parked; RECONCILIATION: a scan
 * found drift between the systems of record; SLO_BREACH: a business journey missed its service level.
 */
export type ExceptionKind =
  | 'RECONCILIATION'
  | 'SLO_BREACH'
  | 'WORKFLOW';

/** Result of retryException and resolveException. */
export type ExceptionPayload = {
  __typename?: 'ExceptionPayload';
  /** The exception, with its status after the request. */
  exception: Maybe<WorkflowException>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** A drift between the systems of record that a reconciliation found; each is an exception of kind RECONCILIATION. */
export type Finding = {
  __typename?: 'Finding';
  /** The billable or billed amount at stake, when there is one (never a cost). */
  amount: Maybe<Money>;
  /** The check that found it. */
  check: ReconciliationCheck;
  /** When it was closed; null while open. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer concerned, when there is one. */
  customer: Maybe<Customer>;
  /** When a scan first saw the drift. */
  detectedAt: Scalars['DateTime']['output'];
  /** The exception in the queue for it. */
  exception: WorkflowException;
  /** Id of the finding. */
  id: Scalars['ID']['output'];
  /** When a scan last saw it. */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The project concerned, when there is one. */
  project: Maybe<Project>;
  /** The records involved, with their ids in every system that holds them (at most 200). */
  records: Array<FindingRecord>;
  /** What replayFinding would run (e.g. postApprovedTime); null when a person must decide. */
  replay: Maybe<Scalars['String']['output']>;
  /** The governed workflow a replay ran; null before one. */
  replayWorkflow: Maybe<Workflow>;
  /** Where it stands. */
  status: FindingStatus;
  /** What drifts, in a sentence. */
  summary: Scalars['String']['output'];
};

/** A page of findings. */
export type FindingConnection = {
  __typename?: 'FindingConnection';
  /** The findings of this page, each with its cursor. */
  edges: Array<FindingEdge>;
  /** Where this page sits in the list. */
  pageInfo: PageInfo;
  /** How many findings match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** A finding in a page. */
export type FindingEdge = {
  __typename?: 'FindingEdge';
  /** Cursor of this finding, for `after`. */
  cursor: Scalars['String']['output'];
  /** The finding. */
  node: Finding;
};

/** Narrows a list of findings; every condition given must hold. */
export type FindingFilter = {
  /** Only findings of this check. */
  check?: InputMaybe<ReconciliationCheck>;
  /** Only findings about this customer (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only findings about this project (hub id). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only findings in this state. */
  status?: InputMaybe<FindingStatus>;
};

/** One record a finding involves, by its id in one system. */
export type FindingRecord = {
  __typename?: 'FindingRecord';
  /** What it is there, e.g. Project, TimeEntry, Invoice. */
  entityType: Scalars['String']['output'];
  /** The hub id, where the entity has one. */
  hubId: Maybe<Scalars['ID']['output']>;
  /** The system's own id. */
  id: Scalars['String']['output'];
  /** The system holding it. */
  system: SourceSystem;
};

/** Where a finding stands. OPEN: the drift is there; REPLAYING: a replay was started (the next scan tells whether it fixed the drift); CLOSED: a scan no longer sees the drift, or a person resolved it. */
export type FindingStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'REPLAYING';

export type Invoice = {
  __typename?: 'Invoice';
  /** Hub id of the invoice (from its ERP id). */
  id: Scalars['ID']['output'];
};

/** Result of recordPayment. */
export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  /** The invoice, with its balance after the payment. */
  invoice: Maybe<Invoice>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** One instance of a business journey: its stages with their timestamps, its cycle time and its service-level breaches. */
export type Journey = {
  __typename?: 'Journey';
  /** What is at stake: the deal's amount, the billable value of the approved time, or the milestone's amount; null when not known. */
  amount: Maybe<Money>;
  /** Whether any of its service levels was missed. */
  breached: Scalars['Boolean']['output'];
  /** The service levels it missed. */
  breaches: Array<SloBreach>;
  /** When its last stage was reached; null until then. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer it is for, when known. */
  customer: Maybe<Customer>;
  /** Seconds from first to last stage; null while in progress. */
  cycleTimeSeconds: Maybe<Scalars['Float']['output']>;
  /** Id of the journey. */
  id: Scalars['ID']['output'];
  /** Which journey. */
  kind: JourneyKind;
  /** The project it is about, once there is one. */
  project: Maybe<Project>;
  /** Each stage of the kind in order; reachedAt null until reached. */
  stages: Array<JourneyStage>;
  /** When its first stage seen was reached. */
  startedAt: Scalars['DateTime']['output'];
  /** Where it stands. */
  state: JourneyState;
};

/** A page of journeys. */
export type JourneyConnection = {
  __typename?: 'JourneyConnection';
  /** The journeys of this page, each with its cursor. */
  edges: Array<JourneyEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many journeys match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One journey in a page, with its cursor. */
export type JourneyEdge = {
  __typename?: 'JourneyEdge';
  /** Opaque cursor of this journey: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The journey. */
  node: Journey;
};

/** Narrows a journey list; every condition given must hold. */
export type JourneyFilter = {
  /** Only journeys that missed (true) or met every (false) service level so far. */
  breached?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only journeys of this customer (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only journeys started at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only journeys of this kind. */
  kind?: InputMaybe<JourneyKind>;
  /** Only journeys about this project (hub id). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only journeys in this state. */
  state?: InputMaybe<JourneyState>;
  /** Only journeys started at or before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The business journeys followed from the domain events (docs/journeys.md). */
export type JourneyKind =
  /** One milestone: MILESTONE_APPROVED → BILLING_RELEASED → INVOICE_ISSUED → PAID. */
  | 'PROJECT_TO_CASH'
  /** A won opportunity: WON → CONTRACT_ACTIVATED → PROJECT_CREATED → PROJECT_ACTIVE. */
  | 'QUOTE_TO_PROJECT'
  /** One approval of a project's time: APPROVED → POSTED (to the ERP) → INVOICED. */
  | 'TIME_TO_BILL';

/** A stage of a journey. */
export type JourneyStage = {
  __typename?: 'JourneyStage';
  /** When the SLO wants it by, if one applies. */
  dueAt: Maybe<Scalars['DateTime']['output']>;
  /** Stage name, e.g. PROJECT_CREATED. */
  name: Scalars['String']['output'];
  /** When it was reached; null until then. */
  reachedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Where a journey stands. */
export type JourneyState =
  /** Its last stage was reached. */
  | 'COMPLETED'
  /** Some stage is still to come. */
  | 'IN_PROGRESS'
  /** Its subject left the path (a project cancelled before it started, a milestone approval undone, an invoice voided). */
  | 'STOPPED';

/** Input of logTime. */
export type LogTimeInput = {
  /** Whether the hours are billed to the customer. */
  billable: Scalars['Boolean']['input'];
  /** Hub id of the consultant who worked. */
  consultantId: Scalars['ID']['input'];
  /** The day worked (YYYY-MM-DD). */
  date: Scalars['Date']['input'];
  /** More than 0, at most 24, in hundredths. */
  hours: Scalars['Decimal']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** What was done, shown on the timecard. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Hub id of a project open for time, on which the consultant is assigned. */
  projectId: Scalars['ID']['input'];
};

/** Result of logTime. */
export type LogTimePayload = {
  __typename?: 'LogTimePayload';
  /** The timecard logged (DRAFT); null when refused. */
  timeEntry: Maybe<TimeEntry>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

export type Milestone = {
  __typename?: 'Milestone';
  /** Hub id of the milestone (from its PSA id). */
  id: Scalars['ID']['output'];
};

/** Input of signOffMilestone and approveMilestone. */
export type MilestoneInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of a COMPLETED milestone. */
  milestoneId: Scalars['ID']['input'];
};

/** Result of completeMilestone, signOffMilestone and approveMilestone. */
export type MilestonePayload = {
  __typename?: 'MilestonePayload';
  /** The milestone, with its status after the request. */
  milestone: Maybe<Milestone>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** An exact amount of money. */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal amount in the currency's major unit. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a change order and applies it across CRM (contract), PSA (bookings, budget, resource requests) and ERP (billing schedule), compensating on refusal. Roles: finance, admin. */
  approveChangeOrder: ChangeOrderPayload;
  /** Approves a completed (and, when required, signed-off) milestone and bills it, within the billing cap. Roles: delivery, admin. */
  approveMilestone: MilestonePayload;
  /** Approves submitted timecards and posts them to the ERP (cost, and billing for billable time). Roles: delivery, admin. */
  approveTime: TimeEntriesPayload;
  /** Staffs a consultant on a project at the rate card in force. Roles: delivery, admin. */
  assignConsultant: AssignConsultantPayload;
  /** Moves a project through PLANNED → ACTIVE ⇄ ON_HOLD → COMPLETED | CANCELLED → CLOSED. Roles: delivery, admin. */
  changeProjectStatus: ChangeProjectStatusPayload;
  /**
   * Closes an accounting period (YYYY-MM) of one legal entity, or of every legal entity the ERP books:
   * recognizes each project's revenue for the period by its billing model and posts it to the ERP's
   * revenue ledger, once per project and period; accrues the approved cost the ERP has not posted; then
   * closes the period, after which nothing dated in it (or before it) posts (PERIOD_CLOSED). Refused,
   * naming `period`, when the period is malformed, has not begun on the business date, or is closed
   * already. Roles: finance, admin.
   */
  closePeriod: ClosePeriodPayload;
  /** Marks a milestone COMPLETED with its actual date (default: the business date). Roles: delivery, admin. */
  completeMilestone: MilestonePayload;
  /** Turns a won opportunity into a PSA project with milestones and resource requests, the ERP customer (never twice), the project's financial dimension and its billing schedule. Roles: delivery, admin. */
  convertOpportunityToProject: ConvertOpportunityToProjectPayload;
  /** Issues one invoice for a project's released, uninvoiced billing events. Roles: finance, admin. */
  issueInvoice: InvoicePayload;
  /** Logs time of a consultant on a project, valued at the rates in force on the work date. Roles: delivery, admin. */
  logTime: LogTimePayload;
  /** Scans the systems of record for drift (docs/reconciliation.md): opens a finding per drift, refreshes the open ones, closes those whose drift is gone. Roles: finance, admin. */
  reconcile: ReconcilePayload;
  /** Records a payment against an issued invoice, up to its open balance. Roles: finance, admin. */
  recordPayment: InvoicePayload;
  /** Records a consultant's worklog on a work item in the client delivery platform; it then becomes a PSA time entry (syncWorklog, started by the hub). Roles: delivery, admin. */
  recordWorklog: WorklogPayload;
  /** Rejects a submitted change order. Roles: finance, admin. */
  rejectChangeOrder: ChangeOrderPayload;
  /** Releases a project's generated billing events that are not on hold, for invoicing. Roles: finance, admin. */
  releaseBillingEvents: ProjectBillingPayload;
  /** Runs the missing step a finding names, through its governed workflow; refused when the drift is already fixed. Roles: finance, admin. */
  replayFinding: ReplayFindingPayload;
  /** Closes an exception by hand, with a note. Roles: finance, admin. */
  resolveException: ExceptionPayload;
  /** Runs a failed workflow again from the step that failed. Roles: finance, admin. */
  retryException: ExceptionPayload;
  /** The client's sign-off of a completed milestone. Roles: portal (its own customer's milestones only), admin. */
  signOffMilestone: MilestonePayload;
  /** Submits a change order for financial review. Roles: delivery, admin. */
  submitChangeOrder: ChangeOrderPayload;
  /** Submits draft timecards for approval. Roles: delivery, admin. */
  submitTime: TimeEntriesPayload;
  /** Makes a delivery platform worklog one PSA time entry under logTime's rules, once ever (a worklog already synced is refused with WORKLOG_ALREADY_SYNCED). Roles: delivery, admin. */
  syncWorklog: WorklogPayload;
  /** Moves a work item in the delivery platform; the last open item of a milestone done completes the milestone for approval. Roles: delivery, admin. */
  updateWorkItemStatus: WorkItemPayload;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationApproveChangeOrderArgs = {
  input: ChangeOrderDecisionInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationApproveMilestoneArgs = {
  input: MilestoneInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationApproveTimeArgs = {
  input: TimeEntriesInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationAssignConsultantArgs = {
  input: AssignConsultantInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationChangeProjectStatusArgs = {
  input: ChangeProjectStatusInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationClosePeriodArgs = {
  input: ClosePeriodInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationCompleteMilestoneArgs = {
  input: CompleteMilestoneInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationConvertOpportunityToProjectArgs = {
  input: ConvertOpportunityToProjectInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationIssueInvoiceArgs = {
  input: ProjectBillingInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationLogTimeArgs = {
  input: LogTimeInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationReconcileArgs = {
  input: ReconcileInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationRecordWorklogArgs = {
  input: RecordWorklogInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationRejectChangeOrderArgs = {
  input: ChangeOrderDecisionInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationReleaseBillingEventsArgs = {
  input: ProjectBillingInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationReplayFindingArgs = {
  input: ReplayFindingInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationResolveExceptionArgs = {
  input: ResolveExceptionInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationRetryExceptionArgs = {
  input: RetryExceptionInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationSignOffMilestoneArgs = {
  input: MilestoneInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationSubmitChangeOrderArgs = {
  input: SubmitChangeOrderInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationSubmitTimeArgs = {
  input: TimeEntriesInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationSyncWorklogArgs = {
  input: SyncWorklogInput;
};


/** Governed writes: each runs as a durable workflow across the systems of record (docs/workflows.md). */
export type MutationUpdateWorkItemStatusArgs = {
  input: UpdateWorkItemStatusInput;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page, for `after`; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Project = {
  __typename?: 'Project';
  /** Hub id of the project (from its PSA id). */
  id: Scalars['ID']['output'];
};

/** Input of releaseBillingEvents and issueInvoice: the project to bill. */
export type ProjectBillingInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of the project. */
  projectId: Scalars['ID']['input'];
};

/** Result of releaseBillingEvents and issueInvoice. */
export type ProjectBillingPayload = {
  __typename?: 'ProjectBillingPayload';
  /** The project billed. */
  project: Maybe<Project>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** Canonical project state: PLANNED → ACTIVE ⇄ ON_HOLD → COMPLETED | CANCELLED → CLOSED. */
export type ProjectStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PLANNED';

/** What can be read: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** The audit trail, newest first. Refused with FORBIDDEN for callers without the admin, analyst, delivery or finance role. */
  auditLog: AuditEntryConnection;
  /** An exception by id; null when none exists, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  exception: Maybe<WorkflowException>;
  /** The exception queue, newest first. Refused with FORBIDDEN for callers without the admin, analyst, delivery or finance role. */
  exceptions: ExceptionConnection;
  /** Reconciliation findings, newest first. Refused with FORBIDDEN for callers without the admin, analyst, delivery or finance role. */
  findings: FindingConnection;
  /** A journey by id; null when none exists or the caller may not see its customer. */
  journey: Maybe<Journey>;
  /** Business journeys followed from the domain events, newest first (docs/journeys.md). A portal user sees only its own customer's. */
  journeys: JourneyConnection;
  /** A reconciliation run by id (reconcile answers a long scan as RUNNING); null when none exists, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  reconciliationRun: Maybe<ReconciliationRun>;
  /** The service levels of the journeys, with their attainment over the window. Refused with FORBIDDEN for callers without the admin, analyst, delivery or finance role. */
  slos: Array<Slo>;
  /** A workflow by id; null when none exists. */
  workflow: Maybe<Workflow>;
  /** Workflows, newest first. */
  workflows: WorkflowConnection;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryExceptionArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryExceptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExceptionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryJourneyArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryJourneysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<JourneyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryReconciliationRunArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryWorkflowArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryWorkflowsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkflowFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of reconcile. */
export type ReconcileInput = {
  /** Same key and same scope: the same run, scanned once. Same key, other scope: IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** What to look at; null: every check over every project. */
  scope?: InputMaybe<ReconciliationScope>;
};

/** Result of reconcile. */
export type ReconcilePayload = {
  __typename?: 'ReconcilePayload';
  /** The run; null when the request was refused. A scan that outlasts the answer deadline is answered RUNNING and goes on (follow it with reconciliationRun or the same key). */
  run: Maybe<ReconciliationRun>;
  /** Why the request was refused, with a stable code; empty on success. */
  userErrors: Array<UserError>;
};

/**
 * A reconciliation check (docs/reconciliation.md): what it compares between the systems of record.
 * PROJECT_CLOSED_IN_ERP: open in the PSA, Closed in the ERP. APPROVED_TIME_NOT_POSTED: time approved
 * more than 30 days ago and never posted. POSTED_COST_WITHOUT_TIME: more TIME cost postings in the ERP
 * than posted time in the PSA. PROJECT_MISSING_IN_ERP: a PSA project the ERP does not know.
 * TIME_AFTER_TERMINATION: time dated after the HCM's termination date. ASSIGNMENT_OF_TERMINATED_CONSULTANT:
 * an assignment running past it. MILESTONE_BILLED_TWICE: one milestone on two billing items.
 * PAID_INVOICE_PAYMENTS_SHORT: Paid In Full with payments short of the total. INVOICE_TOTAL_MISMATCH: a
 * total other than its lines or its billing events' items. STALE_BILL_RATE: time at a bill rate no rate
 * card row in force on its date carries. WORKLOG_NOT_SYNCED: a delivery-platform worklog that never
 * became PSA time. CONTRACT_VALUE_NOT_BOOKINGS: a CRM contract value other than the project's bookings.
 * ENTITY_MISSING_FROM_STORE: an entity the identity registry and a store disagree on (an id one knows and
 * the other does not hold, or an ERP customer or project whose CRM account or PSA project is gone).
 */
export type ReconciliationCheck =
  | 'APPROVED_TIME_NOT_POSTED'
  | 'ASSIGNMENT_OF_TERMINATED_CONSULTANT'
  | 'CONTRACT_VALUE_NOT_BOOKINGS'
  | 'ENTITY_MISSING_FROM_STORE'
  | 'INVOICE_TOTAL_MISMATCH'
  | 'MILESTONE_BILLED_TWICE'
  | 'PAID_INVOICE_PAYMENTS_SHORT'
  | 'POSTED_COST_WITHOUT_TIME'
  | 'PROJECT_CLOSED_IN_ERP'
  | 'PROJECT_MISSING_IN_ERP'
  | 'STALE_BILL_RATE'
  | 'TIME_AFTER_TERMINATION'
  | 'WORKLOG_NOT_SYNCED';

/** One scan of the systems of record for drift. */
export type ReconciliationRun = {
  __typename?: 'ReconciliationRun';
  /** The checks it ran. */
  checks: Array<ReconciliationCheck>;
  /** Findings it closed because their drift is gone. */
  closed: Scalars['Int']['output'];
  /** When it finished; null while running. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Id of the run. */
  id: Scalars['ID']['output'];
  /** Findings it opened (drift seen for the first time, or again after it was closed). */
  opened: Scalars['Int']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** RUNNING, COMPLETED or FAILED. */
  status: Scalars['String']['output'];
  /** Open findings it saw again. */
  stillOpen: Scalars['Int']['output'];
};

/** What a reconciliation looks at. */
export type ReconciliationScope = {
  /** The checks to run (at most one of each); null: every check. */
  checks?: InputMaybe<Array<ReconciliationCheck>>;
  /** Only drift about these projects (hub ids, at most 200); null: every project. */
  projectIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Input of recordPayment. */
export type RecordPaymentInput = {
  /** In the invoice's currency; more than 0 and at most the open balance. */
  amount: Scalars['Decimal']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of an ISSUED or PARTIALLY_PAID invoice. */
  invoiceId: Scalars['ID']['input'];
};

/** Input of recordWorklog. */
export type RecordWorklogInput = {
  /** What was done (at most 2,000 characters); becomes the time entry's notes. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Hub id of the consultant who worked. */
  consultantId: Scalars['ID']['input'];
  /** The day worked (YYYY-MM-DD). */
  date: Scalars['Date']['input'];
  /** More than 0, at most 24, in hundredths. */
  hours: Scalars['Decimal']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of a work item in an active workspace. */
  workItemId: Scalars['ID']['input'];
};

/** Input of replayFinding. */
export type ReplayFindingInput = {
  /** The finding whose missing step to run. */
  findingId: Scalars['ID']['input'];
  /** Same key and same finding: the same replay, run once. Same key, other finding: IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
};

/** Result of replayFinding. */
export type ReplayFindingPayload = {
  __typename?: 'ReplayFindingPayload';
  /** The finding, as it stands after the replay started; null when it does not exist. */
  finding: Maybe<Finding>;
  /** Why the replay was refused (FINDING_NOT_FOUND, FINDING_NOT_REPLAYABLE, FINDING_ALREADY_FIXED, FINDING_REPLAYING, or the workflow's own refusal); empty on success. */
  userErrors: Array<UserError>;
  /** The governed workflow that ran the missing step; null when refused. */
  workflow: Maybe<Workflow>;
};

/** Input of resolveException. */
export type ResolveExceptionInput = {
  /** Id of an OPEN exception. */
  id: Scalars['ID']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** What was done by hand, kept in the audit trail. */
  note: Scalars['String']['input'];
};

/** Input of retryException. */
export type RetryExceptionInput = {
  /** Id of an OPEN exception. */
  id: Scalars['ID']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
};

/** A project's revenue for a period, as period close posted it to the ERP's revenue ledger. */
export type RevenuePosting = {
  __typename?: 'RevenuePosting';
  /** Revenue of the period: the project's revenue through the period less what was posted for the periods before. */
  amount: Money;
  /** The project's revenue through the period. */
  cumulative: Money;
  /** How the revenue was recognized: ACTUAL_TIME (time and materials), PERCENT_COMPLETE (fixed fee), MILESTONE or STRAIGHT_LINE (retainer). */
  method: Scalars['String']['output'];
  /** The project. */
  project: Project;
};

/** A service level of a journey kind: how long one stage may take after another. */
export type Slo = {
  __typename?: 'Slo';
  /** Share of journeys in the window that met it, 0..1; null with none. */
  attainment: Maybe<Scalars['Float']['output']>;
  /** Journeys in the window whose stage came late or is overdue. */
  breaches: Scalars['Int']['output'];
  /** The stage the clock starts at. */
  fromStage: Scalars['String']['output'];
  /** The journey it applies to. */
  kind: JourneyKind;
  /** Journeys in the window whose stage came within the target. */
  met: Scalars['Int']['output'];
  /** Stable name, e.g. project-created-after-activation. */
  name: Scalars['String']['output'];
  /** The target as a person reads it, e.g. 1 business day. */
  target: Scalars['String']['output'];
  /** The stage due within the target. */
  toStage: Scalars['String']['output'];
  /** ISO 8601 duration of the window, e.g. P30D: journeys whose clock started within it count. */
  window: Scalars['String']['output'];
};

/** A service level a journey missed. */
export type SloBreach = {
  __typename?: 'SloBreach';
  /** When the stage was due. */
  dueAt: Scalars['DateTime']['output'];
  /** The SLO_BREACH exception raised for it, when one was; null, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  exception: Maybe<WorkflowException>;
  /** When it was reached; null while still not reached. */
  reachedAt: Maybe<Scalars['DateTime']['output']>;
  /** Name of the SLO, e.g. approved-time-posted. */
  slo: Scalars['String']['output'];
  /** The stage that was late. */
  stage: Scalars['String']['output'];
};

/** A system of record behind the hub. */
export type SourceSystem =
  /** Customer relationship management: accounts, opportunities, contracts. */
  | 'CRM'
  /** Client delivery platform: engagement workspaces, work items, worklogs. */
  | 'DELIVERY'
  /** Enterprise resource planning: rates, billing, invoices, revenue. */
  | 'ERP'
  /** Human capital management: consultants, skills, cost rates. */
  | 'HCM'
  /** Professional services automation: projects, staffing, time. */
  | 'PSA';

/** Input of submitChangeOrder. */
export type SubmitChangeOrderInput = {
  /** Roles the change adds: a resource request each once approved. */
  addedRoles?: InputMaybe<Array<AddedRoleInput>>;
  /** Change of the contract value in the project's currency; may be negative. */
  deltaBookings: Scalars['Decimal']['input'];
  /** Change of the budgeted hours; may be negative. */
  deltaBudgetHours: Scalars['Decimal']['input'];
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of the project to change. */
  projectId: Scalars['ID']['input'];
  /** Why the scope changes, shown to reviewers. */
  reason: Scalars['String']['input'];
};

/** Input of syncWorklog. */
export type SyncWorklogInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** Hub id of a worklog not synced yet. */
  worklogId: Scalars['ID']['input'];
};

/** Input of submitTime and approveTime: the timecards to act on. */
export type TimeEntriesInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** 1 to 200 timecards. */
  timeEntryIds: Array<Scalars['ID']['input']>;
};

/** Result of submitTime and approveTime. */
export type TimeEntriesPayload = {
  __typename?: 'TimeEntriesPayload';
  /** The timecards, with their status after the request. */
  timeEntries: Array<TimeEntry>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

export type TimeEntry = {
  __typename?: 'TimeEntry';
  /** Hub id of the time entry (from its PSA timecard id). */
  id: Scalars['ID']['output'];
};

/** Input of updateWorkItemStatus. */
export type UpdateWorkItemStatusInput = {
  /** Client-chosen key, unique per request: a retry with the same key and input returns the same workflow; the same key with another input is refused with IDEMPOTENCY_KEY_REUSED. */
  idempotencyKey: Scalars['String']['input'];
  /** The status it moves to (the platform's own label for it is used). */
  status: WorkItemStatus;
  /** Hub id of a work item in an active workspace. */
  workItemId: Scalars['ID']['input'];
};

/** A business rule or input problem that stopped a governed mutation. Nothing it would have written was written. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable code, e.g. OPPORTUNITY_NOT_WON, OVER_ALLOCATED, PROJECT_CLOSED. */
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. ["input", "allocationPct"]. */
  field: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

export type WorkItem = {
  __typename?: 'WorkItem';
  /** Hub id (from its issue key). */
  id: Scalars['ID']['output'];
};

/** Result of updateWorkItemStatus. */
export type WorkItemPayload = {
  __typename?: 'WorkItemPayload';
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The work item; null when refused. */
  workItem: Maybe<WorkItem>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
};

/** Canonical status of a work item. */
export type WorkItemStatus =
  /** Finished. */
  | 'DONE'
  /** Being worked on or reviewed. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'OPEN';

/** A governed cross-system write: durable, idempotent, compensated on refusal, parked on failure. */
export type Workflow = {
  __typename?: 'Workflow';
  /** Who started it (the token's subject). */
  actor: Scalars['String']['output'];
  /** Carried to every system of record and every domain event the workflow causes. */
  correlationId: Scalars['String']['output'];
  /** The open or last exception of this workflow; null when it never failed, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  exception: Maybe<WorkflowException>;
  /** When it finished; null while running. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Id of the workflow. */
  id: Scalars['ID']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Where the workflow stands. */
  status: WorkflowStatus;
  /** Its steps, in order. */
  steps: Array<WorkflowStep>;
  /** The governed mutation that started it, e.g. convertOpportunityToProject. */
  type: Scalars['String']['output'];
  /** Why it was refused: the refusal it was compensated for, or the one it was parked on (a step that parks on a refusal); WORKFLOW_FAILED when it is parked because a system kept failing. Empty otherwise. */
  userErrors: Array<UserError>;
};

/** A page of workflows. */
export type WorkflowConnection = {
  __typename?: 'WorkflowConnection';
  /** The workflows of this page, each with its cursor. */
  edges: Array<WorkflowEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many workflows match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One workflow in a page, with its cursor. */
export type WorkflowEdge = {
  __typename?: 'WorkflowEdge';
  /** Opaque cursor of this workflow: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The workflow. */
  node: Workflow;
};

/** An item parked for a person, with the business context to act on it: a failed workflow, a reconciliation finding or an SLO breach. */
export type WorkflowException = {
  __typename?: 'WorkflowException';
  /** The amount at stake, when there is one. */
  amount: Maybe<Money>;
  /** What the system answered. */
  cause: Scalars['String']['output'];
  /** Business context beyond customer, project and amount (for example the stage and age of a breach, the records of a finding); empty when there is none. */
  context: Array<ExceptionContextEntry>;
  /** The customer concerned, when there is one. */
  customer: Maybe<Customer>;
  /** The reconciliation finding it is about; null for other kinds, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  finding: Maybe<Finding>;
  /** Id of the exception. */
  id: Scalars['ID']['output'];
  /** The journey an SLO_BREACH is about; null for other kinds (docs/journeys.md). */
  journey: Maybe<Journey>;
  /** What raised it. */
  kind: ExceptionKind;
  /** The project concerned, when there is one. */
  project: Maybe<Project>;
  /** When it was parked. */
  raisedAt: Scalars['DateTime']['output'];
  /** The note given when resolved by hand. */
  resolutionNote: Maybe<Scalars['String']['output']>;
  /** When it was resolved; null while open. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who resolved it (token subject); null while open. */
  resolvedBy: Maybe<Scalars['String']['output']>;
  /** OPEN, RETRYING or RESOLVED. */
  status: Scalars['String']['output'];
  /** The step that failed. */
  step: Scalars['String']['output'];
  /** The system of record that failed or refused. */
  system: SourceSystem;
  /** The workflow that failed; null for exceptions no workflow raised (kind RECONCILIATION or SLO_BREACH). */
  workflow: Maybe<Workflow>;
};

/** Narrows a workflow list; every condition given must hold. */
export type WorkflowFilter = {
  /** Only workflows in this status. */
  status?: InputMaybe<WorkflowStatus>;
  /** Workflows about this project, customer or other entity (hub id). */
  subjectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only workflows of this type (the governed mutation's name). */
  type?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Where a workflow stands. RUNNING: steps in progress (or being retried, or compensated); WAITING:
 * waiting for a person; COMPLETED: every step applied; FAILED: parked in the exception queue;
 * COMPENSATED: a later step was refused and the earlier steps were undone.
 */
export type WorkflowStatus =
  | 'COMPENSATED'
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING'
  | 'WAITING';

/** One step of a workflow toward one system of record. */
export type WorkflowStep = {
  __typename?: 'WorkflowStep';
  /** Attempts made so far (retries included). */
  attempts: Scalars['Int']['output'];
  /** The last failed attempt's message from the system of record; null when no attempt has failed or the step has since succeeded, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  lastError: Maybe<Scalars['String']['output']>;
  /** Step name, e.g. createProject. */
  name: Scalars['String']['output'];
  /** PENDING, RUNNING, DONE, FAILED, COMPENSATED or SKIPPED. */
  status: Scalars['String']['output'];
  /** The system of record the step writes to. */
  system: SourceSystem;
};

export type Worklog = {
  __typename?: 'Worklog';
  /** Hub id (from its DELIVERY worklog id). */
  id: Scalars['ID']['output'];
};

/** Result of recordWorklog and syncWorklog. */
export type WorklogPayload = {
  __typename?: 'WorklogPayload';
  /** The PSA time entry the worklog became (syncWorklog); null otherwise. */
  timeEntry: Maybe<TimeEntry>;
  /** Why the request was refused or compensated, with a stable code; empty on success. */
  userErrors: Array<UserError>;
  /** The workflow that carried out the request; null when it was refused before anything was written. */
  workflow: Maybe<Workflow>;
  /** The worklog recorded or synced; null when refused. */
  worklog: Maybe<Worklog>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Finding: Finding;
  Journey: Journey;
  ReconciliationRun: ReconciliationRun;
  Workflow: Workflow;
  WorkflowException: WorkflowException;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Finding:
    ( { __typename: 'Finding' }
    & GraphQLRecursivePick<FederationTypes['Finding'], {"id":true}> );
  Journey:
    ( { __typename: 'Journey' }
    & GraphQLRecursivePick<FederationTypes['Journey'], {"id":true}> );
  ReconciliationRun:
    ( { __typename: 'ReconciliationRun' }
    & GraphQLRecursivePick<FederationTypes['ReconciliationRun'], {"id":true}> );
  Workflow:
    ( { __typename: 'Workflow' }
    & GraphQLRecursivePick<FederationTypes['Workflow'], {"id":true}> );
  WorkflowException:
    ( { __typename: 'WorkflowException' }
    & GraphQLRecursivePick<FederationTypes['WorkflowException'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddedRoleInput: AddedRoleInput;
  AssignConsultantInput: AssignConsultantInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssignConsultantPayload: ResolverTypeWrapper<Omit<AssignConsultantPayload, 'assignment' | 'workflow'> & { assignment?: Maybe<ResolversTypes['Assignment']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  Assignment: ResolverTypeWrapper<EntityRef>;
  AuditEntry: ResolverTypeWrapper<AuditRecord>;
  AuditEntryConnection: ResolverTypeWrapper<Connection>;
  AuditEntryEdge: ResolverTypeWrapper<Omit<AuditEntryEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditFilter: AuditFilter;
  ChangeOrder: ResolverTypeWrapper<EntityRef>;
  ChangeOrderDecisionInput: ChangeOrderDecisionInput;
  ChangeOrderPayload: ResolverTypeWrapper<Omit<ChangeOrderPayload, 'changeOrder' | 'workflow'> & { changeOrder?: Maybe<ResolversTypes['ChangeOrder']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  ChangeProjectStatusInput: ChangeProjectStatusInput;
  ChangeProjectStatusPayload: ResolverTypeWrapper<Omit<ChangeProjectStatusPayload, 'project' | 'workflow'> & { project?: Maybe<ResolversTypes['Project']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  ClosePeriodInput: ClosePeriodInput;
  ClosePeriodPayload: ResolverTypeWrapper<Omit<ClosePeriodPayload, 'revenuePostings' | 'workflow'> & { revenuePostings: Array<ResolversTypes['RevenuePosting']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  CompleteMilestoneInput: CompleteMilestoneInput;
  ConvertOpportunityToProjectInput: ConvertOpportunityToProjectInput;
  ConvertOpportunityToProjectPayload: ResolverTypeWrapper<Omit<ConvertOpportunityToProjectPayload, 'project' | 'workflow'> & { project?: Maybe<ResolversTypes['Project']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  Customer: ResolverTypeWrapper<EntityRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ExceptionConnection: ResolverTypeWrapper<Connection>;
  ExceptionContextEntry: ResolverTypeWrapper<ExceptionContextEntry>;
  ExceptionEdge: ResolverTypeWrapper<Omit<ExceptionEdge, 'node'> & { node: ResolversTypes['WorkflowException'] }>;
  ExceptionFilter: ExceptionFilter;
  ExceptionKind: ExceptionKind;
  ExceptionPayload: ResolverTypeWrapper<Omit<ExceptionPayload, 'exception' | 'workflow'> & { exception?: Maybe<ResolversTypes['WorkflowException']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  Finding: ResolverTypeWrapper<FindingRow>;
  FindingConnection: ResolverTypeWrapper<Connection>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingFilter: FindingFilter;
  FindingRecord: ResolverTypeWrapper<FindingRecord>;
  FindingStatus: FindingStatus;
  Invoice: ResolverTypeWrapper<EntityRef>;
  InvoicePayload: ResolverTypeWrapper<Omit<InvoicePayload, 'invoice' | 'workflow'> & { invoice?: Maybe<ResolversTypes['Invoice']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  Journey: ResolverTypeWrapper<JourneyRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  JourneyConnection: ResolverTypeWrapper<Connection>;
  JourneyEdge: ResolverTypeWrapper<Omit<JourneyEdge, 'node'> & { node: ResolversTypes['Journey'] }>;
  JourneyFilter: JourneyFilter;
  JourneyKind: JourneyKind;
  JourneyStage: ResolverTypeWrapper<JourneyStage>;
  JourneyState: JourneyState;
  LogTimeInput: LogTimeInput;
  LogTimePayload: ResolverTypeWrapper<Omit<LogTimePayload, 'timeEntry' | 'workflow'> & { timeEntry?: Maybe<ResolversTypes['TimeEntry']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  Milestone: ResolverTypeWrapper<EntityRef>;
  MilestoneInput: MilestoneInput;
  MilestonePayload: ResolverTypeWrapper<Omit<MilestonePayload, 'milestone' | 'workflow'> & { milestone?: Maybe<ResolversTypes['Milestone']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Project: ResolverTypeWrapper<EntityRef>;
  ProjectBillingInput: ProjectBillingInput;
  ProjectBillingPayload: ResolverTypeWrapper<Omit<ProjectBillingPayload, 'project' | 'workflow'> & { project?: Maybe<ResolversTypes['Project']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  ProjectStatus: ProjectStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReconcileInput: ReconcileInput;
  ReconcilePayload: ResolverTypeWrapper<Omit<ReconcilePayload, 'run'> & { run?: Maybe<ResolversTypes['ReconciliationRun']> }>;
  ReconciliationCheck: ReconciliationCheck;
  ReconciliationRun: ResolverTypeWrapper<RunRow>;
  ReconciliationScope: ReconciliationScope;
  RecordPaymentInput: RecordPaymentInput;
  RecordWorklogInput: RecordWorklogInput;
  ReplayFindingInput: ReplayFindingInput;
  ReplayFindingPayload: ResolverTypeWrapper<Omit<ReplayFindingPayload, 'finding' | 'workflow'> & { finding?: Maybe<ResolversTypes['Finding']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  ResolveExceptionInput: ResolveExceptionInput;
  RetryExceptionInput: RetryExceptionInput;
  RevenuePosting: ResolverTypeWrapper<Omit<RevenuePosting, 'project'> & { project: ResolversTypes['Project'] }>;
  Slo: ResolverTypeWrapper<SloReport>;
  SloBreach: ResolverTypeWrapper<JourneySloRecord>;
  SourceSystem: SourceSystem;
  SubmitChangeOrderInput: SubmitChangeOrderInput;
  SyncWorklogInput: SyncWorklogInput;
  TimeEntriesInput: TimeEntriesInput;
  TimeEntriesPayload: ResolverTypeWrapper<Omit<TimeEntriesPayload, 'timeEntries' | 'workflow'> & { timeEntries: Array<ResolversTypes['TimeEntry']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  TimeEntry: ResolverTypeWrapper<EntityRef>;
  UpdateWorkItemStatusInput: UpdateWorkItemStatusInput;
  UserError: ResolverTypeWrapper<UserError>;
  WorkItem: ResolverTypeWrapper<EntityRef>;
  WorkItemPayload: ResolverTypeWrapper<Omit<WorkItemPayload, 'workItem' | 'workflow'> & { workItem?: Maybe<ResolversTypes['WorkItem']>, workflow?: Maybe<ResolversTypes['Workflow']> }>;
  WorkItemStatus: WorkItemStatus;
  Workflow: ResolverTypeWrapper<WorkflowRecord>;
  WorkflowConnection: ResolverTypeWrapper<Connection>;
  WorkflowEdge: ResolverTypeWrapper<Omit<WorkflowEdge, 'node'> & { node: ResolversTypes['Workflow'] }>;
  WorkflowException: ResolverTypeWrapper<ExceptionRecord>;
  WorkflowFilter: WorkflowFilter;
  WorkflowStatus: WorkflowStatus;
  WorkflowStep: ResolverTypeWrapper<StepRecord>;
  Worklog: ResolverTypeWrapper<EntityRef>;
  WorklogPayload: ResolverTypeWrapper<Omit<WorklogPayload, 'timeEntry' | 'workflow' | 'worklog'> & { timeEntry?: Maybe<ResolversTypes['TimeEntry']>, workflow?: Maybe<ResolversTypes['Workflow']>, worklog?: Maybe<ResolversTypes['Worklog']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddedRoleInput: AddedRoleInput;
  AssignConsultantInput: AssignConsultantInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  AssignConsultantPayload: Omit<AssignConsultantPayload, 'assignment' | 'workflow'> & { assignment?: Maybe<ResolversParentTypes['Assignment']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Assignment: EntityRef;
  AuditEntry: AuditRecord;
  AuditEntryConnection: Connection;
  AuditEntryEdge: Omit<AuditEntryEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditFilter: AuditFilter;
  ChangeOrder: EntityRef;
  ChangeOrderDecisionInput: ChangeOrderDecisionInput;
  ChangeOrderPayload: Omit<ChangeOrderPayload, 'changeOrder' | 'workflow'> & { changeOrder?: Maybe<ResolversParentTypes['ChangeOrder']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  ChangeProjectStatusInput: ChangeProjectStatusInput;
  ChangeProjectStatusPayload: Omit<ChangeProjectStatusPayload, 'project' | 'workflow'> & { project?: Maybe<ResolversParentTypes['Project']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  ClosePeriodInput: ClosePeriodInput;
  ClosePeriodPayload: Omit<ClosePeriodPayload, 'revenuePostings' | 'workflow'> & { revenuePostings: Array<ResolversParentTypes['RevenuePosting']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  CompleteMilestoneInput: CompleteMilestoneInput;
  ConvertOpportunityToProjectInput: ConvertOpportunityToProjectInput;
  ConvertOpportunityToProjectPayload: Omit<ConvertOpportunityToProjectPayload, 'project' | 'workflow'> & { project?: Maybe<ResolversParentTypes['Project']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Customer: EntityRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ExceptionConnection: Connection;
  ExceptionContextEntry: ExceptionContextEntry;
  ExceptionEdge: Omit<ExceptionEdge, 'node'> & { node: ResolversParentTypes['WorkflowException'] };
  ExceptionFilter: ExceptionFilter;
  ExceptionPayload: Omit<ExceptionPayload, 'exception' | 'workflow'> & { exception?: Maybe<ResolversParentTypes['WorkflowException']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Finding: FindingRow;
  FindingConnection: Connection;
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingFilter: FindingFilter;
  FindingRecord: FindingRecord;
  Invoice: EntityRef;
  InvoicePayload: Omit<InvoicePayload, 'invoice' | 'workflow'> & { invoice?: Maybe<ResolversParentTypes['Invoice']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Journey: JourneyRecord;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  JourneyConnection: Connection;
  JourneyEdge: Omit<JourneyEdge, 'node'> & { node: ResolversParentTypes['Journey'] };
  JourneyFilter: JourneyFilter;
  JourneyStage: JourneyStage;
  LogTimeInput: LogTimeInput;
  LogTimePayload: Omit<LogTimePayload, 'timeEntry' | 'workflow'> & { timeEntry?: Maybe<ResolversParentTypes['TimeEntry']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Milestone: EntityRef;
  MilestoneInput: MilestoneInput;
  MilestonePayload: Omit<MilestonePayload, 'milestone' | 'workflow'> & { milestone?: Maybe<ResolversParentTypes['Milestone']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Project: EntityRef;
  ProjectBillingInput: ProjectBillingInput;
  ProjectBillingPayload: Omit<ProjectBillingPayload, 'project' | 'workflow'> & { project?: Maybe<ResolversParentTypes['Project']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Query: Record<PropertyKey, never>;
  ReconcileInput: ReconcileInput;
  ReconcilePayload: Omit<ReconcilePayload, 'run'> & { run?: Maybe<ResolversParentTypes['ReconciliationRun']> };
  ReconciliationRun: RunRow;
  ReconciliationScope: ReconciliationScope;
  RecordPaymentInput: RecordPaymentInput;
  RecordWorklogInput: RecordWorklogInput;
  ReplayFindingInput: ReplayFindingInput;
  ReplayFindingPayload: Omit<ReplayFindingPayload, 'finding' | 'workflow'> & { finding?: Maybe<ResolversParentTypes['Finding']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  ResolveExceptionInput: ResolveExceptionInput;
  RetryExceptionInput: RetryExceptionInput;
  RevenuePosting: Omit<RevenuePosting, 'project'> & { project: ResolversParentTypes['Project'] };
  Slo: SloReport;
  SloBreach: JourneySloRecord;
  SubmitChangeOrderInput: SubmitChangeOrderInput;
  SyncWorklogInput: SyncWorklogInput;
  TimeEntriesInput: TimeEntriesInput;
  TimeEntriesPayload: Omit<TimeEntriesPayload, 'timeEntries' | 'workflow'> & { timeEntries: Array<ResolversParentTypes['TimeEntry']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  TimeEntry: EntityRef;
  UpdateWorkItemStatusInput: UpdateWorkItemStatusInput;
  UserError: UserError;
  WorkItem: EntityRef;
  WorkItemPayload: Omit<WorkItemPayload, 'workItem' | 'workflow'> & { workItem?: Maybe<ResolversParentTypes['WorkItem']>, workflow?: Maybe<ResolversParentTypes['Workflow']> };
  Workflow: WorkflowRecord;
  WorkflowConnection: Connection;
  WorkflowEdge: Omit<WorkflowEdge, 'node'> & { node: ResolversParentTypes['Workflow'] };
  WorkflowException: ExceptionRecord;
  WorkflowFilter: WorkflowFilter;
  WorkflowStep: StepRecord;
  Worklog: EntityRef;
  WorklogPayload: Omit<WorklogPayload, 'timeEntry' | 'workflow' | 'worklog'> & { timeEntry?: Maybe<ResolversParentTypes['TimeEntry']>, workflow?: Maybe<ResolversParentTypes['Workflow']>, worklog?: Maybe<ResolversParentTypes['Worklog']> };
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = WorkflowsContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssignConsultantPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['AssignConsultantPayload'] = ResolversParentTypes['AssignConsultantPayload']> = ResolversObject<{
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type AssignmentResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorRoles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type AuditEntryConnectionResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['AuditEntryConnection'] = ResolversParentTypes['AuditEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEntryEdgeResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['AuditEntryEdge'] = ResolversParentTypes['AuditEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
}>;

export type ChangeOrderResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ChangeOrder'] = ResolversParentTypes['ChangeOrder']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ChangeOrderPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ChangeOrderPayload'] = ResolversParentTypes['ChangeOrderPayload']> = ResolversObject<{
  changeOrder?: Resolver<Maybe<ResolversTypes['ChangeOrder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type ChangeProjectStatusPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ChangeProjectStatusPayload'] = ResolversParentTypes['ChangeProjectStatusPayload']> = ResolversObject<{
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type ClosePeriodPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ClosePeriodPayload'] = ResolversParentTypes['ClosePeriodPayload']> = ResolversObject<{
  legalEntities?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revenuePostings?: Resolver<Array<ResolversTypes['RevenuePosting']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type ConvertOpportunityToProjectPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ConvertOpportunityToProjectPayload'] = ResolversParentTypes['ConvertOpportunityToProjectPayload']> = ResolversObject<{
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type ExceptionConnectionResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ExceptionConnection'] = ResolversParentTypes['ExceptionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExceptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExceptionContextEntryResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ExceptionContextEntry'] = ResolversParentTypes['ExceptionContextEntry']> = ResolversObject<{
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExceptionEdgeResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ExceptionEdge'] = ResolversParentTypes['ExceptionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkflowException'], ParentType, ContextType>;
}>;

export type ExceptionPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ExceptionPayload'] = ResolversParentTypes['ExceptionPayload']> = ResolversObject<{
  exception?: Resolver<Maybe<ResolversTypes['WorkflowException']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type FindingResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding'], FederationReferenceType extends FederationReferenceTypes['Finding'] = FederationReferenceTypes['Finding']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Finding']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  check?: Resolver<ResolversTypes['ReconciliationCheck'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exception?: Resolver<ResolversTypes['WorkflowException'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['FindingRecord']>, ParentType, ContextType>;
  replay?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  replayWorkflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FindingStatus'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FindingConnectionResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FindingEdgeResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
}>;

export type FindingRecordResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['FindingRecord'] = ResolversParentTypes['FindingRecord']> = ResolversObject<{
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hubId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type InvoicePayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['InvoicePayload'] = ResolversParentTypes['InvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type JourneyResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Journey'] = ResolversParentTypes['Journey'], FederationReferenceType extends FederationReferenceTypes['Journey'] = FederationReferenceTypes['Journey']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Journey']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  breached?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  breaches?: Resolver<Array<ResolversTypes['SloBreach']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  cycleTimeSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JourneyKind'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['JourneyStage']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['JourneyState'], ParentType, ContextType>;
}>;

export type JourneyConnectionResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['JourneyConnection'] = ResolversParentTypes['JourneyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JourneyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JourneyEdgeResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['JourneyEdge'] = ResolversParentTypes['JourneyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Journey'], ParentType, ContextType>;
}>;

export type JourneyStageResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['JourneyStage'] = ResolversParentTypes['JourneyStage']> = ResolversObject<{
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
}>;

export type LogTimePayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['LogTimePayload'] = ResolversParentTypes['LogTimePayload']> = ResolversObject<{
  timeEntry?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MilestonePayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['MilestonePayload'] = ResolversParentTypes['MilestonePayload']> = ResolversObject<{
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  approveChangeOrder?: Resolver<ResolversTypes['ChangeOrderPayload'], ParentType, ContextType, RequireFields<MutationApproveChangeOrderArgs, 'input'>>;
  approveMilestone?: Resolver<ResolversTypes['MilestonePayload'], ParentType, ContextType, RequireFields<MutationApproveMilestoneArgs, 'input'>>;
  approveTime?: Resolver<ResolversTypes['TimeEntriesPayload'], ParentType, ContextType, RequireFields<MutationApproveTimeArgs, 'input'>>;
  assignConsultant?: Resolver<ResolversTypes['AssignConsultantPayload'], ParentType, ContextType, RequireFields<MutationAssignConsultantArgs, 'input'>>;
  changeProjectStatus?: Resolver<ResolversTypes['ChangeProjectStatusPayload'], ParentType, ContextType, RequireFields<MutationChangeProjectStatusArgs, 'input'>>;
  closePeriod?: Resolver<ResolversTypes['ClosePeriodPayload'], ParentType, ContextType, RequireFields<MutationClosePeriodArgs, 'input'>>;
  completeMilestone?: Resolver<ResolversTypes['MilestonePayload'], ParentType, ContextType, RequireFields<MutationCompleteMilestoneArgs, 'input'>>;
  convertOpportunityToProject?: Resolver<ResolversTypes['ConvertOpportunityToProjectPayload'], ParentType, ContextType, RequireFields<MutationConvertOpportunityToProjectArgs, 'input'>>;
  issueInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationIssueInvoiceArgs, 'input'>>;
  logTime?: Resolver<ResolversTypes['LogTimePayload'], ParentType, ContextType, RequireFields<MutationLogTimeArgs, 'input'>>;
  reconcile?: Resolver<ResolversTypes['ReconcilePayload'], ParentType, ContextType, RequireFields<MutationReconcileArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  recordWorklog?: Resolver<ResolversTypes['WorklogPayload'], ParentType, ContextType, RequireFields<MutationRecordWorklogArgs, 'input'>>;
  rejectChangeOrder?: Resolver<ResolversTypes['ChangeOrderPayload'], ParentType, ContextType, RequireFields<MutationRejectChangeOrderArgs, 'input'>>;
  releaseBillingEvents?: Resolver<ResolversTypes['ProjectBillingPayload'], ParentType, ContextType, RequireFields<MutationReleaseBillingEventsArgs, 'input'>>;
  replayFinding?: Resolver<ResolversTypes['ReplayFindingPayload'], ParentType, ContextType, RequireFields<MutationReplayFindingArgs, 'input'>>;
  resolveException?: Resolver<ResolversTypes['ExceptionPayload'], ParentType, ContextType, RequireFields<MutationResolveExceptionArgs, 'input'>>;
  retryException?: Resolver<ResolversTypes['ExceptionPayload'], ParentType, ContextType, RequireFields<MutationRetryExceptionArgs, 'input'>>;
  signOffMilestone?: Resolver<ResolversTypes['MilestonePayload'], ParentType, ContextType, RequireFields<MutationSignOffMilestoneArgs, 'input'>>;
  submitChangeOrder?: Resolver<ResolversTypes['ChangeOrderPayload'], ParentType, ContextType, RequireFields<MutationSubmitChangeOrderArgs, 'input'>>;
  submitTime?: Resolver<ResolversTypes['TimeEntriesPayload'], ParentType, ContextType, RequireFields<MutationSubmitTimeArgs, 'input'>>;
  syncWorklog?: Resolver<ResolversTypes['WorklogPayload'], ParentType, ContextType, RequireFields<MutationSyncWorklogArgs, 'input'>>;
  updateWorkItemStatus?: Resolver<ResolversTypes['WorkItemPayload'], ParentType, ContextType, RequireFields<MutationUpdateWorkItemStatusArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectBillingPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ProjectBillingPayload'] = ResolversParentTypes['ProjectBillingPayload']> = ResolversObject<{
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditLog?: Resolver<ResolversTypes['AuditEntryConnection'], ParentType, ContextType, Partial<QueryAuditLogArgs>>;
  exception?: Resolver<Maybe<ResolversTypes['WorkflowException']>, ParentType, ContextType, RequireFields<QueryExceptionArgs, 'id'>>;
  exceptions?: Resolver<ResolversTypes['ExceptionConnection'], ParentType, ContextType, Partial<QueryExceptionsArgs>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, Partial<QueryFindingsArgs>>;
  journey?: Resolver<Maybe<ResolversTypes['Journey']>, ParentType, ContextType, RequireFields<QueryJourneyArgs, 'id'>>;
  journeys?: Resolver<ResolversTypes['JourneyConnection'], ParentType, ContextType, Partial<QueryJourneysArgs>>;
  reconciliationRun?: Resolver<Maybe<ResolversTypes['ReconciliationRun']>, ParentType, ContextType, RequireFields<QueryReconciliationRunArgs, 'id'>>;
  slos?: Resolver<Array<ResolversTypes['Slo']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType, RequireFields<QueryWorkflowArgs, 'id'>>;
  workflows?: Resolver<ResolversTypes['WorkflowConnection'], ParentType, ContextType, Partial<QueryWorkflowsArgs>>;
}>;

export type ReconcilePayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ReconcilePayload'] = ResolversParentTypes['ReconcilePayload']> = ResolversObject<{
  run?: Resolver<Maybe<ResolversTypes['ReconciliationRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReconciliationRunResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ReconciliationRun'] = ResolversParentTypes['ReconciliationRun'], FederationReferenceType extends FederationReferenceTypes['ReconciliationRun'] = FederationReferenceTypes['ReconciliationRun']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ReconciliationRun']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checks?: Resolver<Array<ResolversTypes['ReconciliationCheck']>, ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stillOpen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReplayFindingPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['ReplayFindingPayload'] = ResolversParentTypes['ReplayFindingPayload']> = ResolversObject<{
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type RevenuePostingResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['RevenuePosting'] = ResolversParentTypes['RevenuePosting']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cumulative?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type SloResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Slo'] = ResolversParentTypes['Slo']> = ResolversObject<{
  attainment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  breaches?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fromStage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['JourneyKind'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toStage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SloBreachResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['SloBreach'] = ResolversParentTypes['SloBreach']> = ResolversObject<{
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  exception?: Resolver<Maybe<ResolversTypes['WorkflowException']>, ParentType, ContextType>;
  reachedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TimeEntriesPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['TimeEntriesPayload'] = ResolversParentTypes['TimeEntriesPayload']> = ResolversObject<{
  timeEntries?: Resolver<Array<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type TimeEntryResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkItemPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['WorkItemPayload'] = ResolversParentTypes['WorkItemPayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type WorkflowResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Workflow'] = ResolversParentTypes['Workflow'], FederationReferenceType extends FederationReferenceTypes['Workflow'] = FederationReferenceTypes['Workflow']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Workflow']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exception?: Resolver<Maybe<ResolversTypes['WorkflowException']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkflowStatus'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['WorkflowStep']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type WorkflowConnectionResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['WorkflowConnection'] = ResolversParentTypes['WorkflowConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkflowEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkflowEdgeResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['WorkflowEdge'] = ResolversParentTypes['WorkflowEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Workflow'], ParentType, ContextType>;
}>;

export type WorkflowExceptionResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['WorkflowException'] = ResolversParentTypes['WorkflowException'], FederationReferenceType extends FederationReferenceTypes['WorkflowException'] = FederationReferenceTypes['WorkflowException']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkflowException']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  context?: Resolver<Array<ResolversTypes['ExceptionContextEntry']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  finding?: Resolver<Maybe<ResolversTypes['Finding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journey?: Resolver<Maybe<ResolversTypes['Journey']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ExceptionKind'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolutionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  step?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
}>;

export type WorkflowStepResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['WorkflowStep'] = ResolversParentTypes['WorkflowStep']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type WorklogResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['Worklog'] = ResolversParentTypes['Worklog']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorklogPayloadResolvers<ContextType = WorkflowsContext, ParentType extends ResolversParentTypes['WorklogPayload'] = ResolversParentTypes['WorklogPayload']> = ResolversObject<{
  timeEntry?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  workflow?: Resolver<Maybe<ResolversTypes['Workflow']>, ParentType, ContextType>;
  worklog?: Resolver<Maybe<ResolversTypes['Worklog']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WorkflowsContext> = ResolversObject<{
  AssignConsultantPayload?: AssignConsultantPayloadResolvers<ContextType>;
  Assignment?: AssignmentResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  AuditEntryConnection?: AuditEntryConnectionResolvers<ContextType>;
  AuditEntryEdge?: AuditEntryEdgeResolvers<ContextType>;
  ChangeOrder?: ChangeOrderResolvers<ContextType>;
  ChangeOrderPayload?: ChangeOrderPayloadResolvers<ContextType>;
  ChangeProjectStatusPayload?: ChangeProjectStatusPayloadResolvers<ContextType>;
  ClosePeriodPayload?: ClosePeriodPayloadResolvers<ContextType>;
  ConvertOpportunityToProjectPayload?: ConvertOpportunityToProjectPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ExceptionConnection?: ExceptionConnectionResolvers<ContextType>;
  ExceptionContextEntry?: ExceptionContextEntryResolvers<ContextType>;
  ExceptionEdge?: ExceptionEdgeResolvers<ContextType>;
  ExceptionPayload?: ExceptionPayloadResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  FindingRecord?: FindingRecordResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoicePayload?: InvoicePayloadResolvers<ContextType>;
  Journey?: JourneyResolvers<ContextType>;
  JourneyConnection?: JourneyConnectionResolvers<ContextType>;
  JourneyEdge?: JourneyEdgeResolvers<ContextType>;
  JourneyStage?: JourneyStageResolvers<ContextType>;
  LogTimePayload?: LogTimePayloadResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestonePayload?: MilestonePayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectBillingPayload?: ProjectBillingPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReconcilePayload?: ReconcilePayloadResolvers<ContextType>;
  ReconciliationRun?: ReconciliationRunResolvers<ContextType>;
  ReplayFindingPayload?: ReplayFindingPayloadResolvers<ContextType>;
  RevenuePosting?: RevenuePostingResolvers<ContextType>;
  Slo?: SloResolvers<ContextType>;
  SloBreach?: SloBreachResolvers<ContextType>;
  TimeEntriesPayload?: TimeEntriesPayloadResolvers<ContextType>;
  TimeEntry?: TimeEntryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkItemPayload?: WorkItemPayloadResolvers<ContextType>;
  Workflow?: WorkflowResolvers<ContextType>;
  WorkflowConnection?: WorkflowConnectionResolvers<ContextType>;
  WorkflowEdge?: WorkflowEdgeResolvers<ContextType>;
  WorkflowException?: WorkflowExceptionResolvers<ContextType>;
  WorkflowStep?: WorkflowStepResolvers<ContextType>;
  Worklog?: WorklogResolvers<ContextType>;
  WorklogPayload?: WorklogPayloadResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = WorkflowsContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
