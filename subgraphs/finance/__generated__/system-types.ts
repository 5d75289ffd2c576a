import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { FinanceSystemContext } from '../system.ts';
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

export type BillingScheduleLineInput = {
  amount: Scalars['Decimal']['input'];
  date: Scalars['Date']['input'];
  label: Scalars['String']['input'];
  /** The PSA milestone this line bills, if any. */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
};

/** What the ERP has billed on a project and what awaits an invoice. */
export type BillingSummary = {
  __typename?: 'BillingSummary';
  /** Billing items on events that are not on hold, invoiced or not. */
  billedToDate: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  /** Generated events without a hold, ready to release. */
  releasableEvents: Scalars['Int']['output'];
  releasedAmount: Scalars['Decimal']['output'];
  /** Released billing events not yet on an invoice. */
  releasedEvents: Scalars['Int']['output'];
};

export type EnsureCustomerInput = {
  currency: Scalars['String']['input'];
  /** The CRM account's hub id; the ERP customer is looked up by it first. */
  customerId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  paymentTermsDays: Scalars['Int']['input'];
  subsidiary?: InputMaybe<Scalars['String']['input']>;
};

/** An entity a write created or changed (the audit trail's before and after, as JSON). */
export type EntityChange = {
  __typename?: 'EntityChange';
  after: Maybe<Scalars['String']['output']>;
  before: Maybe<Scalars['String']['output']>;
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
};

export type MilestoneBillingInput = {
  amount: Scalars['Decimal']['input'];
  /** The project's bookings: billing to date plus this amount may not pass it. */
  cap: Scalars['Decimal']['input'];
  currency: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  milestoneId: Scalars['ID']['input'];
  milestoneName: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a change order's lines to the project's billing schedule. */
  addScheduleLines: WriteResult;
  /** Bills an approved milestone: a released billing event, or one on hold when it would pass the billing cap. */
  billMilestone: WriteResult;
  /** Finds the ERP customer of a CRM account, creating it only when there is none (never twice). */
  ensureCustomer: WriteResult;
  /** Issues one invoice for the project's released, uninvoiced billing events. */
  issueInvoice: WriteResult;
  /** Opens the project's financial dimension with its billing schedule. */
  openProject: WriteResult;
  /** Posts approved time: cost postings, and a generated billing event for the billable part. */
  postTime: WriteResult;
  recordPayment: WriteResult;
  /** Releases the project's generated billing events that are not on hold. */
  releaseBilling: WriteResult;
  /** Compensation of openProject: removes a dimension with nothing posted or billed. */
  removeProject: WriteResult;
  /** Compensation of addScheduleLines. */
  removeScheduleLines: WriteResult;
  /** Compensation of billMilestone: removes the milestone's uninvoiced billing event. */
  unbillMilestone: WriteResult;
};


export type MutationAddScheduleLinesArgs = {
  input: ScheduleLinesInput;
  request: SystemRequest;
};


export type MutationBillMilestoneArgs = {
  input: MilestoneBillingInput;
  request: SystemRequest;
};


export type MutationEnsureCustomerArgs = {
  input: EnsureCustomerInput;
  request: SystemRequest;
};


