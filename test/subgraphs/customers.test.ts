/**
 * The customers subgraph on its own: built from its registry entry over its own store (the
 * fixture's CRM rows), served on port 0 and called as the gateway calls it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesforceId, toHubId } from '../../subgraphs/shared/ids.ts';
import { hub } from '../support/fixture.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

let customers: TestSubgraph;

beforeAll(async () => {
  customers = await startTestSubgraph('customers');
});

afterAll(async () => {
  await customers?.stop();
});

describe('customers subgraph', () => {
  it('answers its root queries from its own store, under the correlation id the gateway sent', async () => {
    const correlationId = randomUUID();
    const response = await customers.call(
      `query ($id: ID!) {
        customers { totalCount edges { node { id name region } } }
        customer(id: $id) { name contracts { number status } opportunities { name status } }
      }`,
      { id: hub.acme },
      { correlationId },
    );
    expect(response.correlationId).toBe(correlationId);
    expect(response.body).toEqual({
      data: {
        customers: {
          totalCount: 2,
          edges: [{ node: { id: hub.acme, name: 'Acme Corp', region: 'North America' } }, { node: { id: hub.globex, name: 'Globex', region: 'EMEA' } }],
        },
        customer: {
          name: 'Acme Corp',
          contracts: [
            { number: '00000101', status: 'ACTIVATED' },
            { number: '00000102', status: 'ACTIVATED' },
          ],
          opportunities: [
            { name: 'Acme ERP rollout', status: 'WON' },
            { name: 'Acme data platform', status: 'WON' },
          ],
        },
      },
    });
  });

  it.each([
    ['Customer', hub.acme, 'id name', { id: hub.acme, name: 'Acme Corp' }, toHubId('Customer', salesforceId('001', 99))],
    [
      'Opportunity',
      hub.acmeErpDeal,
      'id name stage',
      { id: hub.acmeErpDeal, name: 'Acme ERP rollout', stage: 'Closed Won' },
      toHubId('Opportunity', salesforceId('006', 99)),
    ],
    ['Contract', hub.acmeErpContract, 'id number', { id: hub.acmeErpContract, number: '00000101' }, toHubId('Contract', salesforceId('800', 99))],
  ])('resolves %s representations, an unknown or foreign id as null', async (type, id, selection, expected, unknownId) => {
    const representations = [
      { __typename: type, id },
      { __typename: type, id: unknownId },
      // Another type's id, and a string that is no hub id at all.
      { __typename: type, id: hub.erpProject },
      { __typename: type, id: 'garbage' },
    ];
    expect(await customers.query(entitiesQuery(type, selection), { r: representations })).toEqual({ data: { _entities: [expected, null, null, null] } });
  });

  it.each(['Customer', 'Opportunity', 'Contract'])('answers a malformed %s representation with a coded error, not a 500', async (type) => {
    for (const representations of malformedRepresentations(type, hub.acme)) {
      const response = await customers.call(entitiesQuery(type, 'id'), { r: representations });
      expect(response.body.data).toBeNull();
      expectCodedError(response);
    }
  });

  it('shows a portal token straight to the subgraph only its own customer, as through the gateway', async () => {
    const portal = { as: { role: 'portal', customerId: hub.acme } } as const;
    const listed = await customers.query('{ customers { totalCount edges { node { name } } } opportunities { totalCount } }', {}, portal);
    expect(listed).toEqual({ data: { customers: { totalCount: 1, edges: [{ node: { name: 'Acme Corp' } }] }, opportunities: { totalCount: 2 } } });
    const foreign = await customers.query(`query ($id: ID!) { customer(id: $id) { name } }`, { id: hub.globex }, portal);
    expect(foreign).toEqual({ data: { customer: null } });
    const entities = await customers.query(entitiesQuery('Customer', 'name'), { r: [{ __typename: 'Customer', id: hub.globex }] }, portal);
    expect(entities).toEqual({ data: { _entities: [null] } });
  });

  it('serves schema/customers.graphql as its SDL, to the gateway only', async () => {
    const served = await customers.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('customers', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
    const direct = await customers.call('{ _service { sdl } }', {}, { viaGateway: false });
    expect(direct.body).toMatchObject({ data: null, errors: [{ path: ['_service'], extensions: { code: 'FORBIDDEN' } }] });
  });
});

describe('customers subgraph: reconciliation reads (system API)', () => {
  async function systemRead<T>(query: string, variables: Record<string, unknown> = {}) {
    const { signToken, WORKFLOWS_SERVICE } = await import('../../platform/auth.ts');
    const response = await fetch(customers.url.replace(/\/graphql$/, '/system/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await signToken(WORKFLOWS_SERVICE)}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
  }
  const QUERY = 'query ($ids: [ID!]!) { contractValues(ids: $ids) { id number status value currency } }';

  it('answers contract values by hub id, in the order asked, leaving unknown ids out', async () => {
    const erp = toHubId('Contract', salesforceId('800', 1));
    const unknown = toHubId('Contract', salesforceId('800', 999));
    const answer = await systemRead<{ contractValues: unknown[] }>(QUERY, { ids: [unknown, erp] });
    expect(answer.data!.contractValues).toEqual([{ id: erp, number: '00000101', status: 'ACTIVATED', value: '120000.00', currency: 'USD' }]);
  });

  it('refuses a malformed id or too many ids', async () => {
    expect((await systemRead(QUERY, { ids: ['nope'] })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const many = Array.from({ length: 5001 }, (_, i) => toHubId('Contract', salesforceId('800', i + 1)));
    expect((await systemRead(QUERY, { ids: many })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
