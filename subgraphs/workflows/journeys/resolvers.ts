/**
 * Resolvers of the journeys (schema/workflows.graphql: Journey, SloBreach, Slo and their root
 * fields), over the journeys' rows (store.ts). A portal caller lists, counts and finds only its own
 * customer's journeys; `slos` and a breach's exception are for the roles of the exception queue
 * (@requiresRole, enforced before these run).
 */
import { badUserInput } from '../../../platform/errors.ts';
import { scopedCustomerFilter } from '../../shared/access.ts';
import { instantArg } from '../../shared/dates.ts';
import { tryNativeId } from '../../shared/ids.ts';
import { money } from '../../shared/money.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { JourneyResolvers, QueryResolvers, SloBreachResolvers } from '../__generated__/resolvers-types.ts';
import { describeTarget, slosInForce, windowDuration } from './slos.ts';
import { countJourneys, listJourneys, sloCounts, stagesOf } from './store.ts';
import { env } from '../../../platform/env.ts';
import type { SqlDatabase } from '../../../platform/sql.ts';
import { JOURNEY_STAGES, type JourneyListFilter, type SloReport } from './types.ts';

/** An id argument of `type`: malformed is BAD_USER_INPUT naming `argument`. */
function idArg(value: string | null | undefined, type: 'Customer' | 'Project', argument: string): string | null {
  if (value == null) return null;
  if (tryNativeId(type, value) === null) throw badUserInput(argument, `"${value.slice(0, 100)}" is not a valid ${type} id`);
  return value;
}

/** A journey cursor's key, `<started_at>|<id>`; anything else was not returned by this connection. */
function journeyCursorKey(key: string | null): string | null {
  if (key === null) return null;
  const at = key.indexOf('|');
  if (at < 0 || !Number.isFinite(Date.parse(key.slice(0, at))) || !key.slice(at + 1).startsWith('jny_')) {
    throw badUserInput('after', 'not a cursor returned by this connection');
  }
  return key;
}

/** Each SLO in force with its attainment over the window (OPSGRAPH_SLO_WINDOW_DAYS back from now). */
export async function sloAttainments(db: SqlDatabase): Promise<SloReport[]> {
  const since = new Date(Date.now() - env.sloWindowDays() * 86_400_000).toISOString();
  const counts = await sloCounts(db, since);
  return slosInForce().map((slo): SloReport => {
    const { met, breaches } = counts.get(slo.name) ?? { met: 0, breaches: 0 };
    return {
      name: slo.name,
      kind: slo.kind,
      fromStage: slo.fromStage,
      toStage: slo.toStage,
      target: describeTarget(slo.target),
      attainment: met + breaches === 0 ? null : met / (met + breaches),
      met,
      breaches,
      window: windowDuration(),
    };
  });
}

export const journeyQueries: Pick<QueryResolvers, 'journeys' | 'journey' | 'slos'> = {
  async journeys(_parent, args, { access, journeysDb }) {
    const page = pageRequest(args);
    journeyCursorKey(page.afterKey);
    const requested = idArg(args.filter?.customerId, 'Customer', 'filter.customerId');
    const filter: JourneyListFilter = {
      kind: args.filter?.kind ?? null,
      state: args.filter?.state ?? null,
      // A portal caller lists (and counts) only its own customer's journeys.
      customerId: scopedCustomerFilter(access, requested),
      projectId: idArg(args.filter?.projectId, 'Project', 'filter.projectId'),
      breached: args.filter?.breached ?? null,
      from: instantArg(args.filter?.from, 'filter.from'),
      to: instantArg(args.filter?.to, 'filter.to'),
    };
    if (filter.from && filter.to && filter.from > filter.to) throw badUserInput('filter.from', 'must not be after "to"');
    const rows = await listJourneys(journeysDb, filter, page);
    return toConnection(
      rows,
      page,
      (row) => `${row.started_at}|${row.id}`,
      (row) => row,
      () => countJourneys(journeysDb, filter),
    );
  },
  journey: (_parent, { id }, { loaders }) => loaders.journey.load(id),
  slos: (_parent, _args, { journeysDb }) => sloAttainments(journeysDb),
};

export const Journey: JourneyResolvers = {
  __resolveReference: ({ id }, { loaders }) => loaders.journey.load(id),
  async stages(row, _args, { loaders }) {
    const reached = stagesOf(row);
    const clocks = await loaders.clocksByJourney.load(row.id);
    return JOURNEY_STAGES[row.kind].map((name) => ({
      name,
      reachedAt: reached[name] ?? null,
      dueAt: clocks.find((clock) => clock.stage === name)?.due_at ?? null,
    }));
  },
  startedAt: (row) => row.started_at,
  completedAt: (row) => row.completed_at,
  cycleTimeSeconds: (row) => row.cycle_time_seconds,
  customer: (row) => (row.customer_id ? { id: row.customer_id } : null),
  project: (row) => (row.project_id ? { id: row.project_id } : null),
  amount: (row) => (row.amount !== null && row.currency ? money(row.amount, row.currency) : null),
  breached: (row) => row.breached === 1,
  breaches: async (row, _args, { loaders }) => (await loaders.clocksByJourney.load(row.id)).filter((clock) => clock.breached === 1),
};

export const SloBreach: SloBreachResolvers = {
  dueAt: (row) => row.due_at,
  reachedAt: (row) => row.reached_at,
  exception: (row, _args, { loaders }) => (row.exception_id ? loaders.exception.load(row.exception_id) : null),
};
