/**
 * A writer of one domain event through the system-API write path (systemWrite: its rows, its outbox
 * row and the commit's wake-up in one transaction), over a store connection of its own, for the
 * relay wake-up tests: run as a worker thread (workerData) or as a child process (argv[2], JSON).
 * Posts (or prints) `committed <eventId>` once the transaction committed, then closes its store.
 */
import { randomUUID } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type OpenDatabaseOptions } from '../../platform/sql.ts';
import { systemWrite } from '../../subgraphs/shared/system-api.ts';

export interface OutboxWriterData {
  store: OpenDatabaseOptions;
  aggregateId: string;
}

const data = (parentPort ? workerData : JSON.parse(process.argv[2] ?? '{}')) as OutboxWriterData;
const db = await openDatabase(data.store);
let eventId = '';
try {
  await systemWrite(db, 'PSA', 'test.wake', { requestKey: randomUUID(), correlationId: randomUUID() }, { aggregateId: data.aggregateId }, async (scope) => {
    await scope.emit({ type: 'TestWoken', aggregateId: data.aggregateId, data: { writer: parentPort ? 'thread' : 'process' } });
    eventId = ((await scope.tx.get<{ event_id: string }>('SELECT event_id FROM outbox ORDER BY seq DESC LIMIT 1')) as { event_id: string }).event_id;
    return { changes: [], result: {} };
  });
} finally {
  await db.close();
}
if (parentPort) parentPort.postMessage(`committed ${eventId}`);
else console.log(`committed ${eventId}`);
