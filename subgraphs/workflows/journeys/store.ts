/**
 * The journeys' rows in the workflows store (tables in connector/migrations.ts): applying an
 * event's moves (events.ts) once per event id, each SLO's clock per journey, and the reads of the
 * `journeys`, `journey` and `slos` queries.
 *
 * Independent of the order events arrive in: each applied move is kept as a mark (`journey_mark`)
 * and a journey is derived again from all its marks, replayed in occurredAt order, whenever one of
 * its events is applied; what an event of one system finds its journey by (a project, a timecard, a
 * billing event, an invoice) is a link that applies whenever it was recorded.
 *
 * Safe with several consumers on one store: an event is applied in one transaction that first
 * claims its id in `journey_event` (a redelivery, or the same event handled by another process,
 * changes nothing), and journeys are written by upsert on their id, so two processes creating the
 * same journey at once end with one (on PostgreSQL the loser's serializable transaction is re-run
 * on fresh rows, on node:sqlite writers take turns).
 */
import type { DomainEvent } from '../../../platform/events/types.ts';
import { allWhereIn, countRows, insertRows, placeholders, type SqlDatabase, type SqlParam } from '../../../platform/sql.ts';
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

/** What a mark keeps of its move: everything but the ids it was found by (those are `journey_mark_ref` rows). */
interface MarkedMove {
  reach?: string;
  revert?: string;
  stop?: boolean;
  restart?: boolean;
  facts?: JourneyMove['facts'];
  /** Links to record from the journeys this mark applies to (a move found by its ids that links more ids). */
  link?: { type: LinkType; ids: readonly string[] };
  /** A mark of the migration that brings a journey kept before marks existed: it makes the journey exist. */
  create?: boolean;
}

/** One applied move of one event: a row of `journey_mark`. */
interface Mark {
  event_id: string;
  move_index: number;
  occurred_at: string;
  /** The subject's journey, or null for a move that finds its journeys by its ids. */
  journey_id: string | null;
  move: MarkedMove;
}

/** A move that undoes something: at one instant it comes after the moves that do, whatever its event id. */
const undoes = (move: MarkedMove) => Boolean(move.stop || move.revert);

/** The replay order: occurredAt, then what undoes after what does, then event id and the move's place in its event. */
function byOccurrence(a: Mark, b: Mark): number {
  if (a.occurred_at !== b.occurred_at) return a.occurred_at < b.occurred_at ? -1 : 1;
  const undo = Number(undoes(a.move)) - Number(undoes(b.move));
  if (undo !== 0) return undo;
  if (a.event_id !== b.event_id) return a.event_id < b.event_id ? -1 : 1;
  return a.move_index - b.move_index;
}

/** Whether a mark makes its journey exist: a move of its subject that reaches a stage or records links (as before marks, a bare stop creates nothing). */
const creates = (mark: Mark) => mark.journey_id !== null && Boolean(mark.move.reach || mark.move.link || mark.move.create);

