/**
 * The demo data generator: a professional-services firm's CRM, PSA, HCM and ERP records for the
 * twelve months before a business date, plus planned future work, as rows of the four stores'
 * tables, and the client delivery platform's workspaces, work items and worklogs derived from them
 * (scripts/demo-data/delivery.ts). The figures tie together across systems (time → cost postings →
 * billing → invoices → payments, PSA time ↔ worklogs) except for a handful of deliberate,
 * documented inconsistencies (docs/demo-data.md).
 */
import type { DemoDomain } from '../../subgraphs/registry.ts';
import { salesforceId, toHubId } from '../../subgraphs/shared/ids.ts';
import { convertMinor, normalizeRate } from '../../subgraphs/shared/fx.ts';
import { currencyDigits, divideRounded, valueOfHours } from '../../subgraphs/shared/money.ts';
import { generateDeliveryData } from './delivery.ts';
import { createRandom, type Random } from './random.ts';

/** The domain stores the demo data seeds (`demoData` in the registry). */
export type { DemoDomain } from '../../subgraphs/registry.ts';

/** One table row: keys are exactly the table's column names. */
export type DemoRow = Record<string, string | number | null>;

/** Rows per table per domain store, in insertion order (xref last). */
export type DemoData = Record<DemoDomain, Record<string, DemoRow[]>>;

export interface DemoDataOptions {
  /** Seed of the pseudo-random generator; the same options always give the same data. */
  seed: number;
  /** Multiplies every count (workers, accounts, projects and what follows from them); 1 ≈ 100,000 time entries. */
  scale: number;
  /** The business date ("today"), YYYY-MM-DD: nothing is logged, posted or paid after it. */
  asOf: string;
}

/**
 * The demo's currencies and their price level (units per US dollar): rate cards, fees, expenses and
 * cost rates are priced in each one at that level, so a EUR project costs what a USD one would. KWD
 * has three decimals (ISO 4217), the others two.
 */
const PRICE_LEVEL = { USD: 1, EUR: 0.92, GBP: 0.79, KWD: 0.307 } as const;
type DemoCurrency = keyof typeof PRICE_LEVEL;
const CURRENCIES = Object.keys(PRICE_LEVEL) as DemoCurrency[];
/** The group's functional currency (OPSGRAPH_REPORTING_CURRENCY's default). */
const GROUP_CURRENCY: DemoCurrency = 'USD';

/** Minor units of `currency` per US cent, before the price level (KWD: 10 fils to the cent). */
function minorPerCent(currency: DemoCurrency): number {
  return 10 ** (currencyDigits(currency) - 2);
}

/** An amount priced in US cents, in `currency`'s minor units at its price level, rounded to `stepCents` (in cents) there. */
function priced(usdCents: number, currency: DemoCurrency, stepCents: number): number {
  return roundTo(usdCents * PRICE_LEVEL[currency] * minorPerCent(currency), stepCents * minorPerCent(currency));
}
/** Hours a full day counts (hundredths). */
const DAY_HOURS = 800;
const FIRM_DOMAIN = 'lakeviewconsulting.example';
/** The earliest project starts this many days before the year that ends on asOf. */
const HISTORY_LEAD_DAYS = 150;
/**
 * Project numbers, codes and names follow the order the projects would start in had the business
 * date been this one, so the same seed gives the same project the same ids (and the same status)
 * whatever the business date; only its dates and figures move with it.
 */
const REFERENCE_AS_OF = '2026-11-23';

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on day numbers (days since 1970-01-01, UTC).

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

function toDay(date: string): number {
  const value = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(value)) throw new RangeError(`"${date}" is not a date (YYYY-MM-DD)`);
  return Math.round(value / MS_PER_DAY);
}

