/**
 * The seeded sales pipeline on a hub seeded the way `npm start` seeds it (seed 42, scale 1): the won
 * deals awaiting a project convert through the gateway's `convertOpportunityToProject`; the CRM's
 * system API moves deals as the CRM would (and refuses what the CRM refuses); `--simulate` wins
 * deals, activates their contracts and converts its own wins, all seen on the public graph.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import { startSimulation } from '../scripts/simulate.ts';
import { tryNativeId } from '../subgraphs/shared/ids.ts';
import { authorizationAs, startDemoHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const AS_OF = '2026-11-23';

interface Deal {
  id: string;
  stage: string;
  status: string;
  isChangeRequest: boolean;
  contract: { id: string; status: string } | null;
  project: { id: string } | null;
}

const DEAL = 'id stage status isChangeRequest contract { id status } project { id }';

let hub: TestHub;
let crmUrl: string;

beforeAll(async () => {
  hub = await startDemoHub(AS_OF);
  crmUrl = hub.subgraphs.find((subgraph) => subgraph.name === 'customers')!.url;
}, 120_000);

afterAll(async () => {
  await hub?.stop();
});

async function deals(status: 'OPEN' | 'WON'): Promise<Deal[]> {
  const result = await hub.query<{ opportunities: { edges: { node: Deal }[] } }>(
    `query ($status: OpportunityStatus) { opportunities(first: 500, filter: { status: $status }) { edges { node { ${DEAL} } } } }`,
    { status },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.opportunities.edges.map((edge) => edge.node);
}

async function deal(id: string): Promise<Deal> {
  const result = await hub.query<{ opportunity: Deal }>(`query ($id: ID!) { opportunity(id: $id) { ${DEAL} } }`, { id });
  return result.data!.opportunity;
}

/**
 * The deal once the public graph shows `shape` (a subset of its fields): a write reaches the gateway's response
 * cache as an event, so the answer right after a write may still be the one before it.
 */
async function dealOnceItIs(id: string, shape: Record<string, unknown>): Promise<Deal> {
  let last: Deal | null = null;
  return waitFor(
    async () => {
      last = await deal(id);
      const matches = (actual: unknown, expected: unknown): boolean =>
        expected !== null && typeof expected === 'object'
          ? actual !== null &&
            typeof actual === 'object' &&
            Object.entries(expected).every(([key, value]) => matches((actual as Record<string, unknown>)[key], value))
          : actual === expected;
      return matches(last, shape) ? last : null;
    },
    { what: () => `deal ${id} to be ${JSON.stringify(shape)} (is ${JSON.stringify(last)})` },
  );
}

const awaitingProject = (list: readonly Deal[]) => list.filter((d) => !d.isChangeRequest && d.contract?.status === 'ACTIVATED' && d.project === null);

/** convertOpportunityToProject through the gateway, as a delivery manager. */
async function convert(opportunityId: string) {
  return hub.query<{ convertOpportunityToProject: { workflow: { status: string } | null; userErrors: { code: string }[] } }>(
    'mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) { workflow { status } userErrors { code } } }',
    { input: { opportunityId, idempotencyKey: `demo-pipeline-${opportunityId}` } },
    await authorizationAs('delivery'),
  );
}

/** One write of the CRM's system API, as the service credential. */
async function crm(mutation: string, variables: Record<string, unknown>, requestKey = `test-${Math.random()}`) {
  const response = await fetch(crmUrl.replace(/\/graphql$/, '/system/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken({ sub: 'service:test', roles: ['service'], customerId: null })}` },
    body: JSON.stringify({ query: mutation, variables: { request: { requestKey, correlationId: 'test' }, ...variables } }),
  });
  const body = (await response.json()) as { data?: Record<string, { replayed: boolean; userErrors: { code: string }[]; result: string }> };
  return Object.values(body.data ?? {})[0];
}

