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

/** The fixture plus a won, contracted Globex deal (milestone billing, EMEA) and the EMEA rate cards it needs. */
export async function fillGlobexWonDeal(stores: DomainStores): Promise<void> {
  await fillFixture(stores);
  await insertRows(stores.customers, 'opportunity', [
    {
      id: GLOBEX_WON_DEAL,
      account_id: GLOBEX,
      name: 'Globex grid analytics',
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
  ]);
  await insertRows(stores.customers, 'contract', [
    {
      id: GLOBEX_CONTRACT,
      contract_number: '00000110',
      account_id: GLOBEX,
      opportunity_id: GLOBEX_WON_DEAL,
      status: 'Activated',
      value: 9_000_000,
      currency: 'USD',
      billing_model: 'Milestone',
      start_date: '2027-01-04',
      end_date: '2027-06-30',
      term_months: 6,
      payment_terms_days: 45,
    },
  ]);
  await insertRows(stores.finance, 'rate_card', [
    { id: 'RC-0101', role: 'Manager', region: 'EMEA', bill_rate: 21000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
    { id: 'RC-0102', role: 'Senior Consultant', region: 'EMEA', bill_rate: 16000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
    { id: 'RC-0103', role: 'Consultant', region: 'EMEA', bill_rate: 12000, currency: 'USD', effective_from: '2026-01-01', effective_to: null },
  ]);
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