function iso(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

function dayOf(year: number, month: number, date: number): number {
  return Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function isWorkday(day: number): boolean {
  const w = weekday(day);
  return w !== 0 && w !== 6;
}

function mondayOnOrAfter(day: number): number {
  return day + ((8 - weekday(day)) % 7);
}

function mondayOnOrBefore(day: number): number {
  return day - ((weekday(day) + 6) % 7);
}

function fridayOnOrBefore(day: number): number {
  return day - ((weekday(day) + 2) % 7);
}

/** year × 12 + month (0-based): consecutive months are consecutive integers. */
function monthIndexOf(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

function firstDayOfMonth(monthIndex: number): number {
  return Math.round(Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / MS_PER_DAY);
}

function lastDayOfMonth(monthIndex: number): number {
  return firstDayOfMonth(monthIndex + 1) - 1;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthLabel(monthIndex: number): string {
  return `${MONTH_NAMES[monthIndex % 12]} ${Math.floor(monthIndex / 12)}`;
}

function period(monthIndex: number): string {
  return `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
}

function workdaysBetween(from: number, to: number): number {
  let count = 0;
  for (let day = from; day <= to; day++) if (isWorkday(day)) count++;
  return count;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function roundTo(value: number, step: number): number {
  return Math.max(step, Math.round(value / step) * step);
}

// ---------------------------------------------------------------------------------------------
// Reference data.

const ROLES = ['Partner', 'Senior Manager', 'Manager', 'Senior Consultant', 'Consultant', 'Analyst'] as const;
type Role = (typeof ROLES)[number];

interface RoleInfo {
  grade: string;
  /** Share of the workforce. */
  share: number;
  /** Current bill rate in North America, cents per hour. */
  billRate: number;
  costMin: number;
  costMax: number;
  utilizationBp: number;
  skillLevel: readonly [number, number];
}

const ROLE_INFO: Record<Role, RoleInfo> = {
  Partner: { grade: 'P1', share: 5, billRate: 27500, costMin: 13500, costMax: 15000, utilizationBp: 7000, skillLevel: [4, 5] },
  'Senior Manager': { grade: 'M2', share: 9, billRate: 22000, costMin: 10500, costMax: 12500, utilizationBp: 7500, skillLevel: [3, 5] },
  Manager: { grade: 'M1', share: 14, billRate: 18500, costMin: 8500, costMax: 10500, utilizationBp: 8000, skillLevel: [3, 5] },
  'Senior Consultant': { grade: 'C3', share: 24, billRate: 15000, costMin: 7000, costMax: 8500, utilizationBp: 8500, skillLevel: [2, 5] },
  Consultant: { grade: 'C2', share: 26, billRate: 12500, costMin: 6200, costMax: 7200, utilizationBp: 8500, skillLevel: [2, 4] },
  Analyst: { grade: 'C1', share: 22, billRate: 10000, costMin: 5600, costMax: 6200, utilizationBp: 8500, skillLevel: [1, 3] },
};

/** Roles a slot may fall back to when no one of its own role is free. */
const ROLE_FALLBACK: Record<Role, readonly Role[]> = {
  Partner: [],
  'Senior Manager': ['Manager', 'Partner'],
  Manager: ['Senior Manager'],
  'Senior Consultant': ['Consultant', 'Manager'],
  Consultant: ['Senior Consultant', 'Analyst'],
  Analyst: ['Consultant'],
};

const REGIONS = ['North America', 'EMEA', 'APAC'] as const;
type Region = (typeof REGIONS)[number];
const REGION_RATE_FACTOR: Record<Region, number> = { 'North America': 1, EMEA: 0.95, APAC: 0.85 };

interface Practice {
  name: string;
  code: string;
  skills: readonly string[];
  projectTypes: readonly string[];
  notes: readonly string[];
}

const PRACTICES: readonly Practice[] = [
  {
    name: 'Cloud',
    code: 'CLD',
    skills: ['AWS', 'Azure', 'Google Cloud', 'Kubernetes', 'Terraform', 'DevOps'],
    projectTypes: ['Cloud Migration', 'Landing Zone Build', 'Platform Modernization', 'DevOps Enablement', 'Container Platform'],
    notes: ['Migration wave planning', 'Landing zone configuration', 'Infrastructure as code', 'Cutover rehearsal', 'Pipeline setup'],
  },
  {
    name: 'Data & AI',
    code: 'DAI',
    skills: ['Python', 'SQL', 'Machine Learning', 'Databricks', 'Power BI', 'Snowflake'],
    projectTypes: ['Data Platform Build', 'Analytics Modernization', 'Machine Learning Pilot', 'Data Governance Program', 'BI Rollout'],
    notes: ['Data pipeline development', 'Model training', 'Dashboard build', 'Data quality checks', 'Source system analysis'],
  },
  {
    name: 'ERP',
    code: 'ERP',
    skills: ['SAP S/4HANA', 'Oracle ERP Cloud', 'NetSuite', 'Workday Financials', 'Dynamics 365', 'Finance Transformation'],
    projectTypes: ['S/4HANA Implementation', 'ERP Upgrade', 'Finance Transformation', 'Order-to-Cash Redesign', 'ERP Support'],
    notes: ['Configuration workshop', 'Interface testing', 'Data migration mock load', 'Fit-gap analysis', 'Key user training'],
  },
  {
    name: 'Strategy',
    code: 'STR',
    skills: ['Operating Model', 'Due Diligence', 'Change Management', 'Pricing', 'Process Design', 'Business Case'],
    projectTypes: ['Operating Model Redesign', 'Growth Strategy', 'Cost Transformation', 'Commercial Due Diligence', 'Pricing Review'],
    notes: ['Executive interviews', 'Market sizing', 'Steering committee deck', 'Benchmark analysis', 'Business case model'],
  },
  {
    name: 'Cybersecurity',
    code: 'CYB',
    skills: ['Identity & Access Management', 'Zero Trust', 'SOC Operations', 'Penetration Testing', 'ISO 27001', 'Cloud Security'],
    projectTypes: ['Zero Trust Rollout', 'Security Assessment', 'IAM Modernization', 'SOC Uplift', 'ISO 27001 Readiness'],
    notes: ['Control testing', 'Threat modelling', 'Access review', 'Remediation planning', 'Policy drafting'],
  },
];

const COMMON_SKILLS = ['Project Management', 'Agile Delivery', 'Stakeholder Management'] as const;
const COMMON_NOTES = ['Client workshop', 'Status reporting', 'Internal review', 'Requirements clarification', 'Documentation'];

interface Location {
  name: string;
  region: Region;
  country: 'US' | 'CA' | 'GB' | 'DE' | 'SG' | 'AU';
  weight: number;
}

const LOCATIONS: readonly Location[] = [
  { name: 'New York', region: 'North America', country: 'US', weight: 22 },
  { name: 'Chicago', region: 'North America', country: 'US', weight: 10 },
  { name: 'Toronto', region: 'North America', country: 'CA', weight: 10 },
  { name: 'London', region: 'EMEA', country: 'GB', weight: 20 },
  { name: 'Berlin', region: 'EMEA', country: 'DE', weight: 12 },
  { name: 'Singapore', region: 'APAC', country: 'SG', weight: 14 },
  { name: 'Sydney', region: 'APAC', country: 'AU', weight: 12 },
];

const FIRST_NAMES = [
  'James',
  'Maria',
  'Wei',
  'Aisha',
  'Lukas',
  'Sofia',
  'Rahul',
  'Emma',
  'Kenji',
  'Olivia',
  'Mateo',
  'Priya',
  'Noah',
  'Chloe',
  'Daniel',
  'Fatima',
  'Ethan',
  'Hannah',
  'Arjun',
  'Isabella',
  'Liam',
  'Mei',
  'Oliver',
  'Zara',
  'Samuel',
  'Grace',
  'Jonas',
  'Amelia',
  'David',
  'Yuki',
  'Lucas',
  'Ava',
  'Omar',
  'Charlotte',
  'Ben',
  'Leila',
  'Thomas',
  'Nina',
  'Marcus',
  'Elena',
  'Ryan',
  'Julia',
  'Kwame',
  'Sarah',
  'Felix',
  'Anika',
  'Hugo',
  'Laura',
  'Ivan',
  'Chen',
  'Michael',
  'Ines',
  'Diego',
  'Freya',
  'Aaron',
  'Ruth',
  'Tariq',
  'Clara',
  'Jack',
  'Mia',
  'Nikhil',
  'Lea',
  'Adam',
  'Rosa',
  'Sean',
  'Tanvi',
  'Paul',
  'Ingrid',
  'Victor',
  'Sana',
];

const LAST_NAMES = [
  'Smith',
  'Garcia',
  'Chen',
  'Khan',
  'Müller',
  'Rossi',
  'Patel',
  'Johnson',
  'Tanaka',
  'Brown',
  'Silva',
  'Sharma',
  'Williams',
  'Martin',
  'Nguyen',
  'Hassan',
  'Taylor',
  'Schmidt',
  'Iyer',
  'Lopez',
  'Anderson',
  'Wong',
  'Wilson',
  'Ahmed',
  'Moore',
  'Kim',
  'Fischer',
  'Davies',
  'Cohen',
  'Sato',
  'Fernandes',
  'Clarke',
  'Ali',
  'Dubois',
  'Walker',
  'Rahman',
  'Thompson',
  'Novak',
  'Lee',
  'Costa',
  'Evans',
  'Okafor',
  'Weber',
  'Singh',
  'Murphy',
  'Lindqvist',
  'Park',
  'Becker',
  'Robinson',
  'Mendes',
  'Hughes',
  'Yamamoto',
  'Kowalski',
  'Baker',
  'Osei',
  'Hoffmann',
  'Reyes',
  'Campbell',
  'Jensen',
  'Das',
  'Morgan',
  'Nakamura',
  'Byrne',
];

const COMPANY_WORDS = [
  'Atlas',
  'Beacon',
  'Cedar',
  'Summit',
  'Harbor',
  'Pioneer',
  'Crescent',
  'Evergreen',
  'Granite',
  'Ironwood',
  'Keystone',
  'Lakeshore',
  'Northwind',
  'Orchid',
  'Redwood',
  'Silverline',
  'Bluewater',
  'Brightpath',
  'Copperleaf',
  'Falcon',
  'Horizon',
  'Juniper',
  'Lumen',
  'Maple',
  'Nimbus',
  'Oakridge',
  'Polaris',
  'Quantum',
  'Riverstone',
  'Sterling',
  'Trident',
  'Vantage',
  'Westbrook',
  'Zenith',
  'Alder',
  'Bramble',
  'Cobalt',
  'Driftwood',
  'Ember',
  'Fjord',
  'Glacier',
  'Halcyon',
  'Indigo',
  'Jasper',
  'Kestrel',
  'Larch',
  'Magnolia',
  'Northgate',
  'Onyx',
  'Pinnacle',
  'Quarry',
  'Rowan',
  'Sapphire',
  'Tamarack',
  'Umber',
  'Verdant',
  'Willow',
  'Yarrow',
  'Aurora',
  'Boreal',
  'Cascade',
  'Delta',
  'Equinox',
  'Foxglove',
  'Greystone',
  'Heron',
  'Ivory',
  'Kingfisher',
  'Lodestar',
  'Mistral',
  'Nova',
  'Obsidian',
  'Prairie',
  'Ridgeline',
  'Solstice',
  'Tidewater',
];

const INDUSTRIES: readonly (readonly [string, readonly string[]])[] = [
  ['Financial Services', ['Bank', 'Capital', 'Financial', 'Asset Management']],
  ['Insurance', ['Insurance', 'Mutual', 'Assurance']],
  ['Healthcare', ['Health', 'Medical', 'Care Partners']],
  ['Life Sciences', ['Pharma', 'Biosciences', 'Therapeutics']],
  ['Manufacturing', ['Industries', 'Manufacturing', 'Components', 'Motors']],
  ['Retail', ['Retail', 'Stores', 'Brands', 'Markets']],
  ['Technology', ['Software', 'Systems', 'Technologies', 'Networks']],
  ['Energy & Utilities', ['Energy', 'Power', 'Utilities', 'Renewables']],
  ['Telecommunications', ['Telecom', 'Communications', 'Wireless']],
  ['Logistics', ['Logistics', 'Freight', 'Shipping']],
];

interface City {
  city: string;
  country: string;
  suffix: string;
  region: Region;
  /** The customer's contract currency: what its projects are priced and billed in. */
  currency: DemoCurrency;
}

const CITIES: readonly City[] = [
  { city: 'New York', country: 'United States', suffix: 'Inc.', region: 'North America', currency: 'USD' },
  { city: 'Boston', country: 'United States', suffix: 'Inc.', region: 'North America', currency: 'USD' },
  { city: 'Chicago', country: 'United States', suffix: 'Corporation', region: 'North America', currency: 'USD' },
  { city: 'San Francisco', country: 'United States', suffix: 'Inc.', region: 'North America', currency: 'USD' },
  { city: 'Atlanta', country: 'United States', suffix: 'LLC', region: 'North America', currency: 'USD' },
  { city: 'Dallas', country: 'United States', suffix: 'Inc.', region: 'North America', currency: 'USD' },
  { city: 'Toronto', country: 'Canada', suffix: 'Ltd.', region: 'North America', currency: 'USD' },
  { city: 'London', country: 'United Kingdom', suffix: 'plc', region: 'EMEA', currency: 'GBP' },
  { city: 'Manchester', country: 'United Kingdom', suffix: 'Ltd', region: 'EMEA', currency: 'GBP' },
  { city: 'Berlin', country: 'Germany', suffix: 'GmbH', region: 'EMEA', currency: 'EUR' },
  { city: 'Munich', country: 'Germany', suffix: 'AG', region: 'EMEA', currency: 'EUR' },
  { city: 'Paris', country: 'France', suffix: 'S.A.', region: 'EMEA', currency: 'EUR' },
  { city: 'Amsterdam', country: 'Netherlands', suffix: 'B.V.', region: 'EMEA', currency: 'EUR' },
  { city: 'Kuwait City', country: 'Kuwait', suffix: 'K.S.C.C.', region: 'EMEA', currency: 'KWD' },
  { city: 'Dublin', country: 'Ireland', suffix: 'DAC', region: 'EMEA', currency: 'EUR' },
  { city: 'Singapore', country: 'Singapore', suffix: 'Pte. Ltd.', region: 'APAC', currency: 'USD' },
  { city: 'Sydney', country: 'Australia', suffix: 'Pty Ltd', region: 'APAC', currency: 'USD' },
  { city: 'Melbourne', country: 'Australia', suffix: 'Pty Ltd', region: 'APAC', currency: 'USD' },
  { city: 'Tokyo', country: 'Japan', suffix: 'K.K.', region: 'APAC', currency: 'USD' },
  { city: 'Hong Kong', country: 'Hong Kong', suffix: 'Limited', region: 'APAC', currency: 'USD' },
];

const STREETS = [
  'Market Street',
  'King Street',
  'Harbour Road',
  'Park Avenue',
  'Queen Street',
  'Main Street',
  'Station Road',
  'Collins Street',
  'Bridge Street',
  'Commerce Way',
  'Canal Street',
  'Hill Road',
];

/**
 * The firm's legal entities, each with its functional currency (what its employees' cost is in). A
 * customer contracts with one by country (legalEntityFor); the Singapore entity's functional currency
 * is USD, as is common there.
 */
const LEGAL_ENTITIES: readonly { name: string; tax: string; subsidiary: string; currency: DemoCurrency }[] = [
  { name: 'Lakeview Consulting Group LLC', tax: 'US-EIN 84-2291736', subsidiary: 'Lakeview US', currency: 'USD' },
  { name: 'Lakeview Consulting Group Ltd', tax: 'GB 318 5521 04', subsidiary: 'Lakeview UK', currency: 'GBP' },
  { name: 'Lakeview Consulting Group Pte. Ltd.', tax: 'SG UEN 201934562K', subsidiary: 'Lakeview APAC', currency: 'USD' },
  { name: 'Lakeview Consulting GmbH', tax: 'DE 298114552', subsidiary: 'Lakeview DE', currency: 'EUR' },
];

/** The entity a customer in `city` contracts with: the UK entity serves the UK and the Gulf, the German one the euro area. */
function legalEntityFor(city: City): number {
  if (city.region === 'North America') return 0;
  if (city.region === 'APAC') return 2;
  return city.currency === 'EUR' ? 3 : 1;
}

/** The legal entity employing a consultant at `location`, by its country. */
function employingEntityOf(location: Location): number {
  if (location.country === 'GB') return 1;
  if (location.country === 'DE') return 3;
  return location.region === 'APAC' ? 2 : 0;
}

const CONTACT_ROLES = ['Executive Sponsor', 'Billing Contact', 'Project Lead', 'Procurement', 'Decision Maker'];

type PsaBillingModel = 'T&M' | 'Fixed Price' | 'Milestone' | 'Retainer';
const CRM_BILLING_MODEL: Record<PsaBillingModel, string> = {
  'T&M': 'Time and Materials',
  'Fixed Price': 'Fixed Fee',
  Milestone: 'Milestone',
  Retainer: 'Retainer',
};
const REVENUE_METHOD: Record<PsaBillingModel, string> = {
  'T&M': 'Actual Time',
  'Fixed Price': 'Percent Complete',
  Milestone: 'Milestone',
  Retainer: 'Straight Line',
};

type ProjectStage = 'Planned' | 'In Progress' | 'On Hold' | 'Completed' | 'Canceled' | 'Closed';
const STAGE_SHARES: readonly (readonly [ProjectStage, number])[] = [
  ['In Progress', 0.47],
  ['Planned', 0.11],
  ['On Hold', 0.05],
  ['Completed', 0.16],
  ['Canceled', 0.05],
  ['Closed', 0.16],
];

const OPEN_STAGES: readonly (readonly [string, number, number])[] = [
  ['Prospecting', 10, 3],
  ['Qualification', 20, 3],
  ['Needs Analysis', 40, 3],
  ['Proposal/Price Quote', 60, 2],
  ['Negotiation/Review', 80, 2],
];

/** Fixed-price schedule: the first and last always, a selection in between, in this order. */
const FIXED_MILESTONES = [
  'Mobilization',
  'Current-state assessment',
  'Solution design sign-off',
  'Build complete',
  'User acceptance sign-off',
  'Go-live',
  'Hypercare exit',
];
const PHASE_MILESTONES = [
  'Discovery report accepted',
  'Phase 1 acceptance',
  'Phase 2 acceptance',
  'Phase 3 acceptance',
  'Phase 4 acceptance',
  'Final acceptance',
];
const CHANGE_REASONS = [
  'Scope extension: additional business units',
  'Additional integrations requested by the client',
  'Timeline extension after client-side delays',
  'Extra reporting and dashboards',
  'Added data migration waves',
  'Additional regulatory requirements',
];
const HOLD_REASONS = ['Awaiting client purchase order', 'Hours under review with the client', 'Billing cap review'];
const EXPENSE_CATEGORIES: readonly (readonly [string, number, number, number])[] = [
  ['Airfare', 0.55, 28000, 120000],
  ['Lodging', 0.8, 16000, 65000],
  ['Meals', 1, 2500, 9000],
  ['Ground Transportation', 0.5, 2000, 11000],
];

// ---------------------------------------------------------------------------------------------
// Holidays by country, observed on the next free workday when they fall on a weekend.

function nthWeekdayOfMonth(year: number, month: number, wanted: number, n: number): number {
  const first = dayOf(year, month, 1);
  return first + ((wanted - weekday(first) + 7) % 7) + 7 * (n - 1);
}

function lastWeekdayOfMonth(year: number, month: number, wanted: number): number {
  const last = dayOf(year, month + 1, 1) - 1;
  return last - ((weekday(last) - wanted + 7) % 7);
}

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return dayOf(year, month, date);
}

const CHINESE_NEW_YEAR: Record<number, string> = {
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
};

function countryHolidays(country: Location['country'], year: number): { day: number; name: string }[] {
  const e = easter(year);
  const list: [number, string][] = [[dayOf(year, 1, 1), "New Year's Day"]];
  switch (country) {
    case 'US': {
      const thanksgiving = nthWeekdayOfMonth(year, 11, 4, 4);
      list.push(
        [nthWeekdayOfMonth(year, 1, 1, 3), 'Martin Luther King Jr. Day'],
        [nthWeekdayOfMonth(year, 2, 1, 3), "Presidents' Day"],
        [lastWeekdayOfMonth(year, 5, 1), 'Memorial Day'],
        [dayOf(year, 6, 19), 'Juneteenth'],
        [dayOf(year, 7, 4), 'Independence Day'],
        [nthWeekdayOfMonth(year, 9, 1, 1), 'Labor Day'],
        [thanksgiving, 'Thanksgiving Day'],
        [thanksgiving + 1, 'Day after Thanksgiving'],
        [dayOf(year, 12, 25), 'Christmas Day'],
      );
      break;
    }
    case 'CA': {
      const may24 = dayOf(year, 5, 24);
      list.push(
        [nthWeekdayOfMonth(year, 2, 1, 3), 'Family Day'],
        [e - 2, 'Good Friday'],
        [may24 - ((weekday(may24) + 6) % 7), 'Victoria Day'],
        [dayOf(year, 7, 1), 'Canada Day'],
        [nthWeekdayOfMonth(year, 8, 1, 1), 'Civic Holiday'],
        [nthWeekdayOfMonth(year, 9, 1, 1), 'Labour Day'],
        [nthWeekdayOfMonth(year, 10, 1, 2), 'Thanksgiving'],
        [dayOf(year, 12, 25), 'Christmas Day'],
        [dayOf(year, 12, 26), 'Boxing Day'],
      );
      break;
    }
    case 'GB':
      list.push(
        [e - 2, 'Good Friday'],
        [e + 1, 'Easter Monday'],
        [nthWeekdayOfMonth(year, 5, 1, 1), 'Early May Bank Holiday'],
        [lastWeekdayOfMonth(year, 5, 1), 'Spring Bank Holiday'],
        [lastWeekdayOfMonth(year, 8, 1), 'Summer Bank Holiday'],
        [dayOf(year, 12, 25), 'Christmas Day'],
        [dayOf(year, 12, 26), 'Boxing Day'],
      );
      break;
    case 'DE':
      list.push(
        [dayOf(year, 3, 8), "International Women's Day"],
        [e - 2, 'Good Friday'],
        [e + 1, 'Easter Monday'],
        [dayOf(year, 5, 1), 'Labour Day'],
        [e + 39, 'Ascension Day'],
        [e + 50, 'Whit Monday'],
        [dayOf(year, 10, 3), 'German Unity Day'],
        [dayOf(year, 12, 25), 'Christmas Day'],
        [dayOf(year, 12, 26), "St. Stephen's Day"],
      );
      break;
    case 'SG': {
      const cny = CHINESE_NEW_YEAR[year];
      if (cny) list.push([toDay(cny), 'Chinese New Year'], [toDay(cny) + 1, 'Chinese New Year (second day)']);
      list.push([e - 2, 'Good Friday'], [dayOf(year, 5, 1), 'Labour Day'], [dayOf(year, 8, 9), 'National Day'], [dayOf(year, 12, 25), 'Christmas Day']);
      break;
    }
    case 'AU':
      list.push(
        [dayOf(year, 1, 26), 'Australia Day'],
        [e - 2, 'Good Friday'],
        [e + 1, 'Easter Monday'],
        [dayOf(year, 4, 25), 'Anzac Day'],
        [nthWeekdayOfMonth(year, 6, 1, 2), "King's Birthday"],
        [nthWeekdayOfMonth(year, 10, 1, 1), 'Labour Day'],
        [dayOf(year, 12, 25), 'Christmas Day'],
        [dayOf(year, 12, 26), 'Boxing Day'],
      );
      break;
  }
  const observes = country !== 'DE';
  const taken = new Set<number>();
  const result: { day: number; name: string }[] = [];
  for (const [day, name] of list.sort((a, b) => a[0] - b[0])) {
    let observed = day;
    if (observes) while (!isWorkday(observed) || taken.has(observed)) observed++;
    if (!isWorkday(observed) || taken.has(observed)) continue;
    taken.add(observed);
    result.push({ day: observed, name: observed === day ? name : `${name} (observed)` });
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Models built before the rows.

interface Interval {
  start: number;
  end: number;
  allocation: number;
}

interface WorkerModel {
  index: number;
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  practice: Practice;
  location: Location;
  managerId: string | null;
  type: 'Employee' | 'Contingent Worker';
  status: 'Active' | 'Leave of Absence' | 'Terminated';
  hireDay: number;
  terminationDay: number | null;
  leaveDay: number | null;
  /** Last day the worker can be staffed. */
  lastStaffable: number;
  /** Effective-dated cost rates, oldest first. */
  costRates: { from: number; amount: number }[];
  skills: [string, number][];
  timeOff: Map<number, string>;
  load: Interval[];
}

interface AccountModel {
  index: number;
  id: string;
  name: string;
  base: string;
  shortCode: string;
  industry: string;
  region: Region;
  city: City;
  street: string;
  parentIndex: number | null;
  legalEntityIndex: number;
  termsDays: number;
  payDelay: number;
  mailDomain: string;
  hasProjects: boolean;
}

interface SlotModel {
  role: Role;
  allocation: number;
  start: number;
  end: number;
  hours: number;
  skills: string[];
  assignments: AssignmentModel[];
}

interface AssignmentModel {
  index: number;
  id: string;
  project: ProjectModel;
  worker: WorkerModel;
  role: Role;
  start: number;
  end: number;
  allocation: number;
  status: 'Tentative' | 'Scheduled' | 'Closed';
}

interface MilestoneModel {
  id: string;
  project: ProjectModel;
  name: string;
  amount: number | null;
  target: number;
  actual: number | null;
  requiresSignoff: boolean;
  signedOff: number | null;
  status: 'Planned' | 'Open' | 'Complete' | 'Approved';
  /** The day it counts as approved (sign-off, else the actual date). */
  approvedDay: number | null;
}

interface ProjectModel {
  index: number;
  id: string;
  code: string;
  name: string;
  account: AccountModel;
  stage: ProjectStage;
  model: PsaBillingModel;
  practice: Practice;
  region: Region;
  size: 'S' | 'M' | 'L';
  start: number;
  /** The start had the business date been REFERENCE_AS_OF: what the project's number, code and name follow. */
  referenceStart: number;
  /** Actual (or planned) end in the PSA. */
  end: number;
  /** The contract's end date (the plan before any cancellation). */
  contractEnd: number;
  /** Hold or cancellation day: no time after it. */
  stopDay: number | null;
  health: 'Green' | 'Yellow' | 'Red';
  managerId: string | null;
  slots: SlotModel[];
  bookings: number;
  originalBookings: number;
  budgetHours: number;
  targetMarginBp: number;
  opportunityId: string;
  contractId: string;
  /** No ERP customer nor ERP project: a deliberate inconsistency. */
  missingInErp: boolean;
  /** Closed in the ERP from this day while active in the PSA: a deliberate inconsistency. */
  erpClosedFrom: number | null;
  erpId: string | null;
  changeOrders: { id: string; reason: string; deltaBookings: number; deltaHours: number; status: string }[];
  milestones: MilestoneModel[];
}

interface TimeEntryModel {
  id: string;
  assignment: AssignmentModel;
  day: number;
  hours: number;
  billable: boolean;
  notes: string | null;
  status: string;
  billRate: number;
  costRate: number;
  /** Accepted by the ERP (cost posted). */
  posted: boolean;
}

interface ExpenseModel {
  id: string;
  assignment: AssignmentModel;
  day: number;
  category: string;
  /** As incurred, in `currency` (the consultant's own). */
  amount: number;
  currency: DemoCurrency;
  /** In the project's currency: `amount` converted at the DAILY rate of `day` (what the ERP posts and bills). */
  projectAmount: number;
  billable: boolean;
  status: string;
  posted: boolean;
}

interface BillingItem {
  kind: 'TIME' | 'EXPENSE' | 'MILESTONE';
  sourceRef: string;
  quantity: number;
  unitPrice: number;
  amount: number;
  description: string;
}

interface BillingEventModel {
  id: string;
  project: ProjectModel;
  month: number;
  day: number;
  items: BillingItem[];
  status: 'Generated' | 'Approved' | 'Released' | 'Invoiced';
  holdReason: string | null;
  timeEntries: TimeEntryModel[];
}

// ---------------------------------------------------------------------------------------------
// The generator.

/**
 * Generates the demo data set. Pure and deterministic: the same options always return deep-equal
 * data; nothing is dated after `asOf` except planned work (future assignments, milestones, time off,
 * holidays, contract ends). Every hours × rate value is `valueOfHours`.
 */
export function generateDemoData(options: DemoDataOptions): DemoData {
  const { seed, scale } = options;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`scale must be a positive number, got ${scale}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const asOf = toDay(options.asOf);
  const windowStart = asOf - 365;
  // Projects already running when the year starts bring their history with them.
  const historyStart = windowStart - HISTORY_LEAD_DAYS;
  const root = createRandom(seed);
  const count = (base: number): number => Math.max(1, Math.round(base * scale));

  // Billing runs on the 3rd for the month before: the last month billed so far.
  const asOfMonth = monthIndexOf(asOf);
  const lastBilledMonth = asOf >= firstDayOfMonth(asOfMonth) + 2 ? asOfMonth - 1 : asOfMonth - 2;
  const lastBilledDay = lastDayOfMonth(lastBilledMonth);
  const billingRunDay = (month: number): number => firstDayOfMonth(month + 1) + 2;
  const weekStart = mondayOnOrBefore(asOf);

  // ----- Rate cards (ERP): an older and a current row per role × region, switching on a Monday.
  const rateChangeDay = mondayOnOrAfter(asOf - 150);
  const rateCardFrom = dayOf(Math.floor(monthIndexOf(historyStart) / 12) - 1, 1, 1);
  // A card per role, region and currency: the price of the region at the currency's price level.
  const currentRate = (role: Role, region: Region, currency: DemoCurrency): number =>
    priced(ROLE_INFO[role].billRate * REGION_RATE_FACTOR[region], currency, 500);
  const previousRate = (role: Role, region: Region, currency: DemoCurrency): number =>
    roundTo(currentRate(role, region, currency) * 0.96, 500 * minorPerCent(currency));
  const billRateOn = (role: Role, region: Region, day: number, currency: DemoCurrency): number =>
    day >= rateChangeDay ? currentRate(role, region, currency) : previousRate(role, region, currency);

  // ----- Exchange rates (ERP): daily rates of every ordered pair, monthly averages and closing rates.
  const fx = generateExchangeRates(root.fork('fx'), historyStart - 31, asOf);

  // ----- Holidays (HCM) per location.
  const holidayRows: DemoRow[] = [];
  const holidaysByLocation = new Map<string, Set<number>>();
  const firstYear = Math.floor(monthIndexOf(historyStart) / 12);
  const lastYear = Math.floor(monthIndexOf(asOf + 180) / 12);
  for (const location of LOCATIONS) {
    const days = new Set<number>();
    for (let year = firstYear; year <= lastYear; year++) {
      for (const holiday of countryHolidays(location.country, year)) {
        days.add(holiday.day);
        holidayRows.push({ location: location.name, holiday_date: iso(holiday.day), name: holiday.name });
      }
    }
    holidaysByLocation.set(location.name, days);
  }

  // ----- Workers (HCM).
  const workers = generateWorkers(root.fork('workers'), count(300), asOf, windowStart);
  for (const worker of workers) {
    const holidays = holidaysByLocation.get(worker.location.name)!;
    generateTimeOff(root.fork(`time-off:${worker.id}`), worker, asOf, historyStart, holidays);
  }
  /** The HCM cost rate on `day`, in the employing entity's currency. */
  const hcmCostRateOn = (worker: WorkerModel, day: number): number => {
    let amount = worker.costRates[0].amount;
    for (const rate of worker.costRates) if (rate.from <= day) amount = rate.amount;
    return amount;
  };
  /** The cost rate a time entry carries: the HCM's, converted to the project's currency at the DAILY rate in force on the work day (as logTime does). */
  const costRateOn = (worker: WorkerModel, day: number, currency: DemoCurrency): number => {
    const own = workerCurrency(worker);
    const amount = hcmCostRateOn(worker, day);
    return own === currency ? amount : convertMinor(amount, own, currency, fx.dailyOn(own, currency, day));
  };

  // ----- Accounts and contacts (CRM).
  const accounts = generateAccounts(root.fork('accounts'), count(60));
  ensureGulfCustomer(accounts);
  const prospects = accounts.filter((account) => !account.hasProjects);

  // ----- Projects (PSA): status, dates, billing model, account.
  const projects = planProjects(root.fork('projects'), count(200), accounts, asOf, windowStart, historyStart);
  // The deliberate inconsistency "CRM account with an active project but no ERP customer": a
  // prospect's first project, started a few weeks ago, never set up in the ERP.
  if (prospects.length > 0) {
    const account = prospects[0];
    account.hasProjects = true;
    const start = mondayOnOrAfter(asOf - 25);
    projects.push({
      ...blankProject(account, 'In Progress', 'T&M', PRACTICES[1], account.region, 'S'),
      index: projects.length,
      start,
      referenceStart: mondayOnOrAfter(toDay(REFERENCE_AS_OF) - 25),
      end: fridayOnOrBefore(start + 150),
      contractEnd: fridayOnOrBefore(start + 150),
      missingInErp: true,
    });
  }
  projects.sort((a, b) => a.start - b.start || a.index - b.index);
  assignProjectIds(root.fork('project-names'), projects);

  // ----- Staffing: resource request slots filled greedily by free workers, start-date order.
  const staffRandom = root.fork('staffing');
  const assignments: AssignmentModel[] = [];
  for (const project of projects) {
    project.slots = planSlots(staffRandom, project);
    for (const slot of project.slots) fillSlot(staffRandom, project, slot, workers, assignments, asOf);
    const lead = project.slots.flatMap((slot) => slot.assignments).find((a) => a.role === 'Manager' || a.role === 'Senior Manager');
    const managers = workers.filter((w) => (w.role === 'Manager' || w.role === 'Senior Manager') && w.status === 'Active');
    const ownPractice = managers.filter((w) => w.practice === project.practice);
    project.managerId = lead?.worker.id ?? staffRandom.pick(ownPractice.length > 0 ? ownPractice : managers).id;
  }

  // Deliberate inconsistency "time logged after the worker's termination date": one terminated
  // worker's assignment was never closed in the PSA and ran on for a week.
  const lateLogger = pickLateLogger(root.fork('late-logger'), assignments, asOf);
  if (lateLogger) lateLogger.end = fridayOnOrBefore(lateLogger.worker.terminationDay! + 7);

  assignments.sort((a, b) => a.project.index - b.project.index || a.index - b.index);
  assignments.forEach((assignment, i) => {
    assignment.index = i;
    assignment.id = `ASG-${pad(i + 1, 6)}`;
    const project = assignment.project;
    assignment.status = assignment.end < asOf ? 'Closed' : project.stage === 'Planned' && staffRandom.chance(0.4) ? 'Tentative' : 'Scheduled';
  });

  // ----- Bookings, change orders and milestones.
  const commercialRandom = root.fork('commercial');
  let changeOrderSeq = 0;
  let milestoneSeq = 0;
  for (const project of projects) {
    priceProject(commercialRandom, project, billRateOn);
    for (const order of planChangeOrders(commercialRandom, project)) {
      order.id = `CO-${pad(++changeOrderSeq, 6)}`;
      project.changeOrders.push(order);
      if (order.status === 'Applied') {
        project.bookings += order.deltaBookings;
        project.budgetHours += order.deltaHours;
      }
    }
    project.milestones = planMilestones(commercialRandom, project, asOf);
    for (const milestone of project.milestones) milestone.id = `MS-${pad(++milestoneSeq, 6)}`;
  }

  // ----- Time entries (PSA): one per assignment per logged workday, up to asOf.
  const timeRandom = root.fork('time');
  const rawEntries: { assignment: AssignmentModel; day: number; hours: number; billable: boolean; notes: string | null }[] = [];
  for (const assignment of assignments) {
    const worker = assignment.worker;
    const holidays = holidaysByLocation.get(worker.location.name)!;
    const project = assignment.project;
    const from = assignment.start;
    const to = Math.min(assignment.end, asOf);
    const forced = assignment === lateLogger;
    for (let day = from; day <= to; day++) {
      if (!isWorkday(day) || holidays.has(day) || worker.timeOff.has(day)) continue;
      const full = assignment.allocation >= 50;
      const logs = forced && day > worker.terminationDay! ? true : timeRandom.chance(full ? 0.97 : (assignment.allocation / 50) * 0.95);
      if (!logs) continue;
      const hours = assignment.allocation >= 100 ? timeRandom.pick([700, 750, 800, 800, 800, 850, 900]) : timeRandom.pick([350, 400, 400, 450, 500]);
      const billable = timeRandom.chance(0.95);
      const notes = timeRandom.chance(0.25)
        ? null
        : billable
          ? timeRandom.pick(timeRandom.chance(0.7) ? project.practice.notes : COMMON_NOTES)
          : 'Internal review';
      rawEntries.push({ assignment, day, hours, billable, notes });
    }
  }
  rawEntries.sort((a, b) => a.day - b.day || a.assignment.worker.index - b.assignment.worker.index || a.assignment.index - b.assignment.index);
  const entries: TimeEntryModel[] = rawEntries.map((raw, i) => {
    const assignment = raw.assignment;
    return {
      id: `TC-${pad(i + 1, 7)}`,
      assignment,
      day: raw.day,
      hours: raw.hours,
      billable: raw.billable,
      notes: raw.notes,
      status: '',
      billRate: billRateOn(assignment.role, assignment.project.region, raw.day, currencyOf(assignment.project)),
      costRate: costRateOn(assignment.worker, raw.day, currencyOf(assignment.project)),
      posted: false,
    };
  });

  // Deliberate inconsistencies chosen among T&M projects in progress, each on its own project.
  const inconsistencyRandom = root.fork('inconsistencies');
  const used = new Set<ProjectModel>(projects.filter((p) => p.missingInErp));
  if (lateLogger) used.add(lateLogger.project);
  const entriesByProject = groupBy(entries, (entry) => entry.assignment.project);
  const tmCandidates = (predicate: (project: ProjectModel, own: TimeEntryModel[]) => boolean): ProjectModel[] =>
    projects.filter((p) => p.model === 'T&M' && p.stage === 'In Progress' && !used.has(p) && predicate(p, entriesByProject.get(p) ?? []));

  // "ERP project closed while the PSA project is in progress": the ERP refuses postings since then.
  const erpClosedFrom = asOf - 16;
  const erpClosed = pickOne(
    inconsistencyRandom,
    tmCandidates((_, own) => own.filter((e) => e.day > erpClosedFrom).length >= 5),
  );
  if (erpClosed) {
    erpClosed.erpClosedFrom = erpClosedFrom;
    used.add(erpClosed);
  }

  // "Stale bill rate": the first two weeks after the rate card change still carry the old rate.
  const staleTo = rateChangeDay + 13;
  const staleProject =
    staleTo <= lastBilledDay
      ? pickOne(
          inconsistencyRandom,
          tmCandidates((_, own) => own.filter((e) => e.day >= rateChangeDay && e.day <= staleTo).length >= 10),
        )
      : null;
  if (staleProject) {
    used.add(staleProject);
    for (const entry of entriesByProject.get(staleProject)!) {
      if (entry.day >= rateChangeDay && entry.day <= staleTo) {
        entry.billRate = previousRate(entry.assignment.role, staleProject.region, currencyOf(staleProject));
      }
    }
  }

  // "Approved time never posted": one consultant's month on one project, over a month ago.
  const unpostedMonth = monthIndexOf(asOf - 65);
  const unpostedOf = (own: TimeEntryModel[]): Map<AssignmentModel, TimeEntryModel[]> =>
    groupBy(
      own.filter((e) => monthIndexOf(e.day) === unpostedMonth && e.billable),
      (e) => e.assignment,
    );
  const unpostedProject = pickOne(
    inconsistencyRandom,
    tmCandidates((_, own) => [...unpostedOf(own).values()].some((list) => list.length >= 8)),
  );
  const unposted = new Set<TimeEntryModel>();
  if (unpostedProject) {
    used.add(unpostedProject);
    const groups = [...unpostedOf(entriesByProject.get(unpostedProject)!).values()].filter((list) => list.length >= 8);
    for (const entry of groups[0]) unposted.add(entry);
  }

  // ----- Time entry statuses up to posting (billing comes later).
  const statusRandom = root.fork('time-status');
  for (const entry of entries) {
    const day = entry.day;
    const project = entry.assignment.project;
    let posted: boolean;
    let label = 'Approved';
    if (day <= lastBilledDay || day < asOf - 21) posted = true;
    else if (day < asOf - 14) posted = statusRandom.chance(0.85);
    else if (day < weekStart) {
      posted = statusRandom.chance(0.15);
      if (!posted) label = statusRandom.chance(0.6) ? 'Approved' : 'Submitted';
    } else {
      posted = false;
      label = statusRandom.chance(0.5) ? 'Open' : 'Submitted';
    }
    if (!posted && day >= asOf - 21 && statusRandom.chance(0.012)) label = 'Rejected';
    const erpRefuses = project.missingInErp || (project.erpClosedFrom !== null && day > project.erpClosedFrom);
    if (posted && (erpRefuses || unposted.has(entry))) {
      posted = false;
      label = 'Approved';
    }
    entry.posted = posted;
    entry.status = posted ? 'Posted' : label;
  }

  // ----- Expenses (PSA): trips on worked days.
  const expenses = generateExpenses(root.fork('expenses'), entries, fx);
  const expenseStatusRandom = root.fork('expense-status');
  for (const expense of expenses) {
    const day = expense.day;
    const project = expense.assignment.project;
    if (day <= lastBilledDay) expense.status = expenseStatusRandom.chance(0.96) ? 'Approved' : 'Rejected';
    else if (day < asOf - 14) expense.status = expenseStatusRandom.chance(0.8) ? 'Approved' : 'Submitted';
    else
      expense.status = expenseStatusRandom.weighted([
        ['Draft', 3],
        ['Submitted', 4.5],
        ['Approved', 2.5],
      ] as const);
    const erpRefuses = project.missingInErp || (project.erpClosedFrom !== null && day > project.erpClosedFrom);
    expense.posted = expense.status === 'Approved' && !erpRefuses;
  }

  // ----- ERP ids.
  const erpCustomers: AccountModel[] = [];
  const erpCustomerId = new Map<AccountModel, string>();
  let erpProjectSeq = 0;
  for (const project of projects) {
    if (project.missingInErp) continue;
    if (!erpCustomerId.has(project.account)) {
      erpCustomers.push(project.account);
      erpCustomerId.set(project.account, `CUST-${10000 + erpCustomers.length}`);
    }
    project.erpId = `PJ-${100000 + ++erpProjectSeq}`;
  }

  // ----- Billing events: one per project per billed month, holding its T&M time, billable
  // expenses and approved milestones.
  const events = new Map<string, BillingEventModel>();
  const eventFor = (project: ProjectModel, month: number): BillingEventModel | null => {
    if (project.erpId === null || month > lastBilledMonth) return null;
    const day = billingRunDay(month);
    if (project.erpClosedFrom !== null && day > project.erpClosedFrom) return null;
    const key = `${project.index}:${month}`;
    let event = events.get(key);
    if (!event) {
      event = { id: '', project, month, day, items: [], status: 'Generated', holdReason: null, timeEntries: [] };
      events.set(key, event);
    }
    return event;
  };
  for (const entry of entries) {
    const project = entry.assignment.project;
    if (!entry.posted || !entry.billable || project.model !== 'T&M') continue;
    const event = eventFor(project, monthIndexOf(entry.day));
    if (!event) continue;
    event.timeEntries.push(entry);
    event.items.push({
      kind: 'TIME',
      sourceRef: entry.id,
      quantity: entry.hours,
      unitPrice: entry.billRate,
      amount: valueOfHours(entry.hours, entry.billRate),
      description: '',
    });
  }
  for (const expense of expenses) {
    if (!expense.posted || !expense.billable) continue;
    const event = eventFor(expense.assignment.project, monthIndexOf(expense.day));
    event?.items.push({
      kind: 'EXPENSE',
      sourceRef: expense.id,
      quantity: 100,
      unitPrice: expense.projectAmount,
      amount: expense.projectAmount,
      description: '',
    });
  }
  const milestoneItem = (milestone: MilestoneModel): BillingItem => ({
    kind: 'MILESTONE',
    sourceRef: milestone.id,
    quantity: 100,
    unitPrice: milestone.amount!,
    amount: milestone.amount!,
    description: `Milestone: ${milestone.name}`,
  });
  for (const project of projects) {
    for (const milestone of project.milestones) {
      if (milestone.status !== 'Approved' || milestone.amount === null) continue;
      eventFor(project, monthIndexOf(milestone.approvedDay!))?.items.push(milestoneItem(milestone));
    }
  }

  // Deliberate inconsistency "milestone billed twice": a fixed-price milestone billed again the
  // month after, both on invoiced billing events.
  const forcedInvoiced = new Set<BillingEventModel>();
  const billedTwice = pickOne(
    inconsistencyRandom,
    projects
      .filter((p) => p.model === 'Fixed Price' && p.erpId !== null && !used.has(p))
      .flatMap((p) => p.milestones)
      .filter((m) => m.status === 'Approved' && m.amount !== null && monthIndexOf(m.approvedDay!) + 1 < lastBilledMonth),
  );
  if (billedTwice) {
    used.add(billedTwice.project);
    const month = monthIndexOf(billedTwice.approvedDay!);
    const first = eventFor(billedTwice.project, month)!;
    const second = eventFor(billedTwice.project, month + 1)!;
    second.items.push(milestoneItem(billedTwice));
    forcedInvoiced.add(first).add(second);
  }

  const eventList = [...events.values()].filter((event) => event.items.length > 0);
  eventList.sort((a, b) => a.day - b.day || a.project.index - b.project.index);
  const eventRandom = root.fork('billing-events');
  eventList.forEach((event, i) => {
    event.id = `BE-${pad(i + 1, 6)}`;
    const kindOrder = { TIME: 0, EXPENSE: 1, MILESTONE: 2 };
    event.items.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || compareText(a.sourceRef, b.sourceRef));
    if (forcedInvoiced.has(event)) event.status = 'Invoiced';
    else if (event.month === lastBilledMonth) {
      event.status = eventRandom.weighted([
        ['Invoiced', 55],
        ['Released', 20],
        ['Approved', 15],
        ['Generated', 10],
      ] as const);
    } else if (eventRandom.chance(0.03)) {
      event.status = 'Approved';
      event.holdReason = eventRandom.pick(HOLD_REASONS);
    } else event.status = 'Invoiced';
    for (const entry of event.timeEntries) entry.status = event.status === 'Invoiced' ? 'Invoiced' : 'Billed';
  });

  // ----- Invoices, one per invoiced billing event; two were voided and reissued.
  const invoiceRandom = root.fork('invoices');
  interface InvoiceDraft {
    event: BillingEventModel;
    issueDay: number;
    voided: boolean;
  }
  const drafts: InvoiceDraft[] = [];
  const invoiced = eventList.filter((event) => event.status === 'Invoiced');
  const voidable = invoiced.filter((event) => event.month <= lastBilledMonth - 2 && !forcedInvoiced.has(event));
  const voidedEvents = new Set(invoiceRandom.shuffle(voidable).slice(0, Math.min(voidable.length, Math.max(1, Math.round(2 * scale)))));
  for (const event of invoiced) {
    const issueDay = Math.min(event.day + invoiceRandom.int(0, 3), asOf);
    if (voidedEvents.has(event)) {
      drafts.push({ event, issueDay, voided: true });
      drafts.push({ event, issueDay: Math.min(issueDay + invoiceRandom.int(5, 10), asOf), voided: false });
    } else drafts.push({ event, issueDay, voided: false });
  }
  drafts.sort((a, b) => a.issueDay - b.issueDay || compareText(a.event.id, b.event.id) || Number(b.voided) - Number(a.voided));

  const invoiceRows: DemoRow[] = [];
  const invoiceLineRows: DemoRow[] = [];
  const paymentDrafts: { invoiceId: string; day: number; amount: number }[] = [];
  const tranSeqByYear = new Map<number, number>();
  const paidInFullSingle: { invoiceId: string; paymentIndex: number; total: number }[] = [];
  let pendingSeen = false;
  drafts.forEach((draft, i) => {
    const event = draft.event;
    const project = event.project;
    const account = project.account;
    const id = `INV-${100000 + i + 1}`;
    const year = Math.floor(monthIndexOf(draft.issueDay) / 12);
    const tranSeq = (tranSeqByYear.get(year) ?? 0) + 1;
    tranSeqByYear.set(year, tranSeq);
    const lines: { kind: string; description: string; amount: number }[] = [];
    const timeTotal = sum(event.items.filter((item) => item.kind === 'TIME').map((item) => item.amount));
    const expenseTotal = sum(event.items.filter((item) => item.kind === 'EXPENSE').map((item) => item.amount));
    if (timeTotal > 0) lines.push({ kind: 'TIME', description: `Professional services, ${monthLabel(event.month)}`, amount: timeTotal });
    if (expenseTotal > 0) lines.push({ kind: 'EXPENSE', description: `Reimbursable expenses, ${monthLabel(event.month)}`, amount: expenseTotal });
    for (const item of event.items) {
      if (item.kind === 'MILESTONE') lines.push({ kind: 'MILESTONE', description: item.description, amount: item.amount });
    }
    const total = sum(lines.map((line) => line.amount));
    const dueDay = draft.issueDay + account.termsDays;
    let status: string;
    if (draft.voided) status = 'Voided';
    else if (event.month === lastBilledMonth && (invoiceRandom.chance(0.1) || !pendingSeen)) {
      // The latest billing run leaves a few invoices awaiting approval (at least one).
      status = 'Pending Approval';
      pendingSeen = true;
    } else {
      // The customer pays around the due date, late by its habit; a few invoices are disputed.
      const disputed = invoiceRandom.chance(0.03);
      const payDay = Math.max(draft.issueDay + 3, dueDay + account.payDelay + invoiceRandom.int(-7, 10));
      const partialFirst = invoiceRandom.chance(0.07) ? Math.min(draft.issueDay + invoiceRandom.int(5, Math.max(6, account.termsDays)), payDay - 1) : null;
      const payments: { day: number; amount: number }[] = [];
      if (partialFirst !== null && partialFirst <= asOf) {
        const first = roundTo(divideRounded(total * invoiceRandom.int(30, 70), 100), 100 * minorPerCent(currencyOf(project)));
        if (first < total) payments.push({ day: partialFirst, amount: first });
      }
      if (!disputed && payDay <= asOf) payments.push({ day: payDay, amount: total - sum(payments.map((p) => p.amount)) });
      const paid = sum(payments.map((p) => p.amount));
      status = paid >= total ? 'Paid In Full' : paid > 0 ? 'Partially Paid' : 'Open';
      if (status === 'Paid In Full' && payments.length === 1) paidInFullSingle.push({ invoiceId: id, paymentIndex: paymentDrafts.length, total });
      for (const payment of payments) paymentDrafts.push({ invoiceId: id, ...payment });
    }
    invoiceRows.push({
      id,
      tran_id: `OG-${year}-${pad(tranSeq, 6)}`,
      customer_id: erpCustomerId.get(account)!,
      project_id: project.erpId,
      status,
      issue_date: iso(draft.issueDay),
      due_date: iso(dueDay),
      currency: currencyOf(project),
      total,
    });
    lines.forEach((line, n) => {
      invoiceLineRows.push({
        invoice_id: id,
        line_no: n + 1,
        billing_event_id: event.id,
        kind: line.kind,
        description: line.description,
        amount: line.amount,
      });
    });
  });

  // Deliberate inconsistency "paid in full, but the payments fall short": a bank fee was deducted.
  const shortPaid = pickOne(
    inconsistencyRandom,
    paidInFullSingle.filter((p) => p.total > 500000),
  );
  if (shortPaid) paymentDrafts[shortPaid.paymentIndex].amount -= 25000;

  paymentDrafts.sort((a, b) => a.day - b.day || compareText(a.invoiceId, b.invoiceId));
  const paymentRows: DemoRow[] = paymentDrafts.map((payment, i) => ({
    id: `PAY-${pad(i + 1, 6)}`,
    invoice_id: payment.invoiceId,
    payment_date: iso(payment.day),
    amount: payment.amount,
  }));

  // ----- Cost postings (ERP): posted time and approved expenses, posted the week after.
  const postings: { projectId: string; source: string; ref: string; gl: string; amount: number; day: number }[] = [];
  for (const entry of entries) {
    if (!entry.posted) continue;
    const day = Math.min(entry.day + (8 - weekday(entry.day)) + 1, asOf);
    const amount = valueOfHours(entry.hours, entry.costRate);
    postings.push({ projectId: entry.assignment.project.erpId!, source: 'TIME', ref: entry.id, gl: '5100', amount, day });
  }
  for (const expense of expenses) {
    if (!expense.posted) continue;
    const day = Math.min(expense.day + 5, asOf);
    postings.push({ projectId: expense.assignment.project.erpId!, source: 'EXPENSE', ref: expense.id, gl: '5200', amount: expense.projectAmount, day });
  }
  postings.sort((a, b) => a.day - b.day || compareText(a.ref, b.ref));
  const costPostingRows: DemoRow[] = postings.map((posting, i) => ({
    id: `CP-${pad(i + 1, 7)}`,
    project_id: posting.projectId,
    source: posting.source,
    source_ref: posting.ref,
    gl_account: posting.gl,
    amount: posting.amount,
    status: 'Posted',
    posted_at: `${iso(posting.day)}T03:00:00Z`,
  }));

  // ----- Revenue events (ERP): per project per closed month, by the billing model's method.
  const revenueRows = recognizeRevenue(projects, entries, expenses, lastBilledMonth);

  // ----- CRM opportunities and contracts.
  const crm = generateOpportunities(root.fork('opportunities'), projects, accounts, asOf, {
    open: count(40),
    lost: count(25),
    won: count(24),
    wonInApproval: count(3),
  });

  // ----- Rows.
  const accountRows: DemoRow[] = accounts.map((account) => ({
    id: account.id,
    name: account.name,
    industry: account.industry,
    region: account.region,
    parent_id: account.parentIndex === null ? null : accounts[account.parentIndex].id,
    legal_entity_id: salesforceId('a0L', account.legalEntityIndex + 1),
    billing_street: account.street,
    billing_city: account.city.city,
    billing_country: account.city.country,
    payment_terms_days: account.termsDays,
  }));
  const contactRows = generateContacts(root.fork('contacts'), accounts);

  const customersXref: DemoRow[] = [
    ...accounts.map((a) => xref('CRM', 'Customer', a.id, toHubId('Customer', a.id))),
    ...erpCustomers.map((a) => xref('ERP', 'Customer', erpCustomerId.get(a)!, toHubId('Customer', a.id))),
    ...crm.opportunities.map((o) => xref('CRM', 'Opportunity', o.id as string, toHubId('Opportunity', o.id as string))),
    ...crm.contracts.map((c) => xref('CRM', 'Contract', c.id as string, toHubId('Contract', c.id as string))),
  ];

  const resourceRequestRows: DemoRow[] = [];
  for (const project of projects) {
    for (const slot of project.slots) {
      resourceRequestRows.push({
        id: `RR-${pad(resourceRequestRows.length + 1, 6)}`,
        project_id: project.id,
        role: slot.role,
        skills: slot.skills.join(','),
        hours: slot.hours,
        start_date: iso(slot.start),
        end_date: iso(slot.end),
        status: resourceRequestStatus(project, slot, asOf),
      });
    }
  }

  const systems = {
    customers: {
      legal_entity: LEGAL_ENTITIES.map((entity, i) => ({
        id: salesforceId('a0L', i + 1),
        name: entity.name,
        currency: entity.currency,
        tax_registration: entity.tax,
        erp_subsidiary: entity.subsidiary,
      })),
      account: accountRows,
      contact: contactRows,
      opportunity: crm.opportunities,
      contract: crm.contracts,
      xref: customersXref,
    },
    projects: {
      project: projects.map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        account_id: p.account.id,
        contract_id: p.contractId,
        opportunity_id: p.opportunityId,
        manager_id: p.managerId,
        practice: p.practice.name,
        region: p.region,
        billing_model: p.model,
        stage: p.stage,
        health: p.health,
        start_date: iso(p.start),
        end_date: iso(p.end),
        bookings: p.bookings,
        currency: currencyOf(p),
        budget_hours: p.budgetHours,
        closed_for_time: p.stage === 'Completed' || p.stage === 'Closed' || p.stage === 'Canceled' ? 1 : 0,
      })),
      milestone: projects.flatMap((p) =>
        p.milestones.map((m) => ({
          id: m.id,
          project_id: p.id,
          name: m.name,
          amount: m.amount,
          target_date: iso(m.target),
          actual_date: m.actual === null ? null : iso(m.actual),
          requires_signoff: m.requiresSignoff ? 1 : 0,
          signed_off_at: m.signedOff === null ? null : `${iso(m.signedOff)}T16:00:00Z`,
          status: m.status,
        })),
      ),
      resource_request: resourceRequestRows,
      assignment: assignments.map((a) => ({
        id: a.id,
        project_id: a.project.id,
        worker_id: a.worker.id,
        role: a.role,
        start_date: iso(a.start),
        end_date: iso(a.end),
        allocation_pct: a.allocation,
        planned_hours: plannedHoursOf(a),
        status: a.status,
      })),
      time_entry: entries.map((e) => ({
        id: e.id,
        project_id: e.assignment.project.id,
        assignment_id: e.assignment.id,
        worker_id: e.assignment.worker.id,
        work_date: iso(e.day),
        hours: e.hours,
        billable: e.billable ? 1 : 0,
        notes: e.notes,
        status: e.status,
        bill_rate: e.billRate,
        cost_rate: e.costRate,
        version: 1,
      })),
      expense: expenses.map((x) => ({
        id: x.id,
        project_id: x.assignment.project.id,
        worker_id: x.assignment.worker.id,
        expense_date: iso(x.day),
        category: x.category,
        amount: x.amount,
        currency: x.currency,
        billable: x.billable ? 1 : 0,
        status: x.status,
      })),
      change_order: projects.flatMap((p) =>
        p.changeOrders.map((o) => ({
          id: o.id,
          project_id: p.id,
          reason: o.reason,
          delta_bookings: o.deltaBookings,
          delta_budget_hours: o.deltaHours,
          status: o.status,
        })),
      ),
      xref: [
        ...projects.map((p) => xref('PSA', 'Project', p.id, toHubId('Project', p.id))),
        ...projects.filter((p) => p.erpId !== null).map((p) => xref('ERP', 'Project', p.erpId!, toHubId('Project', p.id))),
      ],
    },
    resources: {
      worker: workers.map((w) => ({
        id: w.id,
        first_name: w.firstName,
        last_name: w.lastName,
        email: w.email,
        business_title: w.role,
        grade: ROLE_INFO[w.role].grade,
        practice: w.practice.name,
        location: w.location.name,
        manager_id: w.managerId,
        worker_type: w.type,
        status: w.status,
        hire_date: iso(w.hireDay),
        termination_date: w.terminationDay === null ? null : iso(w.terminationDay),
        scheduled_weekly_hours: 4000,
        utilization_target_bp: ROLE_INFO[w.role].utilizationBp,
      })),
      worker_skill: workers.flatMap((w) => w.skills.map(([skill, level]) => ({ worker_id: w.id, skill, level }))),
      cost_rate: workers.flatMap((w) =>
        w.costRates.map((rate, i) => ({
          worker_id: w.id,
          effective_from: iso(rate.from),
          effective_to: i + 1 < w.costRates.length ? iso(w.costRates[i + 1].from - 1) : null,
          amount: rate.amount,
          currency: workerCurrency(w),
        })),
      ),
      time_off: workers.flatMap((w) =>
        [...w.timeOff.entries()].sort((a, b) => a[0] - b[0]).map(([day, kind]) => ({ worker_id: w.id, off_date: iso(day), hours: DAY_HOURS, kind })),
      ),
      holiday: holidayRows,
      xref: workers.map((w) => xref('HCM', 'Consultant', w.id, toHubId('Consultant', w.id))),
    },
    finance: {
      erp_customer: erpCustomers.map((a) => ({
        id: erpCustomerId.get(a)!,
        crm_account_id: a.id,
        name: a.name,
        subsidiary: LEGAL_ENTITIES[a.legalEntityIndex].subsidiary,
        currency: a.city.currency,
        terms_days: a.termsDays,
      })),
      erp_project: projects
        .filter((p) => p.erpId !== null)
        .map((p) => ({
          id: p.erpId,
          psa_project_id: p.id,
          customer_id: erpCustomerId.get(p.account)!,
          status: p.stage === 'Closed' || p.stage === 'Canceled' || p.erpClosedFrom !== null ? 'Closed' : 'Open',
          currency: currencyOf(p),
        })),
      // USD cards first, so their ids stay those of a single-currency firm.
      rate_card: CURRENCIES.flatMap((currency) => ROLES.flatMap((role) => REGIONS.map((region) => [role, region, currency] as const))).flatMap(
        ([role, region, currency], i) => [
          {
            id: `RC-${pad(2 * i + 1, 4)}`,
            role,
            region,
            bill_rate: previousRate(role, region, currency),
            currency,
            effective_from: iso(rateCardFrom),
            effective_to: iso(rateChangeDay - 1),
          },
          {
            id: `RC-${pad(2 * i + 2, 4)}`,
            role,
            region,
            bill_rate: currentRate(role, region, currency),
            currency,
            effective_from: iso(rateChangeDay),
            effective_to: null,
          },
        ],
      ),
      exchange_rate: fx.rows,
      billing_event: eventList.map((event) => ({
        id: event.id,
        project_id: event.project.erpId,
        status: event.status,
        hold_reason: event.holdReason,
        event_date: iso(event.day),
      })),
      billing_item: (() => {
        let seq = 0;
        return eventList.flatMap((event) =>
          event.items.map((item) => ({
            id: `BI-${pad(++seq, 7)}`,
            billing_event_id: event.id,
            kind: item.kind,
            source_ref: item.sourceRef,
            quantity: item.quantity,
            unit_price: item.unitPrice,
            amount: item.amount,
          })),
        );
      })(),
      invoice: invoiceRows,
      invoice_line: invoiceLineRows,
      payment: paymentRows,
      cost_posting: costPostingRows,
      revenue_event: revenueRows,
      xref: invoiceRows.map((row) => xref('ERP', 'Invoice', row.id as string, toHubId('Invoice', row.id as string))),
    },
  };
  // ----- The client delivery platform: derived from the rows above (scripts/demo-data/delivery.ts).
  const delivery = generateDeliveryData(systems, options);
  // A PSA timecard that a worklog became carries the worklog's id (time_entry.source_ref), as the sync writes it.
  const worklogOfEntry = new Map(delivery.worklog.flatMap((worklog) => (worklog.time_entry_ref === null ? [] : [[worklog.time_entry_ref, worklog.id]])));
  const timeEntries = systems.projects.time_entry.map((entry) => ({ ...entry, source_ref: worklogOfEntry.get(entry.id) ?? null }));
  return { ...systems, projects: { ...systems.projects, time_entry: timeEntries }, delivery };
}

