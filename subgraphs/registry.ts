/**
 * The registry of domains: each domain is declared here once, as data. Everything else that knows
 * the list of domains derives it from here: the environment's per-domain settings, the canonical
 * `SourceSystem` (in TypeScript and, generated, in the SDL), entity kinds and their hub-id prefixes,
 * the workflows' system URLs, demo-data domains, the xref recorders, identity's external entity types,
 * composition and codegen inputs.
 *
 * Contract: this module imports nothing, so the platform's entry points, the gateway, the canonical
 * model and every domain may read it. The code of a domain is found by convention:
 * `subgraphs/<name>/index.ts` exports `service` (subgraphs/services.ts loads it).
 */

/** A kind of entity a domain owns: its hub ids are `<prefix>_<base64url(native id)>`. */
export interface EntityKindDeclaration {
  /** Prefix of its hub ids, unique across the registry. */
  readonly prefix: string;
  /** Shape of the owning system's native id. */
  readonly nativeId: RegExp;
  /**
   * Other systems know it by their own ids: the owner's store records them (xref) and the identity
   * registry resolves them (`externalRef`, the `ExternalEntity` union).
   */
  readonly external?: boolean;
}

export interface DomainDeclaration {
  /** The subgraph's name: its folder, `schema/<name>.graphql`, and `<NAME>_URL`, `<NAME>_PORT`, `<NAME>_DATABASE_URL`. */
  readonly name: string;
  /** The system of record the domain fronts, if any (the identity registry and the workflows have none). */
  readonly system?: {
    /** The canonical `SourceSystem` value. */
    readonly code: string;
    /** What the system holds, as the SDL describes the value. */
    readonly description: string;
    /** The vendor whose vocabulary and id shapes the bundled connector follows. */
    readonly vendorFlavour: string;
  };
  /** Entity kinds it owns, by canonical type name. */
  readonly entities?: Readonly<Record<string, EntityKindDeclaration>>;
  /** Its store has an outbox of domain events for the relay to publish (and an xref table it keeps from the bus). */
  readonly outbox?: boolean;
  /** It serves a system API (`schema/system/<name>.graphql`) beside the subgraph, for the workflows service. */
  readonly systemApi?: boolean;
  /** The subgraphs it calls: it starts after them, with their URLs (`<NAME>_URL` when run apart). */
  readonly peers?: readonly string[];
  /** It calls every system of record (through its system API and public graph): every domain with a `system` is its peer. */
  readonly callsEverySystem?: boolean;
  /** Seeded by the demo data (`scripts/demo-data/`). */
  readonly demoData?: boolean;
  /**
   * Every entity kind its system writes report in their changes (the audit trail's before/after), with
   * the columns only some roles may read: each names the public field whose `@requiresRole` it follows,
   * or states its roles and why (subgraphs/workflows/field-rules.ts). A kind not listed by any domain is
   * shown whole to admins only.
   */
  readonly auditedKinds?: Readonly<Record<string, Readonly<Record<string, AuditedColumn>>>>;
}

/** A stored column only some roles may read. */
export type AuditedColumn = { readonly field: string } | { readonly roles: readonly string[]; readonly reason: string };

