/** Reconciliation: run the checks, see the findings (what disagrees between systems) and replay a fix. */
import { useState } from 'react';
import { mayTake } from '../actions.ts';
import { idempotencyKey, request, type UserError } from '../api.ts';
import { useConsole } from '../context.ts';
import { useQuery, useSingleFlight } from '../hooks.ts';
import { formatMoney, type Money } from '../money.ts';

interface FindingRow {
  id: string;
  check: string;
  status: string;
  summary: string;
  replay: string | null;
  detectedAt: string;
  lastSeenAt: string;
  closedAt: string | null;
  amount: Money | null;
  customer: { name: string } | null;
  project: { code: string } | null;
  records: { system: string; entityType: string; id: string }[];
  replayWorkflow: { id: string; status: string } | null;
}

const FINDINGS = `query ConsoleFindings($filter: FindingFilter) {
  findings(first: 100, filter: $filter) { totalCount edges { node {
    id check status summary replay detectedAt lastSeenAt closedAt amount { amount currency }
    customer { name } project { code } records { system entityType id } replayWorkflow { id status }
  } } }
}`;
const RECONCILE = `mutation ConsoleReconcile($input: ReconcileInput!) {
  reconcile(input: $input) { run { id status opened stillOpen closed } userErrors { code message } }
}`;
const REPLAY = `mutation ConsoleReplay($input: ReplayFindingInput!) {
  replayFinding(input: $input) { finding { id status } workflow { id status } userErrors { code message } }
}`;

interface RunSummary {
  id: string;
  status: string;
  opened: number;
  stillOpen: number;
  closed: number;
}

function FindingsServed() {
  const { session } = useConsole();
  const [status, setStatus] = useState('OPEN');
  const [message, setMessage] = useState<string | null>(null);
  const { busy, start } = useSingleFlight();
  const findings = useQuery<{ findings: { totalCount: number; edges: { node: FindingRow }[] } }>(FINDINGS, { filter: status ? { status } : null });

  const reconcile = () =>
    start(async () => {
      // One key per click: sent again while the run is RUNNING, it answers with the same run (the API's rule).
      const key = idempotencyKey('reconcile');
      try {
        let summary: { run: RunSummary | null; userErrors: UserError[] } = { run: null, userErrors: [] };
        for (let asked = 0; asked < 120; asked++) {
          const answer = await request<{ reconcile: { run: RunSummary | null; userErrors: UserError[] } }>(session, RECONCILE, {
            input: { idempotencyKey: key },
          });
          summary = answer.data?.reconcile ?? summary;
          if (summary.run?.status !== 'RUNNING') break;
          setMessage(`Run ${summary.run.id} RUNNING…`);
          await new Promise((resolve) => setTimeout(resolve, 1_000));
        }
        const { run, userErrors } = summary;
        setMessage(
          userErrors.length > 0
            ? `${userErrors[0].code}: ${userErrors[0].message}`
            : run
              ? `Run ${run.id} ${run.status}: ${run.opened} opened, ${run.stillOpen} still open, ${run.closed} closed`
              : 'No run',
        );
        await findings.refetch();
      } catch (error) {
        setMessage(error instanceof Error ? error.message : String(error));
      }
    });

  const replay = (finding: FindingRow) =>
    start(async () => {
      try {
        const answer = await request<{ replayFinding: { workflow: { id: string; status: string } | null; userErrors: UserError[] } }>(session, REPLAY, {
          input: { findingId: finding.id, idempotencyKey: idempotencyKey('replay') },
        });
        const { workflow, userErrors } = answer.data?.replayFinding ?? { workflow: null, userErrors: [] };
        setMessage(
          userErrors.length > 0
            ? `${userErrors[0].code}: ${userErrors[0].message}`
            : `Replayed ${finding.id}: workflow ${workflow?.id ?? '—'} ${workflow?.status ?? ''}`,
        );
        await findings.refetch();
      } catch (error) {
        setMessage(error instanceof Error ? error.message : String(error));
      }
    });

  const rows = findings.result?.data?.findings.edges.map((edge) => edge.node) ?? [];
  return (
    <section>
      <h1>Reconciliation findings</h1>
      {mayTake('reconcile', session.roles) ? (
        <button type="button" disabled={busy} onClick={() => void reconcile()}>
          Run reconciliation
        </button>
      ) : null}{' '}
      <button type="button" onClick={() => void findings.refetch()}>
        Refresh
      </button>{' '}
      <select aria-label="Finding status" value={status} onChange={(event) => setStatus(event.target.value)}>
        {['OPEN', 'REPLAYING', 'CLOSED', ''].map((candidate) => (
          <option key={candidate} value={candidate}>
            {candidate || 'all'}
          </option>
        ))}
      </select>
      <span className="note" data-testid="finding-count">
        {' '}
        {findings.result?.data?.findings.totalCount ?? 0} findings
      </span>
      {message ? (
        <p className="note" role="status" data-testid="action-result">
          {message}
        </p>
      ) : null}
      {findings.error ? <p className="problem">{findings.error}</p> : null}
      <table className="rows" data-testid="findings">
        <thead>
          <tr>
            <th>Check</th>
            <th>Summary</th>
            <th>Customer · project</th>
            <th>Amount</th>
            <th>Records</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`finding-${row.id}`} data-check={row.check} data-status={row.status}>
              <td>{row.check}</td>
              <td>{row.summary}</td>
              <td>
                {row.customer?.name ?? '—'}
                {row.project ? ` · ${row.project.code}` : ''}
              </td>
              <td>{formatMoney(row.amount)}</td>
              <td>
                {row.records.map((record) => (
                  <div key={`${record.system}-${record.entityType}-${record.id}`}>
                    {record.system} {record.entityType} {record.id}
                  </div>
                ))}
              </td>
              <td>
                {row.status}
                {row.replayWorkflow ? (
                  <div>
                    <a href={`#/workflows/${encodeURIComponent(row.replayWorkflow.id)}`}>replay {row.replayWorkflow.status}</a>
                  </div>
                ) : null}
              </td>
              <td>
                {row.replay && row.status === 'OPEN' && mayTake('replayFinding', session.roles) ? (
                  <button type="button" disabled={busy} onClick={() => void replay(row)}>
                    Replay ({row.replay})
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function Findings() {
  const { capabilities } = useConsole();
  if (!capabilities.findings) return <p className="note">This hub does not serve reconciliation yet (no `findings` in its schema).</p>;
  return <FindingsServed />;
}