// ---------------------------------------------------------------------------------------------
// Sections.

/**
 * The demo always has a client billed in a three-decimal currency: when no client with projects is
 * in Kuwait, the first EMEA client of its own (no parent) moves there, contracting in KWD with the UK entity.
 */
function ensureGulfCustomer(accounts: AccountModel[]): void {
  if (accounts.some((account) => account.hasProjects && account.city.currency === 'KWD')) return;
  const gulf = CITIES.find((city) => city.currency === 'KWD')!;
  const account = accounts.find((candidate) => candidate.hasProjects && candidate.parentIndex === null && candidate.region === gulf.region);
  if (!account) return;
  account.city = gulf;
  account.name = `${account.base} ${gulf.suffix}`;
  account.legalEntityIndex = legalEntityFor(gulf);
}

/** A project's currency: its customer's contract currency. */
function currencyOf(project: ProjectModel): DemoCurrency {
  return project.account.city.currency;
}

/** A consultant's cost currency: the functional currency of the entity employing them. */
function workerCurrency(worker: WorkerModel): DemoCurrency {
  return LEGAL_ENTITIES[employingEntityOf(worker.location)].currency;
}

/** The ERP's exchange rates over the demo's days, and the DAILY rate in force on a day. */
interface ExchangeRates {
  rows: DemoRow[];
  /** The DAILY rate `from`→`to` in force on `day` (the latest published on or before it). */
  dailyOn(from: DemoCurrency, to: DemoCurrency, day: number): string;
}