export const REGISTRY = [
  {
    name: 'customers',
    system: { code: 'CRM', description: 'Customer relationship management: accounts, opportunities, contracts.', vendorFlavour: 'Salesforce' },
    // Salesforce key prefixes: 001 account, 003 contact, 006 opportunity, 800 contract.
    entities: {
      Customer: { prefix: 'cus', nativeId: /^001[0-9A-Za-z]{15}$/, external: true },
      Contact: { prefix: 'cnt', nativeId: /^003[0-9A-Za-z]{15}$/ },
      Opportunity: { prefix: 'opp', nativeId: /^006[0-9A-Za-z]{15}$/, external: true },
      Contract: { prefix: 'ctr', nativeId: /^800[0-9A-Za-z]{15}$/, external: true },
    },
    outbox: true,
    systemApi: true,
    demoData: true,
    auditedKinds: { Opportunity: {}, Contract: {} },
  },
  {
    name: 'projects',
    system: { code: 'PSA', description: 'Professional services automation: projects, staffing, time.', vendorFlavour: 'Certinia PSA' },
    entities: {
      Project: { prefix: 'prj', nativeId: /^PRJ-\d{4}-\d{4,}$/, external: true },
      Milestone: { prefix: 'mil', nativeId: /^MS-\d{6,}$/ },
      Assignment: { prefix: 'asg', nativeId: /^ASG-\d{6,}$/ },
      ResourceRequest: { prefix: 'rrq', nativeId: /^RR-\d{6,}$/ },
      TimeEntry: { prefix: 'tim', nativeId: /^TC-\d{7,}$/ },
      Expense: { prefix: 'exp', nativeId: /^EXP-\d{6,}$/ },
      ChangeOrder: { prefix: 'chg', nativeId: /^CO-\d{6,}$/ },
    },
    outbox: true,
    systemApi: true,
    demoData: true,
    auditedKinds: {
      Project: {},
      Milestone: {},
      ResourceRequest: {},
      Assignment: {},
      ChangeOrder: {},
      TimeEntry: { cost_rate: { field: 'Consultant.costRate' }, bill_rate: { field: 'TimeEntry.billRate' } },
    },
  },
  {
    name: 'resources',
    system: { code: 'HCM', description: 'Human capital management: consultants, skills, cost rates.', vendorFlavour: 'Workday' },
    entities: { Consultant: { prefix: 'con', nativeId: /^W-\d{5,}$/, external: true } },
    // Asks the projects subgraph which consultants a portal caller may see (resources/staffing.ts).
    peers: ['projects'],
    demoData: true,
  },
  {
    name: 'finance',
    system: { code: 'ERP', description: 'Enterprise resource planning: rates, billing, invoices, revenue.', vendorFlavour: 'NetSuite' },
    entities: {
      Invoice: { prefix: 'inv', nativeId: /^INV-\d{6,}$/, external: true },
      Payment: { prefix: 'pay', nativeId: /^PAY-\d{6,}$/ },
      BillingEvent: { prefix: 'bev', nativeId: /^BE-\d{6,}$/ },
      RateCard: { prefix: 'rtc', nativeId: /^RC-\d{4,}$/ },
    },
    outbox: true,
    systemApi: true,
    demoData: true,
    auditedKinds: {
      ErpCustomer: {},
      ErpProject: {},
      BillingScheduleLine: {},
      BillingEvent: {},
      Invoice: {},
      Payment: {},
      CostPosting: { amount: { field: 'ProjectFinancials.costToDate' } },
      // Period close: a period's state, a revenue posting (revenue is not restricted), a cost accrual.
      AccountingPeriod: {},
      RevenueEvent: {},
      CostAccrual: { amount: { field: 'ProjectFinancials.costToDate' } },
      ExchangeRate: {},
    },
  },
  {
    name: 'delivery',
    system: { code: 'DELIVERY', description: 'Client delivery platform: engagement workspaces, work items, worklogs.', vendorFlavour: 'Jira' },
    // Jira-shaped ids: a numeric project id, issue keys '<workspace key>-<n>', WL- worklog numbers.
    entities: {
      Workspace: { prefix: 'wsp', nativeId: /^\d{5,}$/ },
      WorkItem: { prefix: 'wki', nativeId: /^[A-Z][A-Z0-9]{1,9}-[1-9]\d{0,6}$/ },
      Worklog: { prefix: 'wlg', nativeId: /^WL-\d{6,}$/ },
    },
    outbox: true,
    systemApi: true,
    demoData: true,
    auditedKinds: { Workspace: {}, WorkItem: {}, Worklog: { comment: { field: 'Worklog.comment' } } },
  },
  // new:domain adds a domain above this line
  // Its system API serves reconciliation's reads of the registry.
  { name: 'identity', systemApi: true },
  // Reconciliation compares the identity registry with every store: it calls identity's system API too.
  { name: 'workflows', outbox: true, callsEverySystem: true, peers: ['identity'] },
] as const satisfies readonly DomainDeclaration[];

