/**
 * The PSA's system API (`/system/graphql`, service credential only): the writes the workflows
 * service's steps make, over the connector's `ProjectsWrites`. Schema: schema/system/projects.graphql.
 */
import { dateArg, requiredDateArg } from '../shared/dates.ts';
import { badUserInput } from '../../platform/errors.ts';
import type { RequestInfo } from '../../platform/http.ts';
import { nativeIdOf, toHubId, tryNativeId } from '../shared/ids.ts';
import type { BillingModel } from '../shared/labels.ts';
import { formatHours, money } from '../shared/money.ts';
import { scalarResolvers } from '../shared/scalars.ts';
import {
  centiHoursArg,
  createSystemEndpoint,
  minorUnitsArg,
  readSystemSdl,
  reconciliationFirstArg,
  toWriteResult,
  type SystemContext,
} from '../shared/system-api.ts';
import type { Resolvers } from './__generated__/system-types.ts';
import { assignmentStatuses, changeOrderStatuses, milestoneStatuses, projectStages, timecardStatuses, type ProjectStatus } from './connector/labels.ts';
import { PSA_STORED_IDS, type ReconciliationTimeRecord } from './connector/reconciliation-reads.ts';
import { storedIdsResolver } from '../shared/stored-ids.ts';
import type { ProjectsConnector } from './connector/types.ts';

export interface ProjectsSystemContext extends SystemContext {
  connector: ProjectsConnector;
}

const BILLING_MODELS: readonly BillingModel[] = ['TIME_AND_MATERIALS', 'FIXED_FEE', 'MILESTONE', 'RETAINER'];

/**
 * A timecard's source reference (the delivery platform's worklog id): 1 to 64 printable ASCII
 * characters, no space (an id, compared exactly).
 */
const SOURCE_REF = /^[\x21-\x7e]{1,64}$/;

function sourceRefArg(text: string, argument: string): string {
  if (!SOURCE_REF.test(text)) throw badUserInput(argument, 'a source reference is 1 to 64 printable characters without spaces');
  return text;
}

const PROJECT_STATUSES = projectStages.labels.map((label) => projectStages.toCanonical(label));

/** A timecard as the system API shows it. */
function systemTimeEntry(row: ReconciliationTimeRecord) {
  return {
    id: toHubId('TimeEntry', row.id),
    projectId: toHubId('Project', row.project_id),
    consultantId: toHubId('Consultant', row.worker_id),
    assignmentId: row.assignment_id ? toHubId('Assignment', row.assignment_id) : null,
    role: row.role,
    date: row.work_date,
    hours: formatHours(row.hours),
    billable: row.billable === 1,
    status: timecardStatuses.toCanonical(row.status),
    billRate: money(row.bill_rate, row.currency).amount,
    costRate: money(row.cost_rate, row.currency).amount,
    currency: row.currency,
    version: row.version,
    sourceRef: row.source_ref,
  };
}

/** At most this many consultants per reconciliation read by consultant. */
const MAX_WORKER_DATES = 200;

