/**
 * The delivery subgraph on its own: built from its registry entry over its own store, served on
 * port 0 and called as the gateway calls it (and, for its system API, as the workflows service does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signToken, WORKFLOWS_SERVICE } from '../../platform/auth.ts';
import { insertRows } from '../../platform/sql.ts';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

/** Two customers' CRM account ids (Salesforce-shaped), and one workspace of each. */
const ACME = '001000000000000AAA';
const GLOBEX = '001000000000000BBB';
const rows = [
  { id: 'WSP-000001', name: 'Acme workspace', status: 'Active', customer_id: ACME, created_at: '2026-11-02T09:00:00.000Z' },
  { id: 'WSP-000002', name: 'Globex workspace', status: 'Archived', customer_id: GLOBEX, created_at: '2026-11-03T09:00:00.000Z' },
];
const acme = toHubId('Workspace', rows[0].id);
const globex = toHubId('Workspace', rows[1].id);

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph('delivery', { fill: (db) => insertRows(db, 'workspace', rows) });
});

afterAll(async () => {
  await subgraph?.stop();
});

const acmePortal = { as: { role: 'portal', customerId: toHubId('Customer', ACME) } } as const;

async function systemCall(query: string, variables: Record<string, unknown>) {
  const response = await fetch(subgraph.url.replace(/\/graphql$/, '/system/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, { replayed: boolean; userErrors: { code: string }[]; result: string }>; errors?: unknown[] };
}

describe('delivery subgraph', () => {
  it('answers its root queries from its own store', async () => {
    const result = await subgraph.query(
      `query ($id: ID!) {
        workspaces { totalCount edges { node { id name status statusLabel customer { id } } } }
        workspace(id: $id) { name createdAt }
      }`,
      { id: acme },
    );
    expect(result).toEqual({
      data: {
        workspaces: {
          totalCount: 2,
          edges: [
            { node: { id: acme, name: 'Acme workspace', status: 'ACTIVE', statusLabel: 'Active', customer: { id: toHubId('Customer', ACME) } } },
            { node: { id: globex, name: 'Globex workspace', status: 'ARCHIVED', statusLabel: 'Archived', customer: { id: toHubId('Customer', GLOBEX) } } },
          ],
        },
        workspace: { name: 'Acme workspace', createdAt: '2026-11-02T09:00:00.000Z' },
      },
    });
    const active = await subgraph.query('{ workspaces(filter: { status: ACTIVE }) { totalCount } }');
    expect(active).toEqual({ data: { workspaces: { totalCount: 1 } } });
  });

  it('resolves a Workspace by representation, and an unknown or foreign id as null', async () => {
    const representations = [globex, toHubId('Workspace', 'WSP-999999'), toHubId('Customer', ACME), 'garbage'].map((id) => ({ __typename: 'Workspace', id }));
    expect(await subgraph.query(entitiesQuery('Workspace', 'name'), { r: representations })).toEqual({
      data: { _entities: [{ name: 'Globex workspace' }, null, null, null] },
    });
  });

  it('answers a malformed representation with a coded error, not a 500', async () => {
    for (const representations of malformedRepresentations('Workspace', acme))
      expectCodedError(await subgraph.call(entitiesQuery('Workspace', 'name'), { r: representations }));
  });

  it("shows a portal caller its own customer's workspaces only", async () => {
    expect(await subgraph.query('{ workspaces { totalCount edges { node { id } } } }', {}, acmePortal)).toEqual({
      data: { workspaces: { totalCount: 1, edges: [{ node: { id: acme } }] } },
    });
    expect(await subgraph.query(entitiesQuery('Workspace', 'name'), { r: [{ __typename: 'Workspace', id: globex }] }, acmePortal)).toEqual({
      data: { _entities: [null] },
    });
  });

  it('creates a workspace through its system API once per request key, and refuses a bad name without writing', async () => {
    const create = `mutation ($request: SystemRequest!, $customerId: ID!, $name: String!) {
      createWorkspace(request: $request, customerId: $customerId, name: $name) { replayed userErrors { code } result }
    }`;
    const request = { requestKey: 'scaffold-test-create', correlationId: 'scaffold-test' };
    const first = await systemCall(create, { request, customerId: toHubId('Customer', GLOBEX), name: 'Globex rollout' });
    const again = await systemCall(create, { request, customerId: toHubId('Customer', GLOBEX), name: 'Globex rollout' });
    expect(first.data?.createWorkspace).toMatchObject({ replayed: false, userErrors: [] });
    expect(again.data?.createWorkspace).toEqual({ ...first.data?.createWorkspace, replayed: true });
    const refused = await systemCall(create, {
      request: { ...request, requestKey: 'scaffold-test-blank' },
      customerId: toHubId('Customer', GLOBEX),
      name: ' ',
    });
    expect(refused.data?.createWorkspace).toMatchObject({ replayed: false, userErrors: [{ code: 'INVALID_NAME' }] });
    expect(await subgraph.query('{ workspaces { totalCount } }')).toEqual({ data: { workspaces: { totalCount: 3 } } });
  });

  it('serves schema/delivery.graphql as its SDL', async () => {
    const served = await subgraph.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('delivery', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});
