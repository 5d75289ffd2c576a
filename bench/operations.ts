/**
 * The read operations `npm run bench` measures, each as the request bodies its load cycles through
 * (one body: every client sends the same request; several: consecutive requests differ).
 */
import { PORTFOLIO_QUERY, PROJECT_360_QUERY } from './queries.ts';

export const PROJECT_LIST_QUERY = /* GraphQL */ `
  query ProjectList {
    projects(first: 50) {
      totalCount
      edges {
        node {
          id
          code
          name
          status
          customer { name }
          projectManager { name }
          financials {
            bookings { amount currency }
            billedToDate { amount }
            unbilledWip { amount }
            recognizedRevenue { amount }
            costToDate { amount }
            margin { amount }
            marginPct
          }
        }
      }
    }
  }
`;

export const UTILIZATION_QUERY = /* GraphQL */ `
  query Utilization($from: Date!, $to: Date!) {
    consultants(first: 50) {
      edges {
        node {
          id
          name
          utilization(from: $from, to: $to) { availableHours billableHours utilization target attainment }
        }
      }
    }
  }
`;

export interface Operation {
  name: string;
  /** What it asks, for the table's notes. */
  description: string;
  /** The request bodies (JSON), sent in turn. */
  bodies: string[];
}

/** Every operation's name, in the order they are measured. */
export const OPERATION_NAMES = ['project-360', 'project-360-many', 'project-list', 'portfolio', 'utilization'] as const;
export type OperationName = (typeof OPERATION_NAMES)[number];

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** The last full calendar quarter before `asOf` (YYYY-MM-DD), as { from, to }. */
export function previousQuarter(asOf: string): { from: string; to: string } {
  const [year, month] = asOf.split('-').map(Number);
  const quarterStartMonth = Math.floor((month - 1) / 3) * 3; // 0-based month the current quarter starts in
  const start = new Date(Date.UTC(year, quarterStartMonth - 3, 1));
  const end = new Date(Date.UTC(year, quarterStartMonth, 0));
  return { from: start.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) };
}

/**
 * The operations over the given projects (at least 50, the first being project-360's one id) as of
 * `asOf`: project-360 with one id, project-360 over 50 ids (50 connections in flight then never ask
 * for the same project at once), the 50-row project list, the portfolio, and utilization over the
 * last full quarter for 50 consultants.
 */
export function buildOperations(projectIds: readonly string[], asOf: string): Operation[] {
  if (projectIds.length < 50) throw new Error(`the benchmark needs 50 projects, the demo data has ${projectIds.length}`);
  const quarter = previousQuarter(asOf);
  return [
    { name: 'project-360', description: 'project-360, every request the same project', bodies: [body(PROJECT_360_QUERY, { id: projectIds[0] })] },
    {
      name: 'project-360-many',
      description: 'project-360 over 50 projects, consecutive requests differ',
      bodies: projectIds.slice(0, 50).map((id) => body(PROJECT_360_QUERY, { id })),
    },
    { name: 'project-list', description: 'the first 50 projects with customer, manager and financials', bodies: [body(PROJECT_LIST_QUERY)] },
    { name: 'portfolio', description: 'portfolio KPIs over every project', bodies: [body(PORTFOLIO_QUERY)] },
    {
      name: 'utilization',
      description: `Consultant.utilization for the first 50 consultants, ${quarter.from} to ${quarter.to}`,
      bodies: [body(UTILIZATION_QUERY, quarter)],
    },
  ];
}
