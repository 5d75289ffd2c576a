import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { InvoiceRecord, InvoiceLineRecord, PaymentRecord, ReceivablesRecord, RateCardRecord } from '../connector/types.ts';
import type { EntityRef } from '../../shared/entity.ts';
import type { ProjectReference } from '../resolvers/Project.ts';
import type { PortfolioReference } from '../resolvers/PortfolioSummary.ts';
import type { PeriodReference } from '../resolvers/PortfolioPeriod.ts';
import type { FinancialFigures } from '../../shared/kpi.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { ExchangeRateRecord } from '../connector/rates.ts';
import type { TimeEntryReference } from '../resolvers/TimeEntry.ts';
import type { FinanceContext } from '../context.ts';
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

export type Customer = {
  __typename?: 'Customer';
  /** Hub id of the customer (from its CRM account id). */
  id: Scalars['ID']['output'];
  /** Invoices to this customer; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  invoices: Maybe<Array<Invoice>>;
  /** What this customer owes (from the ERP); null when it has no ERP customer, and (with an UPSTREAM_UNAVAILABLE error) when the ERP did not answer. */
  receivables: Maybe<Receivables>;
};

export type DeliveryTotals = {
  __typename?: 'DeliveryTotals';
  approvedHours: Scalars['Decimal']['output'];
  approvedMilestoneValue: Money;
  billableApprovedHours: Scalars['Decimal']['output'];
  billableExpenseValue: Money;
  billableTimeValue: Money;
  cost: Money;
  remainingPlannedHours: Scalars['Decimal']['output'];
};

/** An exchange rate the ERP holds: one unit of `from` is worth `rate` units of `to`. */
export type ExchangeRate = {
  __typename?: 'ExchangeRate';
  /** The day it takes effect (for a monthly average, the month's last day). */
  effectiveDate: Scalars['Date']['output'];
  /** ISO 4217 code of the currency converted from. */
  from: Scalars['String']['output'];
  /** Units of `to` per unit of `from`, an exact decimal (at most 6 digits before and 10 after the point). */
  rate: Scalars['Decimal']['output'];
  /** Daily, monthly average or closing. */
  rateType: ExchangeRateType;
  /** ISO 4217 code of the currency converted to. */
  to: Scalars['String']['output'];
};

