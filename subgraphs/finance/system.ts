/**
 * The ERP's system API (`/system/graphql`, service credential only): the writes the workflows
 * service's steps make, over the connector's `FinanceWrites`. Schema: schema/system/finance.graphql.
 */
import { requiredDateArg } from '../shared/dates.ts';
import type { RequestInfo } from '../../platform/http.ts';
import { nativeIdOf, toHubId } from '../shared/ids.ts';
import { money } from '../shared/money.ts';
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
import { erpProjectStatuses, invoiceStatuses } from './connector/labels.ts';
import { ERP_STORED_IDS, type Bounded, type InvoiceDriftRecord } from './connector/reconciliation-reads.ts';
import { storedIdsResolver } from '../shared/stored-ids.ts';
import type { FinanceConnector } from './connector/types.ts';
import { periodMutations, periodQueries } from './system-periods.ts';
import { badUserInput } from '../../platform/errors.ts';
import { currencyArg, MAX_RATES_PER_REQUEST, newExchangeRateArg, rateTypeArg } from './rate-args.ts';

export interface FinanceSystemContext extends SystemContext {
  connector: FinanceConnector;
}

/** Invoices with their sums, as the system API shows them. */
function invoiceDriftPage(page: Bounded<InvoiceDriftRecord>) {
  return {
    truncated: page.truncated,
    items: page.rows.map((row) => ({
      invoiceId: toHubId('Invoice', row.id),
      erpId: row.id,
      number: row.tran_id,
      status: invoiceStatuses.toCanonical(row.status),
      projectId: row.psa_project_id ? toHubId('Project', row.psa_project_id) : null,
      customerId: row.crm_account_id ? toHubId('Customer', row.crm_account_id) : null,
      currency: row.currency,
      total: money(row.total, row.currency).amount,
      paid: money(row.paid, row.currency).amount,
      lines: money(row.lines, row.currency).amount,
      items: row.items === null ? null : money(row.items, row.currency).amount,
    })),
  };
}

