/** The live demo drives real governed mutations: workflows complete, refusals are userErrors, nothing errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulation } from '../scripts/simulate.ts';
import { fillFixture } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
});

describe('npm start -- --simulate', () => {
  it('moves time, milestones, billing, invoices and payments through the governed mutations', async () => {
    const simulation = await startSimulation({ url: testHub.url, intervalMs: 5, seed: 3 });
    const deadline = Date.now() + 20_000;
    const completed = (tally: Record<string, number>) => Object.keys(tally).filter((key) => key.endsWith(' COMPLETED'));
    while (completed(simulation.tally()).length < 6 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await simulation.stop();
    const tally = simulation.tally();
    expect(completed(tally).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(tally).filter((key) => key.endsWith(' ERROR'))).toEqual([]);
    const workflows = await testHub.query<{ workflows: { totalCount: number } }>('{ workflows(filter: { status: COMPLETED }) { totalCount } }');
    expect(workflows.data!.workflows.totalCount).toBeGreaterThanOrEqual(6);
  });
});
