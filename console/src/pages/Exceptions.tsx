/**
 * The exception queue: what failed, for which customer and project, with its business context, and
 * the actions the caller's role may take (CONSOLE_ACTIONS, the API's own rule): retry the workflow,
 * resolve with a note, replay the reconciliation finding it stands for.
 */
import { useState } from 'react';
import { mayTake } from '../actions.ts';
import { idempotencyKey, request, type UserError } from '../api.ts';
import { useConsole } from '../context.ts';
import { useQuery, useSingleFlight } from '../hooks.ts';
import { useSubscription } from '../live.ts';
import { formatMoney, type Money } from '../money.ts';

interface ExceptionRow {
  id: string;
  status: string;
  step: string;
  system: string;
  cause: string;
  raisedAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolutionNote: string | null;
  amount: Money | null;
  customer: { id: string; name: string } | null;
  project: { id: string; code: string; name: string } | null;
  workflow: { id: string; type: string; status: string } | null;
  kind?: string;
  context?: { label: string; value: string }[];
  finding?: { id: string; status: string; replay: string | null } | null;
  journey?: { id: string; kind: string } | null;
}

function exceptionsQuery(options: { context: boolean; findings: boolean; journeys: boolean }): string {
  const extra = [
    options.context ? 'kind context { label value }' : '',
    options.findings ? 'finding { id status replay }' : '',
    options.journeys ? 'journey { id kind }' : '',
  ].join(' ');
  return `query ConsoleExceptions($filter: ExceptionFilter) {
  exceptions(first: 100, filter: $filter) { totalCount edges { node {
    id status step system cause raisedAt resolvedAt resolvedBy resolutionNote amount { amount currency }
    customer { id name } project { id code name } workflow { id type status } ${extra}
  } } }
}`;
}

const RETRY = `mutation ConsoleRetryException($input: RetryExceptionInput!) {
  retryException(input: $input) { exception { id status } workflow { id status } userErrors { code message } }
}`;
const RESOLVE = `mutation ConsoleResolveException($input: ResolveExceptionInput!) {
  resolveException(input: $input) { exception { id status } userErrors { code message } }
}`;
const REPLAY = `mutation ConsoleReplayFinding($input: ReplayFindingInput!) {
  replayFinding(input: $input) { finding { id status } workflow { id status } userErrors { code message } }
}`;
const EXCEPTION_RAISED = 'subscription ConsoleExceptionRaised { exceptionRaised { id } }';

const STATUSES = ['OPEN', 'RETRYING', 'RESOLVED', ''] as const;

function ExceptionActions({ row, onDone }: { row: ExceptionRow; onDone: (message: string) => void }) {
  const { session } = useConsole();
  const [note, setNote] = useState('');
  const { busy, start } = useSingleFlight();
  if (row.status === 'RESOLVED') return null;
  const run = (mutation: string, input: Record<string, unknown>, field: string) =>
    start(async () => {
      try {
        const answer = await request<Record<string, { userErrors: UserError[] }>>(session, mutation, { input });
        const errors = answer.data?.[field]?.userErrors ?? [];
        onDone(errors.length > 0 ? `${errors[0].code}: ${errors[0].message}` : `${field} done for ${row.id}`);
      } catch (error) {
        onDone(error instanceof Error ? error.message : String(error));
      }
    });
  const canRetry = mayTake('retryException', session.roles) && row.workflow !== null;
  const canResolve = mayTake('resolveException', session.roles);
  // A finding replaying or closed has nothing to replay (the API answers FINDING_REPLAYING or FINDING_ALREADY_FIXED).
  const canReplay = mayTake('replayFinding', session.roles) && row.finding?.replay && row.finding.status === 'OPEN';
  if (!canRetry && !canResolve && !canReplay) return null;
  return (
    <div className="actions" data-testid={`actions-${row.id}`}>
      {canRetry ? (
        <button type="button" disabled={busy} onClick={() => run(RETRY, { id: row.id, idempotencyKey: idempotencyKey('retry') }, 'retryException')}>
          Retry
        </button>
      ) : null}
      {canReplay && row.finding ? (
        <button
          type="button"
          disabled={busy}
          onClick={() => run(REPLAY, { findingId: row.finding?.id, idempotencyKey: idempotencyKey('replay') }, 'replayFinding')}
        >
          Replay finding ({row.finding.replay})
        </button>
      ) : null}
      {canResolve ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(RESOLVE, { id: row.id, note, idempotencyKey: idempotencyKey('resolve') }, 'resolveException');
          }}
        >
          <input aria-label="Resolution note" placeholder="Note (required)" value={note} onChange={(event) => setNote(event.target.value)} />
          <button type="submit" disabled={busy || note.trim() === ''}>
            Resolve
          </button>
        </form>
      ) : null}
    </div>
  );
}

