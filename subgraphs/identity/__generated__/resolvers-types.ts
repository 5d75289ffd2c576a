import type { GraphQLResolveInfo } from 'graphql';
import type { IdentityContext } from '../context.ts';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type Consultant = {
  __typename?: 'Consultant';
  /** Hub id of the consultant (from the HCM worker id). */
  id: Scalars['ID']['output'];
};

export type Contract = {
  __typename?: 'Contract';
  /** Hub id of the contract (from its CRM id). */
  id: Scalars['ID']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  /** Hub id of the customer (from its CRM account id). */
  id: Scalars['ID']['output'];
};

/** Any entity that has ids in the systems of record. */
export type ExternalEntity = Consultant | Contract | Customer | Invoice | Opportunity | Project;

export type Invoice = {
  __typename?: 'Invoice';
  /** Hub id of the invoice (from its ERP id). */
  id: Scalars['ID']['output'];
};

export type Opportunity = {
  __typename?: 'Opportunity';
  /** Hub id of the opportunity (from its CRM id). */
  id: Scalars['ID']['output'];
};

export type Project = {
  __typename?: 'Project';
  /** Hub id of the project (from its PSA id). */
  id: Scalars['ID']['output'];
};

/** What can be read: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** Finds any entity by any system's native id (case-sensitive); null when no system knows it. */
  entityByExternalRef: Maybe<ExternalEntity>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryEntityByExternalRefArgs = {
  nativeId: Scalars['String']['input'];
  system: SourceSystem;
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



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ExternalEntity:
    | ( Consultant )
    | ( Contract )
    | ( Customer )
    | ( Invoice )
    | ( Opportunity )
    | ( Project )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Consultant: ResolverTypeWrapper<Consultant>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Contract: ResolverTypeWrapper<Contract>;
  Customer: ResolverTypeWrapper<Customer>;
  ExternalEntity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ExternalEntity']>;
  Invoice: ResolverTypeWrapper<Invoice>;
  Opportunity: ResolverTypeWrapper<Opportunity>;
  Project: ResolverTypeWrapper<Project>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SourceSystem: SourceSystem;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Consultant: Consultant;
  ID: Scalars['ID']['output'];
  Contract: Contract;
  Customer: Customer;
  ExternalEntity: ResolversUnionTypes<ResolversParentTypes>['ExternalEntity'];
  Invoice: Invoice;
  Opportunity: Opportunity;
  Project: Project;
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type ConsultantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Consultant'] = ResolversParentTypes['Consultant']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ContractResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExternalEntityResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ExternalEntity'] = ResolversParentTypes['ExternalEntity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Consultant' | 'Contract' | 'Customer' | 'Invoice' | 'Opportunity' | 'Project', ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OpportunityResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  entityByExternalRef?: Resolver<Maybe<ResolversTypes['ExternalEntity']>, ParentType, ContextType, RequireFields<QueryEntityByExternalRefArgs, 'nativeId' | 'system'>>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  Consultant?: ConsultantResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  ExternalEntity?: ExternalEntityResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

