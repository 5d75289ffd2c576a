/**
 * The entity fetches behind live payloads, through the federated graph. Subscribers with the same
 * selection, variables and access see the same data for an event: it is fetched once per event and
 * shared (1,000 dashboards on one project cost one query, not 1,000).
 *
 * A shared fetch serves every subscriber of its group, so it must not carry any one subscriber's
 * token: the first one's could expire first (failing the others with UNAUTHENTICATED) or belong to
 * a subscriber that must no longer see anything. It carries instead the gateway's own short-lived
 * token (HS256, JWT_SECRET) with exactly the group's roles and customer, which is all the key says
 * the group shares, and all the subgraphs' rules read (shared/access.ts). Each subscriber's own token
 * is enforced apart: its socket closes at its `exp`, and no event is delivered after it (expiry.ts).
 * (Keying the shared fetch by each token instead would end sharing between users: one fetch per
 * token, not per group.)
 */
import { print, type SelectionSetNode } from 'graphql';
import { signToken, visibilityKey, type Principal } from '../../platform/auth.ts';
import { relayed } from '../../platform/errors.ts';
import type { GatewayContext } from '../context.ts';
import { ENTITY_ID_VARIABLE, ENTITY_KEY, entityQuery } from '../live-documents.ts';
import { attachErrors } from './fetched-data.ts';
import type { EntityFetch, GraphExecutor, LiveRequest } from './types.ts';

/** Subject of the gateway's live credentials (see `liveCredential`). */
const LIVE_SUBJECT = 'service:gateway-live';
/** Life of a live credential; renewed halfway, so a fetch never holds one about to expire. */
const LIVE_CREDENTIAL_TTL_SECONDS = 120;
/** Access groups whose credential is kept; beyond it the oldest is signed again when next needed. */
const MAX_LIVE_CREDENTIALS = 1_000;
/** How long a shared fetch is kept for the other subscribers of its event. */
const SHARED_FETCH_TTL_MS = 10_000;

/**
 * The fetch of live payloads: while an event is delivered (`request.eventId`), shared by every
 * subscriber with the same selection, variables and access; while a subscription is set up (its
 * argument checks), its own.
 */
export function createSharedFetch(execute: GraphExecutor): EntityFetch {
  const shared = new Map<string, Promise<unknown>>();
  const liveCredentials = new Map<string, { token: Promise<string>; renewAt: number }>();

  function liveCredential(principal: Principal): Promise<string> {
    const key = visibilityKey(principal);
    let credential = liveCredentials.get(key);
    if (!credential || Date.now() >= credential.renewAt) {
      liveCredentials.delete(key);
      if (liveCredentials.size >= MAX_LIVE_CREDENTIALS) liveCredentials.delete(liveCredentials.keys().next().value as string);
      const token = signToken({ sub: LIVE_SUBJECT, roles: [...principal.roles], customerId: principal.customerId }, LIVE_CREDENTIAL_TTL_SECONDS);
      credential = { token, renewAt: Date.now() + (LIVE_CREDENTIAL_TTL_SECONDS * 1000) / 2 };
      liveCredentials.set(key, credential);
      token.catch(() => liveCredentials.delete(key));
    }
    return credential.token;
  }

  async function fetchOnce(rootField: string, id: string, selection: SelectionSetNode, request: LiveRequest): Promise<unknown> {
    const document = entityQuery(rootField, selection, request.operation, request.fragments);
    const access: Principal = { sub: LIVE_SUBJECT, roles: request.principal.roles, customerId: request.principal.customerId };
    const context: GatewayContext = { ...request.context, principal: access, authorization: `Bearer ${await liveCredential(access)}` };
    const result = await execute(document, { ...request.variables, [ENTITY_ID_VARIABLE]: id }, context);
    const data = (result.data?.[ENTITY_KEY] ?? null) as unknown;
    if (result.errors?.length) {
      // Nothing fetched: the first error is the answer; else each failed field answers its own.
      if (data === null) throw relayed(result.errors[0]);
      attachErrors(data, result.errors);
    }
    return data;
  }

  return (rootField, id, selection, request) => {
    if (!request.eventId) return fetchOnce(rootField, id, selection, request);
    const key = JSON.stringify([request.eventId, rootField, id, print(selection), request.variables, visibilityKey(request.principal)]);
    let fetched = shared.get(key);
    if (!fetched) {
      fetched = fetchOnce(rootField, id, selection, request);
      shared.set(key, fetched);
      setTimeout(() => shared.delete(key), SHARED_FETCH_TTL_MS).unref();
    }
    return fetched;
  };
}
