/**
 * Workflow triggers: the durable inbox through which a domain event starts a governed workflow.
 * An event consumer runs with a store connection only (possibly on another thread than the engine),
 * so it cannot start a workflow itself: it records a trigger in the workflows store, once per key,
 * and the engine starts it (engine.ts, `startTriggers`): at once when the trigger was recorded
 * through its own connection, else at its next recovery scan, on whichever process claims it first.
 *
 * The trigger's key is the idempotency key of the workflow it starts: an event delivered twice (at
 * least once delivery) records one trigger, and a trigger started twice (a process died after its
 * start) starts one workflow. A start refused by business rules settles the trigger with the refusal's
 * code; one that failed for want of a system leaves it pending for the next scan. See
 * docs/workflows.md, "Triggers".
 */
import type { DomainEvent, StartPosition, SubscribeOptions } from '../../platform/events/types.ts';
import type { SqlDatabase } from '../../platform/sql.ts';
import { insertTrigger } from './connector/sql.ts';

/** The workflow an event asks for. */
export interface WorkflowTriggerRequest {
  /** The workflow's idempotency key: the same key starts one workflow, ever (1 to 255 characters). */
  key: string;
  /** The workflow definition's type, e.g. `logTime`. */
  type: string;
  /** The workflow's input, as a caller of the governed mutation would give it, without its idempotency key. */
  input: Record<string, unknown>;
}

export interface RecordedTrigger extends WorkflowTriggerRequest {
  /** The id of the event that asked for it: the workflow's causation. */
  cause: string;
  /** The correlation the workflow carries on. @default the cause */
  correlationId?: string;
}

/**
 * Records a trigger in the workflows store `db`; a repeat of its key writes nothing. Resolves to
 * whether it was new.
 */
export function recordWorkflowTrigger(db: SqlDatabase, trigger: RecordedTrigger): Promise<boolean> {
  return insertTrigger(db, {
    id: trigger.key,
    type: trigger.type,
    input: JSON.stringify(trigger.input),
    cause: trigger.cause,
    correlation_id: trigger.correlationId ?? trigger.cause,
    created_at: new Date().toISOString(),
  });
}

/**
 * A consumer (for the workflows service's `consumers`) that records the trigger `triggerOf` makes of
 * each event of its group, caused by the event and in its correlation; null ignores the event.
 * A redelivered event records nothing new. A new group reads `from` the start of the stream by
 * default, so no event is missed, and the keys make the ones already handled harmless.
 */
export function workflowTrigger(
  db: SqlDatabase,
  group: string,
  triggerOf: (event: DomainEvent) => WorkflowTriggerRequest | null,
  from: StartPosition = 'all',
): SubscribeOptions {
  return {
    group,
    from,
    async handler(event) {
      const trigger = triggerOf(event);
      if (trigger) await recordWorkflowTrigger(db, { ...trigger, cause: event.id, correlationId: event.correlationId });
    },
  };
}