export type MutationIssueInvoiceArgs = {
  issueDate: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationOpenProjectArgs = {
  input: OpenProjectInput;
  request: SystemRequest;
};


export type MutationPostTimeArgs = {
  entries: Array<TimePostingInput>;
  request: SystemRequest;
};


export type MutationRecordPaymentArgs = {
  amount: Scalars['Decimal']['input'];
  invoiceId: Scalars['ID']['input'];
  paymentDate: Scalars['Date']['input'];
  request: SystemRequest;
};


export type MutationReleaseBillingArgs = {
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationRemoveProjectArgs = {
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationRemoveScheduleLinesArgs = {
  changeOrderId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationUnbillMilestoneArgs = {
  milestoneId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};

export type OpenProjectInput = {
  billingSchedule: Array<BillingScheduleLineInput>;
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  projectId: Scalars['ID']['input'];
};

/** The ERP's financial dimension of a PSA project. */
export type ProjectDimension = {
  __typename?: 'ProjectDimension';
  currency: Scalars['String']['output'];
  erpId: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Billing totals of a project; null when the ERP does not know the project. */
  billingSummary: Maybe<BillingSummary>;
  /** The ERP dimension of a PSA project; null when the ERP does not know the project. */
  projectDimension: Maybe<ProjectDimension>;
  /** The rate card row for a role in a region in force on a date; null when none covers it. */
  rateCard: Maybe<RateCard>;
};


export type QueryBillingSummaryArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryProjectDimensionArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryRateCardArgs = {
  date: Scalars['Date']['input'];
  region: Scalars['String']['input'];
  role: Scalars['String']['input'];
};

export type RateCard = {
  __typename?: 'RateCard';
  billRate: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  effectiveFrom: Scalars['Date']['output'];
  effectiveTo: Maybe<Scalars['Date']['output']>;
  region: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

export type ScheduleLinesInput = {
  changeOrderId: Scalars['ID']['input'];
  currency: Scalars['String']['input'];
  lines: Array<BillingScheduleLineInput>;
  projectId: Scalars['ID']['input'];
};

/** Identifies one write: applying the same key twice writes once. */
export type SystemRequest = {
  /** The workflow that causes the write. */
  causationId?: InputMaybe<Scalars['String']['input']>;
  correlationId: Scalars['String']['input'];
  requestKey: Scalars['String']['input'];
};

/** An approved timecard to post: cost at its cost rate, billable value at its bill rate. */
export type TimePostingInput = {
  billRate: Scalars['Decimal']['input'];
  billable: Scalars['Boolean']['input'];
  costRate: Scalars['Decimal']['input'];
  currency: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  hours: Scalars['Decimal']['input'];
  projectId: Scalars['ID']['input'];
  timeEntryId: Scalars['ID']['input'];
  /** The timecard's version: one posting per entry and version, ever. */
  version: Scalars['Int']['input'];
};

/** A business rule that refused the write; nothing was written. */
export type UserError = {
  __typename?: 'UserError';
  code: Scalars['String']['output'];
  field: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
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
  BillingScheduleLineInput: BillingScheduleLineInput;
  BillingSummary: ResolverTypeWrapper<BillingSummary>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EnsureCustomerInput: EnsureCustomerInput;
  EntityChange: ResolverTypeWrapper<EntityChange>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MilestoneBillingInput: MilestoneBillingInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenProjectInput: OpenProjectInput;
  ProjectDimension: ResolverTypeWrapper<ProjectDimension>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateCard: ResolverTypeWrapper<RateCard>;
  ScheduleLinesInput: ScheduleLinesInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SystemRequest: SystemRequest;
  TimePostingInput: TimePostingInput;
  UserError: ResolverTypeWrapper<UserError>;
  WriteResult: ResolverTypeWrapper<WriteResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BillingScheduleLineInput: BillingScheduleLineInput;
  BillingSummary: BillingSummary;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  EnsureCustomerInput: EnsureCustomerInput;
  EntityChange: EntityChange;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  MilestoneBillingInput: MilestoneBillingInput;
  Mutation: Record<PropertyKey, never>;
  OpenProjectInput: OpenProjectInput;
  ProjectDimension: ProjectDimension;
  Query: Record<PropertyKey, never>;
  RateCard: RateCard;
  ScheduleLinesInput: ScheduleLinesInput;
  String: Scalars['String']['output'];
  SystemRequest: SystemRequest;
  TimePostingInput: TimePostingInput;
  UserError: UserError;
  WriteResult: WriteResult;
}>;

export type BillingSummaryResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['BillingSummary'] = ResolversParentTypes['BillingSummary']> = ResolversObject<{
  billedToDate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  releasableEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  releasedAmount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  releasedEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EntityChangeResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addScheduleLines?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationAddScheduleLinesArgs, 'input' | 'request'>>;
  billMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationBillMilestoneArgs, 'input' | 'request'>>;
  ensureCustomer?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationEnsureCustomerArgs, 'input' | 'request'>>;
  issueInvoice?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationIssueInvoiceArgs, 'issueDate' | 'projectId' | 'request'>>;
  openProject?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationOpenProjectArgs, 'input' | 'request'>>;
  postTime?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationPostTimeArgs, 'entries' | 'request'>>;
  recordPayment?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'amount' | 'invoiceId' | 'paymentDate' | 'request'>>;
  releaseBilling?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationReleaseBillingArgs, 'projectId' | 'request'>>;
  removeProject?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveProjectArgs, 'projectId' | 'request'>>;
  removeScheduleLines?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveScheduleLinesArgs, 'changeOrderId' | 'projectId' | 'request'>>;
  unbillMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationUnbillMilestoneArgs, 'milestoneId' | 'projectId' | 'request'>>;
}>;

export type ProjectDimensionResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ProjectDimension'] = ResolversParentTypes['ProjectDimension']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erpId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  billingSummary?: Resolver<Maybe<ResolversTypes['BillingSummary']>, ParentType, ContextType, RequireFields<QueryBillingSummaryArgs, 'projectId'>>;
  projectDimension?: Resolver<Maybe<ResolversTypes['ProjectDimension']>, ParentType, ContextType, RequireFields<QueryProjectDimensionArgs, 'projectId'>>;
  rateCard?: Resolver<Maybe<ResolversTypes['RateCard']>, ParentType, ContextType, RequireFields<QueryRateCardArgs, 'date' | 'region' | 'role'>>;
}>;

export type RateCardResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['RateCard'] = ResolversParentTypes['RateCard']> = ResolversObject<{
  billRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['EntityChange']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceSystemContext> = ResolversObject<{
  BillingSummary?: BillingSummaryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EntityChange?: EntityChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ProjectDimension?: ProjectDimensionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateCard?: RateCardResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

