/**
 * KPI charts from the public API: utilization by practice (portfolio per practice), unbilled WIP and
 * backlog by month (portfolioTrend), margin by project (financials, for the roles that may see margin),
 * receivables ageing (open invoices' balances by days past due at the business date, per currency).
 */
import { Bar, Line } from 'react-chartjs-2';
import { BASE_OPTIONS, SERIES_COLOURS } from '../charts.ts';
import { errorsAt, request, type GraphQLResult } from '../api.ts';
import { useConsole } from '../context.ts';
import { useQuery } from '../hooks.ts';
import { formatMoney, formatPercent, sumDecimals, type Money } from '../money.ts';
import { useEffect, useState } from 'react';
import type { Session } from '../session.ts';

interface ProjectKpi {
  code: string;
  name: string;
  practice: string | null;
  financials: { margin: Money | null; marginPct: number | null } | null;
}

const PROJECTS = `query ConsoleKpiProjects {
  projects(first: 500) { edges { node { code name practice financials { margin { amount currency } marginPct } } } }
}`;
const TREND = `query ConsoleKpiTrend($from: Date!, $to: Date!) {
  portfolioTrend(from: $from, to: $to, interval: MONTH) { period unbilledWip { amount currency } backlog { amount currency } }
}`;
const OPEN_INVOICES = `query ConsoleKpiOpenInvoices($status: InvoiceStatus!, $after: String) {
  invoices(first: 500, after: $after, filter: { status: $status }) { pageInfo { hasNextPage endCursor } edges { node { dueDate balance { amount currency } } } }
}`;

interface OpenInvoice {
  dueDate: string | null;
  balance: Money;
}

