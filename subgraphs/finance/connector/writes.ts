/**
 * The ERP's system-API writes on the bundled store. Each runs in `systemWrite` (idempotent on the
 * request key, rows and outbox events in one transaction) and checks the ERP's own rules first.
 */
import { toHubId } from '../../shared/ids.ts';
import { recordXref } from '../../shared/xref.ts';
import { describeAmount, valueOfHours } from '../../shared/money.ts';
import { insertRow, placeholders, type SqlDatabase, type SqlRow } from '../../../platform/sql.ts';
import { nextNumber, numberedId, RuleViolation, systemWrite, type EntityChange } from '../../shared/system-api.ts';
import { addDays } from '../../shared/dates.ts';
import { billingEventStatuses, costPostingStatuses, erpProjectStatuses, invoiceStatuses } from './labels.ts';
import { assertPeriodOpen } from './periods.ts';
import type { ErpProjectRecord, FinanceWrites, RateCardRecord } from './types.ts';

/** GL account of time cost postings (professional services labour). */
const TIME_COST_ACCOUNT = '5100';

/** The hub id (CRM account) of an ERP customer, for the events' customer filter. */
async function customerHubId(tx: SqlDatabase, erpCustomerId: string): Promise<string | null> {
  const row = await tx.get<{ crm_account_id: string }>('SELECT crm_account_id FROM erp_customer WHERE id = ?', [erpCustomerId]);
  return row ? toHubId('Customer', row.crm_account_id) : null;
}

async function erpProjectOf(tx: SqlDatabase, psaProjectId: string): Promise<ErpProjectRecord> {
  const project = await tx.get<ErpProjectRecord>('SELECT * FROM erp_project WHERE psa_project_id = ?', [psaProjectId]);
  if (!project) throw new RuleViolation('PROJECT_NOT_IN_ERP', `The ERP has no dimension for project ${psaProjectId}`, ['projectId']);
  return project;
}

/** Billing items of a project's events that are not on hold (invoiced or not): the billing cap's "billed to date". */
async function billedToDate(db: SqlDatabase, erpProjectId: string): Promise<number> {
  const row = await db.get<{ total: number | null }>(
    'SELECT SUM(i.amount) AS total FROM billing_item i JOIN billing_event e ON e.id = i.billing_event_id WHERE e.project_id = ? AND e.hold_reason IS NULL',
    [erpProjectId],
  );
  return Number(row?.total ?? 0);
}