type Declared = (typeof REGISTRY)[number];
type WithSystem = Extract<Declared, { system: object }>;

/** A subgraph of the hub. */
export type Domain = Declared['name'];
/** The subgraphs in registry order (also start order within a wave). */
export const DOMAINS: readonly Domain[] = REGISTRY.map((domain) => domain.name);

/** A system of record behind the hub (the canonical `SourceSystem`). */
export type SourceSystem = WithSystem['system']['code'];
/** Each system of record, with the domain that fronts it. */
export const SYSTEMS: readonly { code: SourceSystem; domain: Domain; description: string; vendorFlavour: string }[] = REGISTRY.flatMap((domain) =>
  'system' in domain ? [{ ...domain.system, domain: domain.name }] : [],
);
/** A domain the demo data seeds (`demoData: true`). */
export type DemoDomain = Extract<Declared, { demoData: true }>['name'];
/** The domains the demo data seeds, in registry order. */
export const DEMO_DOMAINS = REGISTRY.flatMap((domain) => ('demoData' in domain && domain.demoData ? [domain.name] : [])) as readonly DemoDomain[];

/** The domain that fronts each system of record. */
export const DOMAIN_OF_SYSTEM = Object.fromEntries(SYSTEMS.map((system) => [system.code, system.domain])) as Record<SourceSystem, Domain>;

type EntityTypesOf<D> = D extends { entities: infer E } ? keyof E & string : never;
/** A canonical entity type some domain owns. */
export type EntityType = EntityTypesOf<Declared>;

export interface EntityKind extends EntityKindDeclaration {
  readonly owner: SourceSystem;
  readonly domain: Domain;
}

/** Every owned entity kind, by type: its id prefix, native-id shape and owner. */
export const ENTITY_KINDS = Object.fromEntries(
  REGISTRY.flatMap((domain) =>
    'entities' in domain && 'system' in domain
      ? Object.entries(domain.entities as Record<string, EntityKindDeclaration>).map(([type, kind]) => [
          type,
          { ...kind, owner: domain.system.code, domain: domain.name },
        ])
      : [],
  ),
) as Record<EntityType, EntityKind>;

/** The entity types other systems know by their own ids (identity's `ExternalEntity` union). */
export const EXTERNAL_ENTITY_TYPES: readonly EntityType[] = (Object.keys(ENTITY_KINDS) as EntityType[]).filter((type) => ENTITY_KINDS[type].external);

/** The external entity types a domain owns: what its xref recorder learns from the bus. */
export function externalEntitiesOf(domain: Domain): EntityType[] {
  return EXTERNAL_ENTITY_TYPES.filter((type) => ENTITY_KINDS[type].domain === domain);
}

/** The subgraphs a domain calls: its declared peers, and every system's domain for one that calls every system. */
export function peersOf(domain: Domain): Domain[] {
  const declaration = declarationOf(domain);
  const peers = [...(declaration.peers ?? []), ...(declaration.callsEverySystem ? SYSTEMS.map((system) => system.domain) : [])] as Domain[];
  return [...new Set(peers)].filter((peer) => peer !== domain);
}

/** Every audited entity kind of every domain, with its restricted columns (see `auditedKinds`). */
export const AUDITED_KINDS: Readonly<Record<string, Readonly<Record<string, AuditedColumn>>>> = Object.assign(
  {},
  ...(REGISTRY as readonly DomainDeclaration[]).map((domain) => domain.auditedKinds ?? {}),
);

/** The declaration of a domain. */
export function declarationOf(domain: Domain): DomainDeclaration {
  const found = REGISTRY.find((candidate) => candidate.name === domain);
  if (!found) throw new Error(`no domain "${domain}" in the registry`);
  return found;
}
