/**
 * Business journeys (docs/journeys.md): instances of quote-to-project, time-to-bill and
 * project-to-cash followed from the domain events, with each stage's timestamp, the cycle time and
 * the service levels each instance met or missed. Rows of the workflows store.
 */

export type JourneyKind = 'QUOTE_TO_PROJECT' | 'TIME_TO_BILL' | 'PROJECT_TO_CASH';
export type JourneyState = 'IN_PROGRESS' | 'COMPLETED' | 'STOPPED';

export const JOURNEY_KINDS: readonly JourneyKind[] = ['QUOTE_TO_PROJECT', 'TIME_TO_BILL', 'PROJECT_TO_CASH'];
export const JOURNEY_STATES: readonly JourneyState[] = ['IN_PROGRESS', 'COMPLETED', 'STOPPED'];

/** The stages of each kind, in order (stable names: docs/journeys.md). */
export const JOURNEY_STAGES: Readonly<Record<JourneyKind, readonly string[]>> = {
  QUOTE_TO_PROJECT: ['WON', 'CONTRACT_ACTIVATED', 'PROJECT_CREATED', 'PROJECT_ACTIVE'],
  TIME_TO_BILL: ['APPROVED', 'POSTED', 'INVOICED'],
  PROJECT_TO_CASH: ['MILESTONE_APPROVED', 'BILLING_RELEASED', 'INVOICE_ISSUED', 'PAID'],
};

/** A row of `journey`. */
export interface JourneyRecord {
  id: string;
  kind: JourneyKind;
  /** What the journey follows: the opportunity, the approval batch (its first timecard) or the milestone (hub id). */
  subject_id: string;
  state: JourneyState;
  /** JSON object of stage name → ISO instant it was reached. */
  stages: string;
  customer_id: string | null;
  project_id: string | null;
  /** Minor units of `currency`. */
  amount: number | null;
  currency: string | null;
  started_at: string;
  completed_at: string | null;
  cycle_time_seconds: number | null;
  /** 1 when any of its SLOs was missed. */
  breached: number;
  updated_at: string;
}

/** A row of `journey_slo`: one SLO's clock on one journey, from its start stage. */
export interface JourneySloRecord {
  journey_id: string;
  slo: string;
  /** The stage due. */
  stage: string;
  /** When the start stage was reached. */
  clock_from: string;
  due_at: string;
  reached_at: string | null;
  /** 1 once missed: reached after `due_at`; unreached, found overdue by a sweep. */
  breached: number;
  /** The SLO_BREACH exception the sweeper raised, if any. */
  exception_id: string | null;
  /** 1 once that exception was closed (stage reached, or journey stopped). */
  exception_closed: number;
  /** The target the clock runs against, fixed when it first started (null on clocks recorded before targets were kept). */
  target: string | null;
  /** When a sweep found the stage overdue (unreached past `due_at`). */
  overdue_at: string | null;
}

export interface JourneyListFilter {
  kind: JourneyKind | null;
  state: JourneyState | null;
  customerId: string | null;
  projectId: string | null;
  breached: boolean | null;
  from: string | null;
  to: string | null;
}

/** What `slos` answers per SLO. */
export interface SloReport {
  name: string;
  kind: JourneyKind;
  fromStage: string;
  toStage: string;
  target: string;
  attainment: number | null;
  met: number;
  breaches: number;
  window: string;
}
