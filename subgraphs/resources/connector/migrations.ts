/**
 * The HCM store (Workday-flavoured): W-NNNNN worker ids, its own status labels, hours in
 * hundredths, cost rates in minor units with effective dating.
 */
import type { Migration } from '../../../platform/sql.ts';
import { XREF_TABLE_DDL } from '../../shared/xref.ts';

export const resourcesMigrations: readonly Migration[] = [
  `CREATE TABLE worker (
    id TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT,
    business_title TEXT,
    grade TEXT,
    practice TEXT,
    location TEXT,
    manager_id TEXT,
    worker_type TEXT NOT NULL,
    status TEXT NOT NULL,
    hire_date TEXT,
    termination_date TEXT,
    scheduled_weekly_hours BIGINT NOT NULL,
    utilization_target_bp INTEGER
  );
  CREATE INDEX worker_practice ON worker (practice);
  CREATE TABLE worker_skill (
    worker_id TEXT NOT NULL,
    skill TEXT NOT NULL,
    level INTEGER NOT NULL,
    PRIMARY KEY (worker_id, skill)
  );
  CREATE INDEX worker_skill_skill ON worker_skill (skill);
  CREATE TABLE cost_rate (
    worker_id TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    effective_to TEXT,
    amount BIGINT NOT NULL,
    currency TEXT NOT NULL,
    PRIMARY KEY (worker_id, effective_from)
  );
  CREATE TABLE time_off (
    worker_id TEXT NOT NULL,
    off_date TEXT NOT NULL,
    hours BIGINT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY (worker_id, off_date)
  );
  CREATE TABLE holiday (
    location TEXT NOT NULL,
    holiday_date TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (location, holiday_date)
  );
  ${XREF_TABLE_DDL}`,
];
