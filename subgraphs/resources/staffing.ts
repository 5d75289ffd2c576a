/**
 * Which consultants a portal caller may see: those staffed on one of its customer's projects.
 *
 * Staffing is the PSA's fact, and so is the portal rule over it (a portal caller sees only the
 * assignments of its customer's projects). Rather than keep a copy of the assignments here (a replica
 * that lags behind a new assignment and needs its own seeding), the resources subgraph asks the
 * projects subgraph, with the caller's own token, for the assignments of the consultants it is about
 * to answer: the PSA applies its row rule, so a consultant with no assignment the caller can see has
 * none in the answer. One request per batch of consultants; no answer means no consultant (fail
 * closed). The gateway's `@requires` could not carry this, since a caller may send `_entities`
 * straight to this subgraph with any representation it likes.
 */
import { upstreamUnavailable } from '../../platform/errors.ts';
import { CORRELATION_HEADER } from '../../platform/http.ts';
import { toHubId } from '../shared/ids.ts';

/** HCM worker ids of `workerIds` that are staffed on a project the caller may see. */
export type StaffedWorkers = (workerIds: readonly string[]) => Promise<Set<string>>;

const ASSIGNMENTS_QUERY = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Consultant { id assignments { id } } } }';

/** @default 10000 */
const TIMEOUT_MS = 10_000;

export function createStaffedWorkers(projectsUrl: string | undefined, authorization: string | undefined, correlationId: string): StaffedWorkers {
  return async (workerIds) => {
    if (workerIds.length === 0) return new Set();
    if (!projectsUrl || !authorization) throw upstreamUnavailable('projects', 'PSA');
    const representations = workerIds.map((workerId) => ({ __typename: 'Consultant', id: toHubId('Consultant', workerId) }));
    let body: { data?: { _entities?: ({ id: string; assignments: { id: string }[] } | null)[] }; errors?: unknown[] };
    try {
      const response = await fetch(projectsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization, [CORRELATION_HEADER]: correlationId },
        body: JSON.stringify({ query: ASSIGNMENTS_QUERY, variables: { representations } }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      body = (await response.json()) as typeof body;
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
    } catch {
      throw upstreamUnavailable('projects', 'PSA');
    }
    const entities = body.data?._entities;
    if (body.errors?.length || !entities || entities.length !== workerIds.length) throw upstreamUnavailable('projects', 'PSA');
    return new Set(workerIds.filter((_workerId, index) => (entities[index]?.assignments.length ?? 0) > 0));
  };
}
