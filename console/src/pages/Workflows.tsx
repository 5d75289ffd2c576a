/** Recent workflows, and one workflow's step timeline, kept current by workflowUpdated. */
import { useState } from 'react';
import { useQuery } from '../hooks.ts';
import { useSubscription } from '../live.ts';

interface Step {
  name: string;
  system: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

interface WorkflowDetail {
  id: string;
  type: string;
  status: string;
  correlationId: string;
  startedAt: string;
  finishedAt: string | null;
  actor: string;
  steps: Step[];
  userErrors: { code: string; message: string }[];
  exception: { id: string; status: string } | null;
}

const LIST = `query ConsoleWorkflows($filter: WorkflowFilter) {
  workflows(first: 50, filter: $filter) { totalCount edges { node { id type status startedAt finishedAt actor } } }
}`;
const DETAIL_FIELDS =
  'id type status correlationId startedAt finishedAt actor steps { name system status attempts lastError } userErrors { code message } exception { id status }';
const DETAIL = `query ConsoleWorkflow($id: ID!) { workflow(id: $id) { ${DETAIL_FIELDS} } }`;
const UPDATED = `subscription ConsoleWorkflowUpdated($id: ID) { workflowUpdated(id: $id) { ${DETAIL_FIELDS} } }`;

function Timeline({ id }: { id: string }) {
  const detail = useQuery<{ workflow: WorkflowDetail | null }>(DETAIL, { id });
  const [live, setLive] = useState<WorkflowDetail | null>(null);
  useSubscription<{ workflowUpdated: WorkflowDetail }>(
    UPDATED,
    { id },
    (data) => setLive(data.workflowUpdated),
    () => void detail.refetch(),
  );
  const workflow = live ?? detail.result?.data?.workflow ?? null;
  if (detail.error) return <p className="problem">{detail.error}</p>;
  if (!workflow) return <p className="note">{detail.loading ? 'Loading…' : 'No such workflow.'}</p>;
  return (
    <div className="timeline-box" data-testid="workflow-timeline" data-status={workflow.status}>
      <h2>
        {workflow.type} <span className="badge">{workflow.status}</span>
      </h2>
      <p className="note">
        {workflow.id} · started {workflow.startedAt} by {workflow.actor}
        {workflow.finishedAt ? ` · finished ${workflow.finishedAt}` : ''} · correlation {workflow.correlationId}
      </p>
      <ol className="timeline">
        {workflow.steps.map((step) => (
          <li key={step.name} className={`step step-${step.status.toLowerCase()}`} data-testid={`step-${step.name}`} data-status={step.status}>
            <strong>{step.name}</strong> <span className="badge">{step.system}</span> <span className="badge">{step.status}</span>
            {step.attempts > 1 ? <span className="note"> {step.attempts} attempts</span> : null}
            {step.lastError ? <div className="problem">{step.lastError}</div> : null}
          </li>
        ))}
      </ol>
      {workflow.userErrors.length > 0 ? (
        <ul>
          {workflow.userErrors.map((error) => (
            <li key={error.code}>
              {error.code}: {error.message}
            </li>
          ))}
        </ul>
      ) : null}
      {workflow.exception ? (
        <p>
          Exception {workflow.exception.id}: {workflow.exception.status} (<a href="#/exceptions">exception queue</a>)
        </p>
      ) : null}
    </div>
  );
}

export function Workflows({ selected }: { selected: string | null }) {
  const [status, setStatus] = useState('');
  const list = useQuery<{ workflows: { totalCount: number; edges: { node: Omit<WorkflowDetail, 'steps' | 'userErrors' | 'exception' | 'correlationId'> }[] } }>(
    LIST,
    {
      filter: status ? { status } : null,
    },
  );
  return (
    <section className="split">
      <div>
        <h1>Workflows</h1>
        <label htmlFor="workflow-status">Status </label>
        <select id="workflow-status" value={status} onChange={(event) => setStatus(event.target.value)}>
          {['', 'RUNNING', 'WAITING', 'COMPLETED', 'FAILED', 'COMPENSATED'].map((candidate) => (
            <option key={candidate} value={candidate}>
              {candidate || 'all'}
            </option>
          ))}
        </select>
        {list.error ? <p className="problem">{list.error}</p> : null}
        <ul className="list">
          {(list.result?.data?.workflows.edges ?? []).map(({ node }) => (
            <li key={node.id} className={node.id === selected ? 'current' : undefined}>
              <a href={`#/workflows/${encodeURIComponent(node.id)}`}>{node.type}</a> <span className="badge">{node.status}</span>{' '}
              <span className="note">{node.startedAt}</span>
            </li>
          ))}
        </ul>
      </div>
      <div>{selected ? <Timeline id={selected} /> : <p className="note">Pick a workflow to see its steps.</p>}</div>
    </section>
  );
}
