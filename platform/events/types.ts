/**
 * Domain events and the event bus they travel on. One interface, two backends: in-process (the
 * embedded default) and NATS JetStream (scale-out). Delivery is at least once and in publish order;
 * consumers are idempotent on `event.id` (a redelivery carries the same id).
 */
/** The envelope of every business event (domain.md, "Business events"). */
export interface DomainEvent {
  /** Unique per event; the de-duplication key of publishers and consumers. */
  id: string;
  /** Past tense, e.g. ProjectStatusChanged. */
  type: string;
  /** Canonical (hub) id of the aggregate the event is about. */
  aggregateId: string;
  fromState?: string | null;
  toState?: string | null;
  /** ISO 8601 instant. */
  occurredAt: string;
  /**
   * The system of record that changed (a `SourceSystem` of the canonical model, subgraphs/shared/ids.ts),
   * or HUB for the hub's own state (workflows, exceptions). The platform carries it without knowing the list.
   */
  source: string;
  correlationId: string;
  causationId?: string | null;
  /** Event-specific facts (JSON). */
  data?: Record<string, unknown>;
  /**
   * W3C trace context of the span that wrote the event (platform/tracing.ts), set by the outbox
   * append when tracing is on; consumers start their spans as its children. Absent when tracing is off.
   */
  traceparent?: string;
}

/** Where a new consumer group starts reading. */
export type StartPosition = 'all' | 'new' | { sequence: number };

export interface SubscribeOptions {
  /**
   * Consumer group: every event reaches one member of each group; a group's position is kept
   * (durably, on NATS) so a member that restarts resumes where the group stopped.
   */
  group: string;
  /** Only for a group the bus has not seen before. @default 'all' */
  from?: StartPosition;
  /**
   * A group that lives only while subscribed (one gateway's live fan-out): on NATS the server
   * removes it once it has been idle for a while, so restarts do not pile up groups. @default false
   */
  transient?: boolean;
  /** Settles before the next event of the group is delivered; a rejection redelivers the event. */
  handler: (event: DomainEvent, delivery: { sequence: number; redelivered: boolean }) => Promise<void>;
}

export interface EventSubscription {
  /** Stops delivering to this member (the group's position is kept). */
  stop(): Promise<void>;
}

export interface EventBus {
  /** Appends an event; resolves once the bus has it durably (on NATS: acknowledged by the stream). */
  publish(event: DomainEvent): Promise<{ sequence: number; duplicate: boolean }>;
  subscribe(options: SubscribeOptions): Promise<EventSubscription>;
  /** Stops every subscription and closes connections. */
  stop(): Promise<void>;
}
