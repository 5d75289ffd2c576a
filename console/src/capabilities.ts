/**
 * Which of the newer APIs the gateway serving this page has (exceptions' kind and business context,
 * journeys and SLOs, reconciliation findings): each is probed once with a tiny query, and a field the
 * schema does not have answers GRAPHQL_VALIDATION_FAILED. The pages use what is there and say what is not.
 */
import { ApiError, request } from './api.ts';
import type { Session } from './session.ts';

export interface Capabilities {
  exceptionContext: boolean;
  journeys: boolean;
  findings: boolean;
}

const PROBES: Record<keyof Capabilities, string> = {
  exceptionContext: 'query ConsoleProbeExceptionContext { exceptions(first: 0) { edges { node { kind context { label value } } } } }',
  journeys: 'query ConsoleProbeJourneys { slos { name } }',
  findings: 'query ConsoleProbeFindings { findings(first: 0) { totalCount } }',
};

async function served(session: Session, query: string): Promise<boolean> {
  try {
    await request(session, query);
    return true;
  } catch (error) {
    // Refused for this role (FORBIDDEN) still means the API exists; only an unknown field means it does not.
    return !(error instanceof ApiError && error.code === 'GRAPHQL_VALIDATION_FAILED');
  }
}

export async function probeCapabilities(session: Session): Promise<Capabilities> {
  const entries = await Promise.all(Object.entries(PROBES).map(async ([name, query]) => [name, await served(session, query)] as const));
  return Object.fromEntries(entries) as unknown as Capabilities;
}
