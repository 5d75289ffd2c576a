/**
 * The DELIVERY's system API (`/system/graphql`, service credential only): the writes the workflows
 * service's steps make. Schema: schema/system/delivery.graphql. Ids arrive as hub ids (a malformed one
 * is BAD_USER_INPUT naming its argument); every rule is checked by the connector's write, in its
 * transaction, and refused as a coded RuleViolation.
 */
import type { RequestInfo } from '../../platform/http.ts';
import { badUserInput } from '../../platform/errors.ts';
import { nativeIdOf, toHubId } from '../shared/ids.ts';
import { formatHours } from '../shared/money.ts';
import { scalarResolvers } from '../shared/scalars.ts';
import { createSystemEndpoint, readSystemSdl, reconciliationFirstArg, toWriteResult, type SystemContext } from '../shared/system-api.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import type { DeliveryConnector } from './connector/types.ts';

export interface DeliverySystemContext extends SystemContext {
  connector: DeliveryConnector;
}

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Query: {
    async unsyncedWorklogs(_parent, { createdBefore, ids, first }, { connector }) {
      if (Number.isNaN(Date.parse(createdBefore))) throw badUserInput('createdBefore', `"${createdBefore}" is not an ISO 8601 instant`);
      if (ids && ids.length > 200) throw badUserInput('ids', `at most 200 worklogs, got ${ids.length}`);
      const nativeIds = ids?.map((id, i) => nativeIdOf('Worklog', id, `ids[${i}]`));
      const page = await connector.unsyncedWorklogs(new Date(createdBefore).toISOString(), reconciliationFirstArg(first), nativeIds);
      return {
        truncated: page.truncated,
        items: page.rows.map((row) => ({
          worklogId: toHubId('Worklog', row.id),
          nativeId: row.id,
          workItemKey: row.work_item_id,
          consultantId: toHubId('Consultant', row.worker_ref),
          date: row.work_date,
          hours: formatHours(row.hours),
          createdAt: row.created_at,
          projectId: toHubId('Project', row.project_ref),
          customerId: toHubId('Customer', row.customer_id),
        })),
      };
    },
  },
  Mutation: {
    provisionWorkspace: (_parent, { request, projectId, customerId, name, key, milestones }, { connector }) => {
      const input = {
        projectId: nativeIdOf('Project', projectId, 'projectId'),
        customerId: nativeIdOf('Customer', customerId, 'customerId'),
        name,
        key: key ?? null,
        milestones: (milestones ?? []).map((milestone) => ({
          milestoneId: nativeIdOf('Milestone', milestone.milestoneId, 'milestones'),
          name: milestone.name,
        })),
      };
      return toWriteResult(() => connector.provisionWorkspace(request, input));
    },
    removeWorkspace: (_parent, { request, workspaceId }, { connector }) =>
      toWriteResult(() => connector.removeWorkspace(request, nativeIdOf('Workspace', workspaceId, 'workspaceId'))),
    setWorkItemStatus: (_parent, { request, workItemId, status }, { connector }) =>
      toWriteResult(() => connector.setWorkItemStatus(request, nativeIdOf('WorkItem', workItemId, 'workItemId'), status)),
    recordWorklog: (_parent, { request, workItemId, consultantId, date, hours, comment }, { connector }) => {
      const input = {
        workItemId: nativeIdOf('WorkItem', workItemId, 'workItemId'),
        workerId: nativeIdOf('Consultant', consultantId, 'consultantId'),
        date,
        hours,
        comment: comment ?? null,
      };
      return toWriteResult(() => connector.recordWorklog(request, input));
    },
    markWorklogSynced: (_parent, { request, worklogId, timeEntryId }, { connector }) => {
      const worklog = nativeIdOf('Worklog', worklogId, 'worklogId');
      const timeEntry = nativeIdOf('TimeEntry', timeEntryId, 'timeEntryId');
      return toWriteResult(() => connector.markWorklogSynced(request, worklog, timeEntry));
    },
  },
};

/** The `/system/graphql` endpoint of the delivery subgraph. */
export function createDeliverySystemEndpoint(connector: DeliveryConnector) {
  return createSystemEndpoint<DeliverySystemContext>({
    name: 'delivery',
    typeDefs: readSystemSdl('delivery'),
    resolvers,
    createContext: async ({ correlationId }: RequestInfo) => ({ correlationId, connector }),
  });
}
