/** Per-request loaders of the workflows subgraph: one store call per batch. */
import { canSeeCustomer, type Access } from '../shared/access.ts';
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { SqlDatabase } from '../../platform/sql.ts';
import type { WorkflowStore } from './connector/types.ts';
import { journeysByIds, slosOfJourneys } from './journeys/store.ts';
import type { ReconciliationStore } from './reconciliation/store.ts';

/**
 * A portal caller sees the workflows about its own customer (its milestone sign-offs, say) and no
 * exception, and the journeys of its own customer; internal roles see every row.
 */
export function createWorkflowsLoaders(store: WorkflowStore, journeysDb: SqlDatabase, access: Access, reconciliation: ReconciliationStore) {
  const internal = access.customerScope === null;
  return {
    workflow: createRowLoader(
      async (ids: readonly string[]) =>
        (await store.workflowsByIds(ids)).filter(
          (row) => access.customerScope === null || (row.customer_id !== null && canSeeCustomer(access, row.customer_id)),
        ),
      (row) => row.id,
    ),
    stepsByWorkflow: createGroupLoader(
      (ids: readonly string[]) => store.stepsByWorkflowIds(ids),
      (row) => row.workflow_id,
    ),
    // Exceptions are internal: a portal caller finds none, even by id through _entities.
    exception: createRowLoader(
      async (ids: readonly string[]) => (internal ? store.exceptionsByIds(ids) : []),
      (row) => row.id,
    ),
    // Findings and runs are internal too.
    finding: createRowLoader(
      async (ids: readonly string[]) => (internal ? reconciliation.findingsByIds(ids) : []),
      (row) => row.id,
    ),
    findingByException: createRowLoader(
      async (ids: readonly string[]) => (internal ? reconciliation.findingsByExceptionIds(ids) : []),
      (row) => row.exception_id,
    ),
    run: createRowLoader(
      async (ids: readonly string[]) => (internal ? reconciliation.runsByIds(ids) : []),
      (row) => row.id,
    ),
    exceptionByWorkflow: createRowLoader(
      async (ids: readonly string[]) => (internal ? store.exceptionsByWorkflowIds(ids) : []),
      (row) => row.workflow_id ?? '',
    ),
    journey: createRowLoader(
      async (ids: readonly string[]) =>
        (await journeysByIds(journeysDb, ids)).filter(
          (row) => access.customerScope === null || (row.customer_id !== null && canSeeCustomer(access, row.customer_id)),
        ),
      (row) => row.id,
    ),
    clocksByJourney: createGroupLoader(
      (ids: readonly string[]) => slosOfJourneys(journeysDb, ids),
      (row) => row.journey_id,
    ),
  };
}

export type WorkflowsLoaders = ReturnType<typeof createWorkflowsLoaders>;