/** How far a currency's value may move in a working day, in basis points (the dinar is pegged to a basket). */
const DAILY_MOVE_BP: Record<DemoCurrency, number> = { USD: 0, EUR: 30, GBP: 30, KWD: 5 };

/** Digits after the point of a published rate. */
const RATE_DECIMALS = 6;

/**
 * Exchange rates from `firstDay` to `asOf`: each currency's value in the group currency walks
 * from its price level by at most DAILY_MOVE_BP a working day; every ordered pair is published as its own
 * directed rate (six decimals), each working day (DAILY), as each month's average of its daily rates
 * (MONTHLY_AVERAGE, effective the month's last day; the current month's is month to date), and as
 * the month's last daily rate (CLOSING, effective the month's last day, for months ended by asOf).
 */
function generateExchangeRates(random: Random, firstDay: number, asOf: number): ExchangeRates {
  const value = new Map<DemoCurrency, number>(CURRENCIES.map((currency) => [currency, 1 / PRICE_LEVEL[currency]]));
  const pairs = CURRENCIES.flatMap((from) => CURRENCIES.filter((to) => to !== from).map((to) => [from, to] as const));
  const rows: DemoRow[] = [];
  const daily = new Map<string, { day: number; rate: string }[]>(pairs.map(([from, to]) => [`${from}|${to}`, []]));
  const recordedAt = `${iso(asOf)}T06:00:00.000Z`;
  const row = (from: DemoCurrency, to: DemoCurrency, rateType: string, day: number, rate: string): DemoRow => ({
    from_currency: from,
    to_currency: to,
    rate_type: rateType,
    effective_date: iso(day),
    rate,
    recorded_at: recordedAt,
  });
  const published = (rate: number): string => normalizeRate(rate.toFixed(RATE_DECIMALS))!;
  let month = monthIndexOf(firstDay);
  let monthly = new Map<string, number[]>();
  const closeMonth = (last: boolean) => {
    const monthEnd = lastDayOfMonth(month);
    for (const [from, to] of pairs) {
      const rates = monthly.get(`${from}|${to}`) ?? [];
      if (rates.length === 0) continue;
      rows.push(row(from, to, 'MONTHLY_AVERAGE', monthEnd, published(sum(rates) / rates.length)));
      if (!last || monthEnd <= asOf) rows.push(row(from, to, 'CLOSING', monthEnd, published(rates[rates.length - 1])));
    }
    monthly = new Map();
  };
  for (let day = firstDay; day <= asOf; day++) {
    if (monthIndexOf(day) !== month) {
      closeMonth(false);
      month = monthIndexOf(day);
    }
    if (!isWorkday(day)) continue;
    for (const currency of CURRENCIES) {
      if (currency === GROUP_CURRENCY) continue;
      value.set(currency, value.get(currency)! * (1 + random.int(-DAILY_MOVE_BP[currency], DAILY_MOVE_BP[currency]) / 10000));
    }
    for (const [from, to] of pairs) {
      const rate = published(value.get(from)! / value.get(to)!);
      rows.push(row(from, to, 'DAILY', day, rate));
      daily.get(`${from}|${to}`)!.push({ day, rate });
      const list = monthly.get(`${from}|${to}`) ?? [];
      list.push(Number(rate));
      monthly.set(`${from}|${to}`, list);
    }
  }
  closeMonth(true);
  rows.sort(
    (a, b) =>
      compareText(a.from_currency as string, b.from_currency as string) ||
      compareText(a.to_currency as string, b.to_currency as string) ||
      compareText(a.rate_type as string, b.rate_type as string) ||
      compareText(a.effective_date as string, b.effective_date as string),
  );
  return {
    rows,
    dailyOn(from, to, day) {
      const list = daily.get(`${from}|${to}`)!;
      // Binary search for the last published day on or before `day`.
      let low = 0;
      let high = list.length - 1;
      let found = -1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (list[mid].day <= day) {
          found = mid;
          low = mid + 1;
        } else high = mid - 1;
      }
      if (found < 0) throw new RangeError(`no DAILY rate ${from}→${to} on or before ${iso(day)}`);
      return list[found].rate;
    },
  };
}

