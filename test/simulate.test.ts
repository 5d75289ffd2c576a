/** The live demo drives real governed mutations: workflows complete, refusals are userErrors, nothing errors. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulation } from '../scripts/simulate.ts';
import { fillFixture } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';
import { waitFor } from './support/wait.ts';

let testHub: TestHub;

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
});

afterAll(async () => {
  await testHub?.stop();
});

/** Governed mutations the simulation may run before six kinds of workflow have completed (seed 3 needs about 16). */
const ACTION_BUDGET = 100;

describe('npm start -- --simulate', () => {
  it('moves time, milestones, billing, invoices and payments through the governed mutations', async () => {
    const simulation = await startSimulation({ url: testHub.url, intervalMs: 5, seed: 3 });
    const completed = (tally: Record<string, number>) => Object.keys(tally).filter((key) => key.endsWith(' COMPLETED'));
    const actions = (tally: Record<string, number>) => Object.values(tally).reduce((sum, n) => sum + n, 0);
    // Bounded by the simulation's own progress (the actions it took), not by the machine's speed; the timeout
    // only catches a simulation that stalls.
    try {
      await waitFor(
        () => {
          const tally = simulation.tally();
          return completed(tally).length >= 6 || actions(tally) >= ACTION_BUDGET;
        },
        { timeoutMs: 50_000, intervalMs: 50, what: () => `six kinds of completed workflow: ${JSON.stringify(simulation.tally())}` },
      );
    } finally {
      await simulation.stop();
    }
    const tally = simulation.tally();
    expect(completed(tally).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(tally).filter((key) => key.endsWith(' ERROR'))).toEqual([]);
    const workflows = await testHub.query<{ workflows: { totalCount: number } }>('{ workflows(filter: { status: COMPLETED }) { totalCount } }');
    expect(workflows.data!.workflows.totalCount).toBeGreaterThanOrEqual(6);
  });
});
