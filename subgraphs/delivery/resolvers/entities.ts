/**
 * Fields the delivery subgraph adds to other subgraphs' entities. The gateway sends their key only;
 * the loaders apply the row rule, so a portal caller sees its own customer's rows here too.
 */
import { badUserInput } from '../../../platform/errors.ts';
import { addDays, businessDate, dateArg, daysBetween } from '../../shared/dates.ts';
import { tryNativeId } from '../../shared/ids.ts';
import type { ConsultantResolvers, MilestoneResolvers, ProjectResolvers } from '../__generated__/resolvers-types.ts';

/** Longest worklog window, in days (both ends included): a leap year. */
const MAX_WINDOW_DAYS = 366;

/** A worklog window from optional ends (see the SDL of `Consultant.worklogs`); BAD_USER_INPUT naming the argument at fault. */
export function worklogWindow(fromArg: unknown, toArg: unknown): { from: string; to: string } {
  const given = { from: dateArg(fromArg, 'from'), to: dateArg(toArg, 'to') };
  const to = given.to ?? (given.from ? addDays(given.from, MAX_WINDOW_DAYS - 1) : businessDate());
  const from = given.from ?? addDays(to, -(MAX_WINDOW_DAYS - 1));
  if (from > to) throw badUserInput('from', 'must not be after "to"');
  if (daysBetween(from, to) + 1 > MAX_WINDOW_DAYS) throw badUserInput('to', `the window may span at most ${MAX_WINDOW_DAYS} days`);
  return { from, to };
}

export const Project: ProjectResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  workspace({ id }, _args, { loaders }) {
    const projectRef = tryNativeId('Project', id);
    return projectRef === null ? null : loaders.workspaceByProject.load(projectRef);
  },
};

export const Milestone: MilestoneResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  workItems({ id }, _args, { loaders }) {
    const milestoneRef = tryNativeId('Milestone', id);
    return milestoneRef === null ? [] : loaders.workItemsByMilestone.load(milestoneRef);
  },
};

export const Consultant: ConsultantResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  worklogs({ id }, args, { loaders }) {
    const { from, to } = worklogWindow(args.from, args.to);
    const workerRef = tryNativeId('Consultant', id);
    return workerRef === null ? [] : loaders.worklogsByWorker(`${from}|${to}`).load(workerRef);
  },
};