/** A page of exchange rates. */
export type ExchangeRateConnection = {
  __typename?: 'ExchangeRateConnection';
  /** The exchange rates of this page, each with its cursor. */
  edges: Array<ExchangeRateEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many exchange rates match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One exchange rate in a page, with its cursor. */
export type ExchangeRateEdge = {
  __typename?: 'ExchangeRateEdge';
  /** Opaque cursor of this rate: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The exchange rate. */
  node: ExchangeRate;
};

/** Narrows the exchange rates; every condition given must hold. */
export type ExchangeRateFilter = {
  /** Only rates from this ISO 4217 currency, e.g. EUR. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only the rate in force on this day for each pair and type (see ExchangeRateType). */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Only rates of this type. */
  rateType?: InputMaybe<ExchangeRateType>;
  /** Only rates to this ISO 4217 currency, e.g. USD. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Which of the ERP's exchange rates a figure uses (docs/kpis.md, Currencies). */
export type ExchangeRateType =
  /** The rate at a period end (usually a month's last day); in force from its effective date until the next one. */
  | 'CLOSING'
  /** The rate of one day; in force from its effective date until the next one. */
  | 'DAILY'
  /** The average of a month, recorded with the month's last day as its effective date; in force for every day of that month only. */
  | 'MONTHLY_AVERAGE';

/** An entity's id in one system of record. */
export type ExternalRef = {
  __typename?: 'ExternalRef';
  /** The entity's id in that system, exactly as it stores it (case-sensitive). */
  nativeId: Scalars['String']['output'];
  /** The system of record. */
  system: SourceSystem;
};

/** A rate a portfolio's figures were converted at. */
export type FxRate = {
  __typename?: 'FxRate';
  /** ISO 4217 code of the project currency converted from. */
  from: Scalars['String']['output'];
  /** Units of `to` per unit of `from`, as the ERP holds it. */
  rate: Scalars['Decimal']['output'];
  /** The effective date of the rate used. */
  rateDate: Scalars['Date']['output'];
  /** Which rate: MONTHLY_AVERAGE for income and cost, CLOSING for balances (docs/kpis.md, Currencies). */
  rateType: ExchangeRateType;
  /** ISO 4217 code of the reporting currency converted to. */
  to: Scalars['String']['output'];
};

/** An invoice (ERP). */
export type Invoice = {
  __typename?: 'Invoice';
  /** Open balance: total less payments while issued or partially paid; zero for drafts and paid or void invoices. */
  balance: Money;
  /** The customer invoiced; null, with an UPSTREAM_UNAVAILABLE error at this path, when the CRM (the customers service) did not answer. */
  customer: Maybe<Customer>;
  /** When payment is due; null for a draft. */
  dueDate: Maybe<Scalars['Date']['output']>;
  /** The ERP's own status label. */
  erpStatus: Scalars['String']['output'];
  /** This invoice's ids in every system of record. */
  externalRefs: Array<ExternalRef>;
  /** Hub id of the invoice (from its ERP id). */
  id: Scalars['ID']['output'];
  /** When it was issued; null for a draft. */
  issueDate: Maybe<Scalars['Date']['output']>;
  /** What is billed, line by line. */
  lines: Array<InvoiceLine>;
  /** Unique invoice number. */
  number: Scalars['String']['output'];
  /** True when open (issued or partially paid) and past its due date on the business date. */
  overdue: Scalars['Boolean']['output'];
  /** Payments received, oldest first. */
  payments: Array<Payment>;
  /** The project invoiced; null for an invoice not tied to one project. */
  project: Maybe<Project>;
  /** Canonical status. */
  status: InvoiceStatus;
  /** Invoice total. */
  total: Money;
};

/** A page of invoices. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The invoices of this page, each with its cursor. */
  edges: Array<InvoiceEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many invoices match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One invoice in a page, with its cursor. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor of this invoice: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
};

/** Narrows an invoice list; every condition given must hold. */
export type InvoiceFilter = {
  /** Only this customer's invoices (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Open (issued or partially paid) with a due date before the business date. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only this project's invoices (hub id). */
  projectId?: InputMaybe<Scalars['ID']['input']>;
  /** Only invoices in this canonical status. */
  status?: InputMaybe<InvoiceStatus>;
};

/** One line of an invoice. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** Line amount. */
  amount: Money;
  /** What the line bills, as printed on the invoice. */
  description: Scalars['String']['output'];
  /** TIME, EXPENSE, MILESTONE or ADJUSTMENT. */
  kind: Scalars['String']['output'];
};

/** Canonical invoice state; overdue is derived from the due date. */
export type InvoiceStatus =
  | 'DRAFT'
  | 'ISSUED'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

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

/** A payment received against an invoice. */
export type Payment = {
  __typename?: 'Payment';
  /** Amount received, in the invoice currency. */
  amount: Money;
  /** When it was received. */
  date: Scalars['Date']['output'];
  /** Hub id of the payment (from its ERP id). */
  id: Scalars['ID']['output'];
};

/** The portfolio's per-project inputs as of one day. */
export type PeriodCheckpoint = {
  __typename?: 'PeriodCheckpoint';
  asOf: Scalars['Date']['output'];
  rollup: Array<ProjectRollup>;
};

