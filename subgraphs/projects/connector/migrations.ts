/**
 * The PSA store (Certinia-flavoured): PRJ-YYYY-NNNN project ids, timecards valued at the bill and
 * cost rates in force on the work date, labels of its own, hours in hundredths, money in minor units.
 * References to other systems are their native ids (CRM account/opportunity/contract, HCM worker).
 */
import type { Migration } from '../../../platform/sql.ts';
import { SYSTEM_API_MIGRATION } from '../../shared/system-api.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';
import { PROJECTS_READ_MODEL_MIGRATION } from './read-models.ts';

export const projectsMigrations: readonly Migration[] = [
  `CREATE TABLE project (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    account_id TEXT NOT NULL,
    contract_id TEXT,
    opportunity_id TEXT,
    manager_id TEXT,
    practice TEXT,
    region TEXT,
    billing_model TEXT NOT NULL,
    stage TEXT NOT NULL,
    health TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    bookings BIGINT NOT NULL,
    currency TEXT NOT NULL,
    budget_hours BIGINT,
    closed_for_time INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX project_account ON project (account_id);
  CREATE INDEX project_opportunity ON project (opportunity_id);
  CREATE INDEX project_manager ON project (manager_id);
  CREATE TABLE milestone (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    name TEXT NOT NULL,
    amount BIGINT,
    target_date TEXT,
    actual_date TEXT,
    requires_signoff INTEGER NOT NULL DEFAULT 0,
    signed_off_at TEXT,
    status TEXT NOT NULL
  );
  CREATE INDEX milestone_project ON milestone (project_id);
  CREATE TABLE resource_request (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    role TEXT NOT NULL,
    skills TEXT NOT NULL DEFAULT '',
    hours BIGINT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    status TEXT NOT NULL
  );
  CREATE INDEX resource_request_project ON resource_request (project_id);
  CREATE TABLE assignment (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    role TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    allocation_pct INTEGER NOT NULL,
    planned_hours BIGINT NOT NULL,
    status TEXT NOT NULL
  );
  CREATE INDEX assignment_project ON assignment (project_id);
  CREATE INDEX assignment_worker ON assignment (worker_id);
  CREATE TABLE time_entry (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    assignment_id TEXT,
    worker_id TEXT NOT NULL,
    work_date TEXT NOT NULL,
    hours BIGINT NOT NULL,
    billable INTEGER NOT NULL,
    notes TEXT,
    status TEXT NOT NULL,
    bill_rate BIGINT NOT NULL,
    cost_rate BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
  );
  CREATE INDEX time_entry_project_date ON time_entry (project_id, work_date, id);
  CREATE INDEX time_entry_worker_date ON time_entry (worker_id, work_date);
  CREATE TABLE expense (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    worker_id TEXT NOT NULL,
    expense_date TEXT NOT NULL,
    category TEXT NOT NULL,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    billable INTEGER NOT NULL,
    status TEXT NOT NULL
  );
  CREATE INDEX expense_project ON expense (project_id);
  CREATE TABLE change_order (
    id TEXT PRIMARY KEY,
    project_id TEXT NOT NULL,
    reason TEXT,
    delta_bookings BIGINT,
    delta_budget_hours BIGINT,
    status TEXT NOT NULL
  );
  CREATE INDEX change_order_project ON change_order (project_id);
  ${XREF_TABLE_DDL}`,
  // Covering indexes for the KPI aggregates: delivery totals per project and billable hours in a window.
  `CREATE INDEX time_entry_totals ON time_entry (project_id, status, billable, hours, bill_rate, cost_rate);
  CREATE INDEX time_entry_window ON time_entry (work_date, project_id, billable, status, worker_id, hours);`,
  SYSTEM_API_MIGRATION,
  // One opportunity yields one project, ever.
  `DROP INDEX project_opportunity;
  CREATE UNIQUE INDEX project_opportunity ON project (opportunity_id);`,
  // Change orders remember the roles they add and what applying them changed (for its reversal).
  `ALTER TABLE change_order ADD COLUMN added_roles TEXT NOT NULL DEFAULT '[]';
  ALTER TABLE change_order ADD COLUMN applied_request_ids TEXT NOT NULL DEFAULT '[]';`,
  // The delivery platform's worklog a timecard comes from: one timecard per worklog, ever.
  `ALTER TABLE time_entry ADD COLUMN source_ref TEXT;
  CREATE UNIQUE INDEX time_entry_source_ref ON time_entry (source_ref) WHERE source_ref IS NOT NULL;`,
  // Covering index for approved work by project and work date: by month (the portfolio's month-by-month
  // conversion) and after a day (the trend's checkpoints).
  'CREATE INDEX time_entry_months ON time_entry (project_id, work_date, status, billable, hours, bill_rate, cost_rate);',
  // The read models (delivery totals, running sums of approved time) and the marks of what changed.
  PROJECTS_READ_MODEL_MIGRATION,
];
