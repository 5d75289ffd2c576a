/**
 * Reconciliation's rows and shapes (docs/reconciliation.md): runs, findings and the drifts a check
 * reports. Rows mirror the tables in ../connector/migrations.ts; JSON columns are text.
 */
import type { SourceSystem } from '../../shared/ids.ts';

/** Every check, in the order a scan runs them (the SDL's ReconciliationCheck). */
export const CHECKS = [
  'PROJECT_CLOSED_IN_ERP',
  'APPROVED_TIME_NOT_POSTED',
  'POSTED_COST_WITHOUT_TIME',
  'PROJECT_MISSING_IN_ERP',
  'TIME_AFTER_TERMINATION',
  'ASSIGNMENT_OF_TERMINATED_CONSULTANT',
  'MILESTONE_BILLED_TWICE',
  'PAID_INVOICE_PAYMENTS_SHORT',
  'INVOICE_TOTAL_MISMATCH',
  'STALE_BILL_RATE',
  'WORKLOG_NOT_SYNCED',
  'CONTRACT_VALUE_NOT_BOOKINGS',
  'ENTITY_MISSING_FROM_STORE',
] as const;

export type Check = (typeof CHECKS)[number];

export type FindingStatus = 'OPEN' | 'REPLAYING' | 'CLOSED';

export type RunStatus = 'RUNNING' | 'COMPLETED' | 'FAILED';

/** One record a drift involves, by its id in one system. */
export interface FindingRecordShape {
  system: SourceSystem;
  entityType: string;
  id: string;
  hubId: string | null;
}

/** What a check reports about one drift. */
export interface Drift {
  check: Check;
  /** check + the drifting records' ids: the finding's and its exception's identity across scans. */
  dedupeKey: string;
  summary: string;
  /** The system where the drift shows (the exception's system). */
  system: SourceSystem;
  records: FindingRecordShape[];
  customerId: string | null;
  projectId: string | null;
  /** Minor units of `currency`: the billable or billed amount at stake (never a cost). */
  amount: number | null;
  currency: string | null;
  /** The governed workflow replayFinding runs, and its input (without an idempotency key); null when a person decides. */
  replay: { type: string; input: Record<string, unknown> } | null;
  /** Business context beyond the records: label/value pairs. */
  context: { label: string; value: string }[];
}

export interface RunRow {
  id: string;
  scope: string;
  idempotency_key: string;
  request_hash: string;
  status: RunStatus;
  /** JSON: Check[]. */
  checks: string;
  /** JSON: hub ids, or null for every project. */
  project_ids: string | null;
  actor_sub: string;
  correlation_id: string;
  started_at: string;
  finished_at: string | null;
  opened: number;
  still_open: number;
  closed: number;
  error: string | null;
  /** Until when the process running it holds it; a RUNNING run past it died with its process. */
  lease_until: string | null;
}

export interface FindingRow {
  id: string;
  dedupe_key: string;
  check_name: Check;
  status: FindingStatus;
  summary: string;
  /** JSON: FindingRecordShape[]. */
  records: string;
  customer_id: string | null;
  project_id: string | null;
  amount: number | null;
  currency: string | null;
  /** The workflow type replayFinding runs; null when a person decides. */
  replay: string | null;
  /** JSON: that workflow's input. */
  replay_input: string | null;
  exception_id: string;
  detected_at: string;
  last_seen_at: string;
  closed_at: string | null;
  replay_workflow_id: string | null;
  /** The replay call holding the finding while it starts its workflow (null once linked or released). */
  replay_claim_id: string | null;
  /** Until when that claim holds without renewal; a claim past it died with its process. */
  replay_claimed_until: string | null;
}

export interface FindingListFilter {
  status?: FindingStatus | null;
  check?: Check | null;
  projectId?: string | null;
  customerId?: string | null;
}
