import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectsSystemContext } from '../system.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
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
  /** Exact decimal serialized as a string. */
  Decimal: { input: string; output: string; }
};

/** The time of a project at one bill rate for one role: the first and last work date and how many timecards. */
export type BillRateSpan = {
  __typename?: 'BillRateSpan';
  billRate: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  entries: Scalars['Int']['output'];
  firstDate: Scalars['Date']['output'];
  lastDate: Scalars['Date']['output'];
  projectId: Scalars['ID']['output'];
  region: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
};

/** Bill-rate spans, and whether more exist than were returned. */
export type BillRateSpanPage = {
  __typename?: 'BillRateSpanPage';
  items: Array<BillRateSpan>;
  truncated: Scalars['Boolean']['output'];
};

export type CreateAssignmentInput = {
  allocationPct: Scalars['Int']['input'];
  consultantId: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  startDate: Scalars['Date']['input'];
};

export type CreateProjectInput = {
  billingModel: Scalars['String']['input'];
  bookings: Scalars['Decimal']['input'];
  budgetHours?: InputMaybe<Scalars['Decimal']['input']>;
  contractId?: InputMaybe<Scalars['ID']['input']>;
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  endDate: Scalars['Date']['input'];
  milestones: Array<NewMilestone>;
  name: Scalars['String']['input'];
  opportunityId: Scalars['ID']['input'];
  practice?: InputMaybe<Scalars['String']['input']>;
  projectManagerId?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  resourceRequests: Array<NewResourceRequest>;
  startDate: Scalars['Date']['input'];
};

/** An entity a write created or changed (the audit trail's before and after, as JSON). */
export type EntityChange = {
  __typename?: 'EntityChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
};

export type LogTimeInput = {
  /** Bill and cost rates in force on the work date (minor units per hour, as decimals of the currency). */
  billRate: Scalars['Decimal']['input'];
  billable: Scalars['Boolean']['input'];
  consultantId: Scalars['ID']['input'];
  costRate: Scalars['Decimal']['input'];
  date: Scalars['Date']['input'];
  hours: Scalars['Decimal']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  projectId: Scalars['ID']['input'];
  /**
   * The delivery platform's worklog the entry comes from (1 to 64 printable characters, no space). One
   * entry per worklog, ever: a write with a sourceRef an entry already carries writes nothing and returns
   * that entry (its id in `result`, no changes), whatever its request key.
   */
  sourceRef?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Applies an APPROVED change order to the project: bookings, budget hours and resource requests. */
  applyChangeOrder: WriteResult;
  /** COMPLETED (and signed off when required) → APPROVED. */
  approveMilestone: WriteResult;
  approveTime: WriteResult;
  changeProjectStatus: WriteResult;
  /** PLANNED or OPEN → COMPLETED, with the actual date. */
  completeMilestone: WriteResult;
  /** Staffs a consultant; keeps their allocation over the dates at or under 100%. */
  createAssignment: WriteResult;
  /** Creates the project with its milestones and resource requests. One opportunity yields one project, ever. */
  createProject: WriteResult;
  /** SUBMITTED or IN_FINANCIAL_REVIEW → APPROVED or REJECTED. */
  decideChangeOrder: WriteResult;
  logTime: WriteResult;
  /** Records that these posted timecards are on an issued invoice. */
  markTimeInvoiced: WriteResult;
  /** Records that the ERP accepted the postings of these approved timecards. */
  markTimePosted: WriteResult;
  /** Compensation of createAssignment. */
  removeAssignment: WriteResult;
  /** Compensation of createProject: removes a project that has no time, expenses or assignments yet. */
  removeProject: WriteResult;
  /** Compensation of an approval: APPROVED → IN_FINANCIAL_REVIEW. */
  reopenChangeOrder: WriteResult;
  /** Compensation of approveMilestone: APPROVED → COMPLETED. */
  reopenMilestone: WriteResult;
  /** Compensation of applyChangeOrder: restores bookings and budget hours and removes the requests it added. */
  revertChangeOrder: WriteResult;
  /** The client's sign-off of a COMPLETED milestone. */
  signOffMilestone: WriteResult;
  submitChangeOrder: WriteResult;
  submitTime: WriteResult;
};


