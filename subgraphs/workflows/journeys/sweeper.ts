/**
 * The journeys' consumer and sweeper (docs/journeys.md, "Breaches").
 *
 * The consumer applies each domain event to the journeys (store.ts) and sweeps after it. The
 * sweeper finds each SLO clock whose stage is overdue on a journey in progress, records the miss
 * and raises one SLO_BREACH exception for it in the exception queue (deduplicated on
 * `<journey id>:<slo>` by the queue's unique index, so sweepers in several processes raise it
 * once), with its business context; once the late stage is reached, or the journey stops, it
 * closes that exception with a note. It runs on its own timer too, so a stage that never comes is
 * found without any event.
 */
import { env } from '../../../platform/env.ts';
import { logger } from '../../../platform/logger.ts';
import type { SubscribeOptions } from '../../../platform/events/types.ts';
import type { SqlDatabase } from '../../../platform/sql.ts';
import { describeAmount } from '../../shared/money.ts';
import type { ExceptionContextEntry, WorkflowStore } from '../connector/types.ts';
import { describeAge, describeTarget, slosInForce } from './slos.ts';
import {
  applyJourneyEvent,
  closableClocks,
  clockException,
  journeysByIds,
  lateClocks,
  markExceptionClosed,
  markOverdue,
  overdueClocks,
  pruneAppliedEvents,
  recordBreachException,
  stagesOf,
} from './store.ts';
import type { JourneySloRecord } from './types.ts';

/** Clocks handled per sweep round (a round repeats while it finds a full batch). */
const BATCH = 100;

/** The dedupe key of a journey's breach of `slo` in the exception queue. */
export function breachKey(journeyId: string, slo: string): string {
  return `${journeyId}:${slo}`;
}

/** The journey id of an SLO_BREACH exception's dedupe key. */
export function journeyOfBreachKey(dedupeKey: string | null): string | null {
  if (!dedupeKey) return null;
  const at = dedupeKey.lastIndexOf(':');
  return at > 0 ? dedupeKey.slice(0, at) : null;
}

/**
 * Raises the SLO_BREACH exception of a missed clock: one found overdue now (recorded as missed
 * first), or one whose stage was reached late before any sweep saw it overdue.
 */
async function raiseBreach(db: SqlDatabase, store: WorkflowStore, clock: JourneySloRecord, now: number): Promise<void> {
  const slo = slosInForce().find((candidate) => candidate.name === clock.slo);
  const [journey] = await journeysByIds(db, [clock.journey_id]);
  if (!slo || !journey) return;
  const late = clock.reached_at !== null;
  if (!late && !(await markOverdue(db, clock, new Date(now).toISOString()))) return;
  const until = late ? Date.parse(clock.reached_at as string) : now;
  const waited = (until - Date.parse(clock.clock_from)) / 1000;
  const behind = describeAge((until - Date.parse(clock.due_at)) / 1000);
  const target = describeTarget(clock.target ?? slo.target);
  const stages = stagesOf(journey);
  const context: ExceptionContextEntry[] = [
    { label: 'journey', value: journey.id },
    { label: 'kind', value: journey.kind },
    { label: 'slo', value: slo.name },
    { label: 'stage', value: clock.stage },
    { label: 'waiting since', value: `${slo.fromStage} at ${clock.clock_from}` },
    { label: 'due', value: clock.due_at },
    { label: 'age', value: describeAge(waited) },
    { label: 'target', value: target },
    ...(journey.amount !== null && journey.currency ? [{ label: 'amount', value: describeAmount(journey.amount, journey.currency) }] : []),
    ...Object.entries(stages).map(([name, at]) => ({ label: `reached ${name}`, value: at })),
  ];
  const key = breachKey(journey.id, slo.name);
  const { exception } = await store.raiseBusinessException({
    kind: 'SLO_BREACH',
    dedupeKey: key,
    step: clock.stage,
    system: slo.system,
    cause: late
      ? `${clock.stage} was reached late: due ${target} after ${slo.fromStage} (${clock.due_at}), reached at ${clock.reached_at}, ${behind} late`
      : `${clock.stage} is overdue: due ${target} after ${slo.fromStage} (${clock.due_at}), ${behind} late`,
    customerId: journey.customer_id,
    projectId: journey.project_id,
    amount: journey.amount,
    currency: journey.currency,
    context,
  });
  // Another sweep recorded an exception for this clock and closed it before this one raised its
  // own (the queue keeps one unresolved per key, not one ever): this one closes at once.
  if (!(await recordBreachException(db, clock, exception.id)) && (await clockException(db, clock)) !== exception.id) {
    await store.closeBusinessException('SLO_BREACH', key, 'Raised twice by concurrent sweeps: the breach is recorded on its first exception');
  }
}

