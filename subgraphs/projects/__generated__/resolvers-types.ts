import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ProjectRecord, MilestoneRecord, AssignmentRecord, ResourceRequestRecord, TimeEntryRecord, ExpenseRecord, ChangeOrderRecord, DeliveryTotalsRecord, ForeignExpenseRecord, WorkerHoursRecord } from '../connector/types.ts';
import type { PortfolioScope, ProjectRollupSource, PortfolioStaffingSource } from '../resolvers/PortfolioSummary.ts';
import type { PortfolioPeriodSource } from '../resolvers/PortfolioPeriod.ts';
import type { PeriodCheckpointSource } from '../resolvers/PeriodCheckpoint.ts';
import type { EntityRef } from '../../shared/entity.ts';
import type { ConsultantReference } from '../resolvers/Consultant.ts';
import type { Connection } from '../../shared/pagination.ts';
import type { ProjectsContext } from '../context.ts';
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

/** A consultant staffed on a project. */
export type Assignment = {
  __typename?: 'Assignment';
  /** Share of the consultant's capacity, in percent. */
  allocationPct: Scalars['Float']['output'];
  /** The consultant staffed; null, with an UPSTREAM_UNAVAILABLE error at this path, when the HCM (the resources service) did not answer. */
  consultant: Maybe<Consultant>;
  /** Last day of the assignment. */
  endDate: Scalars['Date']['output'];
  /** Hub id of the assignment (from its PSA id). */
  id: Scalars['ID']['output'];
  /** Hours planned over the assignment, as a decimal string. */
  plannedHours: Scalars['Decimal']['output'];
  /** The project. */
  project: Project;
  /** The rate-card role the consultant plays, e.g. Senior Consultant. */
  role: Scalars['String']['output'];
  /** First day of the assignment. */
  startDate: Scalars['Date']['output'];
  /** TENTATIVE, SCHEDULED or CLOSED. */
  status: Scalars['String']['output'];
};

/** How a project or opportunity is billed. */
export type BillingModel =
  | 'FIXED_FEE'
  | 'MILESTONE'
  | 'RETAINER'
  | 'TIME_AND_MATERIALS';

export type Capacity = {
  __typename?: 'Capacity';
  activeFrom: Maybe<Scalars['Date']['output']>;
  activeTo: Maybe<Scalars['Date']['output']>;
  timeOff: Array<TimeOff>;
  utilizationTarget: Maybe<Scalars['Float']['output']>;
  /** Contracted hours per week, as a decimal string. */
  weeklyHours: Scalars['Decimal']['output'];
};

/** A change to a project's scope and value. */
export type ChangeOrder = {
  __typename?: 'ChangeOrder';
  /** Change of the contract value; may be negative. */
  deltaBookings: Maybe<Money>;
  /** Change of the budgeted hours, as a decimal string; may be negative. */
  deltaBudgetHours: Maybe<Scalars['Decimal']['output']>;
  /** Hub id of the change order (from its PSA id). */
  id: Scalars['ID']['output'];
  /** Why the scope changes. */
  reason: Maybe<Scalars['String']['output']>;
  /** DRAFT, SUBMITTED, IN_FINANCIAL_REVIEW, APPROVED, REJECTED or APPLIED. */
  status: Scalars['String']['output'];
};

export type Consultant = {
  __typename?: 'Consultant';
  /** This consultant's assignments on projects; null, with an UPSTREAM_UNAVAILABLE error at this path, when the PSA (the projects service) did not answer. */
  assignments: Maybe<Array<Assignment>>;
  /** Working capacity and time off. */
  capacity: Capacity;
  /** Hub id of the consultant (from the HCM worker id). */
  id: Scalars['ID']['output'];
  /** Billable utilization over a window: billable approved hours ÷ available hours, both counting only days the consultant was employed (docs/kpis.md). Null, with a FORBIDDEN error at this path, for callers without the admin, analyst, delivery or finance role. */
  utilization: Maybe<Utilization>;
};


export type ConsultantUtilizationArgs = {
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
};

/** One consultant's billable hours in a portfolio window. */
export type ConsultantHours = {
  __typename?: 'ConsultantHours';
  /** Billable approved hours, as a decimal string. */
  billableHours: Scalars['Decimal']['output'];
  /** Hub id of the consultant. */
  consultantId: Scalars['ID']['output'];
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
  /** Projects for this customer; null, with an UPSTREAM_UNAVAILABLE error at this path, when the PSA (the projects service) did not answer. */
  projects: Maybe<Array<Project>>;
};

