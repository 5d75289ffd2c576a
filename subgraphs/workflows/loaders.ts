/** Per-request loaders of the workflows subgraph: one store call per batch. */
import { createGroupLoader, createRowLoader } from '../shared/loaders.ts';
import type { WorkflowStore } from './connector/types.ts';

export function createWorkflowsLoaders(store: WorkflowStore) {
  return {
    workflow: createRowLoader((ids: readonly string[]) => store.workflowsByIds(ids), (row) => row.id),
    stepsByWorkflow: createGroupLoader((ids: readonly string[]) => store.stepsByWorkflowIds(ids), (row) => row.workflow_id),
    exception: createRowLoader((ids: readonly string[]) => store.exceptionsByIds(ids), (row) => row.id),
    exceptionByWorkflow: createRowLoader((ids: readonly string[]) => store.exceptionsByWorkflowIds(ids), (row) => row.workflow_id),
  };
}

export type WorkflowsLoaders = ReturnType<typeof createWorkflowsLoaders>;
