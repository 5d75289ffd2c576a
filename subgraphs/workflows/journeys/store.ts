/**
 * The journeys' rows in the workflows store (tables in connector/migrations.ts): applying an
 * event's moves (events.ts) once per event id, each SLO's clock per journey, and the reads of the
 * `journeys`, `journey` and `slos` queries.
 *
 * Safe with several consumers on one store: an event is applied in one transaction that first
 * claims its id in `journey_event` (a redelivery, or the same event handled by another process,
 * changes nothing), and journeys are written by upsert on their id, so two processes creating the
 * same journey at once end with one (on PostgreSQL the loser's serializable transaction is re-run
 * on fresh rows, on node:sqlite writers take turns).
 */
import type { DomainEvent } from '../../../platform/events/types.ts';
import { allWhereIn, countRows, placeholders, type SqlDatabase, type SqlParam } from '../../../platform/sql.ts';
import type { PageRequest } from '../../shared/pagination.ts';
import { journeyMoves, type JourneyMove, type LinkType } from './events.ts';
import { addTarget, slosInForce, type Slo } from './slos.ts';
import { JOURNEY_STAGES, type JourneyKind, type JourneyListFilter, type JourneyRecord, type JourneySloRecord } from './types.ts';

/** The journey of `subject`: `jny_` and the base64url of kind and subject (deterministic, so every process names it alike). */
export function journeyId(kind: JourneyKind, subject: string): string {
  return `jny_${Buffer.from(`${kind}:${subject}`, 'utf8').toString('base64url')}`;
}

/** The stages of a row, by name. */
export function stagesOf(row: Pick<JourneyRecord, 'stages'>): Record<string, string> {
  return JSON.parse(row.stages) as Record<string, string>;
}

/** Numbers as the drivers return them (PostgreSQL BIGINT as text). */
export function journeyRow(row: JourneyRecord): JourneyRecord {
  return {
    ...row,
    amount: row.amount === null ? null : Number(row.amount),
    cycle_time_seconds: row.cycle_time_seconds === null ? null : Number(row.cycle_time_seconds),
    breached: Number(row.breached),
  };
}

function sloRow(row: JourneySloRecord): JourneySloRecord {
  return { ...row, breached: Number(row.breached), exception_closed: Number(row.exception_closed) };
}

const JOURNEY_COLUMNS: readonly (keyof JourneyRecord)[] = [
  'id',
  'kind',
  'subject_id',
  'state',
  'stages',
  'customer_id',
  'project_id',
  'amount',
  'currency',
  'started_at',
  'completed_at',
  'cycle_time_seconds',
  'breached',
  'updated_at',
];

async function saveJourney(tx: SqlDatabase, row: JourneyRecord): Promise<void> {
  const updates = JOURNEY_COLUMNS.filter((column) => column !== 'id' && column !== 'kind' && column !== 'subject_id');
  await tx.run(
    `INSERT INTO journey (${JOURNEY_COLUMNS.join(', ')}) VALUES (${placeholders(JOURNEY_COLUMNS.length)})
     ON CONFLICT (id) DO UPDATE SET ${updates.map((column) => `${column} = excluded.${column}`).join(', ')}`,
    JOURNEY_COLUMNS.map((column) => row[column] as SqlParam),
  );
}

/** Whether a journey of `kind` with these stages has reached its end (a time batch with nothing billable ends once posted). */
function isComplete(kind: JourneyKind, stages: Record<string, string>, amount: number | null): boolean {
  const names = JOURNEY_STAGES[kind];
  if (kind === 'TIME_TO_BILL' && amount === 0) return Boolean(stages.APPROVED && stages.POSTED);
  return names.every((name) => stages[name]);
}

