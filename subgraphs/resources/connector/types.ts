/**
 * The resources subgraph's system-of-record interface (HCM). Rows carry the HCM's native ids and
 * labels; hours are integer hundredths, money integer minor units.
 */
import type { PageRequest } from '../../shared/pagination.ts';
import type { XrefRecord } from '../../shared/xref.ts';

export interface WorkerRecord {
  id: string;
  first_name: string;
  last_name: string;
  email: string | null;
  business_title: string | null;
  grade: string | null;
  practice: string | null;
  location: string | null;
  manager_id: string | null;
  worker_type: string;
  status: string;
  hire_date: string | null;
  termination_date: string | null;
  scheduled_weekly_hours: number;
  utilization_target_bp: number | null;
}

export interface WorkerSkillRecord {
  worker_id: string;
  skill: string;
  level: number;
}

export interface CostRateRecord {
  worker_id: string;
  effective_from: string;
  effective_to: string | null;
  amount: number;
  currency: string;
}

/** A day off for a worker: personal time off or a holiday of the worker's location. */
export interface TimeOffRecord {
  worker_id: string;
  off_date: string;
  hours: number;
}

export interface WorkerListFilter {
  skill?: string | null;
  practice?: string | null;
  location?: string | null;
  /** Employed for the whole window and not on leave. */
  availableFrom?: string | null;
  availableTo?: string | null;
}

/** Every method is one round trip to the HCM, whatever the number of ids. */
export interface ResourcesConnector {
  workersByIds(ids: readonly string[]): Promise<WorkerRecord[]>;
  /** Up to `page.limit + 1` workers after `page.afterKey`, ordered by id. */
  listWorkers(filter: WorkerListFilter, page: PageRequest): Promise<WorkerRecord[]>;
  countWorkers(filter: WorkerListFilter): Promise<number>;
  skillsByWorkerIds(ids: readonly string[]): Promise<WorkerSkillRecord[]>;
  costRatesByWorkerIds(ids: readonly string[]): Promise<CostRateRecord[]>;
  /** Time off and location holidays, ordered by worker and date; only within `window` when given. */
  timeOffByWorkerIds(ids: readonly string[], window?: { from: string; to: string }): Promise<TimeOffRecord[]>;
  externalRefsByHubIds(hubIds: readonly string[]): Promise<XrefRecord[]>;
}
