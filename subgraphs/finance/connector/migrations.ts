/**
 * The ERP store (NetSuite-flavoured): CUST-/PJ-/INV- ids, its own status labels, money in minor
 * units. An ERP customer records its CRM account id and an ERP project its PSA project id, as the
 * integration fields of a real ERP do.
 */
import { FINANCE_READ_MODEL_MIGRATION } from './read-models.ts';
import type { Migration } from '../../../platform/sql.ts';
import { SYSTEM_API_MIGRATION } from '../../shared/system-api.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const financeMigrations: readonly Migration[] = [
  `CREATE TABLE erp_customer (
    id TEXT PRIMARY KEY,
    crm_account_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    subsidiary TEXT,
    currency TEXT NOT NULL,
    terms_days INTEGER NOT NULL
  );
  CREATE TABLE erp_project (
    id TEXT PRIMARY KEY,
    psa_project_id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL,
    status TEXT NOT NULL,
    currency TEXT NOT NULL
  );
  CREATE TABLE rate_card (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    region TEXT NOT NULL,
    bill_rate BIGINT NOT NULL,
    currency TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to TEXT
  );
  CREATE INDEX rate_card_role_region ON rate_card (role, region);
  CREATE TABLE billing_event (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    status TEXT NOT NULL,
    hold_reason TEXT,
    event_date TEXT NOT NULL
  );
  CREATE INDEX billing_event_project ON billing_event (project_id);
  CREATE TABLE billing_item (
    id TEXT PRIMARY KEY,
    billing_event_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_ref TEXT,
    quantity BIGINT NOT NULL,
    unit_price BIGINT NOT NULL,
    amount BIGINT NOT NULL
  );
  CREATE INDEX billing_item_event ON billing_item (billing_event_id);
  CREATE TABLE invoice (
    id TEXT PRIMARY KEY,
    tran_id TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL,
    project_id TEXT,
    status TEXT NOT NULL,
    issue_date TEXT,
    due_date TEXT,
    currency TEXT NOT NULL,
    total BIGINT NOT NULL
  );
  CREATE INDEX invoice_customer ON invoice (customer_id);
  CREATE INDEX invoice_project ON invoice (project_id);
  CREATE TABLE invoice_line (
    invoice_id TEXT NOT NULL,
    line_no INTEGER NOT NULL,
    billing_event_id TEXT,
    kind TEXT NOT NULL,
    description TEXT NOT NULL,
    amount BIGINT NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
  );
  CREATE TABLE payment (
    id TEXT PRIMARY KEY,
    invoice_id TEXT NOT NULL,
    payment_date TEXT NOT NULL,
    amount BIGINT NOT NULL
  );
  CREATE INDEX payment_invoice ON payment (invoice_id);
  CREATE TABLE cost_posting (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    source TEXT NOT NULL,
    source_ref TEXT NOT NULL,
    gl_account TEXT NOT NULL,
    amount BIGINT NOT NULL,
    status TEXT NOT NULL,
    posted_at TEXT
  );
  CREATE INDEX cost_posting_project ON cost_posting (project_id);
  CREATE UNIQUE INDEX cost_posting_source ON cost_posting (source, source_ref);
  CREATE TABLE revenue_event (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    method TEXT NOT NULL,
    period TEXT NOT NULL,
    amount BIGINT NOT NULL,
    cumulative BIGINT NOT NULL
  );
  CREATE INDEX revenue_event_project ON revenue_event (project_id);
  ${XREF_TABLE_DDL}`,
  SYSTEM_API_MIGRATION,
  `CREATE TABLE billing_schedule_line (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    label TEXT NOT NULL,
    psa_milestone_id TEXT,
    scheduled_date TEXT NOT NULL,
    amount BIGINT NOT NULL,
    status TEXT NOT NULL
  );
  CREATE INDEX billing_schedule_line_project ON billing_schedule_line (project_id);`,
  `ALTER TABLE billing_schedule_line ADD COLUMN change_order_id TEXT;`,
  // Period close: revenue events become the revenue ledger (one posting per project and period),
  // accounting periods per legal entity (the ERP subsidiary), and cost accruals for approved work
  // not yet posted (one per project and period).
  `ALTER TABLE revenue_event ADD COLUMN posted_at TEXT;
  CREATE UNIQUE INDEX revenue_event_period ON revenue_event (project_id, period);
  CREATE TABLE accounting_period (
    legal_entity_id TEXT NOT NULL,
    period TEXT NOT NULL,
    status TEXT NOT NULL,
    closing_at TEXT,
    closed_at TEXT,
    PRIMARY KEY (legal_entity_id, period)
  );
  CREATE TABLE cost_accrual (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    period TEXT NOT NULL,
    amount BIGINT NOT NULL,
    items INTEGER NOT NULL,
    accrued_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX cost_accrual_period ON cost_accrual (project_id, period);`,
  // Exchange rates (connector/rates.ts): one per directed pair, rate type and effective date, the
  // rate as its exact canonical decimal text.
  `CREATE TABLE exchange_rate (
    from_currency TEXT NOT NULL,
    to_currency TEXT NOT NULL,
    rate_type TEXT NOT NULL,
    effective_date TEXT NOT NULL,
    rate TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (from_currency, to_currency, rate_type, effective_date)
  );`,
  // The read model of each project's ledger to date and the marks of what changed (docs/read-models.md).
  FINANCE_READ_MODEL_MIGRATION,
  // Reconciliation (connector/reconciliation-reads.ts): the milestones billed more than once, without reading the other items.
  'CREATE INDEX billing_item_kind_ref ON billing_item (kind, source_ref);',
];