/** Applies one move to the journey `id` (its kind and subject), in `tx`, with the SLOs in force. */
async function applyMove(tx: SqlDatabase, move: JourneyMove, id: string, subject: string, at: string, slos: readonly Slo[]): Promise<void> {
  const found = await tx.get<JourneyRecord>('SELECT * FROM journey WHERE id = ?', [id]);
  if (!found && !move.reach && !move.link) return;
  const row: JourneyRecord = found
    ? journeyRow(found)
    : {
        id,
        kind: move.kind,
        subject_id: subject,
        state: 'IN_PROGRESS',
        stages: '{}',
        customer_id: null,
        project_id: null,
        amount: null,
        currency: null,
        started_at: at,
        completed_at: null,
        cycle_time_seconds: null,
        breached: 0,
        updated_at: at,
      };
  let stages = stagesOf(row);
  if (move.reach && move.restart && row.state === 'STOPPED') {
    // Approved again after its approval was undone: the journey starts over; missed SLOs stay on record.
    stages = {};
    row.state = 'IN_PROGRESS';
    await tx.run('DELETE FROM journey_slo WHERE journey_id = ? AND breached = 0', [id]);
  }
  if (move.stop && row.state === 'IN_PROGRESS') row.state = 'STOPPED';
  if (move.reach && row.state !== 'STOPPED' && !stages[move.reach]) stages[move.reach] = at;
  if (move.revert && stages[move.revert]) {
    delete stages[move.revert];
    if (move.revert === 'PROJECT_CREATED') row.project_id = null;
    await tx.run('UPDATE journey_slo SET reached_at = NULL WHERE journey_id = ? AND stage = ?', [id, move.revert]);
  }
  const facts = move.facts ?? {};
  row.customer_id ??= facts.customerId ?? null;
  row.project_id ??= facts.projectId ?? null;
  if (row.amount === null && facts.amount != null && facts.currency) {
    row.amount = facts.amount;
    row.currency = facts.currency;
  }
  for (const ref of move.link?.ids ?? []) {
    await tx.run('INSERT INTO journey_link (ref_type, ref_id, journey_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [move.link?.type, ref, id]);
  }

  // Times, state and cycle time from the stages.
  const times = Object.values(stages).sort();
  if (times.length > 0) row.started_at = times[0];
  if (row.state !== 'STOPPED') row.state = isComplete(row.kind, stages, row.amount) ? 'COMPLETED' : 'IN_PROGRESS';
  row.completed_at = row.state === 'COMPLETED' ? (times.at(-1) ?? null) : null;
  row.cycle_time_seconds = row.completed_at ? (Date.parse(row.completed_at) - Date.parse(row.started_at)) / 1000 : null;
  row.stages = JSON.stringify(stages);

  // Each SLO's clock starts when its start stage is reached; its stage is met or missed once reached.
  for (const slo of slos.filter((candidate) => candidate.kind === row.kind)) {
    const from = stages[slo.fromStage];
    const reached = stages[slo.toStage] ?? null;
    const clock = await tx.get<JourneySloRecord>('SELECT * FROM journey_slo WHERE journey_id = ? AND slo = ?', [id, slo.name]);
    if (!clock) {
      if (!from) continue;
      const due = addTarget(from, slo.target);
      await tx.run(
        'INSERT INTO journey_slo (journey_id, slo, stage, clock_from, due_at, reached_at, breached, exception_id, exception_closed) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0)',
        [id, slo.name, slo.toStage, from, due, reached, reached !== null && reached > due ? 1 : 0],
      );
    } else if (clock.reached_at === null && reached !== null) {
      await tx.run(
        'UPDATE journey_slo SET reached_at = ?, breached = CASE WHEN breached = 1 OR ? > due_at THEN 1 ELSE 0 END WHERE journey_id = ? AND slo = ?',
        [reached, reached, id, slo.name],
      );
    }
  }
  row.breached = (await tx.get('SELECT 1 AS x FROM journey_slo WHERE journey_id = ? AND breached = 1 LIMIT 1', [id])) ? 1 : 0;
  row.updated_at = new Date().toISOString();
  await saveJourney(tx, row);
}

/** The journeys a move is about: its subject's, or those linked to its ids (of its kind). */
async function targetsOf(tx: SqlDatabase, move: JourneyMove): Promise<{ id: string; subject: string }[]> {
  if (move.subject) return [{ id: journeyId(move.kind, move.subject), subject: move.subject }];
  if (!move.linked || move.linked.ids.length === 0) return [];
  const rows = await allWhereIn<{ journey_id: string; subject_id: string; kind: string }>(
    tx,
    'SELECT DISTINCT l.journey_id, j.subject_id, j.kind FROM journey_link l JOIN journey j ON j.id = l.journey_id WHERE l.ref_type = ? AND l.ref_id IN (:ids)',
    move.linked.ids,
    [move.linked.type as LinkType],
  );
  const unique = new Map(rows.filter((row) => row.kind === move.kind).map((row) => [row.journey_id, row.subject_id]));
  return [...unique].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, subject]) => ({ id, subject }));
}