function workerDatesArg(consultants: readonly { consultantId: string; date: string }[]) {
  if (consultants.length > MAX_WORKER_DATES) throw badUserInput('consultants', `at most ${MAX_WORKER_DATES} consultants, got ${consultants.length}`);
  return consultants.map((entry, i) => ({
    workerId: nativeIdOf('Consultant', entry.consultantId, `consultants[${i}].consultantId`),
    date: requiredDateArg(entry.date, `consultants[${i}].date`),
  }));
}

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Query: {
    async milestone(_parent, { id }, { connector }) {
      const nativeId = tryNativeId('Milestone', id);
      const row = nativeId ? await connector.milestoneById(nativeId) : null;
      if (!row) return null;
      return {
        id,
        projectId: toHubId('Project', row.project_id),
        name: row.name,
        status: milestoneStatuses.toCanonical(row.status),
        amount: row.amount === null ? null : money(row.amount, row.currency).amount,
        currency: row.currency,
        actualDate: row.actual_date,
        requiresSignoff: row.requires_signoff === 1,
        signedOff: row.signed_off_at !== null,
      };
    },
    async changeOrder(_parent, { id }, { connector }) {
      const nativeId = tryNativeId('ChangeOrder', id);
      const row = nativeId ? await connector.changeOrderById(nativeId) : null;
      if (!row) return null;
      return {
        id,
        projectId: toHubId('Project', row.project_id),
        status: changeOrderStatuses.toCanonical(row.status),
        reason: row.reason,
        deltaBookings: money(row.delta_bookings ?? 0, row.currency).amount,
        deltaBudgetHours: formatHours(row.delta_budget_hours ?? 0),
        currency: row.currency,
        addedRoles: JSON.stringify(
          (JSON.parse(row.added_roles) as { role: string; hours: number; startDate: string | null; endDate: string | null }[]).map((r) => ({
            ...r,
            hours: formatHours(r.hours),
          })),
        ),
      };
    },
    storedIds: storedIdsResolver<ProjectsSystemContext>(PSA_STORED_IDS, ({ connector }, source, request) => connector.storedIds(source.entityType, request)),
    async reconciliationProjects(_parent, { first }, { connector }) {
      const page = await connector.reconciliationProjects(reconciliationFirstArg(first));
      return {
        truncated: page.truncated,
        items: page.rows.map((row) => ({
          id: toHubId('Project', row.id),
          code: row.code,
          customerId: toHubId('Customer', row.account_id),
          contractId: row.contract_id ? toHubId('Contract', row.contract_id) : null,
          status: projectStages.toCanonical(row.stage),
          billingModel: row.billing_model,
          bookings: money(row.bookings, row.currency).amount,
          currency: row.currency,
          region: row.region,
        })),
      };
    },
    async staleApprovedTime(_parent, { before, first }, { connector }) {
      const page = await connector.staleApprovedTime(requiredDateArg(before, 'before'), reconciliationFirstArg(first));
      return { truncated: page.truncated, items: page.rows.map(systemTimeEntry) };
    },
    async timeAfterDates(_parent, { consultants, first }, { connector }) {
      const page = await connector.timeAfterDates(workerDatesArg(consultants), reconciliationFirstArg(first));
      return { truncated: page.truncated, items: page.rows.map(systemTimeEntry) };
    },
    async assignmentsAfterDates(_parent, { consultants, first }, { connector }) {
      const page = await connector.assignmentsAfterDates(workerDatesArg(consultants), reconciliationFirstArg(first));
      return {
        truncated: page.truncated,
        items: page.rows.map((row) => ({
          id: toHubId('Assignment', row.id),
          projectId: toHubId('Project', row.project_id),
          consultantId: toHubId('Consultant', row.worker_id),
          role: row.role,
          startDate: row.start_date,
          endDate: row.end_date,
          status: assignmentStatuses.toCanonical(row.status),
        })),
      };
    },
    async billRateSpans(_parent, { first }, { connector }) {
      const page = await connector.billRateSpans(reconciliationFirstArg(first));
      return {
        truncated: page.truncated,
        items: page.rows.map((row) => ({
          projectId: toHubId('Project', row.project_id),
          role: row.role,
          region: row.region,
          currency: row.currency,
          billRate: money(row.bill_rate, row.currency).amount,
          firstDate: row.first_date,
          lastDate: row.last_date,
          entries: row.entries,
        })),
      };
    },
    async timeAtRate(_parent, { projectId, role, billRate, from, to, first }, { connector }) {
      const nativeId = nativeIdOf('Project', projectId, 'projectId');
      const [project] = await connector.projectsByIds([nativeId]);
      if (!project) return { truncated: false, items: [] };
      const rate = minorUnitsArg(billRate, project.currency, 'billRate');
      const page = await connector.timeAtRate(nativeId, role, rate, requiredDateArg(from, 'from'), requiredDateArg(to, 'to'), reconciliationFirstArg(first));
      return { truncated: page.truncated, items: page.rows.map(systemTimeEntry) };
    },
    async postedTimeCounts(_parent, { first }, { connector }) {
      const page = await connector.postedTimeCounts(reconciliationFirstArg(first));
      return { truncated: page.truncated, items: page.rows.map((row) => ({ projectId: toHubId('Project', row.project_id), entries: row.entries })) };
    },
    async timeEntries(_parent, { ids }, { connector }) {
      const nativeIds = ids.map((id, i) => nativeIdOf('TimeEntry', id, `ids[${i}]`));
      const rows = await connector.timeEntriesWithRole(nativeIds);
      return nativeIds.flatMap((id) => {
        const row = rows.find((candidate) => candidate.id === id);
        if (!row) return [];
        return [
          {
            id: toHubId('TimeEntry', row.id),
            projectId: toHubId('Project', row.project_id),
            consultantId: toHubId('Consultant', row.worker_id),
            assignmentId: row.assignment_id ? toHubId('Assignment', row.assignment_id) : null,
            role: row.role,
            date: row.work_date,
            hours: formatHours(row.hours),
            billable: row.billable === 1,
            status: timecardStatuses.toCanonical(row.status),
            billRate: money(row.bill_rate, row.currency).amount,
            costRate: money(row.cost_rate, row.currency).amount,
            currency: row.currency,
            version: row.version,
            sourceRef: row.source_ref,
          },
        ];
      });
    },
  },
  Mutation: {
    markTimeInvoiced: (_parent, { request, timeEntryIds }, { connector }) =>
      toWriteResult(() =>
        connector.markTimeInvoiced(
          request,
          timeEntryIds.map((id, i) => nativeIdOf('TimeEntry', id, `timeEntryIds[${i}]`)),
        ),
      ),
    completeMilestone: (_parent, { request, milestoneId, actualDate }, { connector }) =>
      toWriteResult(() => connector.completeMilestone(request, nativeIdOf('Milestone', milestoneId, 'milestoneId'), requiredDateArg(actualDate, 'actualDate'))),
    signOffMilestone: (_parent, { request, milestoneId, signedOffBy }, { connector }) =>
      toWriteResult(() => connector.signOffMilestone(request, nativeIdOf('Milestone', milestoneId, 'milestoneId'), signedOffBy)),
    approveMilestone: (_parent, { request, milestoneId }, { connector }) =>
      toWriteResult(() => connector.approveMilestone(request, nativeIdOf('Milestone', milestoneId, 'milestoneId'))),
    reopenMilestone: (_parent, { request, milestoneId }, { connector }) =>
      toWriteResult(() => connector.reopenMilestone(request, nativeIdOf('Milestone', milestoneId, 'milestoneId'))),
    submitChangeOrder: async (_parent, { request, input }, { connector }) => {
      const projectId = nativeIdOf('Project', input.projectId, 'input.projectId');
      const [project] = await connector.projectsByIds([projectId]);
      const currency = project?.currency ?? 'USD';
      const order = {
        projectId,
        reason: input.reason,
        deltaBookings: minorUnitsArg(input.deltaBookings, currency, 'input.deltaBookings'),
        deltaBudgetHours: centiHoursArg(input.deltaBudgetHours, 'input.deltaBudgetHours'),
        addedRoles: input.addedRoles.map((r, i) => ({
          role: r.role,
          hours: centiHoursArg(r.hours, `input.addedRoles[${i}].hours`),
          startDate: dateArg(r.startDate, `input.addedRoles[${i}].startDate`),
          endDate: dateArg(r.endDate, `input.addedRoles[${i}].endDate`),
        })),
      };
      return toWriteResult(() => connector.submitChangeOrder(request, order));
    },
    decideChangeOrder: (_parent, { request, changeOrderId, approve }, { connector }) =>
      toWriteResult(() => connector.decideChangeOrder(request, nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId'), approve)),
    reopenChangeOrder: (_parent, { request, changeOrderId }, { connector }) =>
      toWriteResult(() => connector.reopenChangeOrder(request, nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId'))),
    applyChangeOrder: (_parent, { request, changeOrderId }, { connector }) =>
      toWriteResult(() => connector.applyChangeOrder(request, nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId'))),
    revertChangeOrder: (_parent, { request, changeOrderId }, { connector }) =>
      toWriteResult(() => connector.revertChangeOrder(request, nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId'))),
    createProject: (_parent, { request, input }, { connector }) => {
      if (!BILLING_MODELS.includes(input.billingModel as BillingModel))
        throw badUserInput('input.billingModel', `unknown billing model "${input.billingModel}"`);
      const project = {
        accountId: nativeIdOf('Customer', input.customerId, 'input.customerId'),
        opportunityId: nativeIdOf('Opportunity', input.opportunityId, 'input.opportunityId'),
        contractId: input.contractId ? nativeIdOf('Contract', input.contractId, 'input.contractId') : null,
        managerId: input.projectManagerId ? nativeIdOf('Consultant', input.projectManagerId, 'input.projectManagerId') : null,
        name: input.name,
        billingModel: input.billingModel as BillingModel,
        practice: input.practice ?? null,
        region: input.region ?? null,
        startDate: requiredDateArg(input.startDate, 'input.startDate'),
        endDate: requiredDateArg(input.endDate, 'input.endDate'),
        bookings: minorUnitsArg(input.bookings, input.currency, 'input.bookings'),
        currency: input.currency,
        budgetHours: input.budgetHours ? centiHoursArg(input.budgetHours, 'input.budgetHours') : null,
        milestones: input.milestones.map((m, i) => ({
          name: m.name,
          amount: m.amount ? minorUnitsArg(m.amount, input.currency, `input.milestones[${i}].amount`) : null,
          targetDate: dateArg(m.targetDate, `input.milestones[${i}].targetDate`),
          requiresSignoff: m.requiresSignoff,
        })),
        resourceRequests: input.resourceRequests.map((r, i) => ({
          role: r.role,
          hours: centiHoursArg(r.hours, `input.resourceRequests[${i}].hours`),
          startDate: dateArg(r.startDate, `input.resourceRequests[${i}].startDate`),
          endDate: dateArg(r.endDate, `input.resourceRequests[${i}].endDate`),
        })),
      };
      return toWriteResult(() => connector.createProject(request, project));
    },
    removeProject: (_parent, { request, projectId }, { connector }) =>
      toWriteResult(() => connector.removeProject(request, nativeIdOf('Project', projectId, 'projectId'))),
    changeProjectStatus: (_parent, { request, projectId, status, reason }, { connector }) => {
      if (!PROJECT_STATUSES.includes(status as ProjectStatus)) throw badUserInput('status', `unknown project status "${status}"`);
      return toWriteResult(() =>
        connector.changeProjectStatus(request, nativeIdOf('Project', projectId, 'projectId'), status as ProjectStatus, reason ?? null),
      );
    },
    createAssignment: (_parent, { request, input }, { connector }) => {
      const assignment = {
        projectId: nativeIdOf('Project', input.projectId, 'input.projectId'),
        workerId: nativeIdOf('Consultant', input.consultantId, 'input.consultantId'),
        role: input.role,
        startDate: requiredDateArg(input.startDate, 'input.startDate'),
        endDate: requiredDateArg(input.endDate, 'input.endDate'),
        allocationPct: input.allocationPct,
      };
      return toWriteResult(() => connector.createAssignment(request, assignment));
    },
    removeAssignment: (_parent, { request, assignmentId }, { connector }) =>
      toWriteResult(() => connector.removeAssignment(request, nativeIdOf('Assignment', assignmentId, 'assignmentId'))),
    logTime: async (_parent, { request, input }, { connector }) => {
      const projectId = nativeIdOf('Project', input.projectId, 'input.projectId');
      const [project] = await connector.projectsByIds([projectId]);
      const currency = project?.currency ?? 'USD';
      const entry = {
        projectId,
        workerId: nativeIdOf('Consultant', input.consultantId, 'input.consultantId'),
        date: requiredDateArg(input.date, 'input.date'),
        hours: centiHoursArg(input.hours, 'input.hours'),
        billable: input.billable,
        notes: input.notes ?? null,
        billRate: minorUnitsArg(input.billRate, currency, 'input.billRate'),
        costRate: minorUnitsArg(input.costRate, currency, 'input.costRate'),
        // Absent rather than null, so a write without one hashes as it always did (see NewTimeEntry).
        ...(input.sourceRef == null ? {} : { sourceRef: sourceRefArg(input.sourceRef, 'input.sourceRef') }),
      };
      return toWriteResult(() => connector.logTime(request, entry));
    },
    submitTime: (_parent, { request, timeEntryIds }, { connector }) =>
      toWriteResult(() =>
        connector.submitTime(
          request,
          timeEntryIds.map((id, i) => nativeIdOf('TimeEntry', id, `timeEntryIds[${i}]`)),
        ),
      ),
    approveTime: (_parent, { request, timeEntryIds }, { connector }) =>
      toWriteResult(() =>
        connector.approveTime(
          request,
          timeEntryIds.map((id, i) => nativeIdOf('TimeEntry', id, `timeEntryIds[${i}]`)),
        ),
      ),
    markTimePosted: (_parent, { request, timeEntryIds }, { connector }) =>
      toWriteResult(() =>
        connector.markTimePosted(
          request,
          timeEntryIds.map((id, i) => nativeIdOf('TimeEntry', id, `timeEntryIds[${i}]`)),
        ),
      ),
  },
};

/** The `/system/graphql` endpoint of the projects subgraph. */
export function createProjectsSystemEndpoint(connector: ProjectsConnector) {
  return createSystemEndpoint<ProjectsSystemContext>({
    name: 'projects',
    typeDefs: readSystemSdl('projects'),
    resolvers,
    createContext: async ({ correlationId }: RequestInfo) => ({ correlationId, connector }),
  });
}
