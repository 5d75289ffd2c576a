/**
 * The ERP's system-API writes on the bundled store. Each runs in `systemWrite` (idempotent on the
 * request key, rows and outbox events in one transaction) and checks the ERP's own rules first.
 */
import { toHubId } from '../../shared/ids.ts';
import { valueOfHours } from '../../shared/money.ts';
import { placeholders, type SqlDatabase, type SqlRow } from '../../shared/sql.ts';
import { nextNumber, numberedId, RuleViolation, systemWrite, type EntityChange } from '../../shared/system-api.ts';
import { billingEventStatuses, costPostingStatuses, erpProjectStatuses } from './labels.ts';
import type { ErpProjectRecord, FinanceWrites, RateCardRecord } from './types.ts';

/** GL account of time cost postings (professional services labour). */
const TIME_COST_ACCOUNT = '5100';

async function insert(tx: SqlDatabase, table: string, row: SqlRow): Promise<void> {
  const columns = Object.keys(row);
  await tx.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders(columns.length)})`, columns.map((c) => row[c] as string | number | null));
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
        await insert(tx, 'erp_customer', row);
        await tx.run('INSERT INTO xref (hub_id, entity_type, system, native_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [hubId, 'Customer', 'ERP', row.id]);
        await scope.emit({ type: 'ErpCustomerCreated', aggregateId: hubId, toState: 'ACTIVE', data: { erpCustomerId: row.id } });
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
        await insert(tx, 'erp_project', row as unknown as SqlRow);
        await tx.run('INSERT INTO xref (hub_id, entity_type, system, native_id) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [hubId, 'Project', 'ERP', row.id]);
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
          await insert(tx, 'billing_schedule_line', scheduleLine);
          changes.push({ entity: 'BillingScheduleLine', entityId: scheduleLine.id, before: null, after: scheduleLine });
        }
        await scope.emit({ type: 'ProjectDimensionOpened', aggregateId: hubId, toState: 'OPEN', data: { erpProjectId: row.id } });
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
        const changes: EntityChange[] = [];
        const billable = new Map<string, typeof entries[number][]>();
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
          await insert(tx, 'cost_posting', posting);
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
            event_date: items.reduce((latest, item) => (item.date > latest ? item.date : latest), items[0].date),
          };
          await insert(tx, 'billing_event', event);
          for (const item of items) {
            await insert(tx, 'billing_item', {
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
          await scope.emit({ type: 'BillingEventGenerated', aggregateId: hubId, toState: 'GENERATED', data: { projectId: toHubId('Project', psaProjectId) } });
        }
        for (const psaProjectId of projects.keys()) {
          await scope.emit({ type: 'CostPosted', aggregateId: toHubId('Project', psaProjectId), data: { source: 'TIME', entries: entries.filter((e) => e.psaProjectId === psaProjectId).length } });
        }
        return { changes, result: { posted, costTotal, billingEventIds } };
      }),

    async rateCardOn(role, region, date) {
      const row = await db.get<RateCardRecord>(
        'SELECT * FROM rate_card WHERE role = ? AND region = ? AND effective_from <= ? AND (effective_to IS NULL OR effective_to >= ?) ORDER BY effective_from DESC LIMIT 1',
        [role, region, date, date],
      );
      return row ?? null;
    },

    async projectByPsaId(psaProjectId) {
      return (await db.get<ErpProjectRecord>('SELECT * FROM erp_project WHERE psa_project_id = ?', [psaProjectId])) ?? null;
    },
  };
}
