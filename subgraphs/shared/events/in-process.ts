/**
 * The embedded event bus: an append-only log in memory with consumer groups. Same contract as the
 * NATS backend (ordered, at least once, per-group positions, publisher de-duplication by event id),
 * for one process; the log does not survive a restart.
 */
import type { DomainEvent, EventBus, EventSubscription, SubscribeOptions } from './types.ts';

interface Group {
  /** Sequence of the next event to deliver. */
  next: number;
  members: { handler: SubscribeOptions['handler']; active: boolean }[];
  /** Round-robin position among members. */
  turn: number;
  draining: boolean;
}

/** Delay before an event whose handler failed is delivered again. */
const REDELIVERY_DELAY_MS = 50;

export function createInProcessEventBus(): EventBus {
  const log: DomainEvent[] = [];
  const sequenceById = new Map<string, number>();
  const groups = new Map<string, Group>();
  let stopped = false;

  async function drain(group: Group): Promise<void> {
    if (group.draining) return;
    group.draining = true;
    try {
      let redelivered = false;
      while (!stopped && group.next <= log.length) {
        const members = group.members.filter((member) => member.active);
        if (members.length === 0) return;
        const member = members[group.turn++ % members.length];
        const sequence = group.next;
        try {
          await member.handler(log[sequence - 1], { sequence, redelivered });
          group.next++;
          redelivered = false;
        } catch {
          redelivered = true;
          await new Promise((resolve) => setTimeout(resolve, REDELIVERY_DELAY_MS));
        }
      }
    } finally {
      group.draining = false;
    }
  }

  return {
    async publish(event) {
      if (stopped) throw new Error('event bus stopped');
      const existing = sequenceById.get(event.id);
      if (existing !== undefined) return { sequence: existing, duplicate: true };
      log.push(structuredClone(event));
      sequenceById.set(event.id, log.length);
      for (const group of groups.values()) void drain(group);
      return { sequence: log.length, duplicate: false };
    },
    async subscribe({ group: name, from = 'all', handler }) {
      let group = groups.get(name);
      if (!group) {
        const next = from === 'all' ? 1 : from === 'new' ? log.length + 1 : Math.max(1, from.sequence);
        group = { next, members: [], turn: 0, draining: false };
        groups.set(name, group);
      }
      const member = { handler, active: true };
      group.members.push(member);
      void drain(group);
      const subscription: EventSubscription = {
        async stop() {
          member.active = false;
        },
      };
      return subscription;
    },
    async stop() {
      stopped = true;
    },
  };
}