function xref(system: string, entityType: string, nativeId: string, hubId: string): DemoRow {
  return { system, entity_type: entityType, native_id: nativeId, hub_id: hubId };
}

/** Code-unit order, the same on every platform and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

function groupBy<K, V>(items: readonly V[], key: (item: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    let list = groups.get(k);
    if (!list) {
      list = [];
      groups.set(k, list);
    }
    list.push(item);
  }
  return groups;
}

function pickOne<T>(random: Random, items: readonly T[]): T | null {
  return items.length === 0 ? null : random.pick(items);
}

/** Exact counts per share, the remainder going to the first entry. */
function apportion<T>(total: number, shares: readonly (readonly [T, number])[]): T[] {
  const counts = shares.map(([, share]) => Math.floor(total * share));
  counts[0] += total - sum(counts);
  return shares.flatMap(([value], i) => Array.from({ length: counts[i] }, () => value));
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function generateWorkers(random: Random, total: number, asOf: number, windowStart: number): WorkerModel[] {
  const roles = apportion(
    total,
    ROLES.map((role) => [role, ROLE_INFO[role].share / 100] as const),
  );
  const byRoleCount = new Map<Role, number>();
  const emails = new Set<string>();
  const workers: WorkerModel[] = roles.map((role, index) => {
    const n = byRoleCount.get(role) ?? 0;
    byRoleCount.set(role, n + 1);
    const practice = PRACTICES[n % PRACTICES.length];
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    let email = `${asciiSlug(firstName)}.${asciiSlug(lastName)}@${FIRM_DOMAIN}`;
    for (let k = 2; emails.has(email); k++) email = `${asciiSlug(firstName)}.${asciiSlug(lastName)}${k}@${FIRM_DOMAIN}`;
    emails.add(email);
    const junior = role !== 'Partner' && role !== 'Senior Manager';
    const hiredRecently = junior && random.chance(0.1);
    const hireDay = mondayOnOrAfter(hiredRecently ? asOf - random.int(40, 330) : asOf - random.int(420, 3650));
    const info = ROLE_INFO[role];
    return {
      index,
      id: '',
      firstName,
      lastName,
      email,
      role,
      practice,
      location: random.weighted(LOCATIONS.map((l) => [l, l.weight] as const)),
      managerId: null,
      type: junior && random.chance(0.12) ? 'Contingent Worker' : 'Employee',
      status: 'Active',
      hireDay,
      terminationDay: null,
      leaveDay: null,
      lastStaffable: Number.MAX_SAFE_INTEGER,
      costRates: [{ from: hireDay, amount: roundTo(random.int(info.costMin, info.costMax), 100) }],
      skills: [],
      timeOff: new Map(),
      load: [],
    };
  });
  // Ids follow a shuffled order so that roles and practices are mixed across the id range.
  const order = random.shuffle(workers);
  for (const [i, worker] of order.entries()) worker.id = `W-${pad(i + 1, 5)}`;
  workers.sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const [i, worker] of workers.entries()) worker.index = i;

  // Leavers and leaves of absence among consultants and managers hired before the window.
  const eligible = random.shuffle(workers.filter((w) => w.role !== 'Partner' && w.hireDay < windowStart));
  const terminated = eligible.slice(0, Math.round(total * 0.06));
  const onLeave = eligible.slice(terminated.length, terminated.length + Math.round(total * 0.03));
  for (const worker of terminated) {
    worker.status = 'Terminated';
    worker.terminationDay = fridayOnOrBefore(asOf - random.int(20, 300));
    worker.lastStaffable = worker.terminationDay;
  }
  for (const worker of onLeave) {
    worker.status = 'Leave of Absence';
    worker.leaveDay = mondayOnOrBefore(asOf - random.int(10, 60));
    worker.lastStaffable = worker.leaveDay - 3;
  }

  for (const worker of workers) {
    const info = ROLE_INFO[worker.role];
    if (worker.type === 'Contingent Worker') worker.costRates[0].amount = Math.min(15000, roundTo(worker.costRates[0].amount * 1.2, 100));
    // Earlier cost rates: one or two raises, effective on Mondays.
    const current = worker.costRates[0].amount;
    const lastDay = Math.min(asOf, worker.lastStaffable);
    const raises =
      worker.hireDay < windowStart - 180
        ? random.weighted([
            [0, 2],
            [1, 5],
            [2, 3],
          ] as const)
        : 0;
    const history: { from: number; amount: number }[] = [];
    let from = mondayOnOrAfter(lastDay - random.int(30, 300));
    for (let r = 0; r < raises && from > worker.hireDay + 60; r++) {
      history.unshift({ from, amount: 0 });
      from = mondayOnOrAfter(from - random.int(200, 400));
    }
    const rates = [{ from: worker.hireDay, amount: 0 }, ...history];
    // Priced in US cents, paid in the employing entity's currency at its price level.
    const currency = workerCurrency(worker);
    for (const [i, rate] of rates.entries()) rate.amount = priced(current * (1 - 0.05 * (rates.length - 1 - i)), currency, 100);
    worker.costRates = rates;
    // Skills from the practice plus a common one.
    const pool = random.shuffle([...worker.practice.skills, ...COMMON_SKILLS]);
    const skillCount = random.int(2, 5);
    worker.skills = pool.slice(0, skillCount).map((skill) => [skill, random.int(info.skillLevel[0], info.skillLevel[1])]);
  }

  // Managers: partners report to their practice lead, others to someone more senior in the practice.
  for (const practice of PRACTICES) {
    const members = workers.filter((w) => w.practice === practice);
    const seniority = (w: WorkerModel): number => ROLES.indexOf(w.role);
    const staying = members.filter((w) => w.status !== 'Terminated');
    const lead = staying.find((w) => w.role === 'Partner') ?? staying[0];
    for (const worker of members) {
      if (worker === lead) continue;
      if (worker.role === 'Partner') {
        worker.managerId = lead.id;
        continue;
      }
      const above = staying.filter(
        (w) => seniority(w) < seniority(worker) && seniority(w) <= ROLES.indexOf('Manager') && seniority(worker) - seniority(w) <= 3,
      );
      const local = above.filter((w) => w.location.region === worker.location.region);
      const choices = local.length > 0 ? local : above.length > 0 ? above : [lead];
      worker.managerId = random.pick(choices).id;
    }
  }
  return workers;
}

