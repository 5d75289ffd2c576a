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

/**
 * An accounting period of one legal entity: the ERP subsidiary that books its customers' projects
 * ("Parent Company" for a customer without one). A period on or before the entity's latest CLOSED
 * period is CLOSED: nothing dated in it posts.
 */
export type AccountingPeriod = {
  __typename?: 'AccountingPeriod';
  /** When it closed; null while open, and for a period closed by the close of a later one. */
  closedAt: Maybe<Scalars['String']['output']>;
  /** When its close began (ISO 8601 instant); null while it never began. */
  closingAt: Maybe<Scalars['String']['output']>;
  legalEntityId: Scalars['String']['output'];
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  /** OPEN, CLOSING or CLOSED. */
  status: Scalars['String']['output'];
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

/** An approved cost to accrue unless the ERP posted it. */
export type CostAccrualItemInput = {
  amount: Scalars['Decimal']['input'];
  /** TIME or EXPENSE. */
  source: Scalars['String']['input'];
  /** The timecard or expense (hub id). */
  sourceId: Scalars['ID']['input'];
  /** A timecard's version (postings are per entry and version); null for an expense. */
  version?: InputMaybe<Scalars['Int']['input']>;
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

/** An exchange rate in force for a pair, type and day. */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  effectiveDate: Scalars['Date']['output'];
  from: Scalars['String']['output'];
  rate: Scalars['Decimal']['output'];
  rateType: Scalars['String']['output'];
  to: Scalars['String']['output'];
};

/** One exchange rate to record: one unit of `from` is worth `rate` units of `to` from `effectiveDate`. */
export type ExchangeRateInput = {
  effectiveDate: Scalars['Date']['input'];
  /** ISO 4217 code, e.g. EUR. */
  from: Scalars['String']['input'];
  /** A positive exact decimal, at most 6 digits before and 10 after the point. */
  rate: Scalars['Decimal']['input'];
  /** DAILY, MONTHLY_AVERAGE (effectiveDate the month's last day) or CLOSING. */
  rateType: Scalars['String']['input'];
  /** ISO 4217 code, e.g. USD; not `from`. */
  to: Scalars['String']['input'];
};

/** An invoice with the sums reconciliation compares its total with. */
export type InvoiceDrift = {
  __typename?: 'InvoiceDrift';
  currency: Scalars['String']['output'];
  customerId: Maybe<Scalars['ID']['output']>;
  /** The ERP's id (INV-…) and invoice number (tran_id). */
  erpId: Scalars['String']['output'];
  /** Hub id of the invoice. */
  invoiceId: Scalars['ID']['output'];
  /** Σ the items of its billing events; null when no line names an event. */
  items: Maybe<Scalars['Decimal']['output']>;
  /** Σ invoice lines. */
  lines: Scalars['Decimal']['output'];
  number: Scalars['String']['output'];
  /** Σ payments. */
  paid: Scalars['Decimal']['output'];
  projectId: Maybe<Scalars['ID']['output']>;
  status: Scalars['String']['output'];
  total: Scalars['Decimal']['output'];
};

/** Invoices, and whether more matched than were returned. */
export type InvoiceDriftPage = {
  __typename?: 'InvoiceDriftPage';
  items: Array<InvoiceDrift>;
  truncated: Scalars['Boolean']['output'];
};

/** One billing item of a milestone the ERP billed on more than one item. */
export type MilestoneBilling = {
  __typename?: 'MilestoneBilling';
  amount: Scalars['Decimal']['output'];
  billingEventId: Scalars['String']['output'];
  currency: Scalars['String']['output'];
  customerId: Maybe<Scalars['ID']['output']>;
  /** The ERP id of the invoice (not voided) of its billing event; null while not invoiced. */
  invoiceId: Maybe<Scalars['String']['output']>;
  itemId: Scalars['String']['output'];
  /** Hub id of the PSA milestone (the item's source). */
  milestoneId: Scalars['ID']['output'];
  projectId: Scalars['ID']['output'];
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

/** Milestone billings, and whether more matched than were returned. */
export type MilestoneBillingPage = {
  __typename?: 'MilestoneBillingPage';
  items: Array<MilestoneBilling>;
  truncated: Scalars['Boolean']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accrues the approved cost of a project dated in or before a period that the ERP has not posted
   * (items it posted are left out): one accrual per project and period, ever.
   */
  accrueCost: WriteResult;
  /** Adds a change order's lines to the project's billing schedule. */
  addScheduleLines: WriteResult;
  /** OPEN → CLOSING for a legal entity's period (YYYY-MM); refused when it is closed or has not begun. A closing period stays as it is. */
  beginPeriodClose: WriteResult;
  /** Bills an approved milestone: a released billing event, or one on hold when it would pass the billing cap. */
  billMilestone: WriteResult;
  /** OPEN or CLOSING → CLOSED: nothing dated in the period (or before it) posts any more. A closed period stays as it is. */
  closePeriod: WriteResult;
  /** Finds the ERP customer of a CRM account, creating it only when there is none (never twice). */
  ensureCustomer: WriteResult;
  /** Issues one invoice for the project's released, uninvoiced billing events. */
  issueInvoice: WriteResult;
  /** Opens the project's financial dimension with its billing schedule. */
  openProject: WriteResult;
  /**
   * Posts a project's revenue for a period: one posting per project and period, ever (a second writes
   * nothing and answers with the first). Refused when the period is closed or has not begun, and when
   * the postings before plus `amount` are not `cumulative`. Method: ACTUAL_TIME, PERCENT_COMPLETE,
   * MILESTONE or STRAIGHT_LINE.
   */
  postRevenue: WriteResult;
  /** Posts approved time: cost postings, and a generated billing event for the billable part. */
  postTime: WriteResult;
  /**
   * Records exchange rates (1 to 500), each once per pair, rate type and effective date: a rate already
   * recorded with the same value is left as it is; with another value the whole request is refused
   * (RATE_CONFLICT naming the rate), nothing written.
   */
  recordExchangeRates: WriteResult;
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


export type MutationAccrueCostArgs = {
  currency: Scalars['String']['input'];
  items: Array<CostAccrualItemInput>;
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationAddScheduleLinesArgs = {
  input: ScheduleLinesInput;
  request: SystemRequest;
};


export type MutationBeginPeriodCloseArgs = {
  legalEntityId: Scalars['String']['input'];
  period: Scalars['String']['input'];
  request: SystemRequest;
};


export type MutationBillMilestoneArgs = {
  input: MilestoneBillingInput;
  request: SystemRequest;
};


export type MutationClosePeriodArgs = {
  legalEntityId: Scalars['String']['input'];
  period: Scalars['String']['input'];
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


export type MutationPostRevenueArgs = {
  amount: Scalars['Decimal']['input'];
  cumulative: Scalars['Decimal']['input'];
  currency: Scalars['String']['input'];
  method: Scalars['String']['input'];
  period: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  request: SystemRequest;
};


export type MutationPostTimeArgs = {
  entries: Array<TimePostingInput>;
  request: SystemRequest;
};


export type MutationRecordExchangeRatesArgs = {
  rates: Array<ExchangeRateInput>;
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

/** What a period close of one project starts from. */
export type PeriodLedger = {
  __typename?: 'PeriodLedger';
  /** The period's cost accrual; null when there is none. */
  accruedInPeriod: Maybe<Scalars['Decimal']['output']>;
  currency: Scalars['String']['output'];
  legalEntityId: Scalars['String']['output'];
  /** Σ revenue postings of the periods before. */
  postedBefore: Scalars['Decimal']['output'];
  /** The period's revenue posting; null when there is none. */
  postedInPeriod: Maybe<Scalars['Decimal']['output']>;
  projectId: Scalars['ID']['output'];
};

/** A page of period ledgers, by project. */
export type PeriodLedgerPage = {
  __typename?: 'PeriodLedgerPage';
  /** Pass as `after` for the next page; null on the last one. */
  endCursor: Maybe<Scalars['String']['output']>;
  ledgers: Array<PeriodLedger>;
};

/** The ERP's financial dimension of a PSA project. */
export type ProjectDimension = {
  __typename?: 'ProjectDimension';
  currency: Scalars['String']['output'];
  erpId: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

/** How many TIME cost postings the ERP holds for a project. */
export type ProjectPostingCount = {
  __typename?: 'ProjectPostingCount';
  postings: Scalars['Int']['output'];
  projectId: Scalars['ID']['output'];
};

/** Counts per project, and whether more exist than were returned. */
export type ProjectPostingCountPage = {
  __typename?: 'ProjectPostingCountPage';
  items: Array<ProjectPostingCount>;
  truncated: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The status of a period for one legal entity, or for every legal entity the ERP books. */
  accountingPeriods: Array<AccountingPeriod>;
  /** Billing totals of a project; null when the ERP does not know the project. */
  billingSummary: Maybe<BillingSummary>;
  /** The rate in force for a pair and type on a date (docs/kpis.md, Currencies); null when the ERP holds none. */
  exchangeRate: Maybe<ExchangeRate>;
  /** Reconciliation: invoices (not voided) whose total is not Σ lines or not Σ their billing events' items; at most `first` (1 to 5000). */
  invoiceTotalMismatches: InvoiceDriftPage;
  /** Reconciliation: the billing items of every milestone billed on more than one item; at most `first` (1 to 5000). */
  milestonesBilledTwice: MilestoneBillingPage;
  /** Reconciliation: invoices Paid In Full whose payments do not add up to their total; at most `first` (1 to 5000). */
  paidInvoicesShort: InvoiceDriftPage;
  /** The ERP projects of these legal entities, ordered by project, with their revenue postings around `period`; at most `first` (1 to 500) after `after`. */
  periodLedgers: PeriodLedgerPage;
  /** The period a posting of a project dated `date` falls in; null when the ERP does not know the project. */
  postingPeriod: Maybe<AccountingPeriod>;
  /** The ERP dimension of a PSA project; null when the ERP does not know the project. */
  projectDimension: Maybe<ProjectDimension>;
  /** The rate card row for a role in a region priced in `currency` (ISO 4217) in force on a date; null when none covers it (a card in another currency never does). */
  rateCard: Maybe<RateCard>;
  /** Reconciliation: every rate card row; at most `first` (1 to 5000). */
  rateCards: ReconciliationRateCardPage;
  /** Reconciliation: every ERP project, ordered by ERP id; at most `first` (1 to 5000). */
  reconciliationProjects: ReconciliationErpProjectPage;
  /** Reconciliation: the ids the store holds of `entityType` (Customer (ERP customers; the hub id is their CRM account's), Project (ERP project dimensions; the hub id is their PSA project's), Invoice), in id order: at most `first` (1 to 5000) after `after`, or only those of `ids` (at most 5000) it holds. */
  storedIds: StoredIdPage;
  /** Reconciliation: per project, the TIME cost postings the ERP holds (reversed ones left out); at most `first` (1 to 5000) projects. */
  timeCostPostingCounts: ProjectPostingCountPage;
};


export type QueryAccountingPeriodsArgs = {
  legalEntityId?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};


export type QueryBillingSummaryArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryExchangeRateArgs = {
  date: Scalars['Date']['input'];
  from: Scalars['String']['input'];
  rateType: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


export type QueryInvoiceTotalMismatchesArgs = {
  first: Scalars['Int']['input'];
};


export type QueryMilestonesBilledTwiceArgs = {
  first: Scalars['Int']['input'];
};


export type QueryPaidInvoicesShortArgs = {
  first: Scalars['Int']['input'];
};


export type QueryPeriodLedgersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
  legalEntityIds: Array<Scalars['String']['input']>;
  period: Scalars['String']['input'];
};


export type QueryPostingPeriodArgs = {
  date: Scalars['Date']['input'];
  projectId: Scalars['ID']['input'];
};


export type QueryProjectDimensionArgs = {
  projectId: Scalars['ID']['input'];
};


export type QueryRateCardArgs = {
  currency: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  region: Scalars['String']['input'];
  role: Scalars['String']['input'];
};


export type QueryRateCardsArgs = {
  first: Scalars['Int']['input'];
};


export type QueryReconciliationProjectsArgs = {
  first: Scalars['Int']['input'];
};


export type QueryStoredIdsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityType: Scalars['String']['input'];
  first: Scalars['Int']['input'];
  ids?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type QueryTimeCostPostingCountsArgs = {
  first: Scalars['Int']['input'];
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

/** An ERP project as reconciliation compares it with the PSA (docs/reconciliation.md). */
export type ReconciliationErpProject = {
  __typename?: 'ReconciliationErpProject';
  currency: Scalars['String']['output'];
  /** Hub id of the CRM account of its ERP customer. */
  customerId: Maybe<Scalars['ID']['output']>;
  /** The ERP's own id (PJ-…). */
  erpId: Scalars['String']['output'];
  /** Hub id of the PSA project it is the dimension of. */
  projectId: Scalars['ID']['output'];
  /** OPEN or CLOSED. */
  status: Scalars['String']['output'];
};

/** ERP projects, and whether more exist than were returned. */
export type ReconciliationErpProjectPage = {
  __typename?: 'ReconciliationErpProjectPage';
  items: Array<ReconciliationErpProject>;
  truncated: Scalars['Boolean']['output'];
};

/** A rate card row with its ERP id. */
export type ReconciliationRateCard = {
  __typename?: 'ReconciliationRateCard';
  billRate: Scalars['Decimal']['output'];
  currency: Scalars['String']['output'];
  effectiveFrom: Scalars['Date']['output'];
  effectiveTo: Maybe<Scalars['Date']['output']>;
  id: Scalars['String']['output'];
  region: Scalars['String']['output'];
  role: Scalars['String']['output'];
};

/** Rate cards, and whether more exist than were returned. */
export type ReconciliationRateCardPage = {
  __typename?: 'ReconciliationRateCardPage';
  items: Array<ReconciliationRateCard>;
  truncated: Scalars['Boolean']['output'];
};

export type ScheduleLinesInput = {
  changeOrderId: Scalars['ID']['input'];
  currency: Scalars['String']['input'];
  lines: Array<BillingScheduleLineInput>;
  projectId: Scalars['ID']['input'];
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
  AccountingPeriod: ResolverTypeWrapper<AccountingPeriod>;
  BillingScheduleLineInput: BillingScheduleLineInput;
  BillingSummary: ResolverTypeWrapper<BillingSummary>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CostAccrualItemInput: CostAccrualItemInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  EnsureCustomerInput: EnsureCustomerInput;
  EntityChange: ResolverTypeWrapper<EntityChange>;
  ExchangeRate: ResolverTypeWrapper<ExchangeRate>;
  ExchangeRateInput: ExchangeRateInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InvoiceDrift: ResolverTypeWrapper<InvoiceDrift>;
  InvoiceDriftPage: ResolverTypeWrapper<InvoiceDriftPage>;
  MilestoneBilling: ResolverTypeWrapper<MilestoneBilling>;
  MilestoneBillingInput: MilestoneBillingInput;
  MilestoneBillingPage: ResolverTypeWrapper<MilestoneBillingPage>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenProjectInput: OpenProjectInput;
  PeriodLedger: ResolverTypeWrapper<PeriodLedger>;
  PeriodLedgerPage: ResolverTypeWrapper<PeriodLedgerPage>;
  ProjectDimension: ResolverTypeWrapper<ProjectDimension>;
  ProjectPostingCount: ResolverTypeWrapper<ProjectPostingCount>;
  ProjectPostingCountPage: ResolverTypeWrapper<ProjectPostingCountPage>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateCard: ResolverTypeWrapper<RateCard>;
  ReconciliationErpProject: ResolverTypeWrapper<ReconciliationErpProject>;
  ReconciliationErpProjectPage: ResolverTypeWrapper<ReconciliationErpProjectPage>;
  ReconciliationRateCard: ResolverTypeWrapper<ReconciliationRateCard>;
  ReconciliationRateCardPage: ResolverTypeWrapper<ReconciliationRateCardPage>;
  ScheduleLinesInput: ScheduleLinesInput;
  StoredId: ResolverTypeWrapper<StoredId>;
  StoredIdPage: ResolverTypeWrapper<StoredIdPage>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SystemRequest: SystemRequest;
  TimePostingInput: TimePostingInput;
  UserError: ResolverTypeWrapper<UserError>;
  WriteResult: ResolverTypeWrapper<WriteResult>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AccountingPeriod: AccountingPeriod;
  BillingScheduleLineInput: BillingScheduleLineInput;
  BillingSummary: BillingSummary;
  Boolean: Scalars['Boolean']['output'];
  CostAccrualItemInput: CostAccrualItemInput;
  Date: Scalars['Date']['output'];
  Decimal: Scalars['Decimal']['output'];
  EnsureCustomerInput: EnsureCustomerInput;
  EntityChange: EntityChange;
  ExchangeRate: ExchangeRate;
  ExchangeRateInput: ExchangeRateInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  InvoiceDrift: InvoiceDrift;
  InvoiceDriftPage: InvoiceDriftPage;
  MilestoneBilling: MilestoneBilling;
  MilestoneBillingInput: MilestoneBillingInput;
  MilestoneBillingPage: MilestoneBillingPage;
  Mutation: Record<PropertyKey, never>;
  OpenProjectInput: OpenProjectInput;
  PeriodLedger: PeriodLedger;
  PeriodLedgerPage: PeriodLedgerPage;
  ProjectDimension: ProjectDimension;
  ProjectPostingCount: ProjectPostingCount;
  ProjectPostingCountPage: ProjectPostingCountPage;
  Query: Record<PropertyKey, never>;
  RateCard: RateCard;
  ReconciliationErpProject: ReconciliationErpProject;
  ReconciliationErpProjectPage: ReconciliationErpProjectPage;
  ReconciliationRateCard: ReconciliationRateCard;
  ReconciliationRateCardPage: ReconciliationRateCardPage;
  ScheduleLinesInput: ScheduleLinesInput;
  StoredId: StoredId;
  StoredIdPage: StoredIdPage;
  String: Scalars['String']['output'];
  SystemRequest: SystemRequest;
  TimePostingInput: TimePostingInput;
  UserError: UserError;
  WriteResult: WriteResult;
}>;

export type AccountingPeriodResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['AccountingPeriod'] = ResolversParentTypes['AccountingPeriod']> = ResolversObject<{
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  closingAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legalEntityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ExchangeRateResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate']> = ResolversObject<{
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rateType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvoiceDriftResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['InvoiceDrift'] = ResolversParentTypes['InvoiceDrift']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  erpId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  lines?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  projectId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type InvoiceDriftPageResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['InvoiceDriftPage'] = ResolversParentTypes['InvoiceDriftPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['InvoiceDrift']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MilestoneBillingResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['MilestoneBilling'] = ResolversParentTypes['MilestoneBilling']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  billingEventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  invoiceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  milestoneId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MilestoneBillingPageResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['MilestoneBillingPage'] = ResolversParentTypes['MilestoneBillingPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['MilestoneBilling']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  accrueCost?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationAccrueCostArgs, 'currency' | 'items' | 'period' | 'projectId' | 'request'>>;
  addScheduleLines?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationAddScheduleLinesArgs, 'input' | 'request'>>;
  beginPeriodClose?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationBeginPeriodCloseArgs, 'legalEntityId' | 'period' | 'request'>>;
  billMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationBillMilestoneArgs, 'input' | 'request'>>;
  closePeriod?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationClosePeriodArgs, 'legalEntityId' | 'period' | 'request'>>;
  ensureCustomer?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationEnsureCustomerArgs, 'input' | 'request'>>;
  issueInvoice?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationIssueInvoiceArgs, 'issueDate' | 'projectId' | 'request'>>;
  openProject?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationOpenProjectArgs, 'input' | 'request'>>;
  postRevenue?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationPostRevenueArgs, 'amount' | 'cumulative' | 'currency' | 'method' | 'period' | 'projectId' | 'request'>>;
  postTime?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationPostTimeArgs, 'entries' | 'request'>>;
  recordExchangeRates?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRecordExchangeRatesArgs, 'rates' | 'request'>>;
  recordPayment?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'amount' | 'invoiceId' | 'paymentDate' | 'request'>>;
  releaseBilling?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationReleaseBillingArgs, 'projectId' | 'request'>>;
  removeProject?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveProjectArgs, 'projectId' | 'request'>>;
  removeScheduleLines?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationRemoveScheduleLinesArgs, 'changeOrderId' | 'projectId' | 'request'>>;
  unbillMilestone?: Resolver<ResolversTypes['WriteResult'], ParentType, ContextType, RequireFields<MutationUnbillMilestoneArgs, 'milestoneId' | 'projectId' | 'request'>>;
}>;

export type PeriodLedgerResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['PeriodLedger'] = ResolversParentTypes['PeriodLedger']> = ResolversObject<{
  accruedInPeriod?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalEntityId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postedBefore?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  postedInPeriod?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PeriodLedgerPageResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['PeriodLedgerPage'] = ResolversParentTypes['PeriodLedgerPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ledgers?: Resolver<Array<ResolversTypes['PeriodLedger']>, ParentType, ContextType>;
}>;

export type ProjectDimensionResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ProjectDimension'] = ResolversParentTypes['ProjectDimension']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  erpId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProjectPostingCountResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ProjectPostingCount'] = ResolversParentTypes['ProjectPostingCount']> = ResolversObject<{
  postings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProjectPostingCountPageResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ProjectPostingCountPage'] = ResolversParentTypes['ProjectPostingCountPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ProjectPostingCount']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  accountingPeriods?: Resolver<Array<ResolversTypes['AccountingPeriod']>, ParentType, ContextType, RequireFields<QueryAccountingPeriodsArgs, 'period'>>;
  billingSummary?: Resolver<Maybe<ResolversTypes['BillingSummary']>, ParentType, ContextType, RequireFields<QueryBillingSummaryArgs, 'projectId'>>;
  exchangeRate?: Resolver<Maybe<ResolversTypes['ExchangeRate']>, ParentType, ContextType, RequireFields<QueryExchangeRateArgs, 'date' | 'from' | 'rateType' | 'to'>>;
  invoiceTotalMismatches?: Resolver<ResolversTypes['InvoiceDriftPage'], ParentType, ContextType, RequireFields<QueryInvoiceTotalMismatchesArgs, 'first'>>;
  milestonesBilledTwice?: Resolver<ResolversTypes['MilestoneBillingPage'], ParentType, ContextType, RequireFields<QueryMilestonesBilledTwiceArgs, 'first'>>;
  paidInvoicesShort?: Resolver<ResolversTypes['InvoiceDriftPage'], ParentType, ContextType, RequireFields<QueryPaidInvoicesShortArgs, 'first'>>;
  periodLedgers?: Resolver<ResolversTypes['PeriodLedgerPage'], ParentType, ContextType, RequireFields<QueryPeriodLedgersArgs, 'first' | 'legalEntityIds' | 'period'>>;
  postingPeriod?: Resolver<Maybe<ResolversTypes['AccountingPeriod']>, ParentType, ContextType, RequireFields<QueryPostingPeriodArgs, 'date' | 'projectId'>>;
  projectDimension?: Resolver<Maybe<ResolversTypes['ProjectDimension']>, ParentType, ContextType, RequireFields<QueryProjectDimensionArgs, 'projectId'>>;
  rateCard?: Resolver<Maybe<ResolversTypes['RateCard']>, ParentType, ContextType, RequireFields<QueryRateCardArgs, 'currency' | 'date' | 'region' | 'role'>>;
  rateCards?: Resolver<ResolversTypes['ReconciliationRateCardPage'], ParentType, ContextType, RequireFields<QueryRateCardsArgs, 'first'>>;
  reconciliationProjects?: Resolver<ResolversTypes['ReconciliationErpProjectPage'], ParentType, ContextType, RequireFields<QueryReconciliationProjectsArgs, 'first'>>;
  storedIds?: Resolver<ResolversTypes['StoredIdPage'], ParentType, ContextType, RequireFields<QueryStoredIdsArgs, 'entityType' | 'first'>>;
  timeCostPostingCounts?: Resolver<ResolversTypes['ProjectPostingCountPage'], ParentType, ContextType, RequireFields<QueryTimeCostPostingCountsArgs, 'first'>>;
}>;

export type RateCardResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['RateCard'] = ResolversParentTypes['RateCard']> = ResolversObject<{
  billRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReconciliationErpProjectResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ReconciliationErpProject'] = ResolversParentTypes['ReconciliationErpProject']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  erpId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReconciliationErpProjectPageResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ReconciliationErpProjectPage'] = ResolversParentTypes['ReconciliationErpProjectPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ReconciliationErpProject']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type ReconciliationRateCardResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ReconciliationRateCard'] = ResolversParentTypes['ReconciliationRateCard']> = ResolversObject<{
  billRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReconciliationRateCardPageResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['ReconciliationRateCardPage'] = ResolversParentTypes['ReconciliationRateCardPage']> = ResolversObject<{
  items?: Resolver<Array<ResolversTypes['ReconciliationRateCard']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StoredIdResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['StoredId'] = ResolversParentTypes['StoredId']> = ResolversObject<{
  hubId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoredIdPageResolvers<ContextType = FinanceSystemContext, ParentType extends ResolversParentTypes['StoredIdPage'] = ResolversParentTypes['StoredIdPage']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['StoredId']>, ParentType, ContextType>;
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
  AccountingPeriod?: AccountingPeriodResolvers<ContextType>;
  BillingSummary?: BillingSummaryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  EntityChange?: EntityChangeResolvers<ContextType>;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  InvoiceDrift?: InvoiceDriftResolvers<ContextType>;
  InvoiceDriftPage?: InvoiceDriftPageResolvers<ContextType>;
  MilestoneBilling?: MilestoneBillingResolvers<ContextType>;
  MilestoneBillingPage?: MilestoneBillingPageResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PeriodLedger?: PeriodLedgerResolvers<ContextType>;
  PeriodLedgerPage?: PeriodLedgerPageResolvers<ContextType>;
  ProjectDimension?: ProjectDimensionResolvers<ContextType>;
  ProjectPostingCount?: ProjectPostingCountResolvers<ContextType>;
  ProjectPostingCountPage?: ProjectPostingCountPageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateCard?: RateCardResolvers<ContextType>;
  ReconciliationErpProject?: ReconciliationErpProjectResolvers<ContextType>;
  ReconciliationErpProjectPage?: ReconciliationErpProjectPageResolvers<ContextType>;
  ReconciliationRateCard?: ReconciliationRateCardResolvers<ContextType>;
  ReconciliationRateCardPage?: ReconciliationRateCardPageResolvers<ContextType>;
  StoredId?: StoredIdResolvers<ContextType>;
  StoredIdPage?: StoredIdPageResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WriteResult?: WriteResultResolvers<ContextType>;
}>;

