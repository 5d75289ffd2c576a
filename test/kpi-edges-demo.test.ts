/**
 * The KPI definitions at their edges, on fresh demo data (seed 42, scale 1, business date
 * 2026-11-23, as the README): every finished fixed-fee project recognizes exactly its contract
 * value; no finished project carries backlog and no backlog is negative (billing beyond bookings is
 * billedInAdvance); no utilization counts a day outside a consultant's employment, neither in the
 * available hours nor in the billable ones. Utilization is recomputed here from the generated rows,
 * independently of subgraphs/shared/kpi.ts, for a consultant and for the portfolio.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData, type DemoRow } from '../scripts/demo-data/generate.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { startDemoHub, type GraphQLResult, type TestHub } from './support/hub.ts';

const AS_OF = '2026-11-23';
const data = generateDemoData({ seed: 42, scale: 1, asOf: AS_OF });
const APPROVED = new Set(['Approved', 'Posted', 'Billed', 'Invoiced']);
/** The consultant whose time ran on after the termination (docs/demo-data.md, inconsistency 4). */
const LATE_LOGGER = 'W-00263';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startDemoHub(AS_OF, { data });
}, 120_000);

afterAll(async () => {
  await testHub?.stop();
});

interface MoneyValue {
  amount: string;
}
interface ProjectNode {
  code: string;
  status: string;
  billingModel: string;
  bookings: MoneyValue;
  financials: {
    bookings: MoneyValue;
    billedToDate: MoneyValue;
    recognizedRevenue: MoneyValue;
    backlog: MoneyValue;
    unconsumedContractValue: MoneyValue;
    billedInAdvance: MoneyValue;
  } | null;
}
interface ConsultantNode {
  id: string;
  utilization: { availableHours: string; billableHours: string; utilization: number; target: number | null; attainment: number | null } | null;
}