function generateTimeOff(random: Random, worker: WorkerModel, asOf: number, historyStart: number, holidays: Set<number>): void {
  const from = Math.max(worker.hireDay, historyStart);
  const to = Math.min(worker.terminationDay ?? asOf, worker.leaveDay === null ? asOf : worker.leaveDay - 1, asOf);
  const limit = worker.terminationDay ?? Number.MAX_SAFE_INTEGER;
  const add = (day: number, kind: string): void => {
    if (day <= limit && isWorkday(day) && !holidays.has(day) && !worker.timeOff.has(day)) worker.timeOff.set(day, kind);
  };
  const block = (start: number, length: number, kind: string): void => {
    let day = start;
    for (let added = 0; added < length; day++) {
      if (isWorkday(day) && !holidays.has(day)) {
        add(day, kind);
        added++;
      }
    }
  };
  if (to - from > 30) {
    const blocks = Math.max(1, Math.round((random.int(2, 4) * (to - from)) / 365));
    for (let b = 0; b < blocks; b++) block(random.int(from, to - 7), random.int(1, 5), 'Vacation');
    const sick = random.int(0, 4);
    for (let s = 0; s < sick; s++) add(random.int(from, to), 'Sick');
  }
  if (worker.status === 'Active' && random.chance(0.5)) block(asOf + random.int(7, 120), random.int(2, 5), 'Vacation');
  if (worker.leaveDay !== null) for (let day = worker.leaveDay; day <= asOf + 60; day++) add(day, 'Leave of Absence');
}

function generateAccounts(random: Random, total: number): AccountModel[] {
  const accounts: AccountModel[] = [];
  const names = new Set<string>();
  const codes = new Set<string>();
  const words = random.shuffle(COMPANY_WORDS);
  for (let index = 0; index < total; index++) {
    const parents = accounts.slice(0, 20).filter((a) => a.parentIndex === null);
    const parent = index >= 8 && random.chance(0.1) ? random.pick(parents) : null;
    const parentIndex = parent === null ? null : parent.index;
    const [industry, suffixes] = parent ? INDUSTRIES.find(([name]) => name === parent.industry)! : random.pick(INDUSTRIES);
    const region: Region = parent
      ? random.pick(REGIONS.filter((r) => r !== parent.region))
      : random.weighted([
          ['North America', 5],
          ['EMEA', 3.5],
          ['APAC', 2],
        ] as const);
    const city = random.pick(CITIES.filter((c) => c.region === region));
    let base = '';
    for (let attempt = 0; base === '' || names.has(base); attempt++) {
      if (parent) base = `${parent.base} ${attempt === 0 ? city.country : `${city.country} ${attempt + 1}`}`;
      else {
        const word = words[(index + attempt) % words.length];
        base = `${word} ${random.pick(suffixes)}`;
      }
    }
    names.add(base);
    const letters = base
      .replace(/[^A-Za-z ]/g, '')
      .toUpperCase()
      .split(' ')
      .filter(Boolean);
    let shortCode = letters[0].slice(0, 4);
    for (let k = 1; codes.has(shortCode); k++) shortCode = `${letters[0].slice(0, 3)}${(letters[1] ?? 'X')[0]}${k > 1 ? k : ''}`;
    codes.add(shortCode);
    accounts.push({
      index,
      id: salesforceId('001', index + 1),
      name: `${base} ${city.suffix}`,
      base,
      shortCode,
      industry,
      region,
      city,
      street: `${random.int(1, 980)} ${random.pick(STREETS)}`,
      parentIndex,
      legalEntityIndex: legalEntityFor(city),
      termsDays: random.weighted([
        [30, 6],
        [45, 2],
        [60, 1.5],
        [15, 0.5],
      ] as const),
      payDelay: random.weighted([
        [random.int(-5, 3), 6],
        [random.int(8, 25), 3],
        [random.int(30, 60), 1],
      ] as const),
      mailDomain: `${asciiSlug(base)}.example`,
      hasProjects: true,
    });
  }
  // About one account in seven is a prospect: opportunities only, no projects yet.
  const prospectCount = Math.max(1, Math.round(total / 7));
  for (const account of random.shuffle(accounts.filter((a) => a.parentIndex === null)).slice(0, prospectCount)) account.hasProjects = false;
  return accounts;
}

function generateContacts(random: Random, accounts: readonly AccountModel[]): DemoRow[] {
  const rows: DemoRow[] = [];
  for (const account of accounts) {
    const n = random.int(2, 4);
    for (let i = 0; i < n; i++) {
      const firstName = random.pick(FIRST_NAMES);
      const lastName = random.pick(LAST_NAMES);
      rows.push({
        id: salesforceId('003', rows.length + 1),
        account_id: account.id,
        first_name: firstName,
        last_name: lastName,
        email: `${asciiSlug(firstName)}.${asciiSlug(lastName)}@${account.mailDomain}`,
        role: i < 2 ? CONTACT_ROLES[i] : random.pick(CONTACT_ROLES.slice(2)),
      });
    }
  }
  return rows;
}

function blankProject(
  account: AccountModel,
  stage: ProjectStage,
  model: PsaBillingModel,
  practice: Practice,
  region: Region,
  size: ProjectModel['size'],
): ProjectModel {
  return {
    index: 0,
    id: '',
    code: '',
    name: '',
    account,
    stage,
    model,
    practice,
    region,
    size,
    start: 0,
    referenceStart: 0,
    end: 0,
    contractEnd: 0,
    stopDay: null,
    health: 'Green',
    managerId: null,
    slots: [],
    bookings: 0,
    originalBookings: 0,
    budgetHours: 0,
    targetMarginBp: 3500,
    opportunityId: '',
    contractId: '',
    missingInErp: false,
    erpClosedFrom: null,
    erpId: null,
    changeOrders: [],
    milestones: [],
  };
}

function planProjects(
  random: Random,
  total: number,
  accounts: readonly AccountModel[],
  asOf: number,
  windowStart: number,
  historyStart: number,
): ProjectModel[] {
  const clients = accounts.filter((a) => a.hasProjects);
  const weights = clients.map((_, i) => [i, 1 / (i + 1) ** 0.7] as const);
  const stages = random.shuffle(apportion(total, STAGE_SHARES));
  const projects: ProjectModel[] = [];
  stages.forEach((stage, i) => {
    // Every client gets a project, the rest go to the larger clients.
    const account = i < clients.length ? clients[i] : clients[random.weighted(weights)];
    const model = random.weighted([
      ['T&M', 50],
      ['Fixed Price', 20],
      ['Milestone', 18],
      ['Retainer', 12],
    ] as const);
    const size =
      model === 'Retainer'
        ? 'S'
        : random.weighted([
            ['S', 35],
            ['M', 45],
            ['L', 20],
          ] as const);
    const practice = random.pick(PRACTICES);
    const region = random.chance(0.85) ? account.region : random.pick(REGIONS);
    const project = blankProject(account, stage, model, practice, region, size);
    project.index = i;
    const duration = (): number => (size === 'S' ? random.int(90, 150) : size === 'M' ? random.int(150, 270) : random.int(240, 400));
    let start: number;
    let end: number;
    switch (stage) {
      case 'Closed':
        start = historyStart + random.int(0, 210);
        end = Math.min(start + duration(), asOf - random.int(45, 90));
        break;
      case 'Completed':
        start = historyStart + random.int(30, 350);
        end = Math.min(start + duration(), asOf - random.int(10, 40));
        break;
      case 'Canceled':
        start = windowStart + random.int(-60, 240);
        end = start + duration();
        project.stopDay = fridayOnOrBefore(Math.min(start + random.int(25, 80), asOf - 15));
        break;
      case 'On Hold':
        start = windowStart + random.int(0, 260);
        end = Math.max(start + duration(), asOf + random.int(30, 120));
        project.stopDay = fridayOnOrBefore(asOf - random.int(15, 45));
        break;
      case 'Planned':
        start = asOf + random.int(7, 75);
        end = start + duration();
        break;
      default:
        // Long programmes started early in the year; the rest throughout it.
        start = random.chance(0.4) ? historyStart + random.int(0, 210) : windowStart + random.int(60, 355);
        end = Math.max(start + duration(), asOf + random.int(21, 120));
    }
    // The same draw, placed as if the business date were REFERENCE_AS_OF (for the ids only).
    const referenceAsOf = toDay(REFERENCE_AS_OF);
    project.referenceStart = alignStart(start - asOf + referenceAsOf, model, stage, referenceAsOf - 365 - HISTORY_LEAD_DAYS);
    start = alignStart(start, model, stage, historyStart);
    if (model === 'Retainer') {
      end = lastDayOfMonth(monthIndexOf(end));
      if (project.stopDay !== null && project.stopDay < start) project.stopDay = fridayOnOrBefore(start + 30);
    } else {
      end = fridayOnOrBefore(end);
    }
    project.start = start;
    project.contractEnd = end;
    project.end = stage === 'Canceled' ? project.stopDay! : end;
    project.health =
      stage === 'On Hold'
        ? random.pick(['Yellow', 'Red'] as const)
        : stage === 'In Progress'
          ? random.weighted([
              ['Green', 65],
              ['Yellow', 25],
              ['Red', 10],
            ] as const)
          : random.weighted([
              ['Green', 85],
              ['Yellow', 15],
            ] as const);
    project.targetMarginBp = random.pick([3000, 3250, 3500, 3750, 4000, 4500]);
    projects.push(project);
  });
  return projects;
}

