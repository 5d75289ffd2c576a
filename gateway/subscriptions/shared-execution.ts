/**
 * graphql's `subscribe`, with each event's result shared by a group of subscribers: those with the
 * same document, operation, variables and access (roles and customer; `LiveContext.group`) receive
 * the same result for an event, so it is executed, its errors masked and its payload serialized
 * once for them all instead of once each (1,000 dashboards on one project cost one execution and
 * one JSON text per event, not 1,000). Each subscriber then gets the graphql-ws `next` frame of its
 * own operation id around that text, written to its socket here rather than re-serialized by
 * graphql-ws per subscriber (the same frame graphql-ws would send).
 *
 * Each subscriber keeps its own source stream (its bounded queue, its argument filters) and its own
 * token: a subscriber whose token has expired gets nothing, checked before and after the shared
 * execution, and its socket closes (expiry.ts); the shared execution never reads one subscriber's
 * expiry or socket. Results that are not an event's (a subscription refused at set-up, an expired
 * token) go through graphql-ws as before.
 */
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult, type FormattedExecutionResult } from 'graphql';
import type { DomainEvent } from '../../platform/events/types.ts';
import { isExpired, refuseExpired } from './expiry.ts';
import type { LiveContext } from './types.ts';

/** How long an event's shared result is kept for the other subscribers of its group. */
const SHARED_RESULT_TTL_MS = 10_000;

export type SharedSubscribe = (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;

/** What a subscriber receives of a result: errors masked as over HTTP. */
export type FormatResult = (result: ExecutionResult) => FormattedExecutionResult | ExecutionResult;

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';

/** The start of a subscriber's graphql-ws `next` frame; the payload's JSON and `}` follow. */
export const nextFramePrefix = (operationId: string) => `{"id":${JSON.stringify(operationId)},"type":"next","payload":`;

/** Called once a subscriber's frame for an event is written (the gateway's metrics time event to client). */
export type FrameWritten = (occurredAt: string) => void;

export function createSharedSubscribe(format: FormatResult, frameWritten?: FrameWritten): SharedSubscribe {
  /** An event's result for a group, as the JSON text of its formatted result. */
  const results = new Map<string, Promise<string>>();

  function resultFor(args: ExecutionArgs, group: string, event: DomainEvent): Promise<string> {
    const key = `${event.id}\n${group}`;
    let result = results.get(key);
    if (!result) {
      result = Promise.resolve(execute({ ...args, rootValue: event })).then((executed) => JSON.stringify(format(executed)));
      results.set(key, result);
      setTimeout(() => results.delete(key), SHARED_RESULT_TTL_MS).unref();
    }
    return result;
  }

  return async (args) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream as ExecutionResult;
    const source = stream[Symbol.asyncIterator]() as AsyncIterator<DomainEvent>;
    const context = args.contextValue as LiveContext;
    const { socket } = context;
    const prefix = nextFramePrefix(context.operationId);
    const expired = (): IteratorResult<ExecutionResult> => ({ value: { errors: [refuseExpired(socket)] }, done: false });
    const done = (): IteratorResult<ExecutionResult> => ({ value: undefined, done: true });
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      // Writes each event's frame itself and hands graphql-ws nothing until the stream ends or the
      // token expires; graphql-ws still ends the subscription (complete, close) through return().
      async next() {
        for (;;) {
          const next = await source.next();
          if (next.done) return done();
          if (isExpired(context.expiresAt)) return expired();
          const json = await resultFor(args, context.group, next.value);
          // Nothing reaches a subscriber from its token's exp on, even a result that was under way.
          if (isExpired(context.expiresAt)) return expired();
          if (socket.readyState === socket.OPEN) {
            socket.send(`${prefix}${json}}`);
            frameWritten?.(next.value.occurredAt);
          }
        }
      },
      async return() {
        await source.return?.();
        return done();
      },
      async throw(error: unknown) {
        await source.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  };
}