const resolvers: Resolvers = {
  Decimal: scalarResolvers.Decimal,
  Date: scalarResolvers.Date,
  Query: {
    ...periodQueries,
    storedIds: storedIdsResolver<FinanceSystemContext>(ERP_STORED_IDS, ({ connector }, source, request) => connector.storedIds(source.entityType, request)),
    async reconciliationProjects(_parent, { first }, { connector }) {
      const page = await connector.reconciliationProjects(reconciliationFirstArg(first));
      return {
        truncated: page.truncated,
        items: page.rows.map((row) => ({
          projectId: toHubId('Project', row.psa_project_id),
          erpId: row.id,
          status: erpProjectStatuses.toCanonical(row.status),
          currency: row.currency,
          customerId: row.crm_account_id ? toHubId('Customer', row.crm_account_id) : null,
        })),
      };
    },
    async milestonesBilledTwice(_parent, { first }, { connector }) {
      const page = await connector.milestonesBilledTwice(reconciliationFirstArg(first));
      return {
        truncated: page.truncated,
        items: page.rows.map((row) => ({
          milestoneId: toHubId('Milestone', row.source_ref),
          projectId: toHubId('Project', row.psa_project_id),
          customerId: row.crm_account_id ? toHubId('Customer', row.crm_account_id) : null,
          itemId: row.item_id,
          billingEventId: row.billing_event_id,
          invoiceId: row.invoice_id,
          amount: money(row.amount, row.currency).amount,
          currency: row.currency,
        })),
      };
    },
    paidInvoicesShort: async (_parent, { first }, { connector }) => invoiceDriftPage(await connector.paidInvoicesShort(reconciliationFirstArg(first))),
    invoiceTotalMismatches: async (_parent, { first }, { connector }) =>
      invoiceDriftPage(await connector.invoiceTotalMismatches(reconciliationFirstArg(first))),
    async rateCards(_parent, { first }, { connector }) {
      const page = await connector.rateCards(reconciliationFirstArg(first));
      return {
        truncated: page.truncated,
        items: page.rows.map((row) => ({
          id: row.id,
          role: row.role,
          region: row.region,
          currency: row.currency,
          billRate: money(row.bill_rate, row.currency).amount,
          effectiveFrom: row.effective_from,
          effectiveTo: row.effective_to,
        })),
      };
    },
    async timeCostPostingCounts(_parent, { first }, { connector }) {
      const page = await connector.timeCostPostingCounts(reconciliationFirstArg(first));
      return { truncated: page.truncated, items: page.rows.map((row) => ({ projectId: toHubId('Project', row.psa_project_id), postings: row.postings })) };
    },
    async billingSummary(_parent, { projectId }, { connector }) {
      const row = await connector.billingSummary(nativeIdOf('Project', projectId, 'projectId'));
      if (!row) return null;
      return {
        currency: row.currency,
        billedToDate: money(row.billed_to_date, row.currency).amount,
        releasedEvents: row.released_events,
        releasedAmount: money(row.released_amount, row.currency).amount,
        releasableEvents: row.releasable_events,
      };
    },
    async rateCard(_parent, { role, region, currency, date }, { connector }) {
      const row = await connector.rateCardOn(role, region, currencyArg(currency, 'currency'), requiredDateArg(date, 'date'));
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
    async exchangeRate(_parent, { from, to, rateType, date }, { connector }) {
      const query = {
        from: currencyArg(from, 'from'),
        to: currencyArg(to, 'to'),
        rateType: rateTypeArg(rateType, 'rateType'),
        date: requiredDateArg(date, 'date'),
      };
      const [row] = await connector.ratesInForce([query]);
      return row ? { from: row.from_currency, to: row.to_currency, rateType: row.rate_type, effectiveDate: row.effective_date, rate: row.rate } : null;
    },
    async projectDimension(_parent, { projectId }, { connector }) {
      const row = await connector.projectByPsaId(nativeIdOf('Project', projectId, 'projectId'));
      if (!row) return null;
      return { erpId: row.id, status: erpProjectStatuses.toCanonical(row.status), currency: row.currency };
    },
  },
  Mutation: {
    ...periodMutations,
    recordExchangeRates: (_parent, { request, rates }, { connector }) => {
      if (rates.length < 1 || rates.length > MAX_RATES_PER_REQUEST)
        throw badUserInput('rates', `must hold 1 to ${MAX_RATES_PER_REQUEST} rates, got ${rates.length}`);
      const checked = rates.map((rate, i) => newExchangeRateArg(rate, `rates[${i}]`));
      const keys = new Set<string>();
      for (const [i, rate] of checked.entries()) {
        const key = [rate.from, rate.to, rate.rateType, rate.effectiveDate].join('|');
        if (keys.has(key)) throw badUserInput(`rates[${i}]`, `repeats ${rate.from}→${rate.to} ${rate.rateType} on ${rate.effectiveDate}`);
        keys.add(key);
      }
      return toWriteResult(() => connector.recordExchangeRates(request, checked));
    },
    billMilestone: (_parent, { request, input }, { connector }) => {
      const billing = {
        psaProjectId: nativeIdOf('Project', input.projectId, 'input.projectId'),
        milestoneId: nativeIdOf('Milestone', input.milestoneId, 'input.milestoneId'),
        milestoneName: input.milestoneName,
        amount: minorUnitsArg(input.amount, input.currency, 'input.amount'),
        cap: minorUnitsArg(input.cap, input.currency, 'input.cap'),
        date: requiredDateArg(input.date, 'input.date'),
      };
      return toWriteResult(() => connector.billMilestone(request, billing));
    },
    unbillMilestone: (_parent, { request, projectId, milestoneId }, { connector }) =>
      toWriteResult(() =>
        connector.unbillMilestone(request, nativeIdOf('Project', projectId, 'projectId'), nativeIdOf('Milestone', milestoneId, 'milestoneId')),
      ),
    releaseBilling: (_parent, { request, projectId }, { connector }) =>
      toWriteResult(() => connector.releaseBilling(request, nativeIdOf('Project', projectId, 'projectId'))),
    issueInvoice: (_parent, { request, projectId, issueDate }, { connector }) =>
      toWriteResult(() => connector.issueInvoice(request, nativeIdOf('Project', projectId, 'projectId'), requiredDateArg(issueDate, 'issueDate'))),
    recordPayment: async (_parent, { request, invoiceId, amount, paymentDate }, { connector }) => {
      const nativeId = nativeIdOf('Invoice', invoiceId, 'invoiceId');
      const [invoice] = await connector.invoicesByIds([nativeId]);
      const units = minorUnitsArg(amount, invoice?.currency ?? 'USD', 'amount');
      return toWriteResult(() => connector.recordPayment(request, nativeId, units, requiredDateArg(paymentDate, 'paymentDate')));
    },
    addScheduleLines: (_parent, { request, input }, { connector }) => {
      const lines = input.lines.map((line, i) => ({
        label: line.label,
        milestoneId: line.milestoneId ? nativeIdOf('Milestone', line.milestoneId, `input.lines[${i}].milestoneId`) : null,
        date: requiredDateArg(line.date, `input.lines[${i}].date`),
        amount: minorUnitsArg(line.amount, input.currency, `input.lines[${i}].amount`),
      }));
      return toWriteResult(() =>
        connector.addScheduleLines(
          request,
          nativeIdOf('Project', input.projectId, 'input.projectId'),
          nativeIdOf('ChangeOrder', input.changeOrderId, 'input.changeOrderId'),
          lines,
        ),
      );
    },
    removeScheduleLines: (_parent, { request, projectId, changeOrderId }, { connector }) =>
      toWriteResult(() =>
        connector.removeScheduleLines(request, nativeIdOf('Project', projectId, 'projectId'), nativeIdOf('ChangeOrder', changeOrderId, 'changeOrderId')),
      ),
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
          date: requiredDateArg(line.date, `input.billingSchedule[${i}].date`),
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
        date: requiredDateArg(entry.date, `entries[${i}].date`),
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
