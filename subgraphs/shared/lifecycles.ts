/**
 * Canonical state machines and staffing arithmetic from domain.md, shared by the PSA (which
 * enforces them on write) and the workflows service (which checks them before writing anything).
 */

export type ProjectStatus = 'PLANNED' | 'ACTIVE' | 'ON_HOLD' | 'COMPLETED' | 'CANCELLED' | 'CLOSED';

/** PLANNED → ACTIVE ⇄ ON_HOLD → COMPLETED | CANCELLED → CLOSED. */
export const PROJECT_TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  PLANNED: ['ACTIVE', 'CANCELLED'],
  ACTIVE: ['ON_HOLD', 'COMPLETED', 'CANCELLED'],
  ON_HOLD: ['ACTIVE', 'CANCELLED'],
  COMPLETED: ['CLOSED'],
  CANCELLED: ['CLOSED'],
  CLOSED: [],
};

/** Project states in which consultants may be staffed and time logged and approved. */
export const OPEN_FOR_WORK: readonly ProjectStatus[] = ['PLANNED', 'ACTIVE'];

export interface AllocationSpan {
  startDate: string;
  endDate: string;
  allocationPct: number;
}

/** Highest total allocation of `spans` on any day of [start, end] (dates as YYYY-MM-DD). */
export function peakAllocation(spans: readonly AllocationSpan[], start: string, end: string): number {
  const overlapping = spans.filter((span) => span.startDate <= end && span.endDate >= start);
  const points = [start, ...overlapping.map((span) => span.startDate).filter((day) => day > start && day <= end)];
  let peak = 0;
  for (const day of points) {
    const total = overlapping.filter((span) => span.startDate <= day && span.endDate >= day).reduce((sum, span) => sum + span.allocationPct, 0);
    peak = Math.max(peak, total);
  }
  return peak;
}
