/**
 * The identity subgraph (the cross-reference registry) on its own: built from its registry entry
 * over its own store (the fixture's registry rows), served on port 0 and called as the gateway
 * calls it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { ACME, GLOBEX, hub } from '../support/fixture.ts';
import { entitiesQuery, expectCodedError, malformedRepresentations, sdlDefinitions, startTestSubgraph, type TestSubgraph } from '../support/subgraph.ts';

let identity: TestSubgraph;

beforeAll(async () => {
  identity = await startTestSubgraph('identity');
});

afterAll(async () => {
  await identity?.stop();
});

const LOOKUP = `query ($system: SourceSystem!, $nativeId: String!) {
  entityByExternalRef(system: $system, nativeId: $nativeId) { __typename ... on Customer { id } ... on Project { id } ... on Invoice { id } }
}`;

describe('identity subgraph', () => {
  it.each([
    ['CRM', ACME, { __typename: 'Customer', id: hub.acme }],
    ['ERP', 'CUST-10001', { __typename: 'Customer', id: hub.acme }],
    ['ERP', 'PJ-100001', { __typename: 'Project', id: hub.erpProject }],
    ['ERP', 'INV-100001', { __typename: 'Invoice', id: hub.firstInvoice }],
    ['PSA', 'PRJ-2026-9999', null],
    // Native ids are case-sensitive.
    ['ERP', 'cust-10001', null],
  ])('finds the entity with the %s id %s in its own registry', async (system, nativeId, expected) => {
    expect(await identity.query(LOOKUP, { system, nativeId })).toEqual({ data: { entityByExternalRef: expected } });
  });

  it('refuses a native id no system could hold as BAD_USER_INPUT', async () => {
    const result = await identity.query(LOOKUP, { system: 'CRM', nativeId: '' });
    expect(result).toMatchObject({ data: { entityByExternalRef: null }, errors: [{ extensions: { code: 'BAD_USER_INPUT', argumentName: 'nativeId' } }] });
  });

  it('shows a portal token straight to the subgraph only what its own customer owns', async () => {
    const acme = { as: { role: 'portal', customerId: hub.acme } } as const;
    expect(await identity.query(LOOKUP, { system: 'ERP', nativeId: 'PJ-100001' }, acme)).toEqual({
      data: { entityByExternalRef: { __typename: 'Project', id: hub.erpProject } },
    });
    expect(await identity.query(LOOKUP, { system: 'CRM', nativeId: GLOBEX }, acme)).toEqual({ data: { entityByExternalRef: null } });
    const globex = { as: { role: 'portal', customerId: hub.globex } } as const;
    expect(await identity.query(LOOKUP, { system: 'ERP', nativeId: 'PJ-100001' }, globex)).toEqual({ data: { entityByExternalRef: null } });
  });

  // Every entity here is a `resolvable: false` stub: the gateway never sends identity a
  // representation, and one sent straight to it is answered from itself, without reading the store.
  it.each([
    ['Customer', hub.acme],
    ['Project', hub.erpProject],
    ['Consultant', toHubId('Consultant', 'W-99999')],
  ])('answers a %s stub from its representation alone', async (type, id) => {
    expect(await identity.query(entitiesQuery(type, '__typename id'), { r: [{ __typename: type, id }] })).toEqual({
      data: { _entities: [{ __typename: type, id }] },
    });
  });

  it.each(['Customer', 'Invoice'])('answers a malformed %s representation with a coded error, not a 500', async (type) => {
    for (const representations of malformedRepresentations(type, hub.acme)) {
      expectCodedError(await identity.call(entitiesQuery(type, 'id'), { r: representations }));
    }
  });

  it('serves schema/identity.graphql as its SDL', async () => {
    const served = await identity.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('identity', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});
