import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WorkspaceRecord, WorkItemRecord, WorklogRecord } from '../connector/types.ts';
import type { EntityRef } from '../../shared/entity.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { DeliveryContext } from '../context.ts';
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

/** How a project or opportunity is billed. */
export type BillingModel =
  | 'FIXED_FEE'
  | 'MILESTONE'
  | 'RETAINER'
  | 'TIME_AND_MATERIALS';

export type Consultant = {
  __typename?: 'Consultant';
  /** Hub id of the consultant (from the HCM worker id). */
  id: Scalars['ID']['output'];
  /** Worklogs this consultant recorded in the delivery platform, by date, then id, within a window of at most 366 days (both ends included): `to` defaults to 365 days after `from`, or to the business date without `from`; `from` defaults to 365 days before `to`. */
  worklogs: Array<Worklog>;
};


export type ConsultantWorklogsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type Customer = {
  __typename?: 'Customer';
  /** Hub id of the customer (from its CRM account id). */
  id: Scalars['ID']['output'];
};

/** An entity's id in one system of record. */
export type ExternalRef = {
  __typename?: 'ExternalRef';
  /** The entity's id in that system, exactly as it stores it (case-sensitive). */
  nativeId: Scalars['String']['output'];
  /** The system of record. */
  system: SourceSystem;
};

export type Milestone = {
  __typename?: 'Milestone';
  /** Hub id of the milestone (from its PSA id). */
  id: Scalars['ID']['output'];
  /** The work items that deliver this milestone, ordered by issue key. */
  workItems: Array<WorkItem>;
};

/** An exact amount of money. */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal amount in the currency's major unit. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
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
  /** The project's workspace in the client delivery platform; null when none was provisioned (or it is not visible to the caller). */
  workspace: Maybe<Workspace>;
};

/** What can be read: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** A work item by hub id; null when unknown or not visible to the caller. */
  workItem: Maybe<WorkItem>;
  /** Work items the caller may see, ordered by issue key. */
  workItems: WorkItemConnection;
  /** A worklog by hub id; null when unknown or not visible to the caller. */
  worklog: Maybe<Worklog>;
  /** A workspace by hub id; null when unknown or not visible to the caller. */
  workspace: Maybe<Workspace>;
  /** Workspaces the caller may see, ordered by their DELIVERY id. */
  workspaces: WorkspaceConnection;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryWorkItemArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryWorklogArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryWorkspaceArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryWorkspacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkspaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

export type TimeEntry = {
  __typename?: 'TimeEntry';
  /** Hub id of the time entry (from its PSA timecard id). */
  id: Scalars['ID']['output'];
};

/** A unit of work in a workspace (a Jira issue). */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** The consultant it is assigned to; null when unassigned. */
  assignee: Maybe<Consultant>;
  /** Estimated hours, as a decimal string; null without an estimate. */
  estimateHours: Maybe<Scalars['Decimal']['output']>;
  /** Hub id (from its issue key). */
  id: Scalars['ID']['output'];
  /** The issue key, e.g. ACME-142. */
  key: Scalars['String']['output'];
  /** The PSA milestone it delivers; null when it delivers none. */
  milestone: Maybe<Milestone>;
  /** Hours still to go, as a decimal string; null without an estimate. */
  remainingHours: Maybe<Scalars['Decimal']['output']>;
  /** Canonical status; the DELIVERY's own words are in `statusLabel`. */
  status: WorkItemStatus;
  /** The DELIVERY's own status label, e.g. In Review. */
  statusLabel: Scalars['String']['output'];
  /** The item's summary. */
  title: Scalars['String']['output'];
  /** What kind of item it is. */
  type: WorkItemType;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Time recorded on it, by date, then id. */
  worklogs: Array<Worklog>;
  /** The workspace it belongs to. */
  workspace: Workspace;
};