/** Every node of a connection, page by page (500 a page). */
type Page<T> = Record<string, { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string } }>;
async function allNodes<T>(field: 'projects' | 'consultants', selection: string): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (;;) {
    const result: GraphQLResult<Page<T>> = await testHub.query<Page<T>>(
      `query($after: String) { ${field}(first: 500, after: $after) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    expect(result.errors).toBeUndefined();
    const page: Page<T>[string] = result.data![field];
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

/** Decimal string with two places → hundredths. */
const cents = (value: MoneyValue | string): number => Math.round(Number(typeof value === 'string' ? value : value.amount) * 100);
const str = (row: DemoRow, column: string): string => row[column] as string;
const num = (row: DemoRow, column: string): number => Number(row[column]);
const isWorkday = (date: string): boolean => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
function* days(from: string, to: string): Generator<string> {
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000) yield new Date(day).toISOString().slice(0, 10);
}
/** numerator ÷ denominator of non-negative integers to four decimals, half away from zero, in integers. */
const fourDecimals = (numerator: number, denominator: number): number => Math.floor((2 * numerator * 10_000 + denominator) / (2 * denominator)) / 10_000;

const workers = new Map(data.resources.worker.map((row) => [str(row, 'id'), row]));
const offHours = new Map<string, number>();
for (const row of data.resources.time_off) offHours.set(`${str(row, 'worker_id')}|${str(row, 'off_date')}`, num(row, 'hours'));
const holidays = new Set(data.resources.holiday.map((row) => `${str(row, 'location')}|${str(row, 'holiday_date')}`));
const employed = (worker: DemoRow, date: string): boolean =>
  (worker.hire_date === null || str(worker, 'hire_date') <= date) && (worker.termination_date === null || date <= str(worker, 'termination_date'));

/** Hundredths available on one day: weekly ÷ 5 on a workday employed, less time off or a holiday. */
function availableOn(worker: DemoRow, date: string): number {
  if (!isWorkday(date) || !employed(worker, date)) return 0;
  const daily = num(worker, 'scheduled_weekly_hours') / 5;
  const off = Math.max(offHours.get(`${str(worker, 'id')}|${date}`) ?? 0, holidays.has(`${str(worker, 'location')}|${date}`) ? daily : 0);
  return Math.max(0, daily - off);
}

/** Approved billable entries, optionally only those on some projects. */
function billableEntries(projectIds: Set<string> | null): DemoRow[] {
  return data.projects.time_entry.filter(
    (entry) => APPROVED.has(str(entry, 'status')) && num(entry, 'billable') === 1 && (projectIds === null || projectIds.has(str(entry, 'project_id'))),
  );
}

describe('KPI edges on demo data', () => {
  it('recognizes exactly the contract value of every finished fixed-fee project, with no backlog on any finished project and none negative', async () => {
    const projects = await allNodes<ProjectNode>(
      'projects',
      `code status billingModel bookings { amount }
       financials { bookings { amount } billedToDate { amount } recognizedRevenue { amount } backlog { amount } unconsumedContractValue { amount } billedInAdvance { amount } }`,
    );
    expect(projects.length).toBe(data.projects.project.length);
    const withFinancials = projects.filter(
      (project): project is ProjectNode & { financials: NonNullable<ProjectNode['financials']> } => project.financials !== null,
    );

    const finishedFixed = withFinancials.filter((project) => project.billingModel === 'FIXED_FEE' && ['COMPLETED', 'CLOSED'].includes(project.status));
    expect(finishedFixed.length).toBeGreaterThan(5);
    expect(
      finishedFixed.filter((project) => project.financials.recognizedRevenue.amount !== project.bookings.amount).map((project) => project.code),
      'finished fixed-fee projects recognizing other than their contract value',
    ).toEqual([]);

    const finished = withFinancials.filter((project) => ['COMPLETED', 'CANCELLED', 'CLOSED'].includes(project.status));
    expect(finished.length).toBeGreaterThan(40);
    expect(
      finished.filter((project) => cents(project.financials.backlog) !== 0).map((project) => project.code),
      'finished projects with backlog',
    ).toEqual([]);

    for (const project of withFinancials) {
      const { bookings, billedToDate, recognizedRevenue, backlog, unconsumedContractValue, billedInAdvance } = project.financials;
      const open = !['COMPLETED', 'CANCELLED', 'CLOSED'].includes(project.status);
      expect(
        {
          backlog: cents(backlog),
          unconsumedContractValue: cents(unconsumedContractValue),
          billedInAdvance: cents(billedInAdvance),
        },
        project.code,
      ).toEqual({
        backlog: open ? Math.max(0, cents(bookings) - cents(billedToDate)) : 0,
        unconsumedContractValue: open ? 0 : Math.max(0, cents(bookings) - Math.max(cents(billedToDate), cents(recognizedRevenue))),
        billedInAdvance: Math.max(0, cents(billedToDate) - cents(bookings)),
      });
    }
    // Billing beyond bookings exists in the demo data (the milestone billed twice) and shows as such.
    expect(withFinancials.filter((project) => cents(project.financials.billedInAdvance) > 0).length).toBeGreaterThan(0);
    // Finished projects released contract value unused: the cancelled ones at least.
    expect(finished.filter((project) => cents(project.financials.unconsumedContractValue) > 0).length).toBeGreaterThan(0);
  });

  it.each([
    ['the two months around the late logger’s termination', '2026-03-01', '2026-04-30'],
    ['October 2026', '2026-10-01', '2026-10-31'],
    ['the 90 days to the business date', '2026-08-26', AS_OF],
  ])('counts no day outside employment in any consultant’s utilization: %s', async (_name, from, to) => {
    const consultants = await allNodes<ConsultantNode>(
      'consultants',
      `id utilization(from: "${from}", to: "${to}") { availableHours billableHours utilization target attainment }`,
    );
    expect(consultants.length).toBe(workers.size);
    const billableByWorker = new Map<string, number>();
    for (const entry of billableEntries(null)) {
      const worker = workers.get(str(entry, 'worker_id'))!;
      const date = str(entry, 'work_date');
      if (date < from || date > to || !employed(worker, date)) continue;
      billableByWorker.set(str(worker, 'id'), (billableByWorker.get(str(worker, 'id')) ?? 0) + num(entry, 'hours'));
    }
    const expected = Object.fromEntries(
      [...workers.values()].map((worker) => {
        const available = [...days(from, to)].reduce((total, date) => total + availableOn(worker, date), 0);
        const billable = billableByWorker.get(str(worker, 'id')) ?? 0;
        const target = worker.utilization_target_bp === null ? null : num(worker, 'utilization_target_bp');
        return [
          toHubId('Consultant', str(worker, 'id')),
          {
            availableHours: available,
            billableHours: billable,
            utilization: available === 0 ? 0 : fourDecimals(billable, available),
            attainment: target === null ? null : available === 0 ? 0 : fourDecimals(billable * 10_000, available * target),
          },
        ];
      }),
    );
    const actual = Object.fromEntries(
      consultants.map(({ id, utilization }) => [
        id,
        {
          availableHours: cents(utilization!.availableHours),
          billableHours: cents(utilization!.billableHours),
          utilization: utilization!.utilization,
          attainment: utilization!.attainment,
        },
      ]),
    );
    expect(actual).toEqual(expected);
  });

  it('leaves the time logged after a termination out of that consultant’s utilization', async () => {
    const worker = workers.get(LATE_LOGGER)!;
    const late = billableEntries(null).filter((entry) => str(entry, 'worker_id') === LATE_LOGGER && str(entry, 'work_date') > str(worker, 'termination_date'));
    expect(late.length).toBe(4);
    const result = await testHub.query<{
      consultant: { march: { billableHours: string }; april: { availableHours: string; billableHours: string; utilization: number } };
    }>(
      `query($id: ID!) { consultant(id: $id) {
         march: utilization(from: "2026-03-01", to: "2026-03-31") { billableHours }
         april: utilization(from: "2026-04-01", to: "2026-04-30") { availableHours billableHours utilization } } }`,
      { id: toHubId('Consultant', LATE_LOGGER) },
    );
    expect(result.errors).toBeUndefined();
    // March: only the days to the termination (the 30th and 31st are after it).
    const marchEmployed = billableEntries(null)
      .filter(
        (entry) =>
          str(entry, 'worker_id') === LATE_LOGGER && str(entry, 'work_date') >= '2026-03-01' && str(entry, 'work_date') <= str(worker, 'termination_date'),
      )
      .reduce((total, entry) => total + num(entry, 'hours'), 0);
    expect(cents(result.data!.consultant.march.billableHours)).toBe(marchEmployed);
    expect(result.data!.consultant.april).toEqual({ availableHours: '0.00', billableHours: '0.00', utilization: 0 });
  });

  it('pools the portfolio utilization over days of employment only', async () => {
    // The late logger's customer's portfolio over the weeks around his termination, and the whole portfolio.
    const lateProject = data.projects.project.find(
      (project) =>
        str(project, 'id') ===
        str(data.projects.time_entry.find((entry) => str(entry, 'worker_id') === LATE_LOGGER && str(entry, 'work_date') > '2026-03-27')!, 'project_id'),
    )!;
    for (const [customerId, from, to] of [
      [str(lateProject, 'account_id'), '2026-03-01', '2026-04-30'],
      [null, '2026-08-26', AS_OF],
    ] as const) {
      const projectIds = new Set(
        data.projects.project.filter((project) => customerId === null || str(project, 'account_id') === customerId).map((project) => str(project, 'id')),
      );
      // Everyone with approved time on the projects in the window counts in the denominator.
      const staffed = new Set(
        data.projects.time_entry
          .filter(
            (entry) =>
              APPROVED.has(str(entry, 'status')) &&
              projectIds.has(str(entry, 'project_id')) &&
              str(entry, 'work_date') >= from &&
              str(entry, 'work_date') <= to,
          )
          .map((entry) => str(entry, 'worker_id')),
      );
      const billable = billableEntries(projectIds)
        .filter(
          (entry) =>
            str(entry, 'work_date') >= from && str(entry, 'work_date') <= to && employed(workers.get(str(entry, 'worker_id'))!, str(entry, 'work_date')),
        )
        .reduce((total, entry) => total + num(entry, 'hours'), 0);
      const available = [...staffed].reduce((total, id) => total + [...days(from, to)].reduce((sum, date) => sum + availableOn(workers.get(id)!, date), 0), 0);
      const filter =
        customerId === null ? `{ from: "${from}", to: "${to}" }` : `{ customerId: "${toHubId('Customer', customerId)}", from: "${from}", to: "${to}" }`;
      const result = await testHub.query<{ portfolio: { utilization: number } }>(`{ portfolio(filter: ${filter}) { utilization } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data!.portfolio.utilization, `${customerId ?? 'all'} ${from}..${to}`).toBe(fourDecimals(billable, available));
    }
  });
});