/** A drawn start day made a real one: retainers start on the 1st of a month (none before the history), the rest on a Monday. */
function alignStart(start: number, model: PsaBillingModel, stage: ProjectStage, historyStart: number): number {
  if (model !== 'Retainer') return mondayOnOrAfter(start);
  const month = monthIndexOf(start);
  return firstDayOfMonth(stage === 'Planned' || firstDayOfMonth(month) < historyStart ? month + 1 : month);
}

/**
 * Numbers, codes and names the projects (already in start order, which `index` becomes) in the
 * order of their reference starts, ties in planning order: the same for any business date.
 */
function assignProjectIds(nameRandom: Random, projects: ProjectModel[]): void {
  const naming = [...projects].sort((a, b) => a.referenceStart - b.referenceStart || a.index - b.index);
  projects.forEach((project, i) => {
    project.index = i;
  });
  const perYear = new Map<number, number>();
  const perCode = new Map<string, number>();
  naming.forEach((project) => {
    const year = Math.floor(monthIndexOf(project.referenceStart) / 12);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    project.id = `PRJ-${year}-${pad(n, 4)}`;
    const prefix = `${project.account.shortCode}-${project.practice.code}`;
    const k = (perCode.get(prefix) ?? 0) + 1;
    perCode.set(prefix, k);
    project.code = `${prefix}-${pad(k, 2)}`;
    const type = project.model === 'Retainer' ? 'Managed Services Retainer' : nameRandom.pick(project.practice.projectTypes);
    project.name = `${project.account.base} ${type}${k > 1 ? ` ${['', '', 'II', 'III', 'IV', 'V'][k] ?? k}` : ''}`;
  });
}

interface SlotTemplate {
  role: Role;
  allocations: readonly (readonly [number, number])[];
  count: readonly [number, number];
}

const TEAMS: Record<'S' | 'M' | 'L' | 'Retainer', readonly SlotTemplate[]> = {
  S: [
    { role: 'Partner', allocations: [[10, 1]], count: [1, 1] },
    {
      role: 'Manager',
      allocations: [
        [50, 3],
        [25, 1],
      ],
      count: [1, 1],
    },
    {
      role: 'Senior Consultant',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [1, 1],
    },
    {
      role: 'Consultant',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [0, 1],
    },
    {
      role: 'Analyst',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [0, 1],
    },
  ],
  M: [
    {
      role: 'Partner',
      allocations: [
        [10, 1],
        [20, 1],
      ],
      count: [1, 1],
    },
    { role: 'Senior Manager', allocations: [[25, 1]], count: [0, 1] },
    {
      role: 'Manager',
      allocations: [
        [100, 1],
        [50, 2],
      ],
      count: [1, 1],
    },
    {
      role: 'Senior Consultant',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [1, 2],
    },
    {
      role: 'Consultant',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [1, 2],
    },
    {
      role: 'Analyst',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [0, 1],
    },
  ],
  L: [
    { role: 'Partner', allocations: [[20, 1]], count: [1, 1] },
    { role: 'Senior Manager', allocations: [[50, 1]], count: [1, 1] },
    { role: 'Manager', allocations: [[100, 1]], count: [1, 1] },
    {
      role: 'Senior Consultant',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [2, 3],
    },
    {
      role: 'Consultant',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [2, 3],
    },
    {
      role: 'Analyst',
      allocations: [
        [100, 2],
        [50, 3],
      ],
      count: [1, 2],
    },
  ],
  Retainer: [
    { role: 'Manager', allocations: [[25, 1]], count: [1, 1] },
    { role: 'Senior Consultant', allocations: [[50, 1]], count: [1, 1] },
    { role: 'Consultant', allocations: [[50, 1]], count: [0, 1] },
  ],
};

function planSlots(random: Random, project: ProjectModel): SlotModel[] {
  const template = TEAMS[project.model === 'Retainer' ? 'Retainer' : project.size];
  const start = project.model === 'Retainer' ? mondayOnOrAfter(project.start) : project.start;
  const end = project.model === 'Retainer' ? fridayOnOrBefore(project.contractEnd) : project.contractEnd;
  const span = end - start;
  const slots: SlotModel[] = [];
  for (const slotTemplate of template) {
    const n = random.int(slotTemplate.count[0], slotTemplate.count[1]);
    for (let i = 0; i < n; i++) {
      let s = start;
      let e = end;
      // Juniors often join after the start or roll off before the end.
      const junior = slotTemplate.role === 'Consultant' || slotTemplate.role === 'Analyst';
      if (junior && random.chance(0.4) && span > 90) {
        s = mondayOnOrAfter(start + Math.floor(span * random.next() * 0.25));
        e = fridayOnOrBefore(end - Math.floor(span * random.next() * 0.2));
      }
      const allocation = random.weighted(slotTemplate.allocations);
      const skills = random.shuffle(project.practice.skills).slice(0, random.int(1, 2));
      const hours = (workdaysBetween(s, e) * DAY_HOURS * allocation) / 100;
      slots.push({ role: slotTemplate.role, allocation, start: s, end: e, hours, skills, assignments: [] });
    }
  }
  return slots;
}

function loadOn(worker: WorkerModel, day: number): number {
  let load = 0;
  for (const interval of worker.load) if (interval.start <= day && day <= interval.end) load += interval.allocation;
  return load;
}

/** The last day from `from` (up to `to`) the worker can take `allocation` more, or null if not on `from`. */
function freeUntil(worker: WorkerModel, from: number, to: number, allocation: number): number | null {
  if (loadOn(worker, from) + allocation > 100) return null;
  let until = Math.min(to, worker.lastStaffable);
  for (const interval of worker.load) {
    if (interval.start > from && interval.start <= until && loadOn(worker, interval.start) + allocation > 100) until = interval.start - 1;
  }
  return until;
}

/**
 * Staffs a slot from its start: the best free worker of the role (or an adjacent one) takes it for as
 * long as they can; up to two more workers take over the rest (leavers, clashes).
 */
function fillSlot(random: Random, project: ProjectModel, slot: SlotModel, workers: readonly WorkerModel[], out: AssignmentModel[], asOf: number): void {
  const staffEnd = Math.min(slot.end, project.stopDay ?? slot.end);
  let cursor = slot.start;
  const tried = new Set<WorkerModel>();
  for (let segments = 0; segments < 3; ) {
    if (!isWorkday(cursor)) cursor = mondayOnOrAfter(cursor);
    if (cursor > staffEnd) break;
    const roles = [slot.role, ...ROLE_FALLBACK[slot.role]];
    let best: { worker: WorkerModel; until: number; score: number } | null = null;
    for (const [rank, role] of roles.entries()) {
      for (const worker of workers) {
        if (worker.role !== role || tried.has(worker) || worker.hireDay > cursor || worker.lastStaffable < cursor + 14) continue;
        const samePractice = worker.practice === project.practice;
        if (!samePractice && rank > 0) continue;
        const until = freeUntil(worker, cursor, staffEnd, slot.allocation);
        if (until === null || workdaysBetween(cursor, until) < 10) continue;
        const score = loadOn(worker, cursor) + rank * 40 + (samePractice ? 0 : 60) + (worker.location.region === project.region ? 0 : 20) + random.int(0, 30);
        if (!best || score < best.score) best = { worker, until, score };
      }
      if (best && rank === 0) break;
    }
    if (!best) break;
    tried.add(best.worker);
    const start = cursor;
    const end = best.until >= staffEnd ? staffEnd : fridayOnOrBefore(best.until);
    if (end < start) break;
    const assignment: AssignmentModel = {
      index: out.length,
      id: '',
      project,
      worker: best.worker,
      role: slot.role,
      start,
      end,
      allocation: slot.allocation,
      status: end < asOf ? 'Closed' : 'Scheduled',
    };
    best.worker.load.push({ start, end, allocation: slot.allocation });
    slot.assignments.push(assignment);
    out.push(assignment);
    cursor = end + 1;
    segments++;
  }
}

function pickLateLogger(random: Random, assignments: readonly AssignmentModel[], asOf: number): AssignmentModel | null {
  const candidates = assignments.filter(
    (a) =>
      a.worker.terminationDay !== null &&
      a.end === a.worker.terminationDay &&
      a.project.model === 'T&M' &&
      a.project.contractEnd > a.worker.terminationDay + 21 &&
      a.worker.terminationDay + 10 < asOf &&
      a.allocation >= 50 &&
      assignments.every((other) => other.worker !== a.worker || other === a || other.end <= a.worker.terminationDay!),
  );
  return pickOne(random, candidates);
}

function priceProject(random: Random, project: ProjectModel, billRateOn: (role: Role, region: Region, day: number, currency: DemoCurrency) => number): void {
  const currency = currencyOf(project);
  const plannedValue = sum(project.slots.map((slot) => valueOfHours(slot.hours, billRateOn(slot.role, project.region, project.start, currency))));
  // Fees round to whole thousands (five hundreds) of the currency's major unit.
  const thousand = 100000 * minorPerCent(currency);
  const months = monthIndexOf(project.contractEnd) - monthIndexOf(project.start) + 1;
  switch (project.model) {
    case 'T&M':
      project.bookings = Math.ceil((plannedValue * 1.08) / thousand) * thousand;
      break;
    case 'Fixed Price':
      project.bookings = roundTo((plannedValue * random.int(95, 115)) / 100, thousand);
      break;
    case 'Milestone':
      project.bookings = roundTo((plannedValue * random.int(100, 110)) / 100, thousand);
      break;
    case 'Retainer':
      project.bookings = roundTo(plannedValue / months, thousand / 2) * months;
      break;
  }
  project.originalBookings = project.bookings;
  project.budgetHours = roundTo(sum(project.slots.map((slot) => slot.hours)) * 1.05, 100);
}

function planChangeOrders(random: Random, project: ProjectModel): ProjectModel['changeOrders'] {
  if (project.model === 'Retainer' || project.stage === 'Planned' || !random.chance(0.3)) return [];
  const n = random.int(1, 2);
  const orders: ProjectModel['changeOrders'] = [];
  for (let i = 0; i < n; i++) {
    const status =
      project.stage === 'In Progress'
        ? random.weighted([
            ['Applied', 35],
            ['Approved', 10],
            ['In Financial Review', 15],
            ['Submitted', 15],
            ['Draft', 10],
            ['Rejected', 15],
          ] as const)
        : project.stage === 'On Hold'
          ? random.pick(['Draft', 'Submitted', 'In Financial Review'] as const)
          : random.weighted([
              ['Applied', 7],
              ['Rejected', 3],
            ] as const);
    const currency = currencyOf(project);
    const deltaBookings = roundTo((project.bookings * random.int(3, 15)) / 100, 100000 * minorPerCent(currency));
    // About 200 of the currency's price level per hour.
    const deltaHours = roundTo(deltaBookings / (200 * PRICE_LEVEL[currency] * minorPerCent(currency)), 100);
    orders.push({ id: '', reason: random.pick(CHANGE_REASONS), deltaBookings, deltaHours, status });
  }
  return orders;
}

function milestoneStatus(random: Random, project: ProjectModel, target: number, asOf: number): Pick<MilestoneModel, 'status' | 'actual'> {
  const stopped = project.stopDay !== null && target > project.stopDay;
  if (stopped) return { status: 'Planned', actual: null };
  if (target <= asOf - 12) return { status: 'Approved', actual: Math.min(target + random.int(-3, 3), asOf - 10) };
  if (target <= asOf) return random.chance(0.6) ? { status: 'Complete', actual: target } : { status: 'Open', actual: null };
  if (target <= asOf + 45) return { status: 'Open', actual: null };
  return { status: 'Planned', actual: null };
}