/** A page of work items. */
export type WorkItemConnection = {
  __typename?: 'WorkItemConnection';
  /** The work items of this page. */
  edges: Array<WorkItemEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Every work item the filter matches, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A work item and its cursor. */
export type WorkItemEdge = {
  __typename?: 'WorkItemEdge';
  /** Opaque position of this work item, for `after`. */
  cursor: Scalars['String']['output'];
  /** The work item. */
  node: WorkItem;
};

/** Narrows a list of work items; every condition given must hold. */
export type WorkItemFilter = {
  /** Only the items assigned to this consultant (hub id). */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Only the items that deliver this milestone (hub id). */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  /** Only items in this canonical status. */
  status?: InputMaybe<WorkItemStatus>;
  /** Only the items of this workspace (hub id). */
  workspaceId?: InputMaybe<Scalars['ID']['input']>;
};

/** Canonical status of a work item. */
export type WorkItemStatus =
  /** Finished. */
  | 'DONE'
  /** Being worked on or reviewed. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'OPEN';

/** Canonical kind of a work item. */
export type WorkItemType =
  /** A large body of work, split into stories and tasks. */
  | 'EPIC'
  /** A piece of value for the customer. */
  | 'STORY'
  /** A piece of work to be done. */
  | 'TASK';

/** Time a consultant recorded on a work item on one day, as the delivery platform holds it. */
export type Worklog = {
  __typename?: 'Worklog';
  /** What was done; null when nothing was noted, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  comment: Maybe<Scalars['String']['output']>;
  /** Who worked. */
  consultant: Consultant;
  /** The day worked. */
  date: Scalars['Date']['output'];
  /** Hours worked, as a decimal string. */
  hours: Scalars['Decimal']['output'];
  /** Hub id (from its DELIVERY worklog id). */
  id: Scalars['ID']['output'];
  /** True once the worklog has become a PSA time entry. */
  synced: Scalars['Boolean']['output'];
  /** The PSA time entry it became; null until synced. */
  timeEntry: Maybe<TimeEntry>;
  /** The work item the time was spent on. */
  workItem: WorkItem;
};

/** A customer engagement's workspace in the client delivery platform (a Jira project): one per PSA project. */
export type Workspace = {
  __typename?: 'Workspace';
  /** When the DELIVERY created it. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer the engagement is for. */
  customer: Customer;
  /** Its ids in the systems of record. */
  externalRefs: Array<ExternalRef>;
  /** Hub id (from its DELIVERY project id). */
  id: Scalars['ID']['output'];
  /** The workspace key its work items' keys start with, e.g. ACME. */
  key: Scalars['String']['output'];
  /** Name as the DELIVERY shows it. */
  name: Scalars['String']['output'];
  /** The PSA project the workspace delivers. */
  project: Project;
  /** Canonical status; the DELIVERY's own label is in `statusLabel`. */
  status: WorkspaceStatus;
  /** The DELIVERY's own status label. */
  statusLabel: Scalars['String']['output'];
  /** Its work items, ordered by issue key. */
  workItems: WorkItemConnection;
};


/** A customer engagement's workspace in the client delivery platform (a Jira project): one per PSA project. */
export type WorkspaceWorkItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkItemFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of workspaces. */
export type WorkspaceConnection = {
  __typename?: 'WorkspaceConnection';
  /** The workspaces of this page. */
  edges: Array<WorkspaceEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Every workspace the filter matches, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A workspace and its cursor. */
export type WorkspaceEdge = {
  __typename?: 'WorkspaceEdge';
  /** Opaque position of this workspace, for `after`. */
  cursor: Scalars['String']['output'];
  /** The workspace. */
  node: Workspace;
};

/** Narrows a list of workspaces; every condition given must hold. */
export type WorkspaceFilter = {
  /** Only this customer's workspaces (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only workspaces in this canonical status. */
  status?: InputMaybe<WorkspaceStatus>;
};

/** Canonical status of a workspace. */
export type WorkspaceStatus =
  /** In use. */
  | 'ACTIVE'
  /** Kept for reference; nothing new is added. */
  | 'ARCHIVED';

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
  Consultant: Consultant;
  Milestone: Milestone;
  Project: Project;
  WorkItem: WorkItem;
  Worklog: Worklog;
  Workspace: Workspace;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Consultant:
    ( { __typename: 'Consultant' }
    & GraphQLRecursivePick<FederationTypes['Consultant'], {"id":true}> );
  Milestone:
    ( { __typename: 'Milestone' }
    & GraphQLRecursivePick<FederationTypes['Milestone'], {"id":true}> );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  WorkItem:
    ( { __typename: 'WorkItem' }
    & GraphQLRecursivePick<FederationTypes['WorkItem'], {"id":true}> );
  Worklog:
    ( { __typename: 'Worklog' }
    & GraphQLRecursivePick<FederationTypes['Worklog'], {"id":true}> );
  Workspace:
    ( { __typename: 'Workspace' }
    & GraphQLRecursivePick<FederationTypes['Workspace'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BillingModel: BillingModel;
  Consultant: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Customer: ResolverTypeWrapper<EntityRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ExternalRef: ResolverTypeWrapper<ExternalRef>;
  Milestone: ResolverTypeWrapper<EntityRef>;
  Money: ResolverTypeWrapper<Money>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Project: ResolverTypeWrapper<EntityRef>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  SourceSystem: SourceSystem;
  TimeEntry: ResolverTypeWrapper<EntityRef>;
  WorkItem: ResolverTypeWrapper<WorkItemRecord>;
  WorkItemConnection: ResolverTypeWrapper<Connection>;
  WorkItemEdge: ResolverTypeWrapper<Omit<WorkItemEdge, 'node'> & { node: ResolversTypes['WorkItem'] }>;
  WorkItemFilter: WorkItemFilter;
  WorkItemStatus: WorkItemStatus;
  WorkItemType: WorkItemType;
  Worklog: ResolverTypeWrapper<WorklogRecord>;
  Workspace: ResolverTypeWrapper<WorkspaceRecord>;
  WorkspaceConnection: ResolverTypeWrapper<Connection>;
  WorkspaceEdge: ResolverTypeWrapper<Omit<WorkspaceEdge, 'node'> & { node: ResolversTypes['Workspace'] }>;
  WorkspaceFilter: WorkspaceFilter;
  WorkspaceStatus: WorkspaceStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Consultant: EntityRef;
  ID: Scalars['ID']['output'];
  Customer: EntityRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ExternalRef: ExternalRef;
  Milestone: EntityRef;
  Money: Money;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Project: EntityRef;
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  TimeEntry: EntityRef;
  WorkItem: WorkItemRecord;
  WorkItemConnection: Connection;
  WorkItemEdge: Omit<WorkItemEdge, 'node'> & { node: ResolversParentTypes['WorkItem'] };
  WorkItemFilter: WorkItemFilter;
  Worklog: WorklogRecord;
  Workspace: WorkspaceRecord;
  WorkspaceConnection: Connection;
  WorkspaceEdge: Omit<WorkspaceEdge, 'node'> & { node: ResolversParentTypes['Workspace'] };
  WorkspaceFilter: WorkspaceFilter;
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = DeliveryContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ConsultantResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Consultant'] = ResolversParentTypes['Consultant'], FederationReferenceType extends FederationReferenceTypes['Consultant'] = FederationReferenceTypes['Consultant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consultant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  worklogs?: Resolver<Array<ResolversTypes['Worklog']>, ParentType, ContextType, Partial<ConsultantWorklogsArgs>>;
}>;

export type CustomerResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
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

export type ExternalRefResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['ExternalRef'] = ResolversParentTypes['ExternalRef']> = ResolversObject<{
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone'], FederationReferenceType extends FederationReferenceTypes['Milestone'] = FederationReferenceTypes['Milestone']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Milestone']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workItems?: Resolver<Array<ResolversTypes['WorkItem']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  workspace?: Resolver<Maybe<ResolversTypes['Workspace']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  workItem?: Resolver<Maybe<ResolversTypes['WorkItem']>, ParentType, ContextType, RequireFields<QueryWorkItemArgs, 'id'>>;
  workItems?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, Partial<QueryWorkItemsArgs>>;
  worklog?: Resolver<Maybe<ResolversTypes['Worklog']>, ParentType, ContextType, RequireFields<QueryWorklogArgs, 'id'>>;
  workspace?: Resolver<Maybe<ResolversTypes['Workspace']>, ParentType, ContextType, RequireFields<QueryWorkspaceArgs, 'id'>>;
  workspaces?: Resolver<ResolversTypes['WorkspaceConnection'], ParentType, ContextType, Partial<QueryWorkspacesArgs>>;
}>;

export type TimeEntryResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WorkItemResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['WorkItem'] = ResolversParentTypes['WorkItem'], FederationReferenceType extends FederationReferenceTypes['WorkItem'] = FederationReferenceTypes['WorkItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType>;
  estimateHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  remainingHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkItemStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['WorkItemType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  worklogs?: Resolver<Array<ResolversTypes['Worklog']>, ParentType, ContextType>;
  workspace?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType>;
}>;

export type WorkItemConnectionResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['WorkItemConnection'] = ResolversParentTypes['WorkItemConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkItemEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkItemEdgeResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['WorkItemEdge'] = ResolversParentTypes['WorkItemEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type WorklogResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Worklog'] = ResolversParentTypes['Worklog'], FederationReferenceType extends FederationReferenceTypes['Worklog'] = FederationReferenceTypes['Worklog']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Worklog']> | FederationReferenceType, FederationReferenceType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  consultant?: Resolver<ResolversTypes['Consultant'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  synced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeEntry?: Resolver<Maybe<ResolversTypes['TimeEntry']>, ParentType, ContextType>;
  workItem?: Resolver<ResolversTypes['WorkItem'], ParentType, ContextType>;
}>;

export type WorkspaceResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Workspace'] = ResolversParentTypes['Workspace'], FederationReferenceType extends FederationReferenceTypes['Workspace'] = FederationReferenceTypes['Workspace']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Workspace']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  externalRefs?: Resolver<Array<ResolversTypes['ExternalRef']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkspaceStatus'], ParentType, ContextType>;
  statusLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workItems?: Resolver<ResolversTypes['WorkItemConnection'], ParentType, ContextType, Partial<WorkspaceWorkItemsArgs>>;
}>;

export type WorkspaceConnectionResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['WorkspaceConnection'] = ResolversParentTypes['WorkspaceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WorkspaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WorkspaceEdgeResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['WorkspaceEdge'] = ResolversParentTypes['WorkspaceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Workspace'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = DeliveryContext> = ResolversObject<{
  Consultant?: ConsultantResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ExternalRef?: ExternalRefResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TimeEntry?: TimeEntryResolvers<ContextType>;
  WorkItem?: WorkItemResolvers<ContextType>;
  WorkItemConnection?: WorkItemConnectionResolvers<ContextType>;
  WorkItemEdge?: WorkItemEdgeResolvers<ContextType>;
  Worklog?: WorklogResolvers<ContextType>;
  Workspace?: WorkspaceResolvers<ContextType>;
  WorkspaceConnection?: WorkspaceConnectionResolvers<ContextType>;
  WorkspaceEdge?: WorkspaceEdgeResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = DeliveryContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
