/**
 * The workflows subgraph (process API): the governed mutations, durable workflow state, the
 * exception queue and the audit trail. It reaches the systems of record only through their
 * subgraphs' endpoints (see engine/systems.ts). Builds; never listens.
 */
import type { BaseContext } from '@apollo/server';
import { SYSTEMS } from '../registry.ts';
import type { DomainService } from '../shared/service.ts';
import { workflowsMigrations } from './connector/migrations.ts';
import { workflowTrigger } from './triggers.ts';
import { env } from '../../platform/env.ts';
import type { SourceSystem } from '../shared/ids.ts';
import type { SqlDatabase } from '../../platform/sql.ts';
import { createSubgraph, readDomainSdl, type Subgraph } from '../shared/subgraph.ts';
import { createWorkflowsContextFactory, type WorkflowsContext } from './context.ts';
import { createSqlWorkflowStore } from './connector/sql.ts';
import type { WorkflowStore } from './connector/types.ts';
import { approveMilestone, completeMilestone, issueInvoice, recordPayment, releaseBillingEvents, signOffMilestone } from './engine/definitions/billing.ts';
import { approveChangeOrder, rejectChangeOrder, submitChangeOrder } from './engine/definitions/change-orders.ts';
import { convertOpportunityToProject } from './engine/definitions/convert.ts';
import { approveTime, assignConsultant, changeProjectStatus, logTime, postApprovedTime, submitTime } from './engine/definitions/delivery.ts';
import {
  completeDeliveredMilestone,
  deliveredMilestoneTrigger,
  recordWorklog,
  replaySyncWorklog,
  syncWorklog,
  updateWorkItemStatus,
  worklogSyncTrigger,
} from './engine/definitions/delivery-platform.ts';
import { closePeriod } from './engine/definitions/period-close.ts';
import { createWorkflowEngine } from './engine/engine.ts';
import { createSystemClients } from './engine/systems.ts';
import { resolvers } from './resolvers/index.ts';
import { journeyConsumer, startJourneySweeper, type JourneySweeper } from './journeys/sweeper.ts';
import { createReconciliation } from './reconciliation/service.ts';
import { createReconciliationStore, type ReconciliationStore } from './reconciliation/store.ts';
import { WORKFLOWS_SERVICE } from '../../platform/auth.ts';
import { logger } from '../../platform/logger.ts';

export const WORKFLOW_DEFINITIONS = [
  convertOpportunityToProject,
  changeProjectStatus,
  assignConsultant,
  logTime,
  submitTime,
  approveTime,
  completeMilestone,
  signOffMilestone,
  approveMilestone,
  releaseBillingEvents,
  issueInvoice,
  recordPayment,
  submitChangeOrder,
  approveChangeOrder,
  rejectChangeOrder,
  recordWorklog,
  syncWorklog,
  updateWorkItemStatus,
  completeDeliveredMilestone,
  closePeriod,
  // Reconciliation's replays (reconciliation/service.ts): no mutation of their own.
  postApprovedTime,
  replaySyncWorklog,
];

export interface WorkflowsSubgraphDeps {
  store: WorkflowStore;
  /** The connection under `store`: the journeys' rows and their sweeper (journeys/). */
  db: SqlDatabase;
  /** Reconciliation's runs, findings and scan lease (reconciliation/store.ts). */
  reconciliationStore: ReconciliationStore;
  /** Public GraphQL endpoint of each system's subgraph. */
  systemUrls: Partial<Record<SourceSystem, string>>;
  /** Public GraphQL endpoint of the identity subgraph (reconciliation reads the registry's system API). */
  registryUrl?: string;
  /** One process owns the store (node:sqlite): take over a crashed run's leases at once. */
  soleOwner: boolean;
  /** @default env OPSGRAPH_WORKFLOW_MAX_ATTEMPTS */
  maxAttempts?: number;
  /** @default env OPSGRAPH_WORKFLOW_RETRY_BASE_MS */
  retryBaseMs?: number;
  /** How long a workflow stays with its process without renewal. @default env OPSGRAPH_WORKFLOW_LEASE_MS */
  leaseMs?: number;
  /** How often unfinished workflows with expired leases are looked for. @default env OPSGRAPH_WORKFLOW_RESUME_EVERY_MS */
  resumeEveryMs?: number;
  /** How often the journeys' sweeper looks for overdue stages. @default env OPSGRAPH_JOURNEY_SWEEP_MS */
  journeySweepMs?: number;
  /** How often a scheduled reconciliation runs; 0: never. @default env OPSGRAPH_RECONCILE_EVERY_MS */
  reconcileEveryMs?: number;
}

