import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { WorkerRecord, WorkerSkillRecord, CostRateRecord, TimeOffRecord } from '../connector/types.ts';
import type { PortfolioReference } from '../resolvers/PortfolioSummary.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { ResourcesContext } from '../context.ts';
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

/** Working capacity: weekly hours less time off and holidays. */
export type Capacity = {
  __typename?: 'Capacity';
  /** First day of employment. */
  activeFrom: Maybe<Scalars['Date']['output']>;
  /** Last day of employment, if terminated. */
  activeTo: Maybe<Scalars['Date']['output']>;
  /** Time off and holidays, by date. */
  timeOff: Array<TimeOff>;
  /** Target billable utilization as a fraction (0.8 = 80%). */
  utilizationTarget: Maybe<Scalars['Float']['output']>;
  /** Contracted hours per week, as a decimal string. */
  weeklyHours: Scalars['Decimal']['output'];
};

/** A consultant (HCM worker). */
export type Consultant = {
  __typename?: 'Consultant';
  /** Working capacity and time off. */
  capacity: Capacity;
  /** Cost rate effective on the business date; null when none is, and (with a FORBIDDEN error) for callers without the admin or finance role. */
  costRate: Maybe<Money>;
  /** Every cost rate the consultant has had, oldest first. Null, with a FORBIDDEN error at this path, for callers without the admin or finance role. */
  costRateHistory: Maybe<Array<CostRate>>;
  /** Work email; null when none is on file, and (with a FORBIDDEN error) for portal callers (staff directory data). */
  email: Maybe<Scalars['String']['output']>;
  /** This consultant's ids in every system of record. */
  externalRefs: Array<ExternalRef>;
  /** Career grade; null when none is set, and (with a FORBIDDEN error) for portal callers (staff directory data). */
  grade: Maybe<Scalars['String']['output']>;
  /** First day of employment; null when not on file, and (with a FORBIDDEN error) for portal callers (staff directory data). */
  hireDate: Maybe<Scalars['Date']['output']>;
  /** Hub id of the consultant (from the HCM worker id). */
  id: Scalars['ID']['output'];
  /** Office or country of work. */
  location: Maybe<Scalars['String']['output']>;
  /** Line manager; null at the top, and (with a FORBIDDEN error) for portal callers (staff directory data). */
  manager: Maybe<Consultant>;
  /** Full name. */
  name: Scalars['String']['output'];
  /** The practice the consultant belongs to. */
  practice: Maybe<Scalars['String']['output']>;
  /** Skills with their level. */
  skills: Array<Skill>;
  /** Canonical status: ACTIVE, ON_LEAVE or TERMINATED. */
  status: Scalars['String']['output'];
  /** Last day of employment; null while employed, and (with a FORBIDDEN error) for portal callers (staff directory data). */
  terminationDate: Maybe<Scalars['Date']['output']>;
  /** Job title. */
  title: Maybe<Scalars['String']['output']>;
  /** EMPLOYEE or CONTRACTOR. */
  workerType: Scalars['String']['output'];
};