export type PortfolioPeriod = {
  __typename?: 'PortfolioPeriod';
  /** Σ each project's backlog as of the period end (never below zero per project); null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  backlog: Maybe<Money>;
  /** Σ invoices issued in the period (not void), by issue date; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  billed: Maybe<Money>;
  /** Σ each project's billing beyond its contract value as of the period end; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  billedInAdvance: Maybe<Money>;
  /** Σ contract value as of the period end, at the CLOSING rate in force on it; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  bookings: Maybe<Money>;
  checkpoints: Array<PeriodCheckpoint>;
  /** Σ approved cost dated in the period. Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  cost: Maybe<Money>;
  /** Every exchange rate the period's figures were converted at: each month's MONTHLY_AVERAGE for the flows and the CLOSING rate in force on the period end for the balances, per project currency (none when every project is in the reporting currency). A rate the ERP does not hold is a BAD_USER_INPUT error naming `currency`, with the pair and date. */
  fx: Array<FxRate>;
  key: Scalars['ID']['output'];
  /** recognizedRevenue − cost of the period. Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  margin: Maybe<Money>;
  /** margin ÷ recognizedRevenue of the period; null when nothing is recognized in it, and (with a FORBIDDEN error) for callers without the admin, analyst or finance role. */
  marginPct: Maybe<Scalars['Float']['output']>;
  /** Σ revenue recognized in the period: cumulative as of its end less cumulative as of the day before it starts, per project; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  recognizedRevenue: Maybe<Money>;
  /** Σ approved billable work not yet invoiced as of the period end; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  unbilledWip: Maybe<Money>;
  /** Σ each finished project's contract value released unused as of the period end; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  unconsumedContractValue: Maybe<Money>;
};

export type PortfolioSummary = {
  __typename?: 'PortfolioSummary';
  /** Σ of each project's backlog (what remains to bill of open projects, never below zero: one project's billing in advance does not net against another's backlog); null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  backlog: Maybe<Money>;
  /** Σ issued invoices (not void) to date; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  billed: Maybe<Money>;
  /** Σ of each project's billing beyond its contract value; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  billedInAdvance: Maybe<Money>;
  /** Σ contract value of those projects, each converted from its currency at the CLOSING rate in force on the business date (a balance; docs/kpis.md, Currencies); null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service, which holds the rates) did not answer. */
  bookings: Maybe<Money>;
  /** Σ approved time at cost plus approved expenses. Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  cost: Maybe<Money>;
  /** Every exchange rate the portfolio's money figures were converted at, one per project currency and rate type (none when every project is in the reporting currency). A rate the ERP does not hold is a BAD_USER_INPUT error naming `currency`, with the pair and date, never a rate of 1. */
  fx: Array<FxRate>;
  key: Scalars['ID']['output'];
  /** recognizedRevenue − cost. Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  margin: Maybe<Money>;
  /** margin ÷ recognizedRevenue; null when nothing is recognized, and (with a FORBIDDEN error) for callers without the admin, analyst or finance role. */
  marginPct: Maybe<Scalars['Float']['output']>;
  /** Σ revenue recognized to date; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  recognizedRevenue: Maybe<Money>;
  rollup: Array<ProjectRollup>;
  /** Σ approved billable work not yet invoiced; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  unbilledWip: Maybe<Money>;
  /** Σ of each finished project's unconsumed contract value (released unused); null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  unconsumedContractValue: Maybe<Money>;
};

export type Project = {
  __typename?: 'Project';
  /** How the work is billed. */
  billingModel: BillingModel;
  bookings: Money;
  deliveryTotals: DeliveryTotals;
  /** The project's financial position from the ERP and approved work; null for a project the ERP does not know, and (with an UPSTREAM_UNAVAILABLE error) when the ERP did not answer. */
  financials: Maybe<ProjectFinancials>;
  /** Hub id of the project (from its PSA id). */
  id: Scalars['ID']['output'];
  /** Invoices for this project; null, with an UPSTREAM_UNAVAILABLE error at this path, when the ERP (the finance service) did not answer. */
  invoices: Maybe<Array<Invoice>>;
  /** Canonical status: a finished project carries no backlog, and a delivered fixed fee is 100 % complete. */
  status: ProjectStatus;
};

/** A project's financial position as the ERP values it, per the KPI formulas in docs/kpis.md. */
export type ProjectFinancials = {
  __typename?: 'ProjectFinancials';
  /** What remains to bill of the contract value while the project is open (PLANNED, ACTIVE or ON_HOLD): bookings − billedToDate, never below zero (billing beyond bookings is billedInAdvance); zero once the project is COMPLETED, CANCELLED or CLOSED (see unconsumedContractValue). */
  backlog: Money;
  /** Billing beyond the contract value: billedToDate − bookings when positive, else zero. Never shown as negative backlog. */
  billedInAdvance: Money;
  /** Issued invoices (not void) to date. */
  billedToDate: Money;
  /** Contract value. */
  bookings: Money;
  /** costToDate ÷ bookings; null without bookings, and (with a FORBIDDEN error) for callers without the admin, analyst or finance role. */
  burnPct: Maybe<Scalars['Float']['output']>;
  /** Approved time at cost plus approved expenses. Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  costToDate: Maybe<Money>;
  /** Is the project open for postings in the ERP (OPEN or CLOSED). */
  erpStatus: Maybe<Scalars['String']['output']>;
  /** What the ERP has posted of this project (its revenue ledger and cost postings, written by period close and time posting) beside the hub's figures above, and the gap between them (docs/kpis.md). */
  ledger: ProjectLedger;
  /** recognizedRevenue − costToDate. Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  margin: Maybe<Money>;
  /** margin ÷ recognizedRevenue; null when nothing is recognized, and (with a FORBIDDEN error) for callers without the admin, analyst or finance role. */
  marginPct: Maybe<Scalars['Float']['output']>;
  /** Revenue recognized to date, by billing model (docs/kpis.md). */
  recognizedRevenue: Money;
  /** Approved billable time, expenses and approved milestones not yet invoiced. */
  unbilledWip: Money;
  /** Of a COMPLETED, CANCELLED or CLOSED project, the contract value released unused: bookings − the greater of billedToDate and recognizedRevenue, never below zero; zero while the project is open (it is backlog then). */
  unconsumedContractValue: Money;
};

