/** Request context of the workflows subgraph. */
import { GraphQLError } from 'graphql';
import { principalOf, type Principal } from '../shared/auth.ts';
import { HttpRefusal, type RequestInfo } from '../shared/http.ts';
import type { WorkflowStore } from './connector/types.ts';
import type { WorkflowEngine } from './engine/engine.ts';
import { createWorkflowsLoaders, type WorkflowsLoaders } from './loaders.ts';

export interface WorkflowsContext {
  correlationId: string;
  /** The verified caller; null without a token (governed mutations then answer UNAUTHENTICATED). */
  principal: Principal | null;
  store: WorkflowStore;
  engine: WorkflowEngine;
  /** Fresh per request. */
  loaders: WorkflowsLoaders;
}

export function createWorkflowsContextFactory(store: WorkflowStore, engine: WorkflowEngine) {
  return async ({ req, correlationId }: RequestInfo): Promise<WorkflowsContext> => {
    let principal: Principal | null;
    try {
      principal = await principalOf(req);
    } catch (error) {
      if (!(error instanceof HttpRefusal)) throw error;
      throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: error.status } } });
    }
    return { correlationId, principal, store, engine, loaders: createWorkflowsLoaders(store) };
  };
}
