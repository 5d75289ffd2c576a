import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AccountRecord, ContactRecord, LegalEntityRecord, OpportunityRecord, ContractRecord } from '../connector/types.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { CustomersContext } from '../context.ts';
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

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code. */
  country: Maybe<Scalars['String']['output']>;
  /** Street and number. */
  street: Maybe<Scalars['String']['output']>;
};

/** How a project or opportunity is billed. */
export type BillingModel =
  | 'FIXED_FEE'
  | 'MILESTONE'
  | 'RETAINER'
  | 'TIME_AND_MATERIALS';

/** A person at a customer. */
export type Contact = {
  __typename?: 'Contact';
  /** Email address, when the CRM has one. */
  email: Maybe<Scalars['String']['output']>;
  /** Hub id of the contact (from its CRM id). */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Sponsor, billing contact, decision maker, ... */
  role: Maybe<Scalars['String']['output']>;
};

/** A contract or statement of work. */
export type Contract = {
  __typename?: 'Contract';
  /** How the work is billed. */
  billingModel: Maybe<BillingModel>;
  /** The CRM's own status label. */
  crmStatus: Scalars['String']['output'];
  /** The customer the contract is with. */
  customer: Customer;
  /** Last day of the contract. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** This contract's ids in every system of record. */
  externalRefs: Array<ExternalRef>;
  /** Hub id of the contract (from its CRM id). */
  id: Scalars['ID']['output'];
  /** Contract number. */
  number: Scalars['String']['output'];
  /** The opportunity that led to it; null when signed without one. */
  opportunity: Maybe<Opportunity>;
  /** Days from invoice to due date agreed in the contract. */
  paymentTermsDays: Maybe<Scalars['Int']['output']>;
  /** First day of the contract. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** Canonical status: DRAFT, IN_APPROVAL, ACTIVATED, AMENDED, EXPIRED or TERMINATED. */
  status: Scalars['String']['output'];
  /** Length of the contract in months. */
  termMonths: Maybe<Scalars['Int']['output']>;
  /** Contract value, amendments included. */
  value: Money;
};

