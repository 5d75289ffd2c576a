/**
 * A technical failure while a governed mutation validates its request (the ERP down during the reads
 * of `prepare`): the engine retries the reads with its bounded backoff, then answers
 * UPSTREAM_UNAVAILABLE naming the system; nothing is written and the idempotency key stays free, so
 * the same request (same key) completes once the ERP is back. The ERP connector is the only double.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { signToken, type Role } from '../subgraphs/shared/auth.ts';
import { env } from '../subgraphs/shared/env.ts';
import { toHubId } from '../subgraphs/shared/ids.ts';
import { countRows } from '../subgraphs/shared/sql.ts';
import { fillGlobexWonDeal, GLOBEX_WON_DEAL } from './support/fixture.ts';
import { failingConnector, startTestHub, type TestHub } from './support/hub.ts';

/** While true, every call of the ERP connector fails as an unreachable ERP would. */
let erpDown = false;
/** ERP connector calls made while it was down, by method. */
const failedCalls: string[] = [];
let testHub: TestHub;
let stores: DomainStores;
const tokens: Partial<Record<Role, string>> = {};

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillGlobexWonDeal(opened);
    },
    wrapConnector: (service, connector) =>
      service !== 'finance'
        ? connector
        : failingConnector(connector, {
            when: () => erpDown,
            error: (method) => {
              failedCalls.push(method);
              return new Error('ERP connection refused');
            },
          }),
  });
  for (const role of ['delivery', 'finance'] as const) tokens[role] = await signToken({ sub: `validation-${role}`, roles: [role], customerId: null });
});

afterAll(async () => {
  await testHub?.stop();
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
    document: 'mutation ($input: ConvertOpportunityToProjectInput!) { convertOpportunityToProject(input: $input) { workflow { status steps { name status attempts } } userErrors { code } } }',
    input: { opportunityId: toHubId('Opportunity', GLOBEX_WON_DEAL), idempotencyKey: 'convert-while-erp-down' },
    // The conversion reads the ERP's rate cards (the CRM and PSA answer); the first read fails.
    failingRead: 'rateCardOn',
    completed: {
      status: 'COMPLETED',
      steps: ['ensureErpCustomer', 'createPsaProject', 'openErpProject'].map((name) => ({ name, status: 'DONE', attempts: 1 })),
    },
  },
  {
    mutation: 'recordPayment',
    role: 'finance' as const,
    document: 'mutation ($input: RecordPaymentInput!) { recordPayment(input: $input) { workflow { status steps { name status attempts } } userErrors { code } } }',
    input: { invoiceId: toHubId('Invoice', 'INV-100002'), amount: '100.00', idempotencyKey: 'pay-while-erp-down' },
    failingRead: 'invoicesByIds',
    completed: { status: 'COMPLETED', steps: [{ name: 'recordErpPayment', status: 'DONE', attempts: 1 }] },
  },
];

describe('a technical failure while a mutation validates', () => {
  it.each(CASES.map((row) => [row.mutation, row] as const))(
    '%s with the ERP down: retried, then UPSTREAM_UNAVAILABLE naming the ERP, nothing written; the same request completes once it is back',
    async (mutation, row) => {
      const before = await written();
      failedCalls.length = 0;
      erpDown = true;
      let down;
      try {
        down = await testHub.query(row.document, { input: row.input }, { authorization: `Bearer ${tokens[row.role]}` });
      } finally {
        erpDown = false;
      }
      // The payload is non-null, so data is null; the gateway names the subgraph that answered (workflows), the error the system.
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
      // One failing read per attempt, as many attempts as a step gets.
      expect(failedCalls).toEqual(Array.from({ length: env.workflowMaxAttempts() }, () => row.failingRead));
      expect(await written()).toEqual(before);

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