export function createSqlFinanceWrites(db: SqlDatabase): FinanceWrites {
  return {
    ensureCustomer: (request, customer) =>
      systemWrite(db, 'ERP', 'ensureCustomer', request, customer, async (scope) => {
        const { tx } = scope;
        const hubId = toHubId('Customer', customer.crmAccountId);
        const existing = await tx.get<SqlRow & { id: string }>('SELECT * FROM erp_customer WHERE crm_account_id = ?', [customer.crmAccountId]);
        if (existing) return { changes: [], result: { erpCustomerId: existing.id, created: false } };
        const row = {
          id: `CUST-${await nextNumber(tx, 'erp_customer', 'id', 'CUST-')}`,
          crm_account_id: customer.crmAccountId,
          name: customer.name,
          subsidiary: customer.subsidiary,
          currency: customer.currency,
          terms_days: customer.termsDays,
        };
        await insertRow(tx, 'erp_customer', row);
        await recordXref(tx, { system: 'ERP', entityType: 'Customer', nativeId: row.id }, hubId);
        await scope.emit({
          type: 'ErpCustomerCreated',
          aggregateId: hubId,
          toState: 'ACTIVE',
          data: { erpCustomerId: row.id, xrefs: [{ system: 'ERP', entityType: 'Customer', nativeId: row.id }] },
        });
        return { changes: [{ entity: 'ErpCustomer', entityId: hubId, before: null, after: row }], result: { erpCustomerId: row.id, created: true } };
      }),

    openProject: (request, project) =>
      systemWrite(db, 'ERP', 'openProject', request, project, async (scope) => {
        const { tx } = scope;
        const customer = await tx.get<{ id: string }>('SELECT id FROM erp_customer WHERE crm_account_id = ?', [project.crmAccountId]);
        if (!customer) throw new RuleViolation('CUSTOMER_NOT_IN_ERP', 'The ERP has no customer for this account', ['customerId']);
        const existing = await tx.get<ErpProjectRecord>('SELECT * FROM erp_project WHERE psa_project_id = ?', [project.psaProjectId]);
        if (existing) throw new RuleViolation('PROJECT_ALREADY_IN_ERP', `The ERP already has project ${existing.id}`, ['projectId']);
        const hubId = toHubId('Project', project.psaProjectId);
        const row: ErpProjectRecord = {
          id: `PJ-${await nextNumber(tx, 'erp_project', 'id', 'PJ-')}`,
          psa_project_id: project.psaProjectId,
          customer_id: customer.id,
          status: erpProjectStatuses.labelOf('OPEN'),
          currency: project.currency,
        };
        await insertRow(tx, 'erp_project', row as unknown as SqlRow);
        await recordXref(tx, { system: 'ERP', entityType: 'Project', nativeId: row.id }, hubId);
        const changes: EntityChange[] = [{ entity: 'ErpProject', entityId: hubId, before: null, after: row as unknown as SqlRow }];
        for (const line of project.billingSchedule) {
          const scheduleLine = {
            id: numberedId('BSL-', await nextNumber(tx, 'billing_schedule_line', 'id', 'BSL-'), 7),
            project_id: row.id,
            label: line.label,
            psa_milestone_id: line.milestoneId,
            scheduled_date: line.date,
            amount: line.amount,
            status: 'Scheduled',
          };
          await insertRow(tx, 'billing_schedule_line', scheduleLine);
          changes.push({ entity: 'BillingScheduleLine', entityId: scheduleLine.id, before: null, after: scheduleLine });
        }
        await scope.emit({
          type: 'ProjectDimensionOpened',
          aggregateId: hubId,
          toState: 'OPEN',
          data: { erpProjectId: row.id, xrefs: [{ system: 'ERP', entityType: 'Project', nativeId: row.id }] },
        });
        return { changes, result: { erpProjectId: row.id } };
      }),

    removeProject: (request, psaProjectId) =>
      systemWrite(db, 'ERP', 'removeProject', request, { psaProjectId }, async (scope) => {
        const { tx } = scope;
        const row = await tx.get<ErpProjectRecord>('SELECT * FROM erp_project WHERE psa_project_id = ?', [psaProjectId]);
        if (!row) return { changes: [], result: { removed: false } };
        for (const table of ['cost_posting', 'billing_event', 'invoice']) {
          const used = await tx.get(`SELECT 1 AS x FROM ${table} WHERE project_id = ? LIMIT 1`, [row.id]);
          if (used) throw new RuleViolation('PROJECT_HAS_POSTINGS', `ERP project ${row.id} already has ${table.replace('_', ' ')}s`, ['projectId']);
        }
        await tx.run('DELETE FROM billing_schedule_line WHERE project_id = ?', [row.id]);
        await tx.run('DELETE FROM erp_project WHERE id = ?', [row.id]);
        const hubId = toHubId('Project', psaProjectId);
        await tx.run('DELETE FROM xref WHERE hub_id = ? AND system = ?', [hubId, 'ERP']);
        await scope.emit({ type: 'ProjectDimensionRemoved', aggregateId: hubId, fromState: 'OPEN', toState: null });
        return { changes: [{ entity: 'ErpProject', entityId: hubId, before: row as unknown as SqlRow, after: null }], result: { removed: true } };
      }),

    postTime: (request, entries) =>
      systemWrite(db, 'ERP', 'postTime', request, entries, async (scope) => {
        const { tx } = scope;
        const projects = new Map<string, ErpProjectRecord>();
        for (const entry of entries) {
          if (projects.has(entry.psaProjectId)) continue;
          const project = await tx.get<ErpProjectRecord>('SELECT * FROM erp_project WHERE psa_project_id = ?', [entry.psaProjectId]);
          if (!project) throw new RuleViolation('PROJECT_NOT_IN_ERP', `The ERP has no dimension for project ${entry.psaProjectId}`, ['entries']);
          if (erpProjectStatuses.toCanonical(project.status) !== 'OPEN') {
            throw new RuleViolation('PROJECT_FINANCIALLY_CLOSED', `ERP project ${project.id} is financially closed: time cannot be posted`, ['entries']);
          }
          projects.set(entry.psaProjectId, project);
        }
        // Nothing posts into a closed accounting period of the project's legal entity.
        for (const entry of entries) await assertPeriodOpen(tx, (projects.get(entry.psaProjectId) as ErpProjectRecord).customer_id, entry.date, 'entries');
        const changes: EntityChange[] = [];
        const billable = new Map<string, (typeof entries)[number][]>();
        let posted = 0;
        let costTotal = 0;
        for (const entry of entries) {
          const project = projects.get(entry.psaProjectId) as ErpProjectRecord;
          const sourceRef = `${entry.timeEntryId}@v${entry.version}`;
          // One posting per timecard version, ever (unique index on source and source_ref).
          const already = await tx.get('SELECT 1 AS x FROM cost_posting WHERE source = ? AND source_ref = ?', ['TIME', sourceRef]);
          if (already) continue;
          const posting = {
            id: numberedId('CP-', await nextNumber(tx, 'cost_posting', 'id', 'CP-'), 7),
            project_id: project.id,
            source: 'TIME',
            source_ref: sourceRef,
            gl_account: TIME_COST_ACCOUNT,
            amount: valueOfHours(entry.hours, entry.costRate),
            status: costPostingStatuses.labelOf('POSTED'),
            posted_at: new Date().toISOString(),
          };
          await insertRow(tx, 'cost_posting', posting);
          posted++;
          costTotal += posting.amount;
          changes.push({ entity: 'CostPosting', entityId: posting.id, before: null, after: posting });
          if (entry.billable) billable.set(project.id, [...(billable.get(project.id) ?? []), entry]);
        }
        const billingEventIds: string[] = [];
        for (const [erpProjectId, items] of billable) {
          const event = {
            id: numberedId('BE-', await nextNumber(tx, 'billing_event', 'id', 'BE-'), 6),
            project_id: erpProjectId,
            status: billingEventStatuses.labelOf('GENERATED'),
            hold_reason: null,
            // The latest of the items' dates (ISO dates sort as text).
            event_date: items.map((item) => item.date).sort()[items.length - 1],
          };
          await insertRow(tx, 'billing_event', event);
          for (const item of items) {
            await insertRow(tx, 'billing_item', {
              id: numberedId('BI-', await nextNumber(tx, 'billing_item', 'id', 'BI-'), 7),
              billing_event_id: event.id,
              kind: 'TIME',
              source_ref: item.timeEntryId,
              quantity: item.hours,
              unit_price: item.billRate,
              amount: valueOfHours(item.hours, item.billRate),
            });
          }
          const hubId = toHubId('BillingEvent', event.id);
          billingEventIds.push(hubId);
          changes.push({ entity: 'BillingEvent', entityId: hubId, before: null, after: event });
          const psaProjectId = items[0].psaProjectId;
          const customerId = await customerHubId(tx, (projects.get(psaProjectId) as ErpProjectRecord).customer_id);
          await scope.emit({
            type: 'BillingEventGenerated',
            aggregateId: hubId,
            toState: 'GENERATED',
            data: { billingEventId: hubId, projectId: toHubId('Project', psaProjectId), customerId },
          });
        }
        for (const [psaProjectId, project] of projects) {
          const timeEntryIds = entries
            .filter((e) => e.psaProjectId === psaProjectId)
            .map((e) => toHubId('TimeEntry', e.timeEntryId))
            .sort();
          const customerId = await customerHubId(tx, project.customer_id);
          await scope.emit({
            type: 'CostPosted',
            aggregateId: toHubId('Project', psaProjectId),
            // The timecards posted and their approval batch (the smallest timecard id, as TimeApproved names it), for the journeys.
            data: {
              source: 'TIME',
              entries: timeEntryIds.length,
              projectId: toHubId('Project', psaProjectId),
              customerId,
              timeEntryIds,
              batchId: timeEntryIds[0],
            },
          });
        }
        return { changes, result: { posted, costTotal, billingEventIds } };
      }),

    billMilestone: (request, billing) =>
      systemWrite(db, 'ERP', 'billMilestone', request, billing, async (scope) => {
        const { tx } = scope;
        const project = await erpProjectOf(tx, billing.psaProjectId);
        await assertPeriodOpen(tx, project.customer_id, billing.date, 'date');
        const existing = await tx.get<{ id: string }>(
          "SELECT e.id FROM billing_event e JOIN billing_item i ON i.billing_event_id = e.id WHERE e.project_id = ? AND i.kind = 'MILESTONE' AND i.source_ref = ?",
          [project.id, billing.milestoneId],
        );
        if (existing)
          throw new RuleViolation('MILESTONE_ALREADY_BILLED', `Milestone ${billing.milestoneId} is already on billing event ${existing.id}`, ['milestoneId']);
        const billed = await billedToDate(tx, project.id);
        const overCap = billed + billing.amount > billing.cap;
        const event = {
          id: numberedId('BE-', await nextNumber(tx, 'billing_event', 'id', 'BE-'), 6),
          project_id: project.id,
          status: billingEventStatuses.labelOf(overCap ? 'GENERATED' : 'RELEASED'),
          hold_reason: overCap ? `Billing cap: ${billed + billing.amount} would pass the bookings of ${billing.cap}` : null,
          event_date: billing.date,
        };
        await insertRow(tx, 'billing_event', event);
        await insertRow(tx, 'billing_item', {
          id: numberedId('BI-', await nextNumber(tx, 'billing_item', 'id', 'BI-'), 7),
          billing_event_id: event.id,
          kind: 'MILESTONE',
          source_ref: billing.milestoneId,
          quantity: 100,
          unit_price: billing.amount,
          amount: billing.amount,
        });
        const hubId = toHubId('BillingEvent', event.id);
        const projectHubId = toHubId('Project', billing.psaProjectId);
        const customerId = await customerHubId(tx, project.customer_id);
        await scope.emit({
          type: 'BillingEventGenerated',
          aggregateId: hubId,
          toState: 'GENERATED',
          data: { billingEventId: hubId, projectId: projectHubId, customerId, kind: 'MILESTONE', milestoneId: toHubId('Milestone', billing.milestoneId) },
        });
        if (!overCap)
          await scope.emit({
            type: 'BillingEventReleased',
            aggregateId: hubId,
            fromState: 'GENERATED',
            toState: 'RELEASED',
            data: { billingEventId: hubId, projectId: projectHubId, customerId },
          });
        return { changes: [{ entity: 'BillingEvent', entityId: hubId, before: null, after: event }], result: { billingEventId: hubId, onHold: overCap } };
      }),

    unbillMilestone: (request, psaProjectId, milestoneId) =>
      systemWrite(db, 'ERP', 'unbillMilestone', request, { psaProjectId, milestoneId }, async (scope) => {
        const { tx } = scope;
        const event = await tx.get<SqlRow & { id: string; status: string }>(
          "SELECT e.* FROM billing_event e JOIN billing_item i ON i.billing_event_id = e.id JOIN erp_project p ON p.id = e.project_id WHERE p.psa_project_id = ? AND i.kind = 'MILESTONE' AND i.source_ref = ?",
          [psaProjectId, milestoneId],
        );
        if (!event) return { changes: [], result: { removed: false } };
        if (billingEventStatuses.toCanonical(event.status) === 'INVOICED')
          throw new RuleViolation('ALREADY_INVOICED', `Billing event ${event.id} is invoiced`, ['milestoneId']);
        await tx.run('DELETE FROM billing_item WHERE billing_event_id = ?', [event.id]);
        await tx.run('DELETE FROM billing_event WHERE id = ?', [event.id]);
        return { changes: [{ entity: 'BillingEvent', entityId: toHubId('BillingEvent', event.id), before: event, after: null }], result: { removed: true } };
      }),

    releaseBilling: (request, psaProjectId) =>
      systemWrite(db, 'ERP', 'releaseBilling', request, { psaProjectId }, async (scope) => {
        const { tx } = scope;
        const project = await erpProjectOf(tx, psaProjectId);
        const events = await tx.all<SqlRow & { id: string; status: string }>(
          'SELECT * FROM billing_event WHERE project_id = ? AND status = ? AND hold_reason IS NULL ORDER BY id',
          [project.id, billingEventStatuses.labelOf('GENERATED')],
        );
        // Checked here, in the write transaction: a concurrent release that took the events first leaves nothing.
        if (events.length === 0) throw new RuleViolation('NOTHING_TO_RELEASE', 'The project has no generated billing events without a hold', ['projectId']);
        const released = billingEventStatuses.labelOf('RELEASED');
        const changes: EntityChange[] = [];
        const customerId = await customerHubId(tx, project.customer_id);
        for (const event of events) {
          await tx.run('UPDATE billing_event SET status = ? WHERE id = ?', [released, event.id]);
          const hubId = toHubId('BillingEvent', event.id);
          changes.push({ entity: 'BillingEvent', entityId: hubId, before: event, after: { ...event, status: released } });
          await scope.emit({
            type: 'BillingEventReleased',
            aggregateId: hubId,
            fromState: 'GENERATED',
            toState: 'RELEASED',
            data: { billingEventId: hubId, projectId: toHubId('Project', psaProjectId), customerId },
          });
        }
        return { changes, result: { released: events.length } };
      }),

    issueInvoice: (request, psaProjectId, issueDate) =>
      systemWrite(db, 'ERP', 'issueInvoice', request, { psaProjectId, issueDate }, async (scope) => {
        const { tx } = scope;
        const project = await erpProjectOf(tx, psaProjectId);
        await assertPeriodOpen(tx, project.customer_id, issueDate, 'issueDate');
        const events = await tx.all<SqlRow & { id: string; event_date: string }>(
          'SELECT * FROM billing_event WHERE project_id = ? AND status = ? ORDER BY id',
          [project.id, billingEventStatuses.labelOf('RELEASED')],
        );
        if (events.length === 0) throw new RuleViolation('NOTHING_TO_INVOICE', 'The project has no released, uninvoiced billing events', ['projectId']);
        const customer = await tx.get<{ id: string; terms_days: number; currency: string }>('SELECT id, terms_days, currency FROM erp_customer WHERE id = ?', [
          project.customer_id,
        ]);
        if (!customer) throw new RuleViolation('CUSTOMER_NOT_IN_ERP', 'The ERP has no customer for this project', ['projectId']);
        if (customer.currency !== project.currency) {
          throw new RuleViolation('CURRENCY_MISMATCH', `The customer is billed in ${customer.currency}, the project in ${project.currency}`, ['projectId']);
        }
        const items = await tx.all<{ billing_event_id: string; kind: string; source_ref: string | null; amount: number }>(
          `SELECT billing_event_id, kind, source_ref, amount FROM billing_item WHERE billing_event_id IN (${placeholders(events.length)}) ORDER BY id`,
          events.map((event) => event.id),
        );
        const year = issueDate.slice(0, 4);
        const invoice = {
          id: numberedId('INV-', await nextNumber(tx, 'invoice', 'id', 'INV-'), 6),
          tran_id: numberedId(`OG-${year}-`, await nextNumber(tx, 'invoice', 'tran_id', `OG-${year}-`), 6),
          customer_id: customer.id,
          project_id: project.id,
          status: invoiceStatuses.labelOf('ISSUED'),
          issue_date: issueDate,
          due_date: addDays(issueDate, customer.terms_days),
          currency: project.currency,
          total: items.reduce((sum, item) => sum + Number(item.amount), 0),
        };
        await insertRow(tx, 'invoice', invoice);
        const invoiced = billingEventStatuses.labelOf('INVOICED');
        for (const [index, event] of events.entries()) {
          const eventItems = items.filter((item) => item.billing_event_id === event.id);
          const kind = eventItems.every((item) => item.kind === 'TIME') ? 'TIME' : (eventItems[0]?.kind ?? 'ADJUSTMENT');
          await insertRow(tx, 'invoice_line', {
            invoice_id: invoice.id,
            line_no: index + 1,
            billing_event_id: event.id,
            kind,
            description: kind === 'TIME' ? `Professional services to ${event.event_date}` : `Billing event ${event.id}`,
            amount: eventItems.reduce((sum, item) => sum + Number(item.amount), 0),
          });
          await tx.run('UPDATE billing_event SET status = ? WHERE id = ?', [invoiced, event.id]);
        }
        const hubId = toHubId('Invoice', invoice.id);
        await recordXref(tx, { system: 'ERP', entityType: 'Invoice', nativeId: invoice.id }, hubId);
        const timeEntryIds = items.filter((item) => item.kind === 'TIME' && item.source_ref).map((item) => toHubId('TimeEntry', item.source_ref as string));
        await scope.emit({
          type: 'InvoiceIssued',
          aggregateId: hubId,
          toState: 'ISSUED',
          data: {
            invoiceId: hubId,
            projectId: toHubId('Project', psaProjectId),
            customerId: await customerHubId(tx, customer.id),
            total: invoice.total,
            currency: invoice.currency,
            xrefs: [{ system: 'ERP', entityType: 'Invoice', nativeId: invoice.id }],
            // What the invoice covers, for the journeys (docs/journeys.md).
            billingEventIds: events.map((event) => toHubId('BillingEvent', event.id)),
            timeEntryIds,
          },
        });
        return {
          changes: [{ entity: 'Invoice', entityId: hubId, before: null, after: invoice }],
          result: { invoiceId: hubId, number: invoice.tran_id, total: invoice.total, timeEntryIds },
        };
      }),

    recordPayment: (request, invoiceId, amount, paymentDate) =>
      systemWrite(db, 'ERP', 'recordPayment', request, { invoiceId, amount, paymentDate }, async (scope) => {
        const { tx } = scope;
        const invoice = await tx.get<SqlRow & { id: string; status: string; total: number; currency: string; project_id: string | null }>(
          'SELECT * FROM invoice WHERE id = ?',
          [invoiceId],
        );
        if (!invoice) throw new RuleViolation('INVOICE_NOT_FOUND', `No invoice ${invoiceId} in the ERP`, ['invoiceId']);
        const status = invoiceStatuses.toCanonical(invoice.status);
        if (status !== 'ISSUED' && status !== 'PARTIALLY_PAID')
          throw new RuleViolation('INVOICE_NOT_OPEN', `Invoice ${invoice.id} is ${status}`, ['invoiceId']);
        await assertPeriodOpen(tx, invoice.customer_id as string, paymentDate, 'paymentDate');
        const paid = Number((await tx.get<{ paid: number | null }>('SELECT SUM(amount) AS paid FROM payment WHERE invoice_id = ?', [invoice.id]))?.paid ?? 0);
        const balance = Number(invoice.total) - paid;
        if (amount <= 0 || amount > balance) {
          throw new RuleViolation(
            'PAYMENT_EXCEEDS_BALANCE',
            `The payment must be more than 0 and at most the balance of ${describeAmount(balance, invoice.currency)}`,
            ['amount'],
          );
        }
        // Numbered like the seeded payments (scripts/demo-data/generate.ts): PAY- and six digits.
        const payment = { id: numberedId('PAY-', await nextNumber(tx, 'payment', 'id', 'PAY-'), 6), invoice_id: invoice.id, payment_date: paymentDate, amount };
        await insertRow(tx, 'payment', payment);
        const next = amount === balance ? 'PAID' : 'PARTIALLY_PAID';
        const after = { ...invoice, status: invoiceStatuses.labelOf(next) };
        await tx.run('UPDATE invoice SET status = ? WHERE id = ?', [after.status, invoice.id]);
        const hubId = toHubId('Invoice', invoice.id);
        const projectRow = invoice.project_id
          ? await tx.get<{ psa_project_id: string }>('SELECT psa_project_id FROM erp_project WHERE id = ?', [invoice.project_id])
          : undefined;
        await scope.emit({
          type: next === 'PAID' ? 'InvoicePaid' : 'PaymentReceived',
          aggregateId: hubId,
          fromState: status,
          toState: next,
          data: {
            invoiceId: hubId,
            amount,
            currency: invoice.currency,
            projectId: projectRow ? toHubId('Project', projectRow.psa_project_id) : null,
            customerId: await customerHubId(tx, invoice.customer_id as string),
          },
        });
        return {
          changes: [
            { entity: 'Payment', entityId: toHubId('Payment', payment.id), before: null, after: payment },
            { entity: 'Invoice', entityId: hubId, before: invoice, after },
          ],
          result: { paymentId: toHubId('Payment', payment.id), invoiceId: hubId, status: next, balance: balance - amount },
        };
      }),

    addScheduleLines: (request, psaProjectId, changeOrderId, lines) =>
      systemWrite(db, 'ERP', 'addScheduleLines', request, { psaProjectId, changeOrderId, lines }, async (scope) => {
        const { tx } = scope;
        const project = await erpProjectOf(tx, psaProjectId);
        const changes: EntityChange[] = [];
        for (const line of lines) {
          const row = {
            id: numberedId('BSL-', await nextNumber(tx, 'billing_schedule_line', 'id', 'BSL-'), 7),
            project_id: project.id,
            label: line.label,
            psa_milestone_id: line.milestoneId,
            scheduled_date: line.date,
            amount: line.amount,
            status: 'Scheduled',
            change_order_id: changeOrderId,
          };
          await insertRow(tx, 'billing_schedule_line', row);
          changes.push({ entity: 'BillingScheduleLine', entityId: row.id, before: null, after: row });
        }
        await scope.emit({
          type: 'BillingScheduleAmended',
          aggregateId: toHubId('Project', psaProjectId),
          data: { changeOrderId: toHubId('ChangeOrder', changeOrderId), lines: lines.length },
        });
        return { changes, result: { lines: lines.length } };
      }),

    removeScheduleLines: (request, psaProjectId, changeOrderId) =>
      systemWrite(db, 'ERP', 'removeScheduleLines', request, { psaProjectId, changeOrderId }, async (scope) => {
        const { tx } = scope;
        const rows = await tx.all<SqlRow & { id: string }>(
          'SELECT l.* FROM billing_schedule_line l JOIN erp_project p ON p.id = l.project_id WHERE p.psa_project_id = ? AND l.change_order_id = ?',
          [psaProjectId, changeOrderId],
        );
        for (const row of rows) await tx.run('DELETE FROM billing_schedule_line WHERE id = ?', [row.id]);
        return {
          changes: rows.map((row) => ({ entity: 'BillingScheduleLine', entityId: row.id, before: row, after: null })),
          result: { removed: rows.length },
        };
      }),

    async billingSummary(psaProjectId) {
      const project = await db.get<ErpProjectRecord>('SELECT * FROM erp_project WHERE psa_project_id = ?', [psaProjectId]);
      if (!project) return null;
      const released = billingEventStatuses.labelOf('RELEASED');
      const row = await db.get<{ released_events: number; released_amount: number | null; releasable_events: number }>(
        `SELECT
           (SELECT COUNT(*) FROM billing_event WHERE project_id = ? AND status = ?) AS released_events,
           (SELECT SUM(i.amount) FROM billing_item i JOIN billing_event e ON e.id = i.billing_event_id WHERE e.project_id = ? AND e.status = ?) AS released_amount,
           (SELECT COUNT(*) FROM billing_event WHERE project_id = ? AND status = ? AND hold_reason IS NULL) AS releasable_events`,
        [project.id, released, project.id, released, project.id, billingEventStatuses.labelOf('GENERATED')],
      );
      return {
        currency: project.currency,
        billed_to_date: await billedToDate(db, project.id),
        released_events: Number(row?.released_events ?? 0),
        released_amount: Number(row?.released_amount ?? 0),
        releasable_events: Number(row?.releasable_events ?? 0),
      };
    },

    async rateCardOn(role, region, currency, date) {
      const row = await db.get<RateCardRecord>(
        'SELECT * FROM rate_card WHERE role = ? AND region = ? AND currency = ? AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?) ORDER BY effective_from DESC, id LIMIT 1',
        [role, region, currency, date, date],
      );
      return row ?? null;
    },

    async projectByPsaId(psaProjectId) {
      return (await db.get<ErpProjectRecord>('SELECT * FROM erp_project WHERE psa_project_id = ?', [psaProjectId])) ?? null;
    },
  };
}
