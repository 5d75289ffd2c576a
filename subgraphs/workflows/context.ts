/** Request context of the workflows subgraph. */
import type { Access } from '../shared/access.ts';
import type { Principal } from '../../platform/auth.ts';
import type { SqlDatabase } from '../../platform/sql.ts';
import type { ContextInfo } from '../shared/subgraph.ts';
import type { WorkflowStore } from './connector/types.ts';
import type { WorkflowEngine } from './engine/engine.ts';
import { createWorkflowsLoaders, type WorkflowsLoaders } from './loaders.ts';
import type { Reconciliation } from './reconciliation/service.ts';
import type { ReconciliationStore } from './reconciliation/store.ts';

export interface WorkflowsContext {
  correlationId: string;
  /** Who is asking, and which rows and fields they may read. */
  access: Access;
  /** The verified caller (the endpoint requires one before the context is built). */
  principal: Principal | null;
  store: WorkflowStore;
  /** The workflows store's connection, for the journeys' rows (journeys/store.ts). */
  journeysDb: SqlDatabase;
  engine: WorkflowEngine;
  reconciliation: Reconciliation;
  reconciliationStore: ReconciliationStore;
  /** Fresh per request. */
  loaders: WorkflowsLoaders;
}

export function createWorkflowsContextFactory(
  store: WorkflowStore,
  journeysDb: SqlDatabase,
  engine: WorkflowEngine,
  reconciliation: Reconciliation,
  reconciliationStore: ReconciliationStore,
) {
  return async ({ correlationId, access }: ContextInfo): Promise<WorkflowsContext> => ({
    correlationId,
    access,
    principal: access.principal,
    store,
    journeysDb,
    engine,
    reconciliation,
    reconciliationStore,
    loaders: createWorkflowsLoaders(store, journeysDb, access, reconciliationStore),
  });
}
