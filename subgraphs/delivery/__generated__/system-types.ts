import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DeliverySystemContext } from '../system.ts';
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

/** An entity a write created or changed (the audit trail's before and after, as JSON). */
export type EntityChange = {
  __typename?: 'EntityChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Stores the PSA time entry a worklog became; the same entry again is a no-op. Result: { worklogId,
   * timeEntryId }. Refusals: WORKLOG_NOT_FOUND, WORKLOG_ALREADY_SYNCED (to another entry),
   * TIME_ENTRY_ALREADY_LINKED (the entry belongs to another worklog).
   */
  markWorklogSynced: WriteResult;
  /**
   * The project's workspace (status ACTIVE), one per project, ever: a call for a project that has one,
   * under any request key, writes nothing and returns that workspace. `key` (upper-case letters and
   * digits, 2 to 10, starting with a letter) defaults to one derived from the name (ACME, ACME2, …).
   * The workspace starts with an epic per milestone in `milestones` (at most 100), delivering it
   * (keys <KEY>-1, <KEY>-2, … in their order, status To Do).
   * Result: { workspaceId, key, epicIds }. Refusals: INVALID_NAME, INVALID_WORKSPACE_KEY,
   * WORKSPACE_KEY_TAKEN, INVALID_MILESTONES.
   */
  provisionWorkspace: WriteResult;
  /**
   * A worklog as the DELIVERY records it: 0 < hours ≤ 24 in hundredths, a comment of at most 2000
   * characters, on an existing work item of an ACTIVE workspace. Result: { worklogId }. Refusals:
   * INVALID_HOURS, INVALID_COMMENT, WORK_ITEM_NOT_FOUND, WORKSPACE_NOT_ACTIVE.
   */
  recordWorklog: WriteResult;
  /**
   * Compensation of provisionWorkspace: deletes the workspace, with its work items, when no worklog was
   * recorded in it, archives it otherwise; a workspace that does not exist (or is archived already, with items) is a no-op.
   * Result: { workspaceId, outcome: DELETED | ARCHIVED | NONE }.
   */
  removeWorkspace: WriteResult;
  /**
   * Moves a work item to the DELIVERY's label of `status`; an item already in that status is left as it
   * is (no change, no event). Result: { workItemId, status }. Refusals: WORK_ITEM_NOT_FOUND.
   */
  setWorkItemStatus: WriteResult;
};


export type MutationMarkWorklogSyncedArgs = {
  request: SystemRequest;
  timeEntryId: Scalars['ID']['input'];
  worklogId: Scalars['ID']['input'];
};


