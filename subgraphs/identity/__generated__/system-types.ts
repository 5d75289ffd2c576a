import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { IdentitySystemContext } from '../system.ts';
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

export type Query = {
  __typename?: 'Query';
  /** Reconciliation: the native ids the registry maps for one system (a SourceSystem value) and entity type, with their hub ids, in id order: at most `first` (1 to 5000) after `after`, or only those of `ids` (at most 5000) it maps. */
  registryIds: StoredIdPage;
};


export type QueryRegistryIdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityType: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
  system: Scalars['String']['input'];
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
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EntityChange: ResolverTypeWrapper<EntityChange>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
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
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  EntityChange: EntityChange;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  StoredId: StoredId;
  StoredIdPage: StoredIdPage;
  String: Scalars['String']['output'];
  SystemRequest: SystemRequest;
  UserError: UserError;
  WriteResult: WriteResult;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type EntityChangeResolvers<ContextType = IdentitySystemContext, ParentType extends ResolversParentTypes['EntityChange'] = ResolversParentTypes['EntityChange']> = ResolversObject<{
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentitySystemContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  registryIds?: Resolver<ResolversTypes['StoredIdPage'], ParentType, ContextType, RequireFields<QueryRegistryIdsArgs, 'entityType' | 'first' | 'system'>>;
}>;

export type StoredIdResolvers<ContextType = IdentitySystemContext, ParentType extends ResolversParentTypes['StoredId'] = ResolversParentTypes['StoredId']> = ResolversObject<{
  hubId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoredIdPageResolvers<ContextType = IdentitySystemContext, ParentType extends ResolversParentTypes['StoredIdPage'] = ResolversParentTypes['StoredIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['StoredId']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = IdentitySystemContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WriteResultResolvers<ContextType = IdentitySystemContext, ParentType extends ResolversParentTypes['WriteResult'] = ResolversParentTypes['WriteResult']> = ResolversObject<{
  changes?: Resolver<Array<ResolversTypes['EntityChange']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentitySystemContext> = ResolversObject<{
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EntityChange?: EntityChangeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  StoredId?: StoredIdResolvers<ContextType>;
  StoredIdPage?: StoredIdPageResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

