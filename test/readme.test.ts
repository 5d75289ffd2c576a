/**
 * The README's examples, run as written against a fresh hub seeded the way `npm start` seeds it
 * (seed 42, scale 1), on the business date the README's figures are for (OPSGRAPH_AS_OF=2026-11-23).
 * The examples are read from README.md's code blocks: a README that changes in a way that no longer
 * works fails here. Project ids do not depend on the business date; the figures do.
 */
import { readFileSync } from 'node:fs';
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { generateDemoData } from '../scripts/demo-data/generate.ts';
import { seedDemoData } from '../scripts/demo-data/load.ts';
import { tryNativeId } from '../subgraphs/shared/ids.ts';
import { authorizationAs, startTestHub, type TestHub } from './support/hub.ts';
import { runEntry } from './support/processes.ts';
import { waitFor } from './support/wait.ts';

/** The business date the README's figures are stated for. */
const README_AS_OF = '2026-11-23';
const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

interface CodeBlock {
  lang: string;
  text: string;
  /** Where the block ends in the README (to find what follows it). */
  end: number;
}

const blocks: CodeBlock[] = [...README.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
  lang: match[1],
  text: match[2],
  end: match.index + match[0].length,
}));

/** A curl example: the role of the token it sends and the JSON body it posts. */
interface CurlExample {
  role: string;
  body: { query: string; variables?: Record<string, unknown> };
  block: CodeBlock;
}

const curlExamples: CurlExample[] = blocks
  .filter((block) => block.lang === 'sh' && block.text.includes('curl -s localhost:4000/graphql'))
  .map((block) => {
    const role = /TOKEN=\$\(npm run -s token -- (\w+)\)/.exec(block.text)?.[1];
    const body = /-d '([\s\S]*?)'\s*$/.exec(block.text)?.[1];
    if (!role || !body) throw new Error(`a curl example the test cannot read:\n${block.text}`);
    return { role, body: JSON.parse(body) as CurlExample['body'], block };
  });

/** What the README shows as an expected value: a string with `…` in it stands for any text there. */
function shown(value: unknown): unknown {
  if (typeof value === 'string' && value.includes('…')) {
    return expect.stringMatching(
      new RegExp(
        `^${value
          .split('…')
          .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('.+')}$`,
      ),
    );
  }
  if (Array.isArray(value)) return value.map(shown);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shown(inner)]));
  return value;
}

/** The first code block after `block`, when it is of `lang`. */
function outputAfter(block: CodeBlock, lang: string): CodeBlock | undefined {
  const next = blocks.find((candidate) => candidate.end > block.end);
  return next?.lang === lang ? next : undefined;
}

let testHub: TestHub;
const clients: Client[] = [];
const savedAsOf = process.env.OPSGRAPH_AS_OF;

beforeAll(async () => {
  process.env.OPSGRAPH_AS_OF = README_AS_OF;
  testHub = await startTestHub({ fill: (stores) => seedDemoData(stores, { seed: 42, scale: 1, asOf: README_AS_OF }).then(() => undefined) });
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await testHub?.stop();
  if (savedAsOf === undefined) delete process.env.OPSGRAPH_AS_OF;
  else process.env.OPSGRAPH_AS_OF = savedAsOf;
});

/** The token the README's `TOKEN=$(npm run -s token -- <role>)` prints (the same secret as this hub's). */
async function tokenFor(role: string): Promise<string> {
  const printed = await runEntry(['scripts/token.ts', role], { ...process.env } as Record<string, string>);
  expect({ code: printed.code, stderr: printed.stderr }).toEqual({ code: 0, stderr: '' });
  return printed.stdout.trim();
}

async function post(example: Pick<CurlExample, 'role' | 'body'>) {
  return testHub.query(example.body.query, example.body.variables, { authorization: `Bearer ${await tokenFor(example.role)}` });
}

const readExample = () => {
  const example = curlExamples.find((candidate) => candidate.body.query.trimStart().startsWith('query'));
  if (!example) throw new Error('the README has no curl query example');
  return example;
};
const writeExample = () => {
  const example = curlExamples.find((candidate) => candidate.body.query.trimStart().startsWith('mutation'));
  if (!example) throw new Error('the README has no curl mutation example');
  return example;
};