/**
 * Applies `event` to the journeys, once per event id whatever the number of deliveries and
 * processes. Resolves to whether it changed anything (false: not a journey event, or applied before).
 */
export async function applyJourneyEvent(db: SqlDatabase, event: DomainEvent): Promise<boolean> {
  const moves = journeyMoves(event);
  if (moves.length === 0) return false;
  const slos = slosInForce();
  const at = Number.isFinite(Date.parse(event.occurredAt)) ? new Date(event.occurredAt).toISOString() : new Date().toISOString();
  return db.transaction(async (tx) => {
    const claimed = await tx.run('INSERT INTO journey_event (event_id, type, applied_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [
      event.id,
      event.type,
      new Date().toISOString(),
    ]);
    if (claimed === 0) return false;
    for (const move of moves) for (const target of await targetsOf(tx, move)) await applyMove(tx, move, target.id, target.subject, at, slos);
    return true;
  });
}

class Where {
  readonly clauses: string[] = [];
  readonly params: SqlParam[] = [];
  when(value: SqlParam | null | undefined, clause: string): this {
    if (value !== null && value !== undefined) {
      this.clauses.push(clause);
      this.params.push(value);
    }
    return this;
  }
  sql(extra: string[] = []): string {
    const all = [...this.clauses, ...extra];
    return all.length > 0 ? `WHERE ${all.join(' AND ')}` : '';
  }
}

function journeyWhere(filter: JourneyListFilter): Where {
  return new Where()
    .when(filter.kind, 'kind = ?')
    .when(filter.state, 'state = ?')
    .when(filter.customerId, 'customer_id = ?')
    .when(filter.projectId, 'project_id = ?')
    .when(filter.breached === null ? null : filter.breached ? 1 : 0, 'breached = ?')
    .when(filter.from, 'started_at >= ?')
    .when(filter.to, 'started_at <= ?');
}

/** Journeys newest first (by start, then id), keyset-paged on `<started_at>|<id>`. */
export async function listJourneys(db: SqlDatabase, filter: JourneyListFilter, page: PageRequest): Promise<JourneyRecord[]> {
  const where = journeyWhere(filter);
  const extra: string[] = [];
  const params = [...where.params];
  if (page.afterKey !== null) {
    const [startedAt, id] = splitKey(page.afterKey);
    extra.push('(started_at < ? OR (started_at = ? AND id < ?))');
    params.push(startedAt, startedAt, id);
  }
  const rows = await db.all<JourneyRecord>(`SELECT * FROM journey ${where.sql(extra)} ORDER BY started_at DESC, id DESC LIMIT ?`, [...params, page.limit + 1]);
  return rows.map(journeyRow);
}

/** The two halves of a journey cursor's key; one that is not `<instant>|<id>` matches nothing. */
function splitKey(key: string): [string, string] {
  const at = key.indexOf('|');
  return at < 0 ? ['', ''] : [key.slice(0, at), key.slice(at + 1)];
}

export function countJourneys(db: SqlDatabase, filter: JourneyListFilter): Promise<number> {
  const where = journeyWhere(filter);
  return countRows(db, `SELECT COUNT(*) AS n FROM journey ${where.sql()}`, where.params);
}

export async function journeysByIds(db: SqlDatabase, ids: readonly string[]): Promise<JourneyRecord[]> {
  return (await allWhereIn<JourneyRecord>(db, 'SELECT * FROM journey WHERE id IN (:ids)', ids)).map(journeyRow);
}

/** Every SLO clock of the journeys `ids`. */
export async function slosOfJourneys(db: SqlDatabase, ids: readonly string[]): Promise<JourneySloRecord[]> {
  return (await allWhereIn<JourneySloRecord>(db, 'SELECT * FROM journey_slo WHERE journey_id IN (:ids) ORDER BY due_at, slo', ids)).map(sloRow);
}

/**
 * Met and missed clocks of each SLO among the journeys whose clock started at or after `since`:
 * met = reached by its due time; missed = reached late, or found overdue by the sweeper. Clocks
 * still running within their target, and those of stopped journeys never missed, count in neither.
 */
