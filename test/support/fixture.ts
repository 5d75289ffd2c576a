/**
 * A small hand-built data set whose KPIs are computed by hand in test/kpis.test.ts.
 * Two customers, two projects (T&M and fixed fee), three consultants; business date 2026-11-15.
 */
import type { DomainStores } from '../../scripts/domain-stores.ts';
import { identityRegistryRows } from '../../scripts/demo-data/load.ts';
import { salesforceId, toHubId, type EntityType, type SourceSystem } from '../../subgraphs/shared/ids.ts';
import { insertRow, insertRows, type SqlRow } from '../../platform/sql.ts';

export const ACME = salesforceId('001', 1);
export const GLOBEX = salesforceId('001', 2);
export const ACME_ERP_DEAL = salesforceId('006', 1);
export const ACME_DATA_DEAL = salesforceId('006', 2);
export const GLOBEX_DEAL = salesforceId('006', 3);
export const ACME_ERP_CONTRACT = salesforceId('800', 1);
export const ACME_DATA_CONTRACT = salesforceId('800', 2);
export const ADA = 'W-00001';
export const GRACE = 'W-00002';
export const LINUS = 'W-00003';
export const ERP_PROJECT = 'PRJ-2026-0001';
export const DATA_PROJECT = 'PRJ-2026-0002';

export const hub = {
  acme: toHubId('Customer', ACME),
  globex: toHubId('Customer', GLOBEX),
  erpProject: toHubId('Project', ERP_PROJECT),
  dataProject: toHubId('Project', DATA_PROJECT),
  ada: toHubId('Consultant', ADA),
  grace: toHubId('Consultant', GRACE),
  acmeErpDeal: toHubId('Opportunity', ACME_ERP_DEAL),
  acmeErpContract: toHubId('Contract', ACME_ERP_CONTRACT),
  firstInvoice: toHubId('Invoice', 'INV-100001'),
};

function xref(system: SourceSystem, type: EntityType, nativeId: string, ownerNativeId = nativeId): SqlRow {
  return { system, entity_type: type, native_id: nativeId, hub_id: toHubId(type, ownerNativeId) };
}

function timecard(
  id: number,
  project: string,
  worker: string,
  date: string,
  hours: number,
  billable: boolean,
  status: string,
  billRate: number,
  costRate: number,
): SqlRow {
  return {
    id: `TC-${String(id).padStart(7, '0')}`,
    project_id: project,
    assignment_id: null,
    worker_id: worker,
    work_date: date,
    hours,
    billable: billable ? 1 : 0,
    notes: null,
    status,
    bill_rate: billRate,
    cost_rate: costRate,
    version: 1,
  };
}

