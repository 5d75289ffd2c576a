/**
 * The ERP's system API (`/system/graphql`, service credential only): the writes the workflows
 * service's steps make, over the connector's `FinanceWrites`. Schema: schema/system/finance.graphql.
 */
import { dateArg } from '../shared/dates.ts';
import { badUserInput } from '../shared/errors.ts';
import type { RequestInfo } from '../shared/http.ts';
import { nativeIdOf } from '../shared/ids.ts';
import { money } from '../shared/money.ts';
import { scalarResolvers } from '../shared/scalars.ts';
import { centiHoursArg, createSystemEndpoint, minorUnitsArg, readSystemSdl, toWriteResult, type SystemContext } from '../shared/system-api.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import { erpProjectStatuses } from './connector/labels.ts';
import type { FinanceConnector } from './connector/types.ts';

export interface FinanceSystemContext extends SystemContext {
  connector: FinanceConnector;
}

function requiredDate(value: string, argument: string): string {
  const date = dateArg(value, argument);
  if (date === null) throw badUserInput(argument, 'is required');
  return date;
}

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Query: {
    async rateCard(_parent, { role, region, date }, { connector }) {
      const row = await connector.rateCardOn(role, region, requiredDate(date, 'date'));
      if (!row) return null;
      return {
        role: row.role,
        region: row.region,
        billRate: money(row.bill_rate, row.currency).amount,
        currency: row.currency,
        effectiveFrom: row.effective_from,
        effectiveTo: row.effective_to,
      };
    },
    async projectDimension(_parent, { projectId }, { connector }) {
      const row = await connector.projectByPsaId(nativeIdOf('Project', projectId, 'projectId'));
      if (!row) return null;
      return { erpId: row.id, status: erpProjectStatuses.toCanonical(row.status), currency: row.currency };
    },
  },
  Mutation: {
    ensureCustomer: (_parent, { request, input }, { connector }) => {
      const customer = {
        crmAccountId: nativeIdOf('Customer', input.customerId, 'input.customerId'),
        name: input.name,
        currency: input.currency,
        termsDays: input.paymentTermsDays,
        subsidiary: input.subsidiary ?? null,
      };
      return toWriteResult(() => connector.ensureCustomer(request, customer));
    },
    openProject: (_parent, { request, input }, { connector }) => {
      const project = {
        psaProjectId: nativeIdOf('Project', input.projectId, 'input.projectId'),
        crmAccountId: nativeIdOf('Customer', input.customerId, 'input.customerId'),
        currency: input.currency,
        billingSchedule: input.billingSchedule.map((line, i) => ({
          label: line.label,
          milestoneId: line.milestoneId ? nativeIdOf('Milestone', line.milestoneId, `input.billingSchedule[${i}].milestoneId`) : null,
          date: requiredDate(line.date, `input.billingSchedule[${i}].date`),
          amount: minorUnitsArg(line.amount, input.currency, `input.billingSchedule[${i}].amount`),
        })),
      };
      return toWriteResult(() => connector.openProject(request, project));
    },
    removeProject: (_parent, { request, projectId }, { connector }) =>
      toWriteResult(() => connector.removeProject(request, nativeIdOf('Project', projectId, 'projectId'))),
    postTime: (_parent, { request, entries }, { connector }) => {
      const postings = entries.map((entry, i) => ({
        timeEntryId: nativeIdOf('TimeEntry', entry.timeEntryId, `entries[${i}].timeEntryId`),
        version: entry.version,
        psaProjectId: nativeIdOf('Project', entry.projectId, `entries[${i}].projectId`),
        date: requiredDate(entry.date, `entries[${i}].date`),
        hours: centiHoursArg(entry.hours, `entries[${i}].hours`),
        billable: entry.billable,
        billRate: minorUnitsArg(entry.billRate, entry.currency, `entries[${i}].billRate`),
        costRate: minorUnitsArg(entry.costRate, entry.currency, `entries[${i}].costRate`),
      }));
      return toWriteResult(() => connector.postTime(request, postings));
    },
  },
};

/** The `/system/graphql` endpoint of the finance subgraph. */
export function createFinanceSystemEndpoint(connector: FinanceConnector) {
  return createSystemEndpoint<FinanceSystemContext>({
    name: 'finance',
    typeDefs: readSystemSdl('finance'),
    resolvers,
    createContext: async ({ correlationId }: RequestInfo) => ({ correlationId, connector }),
  });
}