/** Approved work on a project (approved, posted, billed and invoiced records), valued at the rates on each record. */
export type DeliveryTotals = {
  __typename?: 'DeliveryTotals';
  approvedHours: Scalars['Decimal']['output'];
  /** Amounts of approved milestones. */
  approvedMilestoneValue: Money;
  billableApprovedHours: Scalars['Decimal']['output'];
  /** Billable approved expenses in the project's currency (those in another currency are in foreignExpenses). */
  billableExpenseValue: Money;
  /** Billable approved hours × the bill rate on each entry. */
  billableTimeValue: Money;
  /** Approved hours × the cost rate on each entry, plus approved expenses in the project's currency. */
  cost: Money;
  /** Approved expenses incurred in another currency than the project's, each as incurred (oldest first): the PSA holds no exchange rates, so finance converts each one at the ERP's DAILY rate in force on its date and adds it to the billable expense value and the cost (docs/kpis.md, Inputs). */
  foreignExpenses: Array<ForeignExpense>;
  /** Planned hours of the project's assignments not yet covered by approved hours (never below zero); zero once the project is COMPLETED or CLOSED, so that the estimate at completion is the actual. */
  remainingPlannedHours: Scalars['Decimal']['output'];
};

/** An out-of-pocket cost on a project. */
export type Expense = {
  __typename?: 'Expense';
  /** Amount spent. */
  amount: Money;
  /** Whether it is billed to the customer. */
  billable: Scalars['Boolean']['output'];
  /** The PSA expense category, e.g. Airfare, Lodging, Meals. */
  category: Scalars['String']['output'];
  /** Who spent it; null, with an UPSTREAM_UNAVAILABLE error at this path, when the HCM (the resources service) did not answer. */
  consultant: Maybe<Consultant>;
  /** When it was incurred. */
  date: Scalars['Date']['output'];
  /** Hub id of the expense (from its PSA id). */
  id: Scalars['ID']['output'];
  /** DRAFT, SUBMITTED, APPROVED or REJECTED. */
  status: Scalars['String']['output'];
};

/** An entity's id in one system of record. */
export type ExternalRef = {
  __typename?: 'ExternalRef';
  /** The entity's id in that system, exactly as it stores it (case-sensitive). */
  nativeId: Scalars['String']['output'];
  /** The system of record. */
  system: SourceSystem;
};

/** An approved expense in another currency than its project's, as the PSA holds it. */
export type ForeignExpense = {
  __typename?: 'ForeignExpense';
  /** The amount as incurred, exact in its own currency. */
  amount: Money;
  /** Whether it is billed to the customer. */
  billable: Scalars['Boolean']['output'];
  /** When it was incurred: the day whose DAILY rate converts it. */
  date: Scalars['Date']['output'];
};

/** Project health as the project manager rates it. */
export type Health =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

/** A deliverable with a date and, for fixed-fee and milestone billing, an amount. */
export type Milestone = {
  __typename?: 'Milestone';
  /** When it was completed; null until then. */
  actualDate: Maybe<Scalars['Date']['output']>;
  /** Amount billed on approval; null when the milestone bills nothing. */
  amount: Maybe<Money>;
  /** When it is due. */
  dueDate: Maybe<Scalars['Date']['output']>;
  /** Hub id of the milestone (from its PSA id). */
  id: Scalars['ID']['output'];
  /** What is delivered. */
  name: Scalars['String']['output'];
  /** True when the client must sign it off before it is approved and billed. */
  requiresSignOff: Scalars['Boolean']['output'];
  /** When the client signed it off; null until then. */
  signedOffAt: Maybe<Scalars['DateTime']['output']>;
  /** PLANNED, OPEN, COMPLETED or APPROVED. */
  status: Scalars['String']['output'];
};