export type MutationProvisionWorkspaceArgs = {
  customerId: Scalars['ID']['input'];
  key?: InputMaybe<Scalars['String']['input']>;
  milestones?: InputMaybe<Array<WorkspaceMilestone>>;
  name: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationRecordWorklogArgs = {
  comment?: InputMaybe<Scalars['String']['input']>;
  consultantId: Scalars['ID']['input'];
  date: Scalars['Date']['input'];
  hours: Scalars['Decimal']['input'];
  request: SystemRequest;
  workItemId: Scalars['ID']['input'];
};


export type MutationRemoveWorkspaceArgs = {
  request: SystemRequest;
  workspaceId: Scalars['ID']['input'];
};


export type MutationSetWorkItemStatusArgs = {
  request: SystemRequest;
  status: WorkItemStatus;
  workItemId: Scalars['ID']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Reconciliation: worklogs without a PSA time entry recorded before `createdBefore` (an ISO 8601 instant), or only those of `ids` (hub ids, at most 200); oldest first, at most `first` (1 to 5000). */
  unsyncedWorklogs: UnsyncedWorklogPage;
};


export type QueryUnsyncedWorklogsArgs = {
  createdBefore: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
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

/** Identifies one write: applying the same key twice writes once. */
export type SystemRequest = {
  /** The workflow that causes the write. */
  causationId?: InputMaybe<Scalars['String']['input']>;
  correlationId: Scalars['String']['input'];
  requestKey: Scalars['String']['input'];
};

/** A worklog that never became PSA time (reconciliation, docs/reconciliation.md). */
export type UnsyncedWorklog = {
  __typename?: 'UnsyncedWorklog';
  consultantId: Scalars['ID']['output'];
  /** When it was recorded (ISO 8601). */
  createdAt: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  date: Scalars['Date']['output'];
  hours: Scalars['Decimal']['output'];
  /** The platform's id (WL-…). */
  nativeId: Scalars['String']['output'];
  /** Hub ids of the PSA project and the CRM account of its workspace. */
  projectId: Scalars['ID']['output'];
  /** The work item's issue key. */
  workItemKey: Scalars['String']['output'];
  /** Hub id of the worklog. */
  worklogId: Scalars['ID']['output'];
};

/** Unsynced worklogs, and whether more matched than were returned. */
export type UnsyncedWorklogPage = {
  __typename?: 'UnsyncedWorklogPage';
  items: Array<UnsyncedWorklog>;
  truncated: Scalars['Boolean']['output'];
};

/** A business rule that refused the write; nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

/** Canonical status of a work item. */
export type WorkItemStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

/** A milestone of the project, for which a new workspace starts with an epic. */
export type WorkspaceMilestone = {
  milestoneId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EntityChange: ResolverTypeWrapper<EntityChange>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StoredId: ResolverTypeWrapper<StoredId>;
  StoredIdPage: ResolverTypeWrapper<StoredIdPage>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SystemRequest: SystemRequest;
  UnsyncedWorklog: ResolverTypeWrapper<UnsyncedWorklog>;
  UnsyncedWorklogPage: ResolverTypeWrapper<UnsyncedWorklogPage>;
  UserError: ResolverTypeWrapper<UserError>;
  WorkItemStatus: WorkItemStatus;
  WorkspaceMilestone: WorkspaceMilestone;
  WriteResult: ResolverTypeWrapper<WriteResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  EntityChange: EntityChange;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Query: Record<PropertyKey, never>;
  StoredId: StoredId;
  StoredIdPage: StoredIdPage;
  String: Scalars['String']['output'];
  SystemRequest: SystemRequest;
  UnsyncedWorklog: UnsyncedWorklog;
  UnsyncedWorklogPage: UnsyncedWorklogPage;
  UserError: UserError;
  WorkspaceMilestone: WorkspaceMilestone;
  WriteResult: WriteResult;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EntityChangeResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  markWorklogSynced?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationMarkWorklogSyncedArgs, 'request' | 'timeEntryId' | 'worklogId'>>;
  provisionWorkspace?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationProvisionWorkspaceArgs, 'customerId' | 'name' | 'projectId' | 'request'>>;
  recordWorklog?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRecordWorklogArgs, 'consultantId' | 'date' | 'hours' | 'request' | 'workItemId'>>;
  removeWorkspace?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveWorkspaceArgs, 'request' | 'workspaceId'>>;
  setWorkItemStatus?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationSetWorkItemStatusArgs, 'request' | 'status' | 'workItemId'>>;
}>;

export type QueryResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  unsyncedWorklogs?: Resolver<ResolversTypes['UnsyncedWorklogPage'], ParentType, ContextType, RequireFields<QueryUnsyncedWorklogsArgs, 'createdBefore' | 'first'>>;
}>;

export type StoredIdResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['StoredId'] = ResolversParentTypes['StoredId']> = ResolversObject<{
  hubId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoredIdPageResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['StoredIdPage'] = ResolversParentTypes['StoredIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['StoredId']>, ParentType, ContextType>;
}>;

export type UnsyncedWorklogResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['UnsyncedWorklog'] = ResolversParentTypes['UnsyncedWorklog']> = ResolversObject<{
  consultantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workItemKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  worklogId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UnsyncedWorklogPageResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['UnsyncedWorklogPage'] = ResolversParentTypes['UnsyncedWorklogPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['UnsyncedWorklog']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = DeliverySystemContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['EntityChange']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = DeliverySystemContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EntityChange?: EntityChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StoredId?: StoredIdResolvers<ContextType>;
  StoredIdPage?: StoredIdPageResolvers<ContextType>;
  UnsyncedWorklog?: UnsyncedWorklogResolvers<ContextType>;
  UnsyncedWorklogPage?: UnsyncedWorklogPageResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

