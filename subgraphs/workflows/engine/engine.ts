/**
 * The durable workflow engine. A governed mutation becomes a workflow: validated and planned
 * first (a refusal writes nothing), then stored with its idempotency key, then driven step by
 * step toward the systems of record. Every step's outcome is stored before the next begins, so a
 * process killed at any point resumes where it stopped; every step carries a deterministic
 * request key (`<workflow id>:<step>`), so a step re-run after a crash or a lost response is
 * applied once by the system of record.
 *
 * - A refusal by a system (BusinessFailure) runs the compensations of the steps already done, in
 *   reverse, and ends COMPENSATED with the refusal as userErrors.
 * - A technical failure is retried with exponential backoff and jitter; when the attempts are
 *   spent the workflow ends FAILED with an exception in the queue (business context included),
 *   from which `retryException` resumes it.
 * - A system that gives no answer while validating (unreachable, slow: NoAnswer) is retried the same
 *   way, within an overall deadline below the gateway's subgraph timeout; when the attempts or the
 *   time are spent the mutation answers UPSTREAM_UNAVAILABLE naming the system, and nothing is
 *   written: the idempotency key stays free for the same request once the system is back. A system
 *   that answered with an error (a read bug, a refused credential) is not retried: it is logged and
 *   answered as a masked internal error, never disguised as an outage.
 *
 * Leases: the process driving a workflow holds its lease and renews it while it drives (a
 * heartbeat every third of the lease); `startRecovery` also scans for unfinished workflows whose
 * lease expired (their process died) and drives them. A crashed process's workflows are therefore
 * taken over within lease + scan interval. Renewing only extends a lease this engine still holds; a
 * process that finds its lease gone (it stalled and another took over) stops driving at once.
 * A retried exception is RESOLVED by whichever process brings its workflow to COMPLETED or
 * COMPENSATED.
 *
 * Triggers (../triggers.ts): workflows that events asked for, recorded in the store by consumers.
 * `startTriggers` claims pending ones (a lease per trigger, renewed by the heartbeat) and starts each
 * as the workflows service itself, with the trigger's key as its idempotency key and the event as
 * its causation; recovery runs it at startup and on every scan, and a trigger recorded through this
 * engine's own store connection wakes it at once. A start refused by business rules settles the
 * trigger with the refusal's code; a system that failed leaves it pending for the next scan.
 */
import { randomUUID } from 'node:crypto';
import { WORKFLOWS_SERVICE, type Principal, type Role } from '../../../platform/auth.ts';
import { conflict, forbidden, idempotencyKeyReused, isGraphQLError, shuttingDown, unauthenticated, upstreamUnavailable } from '../../../platform/errors.ts';
import type { SourceSystem } from '../../shared/ids.ts';
import { logger } from '../../../platform/logger.ts';
import { activeTraceparent, linkTo, tracingEnabled, withSpan } from '../../../platform/tracing.ts';
import { requestHash, type EntityChange } from '../../shared/system-api.ts';
import { textProblem } from '../../shared/text.ts';
import {
  auditEntriesOf,
  type ExceptionRecord,
  type StoredWorkflowStatus,
  type TriggerRecord,
  type WorkflowRecord,
  type WorkflowStore,
} from '../connector/types.ts';
import { BusinessFailure, NoAnswer, SERVICE_OF_SYSTEM, type SystemClients, type UserErrorShape, type WriteDocument } from './systems.ts';

export interface StepContext<Plan> {
  workflowId: string;
  correlationId: string;
  plan: Plan;
  /** Outputs of the steps done so far, by step name. */
  state: Record<string, Record<string, unknown>>;
  systems: SystemClients;
  /** The SystemRequest argument of this step's write: its deterministic key and the correlation. */
  request: { requestKey: string; correlationId: string; causationId: string };
}

export interface StepResult {
  output: Record<string, unknown>;
  changes: EntityChange[];
}

/** A system write's outcome as a step's result: its facts become the step's output, its changes the audit. */
export function stepResultOf(outcome: { result: Record<string, unknown>; changes: EntityChange[] }): StepResult {
  return { output: outcome.result, changes: outcome.changes };
}

/**
 * The run (or compensate) function of a step that makes one system write: `document`'s variables are
 * the step's SystemRequest plus `variablesOf(context)`; its facts become the step's output.
 */
export function writeStep<Plan, Variables>(
  system: SourceSystem,
  document: WriteDocument<Variables>,
  variablesOf: (context: StepContext<Plan>) => NoInfer<Omit<Variables, 'request'>>,
) {
  return async (context: StepContext<Plan>): Promise<StepResult> =>
    stepResultOf(await context.systems.write(system, document, { request: context.request, ...variablesOf(context) } as Variables, context.correlationId));
}

/**
 * `writeStep` for a write taking one `input`:
 * `mutation ($request: SystemRequest!, $input: …!) { <field>(request: $request, input: $input) { …WriteResultFields } }`.
 */