export function createWorkflowsSubgraph(deps: WorkflowsSubgraphDeps) {
  const systems = createSystemClients({ urls: deps.systemUrls, registryUrl: deps.registryUrl });
  const engine = createWorkflowEngine({
    store: deps.store,
    systems,
    definitions: WORKFLOW_DEFINITIONS,
    maxAttempts: deps.maxAttempts ?? env.workflowMaxAttempts(),
    retryBaseMs: deps.retryBaseMs ?? env.workflowRetryBaseMs(),
    crashAt: env.crashAt(),
    leaseMs: deps.leaseMs ?? env.workflowLeaseMs(),
    validationDeadlineMs: env.workflowValidationDeadlineMs(),
    takeOverLeases: deps.soleOwner,
  });
  let sweeper: JourneySweeper | null = null;
  const reconciliation = createReconciliation({
    store: deps.reconciliationStore,
    workflows: deps.store,
    engine,
    systems,
    asOf: () => env.asOfDate() ?? null,
    answerWithinMs: env.workflowValidationDeadlineMs(),
  });
  const reconcileEveryMs = deps.reconcileEveryMs ?? env.reconcileEveryMs();
  let schedule: NodeJS.Timeout | null = null;
  return {
    ...createSubgraph<WorkflowsContext>({
      name: 'workflows',
      typeDefs: readDomainSdl('workflows'),
      resolvers,
      createContext: createWorkflowsContextFactory(deps.store, deps.db, engine, reconciliation, deps.reconciliationStore),
    }),
    engine,
    reconciliation,
    lifecycle: {
      /**
       * Resumes what a previous process left unfinished, then keeps renewing the leases of the
       * workflows it drives and looking for expired ones (a crashed process's workflows).
       */
      async start() {
        const before = new Date(Date.now() - env.idempotencyTtlHours() * 3_600_000).toISOString();
        await deps.store.pruneIdempotencyKeys(before);
        engine.startRecovery(deps.resumeEveryMs ?? env.workflowResumeEveryMs());
        sweeper ??= startJourneySweeper(deps.db, deps.store, deps.journeySweepMs ?? env.journeySweepMs());
        // The scheduled scan: one run per slot of the interval (its idempotency key), whichever process is first.
        if (reconcileEveryMs > 0 && !schedule) {
          schedule = setInterval(() => {
            reconciliation
              .scheduled(WORKFLOWS_SERVICE, Math.floor(Date.now() / reconcileEveryMs))
              .catch((error: unknown) => logger.error({ err: error }, 'scheduled reconciliation failed'));
          }, reconcileEveryMs);
          schedule.unref();
        }
      },
      /** Stops claiming work and waits, within `timeoutMs`, for the runs in flight (engine.stop), and stops the journeys' sweeper. */
      async stop(timeoutMs?: number) {
        if (schedule) clearInterval(schedule);
        schedule = null;
        await Promise.all([engine.stop(timeoutMs), sweeper?.stop(), reconciliation.drain()]);
        sweeper = null;
      },
    },
  };
}

export function createWorkflowsSubgraphOverStore(db: SqlDatabase, deps: Omit<WorkflowsSubgraphDeps, 'store' | 'reconciliationStore' | 'soleOwner' | 'db'>) {
  return createWorkflowsSubgraph({
    ...deps,
    store: createSqlWorkflowStore(db),
    reconciliationStore: createReconciliationStore(db),
    db,
    soleOwner: db.dialect === 'sqlite',
  });
}

export { workflowsMigrations };
export { createSqlWorkflowStore } from './connector/sql.ts';

/** The domain's service for the hub (subgraphs/services.ts): it reaches each system of record through its peer's system API. */
export const service: DomainService = {
  migrations: workflowsMigrations,
  // Events that start governed workflows (triggers.ts): worklogs recorded in the delivery platform
  // become PSA time; a milestone's last work item done completes the milestone for approval. And
  // the business journeys, followed from the domains' events (journeys/, docs/journeys.md).
  consumers: (db) => [
    workflowTrigger(db, 'workflows-worklog-sync', worklogSyncTrigger),
    workflowTrigger(db, 'workflows-delivered-milestones', deliveredMilestoneTrigger),
    journeyConsumer(db, createSqlWorkflowStore(db)),
  ],
  build: (db, { peerUrls = {} } = {}) =>
    createWorkflowsSubgraphOverStore(db, {
      systemUrls: Object.fromEntries(SYSTEMS.map((system) => [system.code, peerUrls[system.domain]])),
      registryUrl: peerUrls.identity,
    }) as unknown as Subgraph<BaseContext>,
};