function planMilestones(random: Random, project: ProjectModel, asOf: number): MilestoneModel[] {
  const milestones: MilestoneModel[] = [];
  const add = (name: string, amount: number | null, target: number, requiresSignoff: boolean): void => {
    const { status, actual } = milestoneStatus(random, project, target, asOf);
    let signedOff: number | null = null;
    if (status === 'Approved' && requiresSignoff) signedOff = Math.min(actual! + random.int(1, 4), asOf - 1);
    milestones.push({
      id: '',
      project,
      name,
      amount,
      target,
      actual,
      requiresSignoff,
      signedOff,
      status,
      approvedDay: status === 'Approved' ? (signedOff ?? actual) : null,
    });
  };
  const span = project.contractEnd - project.start;
  const applied = project.changeOrders.filter((order) => order.status === 'Applied');
  switch (project.model) {
    case 'T&M':
      add('Kickoff', null, fridayOnOrBefore(project.start + 7), false);
      add('Final report', null, project.contractEnd, false);
      break;
    case 'Fixed Price':
    case 'Milestone': {
      const n = project.size === 'S' ? 3 : project.size === 'M' ? 4 : random.int(5, 6);
      const middle = random
        .shuffle(FIXED_MILESTONES.slice(1, -1))
        .slice(0, n - 2)
        .sort((a, b) => FIXED_MILESTONES.indexOf(a) - FIXED_MILESTONES.indexOf(b));
      const names =
        project.model === 'Fixed Price'
          ? [FIXED_MILESTONES[0], ...middle, FIXED_MILESTONES[FIXED_MILESTONES.length - 1]]
          : [...PHASE_MILESTONES.slice(0, n - 1), PHASE_MILESTONES[PHASE_MILESTONES.length - 1]];
      const base = project.originalBookings;
      const firstShare = project.model === 'Fixed Price' ? 0.15 : 1 / n;
      const hundred = 10000 * minorPerCent(currencyOf(project));
      const first = roundTo(base * firstShare, hundred);
      const rest = roundTo((base - first) / (n - 1), hundred);
      for (let i = 0; i < n; i++) {
        const amount = i === 0 ? first : i === n - 1 ? base - first - rest * (n - 2) : rest;
        const target = i === n - 1 ? project.contractEnd : fridayOnOrBefore(project.start + Math.round(((i + 1) * span) / n));
        add(names[i], amount, target, random.chance(0.7));
      }
      const changeDay = fridayOnOrBefore(project.start + Math.round(span * 0.75));
      for (const order of applied) add(`Change order ${order.id}`, order.deltaBookings, changeDay, true);
      milestones.sort((a, b) => a.target - b.target);
      break;
    }
    case 'Retainer': {
      const months = monthIndexOf(project.contractEnd) - monthIndexOf(project.start) + 1;
      const fee = project.bookings / months;
      for (let m = monthIndexOf(project.start); m <= monthIndexOf(project.contractEnd); m++) {
        const target = lastDayOfMonth(m);
        const stopped = project.stopDay !== null && firstDayOfMonth(m) > project.stopDay;
        const status: MilestoneModel['status'] = stopped ? 'Planned' : target < asOf ? 'Approved' : m === monthIndexOf(asOf) ? 'Open' : 'Planned';
        milestones.push({
          id: '',
          project,
          name: `Retainer fee, ${monthLabel(m)}`,
          amount: fee,
          target,
          actual: status === 'Approved' ? target : null,
          requiresSignoff: false,
          signedOff: null,
          status,
          approvedDay: status === 'Approved' ? target : null,
        });
      }
      break;
    }
  }
  return milestones;
}

/**
 * Expenses are incurred in the consultant's own currency (a London consultant's hotel in GBP on a
 * USD project); the ERP posts and bills them in the project's, converted at the expense day's DAILY rate.
 */
function generateExpenses(random: Random, entries: readonly TimeEntryModel[], fx: ExchangeRates): ExpenseModel[] {
  const byAssignmentMonth = groupBy(entries, (entry) => `${entry.assignment.index}:${monthIndexOf(entry.day)}`);
  const drafts: Omit<ExpenseModel, 'id'>[] = [];
  for (const list of byAssignmentMonth.values()) {
    const assignment = list[0].assignment;
    const travel = assignment.project.practice.name === 'Strategy' ? 0.4 : 0.25;
    if (!random.chance(travel)) continue;
    const day = random.pick(list).day;
    for (const [category, probability, min, max] of EXPENSE_CATEGORIES) {
      if (!random.chance(probability)) continue;
      // Fixed fees, milestones and retainers include expenses; T&M passes most of them on.
      const billable = assignment.project.model === 'T&M' && random.chance(0.88);
      const currency = workerCurrency(assignment.worker);
      const projectCurrency = currencyOf(assignment.project);
      const amount = priced(random.int(min, max), currency, 100);
      const projectAmount = currency === projectCurrency ? amount : convertMinor(amount, currency, projectCurrency, fx.dailyOn(currency, projectCurrency, day));
      drafts.push({ assignment, day, category, amount, currency, projectAmount, billable, status: '', posted: false });
    }
  }
  drafts.sort((a, b) => a.day - b.day || a.assignment.index - b.assignment.index);
  return drafts.map((draft, i) => ({ ...draft, id: `EXP-${pad(i + 1, 6)}` }));
}

/** Planned hours of an assignment: its workdays at its allocation of a full day. */
function plannedHoursOf(assignment: AssignmentModel): number {
  return (workdaysBetween(assignment.start, assignment.end) * DAY_HOURS * assignment.allocation) / 100;
}

function resourceRequestStatus(project: ProjectModel, slot: SlotModel, asOf: number): string {
  if (slot.assignments.length > 0) {
    return slot.assignments.every((a) => a.status === 'Tentative') ? 'Tentative' : 'Assigned';
  }
  switch (project.stage) {
    case 'Planned':
      return slot.role === 'Analyst' ? 'Draft' : 'Ready to Staff';
    case 'On Hold':
      return 'Hold';
    case 'In Progress':
      return slot.end > asOf ? 'Ready to Staff' : 'Cancelled';
    default:
      return 'Cancelled';
  }
}

function recognizeRevenue(
  projects: readonly ProjectModel[],
  entries: readonly TimeEntryModel[],
  expenses: readonly ExpenseModel[],
  lastBilledMonth: number,
): DemoRow[] {
  const approved = new Set(['Approved', 'Posted', 'Billed', 'Invoiced']);
  const byProject = groupBy(
    entries.filter((e) => approved.has(e.status)),
    (e) => e.assignment.project,
  );
  const expensesByProject = groupBy(
    expenses.filter((x) => x.status === 'Approved' && x.billable),
    (x) => x.assignment.project,
  );
  const rows: DemoRow[] = [];
  for (const project of projects) {
    if (project.erpId === null) continue;
    const amounts = new Map<number, number>();
    const addTo = (month: number, amount: number): void => {
      if (month <= lastBilledMonth) amounts.set(month, (amounts.get(month) ?? 0) + amount);
    };
    const own = byProject.get(project) ?? [];
    switch (project.model) {
      case 'T&M':
        for (const e of own) if (e.billable) addTo(monthIndexOf(e.day), valueOfHours(e.hours, e.billRate));
        for (const x of expensesByProject.get(project) ?? []) addTo(monthIndexOf(x.day), x.projectAmount);
        break;
      case 'Fixed Price': {
        // Percent complete on hours: approved ÷ (approved + remaining planned), as docs/kpis.md defines it.
        const hoursByMonth = new Map<number, number>();
        for (const e of own) hoursByMonth.set(monthIndexOf(e.day), (hoursByMonth.get(monthIndexOf(e.day)) ?? 0) + e.hours);
        const planned = sum(project.slots.flatMap((slot) => slot.assignments).map(plannedHoursOf));
        let cumulativeHours = 0;
        let recognized = 0;
        for (const month of [...hoursByMonth.keys()].sort((a, b) => a - b)) {
          cumulativeHours += hoursByMonth.get(month)!;
          const estimate = Math.max(planned, cumulativeHours);
          const cumulative = Math.min(project.bookings, divideRounded(project.bookings * cumulativeHours, estimate));
          addTo(month, cumulative - recognized);
          recognized = cumulative;
        }
        break;
      }
      default:
        for (const m of project.milestones) if (m.status === 'Approved' && m.amount !== null) addTo(monthIndexOf(m.approvedDay!), m.amount);
    }
    let cumulative = 0;
    for (const month of [...amounts.keys()].sort((a, b) => a - b)) {
      const amount = amounts.get(month)!;
      if (amount === 0) continue;
      cumulative += amount;
      rows.push({ id: '', project_id: project.erpId, method: REVENUE_METHOD[project.model], period: period(month), amount, cumulative });
    }
  }
  for (const [i, row] of rows.entries()) row.id = `REV-${pad(i + 1, 6)}`;
  return rows;
}

function generateOpportunities(
  random: Random,
  projects: readonly ProjectModel[],
  accounts: readonly AccountModel[],
  asOf: number,
  pipeline: { open: number; lost: number; won: number; wonInApproval: number },
): { opportunities: DemoRow[]; contracts: DemoRow[] } {
  const opportunities: DemoRow[] = [];
  const contracts: DemoRow[] = [];
  let contractSeq = 0;
  const currencyOfAccount = new Map(accounts.map((account) => [account.id, account.city.currency]));
  const addOpportunity = (row: Omit<DemoRow, 'id' | 'currency'>): string => {
    const id = salesforceId('006', opportunities.length + 1);
    opportunities.push({ id, ...row, currency: currencyOfAccount.get(row.account_id as string)! });
    return id;
  };
  const addContract = (account: AccountModel, opportunityId: string, status: string, value: number, model: string, start: number, end: number): string => {
    const id = salesforceId('800', contracts.length + 1);
    contracts.push({
      id,
      contract_number: `SOW-${Math.floor(monthIndexOf(start) / 12)}-${pad(++contractSeq, 5)}`,
      account_id: account.id,
      opportunity_id: opportunityId,
      status,
      value,
      currency: account.city.currency,
      billing_model: model,
      start_date: iso(start),
      end_date: iso(end),
      term_months: Math.max(1, Math.round((end - start) / 30.44)),
      payment_terms_days: account.termsDays,
    });
    return id;
  };
  const opportunityRow = (
    account: AccountModel,
    name: string,
    stage: string,
    amount: number,
    model: PsaBillingModel,
    close: number,
    probability: number,
    practice: Practice,
    region: Region,
    marginBp: number,
    expectedStart: number,
    parent: string | null,
  ): Omit<DemoRow, 'id' | 'currency'> => ({
    account_id: account.id,
    name,
    stage_name: stage,
    amount,
    billing_model: CRM_BILLING_MODEL[model],
    close_date: iso(close),
    probability,
    service_line: practice.name,
    delivery_region: region,
    target_margin_bp: marginBp,
    expected_start: iso(expectedStart),
    is_change_request: parent === null ? 0 : 1,
    parent_opportunity_id: parent,
  });

  for (const project of projects) {
    const close = Math.min(project.start - random.int(7, 40), asOf - random.int(1, 20));
    project.opportunityId = addOpportunity(
      opportunityRow(
        project.account,
        project.name,
        'Closed Won',
        project.originalBookings,
        project.model,
        close,
        100,
        project.practice,
        project.region,
        project.targetMarginBp,
        project.start,
        null,
      ),
    );
    const amended = project.changeOrders.some((order) => order.status === 'Applied');
    const status = project.stage === 'Canceled' ? 'Terminated' : project.stage === 'Closed' ? 'Expired' : amended ? 'Amended' : 'Activated';
    const model = CRM_BILLING_MODEL[project.model];
    project.contractId = addContract(project.account, project.opportunityId, status, project.bookings, model, project.start, project.contractEnd);
  }
  // Change requests: won when the change order is approved or applied, in negotiation while reviewed.
  for (const project of projects) {
    for (const order of project.changeOrders) {
      const stage =
        order.status === 'Applied' || order.status === 'Approved'
          ? 'Closed Won'
          : order.status === 'Submitted' || order.status === 'In Financial Review'
            ? 'Negotiation/Review'
            : order.status === 'Rejected'
              ? 'Closed Lost'
              : null;
      if (stage === null) continue;
      const close = stage === 'Negotiation/Review' ? asOf + random.int(7, 45) : Math.min(project.start + random.int(30, 120), asOf - 1);
      addOpportunity(
        opportunityRow(
          project.account,
          `${project.name}: change request ${order.id}`,
          stage,
          order.deltaBookings,
          project.model,
          close,
          stage === 'Closed Won' ? 100 : stage === 'Closed Lost' ? 0 : 75,
          project.practice,
          project.region,
          project.targetMarginBp,
          close,
          project.opportunityId,
        ),
      );
    }
  }
  // Pipeline: open opportunities (every prospect has one; the first few in each open stage in turn,
  // so every stage is present), lost ones, won ones whose project has not been created yet (signed,
  // the contract activated: ready for "opportunity → project") and a few won ones whose contract is
  // still in approval. No deal is on the account of the project missing in the ERP (converting one
  // would set the account up in the ERP: that drift stays until someone fixes it).
  const { open: openCount, lost: lostCount, won: wonCount, wonInApproval } = pipeline;
  const prospects = accounts.filter((a) => !a.hasProjects);
  const outsideErp = new Set(projects.filter((p) => p.missingInErp).map((p) => p.account.id));
  const dealAccounts = accounts.filter((a) => !outsideErp.has(a.id));
  for (let i = 0; i < openCount + lostCount + wonCount + wonInApproval; i++) {
    const account = i < prospects.length ? prospects[i] : random.pick(dealAccounts);
    const practice = random.pick(PRACTICES);
    const model = random.weighted([
      ['T&M', 50],
      ['Fixed Price', 20],
      ['Milestone', 18],
      ['Retainer', 12],
    ] as const);
    const amount = priced(random.int(5000000, 150000000), account.city.currency, 500000);
    const name = `${account.base} ${random.pick(practice.projectTypes)}`;
    const marginBp = random.pick([3000, 3500, 4000]);
    if (i < openCount) {
      const drawn = random.weighted(OPEN_STAGES.map(([s, p, w]) => [[s, p] as const, w] as const));
      const [stage, probability] = i < OPEN_STAGES.length ? OPEN_STAGES[i] : drawn;
      const close = asOf + random.int(7, 150);
      const expectedStart = close + random.int(14, 45);
      const id = addOpportunity(
        opportunityRow(account, name, stage, amount, model, close, probability, practice, account.region, marginBp, expectedStart, null),
      );
      // Late-stage deals already have a statement of work: drafted, or in approval.
      if (stage === 'Negotiation/Review' || stage === 'Proposal/Price Quote') {
        const status = stage === 'Negotiation/Review' ? 'In Approval Process' : 'Draft';
        addContract(account, id, status, amount, CRM_BILLING_MODEL[model], close + 21, close + 21 + random.int(90, 270));
      }
    } else if (i < openCount + lostCount) {
      const close = asOf - random.int(10, 330);
      addOpportunity(opportunityRow(account, name, 'Closed Lost', amount, model, close, 0, practice, account.region, marginBp, close + 30, null));
    } else {
      const close = asOf - random.int(1, 10);
      const start = mondayOnOrAfter(asOf + random.int(14, 45));
      const id = addOpportunity(opportunityRow(account, name, 'Closed Won', amount, model, close, 100, practice, account.region, marginBp, start, null));
      const status = i < openCount + lostCount + wonCount ? 'Activated' : 'In Approval Process';
      addContract(account, id, status, amount, CRM_BILLING_MODEL[model], start, fridayOnOrBefore(start + random.int(120, 270)));
    }
  }
  return { opportunities, contracts };
}
