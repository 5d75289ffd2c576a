/**
 * The live project board and billing pipeline: projects by status and invoices by stage, moved as
 * projectStatusChanged and billingStatusChanged events arrive; after a lost socket both are refetched,
 * so what changed meanwhile shows without a reload.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConsole } from '../context.ts';
import { useQuery } from '../hooks.ts';
import { useSubscription } from '../live.ts';
import { formatMoney, type Money } from '../money.ts';

const PROJECT_STATUSES = ['PLANNED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CANCELLED', 'CLOSED'] as const;
const INVOICE_STATUSES = ['DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'VOID'] as const;
const CARDS_PER_STAGE = 25;

interface ProjectCard {
  id: string;
  code: string;
  name: string;
  status: string;
  customer: { id: string; name: string } | null;
}

interface InvoiceCard {
  id: string;
  number: string;
  status: string;
  overdue: boolean;
  dueDate: string | null;
  total: Money;
  balance: Money;
  customer: { id: string; name: string } | null;
  project: { id: string; code: string } | null;
}

interface FeedEntry {
  key: string;
  at: string;
  text: string;
}

const PROJECTS = `query ConsoleBoardProjects {
  projects(first: 500) { totalCount edges { node { id code name status customer { id name } } } }
}`;
const INVOICE_FIELDS =
  'totalCount edges { node { id number status overdue dueDate total { amount currency } balance { amount currency } customer { id name } project { id code } } }';
/** Each stage's count and its first cards (the newest invoices last: the ERP's order). */
const INVOICES = `query ConsoleBoardInvoices {
  ${INVOICE_STATUSES.map((status) => `${status}: invoices(first: ${CARDS_PER_STAGE}, filter: { status: ${status} }) { ${INVOICE_FIELDS} }`).join('\n  ')}
}`;
const PROJECT_STATUS_CHANGED = `subscription ConsoleProjectStatus {
  projectStatusChanged { previousStatus status cause occurredAt project { id code name status customer { id name } } }
}`;
const BILLING_STATUS_CHANGED = `subscription ConsoleBillingStatus {
  billingStatusChanged { kind status occurredAt project { id code } invoice { id number status } }
}`;

interface ProjectStatusEvent {
  projectStatusChanged: { previousStatus: string | null; status: string; cause: string | null; occurredAt: string; project: ProjectCard };
}
interface BillingStatusEvent {
  billingStatusChanged: {
    kind: string;
    status: string;
    occurredAt: string;
    project: { id: string; code: string };
    invoice: { id: string; number: string } | null;
  };
}

export function Board() {
  const { session } = useConsole();
  const projects = useQuery<{ projects: { totalCount: number; edges: { node: ProjectCard }[] } }>(PROJECTS);
  const invoices = useQuery<Record<string, { totalCount: number; edges: { node: InvoiceCard }[] }>>(INVOICES);
  // The last fetch, with the live moves since applied to it.
  const [cards, setCards] = useState<ProjectCard[]>([]);
  const fetched = projects.result?.data?.projects.edges;
  const [feed, setFeed] = useState<FeedEntry[]>([]);
  const [caughtUp, setCaughtUp] = useState<string | null>(null);
  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const addFeed = useCallback((entry: FeedEntry) => setFeed((earlier) => [entry, ...earlier].slice(0, 30)), []);
  useEffect(() => {
    if (fetched) setCards(fetched.map((edge) => edge.node));
  }, [fetched]);
  useEffect(() => () => clearTimeout(refetchTimer.current ?? undefined), []);

  const catchUp = useCallback(() => {
    void Promise.all([projects.refetch(), invoices.refetch()]).then(() => setCaughtUp(new Date().toISOString()));
  }, [projects.refetch, invoices.refetch]);

  useSubscription<ProjectStatusEvent>(
    PROJECT_STATUS_CHANGED,
    {},
    ({ projectStatusChanged: change }) => {
      const moved = { ...change.project, status: change.status };
      setCards((earlier) =>
        earlier.some((card) => card.id === moved.id) ? earlier.map((card) => (card.id === moved.id ? moved : card)) : [...earlier, moved],
      );
      addFeed({
        key: `${change.project.id}-${change.occurredAt}-${change.status}`,
        at: change.occurredAt,
        text: `${change.project.code}: ${change.previousStatus ?? '—'} → ${change.status}${change.cause ? ` (${change.cause})` : ''}`,
      });
    },
    catchUp,
  );
  useSubscription<BillingStatusEvent>(BILLING_STATUS_CHANGED, {}, ({ billingStatusChanged: change }) => {
    addFeed({
      key: `${change.kind}-${change.invoice?.id ?? change.project.id}-${change.occurredAt}-${change.status}`,
      at: change.occurredAt,
      text: `${change.project.code}: ${change.kind} ${change.invoice ? `${change.invoice.number} ` : ''}${change.status}`,
    });
    // A burst of billing events refetches the pipeline once.
    clearTimeout(refetchTimer.current ?? undefined);
    refetchTimer.current = setTimeout(() => void invoices.refetch(), 250);
  });

  return (
    <section>
      <h1>Project board</h1>
      <p className="note">
        {session.customerId ? 'Your projects' : `${cards.length} projects`}, moved live as their status changes
        {caughtUp ? <span data-testid="caught-up"> · caught up after reconnecting at {caughtUp}</span> : null}.
      </p>
      {projects.error ? <p className="problem">{projects.error}</p> : null}
      <h2>Live feed</h2>
      <ol className="feed" data-testid="live-feed">
        {feed.length === 0 ? <li className="note">No change yet since the page loaded.</li> : null}
        {feed.map((entry) => (
          <li key={entry.key}>
            <time>{entry.at}</time> {entry.text}
          </li>
        ))}
      </ol>
      <div className="board" data-testid="project-board">
        {PROJECT_STATUSES.map((status) => {
          const column = cards.filter((card) => card.status === status);
          return (
            <div className="column" key={status} data-testid={`column-${status}`}>
              <h2>
                {status.replace('_', ' ')} <span className="count">{column.length}</span>
              </h2>
              {column.map((card) => (
                <article className="card" key={card.id} data-testid={`project-${card.code}`} data-status={card.status}>
                  <strong>{card.code}</strong>
                  <span>{card.name}</span>
                  <span className="customer">{card.customer?.name ?? '—'}</span>
                </article>
              ))}
            </div>
          );
        })}
      </div>
      <h1>Billing pipeline</h1>
      {invoices.error ? <p className="problem">{invoices.error}</p> : null}
      <div className="board" data-testid="billing-pipeline">
        {INVOICE_STATUSES.map((status) => {
          const stage = invoices.result?.data?.[status];
          const column = stage?.edges.map((edge) => edge.node) ?? [];
          const total = stage?.totalCount ?? 0;
          return (
            <div className="column" key={status} data-testid={`invoices-${status}`}>
              <h2>
                {status.replace('_', ' ')} <span className="count">{total}</span>
              </h2>
              {column.map((bill) => (
                <article className={`card${bill.overdue ? ' overdue' : ''}`} key={bill.id} data-testid={`invoice-${bill.number}`}>
                  <strong>{bill.number}</strong>
                  <span className="customer">{bill.customer?.name ?? '—'}</span>
                  <span>
                    {formatMoney(bill.balance)} of {formatMoney(bill.total)}
                  </span>
                  {bill.overdue ? <span className="badge bad">overdue since {bill.dueDate}</span> : null}
                </article>
              ))}
              {total > column.length ? <p className="note">and {total - column.length} more</p> : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