/** Rows per domain store of these domains; any other domain's store starts empty. */
export const fixture: Record<'customers' | 'projects' | 'resources' | 'finance' | 'identity' | 'workflows', Record<string, SqlRow[]>> = {
  customers: {
    legal_entity: [{ id: 'LE-01', name: 'OpsGraph Consulting LLC', currency: 'USD', tax_registration: 'US-12-3456789', erp_subsidiary: 'US01' }],
    account: [
      {
        id: ACME,
        name: 'Acme Corp',
        industry: 'Manufacturing',
        region: 'North America',
        parent_id: null,
        legal_entity_id: 'LE-01',
        billing_street: '1 Main St',
        billing_city: 'Springfield',
        billing_country: 'US',
        payment_terms_days: 30,
      },
      {
        id: GLOBEX,
        name: 'Globex',
        industry: 'Energy',
        region: 'EMEA',
        parent_id: null,
        legal_entity_id: 'LE-01',
        billing_street: null,
        billing_city: 'Berlin',
        billing_country: 'DE',
        payment_terms_days: 45,
      },
    ],
    contact: [{ id: salesforceId('003', 1), account_id: ACME, first_name: 'Wile', last_name: 'Coyote', email: 'wile@acme.example', role: 'Sponsor' }],
    opportunity: [
      {
        id: ACME_ERP_DEAL,
        account_id: ACME,
        name: 'Acme ERP rollout',
        stage_name: 'Closed Won',
        amount: 12_000_000,
        currency: 'USD',
        billing_model: 'Time and Materials',
        close_date: '2026-07-15',
        probability: 100,
        service_line: 'ERP',
        delivery_region: 'North America',
        target_margin_bp: 3500,
        expected_start: '2026-08-01',
        is_change_request: 0,
        parent_opportunity_id: null,
      },
      {
        id: ACME_DATA_DEAL,
        account_id: ACME,
        name: 'Acme data platform',
        stage_name: 'Closed Won',
        amount: 5_000_000,
        currency: 'USD',
        billing_model: 'Fixed Fee',
        close_date: '2026-07-20',
        probability: 100,
        service_line: 'Data & AI',
        delivery_region: 'North America',
        target_margin_bp: 3000,
        expected_start: '2026-08-15',
        is_change_request: 0,
        parent_opportunity_id: null,
      },
      {
        id: GLOBEX_DEAL,
        account_id: GLOBEX,
        name: 'Globex security review',
        stage_name: 'Proposal/Price Quote',
        amount: 2_500_000,
        currency: 'USD',
        billing_model: 'Fixed Fee',
        close_date: '2026-12-31',
        probability: 40,
        service_line: 'Cybersecurity',
        delivery_region: 'EMEA',
        target_margin_bp: 3000,
        expected_start: '2027-01-15',
        is_change_request: 0,
        parent_opportunity_id: null,
      },
    ],
    contract: [
      {
        id: ACME_ERP_CONTRACT,
        contract_number: '00000101',
        account_id: ACME,
        opportunity_id: ACME_ERP_DEAL,
        status: 'Activated',
        value: 12_000_000,
        currency: 'USD',
        billing_model: 'Time and Materials',
        start_date: '2026-08-01',
        end_date: '2026-12-31',
        term_months: 5,
        payment_terms_days: 30,
      },
      {
        id: ACME_DATA_CONTRACT,
        contract_number: '00000102',
        account_id: ACME,
        opportunity_id: ACME_DATA_DEAL,
        status: 'Activated',
        value: 5_000_000,
        currency: 'USD',
        billing_model: 'Fixed Fee',
        start_date: '2026-08-15',
        end_date: '2027-02-15',
        term_months: 6,
        payment_terms_days: 30,
      },
    ],
    xref: [
      xref('CRM', 'Customer', ACME),
      xref('ERP', 'Customer', 'CUST-10001', ACME),
      xref('CRM', 'Customer', GLOBEX),
      xref('CRM', 'Opportunity', ACME_ERP_DEAL),
      xref('CRM', 'Opportunity', ACME_DATA_DEAL),
      xref('CRM', 'Opportunity', GLOBEX_DEAL),
      xref('CRM', 'Contract', ACME_ERP_CONTRACT),
      xref('CRM', 'Contract', ACME_DATA_CONTRACT),
    ],
  },
  resources: {
    worker: [
      {
        id: ADA,
        first_name: 'Ada',
        last_name: 'Lovelace',
        email: 'ada@opsgraph.example',
        business_title: 'Senior Consultant',
        grade: 'C3',
        practice: 'Cloud',
        location: 'New York',
        manager_id: LINUS,
        worker_type: 'Employee',
        status: 'Active',
        hire_date: '2020-01-06',
        termination_date: null,
        scheduled_weekly_hours: 4000,
        utilization_target_bp: 8000,
      },
      {
        id: GRACE,
        first_name: 'Grace',
        last_name: 'Hopper',
        email: 'grace@opsgraph.example',
        business_title: 'Manager',
        grade: 'M1',
        practice: 'Data & AI',
        location: 'London',
        manager_id: null,
        worker_type: 'Employee',
        status: 'Active',
        hire_date: '2019-03-01',
        termination_date: null,
        scheduled_weekly_hours: 4000,
        utilization_target_bp: 7500,
      },
      {
        id: LINUS,
        first_name: 'Linus',
        last_name: 'Pauling',
        email: null,
        business_title: 'Partner',
        grade: 'P1',
        practice: 'Cloud',
        location: 'New York',
        manager_id: null,
        worker_type: 'Contingent Worker',
        status: 'Terminated',
        hire_date: '2015-01-01',
        termination_date: '2026-03-31',
        scheduled_weekly_hours: 4000,
        utilization_target_bp: null,
      },
    ],
    worker_skill: [
      { worker_id: ADA, skill: 'AWS', level: 5 },
      { worker_id: ADA, skill: 'SAP', level: 3 },
      { worker_id: GRACE, skill: 'Snowflake', level: 4 },
    ],
    cost_rate: [
      { worker_id: ADA, effective_from: '2026-01-01', effective_to: '2026-06-30', amount: 8000, currency: 'USD' },
      { worker_id: ADA, effective_from: '2026-07-01', effective_to: null, amount: 9000, currency: 'USD' },
      { worker_id: GRACE, effective_from: '2025-01-01', effective_to: null, amount: 10000, currency: 'USD' },
    ],
    time_off: [{ worker_id: ADA, off_date: '2026-09-02', hours: 800, kind: 'Vacation' }],
    holiday: [{ location: 'New York', holiday_date: '2026-09-07', name: 'Labor Day' }],
    xref: [xref('HCM', 'Consultant', ADA), xref('HCM', 'Consultant', GRACE), xref('HCM', 'Consultant', LINUS)],
  },
  projects: {
    project: [
      {
        id: ERP_PROJECT,
        code: 'ACME-ERP-01',
        name: 'Acme ERP rollout',
        account_id: ACME,
        contract_id: ACME_ERP_CONTRACT,
        opportunity_id: ACME_ERP_DEAL,
        manager_id: ADA,
        practice: 'Cloud',
        region: 'North America',
        billing_model: 'T&M',
        stage: 'In Progress',
        health: 'Green',
        start_date: '2026-08-01',
        end_date: '2026-12-31',
        bookings: 12_000_000,
        currency: 'USD',
        budget_hours: 100_000,
        closed_for_time: 0,
      },
      {
        id: DATA_PROJECT,
        code: 'ACME-DAT-01',
        name: 'Acme data platform',
        account_id: ACME,
        contract_id: ACME_DATA_CONTRACT,
        opportunity_id: ACME_DATA_DEAL,
        manager_id: GRACE,
        practice: 'Data & AI',
        region: 'North America',
        billing_model: 'Fixed Price',
        stage: 'In Progress',
        health: 'Yellow',
        start_date: '2026-08-15',
        end_date: '2027-02-15',
        bookings: 5_000_000,
        currency: 'USD',
        budget_hours: 40_000,
        closed_for_time: 0,
      },
    ],
    milestone: [
      {
        id: 'MS-000001',
        project_id: DATA_PROJECT,
        name: 'Design signed off',
        amount: 2_000_000,
        target_date: '2026-09-30',
        actual_date: '2026-09-28',
        requires_signoff: 1,
        signed_off_at: '2026-09-29T10:00:00Z',
        status: 'Approved',
      },
      {
        id: 'MS-000002',
        project_id: DATA_PROJECT,
        name: 'Platform live',
        amount: 3_000_000,
        target_date: '2027-02-15',
        actual_date: null,
        requires_signoff: 1,
        signed_off_at: null,
        status: 'Planned',
      },
    ],
    resource_request: [
      {
        id: 'RR-000001',
        project_id: ERP_PROJECT,
        role: 'Consultant',
        skills: 'SAP, Integration',
        hours: 16_000,
        start_date: '2026-10-01',
        end_date: '2026-12-31',
        status: 'Ready to Staff',
      },
    ],
    assignment: [
      {
        id: 'ASG-000001',
        project_id: ERP_PROJECT,
        worker_id: ADA,
        role: 'Senior Consultant',
        start_date: '2026-08-01',
        end_date: '2026-12-31',
        allocation_pct: 100,
        planned_hours: 40_000,
        status: 'Scheduled',
      },
      {
        id: 'ASG-000002',
        project_id: ERP_PROJECT,
        worker_id: GRACE,
        role: 'Manager',
        start_date: '2026-08-01',
        end_date: '2026-12-31',
        allocation_pct: 50,
        planned_hours: 20_000,
        status: 'Scheduled',
      },
      {
        id: 'ASG-000003',
        project_id: DATA_PROJECT,
        worker_id: GRACE,
        role: 'Manager',
        start_date: '2026-08-15',
        end_date: '2027-02-15',
        allocation_pct: 50,
        planned_hours: 30_000,
        status: 'Scheduled',
      },
    ],
    time_entry: [
      timecard(1, ERP_PROJECT, ADA, '2026-09-01', 800, true, 'Invoiced', 15000, 9000),
      timecard(2, ERP_PROJECT, ADA, '2026-09-03', 800, true, 'Billed', 15000, 9000),
      timecard(3, ERP_PROJECT, ADA, '2026-09-04', 750, true, 'Posted', 15000, 9000),
      timecard(4, ERP_PROJECT, ADA, '2026-09-08', 800, false, 'Approved', 15000, 9000),
      timecard(5, ERP_PROJECT, GRACE, '2026-09-01', 400, true, 'Approved', 20000, 10000),
      timecard(6, ERP_PROJECT, GRACE, '2026-09-02', 400, true, 'Submitted', 20000, 10000),
      timecard(7, ERP_PROJECT, ADA, '2026-09-09', 800, true, 'Rejected', 15000, 9000),
      timecard(8, DATA_PROJECT, GRACE, '2026-09-03', 400, true, 'Approved', 20000, 10000),
      timecard(9, DATA_PROJECT, GRACE, '2026-09-04', 600, true, 'Posted', 20000, 10000),
    ],
    expense: [
      {
        id: 'EXP-000001',
        project_id: ERP_PROJECT,
        worker_id: ADA,
        expense_date: '2026-09-03',
        category: 'Travel',
        amount: 45_000,
        currency: 'USD',
        billable: 1,
        status: 'Approved',
      },
      {
        id: 'EXP-000002',
        project_id: ERP_PROJECT,
        worker_id: ADA,
        expense_date: '2026-09-03',
        category: 'Meals',
        amount: 5_050,
        currency: 'USD',
        billable: 0,
        status: 'Approved',
      },
      {
        id: 'EXP-000003',
        project_id: ERP_PROJECT,
        worker_id: ADA,
        expense_date: '2026-09-10',
        category: 'Travel',
        amount: 10_000,
        currency: 'USD',
        billable: 1,
        status: 'Draft',
      },
    ],
    change_order: [
      { id: 'CO-000001', project_id: ERP_PROJECT, reason: 'Extra module', delta_bookings: 1_000_000, delta_budget_hours: 5_000, status: 'Submitted' },
    ],
    xref: [
      xref('PSA', 'Project', ERP_PROJECT),
      xref('ERP', 'Project', 'PJ-100001', ERP_PROJECT),
      xref('PSA', 'Project', DATA_PROJECT),
      xref('ERP', 'Project', 'PJ-100002', DATA_PROJECT),
    ],
  },
  finance: {
    erp_customer: [{ id: 'CUST-10001', crm_account_id: ACME, name: 'Acme Corp', subsidiary: 'US01', currency: 'USD', terms_days: 30 }],
    erp_project: [
      { id: 'PJ-100001', psa_project_id: ERP_PROJECT, customer_id: 'CUST-10001', status: 'Open', currency: 'USD' },
      { id: 'PJ-100002', psa_project_id: DATA_PROJECT, customer_id: 'CUST-10001', status: 'Open', currency: 'USD' },
    ],
    rate_card: [
      {
        id: 'RC-0001',
        role: 'Senior Consultant',
        region: 'North America',
        bill_rate: 15000,
        currency: 'USD',
        effective_from: '2026-01-01',
        effective_to: null,
      },
      { id: 'RC-0002', role: 'Manager', region: 'North America', bill_rate: 20000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
    ],
    billing_event: [
      { id: 'BE-000001', project_id: 'PJ-100001', status: 'Invoiced', hold_reason: null, event_date: '2026-09-05' },
      { id: 'BE-000002', project_id: 'PJ-100001', status: 'Released', hold_reason: null, event_date: '2026-09-06' },
      { id: 'BE-000003', project_id: 'PJ-100002', status: 'Invoiced', hold_reason: null, event_date: '2026-09-30' },
    ],
    billing_item: [
      { id: 'BI-0000001', billing_event_id: 'BE-000001', kind: 'TIME', source_ref: 'TC-0000001', quantity: 800, unit_price: 15000, amount: 120_000 },
      { id: 'BI-0000002', billing_event_id: 'BE-000002', kind: 'TIME', source_ref: 'TC-0000002', quantity: 800, unit_price: 15000, amount: 120_000 },
      { id: 'BI-0000003', billing_event_id: 'BE-000003', kind: 'MILESTONE', source_ref: 'MS-000001', quantity: 100, unit_price: 2_000_000, amount: 2_000_000 },
    ],
    invoice: [
      {
        id: 'INV-100001',
        tran_id: 'OG-2026-000001',
        customer_id: 'CUST-10001',
        project_id: 'PJ-100001',
        status: 'Partially Paid',
        issue_date: '2026-09-10',
        due_date: '2026-10-10',
        currency: 'USD',
        total: 120_000,
      },
      {
        id: 'INV-100002',
        tran_id: 'OG-2026-000002',
        customer_id: 'CUST-10001',
        project_id: 'PJ-100002',
        status: 'Open',
        issue_date: '2026-10-01',
        due_date: '2026-10-31',
        currency: 'USD',
        total: 2_000_000,
      },
      {
        id: 'INV-100003',
        tran_id: 'OG-2026-000003',
        customer_id: 'CUST-10001',
        project_id: 'PJ-100001',
        status: 'Voided',
        issue_date: '2026-09-12',
        due_date: '2026-10-12',
        currency: 'USD',
        total: 99_999,
      },
    ],
    invoice_line: [
      { invoice_id: 'INV-100001', line_no: 1, billing_event_id: 'BE-000001', kind: 'TIME', description: 'Professional services, September', amount: 120_000 },
      { invoice_id: 'INV-100002', line_no: 1, billing_event_id: 'BE-000003', kind: 'MILESTONE', description: 'Design signed off', amount: 2_000_000 },
      { invoice_id: 'INV-100003', line_no: 1, billing_event_id: null, kind: 'ADJUSTMENT', description: 'Issued in error', amount: 99_999 },
    ],
    payment: [{ id: 'PAY-000001', invoice_id: 'INV-100001', payment_date: '2026-10-01', amount: 50_000 }],
    cost_posting: [],
    revenue_event: [],
    xref: [xref('ERP', 'Invoice', 'INV-100001'), xref('ERP', 'Invoice', 'INV-100002'), xref('ERP', 'Invoice', 'INV-100003')],
  },
  identity: { xref: [] },
  workflows: {},
};

// The identity registry holds every store's cross-references, with the customer owning each entity.
fixture.identity.xref = identityRegistryRows(fixture);

export async function fillFixture(stores: DomainStores): Promise<void> {
  for (const [domain, tables] of Object.entries(fixture) as [keyof DomainStores, Record<string, SqlRow[]>][]) {
    await stores[domain].transaction(async (tx) => {
      for (const [table, rows] of Object.entries(tables)) await insertRows(tx, table, rows);
    });
  }
}

/** A won, contracted Globex deal (milestone billing, EMEA), added by `fillGlobexWonDeal`. */
export const GLOBEX_WON_DEAL = salesforceId('006', 10);
export const GLOBEX_CONTRACT = salesforceId('800', 10);

/** A won deal's opportunity and activated contract: 90,000.00 USD, milestone billing, EMEA, January to June 2027. */
export function wonDealRows(deal: { id: string; contractId: string; contractNumber: string; accountId: string; name: string }): {
  opportunity: SqlRow;
  contract: SqlRow;
} {
  return {
    opportunity: {
      id: deal.id,
      account_id: deal.accountId,
      name: deal.name,
      stage_name: 'Closed Won',
      amount: 9_000_000,
      currency: 'USD',
      billing_model: 'Milestone',
      close_date: '2026-11-01',
      probability: 100,
      service_line: 'Data & AI',
      delivery_region: 'EMEA',
      target_margin_bp: 3000,
      expected_start: '2027-01-04',
      is_change_request: 0,
      parent_opportunity_id: null,
    },
    contract: {
      id: deal.contractId,
      contract_number: deal.contractNumber,
      account_id: deal.accountId,
      opportunity_id: deal.id,
      status: 'Activated',
      value: 9_000_000,
      currency: 'USD',
      billing_model: 'Milestone',
      start_date: '2027-01-04',
      end_date: '2027-06-30',
      term_months: 6,
      payment_terms_days: 45,
    },
  };
}

/** The EMEA rate cards a won deal's staffing needs. */
export const EMEA_RATE_CARDS: readonly SqlRow[] = [
  { id: 'RC-0101', role: 'Manager', region: 'EMEA', bill_rate: 21000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
  { id: 'RC-0102', role: 'Senior Consultant', region: 'EMEA', bill_rate: 16000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
  { id: 'RC-0103', role: 'Consultant', region: 'EMEA', bill_rate: 12000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
];

/** The fixture plus a won, contracted Globex deal (milestone billing, EMEA) and the EMEA rate cards it needs. */
export async function fillGlobexWonDeal(stores: DomainStores): Promise<void> {
  await fillFixture(stores);
  const { opportunity, contract } = wonDealRows({
    id: GLOBEX_WON_DEAL,
    contractId: GLOBEX_CONTRACT,
    contractNumber: '00000110',
    accountId: GLOBEX,
    name: 'Globex grid analytics',
  });
  await insertRows(stores.customers, 'opportunity', [opportunity]);
  await insertRows(stores.customers, 'contract', [contract]);
  await insertRows(stores.finance, 'rate_card', EMEA_RATE_CARDS);
}

/** A FAILED logTime workflow on the ERP project, parked in the exception queue at postErpTime (OPEN), for tests of the queue. */
export async function insertParkedWorkflow(stores: DomainStores, ids: { workflowId: string; exceptionId: string; correlationId: string }): Promise<void> {
  const at = '2026-11-15T10:00:00.000Z';
  await insertRow(stores.workflows, 'workflow', {
    id: ids.workflowId,
    type: 'logTime',
    status: 'FAILED',
    input: '{}',
    state: '{}',
    user_errors: '[]',
    subject_id: hub.erpProject,
    customer_id: hub.acme,
    actor_sub: 'test-delivery',
    actor_roles: '["delivery"]',
    correlation_id: ids.correlationId,
    started_at: at,
    finished_at: at,
    lease_owner: null,
    lease_until: null,
  });
  await insertRow(stores.workflows, 'workflow_exception', {
    id: ids.exceptionId,
    workflow_id: ids.workflowId,
    status: 'OPEN',
    step: 'postErpTime',
    system: 'ERP',
    cause: 'ERP refused the posting',
    customer_id: hub.acme,
    project_id: hub.erpProject,
    amount: 80_000,
    currency: 'USD',
    raised_at: at,
    resolved_at: null,
    resolved_by: null,
    resolution_note: null,
  });
}

/**
 * KPI edge cases, added by `fillKpiEdges` on top of the fixture (test/kpis.test.ts computes each
 * figure by hand): a third customer, Initech, with a COMPLETED fixed-fee project, a CANCELLED
 * time-and-materials project with unconsumed contract value and an over-billed ACTIVE milestone
 * project; a consultant who left on Friday 16 October 2026 (and whose time ran on after it) and one
 * who joined on Wednesday 14 October 2026 (with an entry dated the day before).
 */
export const INITECH = salesforceId('001', 3);
export const LEO = 'W-00004';
export const JOAN = 'W-00005';
export const FINISHED_FIXED_PROJECT = 'PRJ-2026-0003';
export const CANCELLED_PROJECT = 'PRJ-2026-0004';
export const OVERBILLED_PROJECT = 'PRJ-2026-0005';

export const edgeHub = {
  initech: toHubId('Customer', INITECH),
  leo: toHubId('Consultant', LEO),
  joan: toHubId('Consultant', JOAN),
  finishedFixedProject: toHubId('Project', FINISHED_FIXED_PROJECT),
  cancelledProject: toHubId('Project', CANCELLED_PROJECT),
  overbilledProject: toHubId('Project', OVERBILLED_PROJECT),
};

function edgeProject(id: string, code: string, name: string, billingModel: string, stage: string, bookings: number): SqlRow {
  return {
    id,
    code,
    name,
    account_id: INITECH,
    contract_id: null,
    opportunity_id: null,
    manager_id: null,
    practice: 'Cloud',
    region: 'North America',
    billing_model: billingModel,
    stage,
    health: 'Green',
    start_date: '2026-09-01',
    end_date: '2026-10-31',
    bookings,
    currency: 'USD',
    budget_hours: null,
    closed_for_time: stage === 'In Progress' ? 0 : 1,
  };
}

function edgeWorker(
  id: string,
  first: string,
  last: string,
  status: string,
  hire: string,
  termination: string | null,
  weekly: number,
  targetBp: number,
): SqlRow {
  return {
    id,
    first_name: first,
    last_name: last,
    email: null,
    business_title: 'Consultant',
    grade: 'C2',
    practice: 'Cloud',
    location: 'New York',
    manager_id: null,
    worker_type: 'Employee',
    status,
    hire_date: hire,
    termination_date: termination,
    scheduled_weekly_hours: weekly,
    utilization_target_bp: targetBp,
  };
}

function invoiceRow(id: string, erpProject: string, status: string, issueDate: string, total: number): SqlRow {
  return {
    id,
    tran_id: `OG-2026-${id.slice(-6)}`,
    customer_id: 'CUST-10003',
    project_id: erpProject,
    status,
    issue_date: issueDate,
    due_date: '2026-12-31',
    currency: 'USD',
    total,
  };
}

// Leo: billable 8h on 1, 2, 5–8 and 12–15 October (10 days), non-billable 8h on his last day, the 16th,
// and billable 8h on the 19th and 20th, after his termination (approved all the same).
const LEO_BILLABLE_DAYS = ['01', '02', '05', '06', '07', '08', '12', '13', '14', '15', '19', '20'].map((day) => `2026-10-${day}`);
// Joan: billable 6h on each of her 13 workdays, 14–30 October, and 4h dated the 13th, before her hire.
const JOAN_DAYS = ['14', '15', '16', '19', '20', '21', '22', '23', '26', '27', '28', '29', '30'].map((day) => `2026-10-${day}`);
const leoEntries = [
  ...LEO_BILLABLE_DAYS.map((date, index) => timecard(101 + index, FINISHED_FIXED_PROJECT, LEO, date, 800, true, 'Approved', 15000, 9500)),
  timecard(120, FINISHED_FIXED_PROJECT, LEO, '2026-10-16', 800, false, 'Approved', 15000, 9500),
];
const joanEntries = [
  ...JOAN_DAYS.map((date, index) => timecard(201 + index, CANCELLED_PROJECT, JOAN, date, 600, true, index < 10 ? 'Invoiced' : 'Approved', 15000, 8000)),
  timecard(220, CANCELLED_PROJECT, JOAN, '2026-10-13', 400, true, 'Approved', 15000, 8000),
];

export const kpiEdges: Record<'customers' | 'projects' | 'resources' | 'finance' | 'identity', Record<string, SqlRow[]>> = {
  customers: {
    account: [
      {
        id: INITECH,
        name: 'Initech',
        industry: 'Software',
        region: 'North America',
        parent_id: null,
        legal_entity_id: 'LE-01',
        billing_street: null,
        billing_city: 'Austin',
        billing_country: 'US',
        payment_terms_days: 30,
      },
    ],
    xref: [xref('CRM', 'Customer', INITECH), xref('ERP', 'Customer', 'CUST-10003', INITECH)],
  },
  resources: {
    worker: [
      edgeWorker(LEO, 'Leo', 'Esaki', 'Terminated', '2021-01-04', '2026-10-16', 4000, 8000),
      edgeWorker(JOAN, 'Joan', 'Clarke', 'Active', '2026-10-14', null, 3750, 7500),
    ],
    time_off: [{ worker_id: LEO, off_date: '2026-10-09', hours: 800, kind: 'Vacation' }],
    xref: [xref('HCM', 'Consultant', LEO), xref('HCM', 'Consultant', JOAN)],
  },
  projects: {
    project: [
      edgeProject(FINISHED_FIXED_PROJECT, 'INIT-FIX-01', 'Initech platform build', 'Fixed Price', 'Completed', 4_000_000),
      edgeProject(CANCELLED_PROJECT, 'INIT-CLD-01', 'Initech cloud migration', 'T&M', 'Canceled', 6_000_000),
      edgeProject(OVERBILLED_PROJECT, 'INIT-MIL-01', 'Initech security roadmap', 'Milestone', 'In Progress', 2_000_000),
    ],
    milestone: [
      {
        id: 'MS-000003',
        project_id: FINISHED_FIXED_PROJECT,
        name: 'Blueprint',
        amount: 1_500_000,
        target_date: '2026-09-30',
        actual_date: '2026-09-30',
        requires_signoff: 0,
        signed_off_at: null,
        status: 'Approved',
      },
      {
        id: 'MS-000004',
        project_id: FINISHED_FIXED_PROJECT,
        name: 'Go-live',
        amount: 2_500_000,
        target_date: '2026-10-30',
        actual_date: '2026-10-30',
        requires_signoff: 0,
        signed_off_at: null,
        status: 'Approved',
      },
      {
        id: 'MS-000005',
        project_id: OVERBILLED_PROJECT,
        name: 'Threat model',
        amount: 1_200_000,
        target_date: '2026-10-15',
        actual_date: '2026-10-15',
        requires_signoff: 0,
        signed_off_at: null,
        status: 'Approved',
      },
      {
        id: 'MS-000006',
        project_id: OVERBILLED_PROJECT,
        name: 'Roadmap',
        amount: 800_000,
        target_date: '2026-12-15',
        actual_date: null,
        requires_signoff: 0,
        signed_off_at: null,
        status: 'Planned',
      },
    ],
    assignment: [
      {
        id: 'ASG-000004',
        project_id: FINISHED_FIXED_PROJECT,
        worker_id: LEO,
        role: 'Consultant',
        start_date: '2026-09-01',
        end_date: '2026-10-31',
        allocation_pct: 100,
        planned_hours: 30_000,
        status: 'Closed',
      },
      {
        id: 'ASG-000005',
        project_id: CANCELLED_PROJECT,
        worker_id: JOAN,
        role: 'Consultant',
        start_date: '2026-10-13',
        end_date: '2026-10-31',
        allocation_pct: 100,
        planned_hours: 40_000,
        status: 'Closed',
      },
    ],
    time_entry: [...leoEntries, ...joanEntries],
    xref: [
      xref('PSA', 'Project', FINISHED_FIXED_PROJECT),
      xref('ERP', 'Project', 'PJ-100003', FINISHED_FIXED_PROJECT),
      xref('PSA', 'Project', CANCELLED_PROJECT),
      xref('ERP', 'Project', 'PJ-100004', CANCELLED_PROJECT),
      xref('PSA', 'Project', OVERBILLED_PROJECT),
      xref('ERP', 'Project', 'PJ-100005', OVERBILLED_PROJECT),
    ],
  },
  finance: {
    erp_customer: [{ id: 'CUST-10003', crm_account_id: INITECH, name: 'Initech', subsidiary: 'US01', currency: 'USD', terms_days: 30 }],
    erp_project: [
      { id: 'PJ-100003', psa_project_id: FINISHED_FIXED_PROJECT, customer_id: 'CUST-10003', status: 'Open', currency: 'USD' },
      { id: 'PJ-100004', psa_project_id: CANCELLED_PROJECT, customer_id: 'CUST-10003', status: 'Closed', currency: 'USD' },
      { id: 'PJ-100005', psa_project_id: OVERBILLED_PROJECT, customer_id: 'CUST-10003', status: 'Open', currency: 'USD' },
    ],
    billing_event: [
      { id: 'BE-000010', project_id: 'PJ-100003', status: 'Invoiced', hold_reason: null, event_date: '2026-09-30' },
      { id: 'BE-000011', project_id: 'PJ-100003', status: 'Released', hold_reason: null, event_date: '2026-10-30' },
      { id: 'BE-000012', project_id: 'PJ-100004', status: 'Invoiced', hold_reason: null, event_date: '2026-10-27' },
      // The over-billed project's milestone, billed in October and again in November.
      { id: 'BE-000013', project_id: 'PJ-100005', status: 'Invoiced', hold_reason: null, event_date: '2026-10-15' },
      { id: 'BE-000014', project_id: 'PJ-100005', status: 'Invoiced', hold_reason: null, event_date: '2026-11-02' },
    ],
    billing_item: [
      { id: 'BI-0000010', billing_event_id: 'BE-000010', kind: 'MILESTONE', source_ref: 'MS-000003', quantity: 100, unit_price: 1_500_000, amount: 1_500_000 },
      { id: 'BI-0000011', billing_event_id: 'BE-000011', kind: 'MILESTONE', source_ref: 'MS-000004', quantity: 100, unit_price: 2_500_000, amount: 2_500_000 },
      // Joan's first ten days, 6h × 150.00 each.
      ...joanEntries.slice(0, 10).map((entry, index) => ({
        id: `BI-00000${20 + index}`,
        billing_event_id: 'BE-000012',
        kind: 'TIME',
        source_ref: entry.id,
        quantity: 600,
        unit_price: 15000,
        amount: 90_000,
      })),
      { id: 'BI-0000040', billing_event_id: 'BE-000013', kind: 'MILESTONE', source_ref: 'MS-000005', quantity: 100, unit_price: 1_200_000, amount: 1_200_000 },
      { id: 'BI-0000041', billing_event_id: 'BE-000014', kind: 'MILESTONE', source_ref: 'MS-000005', quantity: 100, unit_price: 1_200_000, amount: 1_200_000 },
    ],
    invoice: [
      invoiceRow('INV-100010', 'PJ-100003', 'Paid In Full', '2026-10-01', 1_500_000),
      invoiceRow('INV-100011', 'PJ-100004', 'Open', '2026-10-28', 900_000),
      invoiceRow('INV-100012', 'PJ-100005', 'Open', '2026-10-16', 1_200_000),
      invoiceRow('INV-100013', 'PJ-100005', 'Open', '2026-11-03', 1_200_000),
    ],
    invoice_line: [
      { invoice_id: 'INV-100010', line_no: 1, billing_event_id: 'BE-000010', kind: 'MILESTONE', description: 'Blueprint', amount: 1_500_000 },
      { invoice_id: 'INV-100011', line_no: 1, billing_event_id: 'BE-000012', kind: 'TIME', description: 'Professional services, October', amount: 900_000 },
      { invoice_id: 'INV-100012', line_no: 1, billing_event_id: 'BE-000013', kind: 'MILESTONE', description: 'Threat model', amount: 1_200_000 },
      { invoice_id: 'INV-100013', line_no: 1, billing_event_id: 'BE-000014', kind: 'MILESTONE', description: 'Threat model', amount: 1_200_000 },
    ],
    payment: [{ id: 'PAY-000010', invoice_id: 'INV-100010', payment_date: '2026-10-20', amount: 1_500_000 }],
    xref: ['INV-100010', 'INV-100011', 'INV-100012', 'INV-100013'].map((id) => xref('ERP', 'Invoice', id)),
  },
  identity: { xref: [] },
};

kpiEdges.identity.xref = identityRegistryRows(kpiEdges);

/** The fixture plus the KPI edge cases (`kpiEdges`). */
export async function fillKpiEdges(stores: DomainStores): Promise<void> {
  await fillFixture(stores);
  for (const [domain, tables] of Object.entries(kpiEdges) as [keyof DomainStores, Record<string, SqlRow[]>][]) {
    await stores[domain].transaction(async (tx) => {
      for (const [table, rows] of Object.entries(tables)) await insertRows(tx, table, rows);
    });
  }
}

/**
 * Multi-currency, added by `fillMultiCurrency` on top of the fixture (test/fx-portfolio.test.ts
 * computes each figure by hand): a German customer billed in EUR (legal entity LE-02, functional
 * currency EUR) and a Kuwaiti one billed in KWD, each with an ACTIVE milestone project delivered in
 * EMEA, and the ERP's exchange rates around the business date 2026-11-15.
 */
export const UMBRELLA = salesforceId('001', 4);
export const GULF = salesforceId('001', 5);
export const EUR_PROJECT = 'PRJ-2026-0006';
export const KWD_PROJECT = 'PRJ-2026-0007';

export const fxHub = {
  umbrella: toHubId('Customer', UMBRELLA),
  gulf: toHubId('Customer', GULF),
  eurProject: toHubId('Project', EUR_PROJECT),
  kwdProject: toHubId('Project', KWD_PROJECT),
};

function fxAccount(id: string, name: string, city: string, country: string, legalEntity: string): SqlRow {
  return {
    id,
    name,
    industry: 'Manufacturing',
    region: 'EMEA',
    parent_id: null,
    legal_entity_id: legalEntity,
    billing_street: null,
    billing_city: city,
    billing_country: country,
    payment_terms_days: 30,
  };
}

function fxProject(id: string, code: string, name: string, account: string, bookings: number, currency: string): SqlRow {
  return {
    id,
    code,
    name,
    account_id: account,
    contract_id: null,
    opportunity_id: null,
    manager_id: null,
    practice: 'ERP',
    region: 'EMEA',
    billing_model: 'Milestone',
    stage: 'In Progress',
    health: 'Green',
    start_date: '2026-10-01',
    end_date: '2027-03-31',
    bookings,
    currency,
    budget_hours: null,
    closed_for_time: 0,
  };
}

function fxMilestone(id: string, project: string, name: string, amount: number): SqlRow {
  return {
    id,
    project_id: project,
    name,
    amount,
    target_date: '2026-10-30',
    actual_date: '2026-10-30',
    requires_signoff: 0,
    signed_off_at: null,
    status: 'Approved',
  };
}

function fxRate(from: string, to: string, rateType: string, effectiveDate: string, rate: string): SqlRow {
  return { from_currency: from, to_currency: to, rate_type: rateType, effective_date: effectiveDate, rate, recorded_at: '2026-11-01T00:00:00.000Z' };
}

/** The ERP's exchange rates of the multi-currency fixture. */
export const FX_RATES: SqlRow[] = [
  // EUR→USD: October's and November's averages, closing rates at September's and October's ends and
  // one dated after the business date (not yet in force), and a daily rate.
  fxRate('EUR', 'USD', 'MONTHLY_AVERAGE', '2026-10-31', '1.079'),
  fxRate('EUR', 'USD', 'MONTHLY_AVERAGE', '2026-11-30', '1.0873'),
  fxRate('EUR', 'USD', 'CLOSING', '2026-09-30', '1.07'),
  fxRate('EUR', 'USD', 'CLOSING', '2026-10-31', '1.0851'),
  fxRate('EUR', 'USD', 'CLOSING', '2026-11-30', '1.0999'),
  fxRate('EUR', 'USD', 'DAILY', '2026-11-13', '1.0861'),
  fxRate('KWD', 'USD', 'MONTHLY_AVERAGE', '2026-11-30', '3.2541'),
  fxRate('KWD', 'USD', 'CLOSING', '2026-10-31', '3.2498'),
  fxRate('KWD', 'EUR', 'MONTHLY_AVERAGE', '2026-11-30', '2.9929'),
  fxRate('KWD', 'EUR', 'CLOSING', '2026-10-31', '2.995'),
  // USD→EUR has only a closing rate: a portfolio of USD projects in EUR misses its average.
  fxRate('USD', 'EUR', 'CLOSING', '2026-10-31', '0.9216'),
];

export const multiCurrency: Record<'customers' | 'projects' | 'finance' | 'identity', Record<string, SqlRow[]>> = {
  customers: {
    legal_entity: [{ id: 'LE-02', name: 'OpsGraph Consulting GmbH', currency: 'EUR', tax_registration: 'DE123456789', erp_subsidiary: 'DE01' }],
    account: [fxAccount(UMBRELLA, 'Umbrella GmbH', 'Munich', 'DE', 'LE-02'), fxAccount(GULF, 'Gulf Trading Co', 'Kuwait City', 'KW', 'LE-01')],
    xref: [
      xref('CRM', 'Customer', UMBRELLA),
      xref('ERP', 'Customer', 'CUST-10004', UMBRELLA),
      xref('CRM', 'Customer', GULF),
      xref('ERP', 'Customer', 'CUST-10005', GULF),
    ],
  },
  projects: {
    project: [
      // 100,000.00 EUR; two approved milestones (30,000.00 invoiced, 10,000.00 not yet); 8h at cost 90.00 EUR.
      fxProject(EUR_PROJECT, 'UMB-ERP-01', 'Umbrella ERP rollout', UMBRELLA, 10_000_000, 'EUR'),
      // 50,000.000 KWD; one approved milestone of 12,345.678 (invoiced); 8h at cost 25.500 KWD.
      fxProject(KWD_PROJECT, 'GULF-ERP-01', 'Gulf ERP rollout', GULF, 50_000_000, 'KWD'),
    ],
    milestone: [
      fxMilestone('MS-000007', EUR_PROJECT, 'Design', 3_000_000),
      fxMilestone('MS-000008', EUR_PROJECT, 'Build', 1_000_000),
      fxMilestone('MS-000009', KWD_PROJECT, 'Survey', 12_345_678),
    ],
    time_entry: [
      timecard(301, EUR_PROJECT, ADA, '2026-11-02', 800, true, 'Approved', 14_000, 9_000),
      timecard(302, KWD_PROJECT, ADA, '2026-11-03', 800, true, 'Approved', 40_000, 25_500),
    ],
    xref: [
      xref('PSA', 'Project', EUR_PROJECT),
      xref('ERP', 'Project', 'PJ-100006', EUR_PROJECT),
      xref('PSA', 'Project', KWD_PROJECT),
      xref('ERP', 'Project', 'PJ-100007', KWD_PROJECT),
    ],
  },
  finance: {
    erp_customer: [
      { id: 'CUST-10004', crm_account_id: UMBRELLA, name: 'Umbrella GmbH', subsidiary: 'DE01', currency: 'EUR', terms_days: 30 },
      { id: 'CUST-10005', crm_account_id: GULF, name: 'Gulf Trading Co', subsidiary: 'US01', currency: 'KWD', terms_days: 30 },
    ],
    erp_project: [
      { id: 'PJ-100006', psa_project_id: EUR_PROJECT, customer_id: 'CUST-10004', status: 'Open', currency: 'EUR' },
      { id: 'PJ-100007', psa_project_id: KWD_PROJECT, customer_id: 'CUST-10005', status: 'Open', currency: 'KWD' },
    ],
    billing_event: [
      { id: 'BE-000020', project_id: 'PJ-100006', status: 'Invoiced', hold_reason: null, event_date: '2026-10-30' },
      { id: 'BE-000021', project_id: 'PJ-100007', status: 'Invoiced', hold_reason: null, event_date: '2026-10-30' },
    ],
    billing_item: [
      { id: 'BI-0000050', billing_event_id: 'BE-000020', kind: 'MILESTONE', source_ref: 'MS-000007', quantity: 100, unit_price: 3_000_000, amount: 3_000_000 },
      {
        id: 'BI-0000051',
        billing_event_id: 'BE-000021',
        kind: 'MILESTONE',
        source_ref: 'MS-000009',
        quantity: 100,
        unit_price: 12_345_678,
        amount: 12_345_678,
      },
    ],
    invoice: [
      {
        id: 'INV-100020',
        tran_id: 'OG-2026-100020',
        customer_id: 'CUST-10004',
        project_id: 'PJ-100006',
        status: 'Open',
        issue_date: '2026-10-31',
        due_date: '2026-11-30',
        currency: 'EUR',
        total: 3_000_000,
      },
      {
        id: 'INV-100021',
        tran_id: 'OG-2026-100021',
        customer_id: 'CUST-10005',
        project_id: 'PJ-100007',
        status: 'Open',
        issue_date: '2026-10-31',
        due_date: '2026-11-30',
        currency: 'KWD',
        total: 12_345_678,
      },
    ],
    invoice_line: [
      { invoice_id: 'INV-100020', line_no: 1, billing_event_id: 'BE-000020', kind: 'MILESTONE', description: 'Design', amount: 3_000_000 },
      { invoice_id: 'INV-100021', line_no: 1, billing_event_id: 'BE-000021', kind: 'MILESTONE', description: 'Survey', amount: 12_345_678 },
    ],
    exchange_rate: FX_RATES,
    xref: ['INV-100020', 'INV-100021'].map((id) => xref('ERP', 'Invoice', id)),
  },
  identity: { xref: [] },
};

multiCurrency.identity.xref = identityRegistryRows(multiCurrency);

/** The fixture plus the multi-currency customers, projects and exchange rates (`multiCurrency`). */
export async function fillMultiCurrency(stores: DomainStores): Promise<void> {
  await fillFixture(stores);
  for (const [domain, tables] of Object.entries(multiCurrency) as [keyof DomainStores, Record<string, SqlRow[]>][]) {
    await stores[domain].transaction(async (tx) => {
      for (const [table, rows] of Object.entries(tables)) await insertRows(tx, table, rows);
    });
  }
}

/**
 * The KPI edge cases in three currencies, added by `fillCurrencyEdges` on top of the multi-currency
 * fixture (test/kpis-currencies.test.ts computes each figure by hand), every project in EMEA:
 * - a COMPLETED fixed-fee project in GBP (Cyberdyne, legal entity LE-03, functional currency GBP),
 *   staffed by a consultant of the GBP entity (London, GBP cost rate) who left on Thursday
 *   15 October 2026 and whose time ran on after it;
 * - a CANCELLED fixed-fee project in KWD (three decimals, Gulf Trading) that keeps its estimate and
 *   releases the rest of its contract value;
 * - an ACTIVE time-and-materials project in EUR (Umbrella) billed beyond its bookings, whose margin
 *   ratio rounds differently when rounded twice;
 * - the GBP→USD and GBP→EUR rates the portfolio needs.
 */
export const CYBERDYNE = salesforceId('001', 31);
export const MARY = 'W-00031';
export const HASAN = 'W-00032';
export const EMMY = 'W-00033';
export const GBP_FIXED_PROJECT = 'PRJ-2026-0031';
export const KWD_CANCELLED_PROJECT = 'PRJ-2026-0032';
export const EUR_OVERBILLED_PROJECT = 'PRJ-2026-0033';

export const currencyEdgeHub = {
  cyberdyne: toHubId('Customer', CYBERDYNE),
  mary: toHubId('Consultant', MARY),
  hasan: toHubId('Consultant', HASAN),
  emmy: toHubId('Consultant', EMMY),
  gbpFixedProject: toHubId('Project', GBP_FIXED_PROJECT),
  kwdCancelledProject: toHubId('Project', KWD_CANCELLED_PROJECT),
  eurOverbilledProject: toHubId('Project', EUR_OVERBILLED_PROJECT),
};

/** The GBP rates of `fillCurrencyEdges`, beside FX_RATES (a closing rate dated 2026-11-30 is not yet in force on 2026-11-15). */
export const GBP_RATES: SqlRow[] = [
  fxRate('GBP', 'USD', 'MONTHLY_AVERAGE', '2026-10-31', '1.2601'),
  fxRate('GBP', 'USD', 'MONTHLY_AVERAGE', '2026-11-30', '1.27135'),
  fxRate('GBP', 'USD', 'CLOSING', '2026-10-31', '1.2648'),
  fxRate('GBP', 'USD', 'CLOSING', '2026-11-30', '1.2801'),
  fxRate('GBP', 'EUR', 'MONTHLY_AVERAGE', '2026-11-30', '1.1692'),
  fxRate('GBP', 'EUR', 'CLOSING', '2026-10-31', '1.16575'),
];

function currencyEdgeProject(
  id: string,
  code: string,
  name: string,
  account: string,
  billingModel: string,
  stage: string,
  bookings: number,
  currency: string,
): SqlRow {
  return {
    id,
    code,
    name,
    account_id: account,
    contract_id: null,
    opportunity_id: null,
    manager_id: null,
    practice: 'ERP',
    region: 'EMEA',
    billing_model: billingModel,
    stage,
    health: 'Green',
    start_date: '2026-09-01',
    end_date: '2026-12-31',
    bookings,
    currency,
    budget_hours: null,
    closed_for_time: stage === 'In Progress' ? 0 : 1,
  };
}

function currencyEdgeWorker(id: string, first: string, last: string, location: string, status: string, termination: string | null, weekly: number): SqlRow {
  return {
    id,
    first_name: first,
    last_name: last,
    email: null,
    business_title: 'Consultant',
    grade: 'C2',
    practice: 'ERP',
    location,
    manager_id: null,
    worker_type: 'Employee',
    status,
    hire_date: '2021-03-01',
    termination_date: termination,
    scheduled_weekly_hours: weekly,
    utilization_target_bp: 8000,
  };
}

function currencyEdgeMilestone(id: string, project: string, name: string, amount: number, status: string): SqlRow {
  const done = status === 'Approved';
  return {
    id,
    project_id: project,
    name,
    amount,
    target_date: '2026-10-30',
    actual_date: done ? '2026-10-30' : null,
    requires_signoff: 0,
    signed_off_at: null,
    status,
  };
}

function currencyEdgeInvoice(id: string, customer: string, erpProject: string, status: string, issueDate: string, currency: string, total: number): SqlRow {
  return {
    id,
    tran_id: `OG-2026-${id.slice(-6)}`,
    customer_id: customer,
    project_id: erpProject,
    status,
    issue_date: issueDate,
    due_date: '2026-12-31',
    currency,
    total,
  };
}

const october = (days: readonly string[]) => days.map((day) => `2026-10-${day}`);
// Mary (GBP entity, 37.52h a week, left Thursday 15 October): billable 7.5h on each workday 1–15 October
// but the 7th, when she was off sick 4h and logged 3.5h; 2h non-billable on the 9th; billable 7.5h on the
// 16th and 19th, after her termination (approved all the same). GBP 150.00 bill, 62.50 cost.
const maryEntries = [
  ...october(['01', '02', '05', '06', '08', '09', '12', '13', '14', '15']).map((date, index) =>
    timecard(401 + index, GBP_FIXED_PROJECT, MARY, date, 750, true, index < 4 ? 'Posted' : 'Approved', 15_000, 6_250),
  ),
  timecard(411, GBP_FIXED_PROJECT, MARY, '2026-10-07', 350, true, 'Approved', 15_000, 6_250),
  timecard(412, GBP_FIXED_PROJECT, MARY, '2026-10-09', 200, false, 'Approved', 15_000, 6_250),
  timecard(413, GBP_FIXED_PROJECT, MARY, '2026-10-16', 750, true, 'Approved', 15_000, 6_250),
  timecard(414, GBP_FIXED_PROJECT, MARY, '2026-10-19', 750, true, 'Approved', 15_000, 6_250),
];
// Hasan (KWD): 8h on 5–9 and 12–15 October, 5.77h on the 16th, approved; 8h on the 19th only submitted.
// KWD 45.000 bill, 19.875 cost.
const hasanEntries = [
  ...october(['05', '06', '07', '08', '09', '12', '13', '14', '15']).map((date, index) =>
    timecard(421 + index, KWD_CANCELLED_PROJECT, HASAN, date, 800, true, 'Approved', 45_000, 19_875),
  ),
  timecard(430, KWD_CANCELLED_PROJECT, HASAN, '2026-10-16', 577, true, 'Approved', 45_000, 19_875),
  timecard(431, KWD_CANCELLED_PROJECT, HASAN, '2026-10-19', 800, true, 'Submitted', 45_000, 19_875),
];
// Emmy (EUR): billable 7.25h on 1, 2, 5–9 and 12 October (the first seven invoiced), 2h non-billable on
// the 13th. EUR 137.35 bill, 71.15 cost.
const emmyEntries = [
  ...october(['01', '02', '05', '06', '07', '08', '09', '12']).map((date, index) =>
    timecard(441 + index, EUR_OVERBILLED_PROJECT, EMMY, date, 725, true, index < 7 ? 'Invoiced' : 'Approved', 13_735, 7_115),
  ),
  timecard(449, EUR_OVERBILLED_PROJECT, EMMY, '2026-10-13', 200, false, 'Approved', 13_735, 7_115),
];

export const currencyEdges: Record<'customers' | 'projects' | 'resources' | 'finance' | 'identity', Record<string, SqlRow[]>> = {
  customers: {
    legal_entity: [{ id: 'LE-03', name: 'OpsGraph Consulting Ltd', currency: 'GBP', tax_registration: 'GB123456789', erp_subsidiary: 'UK01' }],
    account: [fxAccount(CYBERDYNE, 'Cyberdyne Systems Ltd', 'London', 'GB', 'LE-03')],
    xref: [xref('CRM', 'Customer', CYBERDYNE), xref('ERP', 'Customer', 'CUST-10031', CYBERDYNE)],
  },
  resources: {
    worker: [
      currencyEdgeWorker(MARY, 'Mary', 'Somerville', 'London', 'Terminated', '2026-10-15', 3752),
      currencyEdgeWorker(HASAN, 'Hasan', 'Kamel', 'Kuwait City', 'Active', null, 4000),
      currencyEdgeWorker(EMMY, 'Emmy', 'Noether', 'Berlin', 'Active', null, 4000),
    ],
    cost_rate: [
      { worker_id: MARY, effective_from: '2025-01-01', effective_to: null, amount: 6_250, currency: 'GBP' },
      { worker_id: HASAN, effective_from: '2025-01-01', effective_to: null, amount: 19_875, currency: 'KWD' },
      { worker_id: EMMY, effective_from: '2025-01-01', effective_to: null, amount: 7_115, currency: 'EUR' },
    ],
    time_off: [{ worker_id: MARY, off_date: '2026-10-07', hours: 400, kind: 'Sick' }],
    xref: [xref('HCM', 'Consultant', MARY), xref('HCM', 'Consultant', HASAN), xref('HCM', 'Consultant', EMMY)],
  },
  projects: {
    project: [
      // 45,000.00 GBP, completed: 100 % of the contract value, whatever hours were logged.
      currencyEdgeProject(GBP_FIXED_PROJECT, 'CYB-FIX-01', 'Cyberdyne platform build', CYBERDYNE, 'Fixed Price', 'Completed', 4_500_000, 'GBP'),
      // 23,456.789 KWD, cancelled after 77.77h of 300h planned.
      currencyEdgeProject(KWD_CANCELLED_PROJECT, 'GULF-FIX-02', 'Gulf warehouse automation', GULF, 'Fixed Price', 'Canceled', 23_456_789, 'KWD'),
      // 8,000.00 EUR, billed beyond it.
      currencyEdgeProject(EUR_OVERBILLED_PROJECT, 'UMB-TM-02', 'Umbrella data migration', UMBRELLA, 'T&M', 'In Progress', 800_000, 'EUR'),
    ],
    milestone: [
      currencyEdgeMilestone('MS-000031', GBP_FIXED_PROJECT, 'Discovery', 1_500_000, 'Approved'),
      currencyEdgeMilestone('MS-000032', GBP_FIXED_PROJECT, 'Handover', 3_000_000, 'Approved'),
      currencyEdgeMilestone('MS-000033', KWD_CANCELLED_PROJECT, 'Mobilisation', 5_000_000, 'Approved'),
      currencyEdgeMilestone('MS-000034', KWD_CANCELLED_PROJECT, 'Design', 1_234_567, 'Approved'),
      currencyEdgeMilestone('MS-000035', KWD_CANCELLED_PROJECT, 'Build', 17_222_222, 'Planned'),
    ],
    assignment: [
      {
        id: 'ASG-000031',
        project_id: GBP_FIXED_PROJECT,
        worker_id: MARY,
        role: 'Consultant',
        start_date: '2026-09-01',
        end_date: '2026-10-31',
        allocation_pct: 100,
        planned_hours: 20_000,
        status: 'Closed',
      },
      {
        id: 'ASG-000032',
        project_id: KWD_CANCELLED_PROJECT,
        worker_id: HASAN,
        role: 'Consultant',
        start_date: '2026-10-01',
        end_date: '2026-12-31',
        allocation_pct: 100,
        planned_hours: 30_000,
        status: 'Closed',
      },
      {
        id: 'ASG-000033',
        project_id: EUR_OVERBILLED_PROJECT,
        worker_id: EMMY,
        role: 'Consultant',
        start_date: '2026-10-01',
        end_date: '2026-12-31',
        allocation_pct: 50,
        planned_hours: 8_000,
        status: 'Scheduled',
      },
    ],
    time_entry: [...maryEntries, ...hasanEntries, ...emmyEntries],
    expense: [
      {
        id: 'EXP-000031',
        project_id: GBP_FIXED_PROJECT,
        worker_id: MARY,
        expense_date: '2026-10-06',
        category: 'Travel',
        amount: 21_875,
        currency: 'GBP',
        billable: 1,
        status: 'Approved',
      },
      {
        id: 'EXP-000032',
        project_id: EUR_OVERBILLED_PROJECT,
        worker_id: EMMY,
        expense_date: '2026-10-05',
        category: 'Parking',
        amount: 213,
        currency: 'EUR',
        billable: 0,
        status: 'Approved',
      },
    ],
    xref: [
      xref('PSA', 'Project', GBP_FIXED_PROJECT),
      xref('ERP', 'Project', 'PJ-100031', GBP_FIXED_PROJECT),
      xref('PSA', 'Project', KWD_CANCELLED_PROJECT),
      xref('ERP', 'Project', 'PJ-100032', KWD_CANCELLED_PROJECT),
      xref('PSA', 'Project', EUR_OVERBILLED_PROJECT),
      xref('ERP', 'Project', 'PJ-100033', EUR_OVERBILLED_PROJECT),
    ],
  },
  finance: {
    erp_customer: [{ id: 'CUST-10031', crm_account_id: CYBERDYNE, name: 'Cyberdyne Systems Ltd', subsidiary: 'UK01', currency: 'GBP', terms_days: 30 }],
    erp_project: [
      { id: 'PJ-100031', psa_project_id: GBP_FIXED_PROJECT, customer_id: 'CUST-10031', status: 'Open', currency: 'GBP' },
      { id: 'PJ-100032', psa_project_id: KWD_CANCELLED_PROJECT, customer_id: 'CUST-10005', status: 'Closed', currency: 'KWD' },
      { id: 'PJ-100033', psa_project_id: EUR_OVERBILLED_PROJECT, customer_id: 'CUST-10004', status: 'Open', currency: 'EUR' },
    ],
    billing_event: [
      { id: 'BE-000031', project_id: 'PJ-100031', status: 'Invoiced', hold_reason: null, event_date: '2026-09-30' },
      { id: 'BE-000032', project_id: 'PJ-100031', status: 'Released', hold_reason: null, event_date: '2026-10-30' },
      { id: 'BE-000033', project_id: 'PJ-100032', status: 'Invoiced', hold_reason: null, event_date: '2026-10-09' },
      { id: 'BE-000034', project_id: 'PJ-100033', status: 'Invoiced', hold_reason: null, event_date: '2026-10-09' },
      // Ten hours of cutover billed in advance, beyond the contract value.
      { id: 'BE-000035', project_id: 'PJ-100033', status: 'Invoiced', hold_reason: null, event_date: '2026-10-30' },
    ],
    billing_item: [
      { id: 'BI-0000131', billing_event_id: 'BE-000031', kind: 'MILESTONE', source_ref: 'MS-000031', quantity: 100, unit_price: 1_500_000, amount: 1_500_000 },
      { id: 'BI-0000132', billing_event_id: 'BE-000032', kind: 'MILESTONE', source_ref: 'MS-000032', quantity: 100, unit_price: 3_000_000, amount: 3_000_000 },
      { id: 'BI-0000133', billing_event_id: 'BE-000033', kind: 'MILESTONE', source_ref: 'MS-000033', quantity: 100, unit_price: 5_000_000, amount: 5_000_000 },
      // Emmy's first seven days, 7.25h × 137.35 = 995.7875 → 995.79 each.
      ...emmyEntries.slice(0, 7).map((entry, index) => ({
        id: `BI-00001${40 + index}`,
        billing_event_id: 'BE-000034',
        kind: 'TIME',
        source_ref: entry.id,
        quantity: 725,
        unit_price: 13_735,
        amount: 99_579,
      })),
      { id: 'BI-0000150', billing_event_id: 'BE-000035', kind: 'TIME', source_ref: null, quantity: 1_000, unit_price: 13_735, amount: 137_350 },
    ],
    invoice: [
      currencyEdgeInvoice('INV-100031', 'CUST-10031', 'PJ-100031', 'Paid In Full', '2026-10-01', 'GBP', 1_500_000),
      currencyEdgeInvoice('INV-100032', 'CUST-10005', 'PJ-100032', 'Open', '2026-10-10', 'KWD', 5_000_000),
      currencyEdgeInvoice('INV-100033', 'CUST-10004', 'PJ-100033', 'Open', '2026-10-10', 'EUR', 697_053),
      currencyEdgeInvoice('INV-100034', 'CUST-10004', 'PJ-100033', 'Open', '2026-10-31', 'EUR', 137_350),
    ],
    invoice_line: [
      { invoice_id: 'INV-100031', line_no: 1, billing_event_id: 'BE-000031', kind: 'MILESTONE', description: 'Discovery', amount: 1_500_000 },
      { invoice_id: 'INV-100032', line_no: 1, billing_event_id: 'BE-000033', kind: 'MILESTONE', description: 'Mobilisation', amount: 5_000_000 },
      { invoice_id: 'INV-100033', line_no: 1, billing_event_id: 'BE-000034', kind: 'TIME', description: 'Professional services, October', amount: 697_053 },
      { invoice_id: 'INV-100034', line_no: 1, billing_event_id: 'BE-000035', kind: 'TIME', description: 'Cutover, billed in advance', amount: 137_350 },
    ],
    payment: [{ id: 'PAY-000031', invoice_id: 'INV-100031', payment_date: '2026-10-20', amount: 1_500_000 }],
    exchange_rate: GBP_RATES,
    xref: ['INV-100031', 'INV-100032', 'INV-100033', 'INV-100034'].map((id) => xref('ERP', 'Invoice', id)),
  },
  identity: { xref: [] },
};

// The invoices of Gulf and Umbrella belong to their ERP customers of the multi-currency fixture.
currencyEdges.identity.xref = identityRegistryRows({
  ...currencyEdges,
  finance: { ...currencyEdges.finance, erp_customer: [...multiCurrency.finance.erp_customer, ...currencyEdges.finance.erp_customer] },
});

/** The multi-currency fixture plus the KPI edge cases in GBP, KWD and EUR (`currencyEdges`). */
export async function fillCurrencyEdges(stores: DomainStores): Promise<void> {
  await fillMultiCurrency(stores);
  for (const [domain, tables] of Object.entries(currencyEdges) as [keyof DomainStores, Record<string, SqlRow[]>][]) {
    await stores[domain].transaction(async (tx) => {
      for (const [table, rows] of Object.entries(tables)) await insertRows(tx, table, rows);
    });
  }
}

/**
 * Expenses incurred in another currency than their project's, added by `fillExpenseCurrencies` on top
 * of the multi-currency fixture (test/expense-currency.test.ts computes each figure by hand): a London
 * consultant's GBP hotel and a USD flight on the EUR milestone project, EUR meals and a taxi on the
 * KWD project, and a T&M project in EUR for Umbrella (legal entity LE-02) with GBP and EUR expenses in
 * October and a GBP one in November; the ERP's DAILY rates GBP→EUR (two dates), USD→EUR and EUR→KWD.
 */
export const EUR_TM_PROJECT = 'PRJ-2026-0041';

export const expenseHub = { eurTmProject: toHubId('Project', EUR_TM_PROJECT) };

function expenseRow(id: number, project: string, date: string, category: string, amount: number, currency: string, billable: boolean): SqlRow {
  return {
    id: `EXP-${String(id).padStart(6, '0')}`,
    project_id: project,
    worker_id: ADA,
    expense_date: date,
    category,
    amount,
    currency,
    billable: billable ? 1 : 0,
    status: 'Approved',
  };
}

export const expenseCurrencies: Record<'projects' | 'finance' | 'identity', Record<string, SqlRow[]>> = {
  projects: {
    project: [
      {
        ...fxProject(EUR_TM_PROJECT, 'UMB-TM-01', 'Umbrella data migration', UMBRELLA, 2_000_000, 'EUR'),
        billing_model: 'T&M',
      },
    ],
    time_entry: [timecard(411, EUR_TM_PROJECT, ADA, '2026-10-21', 1000, true, 'Approved', 15_000, 8_500)],
    expense: [
      // The T&M project: 180.25 GBP billable and 35.10 GBP not, both on 22 October; 40.00 EUR; 98.75 GBP in November.
      expenseRow(411, EUR_TM_PROJECT, '2026-10-22', 'Lodging', 18_025, 'GBP', true),
      expenseRow(412, EUR_TM_PROJECT, '2026-10-22', 'Meals', 3_510, 'GBP', false),
      expenseRow(413, EUR_TM_PROJECT, '2026-10-23', 'Taxi', 4_000, 'EUR', true),
      expenseRow(414, EUR_TM_PROJECT, '2026-11-10', 'Lodging', 9_875, 'GBP', true),
      // The EUR milestone project: 245.50 GBP billable, 612.40 USD not.
      expenseRow(415, EUR_PROJECT, '2026-11-10', 'Lodging', 24_550, 'GBP', true),
      expenseRow(416, EUR_PROJECT, '2026-11-12', 'Airfare', 61_240, 'USD', false),
      // The KWD milestone project: 80.00 EUR billable, 23.45 EUR not.
      expenseRow(417, KWD_PROJECT, '2026-11-05', 'Meals', 8_000, 'EUR', true),
      expenseRow(418, KWD_PROJECT, '2026-11-05', 'Taxi', 2_345, 'EUR', false),
    ],
    xref: [xref('PSA', 'Project', EUR_TM_PROJECT), xref('ERP', 'Project', 'PJ-100041', EUR_TM_PROJECT)],
  },
  finance: {
    erp_project: [{ id: 'PJ-100041', psa_project_id: EUR_TM_PROJECT, customer_id: 'CUST-10004', status: 'Open', currency: 'EUR' }],
    exchange_rate: [
      fxRate('GBP', 'EUR', 'DAILY', '2026-10-20', '1.1532'),
      fxRate('GBP', 'EUR', 'DAILY', '2026-11-09', '1.1468'),
      fxRate('USD', 'EUR', 'DAILY', '2026-11-12', '0.9231'),
      fxRate('EUR', 'KWD', 'DAILY', '2026-11-02', '0.3344'),
    ],
  },
  identity: { xref: [] },
};

expenseCurrencies.identity.xref = identityRegistryRows(expenseCurrencies);

/** The multi-currency fixture plus expenses in other currencies than their projects' (`expenseCurrencies`). */
export async function fillExpenseCurrencies(stores: DomainStores): Promise<void> {
  await fillMultiCurrency(stores);
  for (const [domain, tables] of Object.entries(expenseCurrencies) as [keyof DomainStores, Record<string, SqlRow[]>][]) {
    await stores[domain].transaction(async (tx) => {
      for (const [table, rows] of Object.entries(tables)) await insertRows(tx, table, rows);
    });
  }
}
