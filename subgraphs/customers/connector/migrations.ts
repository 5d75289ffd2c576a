/**
 * The CRM store (Salesforce-flavoured): 18-character ids with key prefixes, stage and status
 * labels of its own, money in integer minor units. Portable SQL for node:sqlite and PostgreSQL.
 */
import type { Migration } from '../../../platform/sql.ts';
import { SYSTEM_API_MIGRATION } from '../../shared/system-api.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const customersMigrations: readonly Migration[] = [
  `CREATE TABLE legal_entity (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    currency TEXT NOT NULL,
    tax_registration TEXT,
    erp_subsidiary TEXT
  );
  CREATE TABLE account (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    industry TEXT,
    region TEXT,
    parent_id TEXT,
    legal_entity_id TEXT,
    billing_street TEXT,
    billing_city TEXT,
    billing_country TEXT,
    payment_terms_days INTEGER
  );
  CREATE INDEX account_region ON account (region);
  CREATE TABLE contact (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT,
    role TEXT
  );
  CREATE INDEX contact_account ON contact (account_id);
  CREATE TABLE opportunity (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    stage_name TEXT NOT NULL,
    amount BIGINT,
    currency TEXT NOT NULL,
    billing_model TEXT,
    close_date TEXT,
    probability INTEGER,
    service_line TEXT,
    delivery_region TEXT,
    target_margin_bp INTEGER,
    expected_start TEXT,
    is_change_request INTEGER NOT NULL DEFAULT 0,
    parent_opportunity_id TEXT
  );
  CREATE INDEX opportunity_account ON opportunity (account_id);
  CREATE TABLE contract (
    id TEXT PRIMARY KEY,
    contract_number TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL,
    opportunity_id TEXT,
    status TEXT NOT NULL,
    value BIGINT NOT NULL,
    currency TEXT NOT NULL,
    billing_model TEXT,
    start_date TEXT,
    end_date TEXT,
    term_months INTEGER,
    payment_terms_days INTEGER
  );
  CREATE INDEX contract_account ON contract (account_id);
  CREATE INDEX contract_opportunity ON contract (opportunity_id);
  ${XREF_TABLE_DDL}`,
  SYSTEM_API_MIGRATION,
  `CREATE TABLE contract_amendment (
    id TEXT PRIMARY KEY,
    contract_id TEXT NOT NULL,
    change_order_ref TEXT NOT NULL,
    delta_value BIGINT NOT NULL,
    previous_status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (contract_id, change_order_ref)
  );`,
];
