/**
 * Failures while a governed mutation validates its request (the reads of `prepare`), with the ERP
 * connector as the only double:
 * - the ERP does not answer (its connector hangs): validation gives up at its deadline, below the
 *   gateway's subgraph timeout (here 2 s, so 1.6 s), and the mutation answers UPSTREAM_UNAVAILABLE
 *   naming the ERP; nothing is written, not even once the ERP answers late, and the idempotency key
 *   stays free, so the same request (same key) completes once the ERP is back;
 * - the ERP answers with an error (a read bug, a refused credential): asked once, never retried,
 *   and never reported as an outage; nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, type Role } from '../platform/auth.ts';
import { forbidden } from '../platform/errors.ts';
import { salesforceId, toHubId } from '../subgraphs/shared/ids.ts';
import { SystemUnavailableError } from '../platform/errors.ts';
import { countRows, insertRows, type SqlRow } from '../platform/sql.ts';
import { fillGlobexWonDeal, GLOBEX_WON_DEAL } from './support/fixture.ts';
import { failingConnector, startTestHub, type GraphQLResult, type TestHub } from './support/hub.ts';
import { holdsThroughout } from './support/wait.ts';

/** A second won Globex deal (a copy of the first), converted while the ERP's connector cannot reach its system. */
const SECOND_WON_DEAL = salesforceId('006', 11);
/** The gateway's subgraph timeout in this test; validation's deadline is 80 % of it. */
const SUBGRAPH_TIMEOUT_MS = 2_000;
const previousTimeout = process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS;

/** While set, every call of the ERP connector fails with this error. */
let erpAnswers: (() => Error) | null = null;
/** While set, every call of the ERP connector waits for this promise (the ERP does not answer). */
let erpHangs: Promise<void> | null = null;
/** The ERP connector calls made while it failed or hung, by method; and those still hanging. */
const failedCalls: string[] = [];
const hanging: Promise<unknown>[] = [];
let testHub: TestHub;
let stores: DomainStores;
const tokens: Partial<Record<Role, string>> = {};

/** The ERP connector, hanging while `erpHangs` is set. */
function hangingConnector<Connector extends object>(connector: Connector): Connector {
  return new Proxy(connector, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const call = () => (value as (...parameters: unknown[]) => unknown).apply(target, args);
        if (!erpHangs) return call();
        failedCalls.push(String(property));
        const late = erpHangs.then(call);
        hanging.push(late.catch(() => undefined));
        return late;
      };
    },
  });
}

beforeAll(async () => {
  process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS = String(SUBGRAPH_TIMEOUT_MS);
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillGlobexWonDeal(opened);
      // A second won deal, like the first, for the unreachable-ERP conversion.
      const deal = await opened.customers.get<SqlRow>('SELECT * FROM opportunity WHERE id = ?', [GLOBEX_WON_DEAL]);
      const contract = await opened.customers.get<SqlRow>('SELECT * FROM contract WHERE opportunity_id = ?', [GLOBEX_WON_DEAL]);
      await insertRows(opened.customers, 'opportunity', [{ ...deal, id: SECOND_WON_DEAL }]);
      await insertRows(opened.customers, 'contract', [
        { ...contract, id: salesforceId('800', 11), contract_number: '00000111', opportunity_id: SECOND_WON_DEAL },
      ]);
    },
    wrapConnector: (service, connector) =>
      service !== 'finance'
        ? connector
        : hangingConnector(
            failingConnector(connector, {
              when: () => erpAnswers !== null,
              error: (method) => {
                failedCalls.push(method);
                return erpAnswers!();
              },
            }),
          ),
  });
  for (const role of ['delivery', 'finance'] as const) tokens[role] = await signToken({ sub: `validation-${role}`, roles: [role], customerId: null });
});

afterAll(async () => {
  await testHub?.stop();
  if (previousTimeout === undefined) delete process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS;
  else process.env.OPSGRAPH_SUBGRAPH_TIMEOUT_MS = previousTimeout;
});

/** What the workflows store and the systems of record written by these workflows hold: unchanged while the ERP is down. */
async function written() {
  const n = (db: DomainStores[keyof DomainStores], table: string) => countRows(db, `SELECT COUNT(*) AS n FROM ${table}`, []);
  return {
    workflow: await n(stores.workflows, 'workflow'),
    idempotency_key: await n(stores.workflows, 'idempotency_key'),
    workflow_exception: await n(stores.workflows, 'workflow_exception'),
    psa_project: await n(stores.projects, 'project'),
    psa_outbox: await n(stores.projects, 'outbox'),
    erp_customer: await n(stores.finance, 'erp_customer'),
    erp_project: await n(stores.finance, 'erp_project'),
    payment: await n(stores.finance, 'payment'),
    erp_outbox: await n(stores.finance, 'outbox'),
  };
}

const CASES = [
  {
    mutation: 'convertOpportunityToProject',
    role: 'delivery' as const,
    document:
      'mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) { workflow { status steps { name status attempts } } userErrors { code } } }',
    input: { opportunityId: toHubId('Opportunity', GLOBEX_WON_DEAL), idempotencyKey: 'convert-while-erp-down' },
    // The conversion reads the ERP's rate cards (the CRM and PSA answer); the first read fails.
    failingRead: 'rateCardOn',
    completed: {
      status: 'COMPLETED',
      steps: ['ensureErpCustomer', 'createPsaProject', 'provisionWorkspace', 'openErpProject'].map((name) => ({ name, status: 'DONE', attempts: 1 })),
    },
  },
  {
    mutation: 'recordPayment',
    role: 'finance' as const,
    document:
      'mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { workflow { status steps { name status attempts } } userErrors { code } } }',
    input: { invoiceId: toHubId('Invoice', 'INV-100002'), amount: '100.00', idempotencyKey: 'pay-while-erp-down' },
    failingRead: 'invoicesByIds',
    completed: { status: 'COMPLETED', steps: [{ name: 'recordErpPayment', status: 'DONE', attempts: 1 }] },
  },
];