export type MutationApplyChangeOrderArgs = {
  changeOrderId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationApproveMilestoneArgs = {
  milestoneId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationApproveTimeArgs = {
  request: SystemRequest;
  timeEntryIds: Array<Scalars['ID']['input']>;
};


export type MutationChangeProjectStatusArgs = {
  projectId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  request: SystemRequest;
  status: Scalars['String']['input'];
};


export type MutationCompleteMilestoneArgs = {
  actualDate: Scalars['Date']['input'];
  milestoneId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationCreateAssignmentArgs = {
  input: CreateAssignmentInput;
  request: SystemRequest;
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
  request: SystemRequest;
};


export type MutationDecideChangeOrderArgs = {
  approve: Scalars['Boolean']['input'];
  changeOrderId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationLogTimeArgs = {
  input: LogTimeInput;
  request: SystemRequest;
};


export type MutationMarkTimeInvoicedArgs = {
  request: SystemRequest;
  timeEntryIds: Array<Scalars['ID']['input']>;
};


export type MutationMarkTimePostedArgs = {
  request: SystemRequest;
  timeEntryIds: Array<Scalars['ID']['input']>;
};


export type MutationRemoveAssignmentArgs = {
  assignmentId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationRemoveProjectArgs = {
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationReopenChangeOrderArgs = {
  changeOrderId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationReopenMilestoneArgs = {
  milestoneId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationRevertChangeOrderArgs = {
  changeOrderId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationSignOffMilestoneArgs = {
  milestoneId: Scalars['ID']['input'];
  request: SystemRequest;
  signedOffBy: Scalars['String']['input'];
};


export type MutationSubmitChangeOrderArgs = {
  input: NewChangeOrder;
  request: SystemRequest;
};


export type MutationSubmitTimeArgs = {
  request: SystemRequest;
  timeEntryIds: Array<Scalars['ID']['input']>;
};

export type NewChangeOrder = {
  /** Roles the change adds: a resource request each when the change order is applied. */
  addedRoles: Array<NewResourceRequest>;
  /** Change of the contract value, in the project's currency (may be negative). */
  deltaBookings: Scalars['Decimal']['input'];
  deltaBudgetHours: Scalars['Decimal']['input'];
  projectId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type NewMilestone = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  name: Scalars['String']['input'];
  requiresSignoff: Scalars['Boolean']['input'];
  targetDate?: InputMaybe<Scalars['Date']['input']>;
};

export type NewResourceRequest = {
  endDate?: InputMaybe<Scalars['Date']['input']>;
  hours: Scalars['Decimal']['input'];
  role: Scalars['String']['input'];
  startDate?: InputMaybe<Scalars['Date']['input']>;
};

/** How many timecards of a project the PSA holds as posted to the ERP (POSTED, BILLED or INVOICED). */
export type ProjectTimeCount = {
  __typename?: 'ProjectTimeCount';
  entries: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
};

/** Counts per project, and whether more exist than were returned. */
export type ProjectTimeCountPage = {
  __typename?: 'ProjectTimeCountPage';
  items: Array<ProjectTimeCount>;
  truncated: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Reconciliation: assignments of each consultant ending after that consultant's date; at most 200 consultants and `first` (1 to 5000) assignments. */
  assignmentsAfterDates: ReconciliationAssignmentPage;
  /** Reconciliation: bill rates in use per project and assignment role; at most `first` (1 to 5000). */
  billRateSpans: BillRateSpanPage;
  changeOrder: Maybe<SystemChangeOrder>;
  milestone: Maybe<SystemMilestone>;
  /** Reconciliation: per project, the timecards held as posted to the ERP; at most `first` (1 to 5000) projects. */
  postedTimeCounts: ProjectTimeCountPage;
  /** Reconciliation: every project, ordered by id; at most `first` (1 to 5000). */
  reconciliationProjects: ReconciliationProjectPage;
  /** Reconciliation: timecards still APPROVED dated on or before `before`, oldest first; at most `first` (1 to 5000). */
  staleApprovedTime: ReconciliationTimePage;
  /** Reconciliation: the ids the store holds of `entityType` (Project), in id order: at most `first` (1 to 5000) after `after`, or only those of `ids` (at most 5000) it holds. */
  storedIds: StoredIdPage;
  /** Reconciliation: timecards of each consultant dated after that consultant's date; at most 200 consultants and `first` (1 to 5000) timecards. */
  timeAfterDates: ReconciliationTimePage;
  /** Reconciliation: a project's timecards at `billRate` for `role` dated `from` to `to`; at most `first` (1 to 5000). */
  timeAtRate: ReconciliationTimePage;
  /** Timecards by hub id, in the order asked; unknown ids are left out. */
  timeEntries: Array<SystemTimeEntry>;
};


export type QueryAssignmentsAfterDatesArgs = {
  consultants: Array<WorkerDate>;
  first: Scalars['Int']['input'];
};


export type QueryBillRateSpansArgs = {
  first: Scalars['Int']['input'];
};


export type QueryChangeOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMilestoneArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPostedTimeCountsArgs = {
  first: Scalars['Int']['input'];
};


export type QueryReconciliationProjectsArgs = {
  first: Scalars['Int']['input'];
};


export type QueryStaleApprovedTimeArgs = {
  before: Scalars['Date']['input'];
  first: Scalars['Int']['input'];
};


export type QueryStoredIdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityType: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryTimeAfterDatesArgs = {
  consultants: Array<WorkerDate>;
  first: Scalars['Int']['input'];
};


export type QueryTimeAtRateArgs = {
  billRate: Scalars['Decimal']['input'];
  first: Scalars['Int']['input'];
  from: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  role: Scalars['String']['input'];
  to: Scalars['Date']['input'];
};


export type QueryTimeEntriesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** An assignment as reconciliation compares it with the HCM. */
export type ReconciliationAssignment = {
  __typename?: 'ReconciliationAssignment';
  consultantId: Scalars['ID']['output'];
  endDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  role: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  status: Scalars['String']['output'];
};

/** Assignments, and whether more matched than were returned. */
export type ReconciliationAssignmentPage = {
  __typename?: 'ReconciliationAssignmentPage';
  items: Array<ReconciliationAssignment>;
  truncated: Scalars['Boolean']['output'];
};

/** A project's facts other systems hold too (reconciliation, docs/reconciliation.md). */
export type ReconciliationProject = {
  __typename?: 'ReconciliationProject';
  billingModel: Scalars['String']['output'];
  bookings: Scalars['Decimal']['output'];
  code: Scalars['String']['output'];
  /** Hub id of the CRM contract; null when the project has none. */
  contractId: Maybe<Scalars['ID']['output']>;
  currency: Scalars['String']['output'];
  /** Hub id of the CRM account. */
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  region: Maybe<Scalars['String']['output']>;
  /** Canonical status. */
  status: Scalars['String']['output'];
};

/** Projects, and whether more exist than were returned. */
export type ReconciliationProjectPage = {
  __typename?: 'ReconciliationProjectPage';
  items: Array<ReconciliationProject>;
  truncated: Scalars['Boolean']['output'];
};

/** Timecards, and whether more matched than were returned. */
export type ReconciliationTimePage = {
  __typename?: 'ReconciliationTimePage';
  items: Array<SystemTimeEntry>;
  truncated: Scalars['Boolean']['output'];
};

/** An id a store holds, as reconciliation compares it with the identity registry (docs/reconciliation.md). */
export type StoredId = {
  __typename?: 'StoredId';
  /** Hub id of the entity (for another system's entity, made from the owner's id the row names); null when the row names none. */
  hubId: Maybe<Scalars['ID']['output']>;
  /** The system's own id. */
  nativeId: Scalars['String']['output'];
};

/** A page of stored ids in id order: read on with `after: endCursor` while `hasNextPage`. */
export type StoredIdPage = {
  __typename?: 'StoredIdPage';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<StoredId>;
};

/** A change order as the workflows service needs it. */
export type SystemChangeOrder = {
  __typename?: 'SystemChangeOrder';
  addedRoles: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  deltaBookings: Scalars['Decimal']['output'];
  deltaBudgetHours: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  reason: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
};

/** A milestone as the workflows service needs it. */
export type SystemMilestone = {
  __typename?: 'SystemMilestone';
  actualDate: Maybe<Scalars['Date']['output']>;
  amount: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  projectId: Scalars['ID']['output'];
  requiresSignoff: Scalars['Boolean']['output'];
  signedOff: Scalars['Boolean']['output'];
  status: Scalars['String']['output'];
};

/** Identifies one write: applying the same key twice writes once. */
export type SystemRequest = {
  /** The workflow that causes the write. */
  causationId?: InputMaybe<Scalars['String']['input']>;
  correlationId: Scalars['String']['input'];
  requestKey: Scalars['String']['input'];
};

/** A timecard as the workflows service needs it. */
export type SystemTimeEntry = {
  __typename?: 'SystemTimeEntry';
  assignmentId: Maybe<Scalars['ID']['output']>;
  billRate: Scalars['Decimal']['output'];
  billable: Scalars['Boolean']['output'];
  consultantId: Scalars['ID']['output'];
  costRate: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  date: Scalars['Date']['output'];
  hours: Scalars['Decimal']['output'];
  id: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
  role: Maybe<Scalars['String']['output']>;
  /** The delivery platform's worklog it comes from; null for time logged in the hub. */
  sourceRef: Maybe<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A business rule that refused the write; nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/** A worker and a date (e.g. the HCM's termination date). */
export type WorkerDate = {
  consultantId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
};

export type WriteResult = {
  __typename?: 'WriteResult';
  changes: Array<EntityChange>;
  /** True when the request key had been applied before: the stored result, nothing written. */
  replayed: Scalars['Boolean']['output'];
  /** Operation-specific facts as JSON (ids issued, amounts computed). */
  result: Scalars['String']['output'];
  userErrors: Array<UserError>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BillRateSpan: ResolverTypeWrapper<BillRateSpan>;
  BillRateSpanPage: ResolverTypeWrapper<BillRateSpanPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateAssignmentInput: CreateAssignmentInput;
  CreateProjectInput: CreateProjectInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EntityChange: ResolverTypeWrapper<EntityChange>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  LogTimeInput: LogTimeInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewChangeOrder: NewChangeOrder;
  NewMilestone: NewMilestone;
  NewResourceRequest: NewResourceRequest;
  ProjectTimeCount: ResolverTypeWrapper<ProjectTimeCount>;
  ProjectTimeCountPage: ResolverTypeWrapper<ProjectTimeCountPage>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReconciliationAssignment: ResolverTypeWrapper<ReconciliationAssignment>;
  ReconciliationAssignmentPage: ResolverTypeWrapper<ReconciliationAssignmentPage>;
  ReconciliationProject: ResolverTypeWrapper<ReconciliationProject>;
  ReconciliationProjectPage: ResolverTypeWrapper<ReconciliationProjectPage>;
  ReconciliationTimePage: ResolverTypeWrapper<ReconciliationTimePage>;
  StoredId: ResolverTypeWrapper<StoredId>;
  StoredIdPage: ResolverTypeWrapper<StoredIdPage>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SystemChangeOrder: ResolverTypeWrapper<SystemChangeOrder>;
  SystemMilestone: ResolverTypeWrapper<SystemMilestone>;
  SystemRequest: SystemRequest;
  SystemTimeEntry: ResolverTypeWrapper<SystemTimeEntry>;
  UserError: ResolverTypeWrapper<UserError>;
  WorkerDate: WorkerDate;
  WriteResult: ResolverTypeWrapper<WriteResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BillRateSpan: BillRateSpan;
  BillRateSpanPage: BillRateSpanPage;
  Boolean: Scalars['Boolean']['output'];
  CreateAssignmentInput: CreateAssignmentInput;
  CreateProjectInput: CreateProjectInput;
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  EntityChange: EntityChange;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  LogTimeInput: LogTimeInput;
  Mutation: Record<PropertyKey, never>;
  NewChangeOrder: NewChangeOrder;
  NewMilestone: NewMilestone;
  NewResourceRequest: NewResourceRequest;
  ProjectTimeCount: ProjectTimeCount;
  ProjectTimeCountPage: ProjectTimeCountPage;
  Query: Record<PropertyKey, never>;
  ReconciliationAssignment: ReconciliationAssignment;
  ReconciliationAssignmentPage: ReconciliationAssignmentPage;
  ReconciliationProject: ReconciliationProject;
  ReconciliationProjectPage: ReconciliationProjectPage;
  ReconciliationTimePage: ReconciliationTimePage;
  StoredId: StoredId;
  StoredIdPage: StoredIdPage;
  String: Scalars['String']['output'];
  SystemChangeOrder: SystemChangeOrder;
  SystemMilestone: SystemMilestone;
  SystemRequest: SystemRequest;
  SystemTimeEntry: SystemTimeEntry;
  UserError: UserError;
  WorkerDate: WorkerDate;
  WriteResult: WriteResult;
}>;

export type BillRateSpanResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['BillRateSpan'] = ResolversParentTypes['BillRateSpan']> = ResolversObject<{
  billRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillRateSpanPageResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['BillRateSpanPage'] = ResolversParentTypes['BillRateSpanPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['BillRateSpan']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EntityChangeResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  applyChangeOrder?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationApplyChangeOrderArgs, 'changeOrderId' | 'request'>>;
  approveMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationApproveMilestoneArgs, 'milestoneId' | 'request'>>;
  approveTime?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationApproveTimeArgs, 'request' | 'timeEntryIds'>>;
  changeProjectStatus?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationChangeProjectStatusArgs, 'projectId' | 'request' | 'status'>>;
  completeMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationCompleteMilestoneArgs, 'actualDate' | 'milestoneId' | 'request'>>;
  createAssignment?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationCreateAssignmentArgs, 'input' | 'request'>>;
  createProject?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input' | 'request'>>;
  decideChangeOrder?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationDecideChangeOrderArgs, 'approve' | 'changeOrderId' | 'request'>>;
  logTime?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationLogTimeArgs, 'input' | 'request'>>;
  markTimeInvoiced?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationMarkTimeInvoicedArgs, 'request' | 'timeEntryIds'>>;
  markTimePosted?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationMarkTimePostedArgs, 'request' | 'timeEntryIds'>>;
  removeAssignment?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveAssignmentArgs, 'assignmentId' | 'request'>>;
  removeProject?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveProjectArgs, 'projectId' | 'request'>>;
  reopenChangeOrder?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationReopenChangeOrderArgs, 'changeOrderId' | 'request'>>;
  reopenMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationReopenMilestoneArgs, 'milestoneId' | 'request'>>;
  revertChangeOrder?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRevertChangeOrderArgs, 'changeOrderId' | 'request'>>;
  signOffMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationSignOffMilestoneArgs, 'milestoneId' | 'request' | 'signedOffBy'>>;
  submitChangeOrder?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationSubmitChangeOrderArgs, 'input' | 'request'>>;
  submitTime?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationSubmitTimeArgs, 'request' | 'timeEntryIds'>>;
}>;

export type ProjectTimeCountResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['ProjectTimeCount'] = ResolversParentTypes['ProjectTimeCount']> = ResolversObject<{
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectTimeCountPageResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['ProjectTimeCountPage'] = ResolversParentTypes['ProjectTimeCountPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ProjectTimeCount']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assignmentsAfterDates?: Resolver<ResolversTypes['ReconciliationAssignmentPage'], ParentType, ContextType, RequireFields<QueryAssignmentsAfterDatesArgs, 'consultants' | 'first'>>;
  billRateSpans?: Resolver<ResolversTypes['BillRateSpanPage'], ParentType, ContextType, RequireFields<QueryBillRateSpansArgs, 'first'>>;
  changeOrder?: Resolver<Maybe<ResolversTypes['SystemChangeOrder']>, ParentType, ContextType, RequireFields<QueryChangeOrderArgs, 'id'>>;
  milestone?: Resolver<Maybe<ResolversTypes['SystemMilestone']>, ParentType, ContextType, RequireFields<QueryMilestoneArgs, 'id'>>;
  postedTimeCounts?: Resolver<ResolversTypes['ProjectTimeCountPage'], ParentType, ContextType, RequireFields<QueryPostedTimeCountsArgs, 'first'>>;
  reconciliationProjects?: Resolver<ResolversTypes['ReconciliationProjectPage'], ParentType, ContextType, RequireFields<QueryReconciliationProjectsArgs, 'first'>>;
  staleApprovedTime?: Resolver<ResolversTypes['ReconciliationTimePage'], ParentType, ContextType, RequireFields<QueryStaleApprovedTimeArgs, 'before' | 'first'>>;
  storedIds?: Resolver<ResolversTypes['StoredIdPage'], ParentType, ContextType, RequireFields<QueryStoredIdsArgs, 'entityType' | 'first'>>;
  timeAfterDates?: Resolver<ResolversTypes['ReconciliationTimePage'], ParentType, ContextType, RequireFields<QueryTimeAfterDatesArgs, 'consultants' | 'first'>>;
  timeAtRate?: Resolver<ResolversTypes['ReconciliationTimePage'], ParentType, ContextType, RequireFields<QueryTimeAtRateArgs, 'billRate' | 'first' | 'from' | 'projectId' | 'role' | 'to'>>;
  timeEntries?: Resolver<Array<ResolversTypes['SystemTimeEntry']>, ParentType, ContextType, RequireFields<QueryTimeEntriesArgs, 'ids'>>;
}>;

export type ReconciliationAssignmentResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['ReconciliationAssignment'] = ResolversParentTypes['ReconciliationAssignment']> = ResolversObject<{
  consultantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReconciliationAssignmentPageResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['ReconciliationAssignmentPage'] = ResolversParentTypes['ReconciliationAssignmentPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ReconciliationAssignment']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ReconciliationProjectResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['ReconciliationProject'] = ResolversParentTypes['ReconciliationProject']> = ResolversObject<{
  billingModel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contractId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReconciliationProjectPageResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['ReconciliationProjectPage'] = ResolversParentTypes['ReconciliationProjectPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ReconciliationProject']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ReconciliationTimePageResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['ReconciliationTimePage'] = ResolversParentTypes['ReconciliationTimePage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['SystemTimeEntry']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StoredIdResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['StoredId'] = ResolversParentTypes['StoredId']> = ResolversObject<{
  hubId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoredIdPageResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['StoredIdPage'] = ResolversParentTypes['StoredIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['StoredId']>, ParentType, ContextType>;
}>;

export type SystemChangeOrderResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['SystemChangeOrder'] = ResolversParentTypes['SystemChangeOrder']> = ResolversObject<{
  addedRoles?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deltaBookings?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  deltaBudgetHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SystemMilestoneResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['SystemMilestone'] = ResolversParentTypes['SystemMilestone']> = ResolversObject<{
  actualDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requiresSignoff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedOff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SystemTimeEntryResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['SystemTimeEntry'] = ResolversParentTypes['SystemTimeEntry']> = ResolversObject<{
  assignmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  billRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consultantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  costRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = ProjectsSystemContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['EntityChange']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ProjectsSystemContext> = ResolversObject<{
  BillRateSpan?: BillRateSpanResolvers<ContextType>;
  BillRateSpanPage?: BillRateSpanPageResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EntityChange?: EntityChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ProjectTimeCount?: ProjectTimeCountResolvers<ContextType>;
  ProjectTimeCountPage?: ProjectTimeCountPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReconciliationAssignment?: ReconciliationAssignmentResolvers<ContextType>;
  ReconciliationAssignmentPage?: ReconciliationAssignmentPageResolvers<ContextType>;
  ReconciliationProject?: ReconciliationProjectResolvers<ContextType>;
  ReconciliationProjectPage?: ReconciliationProjectPageResolvers<ContextType>;
  ReconciliationTimePage?: ReconciliationTimePageResolvers<ContextType>;
  StoredId?: StoredIdResolvers<ContextType>;
  StoredIdPage?: StoredIdPageResolvers<ContextType>;
  SystemChangeOrder?: SystemChangeOrderResolvers<ContextType>;
  SystemMilestone?: SystemMilestoneResolvers<ContextType>;
  SystemTimeEntry?: SystemTimeEntryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