export async function sloCounts(db: SqlDatabase, since: string): Promise<Map<string, { met: number; breaches: number }>> {
  const rows = await db.all<{ slo: string; met: number; breaches: number }>(
    `SELECT s.slo AS slo,
            SUM(CASE WHEN s.breached = 0 AND s.reached_at IS NOT NULL THEN 1 ELSE 0 END) AS met,
            SUM(CASE WHEN s.breached = 1 THEN 1 ELSE 0 END) AS breaches
       FROM journey_slo s
      WHERE s.clock_from >= ?
      GROUP BY s.slo`,
    [since],
  );
  return new Map(rows.map((row) => [row.slo, { met: Number(row.met ?? 0), breaches: Number(row.breaches ?? 0) }]));
}

/** Clocks whose stage is overdue at `now` on journeys still in progress, with no exception raised yet. */
export async function overdueClocks(db: SqlDatabase, now: string, limit: number): Promise<JourneySloRecord[]> {
  const rows = await db.all<JourneySloRecord>(
    `SELECT s.* FROM journey_slo s JOIN journey j ON j.id = s.journey_id
      WHERE s.reached_at IS NULL AND s.exception_id IS NULL AND s.due_at <= ? AND j.state = 'IN_PROGRESS'
      ORDER BY s.due_at LIMIT ?`,
    [now, limit],
  );
  return rows.map(sloRow);
}

/** Records the miss of an overdue clock (and on its journey); false when it was reached meanwhile. */
export async function markOverdue(db: SqlDatabase, clock: Pick<JourneySloRecord, 'journey_id' | 'slo'>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx.run('UPDATE journey_slo SET breached = 1 WHERE journey_id = ? AND slo = ? AND reached_at IS NULL', [clock.journey_id, clock.slo]);
    if (changed === 0) return false;
    await tx.run('UPDATE journey SET breached = 1 WHERE id = ?', [clock.journey_id]);
    return true;
  });
}

export async function recordBreachException(db: SqlDatabase, clock: Pick<JourneySloRecord, 'journey_id' | 'slo'>, exceptionId: string): Promise<void> {
  await db.run('UPDATE journey_slo SET exception_id = ? WHERE journey_id = ? AND slo = ? AND exception_id IS NULL', [exceptionId, clock.journey_id, clock.slo]);
}

/** Clocks whose raised exception may be closed: the stage came (late), or the journey stopped. */
export async function closableClocks(db: SqlDatabase, limit: number): Promise<(JourneySloRecord & { state: string })[]> {
  const rows = await db.all<JourneySloRecord & { state: string }>(
    `SELECT s.*, j.state AS state FROM journey_slo s JOIN journey j ON j.id = s.journey_id
      WHERE s.exception_id IS NOT NULL AND s.exception_closed = 0 AND (s.reached_at IS NOT NULL OR j.state = 'STOPPED')
      ORDER BY s.due_at LIMIT ?`,
    [limit],
  );
  return rows.map((row) => ({ ...sloRow(row), state: row.state }));
}

export async function markExceptionClosed(db: SqlDatabase, clock: Pick<JourneySloRecord, 'journey_id' | 'slo'>): Promise<void> {
  await db.run('UPDATE journey_slo SET exception_closed = 1 WHERE journey_id = ? AND slo = ?', [clock.journey_id, clock.slo]);
}

/**
 * Forgets the ids of events applied before `before`: older than the bus keeps events
 * (OPSGRAPH_NATS_MAX_AGE_HOURS), none of them can be delivered again.
 */
export async function pruneAppliedEvents(db: SqlDatabase, before: string): Promise<number> {
  return db.run('DELETE FROM journey_event WHERE applied_at < ?', [before]);
}

/** Completed journeys' cycle times per kind, in the cumulative buckets `bounds` (seconds), for the metrics. */
export async function cycleTimeBuckets(db: SqlDatabase, bounds: readonly number[]): Promise<{ kind: string; count: number; sum: number; buckets: number[] }[]> {
  const columns = bounds.map((bound, index) => `SUM(CASE WHEN cycle_time_seconds <= ${Number(bound)} THEN 1 ELSE 0 END) AS b${index}`);
  const rows = await db.all<Record<string, unknown>>(
    `SELECT kind, COUNT(*) AS n, SUM(cycle_time_seconds) AS total, ${columns.join(', ')}
       FROM journey WHERE cycle_time_seconds IS NOT NULL GROUP BY kind`,
  );
  return rows.map((row) => ({
    kind: String(row.kind),
    count: Number(row.n),
    sum: Number(row.total ?? 0),
    buckets: bounds.map((_bound, index) => Number(row[`b${index}`] ?? 0)),
  }));
}
