/**
 * A PSA timecard's source reference (the delivery platform's worklog it comes from): one timecard
 * per worklog, ever. The PSA's system API is called as the workflows service calls it (its typed
 * LogTime document, the service credential); racing writes of one worklog with their own request keys
 * store one entry. Runs on node:sqlite (npm test) and PostgreSQL (npm run test:pg).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '../platform/events/types.ts';
import type { DomainStores } from '../scripts/domain-stores.ts';
import { nativeIdOf } from '../subgraphs/shared/ids.ts';
import { LogTimeDocument, type LogTimeInput, TimecardsDocument } from '../subgraphs/workflows/__generated__/system-projects.ts';
import { createSystemClients, type SystemClients } from '../subgraphs/workflows/engine/systems.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;
let stores: DomainStores;
let systems: SystemClients;

beforeAll(async () => {
  testHub = await startTestHub({
    fill: async (opened) => {
      stores = opened;
      await fillFixture(opened);
    },
  });
  const projects = testHub.subgraphs.find((served) => served.name === 'projects');
  systems = createSystemClients({ urls: { PSA: projects?.url } });
});

afterAll(async () => {
  await testHub?.stop();
});

/** An hour of Ada's on the ERP project, as a step of the workflows service would log it. */
function logTime(requestKey: string, input: Partial<LogTimeInput> = {}) {
  const correlationId = randomUUID();
  return systems.write(
    'PSA',
    LogTimeDocument,
    {
      request: { requestKey, correlationId },
      input: {
        projectId: hub.erpProject,
        consultantId: hub.ada,
        date: '2026-11-23',
        hours: '1',
        billable: true,
        billRate: '200.00',
        costRate: '100.00',
        ...input,
      },
    },
    correlationId,
  );
}

const entryIdOf = (outcome: { result: Record<string, unknown> }) => outcome.result.timeEntryId as string;

async function rowsFrom(sourceRef: string) {
  return stores.projects.all<{ id: string; hours: number }>('SELECT id, hours FROM time_entry WHERE source_ref = ?', [sourceRef]);
}

async function timeLogged(timeEntryId: string): Promise<number> {
  const rows = await stores.projects.all<{ event: string }>('SELECT event FROM outbox WHERE aggregate_id = ?', [timeEntryId]);
  return rows.filter((row) => (JSON.parse(row.event) as DomainEvent).type === 'TimeLogged').length;
}

describe('a timecard from a worklog', () => {
  it('ten concurrent writes of one worklog, each with its own request key, store one entry and one event', async () => {
    const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => logTime(`worklog-race-${i}-${randomUUID()}`, { sourceRef: 'WL-1001' })));
    const ids = new Set(outcomes.map(entryIdOf));
    expect(ids.size).toBe(1);
    const [entryId] = ids;
    // One write created it; the other nine found it and changed nothing.
    expect(outcomes.map((outcome) => outcome.changes.length).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(outcomes.every((outcome) => !outcome.replayed)).toBe(true);
    expect(await rowsFrom('WL-1001')).toEqual([{ id: nativeIdOf('TimeEntry', entryId, 'id'), hours: 100 }]);
    expect(await timeLogged(entryId)).toBe(1);
  });

  it('a later write of a worklog already logged returns its entry and writes nothing, whatever it says', async () => {
    const first = await logTime(`worklog-${randomUUID()}`, { sourceRef: 'WL-1002' });
    expect(first.changes).toHaveLength(1);
    const again = await logTime(`worklog-${randomUUID()}`, { sourceRef: 'WL-1002', hours: '3' });
    expect(again).toEqual({ replayed: false, changes: [], result: { timeEntryId: entryIdOf(first) } });
    expect(await rowsFrom('WL-1002')).toEqual([{ id: nativeIdOf('TimeEntry', entryIdOf(first), 'id'), hours: 100 }]);
    // The system API reads the source back.
    const { timeEntries } = await systems.systemRead('PSA', TimecardsDocument, { ids: [entryIdOf(first)] }, randomUUID());
    expect(timeEntries.map((entry) => ({ id: entry.id, sourceRef: entry.sourceRef }))).toEqual([{ id: entryIdOf(first), sourceRef: 'WL-1002' }]);
  });

  it('entries without a source reference are never taken for one another', async () => {
    const [a, b] = await Promise.all([logTime(`manual-${randomUUID()}`, { date: '2026-11-24' }), logTime(`manual-${randomUUID()}`, { date: '2026-11-24' })]);
    expect(entryIdOf(a)).not.toBe(entryIdOf(b));
    expect([a.changes.length, b.changes.length]).toEqual([1, 1]);
  });

  it('refuses a malformed source reference, writing nothing', async () => {
    for (const sourceRef of ['', 'WL 1003', 'x'.repeat(65), 'WL-\u00001003', 'WL-ü']) {
      await expect(logTime(`bad-${randomUUID()}`, { sourceRef })).rejects.toMatchObject({ userErrors: [{ code: 'BAD_USER_INPUT' }] });
    }
    expect(await logTime(`ok-${randomUUID()}`, { sourceRef: 'x'.repeat(64), date: '2026-11-25' })).toMatchObject({ changes: [{ entity: 'TimeEntry' }] });
  });
});