/**
 * A project as the ERP's ledger has it: revenue posted by period close (closePeriod), cost posted from
 * approved time, and what the hub counts that the ledger does not yet hold (approved work not yet
 * recognized or posted: the timing gap). Unposted = the hub's figure − posted; negative when the ledger
 * holds more than the hub (such as revenue posted before the estimate fell).
 */
export type ProjectLedger = {
  __typename?: 'ProjectLedger';
  /** The cost accrued at the latest period close: approved cost dated in or before that period that the ERP had not posted; null before the first accrual, and (with a FORBIDDEN error) for callers without the admin, analyst or finance role. */
  accruedCost: Maybe<Money>;
  /** The period of accruedCost (YYYY-MM); null before the first accrual. */
  accruedPeriod: Maybe<Scalars['String']['output']>;
  /** Σ cost postings of the ERP (posted time and expenses). Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  costPosted: Maybe<Money>;
  /** The latest period with a revenue posting (YYYY-MM); null before the first. */
  postedThrough: Maybe<Scalars['String']['output']>;
  /** Σ revenue postings (the ERP's revenue events, one per period). */
  revenuePosted: Money;
  /** costToDate (the hub's) − costPosted: approved cost the ERP has not posted. Null, with a FORBIDDEN error at this path, for callers without the admin, analyst or finance role. */
  unpostedCost: Maybe<Money>;
  /** recognizedRevenue (the hub's, as of now) − revenuePosted: revenue of work the next period close will post. */
  unpostedRevenue: Money;
};

export type ProjectRollup = {
  __typename?: 'ProjectRollup';
  billingModel: BillingModel;
  bookings: Money;
  delivery: DeliveryTotals;
  projectId: Scalars['ID']['output'];
  status: ProjectStatus;
};

/** Canonical project state: PLANNED → ACTIVE ⇄ ON_HOLD → COMPLETED | CANCELLED → CLOSED. */
export type ProjectStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'ON_HOLD'
  | 'PLANNED';

