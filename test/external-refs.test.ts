/** Canonical ids: externalRefs on every entity and lookup of any entity by any system's id. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME, ACME_ERP_CONTRACT, ACME_ERP_DEAL, ERP_PROJECT, fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
});

const LOOKUP = /* GraphQL */ `
  query($system: SourceSystem!, $nativeId: String!) {
    entityByExternalRef(system: $system, nativeId: $nativeId) {
      __typename
      ... on Customer { id name }
      ... on Opportunity { id name }
      ... on Contract { id number }
      ... on Project { id code }
      ... on Consultant { id name }
      ... on Invoice { id number }
    }
  }
`;

describe('entityByExternalRef', () => {
  it.each([
    ['CRM', ACME, { __typename: 'Customer', id: hub.acme, name: 'Acme Corp' }],
    ['ERP', 'CUST-10001', { __typename: 'Customer', id: hub.acme, name: 'Acme Corp' }],
    ['CRM', ACME_ERP_DEAL, { __typename: 'Opportunity', id: hub.acmeErpDeal, name: 'Acme ERP rollout' }],
    ['CRM', ACME_ERP_CONTRACT, { __typename: 'Contract', id: hub.acmeErpContract, number: '00000101' }],
    ['PSA', ERP_PROJECT, { __typename: 'Project', id: hub.erpProject, code: 'ACME-ERP-01' }],
    ['ERP', 'PJ-100001', { __typename: 'Project', id: hub.erpProject, code: 'ACME-ERP-01' }],
    ['HCM', 'W-00001', { __typename: 'Consultant', id: hub.ada, name: 'Ada Lovelace' }],
    ['ERP', 'INV-100001', { __typename: 'Invoice', id: hub.firstInvoice, number: 'OG-2026-000001' }],
  ])('finds %s %s', async (system, nativeId, expected) => {
    expect(await testHub.query(LOOKUP, { system, nativeId })).toEqual({ data: { entityByExternalRef: expected } });
  });

  it.each([
    ['CRM', ACME.toLowerCase()],
    ['PSA', 'PRJ-2026-9999'],
    ['ERP', ACME],
    ['HCM', 'W-99999'],
  ])('is null with no error for an id no system knows (%s %s), case-sensitively', async (system, nativeId) => {
    expect(await testHub.query(LOOKUP, { system, nativeId })).toEqual({ data: { entityByExternalRef: null } });
  });

  it('rejects an empty native id', async () => {
    const result = await testHub.query(LOOKUP, { system: 'CRM', nativeId: '' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an unknown system before anything runs', async () => {
    const result = await testHub.query(LOOKUP, { system: 'SAP', nativeId: 'X' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('externalRefs', () => {
  it('lists every system id of an entity', async () => {
    const result = await testHub.query(
      `query($c: ID!, $p: ID!, $w: ID!, $i: ID!) {
         customer(id: $c) { externalRefs { system nativeId } }
         project(id: $p) { externalRefs { system nativeId } }
         consultant(id: $w) { externalRefs { system nativeId } }
         invoice(id: $i) { externalRefs { system nativeId } customer { name } project { code } }
       }`,
      { c: hub.acme, p: hub.erpProject, w: hub.ada, i: hub.firstInvoice },
    );
    expect(result).toEqual({
      data: {
        customer: {
          externalRefs: [
            { system: 'CRM', nativeId: ACME },
            { system: 'ERP', nativeId: 'CUST-10001' },
          ],
        },
        project: {
          externalRefs: [
            { system: 'ERP', nativeId: 'PJ-100001' },
            { system: 'PSA', nativeId: ERP_PROJECT },
          ],
        },
        consultant: { externalRefs: [{ system: 'HCM', nativeId: 'W-00001' }] },
        invoice: { externalRefs: [{ system: 'ERP', nativeId: 'INV-100001' }], customer: { name: 'Acme Corp' }, project: { code: 'ACME-ERP-01' } },
      },
    });
  });
});