/** A page of consultants. */
export type ConsultantConnection = {
  __typename?: 'ConsultantConnection';
  /** The consultants of this page, each with its cursor. */
  edges: Array<ConsultantEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many consultants match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One consultant in a page, with its cursor. */
export type ConsultantEdge = {
  __typename?: 'ConsultantEdge';
  /** Opaque cursor of this consultant: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The consultant. */
  node: Consultant;
};

/** Narrows a consultant list; every condition given must hold. */
export type ConsultantFilter = {
  /** With availableTo: employed and not on leave for the whole window. */
  availableFrom?: InputMaybe<Scalars['Date']['input']>;
  /** With availableFrom: employed and not on leave for the whole window. */
  availableTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only consultants at this location. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** Only consultants of this practice. */
  practice?: InputMaybe<Scalars['String']['input']>;
  /** Has this skill (case-insensitive). */
  skill?: InputMaybe<Scalars['String']['input']>;
};

/** One consultant's billable hours in a portfolio window. */
export type ConsultantHours = {
  __typename?: 'ConsultantHours';
  /** Billable approved hours, as a decimal string. */
  billableHours: Scalars['Decimal']['output'];
  /** Hub id of the consultant. */
  consultantId: Scalars['ID']['output'];
};

/** A consultant's hourly cost over a period. */
export type CostRate = {
  __typename?: 'CostRate';
  /** Cost per hour. */
  amount: Money;
  /** First day the rate applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day the rate applies; null while current. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
};

/** An entity's id in one system of record. */
export type ExternalRef = {
  __typename?: 'ExternalRef';
  /** The entity's id in that system, exactly as it stores it (case-sensitive). */
  nativeId: Scalars['String']['output'];
  /** The system of record. */
  system: SourceSystem;
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

export type PortfolioPeriod = {
  __typename?: 'PortfolioPeriod';
  key: Scalars['ID']['output'];
  /** Each staffed consultant's available hours in the period and employment dates, as for PortfolioSummary.staffCapacity. Hidden from the public graph: only the gateway reads it. */
  staffCapacity: Array<StaffCapacity>;
  staffing: PortfolioStaffing;
};

export type PortfolioStaffing = {
  __typename?: 'PortfolioStaffing';
  /** Each consultant with billable hours on these projects in the window. */
  consultants: Array<ConsultantHours>;
  /** First day of the utilization window. */
  from: Scalars['Date']['output'];
  /** Last day of the utilization window. */
  to: Scalars['Date']['output'];
};

export type PortfolioSummary = {
  __typename?: 'PortfolioSummary';
  key: Scalars['ID']['output'];
  /** Each staffed consultant's available hours in the window and employment dates, for the portfolio's utilization (the projects service divides the billable hours of days employed by them). Hidden from the public graph: only the gateway reads it. */
  staffCapacity: Array<StaffCapacity>;
  staffing: PortfolioStaffing;
};

/** What can be read: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** A consultant by hub id; null when none exists, and (with a FORBIDDEN error) for callers without the admin, analyst, delivery or finance role. */
  consultant: Maybe<Consultant>;
  /** Consultants ordered by HCM worker id. Refused with FORBIDDEN for callers without the admin, analyst, delivery or finance role. */
  consultants: ConsultantConnection;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryConsultantArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryConsultantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConsultantFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A skill a consultant has. */
export type Skill = {
  __typename?: 'Skill';
  /** 1 (aware) to 5 (expert). */
  level: Scalars['Int']['output'];
  /** Skill name, e.g. AWS. */
  name: Scalars['String']['output'];
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

/** One consultant's capacity in a portfolio window, as the HCM computes it. */
export type StaffCapacity = {
  __typename?: 'StaffCapacity';
  /** Hire date; null when unknown. */
  activeFrom: Maybe<Scalars['Date']['output']>;
  /** Termination date; null while employed. */
  activeTo: Maybe<Scalars['Date']['output']>;
  /** Available hours in the window (weekly hours ÷ 5 on each workday employed, less time off and holidays), exact to the thousandth. */
  availableHours: Scalars['Decimal']['output'];
  /** Hub id of the consultant. */
  consultantId: Scalars['ID']['output'];
};

/** Hours off work on one day (leave or holiday). */
export type TimeOff = {
  __typename?: 'TimeOff';
  /** The day. */
  date: Scalars['Date']['output'];
  /** Hours off, as a decimal string. */
  hours: Scalars['Decimal']['output'];
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
  Consultant: Consultant;
  PortfolioPeriod: PortfolioPeriod;
  PortfolioSummary: PortfolioSummary;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Consultant:
    ( { __typename: 'Consultant' }
    & GraphQLRecursivePick<FederationTypes['Consultant'], {"id":true}> );
  PortfolioPeriod:
    ( { __typename: 'PortfolioPeriod' }
    & GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"key":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"staffing":{"from":true,"to":true,"consultants":{"consultantId":true}}}> ) );
  PortfolioSummary:
    ( { __typename: 'PortfolioSummary' }
    & GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"key":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"staffing":{"from":true,"to":true,"consultants":{"consultantId":true}}}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BillingModel: BillingModel;
  Capacity: ResolverTypeWrapper<WorkerRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Consultant: ResolverTypeWrapper<WorkerRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ConsultantConnection: ResolverTypeWrapper<Connection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ConsultantEdge: ResolverTypeWrapper<Omit<ConsultantEdge, 'node'> & { node: ResolversTypes['Consultant'] }>;
  ConsultantFilter: ConsultantFilter;
  ConsultantHours: ResolverTypeWrapper<ConsultantHours>;
  CostRate: ResolverTypeWrapper<CostRateRecord>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ExternalRef: ResolverTypeWrapper<ExternalRef>;
  Money: ResolverTypeWrapper<Money>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PortfolioPeriod: ResolverTypeWrapper<PortfolioReference>;
  PortfolioStaffing: ResolverTypeWrapper<PortfolioStaffing>;
  PortfolioSummary: ResolverTypeWrapper<PortfolioReference>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Skill: ResolverTypeWrapper<WorkerSkillRecord>;
  SourceSystem: SourceSystem;
  StaffCapacity: ResolverTypeWrapper<StaffCapacity>;
  TimeOff: ResolverTypeWrapper<TimeOffRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Capacity: WorkerRecord;
  Float: Scalars['Float']['output'];
  Consultant: WorkerRecord;
  ID: Scalars['ID']['output'];
  ConsultantConnection: Connection;
  Int: Scalars['Int']['output'];
  ConsultantEdge: Omit<ConsultantEdge, 'node'> & { node: ResolversParentTypes['Consultant'] };
  ConsultantFilter: ConsultantFilter;
  ConsultantHours: ConsultantHours;
  CostRate: CostRateRecord;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ExternalRef: ExternalRef;
  Money: Money;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PortfolioPeriod: PortfolioReference;
  PortfolioStaffing: PortfolioStaffing;
  PortfolioSummary: PortfolioReference;
  Query: Record<PropertyKey, never>;
  Skill: WorkerSkillRecord;
  StaffCapacity: StaffCapacity;
  TimeOff: TimeOffRecord;
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = ResourcesContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CapacityResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = ResolversObject<{
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  timeOff?: Resolver<Array<ResolversTypes['TimeOff']>, ParentType, ContextType>;
  utilizationTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weeklyHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ConsultantResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['Consultant'] = ResolversParentTypes['Consultant'], FederationReferenceType extends FederationReferenceTypes['Consultant'] = FederationReferenceTypes['Consultant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consultant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  capacity?: Resolver<ResolversTypes['Capacity'], ParentType, ContextType>;
  costRate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  costRateHistory?: Resolver<Maybe<Array<ResolversTypes['CostRate']>>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  externalRefs?: Resolver<Array<ResolversTypes['ExternalRef']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hireDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['Skill']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  terminationDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workerType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsultantConnectionResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['ConsultantConnection'] = ResolversParentTypes['ConsultantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsultantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsultantEdgeResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['ConsultantEdge'] = ResolversParentTypes['ConsultantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Consultant'], ParentType, ContextType>;
}>;

export type ConsultantHoursResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['ConsultantHours'] = ResolversParentTypes['ConsultantHours']> = ResolversObject<{
  billableHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consultantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CostRateResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['CostRate'] = ResolversParentTypes['CostRate']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type ExternalRefResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['ExternalRef'] = ResolversParentTypes['ExternalRef']> = ResolversObject<{
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PortfolioPeriodResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['PortfolioPeriod'] = ResolversParentTypes['PortfolioPeriod'], FederationReferenceType extends FederationReferenceTypes['PortfolioPeriod'] = FederationReferenceTypes['PortfolioPeriod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PortfolioPeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  staffCapacity?: Resolver<Array<ResolversTypes['StaffCapacity']>, ParentType, ContextType>;
}>;

export type PortfolioStaffingResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['PortfolioStaffing'] = ResolversParentTypes['PortfolioStaffing']> = ResolversObject<{
  consultants?: Resolver<Array<ResolversTypes['ConsultantHours']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PortfolioSummaryResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['PortfolioSummary'] = ResolversParentTypes['PortfolioSummary'], FederationReferenceType extends FederationReferenceTypes['PortfolioSummary'] = FederationReferenceTypes['PortfolioSummary']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PortfolioSummary']> | FederationReferenceType, FederationReferenceType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  staffCapacity?: Resolver<Array<ResolversTypes['StaffCapacity']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  consultant?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType, RequireFields<QueryConsultantArgs, 'id'>>;
  consultants?: Resolver<ResolversTypes['ConsultantConnection'], ParentType, ContextType, Partial<QueryConsultantsArgs>>;
}>;

export type SkillResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['Skill'] = ResolversParentTypes['Skill']> = ResolversObject<{
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StaffCapacityResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['StaffCapacity'] = ResolversParentTypes['StaffCapacity']> = ResolversObject<{
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  availableHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consultantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TimeOffResolvers<ContextType = ResourcesContext, ParentType extends ResolversParentTypes['TimeOff'] = ResolversParentTypes['TimeOff']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ResourcesContext> = ResolversObject<{
  Capacity?: CapacityResolvers<ContextType>;
  Consultant?: ConsultantResolvers<ContextType>;
  ConsultantConnection?: ConsultantConnectionResolvers<ContextType>;
  ConsultantEdge?: ConsultantEdgeResolvers<ContextType>;
  ConsultantHours?: ConsultantHoursResolvers<ContextType>;
  CostRate?: CostRateResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ExternalRef?: ExternalRefResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PortfolioPeriod?: PortfolioPeriodResolvers<ContextType>;
  PortfolioStaffing?: PortfolioStaffingResolvers<ContextType>;
  PortfolioSummary?: PortfolioSummaryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Skill?: SkillResolvers<ContextType>;
  StaffCapacity?: StaffCapacityResolvers<ContextType>;
  TimeOff?: TimeOffResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ResourcesContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