describe('the seeded sales pipeline', () => {
  it('holds at least 20 won deals with an activated contract and no project, and one becomes a project through the gateway', async () => {
    const won = await deals('WON');
    const ready = awaitingProject(won);
    expect(ready.length).toBeGreaterThanOrEqual(20);
    expect((await convert(ready[0].id)).data?.convertOpportunityToProject).toEqual({ workflow: { status: 'COMPLETED' }, userErrors: [] });
    await waitFor(async () => (await deal(ready[0].id)).project !== null, { what: 'the converted deal to show its project' });
    await waitFor(async () => awaitingProject(await deals('WON')).length === ready.length - 1, { what: 'one deal fewer awaiting a project' });
    // Won deals the conversion refuses, as docs/demo-data.md says: a contract still in approval, a change request (no contract of its own).
    const inApproval = won.find((d) => !d.isChangeRequest && d.contract?.status === 'IN_APPROVAL')!;
    const changeRequest = won.find((d) => d.isChangeRequest && d.contract === null)!;
    for (const refused of [inApproval, changeRequest]) {
      expect((await convert(refused.id)).data?.convertOpportunityToProject).toEqual({ workflow: null, userErrors: [{ code: 'CONTRACT_NOT_ACTIVATED' }] });
    }
  });

  it('moves a deal through the CRM system API as the CRM would, refusing what the CRM refuses and writing once per request key', async () => {
    const open = await deals('OPEN');
    const early = open.find((d) => !d.isChangeRequest && d.stage === 'Needs Analysis')!;
    const advance =
      'mutation ($request: SystemRequest!, $id: ID!) { advanceOpportunity(request: $request, opportunityId: $id) { replayed userErrors { code } result } }';
    // Needs Analysis → Proposal/Price Quote drafts the statement of work; a retry with the same key writes nothing.
    expect((await crm(advance, { id: early.id }, 'advance-1')).userErrors).toEqual([]);
    expect((await crm(advance, { id: early.id }, 'advance-1')).replayed).toBe(true);
    await dealOnceItIs(early.id, { stage: 'Proposal/Price Quote', status: 'OPEN', contract: { status: 'DRAFT' } });
    // → Negotiation/Review submits it; the last open stage goes no further.
    expect((await crm(advance, { id: early.id })).userErrors).toEqual([]);
    const { contract } = await dealOnceItIs(early.id, { stage: 'Negotiation/Review', contract: { status: 'IN_APPROVAL' } });
    expect((await crm(advance, { id: early.id })).userErrors).toEqual([{ code: 'OPPORTUNITY_AT_LAST_STAGE' }]);
    // The contract is activated once the deal is won, not before; then the deal converts like a seeded one.
    const activate = 'mutation ($request: SystemRequest!, $id: ID!) { activateContract(request: $request, contractId: $id) { userErrors { code } } }';
    const win =
      'mutation ($request: SystemRequest!, $id: ID!, $on: Date!) { winOpportunity(request: $request, opportunityId: $id, closeDate: $on) { userErrors { code } } }';
    expect((await crm(activate, { id: contract!.id })).userErrors).toEqual([{ code: 'OPPORTUNITY_NOT_WON' }]);
    expect((await crm(win, { id: early.id, on: AS_OF })).userErrors).toEqual([]);
    expect((await crm(win, { id: early.id, on: AS_OF })).userErrors).toEqual([{ code: 'OPPORTUNITY_NOT_OPEN' }]);
    expect((await crm(activate, { id: contract!.id })).userErrors).toEqual([]);
    expect((await crm(activate, { id: contract!.id })).userErrors).toEqual([{ code: 'CONTRACT_NOT_PENDING' }]);
    await dealOnceItIs(early.id, { status: 'WON', contract: { status: 'ACTIVATED' }, project: null });
    // A new deal opens at Prospecting with the next CRM id; the CRM refuses an empty amount and a start before the close.
    const open1 = `mutation ($request: SystemRequest!, $customer: ID!, $amount: Decimal!, $close: Date!, $start: Date!) {
      openOpportunity(request: $request, customerId: $customer, name: "New deal", amount: $amount, currency: "USD", billingModel: "FIXED_FEE",
        serviceLine: "Cloud", deliveryRegion: "North America", closeDate: $close, expectedStart: $start) { userErrors { code } result } }`;
    const customer = (
      await hub.query<{ opportunity: { customer: { id: string } } }>('query ($id: ID!) { opportunity(id: $id) { customer { id } } }', { id: early.id })
    ).data!.opportunity.customer.id;
    const opened = await Promise.all(
      ['1', '2'].map(
        async () => JSON.parse((await crm(open1, { customer, amount: '150000.00', close: '2027-01-15', start: '2027-02-01' })).result).opportunityId as string,
      ),
    );
    expect(new Set(opened).size).toBe(2);
    for (const id of opened) await dealOnceItIs(id, { stage: 'Prospecting', status: 'OPEN', contract: null, project: null });
    // The CRM announces the new deal's id and its drafted contract's to the identity registry, as every system does its new entities.
    for (const _stage of ['Qualification', 'Needs Analysis', 'Proposal/Price Quote']) expect((await crm(advance, { id: opened[0] })).userErrors).toEqual([]);
    const { contract: newContract } = await dealOnceItIs(opened[0], { stage: 'Proposal/Price Quote', contract: { status: 'DRAFT' } });
    for (const [type, id] of [
      ['Opportunity', opened[0]],
      ['Contract', newContract!.id],
    ] as const) {
      const nativeId = tryNativeId(type, id);
      await waitFor(
        async () => {
          const result = await hub.query<{ entityByExternalRef: { id: string } | null }>(
            'query ($nativeId: String!) { entityByExternalRef(system: CRM, nativeId: $nativeId) { ... on Opportunity { id } ... on Contract { id } } }',
            { nativeId },
          );
          return result.data?.entityByExternalRef?.id === id;
        },
        { what: `the identity registry to know ${type} ${nativeId}` },
      );
    }
    expect((await crm(open1, { customer, amount: '0', close: '2027-01-15', start: '2027-02-01' })).userErrors).toEqual([{ code: 'AMOUNT_OUT_OF_RANGE' }]);
    expect((await crm(open1, { customer, amount: '10.00', close: '2027-01-15', start: '2027-01-01' })).userErrors).toEqual([{ code: 'START_BEFORE_CLOSE' }]);
    // A change request is won in the PSA (its change order approved), not here.
    const changeRequest = open.find((d) => d.isChangeRequest)!;
    expect((await crm(win, { id: changeRequest.id, on: AS_OF })).userErrors).toEqual([{ code: 'CHANGE_REQUEST' }]);
    expect((await convert(early.id)).data?.convertOpportunityToProject).toEqual({ workflow: { status: 'COMPLETED' }, userErrors: [] });
  });

  it('npm start -- --simulate wins deals, activates their contracts through the CRM system API and converts its own wins', async () => {
    const seededReady = awaitingProject(await deals('WON')).map((d) => d.id);
    const closing = (await deals('OPEN')).filter((d) => d.stage === 'Negotiation/Review' && d.contract?.status === 'IN_APPROVAL').map((d) => d.id);
    expect(closing.length).toBeGreaterThan(0);
    const simulation = await startSimulation({ url: hub.url, crmUrl, intervalMs: 5, seed: 11 });
    const seen: { won: Deal | null } = { won: null };
    try {
      // Observed on the public graph: a deal that was closing is won, its contract activated, and it becomes a project.
      await waitFor(
        async () => {
          const now = await Promise.all(closing.map(deal));
          seen.won = now.find((d) => d.status === 'WON' && d.contract?.status === 'ACTIVATED' && d.project !== null) ?? null;
          const tally = simulation.tally();
          return seen.won !== null && (tally['advanceOpportunity OK'] ?? 0) > 0 && (tally['openOpportunity OK'] ?? 0) > 0;
        },
        { timeoutMs: 80_000, intervalMs: 100, what: () => `a won, activated and converted deal and new deals: ${JSON.stringify(simulation.tally())}` },
      );
    } finally {
      await simulation.stop();
    }
    const tally = simulation.tally();
    expect(Object.keys(tally).filter((key) => key.endsWith(' ERROR'))).toEqual([]);
    expect(tally['winOpportunity OK']).toBeGreaterThan(0);
    expect(tally['activateContract OK']).toBeGreaterThan(0);
    expect(tally['convertOpportunityToProject COMPLETED']).toBeGreaterThan(0);
    // The seeded deals stay for a newcomer; the simulation converts only its own wins.
    const stillReady = new Set(awaitingProject(await deals('WON')).map((d) => d.id));
    expect(seededReady.every((id) => stillReady.has(id))).toBe(true);
    // Its deals are quote-to-project journeys (docs/journeys.md): won, contract activated, project created.
    const journey = await waitFor(
      async () => {
        const result = await hub.query<{ journeys: { edges: { node: { customer: { id: string }; stages: { name: string; reachedAt: string | null }[] } }[] } }>(
          '{ journeys(first: 100, filter: { kind: QUOTE_TO_PROJECT }) { edges { node { customer { id } stages { name reachedAt } } } } }',
        );
        return result.data?.journeys.edges.map((edge) => edge.node).find((node) => node.stages.slice(0, 3).every((stage) => stage.reachedAt !== null));
      },
      { what: 'a quote-to-project journey won, activated and converted' },
    );
    expect(journey.stages.map((stage) => stage.name)).toEqual(['WON', 'CONTRACT_ACTIVATED', 'PROJECT_CREATED', 'PROJECT_ACTIVE']);
  }, 120_000);
});
