/**
 * The live schema: the gateway's API schema extended with schema/subscriptions.graphql, each
 * subscription field given its subscribe function (role, argument checks, then a listener feeding
 * the subscriber's bounded queue) and its resolve function (the payload of one event).
 */
import { readFileSync } from 'node:fs';
import { buildSchema, extendSchema, parse, type FieldNode, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Principal } from '../../platform/auth.ts';
import { forbidden } from '../../platform/errors.ts';
import type { DomainEvent } from '../../platform/events/types.ts';
import { logAccessDenied } from '../../platform/logger.ts';
import { applySharedScalars } from '../input-rules.ts';
import { mergedSelection } from '../live-documents.ts';
import { LIVE_FIELDS, follows } from './events.ts';
import { isExpired } from './expiry.ts';
import { eventQueue } from './queue.ts';
import type { EntityFetch, Listeners, LiveContext, LiveRequest } from './types.ts';

const SUBSCRIPTIONS_SDL = readFileSync(new URL('../../schema/subscriptions.graphql', import.meta.url), 'utf8');

type ResolveInfo = Parameters<GraphQLFieldResolver<unknown, unknown>>[3];

const requestOf = (args: Record<string, unknown>, context: LiveContext, info: ResolveInfo): LiveRequest => ({
  args,
  context,
  principal: context.principal as Principal,
  operation: info.operation,
  fragments: info.fragments,
  variables: info.variableValues,
});

/**
 * The gateway's API schema plus the live fields, with their subscribe and resolve functions. A
 * subscription in place has its listener in `listeners` until it ends.
 */
export function buildLiveSchema(apiSchemaSdl: string, listeners: Listeners, fetchEntity: EntityFetch): GraphQLSchema {
  const schema = extendSchema(buildSchema(apiSchemaSdl), parse(SUBSCRIPTIONS_SDL));
  // Decimal, Date and DateTime parse as over HTTP (a bad variable or literal is refused at subscribe time).
  applySharedScalars(schema);
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const [name, live] of Object.entries(LIVE_FIELDS)) {
    const field = fields[name];
    if (!field) throw new Error(`schema/subscriptions.graphql has no Subscription.${name}`);
    field.subscribe = async (_source, args, context: LiveContext, info) => {
      const request = requestOf(args, context, info);
      const allowed = live.roles === null || request.principal.roles.some((role) => role === 'admin' || live.roles?.includes(role));
      if (!allowed) {
        logAccessDenied({
          origin: 'graphql-ws',
          code: 'FORBIDDEN',
          principal: request.principal.sub,
          roles: request.principal.roles,
          operationName: info.operation.name?.value ?? null,
          path: name,
          correlationId: context.correlationId,
          reason: 'role may not subscribe',
        });
        throw forbidden(`${name} is not available to your role`);
      }
      await live.check?.(request, fetchEntity);
      const listener = (event: DomainEvent) => {
        if (isExpired(context.expiresAt)) return;
        if (follows(live, event, request)) queue.push(event);
      };
      const queue = eventQueue(context.socket, context.maxPendingEvents, () => listeners.delete(listener));
      listeners.add(listener);
      return queue;
    };
    // Runs once per event for a group of subscribers (shared-execution.ts), which also keeps an
    // expired subscriber from receiving it: nothing here reads one subscriber's token or socket.
    field.resolve = async (event: DomainEvent, args, context: LiveContext, info) => {
      const request = requestOf(args, context, info);
      const selection = mergedSelection(info.fieldNodes as FieldNode[]);
      return live.payload(event, selection, { ...request, eventId: event.id, context: { ...context, correlationId: event.correlationId } }, fetchEntity);
    };
  }
  return schema;
}
