/**
 * The embedded event bus: an append-only log in memory with consumer groups. Same contract as the
 * NATS backend (ordered, at least once, per-group positions, publisher de-duplication by event id),
 * for one process; the log does not survive a restart. Like the NATS stream's limits, the log keeps
 * the latest `maxEvents` events (default 10,000); a group that fell further behind resumes at the
 * oldest kept event, and a republished id is recognised as long as its event is kept.
 */
import { logger } from '../logger.ts';
import type { DomainEvent, EventBus, EventSubscription, SubscribeOptions } from './types.ts';

interface Group {
  name: string;
  /** Sequence of the next event to deliver. */
  next: number;
  members: { handler: SubscribeOptions['handler']; active: boolean }[];
  /** Round-robin position among members. */
  turn: number;
  draining: boolean;
}

/** Delay before an event whose handler failed is delivered again. */
const REDELIVERY_DELAY_MS = 50;

export interface InProcessEventBusOptions {
  /** Events the log keeps (the oldest go first). @default 10000 */
  maxEvents?: number;
}

/** The in-process bus, with what it keeps in memory (tests watch it stay bounded). */
export interface InProcessEventBus extends EventBus {
  /** Events kept, and the sequence of the oldest one. */
  retained(): { events: number; firstSequence: number };
}

export function createInProcessEventBus(options: InProcessEventBusOptions = {}): InProcessEventBus {
  const maxEvents = Math.max(1, options.maxEvents ?? 10_000);
  /** Kept events; `log[i]` has sequence `dropped + i + 1`. */
  let log: DomainEvent[] = [];
  let dropped = 0;
  const lastSequence = () => dropped + log.length;
  const sequenceById = new Map<string, number>();
  const groups = new Map<string, Group>();
  let stopped = false;

  async function drain(group: Group): Promise<void> {
    if (group.draining) return;
    group.draining = true;
    try {
      let redelivered = false;
      while (!stopped && group.next <= lastSequence()) {
        const members = group.members.filter((member) => member.active);
        if (members.length === 0) return;
        // A group that fell behind the kept log resumes at its oldest event; the events it missed
        // are gone for it, which is logged (the in-process bus is for one process; NATS replays).
        if (group.next <= dropped) {
          logger.error({ group: group.name, missedFrom: group.next, missedTo: dropped }, 'in-process event group fell behind the kept log: events skipped');
          group.next = dropped + 1;
        }
        const member = members[group.turn++ % members.length];
        const sequence = group.next;
        try {
          await member.handler(log[sequence - dropped - 1], { sequence, redelivered });
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
      const sequence = lastSequence();
      sequenceById.set(event.id, sequence);
      // Trimmed in chunks of a tenth, so a publish copies the log rarely.
      if (log.length > maxEvents + Math.ceil(maxEvents / 10)) {
        const excess = log.length - maxEvents;
        for (const old of log.slice(0, excess)) sequenceById.delete(old.id);
        log = log.slice(excess);
        dropped += excess;
      }
      for (const group of groups.values()) void drain(group);
      return { sequence, duplicate: false };
    },
    async subscribe({ group: name, from = 'all', handler }) {
      let group = groups.get(name);
      if (!group) {
        const next = from === 'all' ? dropped + 1 : from === 'new' ? lastSequence() + 1 : Math.max(dropped + 1, from.sequence);
        group = { name, next, members: [], turn: 0, draining: false };
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
    retained: () => ({ events: log.length, firstSequence: dropped + 1 }),
    async stop() {
      stopped = true;
    },
  };
}