async function insertLinks(tx: SqlDatabase, type: LinkType, ids: readonly string[], journey: string): Promise<number> {
  let added = 0;
  for (const ref of ids) {
    added += await tx.run('INSERT INTO journey_link (ref_type, ref_id, journey_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [type, ref, journey]);
  }
  return added;
}

/**
 * The marks of journey `id`: its subject's, and those found by an id linked to it, in replay
 * order. A link is a fact about ids, not a moment: a mark found by an id linked later (an invoice's
 * payment that came before its issue) applies as if the link had been there. A mark found that way
 * may link more ids to the journey (the invoice of a billing event); those are recorded and the
 * marks read again, until no link is added.
 */
async function marksOf(tx: SqlDatabase, id: string, kind: JourneyKind): Promise<Mark[]> {
  for (;;) {
    const rows = await tx.all<Omit<Mark, 'move'> & { move: string }>(
      `SELECT m.event_id, m.move_index, m.occurred_at, m.journey_id, m.move FROM journey_mark m WHERE m.journey_id = ?
       UNION
       SELECT m.event_id, m.move_index, m.occurred_at, m.journey_id, m.move
         FROM journey_link l
         JOIN journey_mark_ref r ON r.ref_type = l.ref_type AND r.ref_id = l.ref_id
         JOIN journey_mark m ON m.event_id = r.event_id AND m.move_index = r.move_index
        WHERE l.journey_id = ? AND m.kind = ?`,
      [id, id, kind],
    );
    const marks = rows.map((row): Mark => ({ ...row, move_index: Number(row.move_index), move: JSON.parse(row.move) as MarkedMove }));
    let added = 0;
    for (const mark of marks) if (mark.journey_id === null && mark.move.link) added += await insertLinks(tx, mark.move.link.type, mark.move.link.ids, id);
    if (added === 0) return marks.sort(byOccurrence);
  }
}

/** An SLO clock as the replay derives it. */
interface DerivedClock {
  slo: string;
  stage: string;
  from: string;
  due: string;
  /** The target it runs against (null: a clock recorded before targets were kept, whose due time stays). */
  target: string | null;
  reached: string | null;
  /** Missed before its journey started over: kept on record as missed. */
  kept: boolean;
}

/**
 * A clock starting at `from`: its target is the one it was first recorded with (a target applies to
 * clocks that start after it is set, and an earlier start found later does not change that), else
 * the one in force.
 */
function startClock(slo: Slo, from: string, reached: string | null, prior: JourneySloRecord | undefined): DerivedClock {
  const clock = { slo: slo.name, stage: slo.toStage, from, reached, kept: false };
  if (prior?.target) return { ...clock, target: prior.target, due: addTarget(from, prior.target) };
  if (prior && prior.clock_from === from) return { ...clock, target: null, due: prior.due_at };
  return { ...clock, target: slo.target, due: addTarget(from, slo.target) };
}

/** Whether a sweep found this clock's stage overdue (unreached past its due time). */
const foundOverdue = (clock: DerivedClock, prior: JourneySloRecord | undefined) => Boolean(prior?.overdue_at && clock.due <= prior.overdue_at);

/** A clock's miss: its stage reached after its due time; unreached, found overdue by a sweep (or kept as missed when its journey started over). */
function isMissed(clock: DerivedClock, prior: JourneySloRecord | undefined): boolean {
  if (clock.kept) return true;
  return clock.reached !== null ? clock.reached > clock.due : foundOverdue(clock, prior);
}

interface Derived {
  row: Omit<JourneyRecord, 'id' | 'kind' | 'subject_id' | 'breached' | 'updated_at'>;
  clocks: Map<string, DerivedClock>;
}

/**
 * The journey its marks make, replayed in occurredAt order: what applying its events in that order
 * one by one makes, whatever order they came in. `prior` holds the clocks recorded so far (their
 * targets, and when a sweep found them overdue).
 */
function replay(kind: JourneyKind, marks: readonly Mark[], slos: readonly Slo[], prior: ReadonlyMap<string, JourneySloRecord>): Derived {
  let stages: Record<string, string> = {};
  let state: JourneyRecord['state'] = 'IN_PROGRESS';
  const facts = { customer_id: null as string | null, project_id: null as string | null, amount: null as number | null, currency: null as string | null };
  const clocks = new Map<string, DerivedClock>();
  const own = slos.filter((slo) => slo.kind === kind);
  for (const { move, occurred_at: at } of marks) {
    if (move.reach && move.restart && state === 'STOPPED') {
      // Approved again after its approval was undone: the journey starts over; missed SLOs stay on record.
      stages = {};
      state = 'IN_PROGRESS';
      for (const [name, clock] of clocks) {
        if (isMissed(clock, prior.get(name)) || (clock.reached === null && clock.due <= at)) clock.kept = true;
        else clocks.delete(name);
      }
    }
    if (move.stop && state === 'IN_PROGRESS') state = 'STOPPED';
    if (move.reach && state !== 'STOPPED' && !stages[move.reach]) stages[move.reach] = at;
    if (move.revert && stages[move.revert]) {
      delete stages[move.revert];
      if (move.revert === 'PROJECT_CREATED') facts.project_id = null;
      for (const clock of clocks.values()) if (clock.stage === move.revert) clock.reached = null;
    }
    const known = move.facts ?? {};
    facts.customer_id ??= known.customerId ?? null;
    facts.project_id ??= known.projectId ?? null;
    if (facts.amount === null && known.amount != null && known.currency) {
      facts.amount = known.amount;
      facts.currency = known.currency;
    }
    if (state !== 'STOPPED') state = isComplete(kind, stages, facts.amount) ? 'COMPLETED' : 'IN_PROGRESS';
    // Each SLO's clock starts when its start stage is reached; its stage is met or missed once reached.
    for (const slo of own) {
      const clock = clocks.get(slo.name);
      const reached = stages[slo.toStage] ?? null;
      if (!clock) {
        if (stages[slo.fromStage]) clocks.set(slo.name, startClock(slo, stages[slo.fromStage], reached, prior.get(slo.name)));
      } else if (clock.reached === null && reached !== null) clock.reached = reached;
    }
  }
  const times = Object.values(stages).sort();
  const startedAt = times[0] ?? marks[0]?.occurred_at ?? new Date().toISOString();
  const completedAt = state === 'COMPLETED' ? (times.at(-1) ?? null) : null;
  return {
    row: {
      state,
      stages: JSON.stringify(stages),
      ...facts,
      started_at: startedAt,
      completed_at: completedAt,
      cycle_time_seconds: completedAt ? (Date.parse(completedAt) - Date.parse(startedAt)) / 1000 : null,
    },
    clocks,
  };
}

/**
 * Derives journey `id` from all its marks and writes it: its row, its SLO clocks (keeping what the
 * sweeper recorded on them: the exception raised, when it was found overdue), and, the first time it
 * completes, its cycle time for the histogram (kept: a later correction shows on the journey only).
 */
async function deriveJourney(tx: SqlDatabase, id: string, kind: JourneyKind, subject: string, slos: readonly Slo[]): Promise<void> {
  const marks = await marksOf(tx, id, kind);
  if (!marks.some(creates)) return;
  const priorRows = await tx.all<JourneySloRecord>('SELECT * FROM journey_slo WHERE journey_id = ?', [id]);
  const prior = new Map(priorRows.map((row) => [row.slo, sloRow(row)]));
  const { row, clocks } = replay(kind, marks, slos, prior);
  // A clock met until now whose miss a late event reveals forgets the exception closed as met: its miss gets its own.
  for (const slo of slos.filter((candidate) => candidate.kind === kind)) {
    const clock = clocks.get(slo.name);
    const before = prior.get(slo.name);
    if (!clock) {
      // A clock the replay no longer starts is forgotten, unless the sweeper raised an exception on it (kept on record).
      if (before && before.exception_id === null) await tx.run('DELETE FROM journey_slo WHERE journey_id = ? AND slo = ?', [id, slo.name]);
      continue;
    }
    await tx.run(
      `INSERT INTO journey_slo (journey_id, slo, stage, clock_from, due_at, reached_at, breached, exception_id, exception_closed, target, overdue_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, NULL)
       ON CONFLICT (journey_id, slo) DO UPDATE SET stage = excluded.stage, clock_from = excluded.clock_from, due_at = excluded.due_at,
         reached_at = excluded.reached_at, breached = excluded.breached, target = excluded.target,
         exception_id = CASE WHEN journey_slo.breached = 0 AND excluded.breached = 1 THEN NULL ELSE journey_slo.exception_id END,
         exception_closed = CASE WHEN journey_slo.breached = 0 AND excluded.breached = 1 THEN 0 ELSE journey_slo.exception_closed END`,
      [id, slo.name, clock.stage, clock.from, clock.due, clock.reached, isMissed(clock, before) ? 1 : 0, clock.target],
    );
  }
  const breached = (await tx.get('SELECT 1 AS x FROM journey_slo WHERE journey_id = ? AND breached = 1 LIMIT 1', [id])) ? 1 : 0;
  await saveJourney(tx, { id, kind, subject_id: subject, ...row, breached, updated_at: new Date().toISOString() });
  if (row.state === 'COMPLETED' && row.completed_at !== null && row.cycle_time_seconds !== null) {
    await tx.run(
      'INSERT INTO journey_cycle_time (journey_id, kind, cycle_time_seconds, completed_at, recorded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (journey_id) DO NOTHING',
      [id, kind, row.cycle_time_seconds, row.completed_at, new Date().toISOString()],
    );
  }
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

/** Records `move` (the `index`th of `event`) as a mark: on its subject's journey, or on the ids it finds its journeys by. */
async function recordMark(tx: SqlDatabase, eventId: string, index: number, move: JourneyMove, at: string): Promise<void> {
  const marked: MarkedMove = { reach: move.reach, revert: move.revert, stop: move.stop, restart: move.restart, facts: move.facts };
  if (move.subject) {
    const journey = journeyId(move.kind, move.subject);
    // A subject's links are recorded at once; the mark keeps that it made some (it makes its journey exist).
    if (move.link) {
      await insertLinks(tx, move.link.type, move.link.ids, journey);
      marked.link = { type: move.link.type, ids: [] };
    }
    await tx.run('INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move) VALUES (?, ?, ?, ?, ?, ?)', [
      eventId,
      index,
      move.kind,
      journey,
      at,
      JSON.stringify(marked),
    ]);
    return;
  }
  if (!move.linked || move.linked.ids.length === 0) return;
  if (move.link) marked.link = move.link;
  await tx.run('INSERT INTO journey_mark (event_id, move_index, kind, journey_id, occurred_at, move) VALUES (?, ?, ?, NULL, ?, ?)', [
    eventId,
    index,
    move.kind,
    at,
    JSON.stringify(marked),
  ]);
  const refs = [...new Set(move.linked.ids)].map((ref) => ({ ref_type: move.linked?.type, ref_id: ref, event_id: eventId, move_index: index }));
  await insertRows(tx, 'journey_mark_ref', refs);
}

/**
 * Applies `event` to the journeys, once per event id whatever the number of deliveries and
 * processes, in one transaction that claims the id: each of its moves is recorded as a mark, and
 * every journey it is about is derived again from all its marks in occurredAt order (so the order
 * events arrive in changes nothing). A move found by ids no journey is linked to yet waits as a
 * mark; the event that links them applies it. Resolves to whether it changed anything (false: not a
 * journey event, or applied before).
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
    const touched = new Map<string, { kind: JourneyKind; subject: string }>();
    for (const [index, move] of moves.entries()) {
      await recordMark(tx, event.id, index, move, at);
      for (const target of await targetsOf(tx, move)) touched.set(target.id, { kind: move.kind, subject: target.subject });
    }
    for (const [id, { kind, subject }] of [...touched].sort(([a], [b]) => (a < b ? -1 : 1))) await deriveJourney(tx, id, kind, subject, slos);
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

/** Records the miss of an overdue clock at `now` (and on its journey); false when it was reached meanwhile. */
export async function markOverdue(db: SqlDatabase, clock: Pick<JourneySloRecord, 'journey_id' | 'slo'>, now: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const changed = await tx.run(
      'UPDATE journey_slo SET breached = 1, overdue_at = COALESCE(overdue_at, ?) WHERE journey_id = ? AND slo = ? AND reached_at IS NULL',
      [now, clock.journey_id, clock.slo],
    );
    if (changed === 0) return false;
    await tx.run('UPDATE journey SET breached = 1 WHERE id = ?', [clock.journey_id]);
    return true;
  });
}