/** The closing note of a breach exception: the stage came (late, or in time with its event arriving after the sweep), or the journey stopped. */
function closingNote(clock: JourneySloRecord): string {
  if (clock.reached_at === null) return 'The journey stopped before the stage was reached';
  const late = (Date.parse(clock.reached_at) - Date.parse(clock.due_at)) / 1000;
  if (late <= 0) return `${clock.stage} reached at ${clock.reached_at}, by its due time: its event arrived after a sweep had found it overdue`;
  return `${clock.stage} reached at ${clock.reached_at}, ${describeAge(late)} after it was due`;
}

/**
 * One sweep at `now`: raises the breaches of the overdue clocks and of the clocks reached late that
 * have none yet, and closes the exceptions whose stage came or whose journey stopped. Resolves to
 * how many breaches it raised.
 */
export async function sweepJourneys(db: SqlDatabase, store: WorkflowStore, now = Date.now()): Promise<number> {
  let raised = 0;
  for (const find of [() => overdueClocks(db, new Date(now).toISOString(), BATCH), () => lateClocks(db, BATCH)]) {
    // A round repeats while it finds a full batch, and stops on one it has seen all of (clocks it could not raise).
    const seen = new Set<string>();
    for (let missed = await find(); ; missed = await find()) {
      const fresh = missed.filter((clock) => !seen.has(breachKey(clock.journey_id, clock.slo)));
      for (const clock of fresh) {
        seen.add(breachKey(clock.journey_id, clock.slo));
        await raiseBreach(db, store, clock, now);
        raised++;
      }
      if (missed.length < BATCH || fresh.length === 0) break;
    }
  }
  for (let closable = await closableClocks(db, BATCH); closable.length > 0; closable = await closableClocks(db, BATCH)) {
    for (const clock of closable) {
      await store.closeBusinessException('SLO_BREACH', breachKey(clock.journey_id, clock.slo), closingNote(clock));
      await markExceptionClosed(db, clock);
    }
    if (closable.length < BATCH) break;
  }
  return raised;
}

export interface JourneySweeper {
  /** Runs one sweep now (after any in flight). */
  sweep(): Promise<void>;
  stop(): Promise<void>;
}

/** Sweeps every `intervalMs`, one sweep at a time in this process; `stop()` ends the timer and waits for a sweep in flight. */
export function startJourneySweeper(db: SqlDatabase, store: WorkflowStore, intervalMs: number): JourneySweeper {
  let chain: Promise<void> = Promise.resolve();
  let pending = 0;
  let failing = false;
  const sweep = (): Promise<void> => {
    pending++;
    chain = chain
      .then(() => sweepJourneys(db, store))
      .finally(() => {
        pending--;
      })
      .then(
        () => {
          failing = false;
        },
        (error: unknown) => {
          if (!failing) logger.warn({ err: error, origin: 'journeys' }, 'journey sweep failed; the next one tries again');
          failing = true;
        },
      );
    return chain;
  };
  const prune = () =>
    pruneAppliedEvents(db, new Date(Date.now() - env.natsMaxAgeHours() * 3_600_000).toISOString()).catch((error: unknown) =>
      logger.warn({ err: error, origin: 'journeys' }, 'pruning the applied journey events failed'),
    );
  // A tick while a sweep is still running or queued adds none: a slow store does not pile sweeps up.
  const timer = setInterval(() => {
    if (pending > 0) return;
    void sweep();
    void prune();
  }, intervalMs);
  timer.unref();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      await chain;
    },
  };
}

/**
 * The consumer (for the workflows service's `consumers`) keeping the journeys in the workflows store
 * `db`: each event applied once (by id), then a sweep. A new group reads the stream from its start,
 * so the journeys of events still on the bus are built; the event ids make a replay harmless.
 */
export function journeyConsumer(db: SqlDatabase, store: WorkflowStore, group = 'workflows-journeys'): SubscribeOptions {
  return {
    group,
    from: 'all',
    async handler(event) {
      if (event.source === 'HUB') return;
      if (!(await applyJourneyEvent(db, event))) return;
      // The event is applied: a failed sweep is left to the next one (the timer's), not redelivered.
      await sweepJourneys(db, store).catch((error: unknown) => logger.warn({ err: error, origin: 'journeys' }, 'journey sweep after an event failed'));
    },
  };
}
