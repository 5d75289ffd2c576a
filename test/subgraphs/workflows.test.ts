/**
 * The workflows subgraph on its own: built from its registry entry over its own store (a workflow
 * parked in the exception queue and a finished one, inserted here), served on port 0 and called as
 * the gateway calls it. Only reads are tested: they need no peer. The governed mutations validate
 * against and write to the four systems' subgraphs, so they are left to the suites that start the
 * whole hub; no peer URL is given, and the engine's recovery finds nothing unfinished to resume.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainStores } from '../../scripts/domain-stores.ts';
import { insertRows, type SqlDatabase } from '../../platform/sql.ts';
import { hub, insertParkedWorkflow } from '../support/fixture.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

const PARKED = { workflowId: randomUUID(), exceptionId: randomUUID(), correlationId: randomUUID() };
const SIGNED_OFF = randomUUID();

async function fill(db: SqlDatabase): Promise<void> {
  await insertParkedWorkflow({ workflows: db } as DomainStores, PARKED);
  await insertRows(db, 'workflow_step', [
    {
      workflow_id: PARKED.workflowId,
      position: 0,
      name: 'postErpTime',
      system: 'ERP',
      status: 'FAILED',
      attempts: 3,
      last_error: 'ERP refused the posting',
      output: null,
    },
  ]);
  const at = '2026-11-14T09:00:00.000Z';
  await insertRows(db, 'workflow', [
    {
      id: SIGNED_OFF,
      type: 'signOffMilestone',
      status: 'COMPLETED',
      input: '{}',
      state: '{}',
      user_errors: '[]',
      subject_id: null,
      customer_id: hub.globex,
      actor_sub: 'test-portal',
      actor_roles: '["portal"]',
      correlation_id: randomUUID(),
      started_at: at,
      finished_at: at,
      lease_owner: null,
      lease_until: null,
    },
  ]);
}

let workflows: TestSubgraph;

beforeAll(async () => {
  workflows = await startTestSubgraph('workflows', { fill });
});

afterAll(async () => {
  await workflows?.stop();
});

const acmePortal = { as: { role: 'portal', customerId: hub.acme } } as const;

describe('workflows subgraph', () => {
  it('answers the exception queue and a workflow by id from its own store', async () => {
    const result = await workflows.query(
      `query ($id: ID!) {
        exceptions(filter: { status: "OPEN" }) { totalCount edges { node { id step system cause amount { amount } customer { id } project { id } workflow { id } } } }
        workflow(id: $id) { type status correlationId actor steps { name status attempts lastError } exception { id } }
        workflows { totalCount }
      }`,
      { id: PARKED.workflowId },
      { as: { role: 'finance' } },
    );
    expect(result).toEqual({
      data: {
        exceptions: {
          totalCount: 1,
          edges: [
            {
              node: {
                id: PARKED.exceptionId,
                step: 'postErpTime',
                system: 'ERP',
                cause: 'ERP refused the posting',
                amount: { amount: '800.00' },
                customer: { id: hub.acme },
                project: { id: hub.erpProject },
                workflow: { id: PARKED.workflowId },
              },
            },
          ],
        },
        workflow: {
          type: 'logTime',
          status: 'FAILED',
          correlationId: PARKED.correlationId,
          actor: 'test-delivery',
          steps: [{ name: 'postErpTime', status: 'FAILED', attempts: 3, lastError: 'ERP refused the posting' }],
          exception: { id: PARKED.exceptionId },
        },
        workflows: { totalCount: 2 },
      },
    });
  });

  it.each([
    ['Workflow', PARKED.workflowId, 'id type', { id: PARKED.workflowId, type: 'logTime' }],
    ['WorkflowException', PARKED.exceptionId, 'id status', { id: PARKED.exceptionId, status: 'OPEN' }],
  ])('resolves a %s by representation, and an unknown id as null', async (type, id, selection, expected) => {
    const representations = [id, randomUUID(), 'garbage'].map((candidate) => ({ __typename: type, id: candidate }));
    expect(await workflows.query(entitiesQuery(type, selection), { r: representations })).toEqual({ data: { _entities: [expected, null, null] } });
  });

  it.each(['Workflow', 'WorkflowException'])('answers a malformed %s representation with a coded error, not a 500', async (type) => {
    for (const representations of malformedRepresentations(type, PARKED.workflowId)) {
      expectCodedError(await workflows.call(entitiesQuery(type, 'id'), { r: representations }));
    }
  });

  it('refuses the exception queue and the failure details (@requiresRole) to a portal token', async () => {
    const queue = await workflows.query('{ exceptions { totalCount } }', {}, acmePortal);
    expect(queue).toMatchObject({ data: null, errors: [{ path: ['exceptions'], extensions: { code: 'FORBIDDEN' } }] });
    const workflow = await workflows.query(
      `query ($id: ID!) { workflow(id: $id) { type steps { lastError } exception { id } } }`,
      { id: PARKED.workflowId },
      acmePortal,
    );
    expect(workflow.data).toEqual({ workflow: { type: 'logTime', steps: [{ lastError: null }], exception: null } });
    expect(workflow.errors?.map((error) => `${error.path?.join('.')} ${error.extensions?.code}`).sort()).toEqual([
      'workflow.exception FORBIDDEN',
      'workflow.steps.0.lastError FORBIDDEN',
    ]);
  });

  it('shows a portal token only the workflows about its own customer, and no exception at all', async () => {
    expect(await workflows.query('{ workflows { totalCount edges { node { id } } } }', {}, acmePortal)).toEqual({
      data: { workflows: { totalCount: 1, edges: [{ node: { id: PARKED.workflowId } }] } },
    });
    expect(await workflows.query(`query ($id: ID!) { workflow(id: $id) { id } }`, { id: SIGNED_OFF }, acmePortal)).toEqual({ data: { workflow: null } });
    const representations = [{ __typename: 'WorkflowException', id: PARKED.exceptionId }];
    expect(await workflows.query(entitiesQuery('WorkflowException', 'id'), { r: representations }, acmePortal)).toEqual({ data: { _entities: [null] } });
  });

  it('serves schema/workflows.graphql as its SDL', async () => {
    const served = await workflows.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('workflows', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});
