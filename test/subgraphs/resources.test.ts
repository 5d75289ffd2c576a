/**
 * The resources subgraph on its own: built from its registry entry over its own store (the
 * fixture's HCM rows), served on port 0 and called as the gateway calls it. It asks its one peer,
 * projects, which consultants a portal caller may see (resources/staffing.ts): that peer is served
 * the same way over its own store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHubId } from '../../subgraphs/shared/ids.ts';
import { hub, LINUS } from '../support/fixture.ts';
import {
  entitiesQuery,
  expectCodedError,
  malformedRepresentations,
  newSchemaPrefix,
  sdlDefinitions,
  startTestSubgraph,
  type TestSubgraph,
} from '../support/subgraph.ts';

let projects: TestSubgraph;
let resources: TestSubgraph;
const linus = toHubId('Consultant', LINUS);

beforeAll(async () => {
  const schemaPrefix = newSchemaPrefix();
  projects = await startTestSubgraph('projects', { schemaPrefix });
  resources = await startTestSubgraph('resources', { schemaPrefix, peerUrls: { projects: projects.url } });
});

afterAll(async () => {
  await resources?.stop();
  await projects?.stop();
});

const acmePortal = { as: { role: 'portal', customerId: hub.acme } } as const;

describe('resources subgraph', () => {
  it('answers its root queries from its own store', async () => {
    const result = await resources.query(
      `query ($id: ID!) {
        consultants { totalCount edges { node { id name status workerType } } }
        consultant(id: $id) { name grade skills { name level } costRate { amount } }
      }`,
      { id: hub.ada },
      { as: { role: 'finance' } },
    );
    expect(result).toEqual({
      data: {
        consultants: {
          totalCount: 3,
          edges: [
            { node: { id: hub.ada, name: 'Ada Lovelace', status: 'ACTIVE', workerType: 'EMPLOYEE' } },
            { node: { id: hub.grace, name: 'Grace Hopper', status: 'ACTIVE', workerType: 'EMPLOYEE' } },
            { node: { id: linus, name: 'Linus Pauling', status: 'TERMINATED', workerType: 'CONTRACTOR' } },
          ],
        },
        consultant: {
          name: 'Ada Lovelace',
          grade: 'C3',
          skills: [
            { name: 'AWS', level: 5 },
            { name: 'SAP', level: 3 },
          ],
          costRate: { amount: '90.00' },
        },
      },
    });
  });

  it('resolves a Consultant by representation, and an unknown id as null', async () => {
    const representations = [hub.grace, toHubId('Consultant', 'W-99999'), hub.erpProject, 'garbage'].map((id) => ({ __typename: 'Consultant', id }));
    expect(await resources.query(entitiesQuery('Consultant', 'name practice'), { r: representations })).toEqual({
      data: { _entities: [{ name: 'Grace Hopper', practice: 'Data & AI' }, null, null, null] },
    });
  });

  it('adds each staffed consultant’s capacity to an extended PortfolioSummary from the staffing it is sent, and nothing without it', async () => {
    const staffing = {
      from: '2026-03-25',
      to: '2026-09-30',
      consultants: [{ consultantId: hub.ada }, { consultantId: linus }, { consultantId: toHubId('Consultant', 'W-99999') }],
    };
    const representations = [
      { __typename: 'PortfolioSummary', key: 'with-staffing', staffing },
      { __typename: 'PortfolioSummary', key: 'unknown' },
    ];
    // Ada, employed all along: 136 workdays from 25 March to 30 September × 8h = 1088h, less the vacation
    // day and Labor Day = 1072h. Linus, terminated on Tuesday 31 March: 25–31 March = 5 workdays × 8h =
    // 40h. The unknown consultant counts neither way.
    expect(
      await resources.query(entitiesQuery('PortfolioSummary', 'key staffCapacity { consultantId availableHours activeFrom activeTo }'), { r: representations }),
    ).toEqual({
      data: {
        _entities: [
          {
            key: 'with-staffing',
            staffCapacity: [
              { consultantId: hub.ada, availableHours: '1072.000', activeFrom: '2020-01-06', activeTo: null },
              { consultantId: linus, availableHours: '40.000', activeFrom: '2015-01-01', activeTo: '2026-03-31' },
            ],
          },
          { key: 'unknown', staffCapacity: [] },
        ],
      },
    });
  });

  it.each(['Consultant', 'PortfolioSummary'])('answers a malformed %s representation with a coded error, not a 500', async (type) => {
    for (const representations of malformedRepresentations(type, hub.ada)) {
      expectCodedError(await resources.call(entitiesQuery(type, type === 'Consultant' ? 'name' : 'key'), { r: representations }));
    }
  });

  it('refuses the staff directory and cost fields (@requiresRole) to the roles without them', async () => {
    const query = `query ($id: ID!) { consultant(id: $id) { name grade costRate { amount } } }`;
    const analyst = await resources.query(query, { id: hub.ada });
    expect(analyst).toMatchObject({
      data: { consultant: { name: 'Ada Lovelace', grade: 'C3', costRate: null } },
      errors: [{ path: ['consultant', 'costRate'], extensions: { code: 'FORBIDDEN' } }],
    });
    const portal = await resources.query('{ consultants { totalCount } }', {}, acmePortal);
    expect(portal).toMatchObject({ data: null, errors: [{ path: ['consultants'], extensions: { code: 'FORBIDDEN' } }] });
  });

  it('shows a portal token only the consultants staffed on its customer’s projects, as the projects peer says', async () => {
    const representations = [hub.ada, hub.grace, linus].map((id) => ({ __typename: 'Consultant', id }));
    const acme = await resources.query(entitiesQuery('Consultant', 'name grade'), { r: representations }, acmePortal);
    expect(acme.data).toEqual({ _entities: [{ name: 'Ada Lovelace', grade: null }, { name: 'Grace Hopper', grade: null }, null] });
    expect(acme.errors?.map((error) => `${error.path?.join('.')} ${error.extensions?.code}`).sort()).toEqual([
      '_entities.0.grade FORBIDDEN',
      '_entities.1.grade FORBIDDEN',
    ]);
    const globex = await resources.query(entitiesQuery('Consultant', 'name'), { r: representations }, { as: { role: 'portal', customerId: hub.globex } });
    expect(globex).toEqual({ data: { _entities: [null, null, null] } });
  });

  it('serves schema/resources.graphql as its SDL', async () => {
    const served = await resources.query<{ _service: { sdl: string } }>('{ _service { sdl } }');
    const { served: definitions, file } = sdlDefinitions('resources', served.data?._service.sdl ?? '');
    expect(definitions).toEqual(file);
  });
});
