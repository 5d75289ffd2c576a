/**
 * The journeys' service levels: which stage is due how long after which, the defaults of the issue
 * and the targets OPSGRAPH_SLOS overrides, and the clock arithmetic (calendar units, or business
 * days: Monday to Friday in UTC, the workdays of subgraphs/shared/dates.ts; the hub keeps no holiday calendar).
 */
import { env } from '../../../platform/env.ts';
import { logger } from '../../../platform/logger.ts';
import { isWorkday } from '../../shared/dates.ts';
import type { SourceSystem } from '../../shared/ids.ts';
import type { JourneyKind } from './types.ts';

export interface SloDefinition {
  name: string;
  kind: JourneyKind;
  fromStage: string;
  toStage: string;
  /** The system where the stage due happens: the exception names it. */
  system: SourceSystem;
  /** `<n>s`, `<n>m`, `<n>h`, `<n>d` or `<n>bd`. */
  defaultTarget: string;
}

export const SLO_DEFINITIONS: readonly SloDefinition[] = [
  {
    name: 'project-created-after-activation',
    kind: 'QUOTE_TO_PROJECT',
    fromStage: 'CONTRACT_ACTIVATED',
    toStage: 'PROJECT_CREATED',
    system: 'PSA',
    defaultTarget: '1bd',
  },
  { name: 'approved-time-posted', kind: 'TIME_TO_BILL', fromStage: 'APPROVED', toStage: 'POSTED', system: 'ERP', defaultTarget: '15m' },
  {
    name: 'invoice-issued-after-release',
    kind: 'PROJECT_TO_CASH',
    fromStage: 'BILLING_RELEASED',
    toStage: 'INVOICE_ISSUED',
    system: 'ERP',
    defaultTarget: '5bd',
  },
];

export interface Slo extends SloDefinition {
  target: string;
}

const warned = new Set<string>();

/** The SLOs with their targets in force (OPSGRAPH_SLOS over the defaults); a name there that is no SLO is ignored, with a warning once. */
export function slosInForce(): Slo[] {
  const overrides = env.sloTargets();
  for (const name of Object.keys(overrides)) {
    if (SLO_DEFINITIONS.some((slo) => slo.name === name) || warned.has(name)) continue;
    warned.add(name);
    logger.warn(
      { origin: 'journeys', slo: name },
      `OPSGRAPH_SLOS names ${name}, which is none of ${SLO_DEFINITIONS.map((slo) => slo.name).join(', ')}: ignored`,
    );
  }
  return SLO_DEFINITIONS.map((slo) => ({ ...slo, target: overrides[slo.name] ?? slo.defaultTarget }));
}

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const UNIT_WORDS: Record<string, [string, string]> = {
  s: ['second', 'seconds'],
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  bd: ['business day', 'business days'],
};

function parseTarget(target: string): { count: number; unit: string } {
  const match = /^(\d+)(s|m|h|d|bd)$/.exec(target);
  if (!match) throw new Error(`not an SLO target: ${target}`);
  return { count: Number(match[1]), unit: match[2] };
}

/** The target as a person reads it: `1 business day`, `15 minutes`. */
export function describeTarget(target: string): string {
  const { count, unit } = parseTarget(target);
  return `${count} ${UNIT_WORDS[unit][count === 1 ? 0 : 1]}`;
}

/** The hub's one calendar (subgraphs/shared/dates.ts): Monday to Friday, no holidays. */
const isWeekend = (day: Date) => !isWorkday(day.toISOString().slice(0, 10));

/**
 * `from` (ISO instant) plus `target`. Business days count Monday to Friday in UTC: a clock started
 * on a weekend starts on the Monday after at 00:00 UTC; each business day then moves to the same
 * time on the next weekday (Friday 15:00 + 1 business day = Monday 15:00).
 */
export function addTarget(from: string, target: string): string {
  const { count, unit } = parseTarget(target);
  const at = new Date(from);
  if (unit !== 'bd') return new Date(at.getTime() + count * UNIT_MS[unit]).toISOString();
  while (isWeekend(at)) {
    at.setUTCDate(at.getUTCDate() + 1);
    at.setUTCHours(0, 0, 0, 0);
  }
  for (let left = count; left > 0; ) {
    at.setUTCDate(at.getUTCDate() + 1);
    if (!isWeekend(at)) left--;
  }
  return at.toISOString();
}

/** A duration in seconds as a person reads it: `3 d 4 h`, `2 h 5 min`, `40 s`. */
export function describeAge(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86_400);
  const hours = Math.floor((s % 86_400) / 3_600);
  const minutes = Math.floor((s % 3_600) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${s % 60} s`;
  return `${s} s`;
}

/** The attainment window as an ISO 8601 duration, e.g. P30D. */
export function windowDuration(): string {
  return `P${env.sloWindowDays()}D`;
}
