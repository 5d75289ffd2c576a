/**
 * A live demo: drives realistic activity through the governed mutations so dashboards subscribed to
 * the gateway show motion: time logged, submitted and approved (and posted to the ERP), milestones
 * completed and approved, billing released, invoices issued and paid, projects put on hold and
 * resumed. Some requests are refused (a day over 24 hours, a milestone past the billing cap, …) as
 * they would be in real life; they show up as userErrors, never as writes.
 *
 * Given the CRM's URL, sales moves too, as the CRM itself would move it, through the CRM's system API
 * (`/system/graphql` of the customers subgraph, with a service credential): deals advance a stage
 * (drafting their statement of work at Proposal/Price Quote, submitting it at Negotiation/Review),
 * deals at Negotiation/Review are won and their contract activated, and new deals open while the
 * open pipeline is below its size at the start. The delivery side converts the deals the simulation
 * won into projects through the governed `convertOpportunityToProject` (never the seeded ones, which
 * stay for a newcomer to try), so quote-to-project journeys keep flowing. Every step is one write:
 * at most a few rows per action, and at most `OWN_WINS_CAP` won deals of its own await conversion.
 *
 * `npm start -- --simulate` runs it beside the hub; `startSimulation` is the factory.
 */
import { randomUUID } from 'node:crypto';
import { signToken } from '../platform/auth.ts';
import { addDays, businessDate } from '../subgraphs/shared/dates.ts';
import { logger } from '../platform/logger.ts';

export interface SimulationOptions {
  /** The gateway's GraphQL URL. */
  url: string;
  /** Pause between two actions. @default 1500 */
  intervalMs?: number;
  /** Seed of the choices, for a reproducible run. @default 7 */
  seed?: number;
  /** The customers subgraph's GraphQL URL (its system API is beside it): sales moves only when given. */
  crmUrl?: string;
}

/** Won deals of the simulation's own that may await conversion at once. */
export const OWN_WINS_CAP = 3;

interface Deal {
  id: string;
  stage: string;
  isChangeRequest: boolean;
  billingModel: string | null;
  serviceLine: string | null;
  deliveryRegion: string | null;
  amount: { currency: string } | null;
  customer: { id: string; name: string };
  contract: { id: string; status: string } | null;
}

const DEAL_KINDS = ['Cloud Migration', 'Data Platform Build', 'ERP Upgrade', 'Operating Model Redesign', 'Security Assessment', 'Analytics Modernization'];

export interface Simulation {
  /** Actions taken and how they ended (by workflow status, or by the first userError code). */
  tally(): Record<string, number>;
  stop(): Promise<void>;
}

interface Project {
  id: string;
  status: string;
  milestones: { id: string; status: string; requiresSignOff: boolean }[];
  assignments: { consultant: { id: string }; startDate: string; endDate: string }[];
}

/** What the simulation reads of a governed mutation's payload. */
interface GovernedPayload {
  workflow?: { status: string } | null;
  userErrors?: { code: string }[];
  timeEntry?: { id: string } | null;
}

