import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomersSystemContext } from '../system.ts';
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

/** A contract's value as reconciliation compares it with the PSA's bookings (docs/reconciliation.md). */
export type ContractValue = {
  __typename?: 'ContractValue';
  currency: Scalars['String']['output'];
  /** Hub id of the contract. */
  id: Scalars['ID']['output'];
  /** The contract number (SOW-…). */
  number: Scalars['String']['output'];
  /** Canonical status. */
  status: Scalars['String']['output'];
  value: Scalars['Decimal']['output'];
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
  /** Activates the drafted or submitted contract of a won deal: the deal can then become a project. */
  activateContract: WriteResult;
  /** Moves an open deal to the next open stage; reaching Proposal/Price Quote drafts its statement of work, reaching Negotiation/Review submits it for approval. */
  advanceOpportunity: WriteResult;
  /** Amends an activated (or already amended) contract's value by a change order's delta. */
  amendContract: WriteResult;
  /** Opens a deal (stage Prospecting) with a customer: a new opportunity, not a change request. Result: { opportunityId }. */
  openOpportunity: WriteResult;
  /** Compensation of amendContract: restores the value and status the amendment changed. */
  revertContractAmendment: WriteResult;
  /** Wins an open deal (stage Closed Won, probability 100) on `closeDate`. */
  winOpportunity: WriteResult;
};


export type MutationActivateContractArgs = {
  contractId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationAdvanceOpportunityArgs = {
  opportunityId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationAmendContractArgs = {
  changeOrderId: Scalars['ID']['input'];
  contractId: Scalars['ID']['input'];
  deltaValue: Scalars['Decimal']['input'];
  request: SystemRequest;
};


export type MutationOpenOpportunityArgs = {
  amount: Scalars['Decimal']['input'];
  billingModel: Scalars['String']['input'];
  closeDate: Scalars['Date']['input'];
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  deliveryRegion: Scalars['String']['input'];
  expectedStart: Scalars['Date']['input'];
  name: Scalars['String']['input'];
  request: SystemRequest;
  serviceLine?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRevertContractAmendmentArgs = {
  changeOrderId: Scalars['ID']['input'];
  contractId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationWinOpportunityArgs = {
  closeDate: Scalars['Date']['input'];
  opportunityId: Scalars['ID']['input'];
  request: SystemRequest;
};

export type Query = {
  __typename?: 'Query';
  /** Reconciliation: contracts by hub id (at most 5000), in the order asked; unknown ids are left out. */
  contractValues: Array<ContractValue>;
  /** Reconciliation: the ids the store holds of `entityType` (Customer (accounts), Opportunity, Contract), in id order: at most `first` (1 to 5000) after `after`, or only those of `ids` (at most 5000) it holds. */
  storedIds: StoredIdPage;
};


export type QueryContractValuesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryStoredIdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityType: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
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
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ContractValue: ResolverTypeWrapper<ContractValue>;
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
  UserError: ResolverTypeWrapper<UserError>;
  WriteResult: ResolverTypeWrapper<WriteResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  ContractValue: ContractValue;
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
  UserError: UserError;
  WriteResult: WriteResult;
}>;

export type ContractValueResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['ContractValue'] = ResolversParentTypes['ContractValue']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EntityChangeResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  activateContract?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationActivateContractArgs, 'contractId' | 'request'>>;
  advanceOpportunity?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationAdvanceOpportunityArgs, 'opportunityId' | 'request'>>;
  amendContract?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationAmendContractArgs, 'changeOrderId' | 'contractId' | 'deltaValue' | 'request'>>;
  openOpportunity?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationOpenOpportunityArgs, 'amount' | 'billingModel' | 'closeDate' | 'currency' | 'customerId' | 'deliveryRegion' | 'expectedStart' | 'name' | 'request'>>;
  revertContractAmendment?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRevertContractAmendmentArgs, 'changeOrderId' | 'contractId' | 'request'>>;
  winOpportunity?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationWinOpportunityArgs, 'closeDate' | 'opportunityId' | 'request'>>;
}>;

export type QueryResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  contractValues?: Resolver<Array<ResolversTypes['ContractValue']>, ParentType, ContextType, RequireFields<QueryContractValuesArgs, 'ids'>>;
  storedIds?: Resolver<ResolversTypes['StoredIdPage'], ParentType, ContextType, RequireFields<QueryStoredIdsArgs, 'entityType' | 'first'>>;
}>;

export type StoredIdResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['StoredId'] = ResolversParentTypes['StoredId']> = ResolversObject<{
  hubId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoredIdPageResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['StoredIdPage'] = ResolversParentTypes['StoredIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['StoredId']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = CustomersSystemContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['EntityChange']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomersSystemContext> = ResolversObject<{
  ContractValue?: ContractValueResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EntityChange?: EntityChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StoredId?: StoredIdResolvers<ContextType>;
  StoredIdPage?: StoredIdPageResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