describe('the ERP does not answer while a mutation validates', () => {
  it.each(CASES.map((row) => [row.mutation, row] as const))(
    '%s: UPSTREAM_UNAVAILABLE naming the ERP before the gateway gives up, nothing written even once the ERP answers late; the same request completes once it is back',
    async (mutation, row) => {
      const before = await written();
      failedCalls.length = 0;
      hanging.length = 0;
      let answer!: () => void;
      erpHangs = new Promise<void>((resolve) => (answer = resolve));
      let down: GraphQLResult<Record<string, unknown>>;
      try {
        down = await testHub.query(row.document, { input: row.input }, { authorization: `Bearer ${tokens[row.role]}` });
      } finally {
        erpHangs = null;
      }
      // The payload is non-null, so data is null; the gateway names the subgraph that answered (workflows), the error the system.
      // That the workflows service answered at all (not the gateway's own timeout, which names no system) shows
      // validation gave up before the gateway did; a wall-clock bound would only measure the machine's load.
      expect(down).toEqual({
        data: null,
        errors: [
          {
            message: 'The ERP (finance service) is unavailable',
            path: [mutation],
            extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'workflows', system: 'ERP' },
          },
        ],
      });
      expect(failedCalls[0]).toBe(row.failingRead);
      // The ERP answers late: the reads it was asked come back, and still nothing is written. Nothing signals
      // that nothing will be: the stores are watched for as long as the gateway would have waited.
      answer();
      await Promise.all(hanging);
      await holdsThroughout(async () => expect(await written()).toEqual(before), {
        forMs: SUBGRAPH_TIMEOUT_MS,
        intervalMs: 50,
        what: 'nothing written once the ERP answered late',
      });

      const back = await testHub.query(row.document, { input: row.input }, { authorization: `Bearer ${tokens[row.role]}` });
      expect(back).toEqual({ data: { [mutation]: { workflow: row.completed, userErrors: [] } } });
      const after = await written();
      expect({ workflow: after.workflow, idempotency_key: after.idempotency_key, workflow_exception: after.workflow_exception }).toEqual({
        workflow: before.workflow + 1,
        idempotency_key: before.idempotency_key + 1,
        workflow_exception: before.workflow_exception,
      });
    },
  );
});

describe("the ERP's connector cannot reach its system of record while a mutation validates", () => {
  it.each(CASES.map((row) => [row.mutation, row] as const))(
    '%s: retried, then UPSTREAM_UNAVAILABLE naming the ERP, nothing written; the same request completes once it is back',
    async (mutation, row) => {
      const before = await written();
      failedCalls.length = 0;
      erpAnswers = () => new SystemUnavailableError('connection refused');
      const input = {
        ...row.input,
        ...(mutation === 'convertOpportunityToProject' ? { opportunityId: toHubId('Opportunity', SECOND_WON_DEAL) } : {}),
        idempotencyKey: `${row.input.idempotencyKey}-unreachable`,
      };
      let down: GraphQLResult<Record<string, unknown>>;
      try {
        down = await testHub.query(row.document, { input }, { authorization: `Bearer ${tokens[row.role]}` });
      } finally {
        erpAnswers = null;
      }
      expect(down).toEqual({
        data: null,
        errors: [
          {
            message: 'The ERP (finance service) is unavailable',
            path: [mutation],
            extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'workflows', system: 'ERP' },
          },
        ],
      });
      // Every attempt asked the ERP again (OPSGRAPH_WORKFLOW_MAX_ATTEMPTS, default 4), each time with the same read first.
      expect(failedCalls.filter((method) => method === row.failingRead)).toHaveLength(4);
      expect(await written()).toEqual(before);
      const back = await testHub.query(row.document, { input }, { authorization: `Bearer ${tokens[row.role]}` });
      expect(back).toMatchObject({ data: { [mutation]: { workflow: { status: 'COMPLETED' }, userErrors: [] } } });
    },
  );
});

describe('the ERP answers a validation read with an error', () => {
  const PAYMENT = CASES[1];
  it.each([
    ['INTERNAL_SERVER_ERROR (a read bug)', () => new Error('ERP read exploded'), { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' }],
    [
      'FORBIDDEN (a refused credential)',
      () => forbidden('the workflows service may not read invoices'),
      { message: 'Internal server error', code: 'INTERNAL_SERVER_ERROR' },
    ],
  ] as const)('%s: asked once, not reported as an outage, nothing written', async (_what, error, expected) => {
    const before = await written();
    failedCalls.length = 0;
    erpAnswers = error;
    let answered: GraphQLResult<Record<string, unknown>>;
    try {
      answered = await testHub.query(
        PAYMENT.document,
        { input: { ...PAYMENT.input, idempotencyKey: `answered-${expected.code}-${Math.random()}` } },
        { authorization: `Bearer ${tokens.finance}` },
      );
    } finally {
      erpAnswers = null;
    }
    expect(answered).toMatchObject({ data: null, errors: [{ message: expected.message, path: [PAYMENT.mutation], extensions: { code: expected.code } }] });
    expect(JSON.stringify(answered)).not.toContain('UPSTREAM_UNAVAILABLE');
    expect(failedCalls).toEqual([PAYMENT.failingRead]);
    expect(await written()).toEqual(before);
  });
});