/** A client account (CRM account). */
export type Customer = {
  __typename?: 'Customer';
  /** Where invoices go; null when the CRM has none. */
  billingAddress: Maybe<Address>;
  /** People at this customer. */
  contacts: Array<Contact>;
  /** This customer's contracts and statements of work. */
  contracts: Array<Contract>;
  /** This customer's ids in every system of record (CRM account, ERP customer). */
  externalRefs: Array<ExternalRef>;
  /** Hub id of the customer (from its CRM account id). */
  id: Scalars['ID']['output'];
  /** Industry, as the CRM names it. */
  industry: Maybe<Scalars['String']['output']>;
  /** The firm's company that contracts with this customer. */
  legalEntity: Maybe<LegalEntity>;
  /** Account name. */
  name: Scalars['String']['output'];
  /** This customer's opportunities, open and closed. */
  opportunities: Array<Opportunity>;
  /** The parent account, for subsidiaries. */
  parent: Maybe<Customer>;
  /** Days from invoice to due date. */
  paymentTermsDays: Maybe<Scalars['Int']['output']>;
  /** Sales region, as the CRM names it. */
  region: Maybe<Scalars['String']['output']>;
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers of this page, each with its cursor. */
  edges: Array<CustomerEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many customers match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One customer in a page, with its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Opaque cursor of this customer: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** Narrows a customer list; every condition given must hold. */
export type CustomerFilter = {
  /** Industry, exactly as the CRM names it. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Sales region, exactly as the CRM names it (e.g. EMEA). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the customer name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An entity's id in one system of record. */
export type ExternalRef = {
  __typename?: 'ExternalRef';
  /** The entity's id in that system, exactly as it stores it (case-sensitive). */
  nativeId: Scalars['String']['output'];
  /** The system of record. */
  system: SourceSystem;
};

/** The firm's contracting company. */
export type LegalEntity = {
  __typename?: 'LegalEntity';
  /** ISO 4217 currency the entity books in. */
  currency: Scalars['String']['output'];
  /** The ERP subsidiary that books this entity's revenue. */
  erpSubsidiary: Maybe<Scalars['String']['output']>;
  /** The CRM's id of the legal entity. */
  id: Scalars['ID']['output'];
  /** Registered name. */
  name: Scalars['String']['output'];
  /** VAT or tax registration number. */
  taxRegistration: Maybe<Scalars['String']['output']>;
};

/** An exact amount of money. */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal amount in the currency's major unit. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** A sales opportunity. */
export type Opportunity = {
  __typename?: 'Opportunity';
  /** Expected contract value. */
  amount: Maybe<Money>;
  /** How the work would be billed. */
  billingModel: Maybe<BillingModel>;
  /** Expected or actual close date. */
  closeDate: Maybe<Scalars['Date']['output']>;
  /** The activated or pending contract for this opportunity. */
  contract: Maybe<Contract>;
  /** The customer the opportunity is with. */
  customer: Customer;
  /** Where the work would be delivered. */
  deliveryRegion: Maybe<Scalars['String']['output']>;
  /** When delivery is expected to start. */
  expectedStart: Maybe<Scalars['Date']['output']>;
  /** This opportunity's ids in every system of record. */
  externalRefs: Array<ExternalRef>;
  /** Hub id of the opportunity (from its CRM id). */
  id: Scalars['ID']['output'];
  /** True when this opportunity extends an earlier one (see parentOpportunity). */
  isChangeRequest: Scalars['Boolean']['output'];
  /** Opportunity name. */
  name: Scalars['String']['output'];
  /** The opportunity this change request extends; null otherwise. */
  parentOpportunity: Maybe<Opportunity>;
  /** Win probability in percent. */
  probability: Maybe<Scalars['Int']['output']>;
  /** The practice or service line selling the work. */
  serviceLine: Maybe<Scalars['String']['output']>;
  /** The CRM's own stage label. */
  stage: Scalars['String']['output'];
  /** Canonical status. */
  status: OpportunityStatus;
  /** Target margin as a fraction (0.35 = 35%). */
  targetMargin: Maybe<Scalars['Float']['output']>;
};

/** A page of opportunities. */
export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  /** The opportunities of this page, each with its cursor. */
  edges: Array<OpportunityEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many opportunities match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One opportunity in a page, with its cursor. */
export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  /** Opaque cursor of this opportunity: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The opportunity. */
  node: Opportunity;
};

/** Narrows an opportunity list; every condition given must hold. */
export type OpportunityFilter = {
  /** Only this customer's opportunities (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only opportunities in this canonical status. */
  status?: InputMaybe<OpportunityStatus>;
};

/** Canonical opportunity state (the CRM's stage label is in `stage`). */
export type OpportunityStatus =
  | 'LOST'
  | 'OPEN'
  | 'WON';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page, for `after`; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** What can be read: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** A contract (statement of work) by hub id; null when none exists. */
  contract: Maybe<Contract>;
  /** A customer by hub id; null when none exists. */
  customer: Maybe<Customer>;
  /** Customers ordered by CRM id. */
  customers: CustomerConnection;
  /** Opportunities ordered by CRM id. */
  opportunities: OpportunityConnection;
  /** An opportunity by hub id; null when none exists. */
  opportunity: Maybe<Opportunity>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OpportunityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
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
  Contract: Contract;
  Customer: Customer;
  Opportunity: Opportunity;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Contract:
    ( { __typename: 'Contract' }
    & GraphQLRecursivePick<FederationTypes['Contract'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Opportunity:
    ( { __typename: 'Opportunity' }
    & GraphQLRecursivePick<FederationTypes['Opportunity'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  BillingModel: BillingModel;
  Contact: ResolverTypeWrapper<ContactRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Contract: ResolverTypeWrapper<ContractRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Customer: ResolverTypeWrapper<AccountRecord>;
  CustomerConnection: ResolverTypeWrapper<Connection>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  ExternalRef: ResolverTypeWrapper<ExternalRef>;
  LegalEntity: ResolverTypeWrapper<LegalEntityRecord>;
  Money: ResolverTypeWrapper<Money>;
  Opportunity: ResolverTypeWrapper<OpportunityRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  OpportunityConnection: ResolverTypeWrapper<Connection>;
  OpportunityEdge: ResolverTypeWrapper<Omit<OpportunityEdge, 'node'> & { node: ResolversTypes['Opportunity'] }>;
  OpportunityFilter: OpportunityFilter;
  OpportunityStatus: OpportunityStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SourceSystem: SourceSystem;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  String: Scalars['String']['output'];
  Contact: ContactRecord;
  ID: Scalars['ID']['output'];
  Contract: ContractRecord;
  Int: Scalars['Int']['output'];
  Customer: AccountRecord;
  CustomerConnection: Connection;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  ExternalRef: ExternalRef;
  LegalEntity: LegalEntityRecord;
  Money: Money;
  Opportunity: OpportunityRecord;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  OpportunityConnection: Connection;
  OpportunityEdge: Omit<OpportunityEdge, 'node'> & { node: ResolversParentTypes['Opportunity'] };
  OpportunityFilter: OpportunityFilter;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
}>;

export type AddressResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContractResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract'], FederationReferenceType extends FederationReferenceTypes['Contract'] = FederationReferenceTypes['Contract']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contract']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billingModel?: Resolver<Maybe<ResolversTypes['BillingModel']>, ParentType, ContextType>;
  crmStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalRefs?: Resolver<Array<ResolversTypes['ExternalRef']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  paymentTermsDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  termMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  externalRefs?: Resolver<Array<ResolversTypes['ExternalRef']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalEntity?: Resolver<Maybe<ResolversTypes['LegalEntity']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opportunities?: Resolver<Array<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  paymentTermsDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
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

export type ExternalRefResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ExternalRef'] = ResolversParentTypes['ExternalRef']> = ResolversObject<{
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type LegalEntityResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['LegalEntity'] = ResolversParentTypes['LegalEntity']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erpSubsidiary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxRegistration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OpportunityResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'], FederationReferenceType extends FederationReferenceTypes['Opportunity'] = FederationReferenceTypes['Opportunity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Opportunity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  billingModel?: Resolver<Maybe<ResolversTypes['BillingModel']>, ParentType, ContextType>;
  closeDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deliveryRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expectedStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  externalRefs?: Resolver<Array<ResolversTypes['ExternalRef']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isChangeRequest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parentOpportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  probability?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  serviceLine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OpportunityStatus'], ParentType, ContextType>;
  targetMargin?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type OpportunityConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpportunityEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<QueryContractArgs, 'id'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  opportunities?: Resolver<ResolversTypes['OpportunityConnection'], ParentType, ContextType, Partial<QueryOpportunitiesArgs>>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
}>;

export type Resolvers<ContextType = CustomersContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  ExternalRef?: ExternalRefResolvers<ContextType>;
  LegalEntity?: LegalEntityResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

