/**
 * graphql's `subscribe`, with the execution of each event shared by a group of subscribers: those
 * with the same document, operation, variables and access (roles and customer; `LiveContext.group`)
 * receive the same result for an event, so it is executed once for them all instead of once each
 * (1,000 dashboards on one project cost one execution per event, not 1,000). Each subscriber keeps
 * its own source stream (its bounded queue, its argument filters) and its own token: a subscriber
 * whose token has expired gets nothing, checked before and after the shared execution, and its
 * socket closes (expiry.ts); the shared execution never reads one subscriber's expiry or socket.
 */
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { DomainEvent } from '../../platform/events/types.ts';
import { isExpired, refuseExpired } from './expiry.ts';
import type { LiveContext } from './types.ts';

/** How long an event's shared result is kept for the other subscribers of its group. */
const SHARED_RESULT_TTL_MS = 10_000;

export type SharedSubscribe = (args: ExecutionArgs) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;

const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';

export function createSharedSubscribe(): SharedSubscribe {
  const results = new Map<string, Promise<ExecutionResult>>();

  /** The group's result for `event`, executed by the first subscriber of the group to ask. */
  function resultFor(args: ExecutionArgs, group: string, event: DomainEvent): Promise<ExecutionResult> {
    const key = `${event.id}\n${group}`;
    let result = results.get(key);
    if (!result) {
      result = Promise.resolve(execute({ ...args, rootValue: event }));
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
    const expired = (): ExecutionResult => ({ errors: [refuseExpired(context.socket)] });
    const done = (): IteratorResult<ExecutionResult> => ({ value: undefined, done: true });
    const iterator: AsyncIterableIterator<ExecutionResult> = {
      async next() {
        const next = await source.next();
        if (next.done) return done();
        if (isExpired(context.expiresAt)) return { value: expired(), done: false };
        const result = await resultFor(args, context.group, next.value);
        // Nothing reaches a subscriber from its token's exp on, even a result that was under way.
        return { value: isExpired(context.expiresAt) ? expired() : result, done: false };
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