export function Exceptions() {
  const { capabilities } = useConsole();
  const [status, setStatus] = useState<string>('OPEN');
  const [message, setMessage] = useState<string | null>(null);
  const query = exceptionsQuery({ context: capabilities.exceptionContext, findings: capabilities.findings, journeys: capabilities.journeys });
  const exceptions = useQuery<{ exceptions: { totalCount: number; edges: { node: ExceptionRow }[] } }>(query, { filter: status ? { status } : null });
  useSubscription(
    EXCEPTION_RAISED,
    {},
    () => void exceptions.refetch(),
    () => void exceptions.refetch(),
  );
  const rows = exceptions.result?.data?.exceptions.edges.map((edge) => edge.node) ?? [];
  return (
    <section>
      <h1>Exception queue</h1>
      <label htmlFor="exception-status">Status </label>
      <select id="exception-status" value={status} onChange={(event) => setStatus(event.target.value)}>
        {STATUSES.map((candidate) => (
          <option key={candidate} value={candidate}>
            {candidate || 'all'}
          </option>
        ))}
      </select>
      <span className="note" data-testid="exception-count">
        {' '}
        {exceptions.result?.data?.exceptions.totalCount ?? 0} {status ? status.toLowerCase() : ''} exceptions
      </span>
      {message ? (
        <p className="note" role="status" data-testid="action-result">
          {message}
        </p>
      ) : null}
      {exceptions.error ? <p className="problem">{exceptions.error}</p> : null}
      <table className="rows" data-testid="exceptions">
        <thead>
          <tr>
            <th>Raised</th>
            <th>Kind / workflow</th>
            <th>Step · system</th>
            <th>Customer · project</th>
            <th>Amount</th>
            <th>Cause and context</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`exception-${row.id}`} data-status={row.status}>
              <td>{row.raisedAt}</td>
              <td>
                {row.kind ? <span className="badge">{row.kind}</span> : null}{' '}
                {row.workflow ? <a href={`#/workflows/${encodeURIComponent(row.workflow.id)}`}>{row.workflow.type}</a> : null}
                {row.journey ? <a href="#/journeys">{row.journey.kind} journey</a> : null}
                {row.finding ? <a href="#/findings">finding {row.finding.status}</a> : null}
              </td>
              <td>
                {row.step} · {row.system}
              </td>
              <td>
                {row.customer?.name ?? '—'}
                {row.project ? ` · ${row.project.code}` : ''}
              </td>
              <td>{formatMoney(row.amount)}</td>
              <td>
                <div>{row.cause}</div>
                {row.context && row.context.length > 0 ? (
                  <dl className="context">
                    {row.context.map((entry) => (
                      <div key={entry.label}>
                        <dt>{entry.label}</dt>
                        <dd>{entry.value}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
                {row.resolutionNote ? (
                  <div className="note">
                    Resolved by {row.resolvedBy}: {row.resolutionNote}
                  </div>
                ) : null}
              </td>
              <td>{row.status}</td>
              <td>
                <ExceptionActions
                  row={row}
                  onDone={(text) => {
                    setMessage(text);
                    void exceptions.refetch();
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