export async function startSimulation(options: SimulationOptions): Promise<Simulation> {
  const tokens = {
    delivery: await signToken({ sub: 'simulator-pm', roles: ['delivery'], customerId: null }, 86_400),
    finance: await signToken({ sub: 'simulator-finance', roles: ['finance'], customerId: null }, 86_400),
    sales: await signToken({ sub: 'simulator-sales', roles: ['analyst'], customerId: null }, 86_400),
  };
  const crmSystemUrl = options.crmUrl?.replace(/\/graphql$/, '/system/graphql');
  const crmToken = crmSystemUrl ? await signToken({ sub: 'service:simulator-crm', roles: ['service'], customerId: null }, 86_400) : null;
  let seed = options.seed ?? 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const tally: Record<string, number> = {};
  let counter = 0;

  async function call<T>(role: keyof typeof tokens, query: string, variables: Record<string, unknown>): Promise<T | null> {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[role]}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null };
    return body.data ?? null;
  }

  /** Runs a governed mutation and counts how it ended. */
  async function governed(
    role: keyof typeof tokens,
    name: string,
    inputType: string,
    input: Record<string, unknown>,
    select = '',
  ): Promise<GovernedPayload | null> {
    const data = await call<Record<string, GovernedPayload | null>>(
      role,
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { workflow { status } userErrors { code } ${select} } }`,
      {
        input: { ...input, idempotencyKey: `simulate-${Date.now()}-${counter++}` },
      },
    );
    const payload = data?.[name];
    const outcome = payload?.workflow?.status ?? payload?.userErrors?.[0]?.code ?? 'ERROR';
    tally[`${name} ${outcome}`] = (tally[`${name} ${outcome}`] ?? 0) + 1;
    return payload ?? null;
  }

  /** One write of the CRM's system API, counted like the governed mutations (by `OK` or the first userError code). */
  async function crm(name: string, args: Record<string, unknown>): Promise<Record<string, unknown> | null> {
    if (!crmSystemUrl || !crmToken) return null;
    const params = Object.keys(args)
      .map((key) => `${key}: $${key}`)
      .join(', ');
    const types: Record<string, string> = {
      customerId: 'ID!',
      opportunityId: 'ID!',
      contractId: 'ID!',
      name: 'String!',
      amount: 'Decimal!',
      currency: 'String!',
      billingModel: 'String!',
      serviceLine: 'String',
      deliveryRegion: 'String!',
      closeDate: 'Date!',
      expectedStart: 'Date!',
    };
    const declarations = Object.keys(args)
      .map((key) => `$${key}: ${types[key]}`)
      .join(', ');
    const response = await fetch(crmSystemUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${crmToken}` },
      body: JSON.stringify({
        query: `mutation ($request: SystemRequest!, ${declarations}) { ${name}(request: $request, ${params}) { userErrors { code } result } }`,
        variables: { request: { requestKey: `simulate-${randomUUID()}`, correlationId: randomUUID() }, ...args },
      }),
    });
    const body = (await response.json()) as { data?: Record<string, { userErrors: { code: string }[]; result: string } | null> | null };
    const payload = body.data?.[name];
    const outcome = payload ? (payload.userErrors[0]?.code ?? 'OK') : 'ERROR';
    tally[`${name} ${outcome}`] = (tally[`${name} ${outcome}`] ?? 0) + 1;
    return payload && outcome === 'OK' ? (JSON.parse(payload.result) as Record<string, unknown>) : null;
  }

  /** The open pipeline as the public graph shows it (the first 200 open deals, oldest first) and how many deals are open. */
  async function openDeals(): Promise<{ deals: Deal[]; totalCount: number }> {
    const data = await call<{ opportunities: { totalCount: number; edges: { node: Deal }[] } }>(
      'sales',
      `{ opportunities(first: 200, filter: { status: OPEN }) { totalCount edges { node {
      id stage isChangeRequest billingModel serviceLine deliveryRegion amount { currency } customer { id name } contract { id status } } } } }`,
      {},
    );
    return {
      deals: (data?.opportunities.edges ?? []).map((edge) => edge.node).filter((deal) => !deal.isChangeRequest),
      totalCount: data?.opportunities.totalCount ?? 0,
    };
  }

  /** Open deals at the first sales move: new deals open while fewer are open. */
  let openTarget: number | null = null;
  /** Deals the simulation won, activated, and has not converted yet. */
  const ownWins: string[] = [];

  async function projects(): Promise<Project[]> {
    const data = await call<{ projects: { edges: { node: Project }[] } }>(
      'delivery',
      `{ projects(first: 60, filter: { status: ACTIVE }) { edges { node {
      id status milestones { id status requiresSignOff } assignments { consultant { id } startDate endDate } } } } }`,
      {},
    );
    return (data?.projects.edges ?? []).map((edge: { node: Project }) => edge.node);
  }

  const actions: (() => Promise<void>)[] = [
    // A consultant logs a day, submits it, and the project manager approves it (posting it to the ERP).
    async () => {
      const project = pick(await projects());
      const day = addDays(businessDate(), -Math.floor(random() * 5));
      const assignment = pick(project?.assignments.filter((a) => a.startDate <= day && a.endDate >= day) ?? []);
      if (!project || !assignment) return;
      const hours = pick(['2', '4', '6.5', '8'] as const);
      const logged = await governed(
        'delivery',
        'logTime',
        'LogTimeInput',
        { projectId: project.id, consultantId: assignment.consultant.id, date: day, hours, billable: random() < 0.85, notes: 'Simulated' },
        'timeEntry { id }',
      );
      const entryId = logged?.timeEntry?.id;
      if (!entryId) return;
      await governed('delivery', 'submitTime', 'TimeEntriesInput', { timeEntryIds: [entryId] });
      await governed('delivery', 'approveTime', 'TimeEntriesInput', { timeEntryIds: [entryId] });
    },
    // A milestone is completed and, when no client sign-off is needed, approved and billed.
    async () => {
      const candidates = (await projects()).flatMap((project) => project.milestones.filter((m) => m.status === 'PLANNED' || m.status === 'OPEN'));
      const milestone = pick(candidates);
      if (!milestone) return;
      await governed('delivery', 'completeMilestone', 'CompleteMilestoneInput', { milestoneId: milestone.id });
      if (!milestone.requiresSignOff) await governed('delivery', 'approveMilestone', 'MilestoneInput', { milestoneId: milestone.id });
    },
    // Finance releases a project's billing and invoices it.
    async () => {
      const project = pick(await projects());
      if (!project) return;
      await governed('finance', 'releaseBillingEvents', 'ProjectBillingInput', { projectId: project.id });
      await governed('finance', 'issueInvoice', 'ProjectBillingInput', { projectId: project.id });
    },
    // A customer pays an open invoice, in full or in part.
    async () => {
      const data = await call<{ invoices: { edges: { node: { id: string; balance: { amount: string } } }[] } }>(
        'finance',
        '{ invoices(first: 50, filter: { status: ISSUED }) { edges { node { id balance { amount } } } } }',
        {},
      );
      const invoice = pick((data?.invoices.edges ?? []).map((edge) => edge.node));
      if (!invoice) return;
      const amount = random() < 0.6 ? invoice.balance.amount : (Number(invoice.balance.amount.split('.')[0]) / 2).toFixed(0);
      await governed('finance', 'recordPayment', 'RecordPaymentInput', { invoiceId: invoice.id, amount });
    },
    // A project goes on hold for a moment and resumes.
    async () => {
      const project = pick(await projects());
      if (!project) return;
      await governed('delivery', 'changeProjectStatus', 'ChangeProjectStatusInput', { projectId: project.id, status: 'ON_HOLD', reason: 'Client review' });
      await governed('delivery', 'changeProjectStatus', 'ChangeProjectStatusInput', { projectId: project.id, status: 'ACTIVE', reason: 'Review done' });
    },
    // Sales: a deal at Negotiation/Review is won and its contract activated (the client signed); another moves a stage on;
    // while the pipeline is below its size at the start, a new deal opens with a customer already in it.
    async () => {
      if (!crmSystemUrl) return;
      const { deals, totalCount } = await openDeals();
      openTarget ??= totalCount;
      const closing = deals.filter((deal) => deal.stage === 'Negotiation/Review' && deal.contract && ['DRAFT', 'IN_APPROVAL'].includes(deal.contract.status));
      const deal = ownWins.length < OWN_WINS_CAP ? pick(closing) : undefined;
      if (deal?.contract) {
        if (!(await crm('winOpportunity', { opportunityId: deal.id, closeDate: businessDate() }))) return;
        if (await crm('activateContract', { contractId: deal.contract.id })) ownWins.push(deal.id);
        return;
      }
      const moving = pick(deals.filter((d) => d.stage !== 'Negotiation/Review'));
      const template = totalCount < openTarget && random() < 0.5 ? pick(deals) : undefined;
      if (!template?.amount || !template.billingModel || !template.deliveryRegion) {
        if (moving) await crm('advanceOpportunity', { opportunityId: moving.id });
        return;
      }
      const closeDate = addDays(businessDate(), 30 + Math.floor(random() * 90));
      await crm('openOpportunity', {
        customerId: template.customer.id,
        name: `${template.customer.name} ${pick(DEAL_KINDS)}`,
        amount: String((5 + Math.floor(random() * 145)) * 10_000),
        currency: template.amount.currency,
        billingModel: template.billingModel,
        serviceLine: template.serviceLine,
        deliveryRegion: template.deliveryRegion,
        closeDate,
        expectedStart: addDays(closeDate, 14 + Math.floor(random() * 31)),
      });
    },
    // Delivery turns a deal the simulation won into a project (the seeded ones stay for a newcomer to try).
    async () => {
      const opportunityId = ownWins.shift();
      if (!opportunityId) return;
      await governed('delivery', 'convertOpportunityToProject', 'ConvertOpportunityToProjectInput', { opportunityId });
    },
  ];

  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      try {
        await (pick(actions) as () => Promise<void>)();
      } catch (error) {
        logger.warn({ err: error }, 'simulation step failed');
      }
      await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 1_500));
    }
  })();
  return {
    tally: () => ({ ...tally }),
    async stop() {
      stopped = true;
      await loop;
    },
  };
}