/**
 * Clocks whose stage was reached late with no exception raised: no sweep saw them overdue (their
 * events came together, or out of order). Each gets its exception as one found overdue would, so
 * that every miss has one whatever the order and timing of its events.
 */
export async function lateClocks(db: SqlDatabase, limit: number): Promise<JourneySloRecord[]> {
  const rows = await db.all<JourneySloRecord>(
    `SELECT s.* FROM journey_slo s
      WHERE s.reached_at IS NOT NULL AND s.breached = 1 AND s.exception_id IS NULL
      ORDER BY s.due_at LIMIT ?`,
    [limit],
  );
  return rows.map(sloRow);
}

/** Records the exception raised for a clock; false when another sweep recorded one first. */
export async function recordBreachException(db: SqlDatabase, clock: Pick<JourneySloRecord, 'journey_id' | 'slo'>, exceptionId: string): Promise<boolean> {
  return (
    (await db.run('UPDATE journey_slo SET exception_id = ? WHERE journey_id = ? AND slo = ? AND exception_id IS NULL', [
      exceptionId,
      clock.journey_id,
      clock.slo,
    ])) === 1
  );
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

/** The exception recorded on a clock, if any. */
export async function clockException(db: SqlDatabase, clock: Pick<JourneySloRecord, 'journey_id' | 'slo'>): Promise<string | null> {
  const row = await db.get<{ exception_id: string | null }>('SELECT exception_id FROM journey_slo WHERE journey_id = ? AND slo = ?', [
    clock.journey_id,
    clock.slo,
  ]);
  return row?.exception_id ?? null;
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

/**
 * Completed journeys' cycle times per kind, in the cumulative buckets `bounds` (seconds), for the
 * metrics: one observation per journey, recorded when it first completed (`journey_cycle_time`),
 * so the histogram only grows, whatever a late event corrects on the journey afterwards.
 */
export async function cycleTimeBuckets(db: SqlDatabase, bounds: readonly number[]): Promise<{ kind: string; count: number; sum: number; buckets: number[] }[]> {
  const columns = bounds.map((bound, index) => `SUM(CASE WHEN cycle_time_seconds <= ${Number(bound)} THEN 1 ELSE 0 END) AS b${index}`);
  const rows = await db.all<Record<string, unknown>>(
    `SELECT kind, COUNT(*) AS n, SUM(cycle_time_seconds) AS total, ${columns.join(', ')} FROM journey_cycle_time GROUP BY kind`,
  );
  return rows.map((row) => ({
    kind: String(row.kind),
    count: Number(row.n),
    sum: Number(row.total ?? 0),
    buckets: bounds.map((_bound, index) => Number(row[`b${index}`] ?? 0)),
  }));
}