export function inputWrite<Plan, Input>(
  system: SourceSystem,
  document: WriteDocument<{ request: StepContext<Plan>['request']; input: Input }>,
  inputOf: (context: StepContext<Plan>) => Input,
) {
  return writeStep(system, document, (context: StepContext<Plan>) => ({ input: inputOf(context) }));
}

export interface StepDefinition<Plan> {
  name: string;
  system: SourceSystem;
  /** The step is SKIPPED when this returns false. */
  when?(context: StepContext<Plan>): boolean;
  /**
   * What parking at this step means to the consumers of ExceptionRaised (`data.kind`), e.g.
   * TIME_POSTING, which live billing status answers as POSTING_FAILED; none for most steps.
   */
  exceptionKind?: string;
  run(context: StepContext<Plan>): Promise<StepResult>;
  /**
   * A refusal of this step parks the workflow in the exception queue instead of compensating
   * (the earlier steps stand; a person decides), e.g. posting time to a financially closed project.
   */
  parkOnRefusal?: boolean;
  /** Undoes `run` when a later step is refused. Idempotent on its own request key. */
  compensate?(context: StepContext<Plan>): Promise<StepResult>;
}

/** The outcome of validating a request: refusals, or the plan the steps will carry out. */
export type Preparation<Plan> =
  | { userErrors: UserErrorShape[] }
  | {
      plan: Plan;
      /** The hub id the workflow is about (its payload object, its filter key). */
      subjectId: string | null;
      customerId: string | null;
    };

export interface ExceptionContext {
  projectId?: string | null;
  customerId?: string | null;
  /** Minor units at stake. */
  amount?: number | null;
  currency?: string | null;
}

export interface WorkflowDefinition<Input, Plan> {
  /** The governed mutation's name. */
  type: string;
  roles: readonly Role[];
  /** Validates the input and reads what the steps need; never writes. */
  prepare(input: Input, context: { systems: SystemClients; principal: Principal; correlationId: string }): Promise<Preparation<Plan>>;
  steps: readonly StepDefinition<Plan>[];
  /** Business context of an exception (which customer, project, amount). */
  exceptionContext?(plan: Plan, state: Record<string, Record<string, unknown>>): ExceptionContext;
  /** The subject once the steps have run (e.g. the project a conversion created). */
  subjectAfter?(plan: Plan, state: Record<string, Record<string, unknown>>): string | null;
}

/**
 * Definitions are heterogeneous; the engine's registry erases their input and plan types. The hooks
 * above are method signatures, whose parameters TypeScript compares bivariantly, so every definition
 * is one of these.
 */
type AnyDefinition = WorkflowDefinition<unknown, unknown>;

export interface EngineOptions {
  store: WorkflowStore;
  systems: SystemClients;
  definitions: readonly AnyDefinition[];
  /** Attempts per step per run before parking. */
  maxAttempts: number;
  /** First retry delay; doubles per attempt, ±50% jitter, capped at 30 s. */
  retryBaseMs: number;
  /** Test hook: `<type>:<step>:<before|after>` kills the process there (see env.crashAt). */
  crashAt?: string;
  /** How long a request waits for a running workflow with the same key. @default 30000 */
  waitMs?: number;
  /** How long a claimed workflow stays this engine's without renewal; renewed every third of it while driven. @default 30000 */
  leaseMs?: number;
  /** Overall time a request's validation may take; keep it below the gateway's subgraph timeout. @default 8000 */
  validationDeadlineMs?: number;
  /**
   * How long after it arrives a governed mutation answers, at the latest; keep it below the gateway's
   * subgraph timeout. A workflow still running then is answered as it stands (RUNNING) and goes on:
   * the caller follows it by `workflow(id)` or the workflow subscriptions. @default validationDeadlineMs
   */
  responseDeadlineMs?: number;
  /** Ignore other owners' leases when resuming (one process owns the store, e.g. node:sqlite). */
  takeOverLeases: boolean;
}

export interface StartOutcome {
  /** Null when the request was refused before anything was written. */
  workflowId: string | null;
  userErrors: UserErrorShape[];
}

/** A "now" later than every lease: taking over leases a crashed process left behind. */
const EVERY_LEASE_EXPIRED = '9999-12-31T23:59:59Z';

const TERMINAL: readonly StoredWorkflowStatus[] = ['COMPLETED', 'FAILED', 'COMPENSATED'];

/** Triggered starts one engine runs at once; more wait for the next scan (or for one of these to end). */
const TRIGGER_CONCURRENCY = 8;

/** Refusals a triggered start may meet that no later attempt would overcome: they settle the trigger. */
const FINAL_REFUSALS: ReadonlySet<string> = new Set(['IDEMPOTENCY_KEY_REUSED']);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** What a step's span says about it (platform/tracing.ts). */
const stepAttributes = (workflowId: string, step: { name: string; system: string }) => ({
  'opsgraph.workflow.id': workflowId,
  'opsgraph.workflow.step': step.name,
  'opsgraph.system': step.system,
});

/** Another process took the workflow over (this one stalled past its lease): stop driving it. */
class LeaseLost extends Error {}

