/** The bounded queue between the event feed and one subscriber: a subscriber that falls too far behind is closed. */
import type { WebSocket } from 'ws';
import type { DomainEvent } from '../../platform/events/types.ts';

/** Close code for a subscriber that cannot keep up (graphql-ws leaves 4499 free). */
export const CLOSE_TOO_SLOW = 4499;

export type EventQueue = AsyncIterableIterator<DomainEvent> & { push(event: DomainEvent): void };

/**
 * A queue of events as an async iterator, holding at most `limit` undelivered ones: one more
 * closes the subscriber's socket with 4499 and ends the iterator. `onReturn` runs once, when the
 * iterator ends (returned by graphql-ws, or overflowed).
 */
export function eventQueue(socket: WebSocket, limit: number, onReturn: () => void): EventQueue {
  const pending: DomainEvent[] = [];
  const waiting: ((result: IteratorResult<DomainEvent>) => void)[] = [];
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    onReturn();
    for (const resolve of waiting.splice(0)) resolve({ value: undefined, done: true });
  };
  return {
    push(event) {
      if (done) return;
      const resolve = waiting.shift();
      if (resolve) return resolve({ value: event, done: false });
      pending.push(event);
      if (pending.length > limit) {
        finish();
        socket.close(CLOSE_TOO_SLOW, `Subscriber too slow: more than ${limit} events waiting`);
      }
    },
    next() {
      const event = pending.shift();
      if (event) return Promise.resolve({ value: event, done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve) => waiting.push(resolve));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
