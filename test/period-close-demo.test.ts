/**
 * Period close on fresh demo data (seed 42, scale 1, business date 2026-11-23, as the README). The
 * ERP's revenue ledger is seeded for each billed month (docs/demo-data.md, "Revenue events") and no
 * period is closed yet. Closing October (the last billed month) and then November brings the
 * ledger of every project the ERP knows to the hub's recognized revenue, to the cent, while a
 * project the ERP has no dimension for (deliberate inconsistency 3) keeps its whole revenue
 * unposted, named as such. Closing October twice posts once.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../platform/auth.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { startDemoHub, type GraphQLResult, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

const AS_OF = '2026-11-23';
/** Deliberate inconsistency 3: a PSA project the ERP has no dimension for. */
const NOT_IN_ERP = toHubId('Project', 'PRJ-2026-0091');

let testHub: TestHub;
let stores: DomainStores;
let finance = '';

beforeAll(async () => {
  testHub = await startDemoHub(AS_OF, {
    stores: (opened) => {
      stores = opened;
    },
  });
  finance = `Bearer ${await signToken({ sub: 'test-finance', roles: ['finance'], customerId: null })}`;
}, 180_000);

afterAll(async () => {
  await testHub?.stop();
});

const CLOSE = `mutation ($input: ClosePeriodInput!) { closePeriod(input: $input) {
  workflow { status } legalEntities revenuePostings { project { id } amount { amount } } userErrors { code field } } }`;

interface ClosePayload {
  workflow: { status: string } | null;
  legalEntities: string[];
  revenuePostings: { project: { id: string }; amount: { amount: string } }[];
  userErrors: { code: string; field: string[] | null }[];
}

/**
 * Closes a period and waits for its end: a close over every project may outlast the answer deadline
 * (answered RUNNING, it goes on); the same key then answers its result.
 */
async function close(period: string): Promise<ClosePayload> {
  const input = { period, idempotencyKey: randomUUID() };
  const send = async () => {
    const result = await testHub.query<{ closePeriod: ClosePayload }>(CLOSE, { input }, { authorization: finance });
    expect(result.errors).toBeUndefined();
    return result.data!.closePeriod;
  };
  const first = await send();
  if (first.workflow?.status !== 'RUNNING') return first;
  return waitFor(
    async () => {
      const again = await send();
      return again.workflow?.status === 'RUNNING' ? null : again;
    },
    { what: `the close of ${period} finishing`, timeoutMs: 120_000, intervalMs: 500 },
  );
}

interface ProjectNode {
  id: string;
  financials: {
    erpStatus: string | null;
    recognizedRevenue: { amount: string };
    ledger: { revenuePosted: { amount: string }; unpostedRevenue: { amount: string } };
  } | null;
}

type ProjectPage = { projects: { edges: { node: ProjectNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

async function projects(): Promise<ProjectNode[]> {
  const nodes: ProjectNode[] = [];
  for (let after: string | null = null; ; ) {
    const result: GraphQLResult<ProjectPage> = await testHub.query<ProjectPage>(
      `query ($after: String) { projects(first: 100, after: $after) { edges { node { id
         financials { erpStatus recognizedRevenue { amount } ledger { revenuePosted { amount } unpostedRevenue { amount } } } } }
         pageInfo { hasNextPage endCursor } } }`,
      { after },
      { authorization: finance },
    );
    expect(result.errors).toBeUndefined();
    nodes.push(...result.data!.projects.edges.map((edge) => edge.node));
    if (!result.data!.projects.pageInfo.hasNextPage) return nodes;
    after = result.data!.projects.pageInfo.endCursor;
  }
}

const postingsPerPeriod = async (period: string) =>
  Number((await stores.finance.get<{ n: number }>('SELECT COUNT(*) AS n FROM revenue_event WHERE period = ?', [period]))?.n);

describe('period close on the demo data', () => {
  it('closes October for every legal entity, posting only projects whose October revenue was not seeded, and a second close posts nothing', async () => {
    const seeded = await postingsPerPeriod('2026-10');
    expect(seeded).toBeGreaterThan(50);
    const october = await close('2026-10');
    expect(october.userErrors).toEqual([]);
    expect(october.workflow?.status).toBe('COMPLETED');
    expect(october.legalEntities).toEqual(['Lakeview APAC', 'Lakeview DE', 'Lakeview UK', 'Lakeview US']);
    const afterFirst = await postingsPerPeriod('2026-10');
    expect(afterFirst).toBe(seeded + october.revenuePostings.length);
    const again = await close('2026-10');
    expect(again.userErrors).toEqual([{ code: 'PERIOD_CLOSED', field: ['input', 'period'] }]);
    expect(await postingsPerPeriod('2026-10')).toBe(afterFirst);
  });

  it('closes November: the revenue ledger of every project the ERP knows equals its hub recognized revenue, to the cent', async () => {
    const november = await close('2026-11');
    expect(november.userErrors).toEqual([]);
    expect(november.workflow?.status).toBe('COMPLETED');
    expect(november.revenuePostings.length).toBeGreaterThan(50);
    const nodes = await projects();
    expect(nodes).toHaveLength(201);
    const known = nodes.filter((node) => node.financials?.erpStatus !== null);
    expect(known).toHaveLength(200);
    const differences = known.filter((node) => node.financials!.ledger.revenuePosted.amount !== node.financials!.recognizedRevenue.amount);
    expect(differences.map((node) => [node.id, node.financials!.recognizedRevenue.amount, node.financials!.ledger.revenuePosted.amount])).toEqual([]);
    // The project the ERP does not know cannot be posted: its whole revenue is named unposted.
    const orphan = nodes.find((node) => node.id === NOT_IN_ERP)!;
    expect(orphan.financials!.ledger.revenuePosted.amount).toBe('0.00');
    expect(orphan.financials!.ledger.unpostedRevenue.amount).toBe(orphan.financials!.recognizedRevenue.amount);
    expect(Number(orphan.financials!.recognizedRevenue.amount)).toBeGreaterThan(0);
  });
});