export function authorize(principal: Principal | null, roles: readonly Role[], action: string): Principal {
  if (!principal) throw unauthenticated();
  if (!principal.roles.some((role) => role === 'admin' || roles.includes(role))) {
    throw forbidden(`${action} needs one of the roles ${['admin', ...roles].join(', ')}`);
  }
  return principal;
}

export function createWorkflowEngine(options: EngineOptions) {
  const { store, systems } = options;
  const owner = randomUUID();
  const leaseMs = options.leaseMs ?? 30_000;
  const waitMs = options.waitMs ?? 30_000;
  const validationDeadlineMs = options.validationDeadlineMs ?? 8_000;
  const responseDeadlineMs = options.responseDeadlineMs ?? validationDeadlineMs;
  const definitions = new Map(options.definitions.map((definition) => [definition.type, definition]));
  const running = new Map<string, Promise<void>>();
  /** Workflows an exception retry of this engine is moving from FAILED to driven. */
  const retrying = new Set<string>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  /** Triggers this engine is starting, by key. */
  const triggerRuns = new Map<string, Promise<void>>();
  let triggerScan: Promise<number> | null = null;
  /** Asked to scan again while scanning (a trigger recorded meanwhile), or a scan left triggers for want of room. */
  let rescan = false;
  /** Triggers given back since the last periodic scan: left to the next one (or another process), not retried at once. */
  const deferred = new Set<string>();
  let unwatchTriggers: (() => void) | null = null;
  let stopping: Promise<void> | null = null;

  const definitionOf = (type: string): AnyDefinition => {
    const definition = definitions.get(type);
    if (!definition) throw new Error(`no workflow definition ${type}`);
    return definition;
  };

  function crashHook(type: string, step: string, when: 'before' | 'after'): void {
    if (options.crashAt === `${type}:${step}:${when}`) {
      logger.error({ type, step, when }, 'crash hook: killing the process');
      process.kill(process.pid, 'SIGKILL');
    }
  }

  const leaseUntil = () => new Date(Date.now() + leaseMs).toISOString();

  async function load(id: string): Promise<WorkflowRecord> {
    const [workflow] = await store.workflowsByIds([id]);
    if (!workflow) throw new Error(`workflow ${id} vanished`);
    return workflow;
  }

  /** A step's failures worth another attempt: everything but a refusal or a lost lease. */
  const stepRetryable = (error: unknown) => !(error instanceof BusinessFailure || error instanceof LeaseLost);

  /** Runs `work` with retries; resolves to its value or rejects with the last (or a non-retryable) failure. */
  async function withRetries<T>(
    onAttempt: (attempt: number) => Promise<void>,
    onFailure: (error: Error) => Promise<void>,
    work: () => Promise<T>,
    retryable: (error: unknown) => boolean = stepRetryable,
    /** No attempt starts after this instant (epoch ms). */
    deadline = Infinity,
  ): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      await onAttempt(attempt);
      try {
        return await work();
      } catch (error) {
        if (!retryable(error) || attempt >= options.maxAttempts || stopped || Date.now() >= deadline) throw error;
        await onFailure(error as Error);
        const delay = Math.min(30_000, options.retryBaseMs * 2 ** (attempt - 1));
        await sleep(Math.min(delay * (0.5 + Math.random()), Math.max(0, deadline - Date.now())));
        if (Date.now() >= deadline) throw error;
      }
    }
  }

  /** Workflows whose lease the heartbeat found gone: their runs stop at the next boundary. */
  const lost = new Set<string>();

  /**
   * Renews the lease this run holds (taken in drive()); a lease that is no longer this engine's
   * (another process took over, or it was released) ends this run. Never takes a free lease.
   */
  async function holdLease(workflowId: string): Promise<void> {
    if (lost.has(workflowId) || !(await store.renewLease(workflowId, owner, leaseUntil()))) {
      lost.add(workflowId);
      throw new LeaseLost(`workflow ${workflowId} is driven by another process`);
    }
  }

  async function park(
    workflow: WorkflowRecord,
    definition: AnyDefinition,
    step: { name: string; system: string; exceptionKind?: string },
    cause: Error,
    state: Record<string, Record<string, unknown>>,
  ): Promise<void> {
    await holdLease(workflow.id);
    const context = definition.exceptionContext?.(JSON.parse(workflow.input), state) ?? {};
    const exception = await store.raiseException(
      {
        id: `exc_${randomUUID()}`,
        workflow_id: workflow.id,
        step: step.name,
        system: step.system,
        cause: cause.message,
        customer_id: context.customerId ?? workflow.customer_id,
        project_id: context.projectId ?? null,
        amount: context.amount ?? null,
        currency: context.currency ?? null,
        raised_at: new Date().toISOString(),
      },
      step.exceptionKind ?? null,
    );
    // A refusal parked by design (parkOnRefusal) answers with its own codes; a spent retry answers WORKFLOW_FAILED.
    const refusal = cause instanceof BusinessFailure && workflow.status !== 'COMPENSATING' ? { user_errors: JSON.stringify(cause.userErrors) } : {};
    await store.updateWorkflow(workflow.id, { status: 'FAILED', finished_at: new Date().toISOString(), ...refusal });
    logger.warn(
      { workflowId: workflow.id, type: workflow.type, exceptionId: exception.id, step: step.name, cause: cause.message },
      'workflow parked in the exception queue',
    );
  }

  /** Drives one workflow from where it stands to a terminal state (or until the engine stops). */
  async function execute(workflowId: string): Promise<void> {
    let workflow = await load(workflowId);
    const definition = definitionOf(workflow.type);
    const plan = JSON.parse(workflow.input) as unknown;
    const state = JSON.parse(workflow.state) as Record<string, Record<string, unknown>>;
    const steps = await store.stepsByWorkflowIds([workflowId]);
    const actor = { actor_sub: workflow.actor_sub, actor_roles: workflow.actor_roles, correlation_id: workflow.correlation_id, workflow_id: workflow.id };
    const contextFor = (name: string, suffix = ''): StepContext<unknown> => ({
      workflowId,
      correlationId: workflow.correlation_id,
      plan,
      state,
      systems,
      request: { requestKey: `${workflowId}:${name}${suffix}`, correlationId: workflow.correlation_id, causationId: workflowId },
    });

    if (workflow.status === 'RUNNING') {
      for (const [position, step] of definition.steps.entries()) {
        const row = steps[position];
        if (row.status === 'DONE' || row.status === 'SKIPPED') continue;
        const context = contextFor(step.name);
        if (step.when && !step.when(context)) {
          await store.updateStep(workflowId, position, { status: 'SKIPPED' });
          row.status = 'SKIPPED';
          continue;
        }
        crashHook(workflow.type, step.name, 'before');
        let attempts = row.attempts;
        try {
          // The step's span (tracing on) holds every attempt and the system calls they make.
          const result = await withSpan(`step ${workflow.type}/${step.name}`, { attributes: stepAttributes(workflowId, step) }, () =>
            withRetries(
              async () => {
                await holdLease(workflowId);
                attempts++;
                await store.updateStep(workflowId, position, { status: 'RUNNING', attempts });
              },
              async (error) => store.updateStep(workflowId, position, { last_error: error.message }),
              () => step.run(context),
            ),
          );
          // A run that lost its lease while the step ran stores nothing: the taker drives it now.
          await holdLease(workflowId);
          state[step.name] = result.output;
          const audit = auditEntriesOf(result.changes, {
            ...actor,
            at: new Date().toISOString(),
            action: `${workflow.type}/${step.name}`,
            request_key: context.request.requestKey,
          });
          await store.completeStep(workflowId, position, result.output, state, audit);
          row.status = 'DONE';
          crashHook(workflow.type, step.name, 'after');
        } catch (error) {
          if (error instanceof LeaseLost || (stopped && !(error instanceof BusinessFailure))) return;
          if (lost.has(workflowId)) return;
          await store.updateStep(workflowId, position, { status: 'FAILED', last_error: (error as Error).message });
          row.status = 'FAILED';
          if (error instanceof BusinessFailure && !step.parkOnRefusal) {
            await store.updateWorkflow(workflowId, { status: 'COMPENSATING', user_errors: JSON.stringify(error.userErrors) });
            workflow = await load(workflowId);
            break;
          }
          await park(workflow, definition, step, error as Error, state);
          return;
        }
      }
      if (workflow.status === 'RUNNING') {
        const subject = definition.subjectAfter?.(plan, state);
        await holdLease(workflowId);
        await store.updateWorkflow(workflowId, {
          status: 'COMPLETED',
          finished_at: new Date().toISOString(),
          ...(subject ? { subject_id: subject } : {}),
        });
        await store.resolveRetriedException(workflowId, { resolved_at: new Date().toISOString(), resolved_by: 'retry', resolution_note: 'Retried: COMPLETED' });
        return;
      }
    }

    if (workflow.status === 'COMPENSATING') {
      for (let position = definition.steps.length - 1; position >= 0; position--) {
        const step = definition.steps[position];
        const row = steps[position];
        if (row.status !== 'DONE' || !step.compensate) continue;
        const context = contextFor(step.name, ':undo');
        let attempts = row.attempts;
        try {
          const result = await withSpan(`compensate ${workflow.type}/${step.name}`, { attributes: stepAttributes(workflowId, step) }, () =>
            withRetries(
              async () => {
                await holdLease(workflowId);
                attempts++;
                await store.updateStep(workflowId, position, { attempts });
              },
              async (error) => store.updateStep(workflowId, position, { last_error: `compensation: ${error.message}` }),
              () => step.compensate!(context),
            ),
          );
          await holdLease(workflowId);
          await store.appendAudit(
            auditEntriesOf(result.changes, {
              ...actor,
              at: new Date().toISOString(),
              action: `${workflow.type}/${step.name}:compensate`,
              request_key: context.request.requestKey,
            }),
          );
          await store.updateStep(workflowId, position, { status: 'COMPENSATED' });
        } catch (error) {
          if (error instanceof LeaseLost || lost.has(workflowId) || (stopped && !(error instanceof BusinessFailure))) return;
          await store.updateStep(workflowId, position, { last_error: `compensation: ${(error as Error).message}` });
          await park(workflow, definition, { name: `${step.name}:compensate`, system: step.system }, error as Error, state);
          return;
        }
      }
      await holdLease(workflowId);
      await store.updateWorkflow(workflowId, { status: 'COMPENSATED', finished_at: new Date().toISOString() });
      await store.resolveRetriedException(workflowId, { resolved_at: new Date().toISOString(), resolved_by: 'retry', resolution_note: 'Retried: COMPENSATED' });
    }
  }

  /**
   * With tracing on, a run in a span `workflow <type>`: a child of what drives it (the request that
   * started it, a retry, a recovery scan), linked to the request that started it when that is another trace.
   */
  async function inWorkflowSpan(workflowId: string, work: () => Promise<void>): Promise<void> {
    if (!tracingEnabled()) return work();
    const [workflow] = await store.workflowsByIds([workflowId]);
    const links = linkTo(workflow?.traceparent).filter((link) => link.context.traceId !== activeTraceparent()?.split('-')[1]);
    return withSpan(
      `workflow ${workflow?.type ?? 'unknown'}`,
      { attributes: { 'opsgraph.workflow.id': workflowId, 'opsgraph.workflow.type': workflow?.type ?? 'unknown' }, links },
      work,
    );
  }

  /** Drives a workflow once per process at a time; concurrent callers share the run. */
  function drive(workflowId: string): Promise<void> {
    const current = running.get(workflowId);
    if (current) return current;
    const run = (async () => {
      const now = new Date().toISOString();
      const claimed = await store.claimLease(workflowId, owner, options.takeOverLeases ? EVERY_LEASE_EXPIRED : now, leaseUntil());
      if (!claimed) return;
      lost.delete(workflowId);
      try {
        await inWorkflowSpan(workflowId, () => execute(workflowId)).catch((error: unknown) => {
          if (!(error instanceof LeaseLost)) throw error;
        });
      } finally {
        await store.releaseLease(workflowId, owner).catch(() => undefined);
      }
    })().finally(() => running.delete(workflowId));
    running.set(workflowId, run);
    return run;
  }

  /** Drives every unfinished workflow whose lease is free or expired; resolves to how many it found. */
  async function resumeUnfinished(): Promise<number> {
    const now = options.takeOverLeases ? EVERY_LEASE_EXPIRED : new Date().toISOString();
    const pending = await store.workflowsToResume(['RUNNING', 'COMPENSATING'], now);
    await Promise.all(pending.map((workflow) => drive(workflow.id)));
    return pending.length;
  }

  /** Renews the lease of every workflow this engine drives and the claim of every trigger it starts (the heartbeat). */
  async function renewLeases(): Promise<void> {
    await Promise.all([
      ...[...running.keys()].map(async (workflowId) => {
        if (!running.has(workflowId) || lost.has(workflowId)) return;
        if (!(await store.renewLease(workflowId, owner, leaseUntil()))) {
          // Released (the run is ending) or taken over (this process stalled): either way, stop driving it.
          lost.add(workflowId);
          logger.warn({ workflowId }, 'lease lost to another process; it drives the workflow now');
        }
      }),
      // A claim found gone (settled, or taken over after a stall) needs nothing: the key makes a second start harmless.
      ...[...triggerRuns.keys()].map((key) => store.renewTriggerClaim(key, owner, leaseUntil())),
    ]);
  }

  /**
   * Validates a request within the validation deadline; a system that gives no answer (NoAnswer) is
   * asked again, then answers UPSTREAM_UNAVAILABLE naming it. Past the deadline nothing is written,
   * even if the reads come back: the gateway is about to stop waiting.
   */
  async function prepareWithRetries(
    definition: AnyDefinition,
    request: Record<string, unknown>,
    context: Parameters<AnyDefinition['prepare']>[1],
  ): Promise<Preparation<unknown>> {
    const deadline = Date.now() + validationDeadlineMs;
    const bounded = context.systems.until?.(deadline);
    const unavailable = (system: SourceSystem, cause: string) => {
      logger.warn({ type: definition.type, correlationId: context.correlationId, system, cause }, 'validation failed: a system is unavailable');
      return upstreamUnavailable(SERVICE_OF_SYSTEM[system], system);
    };
    let prepared: Preparation<unknown>;
    try {
      prepared = await withRetries(
        async () => undefined,
        async (error) => logger.warn({ type: definition.type, correlationId: context.correlationId, cause: error.message }, 'validation read failed; retrying'),
        () => definition.prepare(request, { ...context, systems: bounded ?? context.systems }),
        // Only a system that did not answer is worth asking again; an answered error is a bug or a refused credential.
        (error) => error instanceof NoAnswer,
        deadline,
      );
    } catch (error) {
      // (A validation reads systems of record only, never the identity registry.)
      if (error instanceof NoAnswer && error.system !== 'REGISTRY') throw unavailable(error.system, error.message);
      throw error;
    }
    const late = bounded?.lastSystem();
    if (Date.now() >= deadline && late) throw unavailable(late, `validation outlasted ${validationDeadlineMs} ms`);
    return prepared;
  }

  /** True once `work` has settled (either way), false when `by` (epoch ms) comes first. */
  async function settledBy(work: Promise<unknown>, by: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), Math.max(0, by - Date.now()));
    });
    try {
      return await Promise.race([
        work.then(
          () => true,
          () => true,
        ),
        late,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Waits until a workflow (driven here or by another process) settles. A request that must answer
   * by `answerBy` stops waiting then: the workflow goes on and the request answers it as it stands.
   * Without one (a trigger), a workflow still running after waitMs is a CONFLICT.
   */
  async function settle(workflowId: string, answerBy: number | null = null): Promise<void> {
    const deadline = answerBy ?? Date.now() + waitMs;
    for (;;) {
      const local = running.get(workflowId);
      if (local && !(await settledBy(local, deadline))) break;
      const workflow = await load(workflowId);
      if (TERMINAL.includes(workflow.status)) return;
      if (Date.now() >= deadline) break;
      await sleep(Math.min(50, Math.max(0, deadline - Date.now())));
    }
    if (answerBy === null) throw conflict('A request with this idempotency key is still being processed; try again later');
  }

  /**
   * Runs a governed mutation as a workflow (see the module comment) for an authorized `actor`. Same
   * key and input: the first result; same key, other input: IDEMPOTENCY_KEY_REUSED. `causationId`
   * names the event a triggered workflow was started for. `answerBy` (epoch ms): a request answers
   * by then with the workflow as it stands; null (a trigger) waits for the workflow's end.
   */
  async function startAs(
    definition: AnyDefinition,
    actor: Principal,
    input: Record<string, unknown>,
    correlationId: string,
    causationId: string | null,
    answerBy: number | null = null,
  ): Promise<StartOutcome> {
    const { type } = definition;
    const { idempotencyKey, ...request } = input as { idempotencyKey: string };
    const keyProblem = typeof idempotencyKey === 'string' ? textProblem(idempotencyKey, { max: 255, required: true }) : 'is required';
    if (keyProblem) {
      return {
        workflowId: null,
        userErrors: [
          { code: 'INVALID_IDEMPOTENCY_KEY', message: `idempotencyKey ${keyProblem}: it must be 1 to 255 characters`, field: ['input', 'idempotencyKey'] },
        ],
      };
    }
    const hash = requestHash(type, request);
    const replay = async (): Promise<StartOutcome | null> => {
      const existing = await store.idempotencyKey(actor.sub, idempotencyKey);
      if (!existing) return null;
      if (existing.mutation !== type || existing.request_hash !== hash) {
        throw idempotencyKeyReused();
      }
      await settle(existing.workflow_id, answerBy);
      return { workflowId: existing.workflow_id, userErrors: [] };
    };
    const replayed = await replay();
    if (replayed) return replayed;

    const prepared = await prepareWithRetries(definition, request, { systems, principal: actor, correlationId });
    if ('userErrors' in prepared) return { workflowId: null, userErrors: prepared.userErrors };

    const workflowId = `wfl_${randomUUID()}`;
    const created = await store.createWorkflow({
      workflow: {
        id: workflowId,
        type,
        status: 'RUNNING',
        input: JSON.stringify(prepared.plan),
        subject_id: prepared.subjectId,
        customer_id: prepared.customerId,
        actor_sub: actor.sub,
        actor_roles: JSON.stringify(actor.roles),
        correlation_id: correlationId,
        causation_id: causationId,
        // Tracing on: the request's trace, which a run resumed elsewhere links to.
        ...(tracingEnabled() ? { traceparent: activeTraceparent() ?? null } : {}),
        started_at: new Date().toISOString(),
        // Born leased to this engine, so another process's recovery scan leaves it alone.
        lease_owner: owner,
        lease_until: leaseUntil(),
      },
      steps: definition.steps.map((step) => ({ name: step.name, system: step.system })),
      key: { scope: actor.sub, idempotency_key: idempotencyKey, mutation: type, request_hash: hash },
    });
    if (!created) {
      // Another request with this key won the race: its result is ours.
      const winner = await replay();
      if (winner) return winner;
      throw conflict('A request with this idempotency key is being processed');
    }
    const run = drive(workflowId);
    if (answerBy !== null && !(await settledBy(run, answerBy))) {
      // Past the answer deadline: answered RUNNING, it goes on here (or, should this process fail, on the recovery scan).
      run.catch((error: unknown) => logger.error({ err: error, workflowId, type }, 'a workflow answered RUNNING failed to go on'));
      return { workflowId, userErrors: [] };
    }
    await run;
    // Another process may have taken it over (this one stalled past its lease): wait for its end.
    if (!stopped) await settle(workflowId, answerBy);
    return { workflowId, userErrors: [] };
  }

  /**
   * Starts one claimed trigger as the workflows service itself (no caller's role is involved, and no
   * caller can start a workflow this way) and settles it: STARTED with its workflow, or the code of
   * the refusal; a failure of a system (or of this process's store) gives it back, pending.
   */
  async function startTrigger(trigger: TriggerRecord): Promise<void> {
    const log = { trigger: trigger.id, type: trigger.type, cause: trigger.cause, correlationId: trigger.correlation_id };
    let outcome: StartOutcome;
    try {
      const input = { ...(JSON.parse(trigger.input) as Record<string, unknown>), idempotencyKey: trigger.id };
      outcome = await startAs(definitionOf(trigger.type), WORKFLOWS_SERVICE, input, trigger.correlation_id, trigger.cause);
    } catch (error) {
      const code = isGraphQLError(error) ? error.extensions.code : undefined;
      if (typeof code === 'string' && FINAL_REFUSALS.has(code)) {
        outcome = { workflowId: null, userErrors: [{ code, message: error instanceof Error ? error.message : String(error), field: null }] };
      } else {
        logger.warn({ ...log, cause: (error as Error).message }, 'triggered workflow not started; it stays pending');
        deferred.add(trigger.id);
        await store.releaseTrigger(trigger.id, owner, (error as Error).message);
        return;
      }
    }
    const settledAt = new Date().toISOString();
    if (outcome.workflowId) {
      await store.settleTrigger(trigger.id, { outcome: 'STARTED', workflow_id: outcome.workflowId, started_at: settledAt, settled_at: settledAt });
      return;
    }
    const code = outcome.userErrors[0]?.code ?? 'REFUSED';
    logger.info({ ...log, code }, 'triggered workflow refused');
    await store.settleTrigger(trigger.id, { outcome: code, user_errors: JSON.stringify(outcome.userErrors), settled_at: settledAt });
  }

  /** The periodic scan: triggers given back since the last one are due again. */
  function startTriggers(): Promise<number> {
    deferred.clear();
    return scanTriggers();
  }

  /** Claims and starts pending triggers while this engine has room; one scan at a time (a call meanwhile makes it scan again). */
  function scanTriggers(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    if (triggerScan) {
      rescan = true;
      return triggerScan;
    }
    triggerScan = (async () => {
      let claimed = 0;
      do {
        rescan = false;
        const room = TRIGGER_CONCURRENCY - triggerRuns.size;
        if (room <= 0) {
          // Full: the end of a run scans again.
          rescan = true;
          break;
        }
        const now = options.takeOverLeases ? EVERY_LEASE_EXPIRED : new Date().toISOString();
        const pending = await store.triggersToStart([...definitions.keys()], now, room + triggerRuns.size + deferred.size + 1);
        const fresh = pending.filter((trigger) => !triggerRuns.has(trigger.id) && !deferred.has(trigger.id));
        for (const trigger of fresh.slice(0, room)) {
          if (stopped) break;
          if (!(await store.claimTrigger(trigger.id, owner, now, leaseUntil()))) continue;
          claimed++;
          const run = startTrigger(trigger)
            .catch((error: unknown) => logger.error({ err: error, trigger: trigger.id }, 'starting a triggered workflow failed'))
            .finally(() => {
              triggerRuns.delete(trigger.id);
              if (rescan) void scanTriggers().catch((error: unknown) => logger.error({ err: error }, 'starting workflow triggers failed'));
            });
          triggerRuns.set(trigger.id, run);
        }
        if (fresh.length > room) rescan = true;
      } while (rescan && !stopped && triggerRuns.size < TRIGGER_CONCURRENCY);
      return claimed;
    })().finally(() => {
      triggerScan = null;
    });
    return triggerScan;
  }

  return {
    owner,
    /**
     * Runs a governed mutation as a workflow (see the module comment). Same key and input: the
     * first result; same key, other input: IDEMPOTENCY_KEY_REUSED.
     */
    async start(type: string, principal: Principal | null, input: Record<string, unknown>, correlationId: string): Promise<StartOutcome> {
      if (stopped) throw shuttingDown();
      const answerBy = Date.now() + responseDeadlineMs;
      const definition = definitionOf(type);
      return startAs(definition, authorize(principal, definition.roles, type), input, correlationId, null, answerBy);
    },

    /**
     * Starts every pending trigger (../triggers.ts) whose claim is free or expired, up to
     * TRIGGER_CONCURRENCY at a time; resolves, once they are claimed, to how many this call claimed.
     */
    startTriggers,

    /** Resumes every unfinished workflow whose lease is free (startup and periodic recovery). */
    resume: resumeUnfinished,

    /**
     * Runs a FAILED workflow again from the step that failed. The workflow's lease is taken before
     * anything changes, so no recovery scan can claim it between the status change and the drive;
     * the exception is RESOLVED where the workflow ends (execute), by whichever process ends it.
     */
    async retryException(exception: ExceptionRecord): Promise<void> {
      const refused = (status: string) => conflict(`Exception ${exception.id} is ${status}; only an open exception can be retried`);
      if (exception.workflow_id === null) throw refused(`raised by no workflow (${exception.kind})`);
      const workflow = await load(exception.workflow_id);
      if (workflow.status !== 'FAILED' || exception.status === 'RESOLVED') throw refused(exception.status);
      // One retry per workflow at a time: in this process by `retrying`, taken before any await (the
      // lease is this process's own, so it cannot tell two callers here apart); across processes by the lease.
      if (retrying.has(workflow.id)) throw refused('being retried');
      retrying.add(workflow.id);
      let leased = false;
      let handedOver = false;
      try {
        const now = options.takeOverLeases ? EVERY_LEASE_EXPIRED : new Date().toISOString();
        if (!(await store.claimLease(workflow.id, owner, now, leaseUntil()))) throw refused('being retried');
        leased = true;
        // Under the lease of a FAILED workflow no retry is in flight, so a RETRYING exception here is a retry that crashed before its workflow moved.
        if ((await load(workflow.id)).status !== 'FAILED' || !(await store.claimExceptionRetry(exception.id))) throw refused(exception.status);
        const steps = await store.stepsByWorkflowIds([workflow.id]);
        const failedCompensation = exception.step.endsWith(':compensate');
        for (const step of steps)
          if (step.status === 'FAILED' && !failedCompensation) await store.updateStep(workflow.id, step.position, { status: 'PENDING' });
        // A retried step's earlier refusal no longer stands; a failed compensation keeps the refusal that started it.
        await store.updateWorkflow(
          workflow.id,
          failedCompensation ? { status: 'COMPENSATING', finished_at: null } : { status: 'RUNNING', finished_at: null, user_errors: '[]' },
        );
        handedOver = true;
      } finally {
        if (!handedOver) {
          retrying.delete(workflow.id);
          if (leased) await store.releaseLease(workflow.id, owner).catch(() => undefined);
        }
      }
      try {
        await drive(workflow.id);
      } finally {
        retrying.delete(workflow.id);
      }
      // Another process may have taken it over (this one stalled past its lease): wait for its end.
      if (!stopped) await settle(workflow.id);
    },

    isTerminal: (status: StoredWorkflowStatus) => TERMINAL.includes(status),

    /**
     * Periodic recovery: renews the leases of the workflows this engine drives (and the claims of the
     * triggers it starts) every third of the lease, and every `resumeEveryMs` resumes unfinished
     * workflows whose lease expired and starts pending triggers, as it does at once, and whenever a
     * trigger is recorded through this engine's store connection. `stop()` ends all of it.
     */
    startRecovery(resumeEveryMs: number): void {
      if (stopped || timers.length > 0) return;
      const resume = () => {
        if (stopped) return;
        resumeUnfinished().catch((error: unknown) => logger.error({ err: error }, 'resuming unfinished workflows failed'));
      };
      const triggers = (scanning: () => Promise<number>) => {
        if (stopped) return;
        scanning().catch((error: unknown) => logger.error({ err: error }, 'starting workflow triggers failed'));
      };
      const renew = () => void renewLeases().catch((error: unknown) => logger.error({ err: error }, 'renewing workflow leases failed'));
      const scan = () => {
        resume();
        triggers(startTriggers);
      };
      timers.push(setInterval(renew, Math.max(10, Math.floor(leaseMs / 3))), setInterval(scan, resumeEveryMs));
      for (const timer of timers) timer.unref();
      unwatchTriggers = store.onTriggerRecorded(() => triggers(scanTriggers));
      scan();
    },

    /**
     * Stops claiming work (no new start, trigger, recovery scan or retry of a failed step) and waits
     * for the runs in flight, renewing their leases meanwhile: within `timeoutMs` when given, past
     * which a run stores nothing more (its step's answer is dropped at the step's end) and is left to
     * the lease takeover of another process or of the next start. Idempotent.
     */
    stop(timeoutMs?: number): Promise<void> {
      stopping ??= (async () => {
        stopped = true;
        unwatchTriggers?.();
        unwatchTriggers = null;
        const settled = Promise.allSettled([triggerScan, ...triggerRuns.values(), ...running.values()]).then(() => true);
        let timer: NodeJS.Timeout | undefined;
        const bound = new Promise<boolean>((resolve) => {
          if (timeoutMs !== undefined) timer = setTimeout(() => resolve(false), timeoutMs);
        });
        const drained = await Promise.race([settled, bound]);
        clearTimeout(timer);
        for (const timer of timers.splice(0)) clearInterval(timer);
        if (!drained) {
          const left = [...running.keys()];
          for (const workflowId of left) lost.add(workflowId);
          if (left.length > 0) logger.warn({ workflows: left, timeoutMs }, 'workflows still running at the shutdown bound are left to the lease takeover');
        }
      })();
      return stopping;
    },
  };
}

export type WorkflowEngine = ReturnType<typeof createWorkflowEngine>;