/** An exact amount of money. */
export type Money = {
  __typename?: 'Money';
  /** Exact decimal amount in the currency's major unit. */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

export type Opportunity = {
  __typename?: 'Opportunity';
  /** Hub id of the opportunity (from its CRM id). */
  id: Scalars['ID']['output'];
  /** The project this opportunity became, once converted; null before that, and (with an UPSTREAM_UNAVAILABLE error) when the PSA did not answer. */
  project: Maybe<Project>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of this page, for `after`; null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The portfolio's per-project inputs as of one day. */
export type PeriodCheckpoint = {
  __typename?: 'PeriodCheckpoint';
  /** The day: records dated on or before it count. */
  asOf: Scalars['Date']['output'];
  rollup: Array<ProjectRollup>;
};

/** Selects the projects of a portfolio and its utilization window. */
export type PortfolioFilter = {
  /** Only this customer's projects (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Start of the utilization window (default: 90 days before `to`). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only projects of this practice. */
  practice?: InputMaybe<Scalars['String']['input']>;
  /** Only projects delivered in this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only projects in this canonical status. */
  status?: InputMaybe<ProjectStatus>;
  /** End of the utilization window (default: the business date). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** One period of a portfolio trend (Query.portfolioTrend); its money is the finance service's. */
export type PortfolioPeriod = {
  __typename?: 'PortfolioPeriod';
  /** Per-project inputs as of the day before the period starts, as of each month end inside it and as of its end (oldest first). Hidden from the public graph: only the gateway reads it, for finance's @requires. */
  checkpoints: Array<PeriodCheckpoint>;
  /** First day of the period, clipped to the trend's range. */
  from: Scalars['Date']['output'];
  /** The normalized filter, currency and bounds this period was computed for. */
  key: Scalars['ID']['output'];
  /** The calendar period: YYYY-MM for a month, YYYY-Qn for a quarter. */
  period: Scalars['String']['output'];
  /** How many projects the filter selects. */
  projectCount: Scalars['Int']['output'];
  /** The HCM's available hours and employment dates of each consultant in `staffing`. */
  staffCapacity: Array<StaffCapacity>;
  /** Billable hours per consultant on these projects in the period. */
  staffing: PortfolioStaffing;
  /** Last day of the period, clipped to the trend's range: the day its balances are as of. */
  to: Scalars['Date']['output'];
  /** Σ billable approved hours the consultants worked on these projects on days they were employed in the period ÷ Σ their available hours in it, as PortfolioSummary.utilization over the period's days; null when nothing is available. */
  utilization: Maybe<Scalars['Float']['output']>;
};

/** Who worked billable hours on a portfolio's projects in a window. */
export type PortfolioStaffing = {
  __typename?: 'PortfolioStaffing';
  /** Each consultant with billable hours on these projects in the window. */
  consultants: Array<ConsultantHours>;
  /** First day of the utilization window. */
  from: Scalars['Date']['output'];
  /** Last day of the utilization window. */
  to: Scalars['Date']['output'];
};

/** Portfolio KPIs over the projects a filter selects. */
export type PortfolioSummary = {
  __typename?: 'PortfolioSummary';
  /** Per-project inputs as of the end of each month in which the project has approved work, before the business date's month (oldest first), for the projects not in the reporting currency only, each checkpoint holding the projects with work in its month (in a month without, a project's inputs are the previous month end's): finance converts their income and cost to date month by month (docs/kpis.md, Currencies). Hidden from the public graph: only the gateway reads it, for finance's @requires. */
  history: Array<PeriodCheckpoint>;
  /** The normalized filter this summary was computed for. */
  key: Scalars['ID']['output'];
  /** How many projects the filter selects. */
  projectCount: Scalars['Int']['output'];
  /** Per-project inputs the finance KPIs start from. Hidden from the public graph: only the gateway reads it, for finance's @requires. */
  rollup: Array<ProjectRollup>;
  /** The HCM's available hours and employment dates of each consultant in `staffing`. */
  staffCapacity: Array<StaffCapacity>;
  /** Billable hours per consultant on these projects in the utilization window. */
  staffing: PortfolioStaffing;
  /** Σ billable approved hours the consultants worked on these projects on days they were employed in the window ÷ Σ their available hours in the window (docs/kpis.md), rounded once to four decimals; null when nothing is available. */
  utilization: Maybe<Scalars['Float']['output']>;
};

/** A delivery project (PSA). */
export type Project = {
  __typename?: 'Project';
  /** Consultants staffed on it. */
  assignments: Array<Assignment>;
  /** How the work is billed. */
  billingModel: BillingModel;
  /** Contract value. */
  bookings: Money;
  /** Budgeted hours, as a decimal string; null without a budget. */
  budgetHours: Maybe<Scalars['Decimal']['output']>;
  /** Changes to scope and value. */
  changeOrders: Array<ChangeOrder>;
  /** True when no more time may be logged. */
  closedForTime: Scalars['Boolean']['output'];
  /** Short project code. */
  code: Scalars['String']['output'];
  /** The contract it delivers; null when none is linked. */
  contract: Maybe<Contract>;
  /** The customer the project is for; null, with an UPSTREAM_UNAVAILABLE error at this path, when the CRM (the customers service) did not answer. */
  customer: Maybe<Customer>;
  /** Totals of approved work that the finance KPIs start from. Hidden from the public graph: only the gateway reads it, for finance's @requires. */
  deliveryTotals: DeliveryTotals;
  /** Planned or actual end. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Out-of-pocket costs. */
  expenses: Array<Expense>;
  /** This project's ids in every system of record (PSA, ERP). */
  externalRefs: Array<ExternalRef>;
  /** Health as the project manager rates it. */
  health: Health;
  /** Hub id of the project (from its PSA id). */
  id: Scalars['ID']['output'];
  /** Deliverables, by due date. */
  milestones: Array<Milestone>;
  /** Project name. */
  name: Scalars['String']['output'];
  /** The opportunity it was converted from; null when created directly. */
  opportunity: Maybe<Opportunity>;
  /** The practice delivering the project. */
  practice: Maybe<Scalars['String']['output']>;
  /** The consultant managing it; null when none is named. */
  projectManager: Maybe<Consultant>;
  /** The PSA's own status label. */
  psaStatus: Scalars['String']['output'];
  /** Delivery region. */
  region: Maybe<Scalars['String']['output']>;
  /** Open and past requests for staff. */
  resourceRequests: Array<ResourceRequest>;
  /** Planned or actual start. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** Canonical status. */
  status: ProjectStatus;
  /** Time entries ordered by date, then id. */
  timeEntries: TimeEntryConnection;
};


/** A delivery project (PSA). */
export type ProjectTimeEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TimeEntryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of projects. */
export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  /** The projects of this page, each with its cursor. */
  edges: Array<ProjectEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many projects match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One project in a page, with its cursor. */
export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  /** Opaque cursor of this project: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: Project;
};

/** Narrows a project list; every condition given must hold. */
export type ProjectFilter = {
  /** Only this customer's projects (hub id). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only projects of this practice. */
  practice?: InputMaybe<Scalars['String']['input']>;
  /** Only projects delivered in this region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Only projects in this canonical status. */
  status?: InputMaybe<ProjectStatus>;
};

/** One project's delivery figures in a portfolio. */
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
  /**
   * Portfolio KPIs across the projects the filter selects, in the reporting currency `currency` (an ISO
   * 4217 code; default: the group's functional currency, OPSGRAPH_REPORTING_CURRENCY, USD unless set).
   * The ERP's figures are converted per project from the project's currency (income and cost to date
   * month by month, each month's part at that month's average rate, as portfolioTrend converts it;
   * balances at the closing rate in force on the business date; docs/kpis.md, Currencies) and `fx`
   * lists the rates used. A code that is not ISO 4217 is a BAD_USER_INPUT error naming `currency`.
   */
  portfolio: PortfolioSummary;
  /**
   * The portfolio period by period, for charts: one PortfolioPeriod per calendar month or quarter
   * (`interval`, default MONTH) from `from` to `to`, each clipped to that range, in the reporting
   * currency `currency` (as for `portfolio`). Flows (billed, revenue, cost, margin) are what happened in
   * the period, cumulative as of its end less cumulative as of the day before it starts, converted at
   * each month's MONTHLY_AVERAGE; balances (bookings, backlog, unbilled WIP) are as of the period end at
   * the CLOSING rate in force on it (docs/kpis.md, Trend). `filter` selects the projects as for
   * `portfolio`, without its window (`filter.from`, `filter.to`): the trend's range is `from`..`to`.
   * BAD_USER_INPUT naming the argument: `from` after `to`, `to` after the business date, more than 36
   * months or 12 quarters (`to`), a code that is not ISO 4217 (`currency`).
   */
  portfolioTrend: Array<PortfolioPeriod>;
  /** A project by hub id; null when none exists. */
  project: Maybe<Project>;
  /** Projects ordered by PSA id. */
  projects: ProjectConnection;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryPortfolioArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PortfolioFilter>;
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryPortfolioTrendArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PortfolioFilter>;
  from: Scalars['Date']['input'];
  interval?: InputMaybe<TrendInterval>;
  to: Scalars['Date']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: each subgraph adds its own root fields. */
export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A request for staff on a project. */
export type ResourceRequest = {
  __typename?: 'ResourceRequest';
  /** When the person is needed until. */
  endDate: Maybe<Scalars['Date']['output']>;
  /** Hours requested, as a decimal string. */
  hours: Scalars['Decimal']['output'];
  /** Hub id of the request (from its PSA id). */
  id: Scalars['ID']['output'];
  /** The role requested. */
  role: Scalars['String']['output'];
  /** Skills the person needs. */
  skills: Array<Scalars['String']['output']>;
  /** When the person is needed from. */
  startDate: Maybe<Scalars['Date']['output']>;
  /** DRAFT, READY_TO_STAFF, HOLD, TENTATIVE, ASSIGNED or CANCELLED. */
  status: Scalars['String']['output'];
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

/** Hours a consultant worked on a project on one day. */
export type TimeEntry = {
  __typename?: 'TimeEntry';
  /** The bill rate per hour the entry was valued at (the rate card's rate for its role, the project's region and the project's currency on the work date, as logged), in the project's currency. Null, with a FORBIDDEN error at this path, for callers without the admin or finance role. */
  billRate: Maybe<Money>;
  /** Whether the hours are billed to the customer. */
  billable: Scalars['Boolean']['output'];
  /** Who worked; null, with an UPSTREAM_UNAVAILABLE error at this path, when the HCM (the resources service) did not answer. */
  consultant: Maybe<Consultant>;
  /** The cost rate per hour the entry was valued at (the consultant's HCM cost rate on the work date, converted from its currency at the ERP's DAILY rate in force on the work date when it differs, as logged), in the project's currency. Null, with a FORBIDDEN error at this path, for callers without the admin or finance role. */
  costRate: Maybe<Money>;
  /** The day worked. */
  date: Scalars['Date']['output'];
  /** Hours worked, as a decimal string. */
  hours: Scalars['Decimal']['output'];
  /** Hub id of the time entry (from its PSA timecard id). */
  id: Scalars['ID']['output'];
  /** What was done; null when nothing was noted. */
  notes: Maybe<Scalars['String']['output']>;
  /** The project's currency, the rate card's currency: a project is priced by the cards in its own currency. Hidden from the public graph: only the gateway reads it, for finance's @requires. */
  rateCardCurrency: Maybe<Scalars['String']['output']>;
  /** The project's delivery region, part of the rate card's scope; null when the project has none. Hidden from the public graph: only the gateway reads it, for finance's @requires. */
  rateCardRegion: Maybe<Scalars['String']['output']>;
  /** The rate-card role the entry is billed under: its assignment's role, or for an entry recorded without one, the role of the consultant's assignment on the project covering the work date; null when none does. Hidden from the public graph: only the gateway reads it, for finance's @requires. */
  rateCardRole: Maybe<Scalars['String']['output']>;
  /** Canonical status. */
  status: TimeEntryStatus;
};

/** A page of time entries. */
export type TimeEntryConnection = {
  __typename?: 'TimeEntryConnection';
  /** The time entries of this page, each with its cursor. */
  edges: Array<TimeEntryEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many time entries match the filter, ignoring paging. */
  totalCount: Scalars['Int']['output'];
};

/** One time entry in a page, with its cursor. */
export type TimeEntryEdge = {
  __typename?: 'TimeEntryEdge';
  /** Opaque cursor of this time entry: pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The time entry. */
  node: TimeEntry;
};

/** Narrows a project's time entries; every condition given must hold. */
export type TimeEntryFilter = {
  /** Only this consultant's entries (hub id). */
  consultantId?: InputMaybe<Scalars['ID']['input']>;
  /** First day included. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only entries in this canonical status. */
  status?: InputMaybe<TimeEntryStatus>;
  /** Last day included. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Canonical time entry state; POSTED, BILLED and INVOICED follow approval. */
export type TimeEntryStatus =
  | 'APPROVED'
  | 'BILLED'
  | 'DRAFT'
  | 'INVOICED'
  | 'POSTED'
  | 'REJECTED'
  | 'SUBMITTED';

/** Hours off work on one day (leave or holiday). */
export type TimeOff = {
  __typename?: 'TimeOff';
  /** The day. */
  date: Scalars['Date']['output'];
  /** Hours off, as a decimal string. */
  hours: Scalars['Decimal']['output'];
};

/** How a trend buckets its range: calendar months or calendar quarters. */
export type TrendInterval =
  /** Calendar months, labelled YYYY-MM. */
  | 'MONTH'
  /** Calendar quarters (January–March is Q1), labelled YYYY-Qn. */
  | 'QUARTER';

/** Billable utilization over a window. */
export type Utilization = {
  __typename?: 'Utilization';
  /** billableHours ÷ (availableHours × target) from the exact hours, not from the rounded utilization, rounded once to four decimals, half away from zero; null without a target. */
  attainment: Maybe<Scalars['Float']['output']>;
  /** Weekly hours ÷ 5 on each workday of the window the consultant was employed (hire to termination date), less time off, leave and holidays, as a decimal string rounded once to a hundredth. */
  availableHours: Scalars['Decimal']['output'];
  /** Billable approved hours in the window on days the consultant was employed, on any project, as a decimal string. */
  billableHours: Scalars['Decimal']['output'];
  /** The consultant's target utilization as a fraction; null when none is set. */
  target: Maybe<Scalars['Float']['output']>;
  /** billableHours ÷ availableHours from the exact hours, rounded once to four decimals, half away from zero (0 when nothing is available). */
  utilization: Scalars['Float']['output'];
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
  Assignment: Assignment;
  ChangeOrder: ChangeOrder;
  Consultant: Consultant;
  Customer: Customer;
  Milestone: Milestone;
  Opportunity: Opportunity;
  PortfolioPeriod: PortfolioPeriod;
  PortfolioSummary: PortfolioSummary;
  Project: Project;
  TimeEntry: TimeEntry;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Assignment:
    ( { __typename: 'Assignment' }
    & GraphQLRecursivePick<FederationTypes['Assignment'], {"id":true}> );
  ChangeOrder:
    ( { __typename: 'ChangeOrder' }
    & GraphQLRecursivePick<FederationTypes['ChangeOrder'], {"id":true}> );
  Consultant:
    ( { __typename: 'Consultant' }
    & GraphQLRecursivePick<FederationTypes['Consultant'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Consultant'], {"capacity":{"weeklyHours":true,"utilizationTarget":true,"activeFrom":true,"activeTo":true,"timeOff":{"date":true,"hours":true}}}> ) );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Milestone:
    ( { __typename: 'Milestone' }
    & GraphQLRecursivePick<FederationTypes['Milestone'], {"id":true}> );
  Opportunity:
    ( { __typename: 'Opportunity' }
    & GraphQLRecursivePick<FederationTypes['Opportunity'], {"id":true}> );
  PortfolioPeriod:
    ( { __typename: 'PortfolioPeriod' }
    & GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"key":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PortfolioPeriod'], {"staffCapacity":{"consultantId":true,"availableHours":true,"activeFrom":true,"activeTo":true}}> ) );
  PortfolioSummary:
    ( { __typename: 'PortfolioSummary' }
    & GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"key":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['PortfolioSummary'], {"staffCapacity":{"consultantId":true,"availableHours":true,"activeFrom":true,"activeTo":true}}> ) );
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  TimeEntry:
    ( { __typename: 'TimeEntry' }
    & GraphQLRecursivePick<FederationTypes['TimeEntry'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Assignment: ResolverTypeWrapper<AssignmentRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BillingModel: BillingModel;
  Capacity: ResolverTypeWrapper<Capacity>;
  ChangeOrder: ResolverTypeWrapper<ChangeOrderRecord>;
  Consultant: ResolverTypeWrapper<ConsultantReference>;
  ConsultantHours: ResolverTypeWrapper<WorkerHoursRecord>;
  Contract: ResolverTypeWrapper<EntityRef>;
  Customer: ResolverTypeWrapper<EntityRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeliveryTotals: ResolverTypeWrapper<DeliveryTotalsRecord>;
  Expense: ResolverTypeWrapper<ExpenseRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ExternalRef: ResolverTypeWrapper<ExternalRef>;
  ForeignExpense: ResolverTypeWrapper<ForeignExpenseRecord>;
  Health: Health;
  Milestone: ResolverTypeWrapper<MilestoneRecord>;
  Money: ResolverTypeWrapper<Money>;
  Opportunity: ResolverTypeWrapper<EntityRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodCheckpoint: ResolverTypeWrapper<PeriodCheckpointSource>;
  PortfolioFilter: PortfolioFilter;
  PortfolioPeriod: ResolverTypeWrapper<PortfolioPeriodSource>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PortfolioStaffing: ResolverTypeWrapper<PortfolioStaffingSource>;
  PortfolioSummary: ResolverTypeWrapper<PortfolioScope>;
  Project: ResolverTypeWrapper<ProjectRecord>;
  ProjectConnection: ResolverTypeWrapper<Connection>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectFilter: ProjectFilter;
  ProjectRollup: ResolverTypeWrapper<ProjectRollupSource>;
  ProjectStatus: ProjectStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResourceRequest: ResolverTypeWrapper<ResourceRequestRecord>;
  SourceSystem: SourceSystem;
  StaffCapacity: ResolverTypeWrapper<StaffCapacity>;
  TimeEntry: ResolverTypeWrapper<TimeEntryRecord>;
  TimeEntryConnection: ResolverTypeWrapper<Connection>;
  TimeEntryEdge: ResolverTypeWrapper<Omit<TimeEntryEdge, 'node'> & { node: ResolversTypes['TimeEntry'] }>;
  TimeEntryFilter: TimeEntryFilter;
  TimeEntryStatus: TimeEntryStatus;
  TimeOff: ResolverTypeWrapper<TimeOff>;
  TrendInterval: TrendInterval;
  Utilization: ResolverTypeWrapper<Utilization>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Assignment: AssignmentRecord;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Capacity: Capacity;
  ChangeOrder: ChangeOrderRecord;
  Consultant: ConsultantReference;
  ConsultantHours: WorkerHoursRecord;
  Contract: EntityRef;
  Customer: EntityRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeliveryTotals: DeliveryTotalsRecord;
  Expense: ExpenseRecord;
  Boolean: Scalars['Boolean']['output'];
  ExternalRef: ExternalRef;
  ForeignExpense: ForeignExpenseRecord;
  Milestone: MilestoneRecord;
  Money: Money;
  Opportunity: EntityRef;
  PageInfo: PageInfo;
  PeriodCheckpoint: PeriodCheckpointSource;
  PortfolioFilter: PortfolioFilter;
  PortfolioPeriod: PortfolioPeriodSource;
  Int: Scalars['Int']['output'];
  PortfolioStaffing: PortfolioStaffingSource;
  PortfolioSummary: PortfolioScope;
  Project: ProjectRecord;
  ProjectConnection: Connection;
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectFilter: ProjectFilter;
  ProjectRollup: ProjectRollupSource;
  Query: Record<PropertyKey, never>;
  ResourceRequest: ResourceRequestRecord;
  StaffCapacity: StaffCapacity;
  TimeEntry: TimeEntryRecord;
  TimeEntryConnection: Connection;
  TimeEntryEdge: Omit<TimeEntryEdge, 'node'> & { node: ResolversParentTypes['TimeEntry'] };
  TimeEntryFilter: TimeEntryFilter;
  TimeOff: TimeOff;
  Utilization: Utilization;
  String: Scalars['String']['output'];
}>;

export type RequiresRoleDirectiveArgs = {
  roles: Array<Scalars['String']['input']>;
};

export type RequiresRoleDirectiveResolver<Result, Parent, ContextType = ProjectsContext, Args = RequiresRoleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AssignmentResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment'], FederationReferenceType extends FederationReferenceTypes['Assignment'] = FederationReferenceTypes['Assignment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Assignment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocationPct?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  consultant?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  plannedHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  project?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CapacityResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Capacity'] = ResolversParentTypes['Capacity']> = ResolversObject<{
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  timeOff?: Resolver<Array<ResolversTypes['TimeOff']>, ParentType, ContextType>;
  utilizationTarget?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  weeklyHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ChangeOrderResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ChangeOrder'] = ResolversParentTypes['ChangeOrder'], FederationReferenceType extends FederationReferenceTypes['ChangeOrder'] = FederationReferenceTypes['ChangeOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ChangeOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  deltaBookings?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  deltaBudgetHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsultantResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Consultant'] = ResolversParentTypes['Consultant'], FederationReferenceType extends FederationReferenceTypes['Consultant'] = FederationReferenceTypes['Consultant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Consultant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Maybe<Array<ResolversTypes['Assignment']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  utilization?: Resolver<Maybe<ResolversTypes['Utilization']>, ParentType, ContextType, RequireFields<ConsultantUtilizationArgs, 'from' | 'to'>>;
}>;

export type ConsultantHoursResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ConsultantHours'] = ResolversParentTypes['ConsultantHours']> = ResolversObject<{
  billableHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consultantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ContractResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projects?: Resolver<Maybe<Array<ResolversTypes['Project']>>, ParentType, ContextType>;
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

export type DeliveryTotalsResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['DeliveryTotals'] = ResolversParentTypes['DeliveryTotals']> = ResolversObject<{
  approvedHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  approvedMilestoneValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billableApprovedHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  billableExpenseValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billableTimeValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  foreignExpenses?: Resolver<Array<ResolversTypes['ForeignExpense']>, ParentType, ContextType>;
  remainingPlannedHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type ExpenseResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  consultant?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExternalRefResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ExternalRef'] = ResolversParentTypes['ExternalRef']> = ResolversObject<{
  nativeId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
}>;

export type ForeignExpenseResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ForeignExpense'] = ResolversParentTypes['ForeignExpense']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone'], FederationReferenceType extends FederationReferenceTypes['Milestone'] = FederationReferenceTypes['Milestone']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Milestone']> | FederationReferenceType, FederationReferenceType, ContextType>;
  actualDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresSignOff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  signedOffAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OpportunityResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'], FederationReferenceType extends FederationReferenceTypes['Opportunity'] = FederationReferenceTypes['Opportunity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Opportunity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PeriodCheckpointResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PeriodCheckpoint'] = ResolversParentTypes['PeriodCheckpoint']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  rollup?: Resolver<Array<ResolversTypes['ProjectRollup']>, ParentType, ContextType>;
}>;

export type PortfolioPeriodResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PortfolioPeriod'] = ResolversParentTypes['PortfolioPeriod'], FederationReferenceType extends FederationReferenceTypes['PortfolioPeriod'] = FederationReferenceTypes['PortfolioPeriod']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PortfolioPeriod']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checkpoints?: Resolver<Array<ResolversTypes['PeriodCheckpoint']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  staffing?: Resolver<ResolversTypes['PortfolioStaffing'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  utilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type PortfolioStaffingResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PortfolioStaffing'] = ResolversParentTypes['PortfolioStaffing']> = ResolversObject<{
  consultants?: Resolver<Array<ResolversTypes['ConsultantHours']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type PortfolioSummaryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['PortfolioSummary'] = ResolversParentTypes['PortfolioSummary'], FederationReferenceType extends FederationReferenceTypes['PortfolioSummary'] = FederationReferenceTypes['PortfolioSummary']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PortfolioSummary']> | FederationReferenceType, FederationReferenceType, ContextType>;
  history?: Resolver<Array<ResolversTypes['PeriodCheckpoint']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rollup?: Resolver<Array<ResolversTypes['ProjectRollup']>, ParentType, ContextType>;
  staffing?: Resolver<ResolversTypes['PortfolioStaffing'], ParentType, ContextType>;
  utilization?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  billingModel?: Resolver<ResolversTypes['BillingModel'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetHours?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  changeOrders?: Resolver<Array<ResolversTypes['ChangeOrder']>, ParentType, ContextType>;
  closedForTime?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  deliveryTotals?: Resolver<ResolversTypes['DeliveryTotals'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  expenses?: Resolver<Array<ResolversTypes['Expense']>, ParentType, ContextType>;
  externalRefs?: Resolver<Array<ResolversTypes['ExternalRef']>, ParentType, ContextType>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  projectManager?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType>;
  psaStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resourceRequests?: Resolver<Array<ResolversTypes['ResourceRequest']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
  timeEntries?: Resolver<ResolversTypes['TimeEntryConnection'], ParentType, ContextType, Partial<ProjectTimeEntriesArgs>>;
}>;

export type ProjectConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ProjectRollupResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ProjectRollup'] = ResolversParentTypes['ProjectRollup']> = ResolversObject<{
  billingModel?: Resolver<ResolversTypes['BillingModel'], ParentType, ContextType>;
  bookings?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  delivery?: Resolver<ResolversTypes['DeliveryTotals'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProjectStatus'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  portfolio?: Resolver<ResolversTypes['PortfolioSummary'], ParentType, ContextType, Partial<QueryPortfolioArgs>>;
  portfolioTrend?: Resolver<Array<ResolversTypes['PortfolioPeriod']>, ParentType, ContextType, RequireFields<QueryPortfolioTrendArgs, 'from' | 'interval' | 'to'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<ResolversTypes['ProjectConnection'], ParentType, ContextType, Partial<QueryProjectsArgs>>;
}>;

export type ResourceRequestResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['ResourceRequest'] = ResolversParentTypes['ResourceRequest']> = ResolversObject<{
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StaffCapacityResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['StaffCapacity'] = ResolversParentTypes['StaffCapacity']> = ResolversObject<{
  activeFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  activeTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  availableHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consultantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TimeEntryResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeEntry'] = ResolversParentTypes['TimeEntry'], FederationReferenceType extends FederationReferenceTypes['TimeEntry'] = FederationReferenceTypes['TimeEntry']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TimeEntry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billRate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  billable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consultant?: Resolver<Maybe<ResolversTypes['Consultant']>, ParentType, ContextType>;
  costRate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rateCardCurrency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rateCardRegion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rateCardRole?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TimeEntryStatus'], ParentType, ContextType>;
}>;

export type TimeEntryConnectionResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeEntryConnection'] = ResolversParentTypes['TimeEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimeEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TimeEntryEdgeResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeEntryEdge'] = ResolversParentTypes['TimeEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimeEntry'], ParentType, ContextType>;
}>;

export type TimeOffResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['TimeOff'] = ResolversParentTypes['TimeOff']> = ResolversObject<{
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  hours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type UtilizationResolvers<ContextType = ProjectsContext, ParentType extends ResolversParentTypes['Utilization'] = ResolversParentTypes['Utilization']> = ResolversObject<{
  attainment?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  availableHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  billableHours?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  utilization?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ProjectsContext> = ResolversObject<{
  Assignment?: AssignmentResolvers<ContextType>;
  Capacity?: CapacityResolvers<ContextType>;
  ChangeOrder?: ChangeOrderResolvers<ContextType>;
  Consultant?: ConsultantResolvers<ContextType>;
  ConsultantHours?: ConsultantHoursResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeliveryTotals?: DeliveryTotalsResolvers<ContextType>;
  Expense?: ExpenseResolvers<ContextType>;
  ExternalRef?: ExternalRefResolvers<ContextType>;
  ForeignExpense?: ForeignExpenseResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeriodCheckpoint?: PeriodCheckpointResolvers<ContextType>;
  PortfolioPeriod?: PortfolioPeriodResolvers<ContextType>;
  PortfolioStaffing?: PortfolioStaffingResolvers<ContextType>;
  PortfolioSummary?: PortfolioSummaryResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectRollup?: ProjectRollupResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResourceRequest?: ResourceRequestResolvers<ContextType>;
  StaffCapacity?: StaffCapacityResolvers<ContextType>;
  TimeEntry?: TimeEntryResolvers<ContextType>;
  TimeEntryConnection?: TimeEntryConnectionResolvers<ContextType>;
  TimeEntryEdge?: TimeEntryEdgeResolvers<ContextType>;
  TimeOff?: TimeOffResolvers<ContextType>;
  Utilization?: UtilizationResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ProjectsContext> = ResolversObject<{
  requiresRole?: RequiresRoleDirectiveResolver<any, any, ContextType>;
}>;