describe('README examples', () => {
  it('reads the examples it runs', () => {
    expect(curlExamples.map((example) => example.role)).toEqual(['analyst', 'delivery']);
    expect(blocks.filter((block) => block.lang === 'graphql')).toHaveLength(2);
  });

  it('the curl query answers exactly the output the README shows', async () => {
    const example = readExample();
    const shown = outputAfter(example.block, 'json');
    expect(shown, 'the README shows the output of its curl query in a json block right after it').toBeDefined();
    expect(await post(example)).toEqual(JSON.parse(shown!.text));
  });

  it('the project 360 query answers without an error for the same project', async () => {
    const project360 = blocks.find((block) => block.lang === 'graphql' && /^query Project360\(\$id: ID!\)/.test(block.text));
    expect(project360).toBeDefined();
    const result = await testHub.query(project360!.text, { id: readExample().body.variables?.id });
    expect(result.errors).toBeUndefined();
    const project = (result.data as { project: Record<string, unknown> }).project;
    expect(project).toMatchObject({ code: 'SILV-STR-01', name: 'Silverline Shipping Growth Strategy', status: 'ACTIVE' });
  });

  it('the "more to try" queries answer without an error', async () => {
    const paragraph = /More to try: ([\s\S]*?)\. Every KPI/.exec(README)?.[1];
    expect(paragraph).toBeDefined();
    const snippets = [...paragraph!.matchAll(/`([^`]+)`/g)].map((match) => match[1]);
    // The inline examples, plus the one in the sentence before: entityByExternalRef.
    const inline = [/`(entityByExternalRef\([^`]+\))`/.exec(README)![1], ...snippets];
    expect(inline).toHaveLength(9);
    const customerId = /\(customer (cus_\w+)\)/.exec(README)![1];
    const projectId = readExample().body.variables?.id as string;
    const staffed = await testHub.query<{ project: { assignments: { consultant: { id: string } }[] } }>(
      'query ($id: ID!) { project(id: $id) { assignments { consultant { id } } } }',
      { id: projectId },
    );
    const consultantId = staffed.data!.project.assignments[0].consultant.id;
    for (const snippet of inline) {
      // A bare `(id)` stands for an id of the README's (a consultant of its project's); a field without a selection gets __typename.
      const field = snippet
        .replace(/^customer\(id\)/, `customer(id: "${customerId}")`)
        .replace(/^project\(id\)/, `project(id: "${projectId}")`)
        .replace(/^consultant\(id\)/, `consultant(id: "${consultantId}")`);
      const query = `{ ${/\}\s*$/.test(field) ? field : `${field} { __typename }`} }`;
      const result = await testHub.query(query);
      expect({ query, errors: result.errors }).toEqual({ query, errors: undefined });
      expect(Object.values(result.data as Record<string, unknown>)[0], query).not.toBeNull();
    }
  });

  it('the sample portal token is for the first customer the README names', async () => {
    const result = await testHub.query<{ customers: { edges: { node: { id: string } }[] } }>('{ customers(first: 1) { edges { node { id } } } }');
    expect(result.data?.customers.edges[0].node.id).toBe(/\(customer (cus_\w+)\)/.exec(README)![1]);
  });

  it('the curl mutation completes, once for its idempotency key, and the subscription example sees it', async () => {
    const example = writeExample();
    const subscription = blocks.find((block) => block.lang === 'graphql' && block.text.trimStart().startsWith('subscription'));
    expect(subscription).toBeDefined();
    const projectId = (example.body.variables?.input as { projectId: string } | undefined)?.projectId;
    expect(projectId).toBe(readExample().body.variables?.id);

    // Subscribe first, as the README's live-status section does, with a delivery token.
    const { authorization } = await authorizationAs('delivery');
    let connected = false;
    const client = createClient({
      url: testHub.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization },
      retryAttempts: 0,
      on: { connected: () => (connected = true) },
    });
    clients.push(client);
    const events: unknown[] = [];
    const failures: unknown[] = [];
    client.subscribe(
      { query: subscription!.text, variables: { projectId } },
      { next: (value) => void events.push(value), error: (error) => void failures.push(error), complete: () => undefined },
    );
    // Acknowledged; the subscribe message follows on the same socket, ahead of the mutation below.
    await waitFor(() => connected, { what: 'the graphql-ws connection to be acknowledged' });

    const output = outputAfter(example.block, 'json');
    expect(output, 'the README shows the output of its curl mutation in a json block right after it').toBeDefined();
    const first = await post(example);
    expect(first).toEqual(shown(JSON.parse(output!.text)));
    // "Sending the same request again returns the same workflow and changes nothing."
    expect(await post(example)).toEqual(first);

    await testHub.flushEvents();
    await waitFor(() => events.length > 0 || failures.length > 0, { what: 'the status change event (or a subscription failure)' });
    expect(failures).toEqual([]);
    expect(events).toEqual([
      {
        data: {
          projectStatusChanged: {
            previousStatus: 'ACTIVE',
            status: 'ON_HOLD',
            cause: expect.any(String),
            occurredAt: expect.any(String),
            project: {
              name: 'Silverline Shipping Growth Strategy',
              customer: { name: 'Silverline Shipping Inc.' },
              financials: { unbilledWip: { amount: expect.stringMatching(/^\d+\.\d{2}$/) } },
            },
          },
        },
      },
    ]);
  });
});

describe('README ids on another business date', () => {
  it('name the same projects, in the same state, whatever the business date', () => {
    const projects = (asOf: string) =>
      new Map(generateDemoData({ seed: 42, scale: 1, asOf }).projects.project.map((row) => [row.id, [row.code, row.name, row.stage]]));
    const reference = projects(README_AS_OF);
    const nativeId = tryNativeId('Project', String(readExample().body.variables?.id));
    expect(reference.get(nativeId!)).toEqual(['SILV-STR-01', 'Silverline Shipping Growth Strategy', 'In Progress']);
    // A week later (a different weekday, the billing month turned) and a new year with new holidays.
    for (const asOf of ['2026-12-01', '2027-02-17']) expect(projects(asOf), asOf).toEqual(reference);
  });
});
