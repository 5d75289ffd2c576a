/**
 * Journeys end to end (quote to project, time to bill, project to cash) with SLO attainment and breaches.
 * A portal user sees its own customer's journeys (the API lists no other) and no SLOs (the API refuses them).
 */
import { Bar } from 'react-chartjs-2';
import { useState } from 'react';
import { BASE_OPTIONS, SERIES_COLOURS } from '../charts.ts';
import { useConsole } from '../context.ts';
import { hasRole } from '../session.ts';
import { useQuery } from '../hooks.ts';
import { formatMoney, formatPercent, type Money } from '../money.ts';

interface Slo {
  name: string;
  kind: string;
  fromStage: string;
  toStage: string;
  target: string;
  attainment: number | null;
  met: number;
  breaches: number;
  window: string;
}

interface JourneyRow {
  id: string;
  kind: string;
  state: string;
  startedAt: string;
  completedAt: string | null;
  cycleTimeSeconds: number | null;
  breached: boolean;
  stages: { name: string; reachedAt: string | null; dueAt: string | null }[];
  breaches: { slo: string; stage: string; dueAt: string; reachedAt: string | null }[];
  customer: { name: string } | null;
  project: { code: string } | null;
  amount: Money | null;
}

const SLOS = 'query ConsoleSlos { slos { name kind fromStage toStage target attainment met breaches window } }';
const JOURNEYS = `query ConsoleJourneys($filter: JourneyFilter) {
  journeys(first: 50, filter: $filter) { totalCount edges { node {
    id kind state startedAt completedAt cycleTimeSeconds breached
    stages { name reachedAt dueAt } breaches { slo stage dueAt reachedAt }
    customer { name } project { code } amount { amount currency }
  } } }
}`;

function hours(seconds: number | null): string {
  return seconds === null ? '—' : `${(seconds / 3600).toFixed(1)} h`;
}

function SloAttainment({ slos: list, error }: { slos: readonly Slo[]; error: string | null }) {
  return (
    <>
      <h1>SLO attainment</h1>
      {error ? <p className="problem">{error}</p> : null}
      <div className="chart" data-testid="slo-chart">
        <Bar
          options={{ ...BASE_OPTIONS, indexAxis: 'y', scales: { x: { min: 0, max: 100, title: { display: true, text: '% of journeys in the window' } } } }}
          data={{
            labels: list.map((slo) => slo.name),
            datasets: [
              { label: 'attainment %', data: list.map((slo) => (slo.attainment === null ? 0 : slo.attainment * 100)), backgroundColor: SERIES_COLOURS[2] },
            ],
          }}
        />
      </div>
      <table className="rows" data-testid="slos">
        <thead>
          <tr>
            <th>SLO</th>
            <th>Journey</th>
            <th>From → to</th>
            <th>Target</th>
            <th>Attainment</th>
            <th>Met</th>
            <th>Breaches</th>
            <th>Window</th>
          </tr>
        </thead>
        <tbody>
          {list.map((slo) => (
            <tr key={slo.name} data-testid={`slo-${slo.name}`}>
              <td>{slo.name}</td>
              <td>{slo.kind}</td>
              <td>
                {slo.fromStage} → {slo.toStage}
              </td>
              <td>{slo.target}</td>
              <td>{formatPercent(slo.attainment)}</td>
              <td>{slo.met}</td>
              <td>{slo.breaches}</td>
              <td>{slo.window}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function JourneysServed() {
  const { session } = useConsole();
  const [kind, setKind] = useState('');
  const [breachedOnly, setBreachedOnly] = useState(false);
  const showSlos = hasRole(session, ['admin', 'analyst', 'delivery', 'finance']);
  const slos = useQuery<{ slos: Slo[] }>(showSlos ? SLOS : null);
  const journeys = useQuery<{ journeys: { totalCount: number; edges: { node: JourneyRow }[] } }>(JOURNEYS, {
    filter: { ...(kind ? { kind } : {}), ...(breachedOnly ? { breached: true } : {}) },
  });
  const list = slos.result?.data?.slos ?? [];
  return (
    <section>
      {showSlos ? <SloAttainment slos={list} error={slos.error} /> : null}
      <h1>Journeys</h1>
      <button
        type="button"
        onClick={() => {
          if (showSlos) void slos.refetch();
          void journeys.refetch();
        }}
      >
        Refresh
      </button>{' '}
      <select aria-label="Journey kind" value={kind} onChange={(event) => setKind(event.target.value)}>
        {['', 'QUOTE_TO_PROJECT', 'TIME_TO_BILL', 'PROJECT_TO_CASH'].map((candidate) => (
          <option key={candidate} value={candidate}>
            {candidate || 'every kind'}
          </option>
        ))}
      </select>{' '}
      <label>
        <input type="checkbox" checked={breachedOnly} onChange={(event) => setBreachedOnly(event.target.checked)} /> breached only
      </label>
      {journeys.error ? <p className="problem">{journeys.error}</p> : null}
      <table className="rows" data-testid="journeys">
        <thead>
          <tr>
            <th>Journey</th>
            <th>Customer · project</th>
            <th>Stages</th>
            <th>Cycle time</th>
            <th>Amount</th>
            <th>Breaches</th>
          </tr>
        </thead>
        <tbody>
          {(journeys.result?.data?.journeys.edges ?? []).map(({ node }) => (
            <tr key={node.id} data-testid={`journey-${node.id}`} data-breached={node.breached} className={node.breached ? 'breached' : undefined}>
              <td>
                {node.kind} <span className="badge">{node.state}</span>
              </td>
              <td>
                {node.customer?.name ?? '—'}
                {node.project ? ` · ${node.project.code}` : ''}
              </td>
              <td>
                <ol className="stages">
                  {node.stages.map((stage) => (
                    <li key={stage.name} className={stage.reachedAt ? 'reached' : undefined} title={stage.dueAt ? `due ${stage.dueAt}` : undefined}>
                      {stage.name}
                      {stage.reachedAt ? ` ${stage.reachedAt.slice(0, 10)}` : ''}
                    </li>
                  ))}
                </ol>
              </td>
              <td>{hours(node.cycleTimeSeconds)}</td>
              <td>{formatMoney(node.amount)}</td>
              <td>
                {node.breaches.map((breach) => (
                  <div key={`${breach.slo}-${breach.stage}`} className="badge bad">
                    {breach.slo}: {breach.stage} due {breach.dueAt}
                    {breach.reachedAt ? `, reached ${breach.reachedAt}` : ', not reached'}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Journeys() {
  const { capabilities } = useConsole();
  if (!capabilities.journeys) return <p className="note">This hub does not serve journeys and SLOs yet (no `journeys` or `slos` in its schema).</p>;
  return <JourneysServed />;
}
