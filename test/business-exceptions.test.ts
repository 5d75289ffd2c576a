/**
 * Exceptions no workflow raised (reconciliation findings, SLO breaches) in the exception queue: one
 * unresolved exception per (kind, dedupe key) under concurrent raisers, one ExceptionRaised per
 * opening, a resolved one reopened as a new exception, and the public API's view of them (kind,
 * context, no workflow, not retryable, resolvable with a note, filtered by kind, hidden from portal
 * users). On the test backend, through the real hub.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../platform/sql.ts';
import { createSqlWorkflowStore } from '../subgraphs/workflows/connector/sql.ts';
import type { NewBusinessException, WorkflowStore } from '../subgraphs/workflows/connector/types.ts';
import { authorizationAs, startTestHub, type TestHub } from './support/hub.ts';

let hub: TestHub;
let db: SqlDatabase;
let store: WorkflowStore;

beforeAll(async () => {
  hub = await startTestHub({
    fill: async (stores) => {
      db = stores.workflows;
    },
  });
  store = createSqlWorkflowStore(db);
});

afterAll(async () => {
  await hub?.stop();
});

function finding(dedupeKey: string, cause = 'Approved time never posted'): NewBusinessException {
  return {
    kind: 'RECONCILIATION',
    dedupeKey,
    step: 'APPROVED_TIME_NOT_POSTED',
    system: 'ERP',
    cause,
    customerId: 'cus_MDAxNWcwMDAwMDAwMDA4QUFB',
    projectId: 'prj_UFJKLTIwMjYtMDA2NA',
    amount: 123456,
    currency: 'USD',
    context: [
      { label: 'records', value: 'PSA TimeEntry TC-0000001' },
      { label: 'hostile', value: '<img src=x onerror=alert(1)>' },
    ],
  };
}

async function raisedEvents(aggregateId: string): Promise<number> {
  const row = await db.get<{ n: number | string }>('SELECT COUNT(*) AS n FROM outbox WHERE aggregate_id = ? AND event LIKE \'%"ExceptionRaised"%\'', [
    aggregateId,
  ]);
  return Number(row?.n ?? 0);
}

describe('exceptions no workflow raised', () => {
  it('keeps one unresolved exception per (kind, dedupe key) under concurrent raisers, with one ExceptionRaised', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.raiseBusinessException(finding('drift-concurrent', `cause ${i}`))));
    expect(results.filter((result) => result.opened)).toHaveLength(1);
    const ids = new Set(results.map((result) => result.exception.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids];
    const rows = await db.all<{ id: string; status: string }>("SELECT id, status FROM workflow_exception WHERE dedupe_key = 'drift-concurrent'");
    expect(rows).toEqual([{ id, status: 'OPEN' }]);
    expect(await raisedEvents(id!)).toBe(1);
    // The same kind of drift under another name is another exception; another kind with the same key too.
    const other = await store.raiseBusinessException(finding('drift-concurrent-2'));
    const breach = await store.raiseBusinessException({ ...finding('drift-concurrent'), kind: 'SLO_BREACH' });
    expect(other.opened && breach.opened).toBe(true);
    expect(new Set([id, other.exception.id, breach.exception.id]).size).toBe(3);
  });

  it('refreshes an open exception without a new event, and opens a new one once it is closed', async () => {
    const first = await store.raiseBusinessException(finding('drift-refresh', 'first cause'));
    const again = await store.raiseBusinessException({ ...finding('drift-refresh', 'second cause'), amount: 99 });
    expect(again).toMatchObject({ opened: false, exception: { id: first.exception.id, cause: 'second cause', amount: 99 } });
    expect(await raisedEvents(first.exception.id)).toBe(1);
    const closed = await store.closeBusinessException('RECONCILIATION', 'drift-refresh', 'the drift is gone');
    expect(closed).toMatchObject({ id: first.exception.id, status: 'RESOLVED', resolved_by: 'system', resolution_note: 'the drift is gone' });
    expect(await store.closeBusinessException('RECONCILIATION', 'drift-refresh', 'again')).toBeNull();
    const reopened = await store.raiseBusinessException(finding('drift-refresh'));
    expect(reopened.opened).toBe(true);
    expect(reopened.exception.id).not.toBe(first.exception.id);
    expect((await store.unresolvedBusinessExceptions('RECONCILIATION', ['drift-refresh', 'nothing'])).map((row) => row.id)).toEqual([reopened.exception.id]);
  });

  it('shows kind and context, no workflow; refuses a retry, takes a note; portal users see none', async () => {
    const { exception } = await store.raiseBusinessException(finding('drift-api'));
    const finance = await authorizationAs('finance');
    const list = await hub.query<{ exceptions: { edges: { node: Record<string, unknown> }[] } }>(
      `query ($kind: ExceptionKind) { exceptions(first: 50, filter: { kind: $kind, status: "OPEN" }) {
         edges { node { id kind workflow { id } step system cause context { label value } amount { amount currency } } } } }`,
      { kind: 'RECONCILIATION' },
      finance,
    );
    expect(list.errors).toBeUndefined();
    const node = list.data!.exceptions.edges.map((edge) => edge.node).find((candidate) => candidate.id === exception.id);
    expect(node).toEqual({
      id: exception.id,
      kind: 'RECONCILIATION',
      workflow: null,
      step: 'APPROVED_TIME_NOT_POSTED',
      system: 'ERP',
      cause: 'Approved time never posted',
      context: [
        { label: 'records', value: 'PSA TimeEntry TC-0000001' },
        { label: 'hostile', value: '<img src=x onerror=alert(1)>' },
      ],
      amount: { amount: '1234.56', currency: 'USD' },
    });
    const breaches = await hub.query<{ exceptions: { edges: { node: { kind: string } }[] } }>(
      '{ exceptions(first: 50, filter: { kind: SLO_BREACH }) { edges { node { kind } } } }',
      {},
      finance,
    );
    expect(breaches.data!.exceptions.edges.every((edge) => edge.node.kind === 'SLO_BREACH')).toBe(true);
    const badKind = await hub.query('{ exceptions(first: 5, filter: { kind: NOT_A_KIND }) { totalCount } }', {}, finance);
    expect(badKind.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const retried = await hub.query<{ retryException: { workflow: unknown; userErrors: { code: string }[] } }>(
      'mutation ($id: ID!) { retryException(input: { id: $id, idempotencyKey: "retry-finding" }) { workflow { id } userErrors { code } } }',
      { id: exception.id },
      finance,
    );
    expect(retried.data!.retryException).toEqual({ workflow: null, userErrors: [{ code: 'EXCEPTION_NOT_RETRYABLE' }] });
    const [unchanged] = await store.exceptionsByIds([exception.id]);
    expect(unchanged?.status).toBe('OPEN');

    // The queue's depth counts it under its kind (no workflow type to count it under).
    const scraped = await (await fetch(`${new URL(hub.url).origin}/metrics`)).text();
    const depth = /^opsgraph_exceptions_open\{kind="RECONCILIATION",system="ERP"\} (\d+)$/m.exec(scraped);
    expect(Number(depth?.[1])).toBeGreaterThanOrEqual(1);

    const portal = await authorizationAs('portal', 'cus_MDAxNWcwMDAwMDAwMDA4QUFB');
    const seen = await hub.query<{ exceptions: unknown }>('{ exceptions(first: 5) { totalCount } }', {}, portal);
    expect(seen.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const resolved = await hub.query<{ resolveException: Record<string, unknown> }>(
      'mutation ($id: ID!) { resolveException(input: { id: $id, note: "checked with the ERP team", idempotencyKey: "resolve-finding" }) { workflow { id } exception { status resolutionNote } userErrors { code } } }',
      { id: exception.id },
      finance,
    );
    expect(resolved.data!.resolveException).toEqual({
      workflow: null,
      exception: { status: 'RESOLVED', resolutionNote: 'checked with the ERP team' },
      userErrors: [],
    });
  });
});