/** Every issued or partly paid invoice the caller may see, page by page. */
async function openInvoices(session: Session): Promise<OpenInvoice[]> {
  const all: OpenInvoice[] = [];
  for (const status of ['ISSUED', 'PARTIALLY_PAID']) {
    let after: string | null = null;
    do {
      const answer: GraphQLResult<{ invoices: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: OpenInvoice }[] } }> =
        await request(session, OPEN_INVOICES, { status, after });
      const page = answer.data?.invoices;
      all.push(...(page?.edges.map((edge) => edge.node) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
  }
  return all;
}

const AGEING_BUCKETS = ['current', '1–30 days', '31–60 days', '61–90 days', 'over 90 days'] as const;

function bucketOf(dueDate: string | null, businessDate: string): number {
  if (!dueDate) return 0;
  const days = Math.floor((Date.parse(`${businessDate}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
  if (days <= 0) return 0;
  if (days <= 30) return 1;
  if (days <= 60) return 2;
  if (days <= 90) return 3;
  return 4;
}

/** The first day of the month eleven months before the business date's. */
function yearBefore(businessDate: string): string {
  const [year, month] = businessDate.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 11, 1));
  return start.toISOString().slice(0, 10);
}

function UtilizationByPractice({ practices }: { practices: string[] }) {
  const { session } = useConsole();
  const [values, setValues] = useState<{ practice: string; utilization: number | null; projectCount: number }[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // The practices as one string: a new array with the same practices asks nothing again.
  const key = practices.join('\n');
  useEffect(() => {
    const practices = key === '' ? [] : key.split('\n');
    if (practices.length === 0) return;
    const variables = Object.fromEntries(practices.map((practice, index) => [`p${index}`, practice]));
    const query = `query ConsoleKpiUtilization(${practices.map((_, index) => `$p${index}: String`).join(', ')}) {
  ${practices.map((_, index) => `p${index}: portfolio(filter: { practice: $p${index} }) { utilization projectCount }`).join('\n  ')}
}`;
    void request<Record<string, { utilization: number | null; projectCount: number }>>(session, query, variables)
      .then((answer) =>
        setValues(practices.map((practice, index) => ({ practice, ...(answer.data?.[`p${index}`] ?? { utilization: null, projectCount: 0 }) }))),
      )
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [session, key]);
  if (problem) return <p className="problem">{problem}</p>;
  if (!values) return <p className="note">Loading…</p>;
  return (
    <div className="chart" data-testid="chart-utilization">
      <Bar
        options={{ ...BASE_OPTIONS, scales: { y: { min: 0, title: { display: true, text: 'utilization %' } } } }}
        data={{
          labels: values.map((value) => value.practice),
          datasets: [{ label: 'utilization %', data: values.map((value) => (value.utilization ?? 0) * 100), backgroundColor: SERIES_COLOURS[0] }],
        }}
      />
    </div>
  );
}

function Trend() {
  const { config } = useConsole();
  const trend = useQuery<{ portfolioTrend: { period: string; unbilledWip: Money | null; backlog: Money | null }[] }>(TREND, {
    from: yearBefore(config.businessDate),
    to: config.businessDate,
  });
  if (trend.error) return <p className="problem">{trend.error}</p>;
  const periods = trend.result?.data?.portfolioTrend ?? [];
  const currency = periods.find((period) => period.backlog)?.backlog?.currency ?? '';
  return (
    <div className="chart" data-testid="chart-trend">
      <Line
        options={{ ...BASE_OPTIONS, scales: { y: { title: { display: true, text: currency } } } }}
        data={{
          labels: periods.map((period) => period.period),
          datasets: [
            {
              label: 'unbilled WIP',
              data: periods.map((period) => Number(period.unbilledWip?.amount ?? 0)),
              borderColor: SERIES_COLOURS[1],
              backgroundColor: SERIES_COLOURS[1],
            },
            {
              label: 'backlog',
              data: periods.map((period) => Number(period.backlog?.amount ?? 0)),
              borderColor: SERIES_COLOURS[0],
              backgroundColor: SERIES_COLOURS[0],
            },
          ],
        }}
      />
    </div>
  );
}

function MarginByProject({ result }: { result: GraphQLResult<{ projects: { edges: { node: ProjectKpi }[] } }> }) {
  const forbidden = (result.errors ?? []).some((error) => error.extensions?.code === 'FORBIDDEN' && error.path?.includes('margin'));
  const projects = (result.data?.projects.edges ?? [])
    .map((edge) => edge.node)
    .filter((project) => project.financials?.marginPct !== null && project.financials?.marginPct !== undefined)
    .sort((a, b) => (b.financials?.marginPct ?? 0) - (a.financials?.marginPct ?? 0));
  if (forbidden && projects.length === 0) return <p className="note">Margin is not visible to your role.</p>;
  const shown = [...projects.slice(0, 10), ...projects.slice(-5).filter((project) => !projects.slice(0, 10).includes(project))];
  return (
    <>
      <div className="chart tall" data-testid="chart-margin">
        <Bar
          options={{ ...BASE_OPTIONS, indexAxis: 'y', scales: { x: { title: { display: true, text: 'margin % of recognized revenue' } } } }}
          data={{
            labels: shown.map((project) => project.code),
            datasets: [{ label: 'margin %', data: shown.map((project) => (project.financials?.marginPct ?? 0) * 100), backgroundColor: SERIES_COLOURS[2] }],
          }}
        />
      </div>
      <table className="rows compact">
        <tbody>
          {shown.map((project) => (
            <tr key={project.code}>
              <td>{project.code}</td>
              <td>{project.name}</td>
              <td>{formatMoney(project.financials?.margin)}</td>
              <td>{formatPercent(project.financials?.marginPct)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Ageing() {
  const { config, session } = useConsole();
  const [invoices, setInvoices] = useState<OpenInvoice[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void openInvoices(session)
      .then(setInvoices)
      .catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, [session]);
  if (problem) return <p className="problem">{problem}</p>;
  if (!invoices) return <p className="note">Loading…</p>;
  const open = invoices.filter((invoice) => !/^-?0(\.0+)?$/.test(invoice.balance.amount));
  const currencies = [...new Set(open.map((invoice) => invoice.balance.currency))].sort();
  // Exact sums per currency and bucket; the bars are those sums as numbers.
  const sums = currencies.map((currency) =>
    AGEING_BUCKETS.map((_, bucket) =>
      sumDecimals(
        open
          .filter((invoice) => invoice.balance.currency === currency && bucketOf(invoice.dueDate, config.businessDate) === bucket)
          .map((invoice) => invoice.balance.amount),
      ),
    ),
  );
  return (
    <>
      <div className="chart" data-testid="chart-ageing">
        <Bar
          options={{ ...BASE_OPTIONS, scales: { x: { stacked: false }, y: { title: { display: true, text: 'open balance' } } } }}
          data={{
            labels: [...AGEING_BUCKETS],
            datasets: currencies.map((currency, index) => ({
              label: currency,
              data: sums[index].map(Number),
              backgroundColor: SERIES_COLOURS[index % SERIES_COLOURS.length],
            })),
          }}
        />
      </div>
      <table className="rows compact" data-testid="ageing">
        <thead>
          <tr>
            <th />
            {AGEING_BUCKETS.map((bucket) => (
              <th key={bucket}>{bucket}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {currencies.map((currency, index) => (
            <tr key={currency}>
              <th>{currency}</th>
              {sums[index].map((sum, bucket) => (
                <td key={AGEING_BUCKETS[bucket]}>{formatMoney({ amount: sum, currency })}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function Kpis() {
  const { config } = useConsole();
  const projects = useQuery<{ projects: { edges: { node: ProjectKpi }[] } }>(PROJECTS);
  const practices = [
    ...new Set((projects.result?.data?.projects.edges ?? []).map((edge) => edge.node.practice).filter((practice): practice is string => !!practice)),
  ].sort();
  const notVisible = projects.result ? errorsAt(projects.result, 'projects').filter((error) => error.extensions?.code !== 'FORBIDDEN') : [];
  return (
    <section className="kpis">
      <p className="note">Business date {config.businessDate}.</p>
      {projects.error ? <p className="problem">{projects.error}</p> : null}
      {notVisible.length > 0 ? <p className="problem">{notVisible[0].message}</p> : null}
      <div className="grid">
        <div>
          <h2>Utilization by practice (last 90 days)</h2>
          <UtilizationByPractice practices={practices} />
        </div>
        <div>
          <h2>Unbilled WIP and backlog by month</h2>
          <Trend />
        </div>
        <div>
          <h2>Margin by project (highest and lowest)</h2>
          {projects.result ? <MarginByProject result={projects.result} /> : <p className="note">Loading…</p>}
        </div>
        <div>
          <h2>Receivables ageing</h2>
          <Ageing />
        </div>
      </div>
    </section>
  );
}
