import { instantArg } from '../../shared/dates.ts';
import { badUserInput } from '../../../platform/errors.ts';
import { pageRequest, toConnection } from '../../shared/pagination.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import type { ExceptionStatus, StoredWorkflowStatus } from '../connector/types.ts';
import { journeyQueries } from '../journeys/resolvers.ts';

const EXCEPTION_STATUSES: readonly ExceptionStatus[] = ['OPEN', 'RETRYING', 'RESOLVED'];

export const Query: QueryResolvers = {
  ...journeyQueries,
  workflow: (_parent, { id }, { loaders }) => loaders.workflow.load(id),
  exception: (_parent, { id }, { loaders }) => loaders.exception.load(id),
  async workflows(_parent, args, { access, store }) {
    const page = pageRequest(args);
    const statuses: StoredWorkflowStatus[] | null = args.filter?.status
      ? args.filter.status === 'RUNNING'
        ? ['RUNNING', 'COMPENSATING']
        : [args.filter.status]
      : null;
    // A portal caller lists (and counts) only the workflows about its own customer.
    const filter = { type: args.filter?.type ?? null, statuses, subjectId: args.filter?.subjectId ?? null, customerId: access.customerScope };
    const rows = await store.listWorkflows(filter, page);
    return toConnection(
      rows,
      page,
      (row) => `${row.started_at}|${row.id}`,
      (row) => row,
      () => store.countWorkflows(filter),
    );
  },
  async exceptions(_parent, args, { store }) {
    const page = pageRequest(args);
    const status = args.filter?.status ?? null;
    if (status !== null && !EXCEPTION_STATUSES.includes(status as ExceptionStatus)) {
      throw badUserInput('filter.status', `must be one of ${EXCEPTION_STATUSES.join(', ')}`);
    }
    const filter = {
      status: status as ExceptionStatus | null,
      kind: args.filter?.kind ?? null,
      projectId: args.filter?.projectId ?? null,
      customerId: args.filter?.customerId ?? null,
    };
    const rows = await store.listExceptions(filter, page);
    return toConnection(
      rows,
      page,
      (row) => `${row.raised_at}|${row.id}`,
      (row) => row,
      () => store.countExceptions(filter),
    );
  },
  reconciliationRun: (_parent, { id }, { loaders }) => loaders.run.load(id),
  async findings(_parent, args, { reconciliationStore }) {
    const page = pageRequest(args);
    const filter = {
      status: args.filter?.status ?? null,
      check: args.filter?.check ?? null,
      projectId: args.filter?.projectId ?? null,
      customerId: args.filter?.customerId ?? null,
    };
    const rows = await reconciliationStore.listFindings(filter, page);
    return toConnection(
      rows,
      page,
      (row) => `${row.detected_at}|${row.id}`,
      (row) => row,
      () => reconciliationStore.countFindings(filter),
    );
  },
  async auditLog(_parent, args, { store }) {
    const page = pageRequest(args);
    if (page.afterKey !== null && !/^\d+$/.test(page.afterKey)) throw badUserInput('after', 'not a cursor returned by this connection');
    const filter = {
      entityId: args.filter?.entityId ?? null,
      actor: args.filter?.actor ?? null,
      from: instantArg(args.filter?.from, 'filter.from'),
      to: instantArg(args.filter?.to, 'filter.to'),
    };
    if (filter.from && filter.to && filter.from > filter.to) throw badUserInput('filter.from', 'must not be after "to"');
    const rows = await store.listAudit(filter, page);
    return toConnection(
      rows,
      page,
      (row) => String(row.seq),
      (row) => row,
      () => store.countAudit(filter),
    );
  },
};
