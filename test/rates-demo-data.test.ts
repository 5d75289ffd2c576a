/**
 * The demo data's deliberate stale bill rate (docs/demo-data.md, inconsistency 7) is visible through
 * the graph: a finance user reading the project's time entries finds exactly the entries whose
 * billRate is below the rate card's expectedBillRate, and every other entry at the rate card's rate.
 * The hub holds a slice of the generated demo data (seed 42, scale 1, the tests' business date):
 * the project, its assignments and time entries, and the whole ERP rate card.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from '../platform/sql.ts';
import { generateDemoData, type DemoRow } from '../scripts/demo-data/generate.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { authorizationAs, type GraphQLResult, startTestHub, type TestHub } from './support/hub.ts';

const AS_OF = '2026-11-15';
const { projects, finance } = generateDemoData({ seed: 42, scale: 1, asOf: AS_OF });

const str = (row: DemoRow, column: string) => row[column] as string;
const num = (row: DemoRow, column: string) => row[column] as number;
const assignmentById = new Map(projects.assignment.map((row) => [str(row, 'id'), row]));
const projectById = new Map(projects.project.map((row) => [str(row, 'id'), row]));
/** The rate card row for (role, region, currency) in force on `date` (effective_to inclusive, null open). */
const cardOn = (role: string, region: string, currency: string, date: string) =>
  finance.rate_card.find(
    (row) =>
      str(row, 'role') === role &&
      str(row, 'region') === region &&
      str(row, 'currency') === currency &&
      str(row, 'effective_from') <= date &&
      (row.effective_to === null || date <= str(row, 'effective_to')),
  );

// Found the way docs/demo-data.md says: the entry's bill rate differs from the rate card's for its
// assignment's role and its project's region and currency on the work date.
const stale = projects.time_entry.filter((entry) => {
  const role = str(assignmentById.get(str(entry, 'assignment_id'))!, 'role');
  const project = projectById.get(str(entry, 'project_id'))!;
  const card = cardOn(role, str(project, 'region'), str(project, 'currency'), str(entry, 'work_date'));
  return card !== undefined && num(entry, 'bill_rate') !== num(card, 'bill_rate');
});
const projectId = str(stale[0]!, 'project_id');
const projectEntries = projects.time_entry.filter((entry) => str(entry, 'project_id') === projectId);

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (stores) => {
      await insertRows(stores.projects, 'project', [projectById.get(projectId)!]);
      await insertRows(
        stores.projects,
        'assignment',
        projects.assignment.filter((row) => str(row, 'project_id') === projectId),
      );
      await insertRows(stores.projects, 'time_entry', projectEntries);
      await insertRows(stores.finance, 'rate_card', finance.rate_card);
    },
  });
});

afterAll(async () => {
  await testHub?.stop();
});

interface Page {
  project: {
    timeEntries: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: { id: string; date: string; billRate: { amount: string; currency: string }; expectedBillRate: { amount: string; currency: string } | null };
      }[];
    };
  };
}

/** Every time entry of the project with its rates, page by page, as a finance user reads them. */
async function allEntries() {
  const headers = await authorizationAs('finance');
  const rows: Page['project']['timeEntries']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphQLResult<Page> = await testHub.query<Page>(
      `query($id: ID!, $after: String) { project(id: $id) { timeEntries(first: 500, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { id date billRate { amount currency } expectedBillRate { amount currency } } } } } }`,
      { id: toHubId('Project', projectId), after },
      headers,
    );
    expect(result.errors).toBeUndefined();
    const { edges, pageInfo } = result.data!.project.timeEntries;
    rows.push(...edges.map(({ node }) => node));
    if (!pageInfo.hasNextPage) return rows;
    after = pageInfo.endCursor;
  }
}

describe('under-billing in the demo data', () => {
  it('has the documented stale rate on one project, below the rate card', () => {
    expect(stale.length).toBeGreaterThanOrEqual(10);
    expect(new Set(stale.map((entry) => str(entry, 'project_id')))).toEqual(new Set([projectId]));
  });

  it('shows finance exactly the stale entries as billRate < expectedBillRate, every other entry at the rate card', async () => {
    const rows = await allEntries();
    expect(rows).toHaveLength(projectEntries.length);
    const underBilled = rows.filter((row) => row.expectedBillRate !== null && Number(row.billRate.amount) < Number(row.expectedBillRate.amount));
    expect(underBilled.map((row) => row.id).sort()).toEqual(stale.map((entry) => toHubId('TimeEntry', str(entry, 'id'))).sort());
    // Stale means last period's (lower) rate: the rate card rose at the change.
    const rest = rows.filter((row) => !underBilled.includes(row));
    expect(rest.filter((row) => row.expectedBillRate === null || row.expectedBillRate.amount !== row.billRate.amount)).toEqual([]);
    const currency = str(projectById.get(projectId)!, 'currency');
    expect(new Set(rows.map((row) => row.billRate.currency))).toEqual(new Set([currency]));
    expect(new Set(rows.map((row) => row.expectedBillRate?.currency))).toEqual(new Set([currency]));
  });
});
