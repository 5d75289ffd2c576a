/** What the live server's modules pass each other: a subscriber's request, its context, a live field. */
import type { FragmentDefinitionNode, GraphQLFormattedError, OperationDefinitionNode, SelectionSetNode, DocumentNode } from 'graphql';
import type { WebSocket } from 'ws';
import type { Principal, Role } from '../../platform/auth.ts';
import type { DomainEvent } from '../../platform/events/types.ts';
import type { GatewayContext } from '../context.ts';

/** Executes a query through the federated graph with the given context. */
export type GraphExecutor = (
  query: DocumentNode,
  variables: Record<string, unknown>,
  context: GatewayContext,
) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
}>;

/** The context of one subscription: the gateway's, plus the subscriber's socket and the life of its token. */
export interface LiveContext extends GatewayContext {
  socket: WebSocket;
  maxPendingEvents: number;
  /** When the subscriber's token expires (ms since the epoch); nothing is delivered from then on. */
  expiresAt: number | null;
  /**
   * The subscribers that receive the same result for an event share its execution: the same
   * document, operation, variables and access (roles and customer). See shared-execution.ts.
   */
  group: string;
  /** The subscriber's graphql-ws operation id, which its `next` frames carry. */
  operationId: string;
}

/** One subscriber's subscription, as a live field sees it. */
export interface LiveRequest {
  /** The event being delivered (absent while the subscription is being set up). */
  eventId?: string;
  args: Record<string, unknown>;
  context: LiveContext;
  principal: Principal;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** Fetches the entity `rootField(id:)` with `selection`, with the access of the request's subscriber. */
export type EntityFetch = (rootField: string, id: string, selection: SelectionSetNode, request: LiveRequest) => Promise<unknown>;

/** A subscription field: which events it follows, for whom, and the payload of each. */
export interface LiveField {
  eventTypes: ReadonlySet<string>;
  /** Who may subscribe besides admin; null: any signed-in principal. */
  roles: readonly Role[] | null;
  /** Checks the arguments before the subscription starts. */
  check?: (request: LiveRequest, fetchEntity: EntityFetch) => Promise<void>;
  matches: (event: DomainEvent, request: LiveRequest) => boolean;
  /** The payload for one event, keyed by the response keys of the subscriber's selection. */
  payload: (event: DomainEvent, selection: SelectionSetNode, request: LiveRequest, fetchEntity: EntityFetch) => Promise<unknown>;
}

/** The subscribers' listeners: the live server calls each with every event it receives. */
export type Listeners = Set<(event: DomainEvent) => void>;