/** What can be read: each subgraph adds its own root fields. */
export type Query = {
  __typename?: 'Query';
  /** The ERP's exchange rates ordered by pair, rate type and effective date (docs/kpis.md, Currencies). Any internal caller (admin, analyst, delivery, finance); portal users get a FORBIDDEN error: rates are market data, not a price list (docs/security.md). */
  exchangeRates: ExchangeRateConnection;
  /** An invoice by hub id; null when none exists. */
  invoice: Maybe<Invoice>;
  /** Invoices ordered by ERP id. */
  invoices: InvoiceConnection;
  /** Rate cards (the ERP's price list) ordered by ERP id. Only callers with the admin or finance role; others get a FORBIDDEN error and no answer (docs/security.md). */
  rateCards: RateCardConnection;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryExchangeRatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExchangeRateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InvoiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryRateCardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RateCardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The bill rate per hour of a role in a region over a period (the ERP's price list). */
export type RateCard = {
  __typename?: 'RateCard';
  /** Bill rate per hour. */
  billRate: Money;
  /** First day it applies. */
  effectiveFrom: Scalars['Date']['output'];
  /** Last day it applies (inclusive); null while open-ended. */
  effectiveTo: Maybe<Scalars['Date']['output']>;
  /** Hub id of the rate card (from its ERP id). */
  id: Scalars['ID']['output'];
  /** The delivery region it applies in, e.g. North America. */
  region: Scalars['String']['output'];
  /** The role it prices, e.g. Senior Consultant. */
  role: Scalars['String']['output'];
};

/** A page of rate cards. */
export type RateCardConnection = {
  __typename?: 'RateCardConnection';
  /** The rate cards of this page, each with its cursor. */
  edges: Array<RateCardEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many rate cards match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One rate card in a page, with its cursor. */
export type RateCardEdge = {
  __typename?: 'RateCardEdge';
  /** Opaque cursor of this rate card: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The rate card. */
  node: RateCard;
};

/** Narrows a rate card list; every condition given must hold. */
export type RateCardFilter = {
  /** Only rate cards in force on this day: effective from it or earlier, to it or later (or open-ended). */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only this region, exactly as the ERP names it, e.g. North America. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only this rate-card role, exactly as the ERP names it, e.g. Senior Consultant. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Money owed by a customer. */
export type Receivables = {
  __typename?: 'Receivables';
  /** Open balance of issued invoices. */
  balance: Money;
  /** Days sales outstanding over the last 90 days: balance ÷ billed in the window × 90. */
  dso: Maybe<Scalars['Float']['output']>;
  /** Open balance past its due date. */
  overdue: Money;
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
  date: Scalars['Date']['output'];
  /** The bill rate per hour of the rate card covering the entry's role, its project's region, in its project's currency, on the work date: what the entry should have been valued at (compare billRate). Null when no rate card covers it (a card in another currency never does; or the entry has no role or region), and (with a FORBIDDEN error at this path) for callers without the admin or finance role. */
  expectedBillRate: Maybe<Money>;
  /** Hub id of the time entry (from its PSA timecard id). */
  id: Scalars['ID']['output'];
  rateCardCurrency: Maybe<Scalars['String']['output']>;
  rateCardRegion: Maybe<Scalars['String']['output']>;
  rateCardRole: Maybe<Scalars['String']['output']>;
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
  Customer: Customer;
  Invoice: Invoice;
  PortfolioPeriod: PortfolioPeriod;
  PortfolioSummary: PortfolioSummary;
  Project: Project;
  TimeEntry: TimeEntry;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Invoice:
    ( { __typename: 'Invoice' }
    & GraphQLRecursivePick<FederationTypes['Invoice'], {"id":true}> );
  PortfolioPeriod:
    ( { __typename: 'PortfolioPeriod' }
    & GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"key":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"checkpoints":{"asOf":true,"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}}> ) );
  PortfolioSummary:
    ( { __typename: 'PortfolioSummary' }
    & GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"key":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"rollup":{"projectId":true,"status":true,"billingModel":true,"bookings":{"amount":true,"currency":true},"delivery":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}}> ) );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Project'], {"billingModel":true,"status":true,"bookings":{"amount":true,"currency":true},"deliveryTotals":{"approvedHours":true,"remainingPlannedHours":true,"billableTimeValue":{"amount":true,"currency":true},"billableExpenseValue":{"amount":true,"currency":true},"cost":{"amount":true,"currency":true},"approvedMilestoneValue":{"amount":true,"currency":true}}}> ) );
  TimeEntry:
    ( { __typename: 'TimeEntry' }
    & GraphQLRecursivePick<FederationTypes['TimeEntry'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['TimeEntry'], {"date":true,"rateCardRole":true,"rateCardRegion":true,"rateCardCurrency":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BillingModel: BillingModel;
  Customer: ResolverTypeWrapper<EntityRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeliveryTotals: ResolverTypeWrapper<DeliveryTotals>;
  ExchangeRate: ResolverTypeWrapper<ExchangeRateRecord>;
  ExchangeRateConnection: ResolverTypeWrapper<Connection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ExchangeRateEdge: ResolverTypeWrapper<Omit<ExchangeRateEdge, 'node'> & { node: ResolversTypes['ExchangeRate'] }>;
  ExchangeRateFilter: ExchangeRateFilter;
  ExchangeRateType: ExchangeRateType;
  ExternalRef: ResolverTypeWrapper<ExternalRef>;
  FxRate: ResolverTypeWrapper<FxRate>;
  Invoice: ResolverTypeWrapper<InvoiceRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  InvoiceConnection: ResolverTypeWrapper<Connection>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceFilter: InvoiceFilter;
  InvoiceLine: ResolverTypeWrapper<InvoiceLineRecord>;
  InvoiceStatus: InvoiceStatus;
  Money: ResolverTypeWrapper<Money>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentRecord>;
  PeriodCheckpoint: ResolverTypeWrapper<PeriodCheckpoint>;
  PortfolioPeriod: ResolverTypeWrapper<PeriodReference>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PortfolioSummary: ResolverTypeWrapper<PortfolioReference>;
  Project: ResolverTypeWrapper<ProjectReference>;
  ProjectFinancials: ResolverTypeWrapper<FinancialFigures>;
  ProjectLedger: ResolverTypeWrapper<ProjectLedger>;
  ProjectRollup: ResolverTypeWrapper<ProjectRollup>;
  ProjectStatus: ProjectStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RateCard: ResolverTypeWrapper<RateCardRecord>;
  RateCardConnection: ResolverTypeWrapper<Connection>;
  RateCardEdge: ResolverTypeWrapper<Omit<RateCardEdge, 'node'> & { node: ResolversTypes['RateCard'] }>;
  RateCardFilter: RateCardFilter;
  Receivables: ResolverTypeWrapper<ReceivablesRecord>;
  SourceSystem: SourceSystem;
  TimeEntry: ResolverTypeWrapper<TimeEntryReference>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Customer: EntityRef;
  ID: Scalars['ID']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeliveryTotals: DeliveryTotals;
  ExchangeRate: ExchangeRateRecord;
  ExchangeRateConnection: Connection;
  Int: Scalars['Int']['output'];
  ExchangeRateEdge: Omit<ExchangeRateEdge, 'node'> & { node: ResolversParentTypes['ExchangeRate'] };
  ExchangeRateFilter: ExchangeRateFilter;
  ExternalRef: ExternalRef;
  FxRate: FxRate;
  Invoice: InvoiceRecord;
  Boolean: Scalars['Boolean']['output'];
  InvoiceConnection: Connection;
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceFilter: InvoiceFilter;
  InvoiceLine: InvoiceLineRecord;
  Money: Money;
  PageInfo: PageInfo;
  Payment: PaymentRecord;
  PeriodCheckpoint: PeriodCheckpoint;
  PortfolioPeriod: PeriodReference;
  Float: Scalars['Float']['output'];
  PortfolioSummary: PortfolioReference;
  Project: ProjectReference;
  ProjectFinancials: FinancialFigures;
  ProjectLedger: ProjectLedger;
  ProjectRollup: ProjectRollup;
  Query: Record<PropertyKey, never>;
  RateCard: RateCardRecord;
  RateCardConnection: Connection;
  RateCardEdge: Omit<RateCardEdge, 'node'> & { node: ResolversParentTypes['RateCard'] };
  RateCardFilter: RateCardFilter;
  Receivables: ReceivablesRecord;
  TimeEntry: TimeEntryReference;
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CustomerResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Maybe<Array<ResolversTypes['Invoice']>>, ParentType, ContextType>;
  receivables?: Resolver<Maybe<ResolversTypes['Receivables']>, ParentType, ContextType>;
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

export type DeliveryTotalsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['DeliveryTotals'] = ResolversParentTypes['DeliveryTotals']> = ResolversObject<{
  approvedHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  approvedMilestoneValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billableApprovedHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  billableExpenseValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billableTimeValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  remainingPlannedHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ExchangeRateResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExchangeRate'] = ResolversParentTypes['ExchangeRate']> = ResolversObject<{
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rateType?: Resolver<ResolversTypes['ExchangeRateType'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExchangeRateConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExchangeRateConnection'] = ResolversParentTypes['ExchangeRateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExchangeRateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExchangeRateEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExchangeRateEdge'] = ResolversParentTypes['ExchangeRateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExchangeRate'], ParentType, ContextType>;
}>;

export type ExternalRefResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExternalRef'] = ResolversParentTypes['ExternalRef']> = ResolversObject<{
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type FxRateResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FxRate'] = ResolversParentTypes['FxRate']> = ResolversObject<{
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  rateDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rateType?: Resolver<ResolversTypes['ExchangeRateType'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice'], FederationReferenceType extends FederationReferenceTypes['Invoice'] = FederationReferenceTypes['Invoice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invoice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  erpStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  externalRefs?: Resolver<Array<ResolversTypes['ExternalRef']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type InvoiceConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvoiceEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
}>;

export type InvoiceLineResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PeriodCheckpointResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PeriodCheckpoint'] = ResolversParentTypes['PeriodCheckpoint']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rollup?: Resolver<Array<ResolversTypes['ProjectRollup']>, ParentType, ContextType>;
}>;

export type PortfolioPeriodResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PortfolioPeriod'] = ResolversParentTypes['PortfolioPeriod'], FederationReferenceType extends FederationReferenceTypes['PortfolioPeriod'] = FederationReferenceTypes['PortfolioPeriod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PortfolioPeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  backlog?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  billed?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  billedInAdvance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  bookings?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  fx?: Resolver<Array<ResolversTypes['FxRate']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  margin?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  marginPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recognizedRevenue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unbilledWip?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unconsumedContractValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type PortfolioSummaryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PortfolioSummary'] = ResolversParentTypes['PortfolioSummary'], FederationReferenceType extends FederationReferenceTypes['PortfolioSummary'] = FederationReferenceTypes['PortfolioSummary']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PortfolioSummary']> | FederationReferenceType, FederationReferenceType, ContextType>;
  backlog?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  billed?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  billedInAdvance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  bookings?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  cost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  fx?: Resolver<Array<ResolversTypes['FxRate']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  margin?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  marginPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recognizedRevenue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unbilledWip?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unconsumedContractValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  financials?: Resolver<Maybe<ResolversTypes['ProjectFinancials']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Maybe<Array<ResolversTypes['Invoice']>>, ParentType, ContextType>;
}>;

export type ProjectFinancialsResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ProjectFinancials'] = ResolversParentTypes['ProjectFinancials']> = ResolversObject<{
  backlog?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billedInAdvance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billedToDate?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  burnPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  costToDate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  erpStatus?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['ProjectLedger'], ParentType, ContextType>;
  margin?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  marginPct?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  recognizedRevenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unbilledWip?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unconsumedContractValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ProjectLedgerResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ProjectLedger'] = ResolversParentTypes['ProjectLedger']> = ResolversObject<{
  accruedCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  accruedPeriod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  costPosted?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  postedThrough?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revenuePosted?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unpostedCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unpostedRevenue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ProjectRollupResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ProjectRollup'] = ResolversParentTypes['ProjectRollup']> = ResolversObject<{
  billingModel?: Resolver<ResolversTypes['BillingModel'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['DeliveryTotals'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  exchangeRates?: Resolver<ResolversTypes['ExchangeRateConnection'], ParentType, ContextType, Partial<QueryExchangeRatesArgs>>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, Partial<QueryInvoicesArgs>>;
  rateCards?: Resolver<ResolversTypes['RateCardConnection'], ParentType, ContextType, Partial<QueryRateCardsArgs>>;
}>;

export type RateCardResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RateCard'] = ResolversParentTypes['RateCard']> = ResolversObject<{
  billRate?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  effectiveTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RateCardConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RateCardConnection'] = ResolversParentTypes['RateCardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RateCardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RateCardEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RateCardEdge'] = ResolversParentTypes['RateCardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RateCard'], ParentType, ContextType>;
}>;

export type ReceivablesResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Receivables'] = ResolversParentTypes['Receivables']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  dso?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type TimeEntryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry'], FederationReferenceType extends FederationReferenceTypes['TimeEntry'] = FederationReferenceTypes['TimeEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TimeEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expectedBillRate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeliveryTotals?: DeliveryTotalsResolvers<ContextType>;
  ExchangeRate?: ExchangeRateResolvers<ContextType>;
  ExchangeRateConnection?: ExchangeRateConnectionResolvers<ContextType>;
  ExchangeRateEdge?: ExchangeRateEdgeResolvers<ContextType>;
  ExternalRef?: ExternalRefResolvers<ContextType>;
  FxRate?: FxRateResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PeriodCheckpoint?: PeriodCheckpointResolvers<ContextType>;
  PortfolioPeriod?: PortfolioPeriodResolvers<ContextType>;
  PortfolioSummary?: PortfolioSummaryResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectFinancials?: ProjectFinancialsResolvers<ContextType>;
  ProjectLedger?: ProjectLedgerResolvers<ContextType>;
  ProjectRollup?: ProjectRollupResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RateCard?: RateCardResolvers<ContextType>;
  RateCardConnection?: RateCardConnectionResolvers<ContextType>;
  RateCardEdge?: RateCardEdgeResolvers<ContextType>;
  Receivables?: ReceivablesResolvers<ContextType>;
  TimeEntry?: TimeEntryResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FinanceContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
