/**
 * How the workflows service reaches the systems of record: each domain subgraph's public endpoint
 * for reads and its internal system API (`/system/graphql`) for writes, both with the service
 * credential; and the identity registry's system API, which reconciliation reads (`registryRead`). Failures are sorted into the two kinds the engine treats differently:
 * - TechnicalFailure: unreachable, slow, 5xx, masked internal errors: retried, then parked;
 *   NoAnswer, its kind where the system gave no answer at all (unreachable, no answer in time, 5xx
 *   without a GraphQL body, or the subgraph itself reports UPSTREAM_UNAVAILABLE): the only failure
 *   a validation read retries and reports as an outage;
 * - BusinessFailure: the system refused (a rule, a malformed request): compensated, never retried.
 */
import { print, type DocumentNode } from 'graphql';
import { signToken, WORKFLOWS_SERVICE } from '../../../platform/auth.ts';
import { CORRELATION_HEADER } from '../../../platform/http.ts';
import { injectTraceHeaders, SpanKind, withSpan } from '../../../platform/tracing.ts';
import type { SourceSystem } from '../../shared/ids.ts';
import type { EntityChange, WriteResultShape } from '../../shared/system-api.ts';

/** The subgraph that fronts each system of record (declared in the registry). */
export { DOMAIN_OF_SYSTEM as SERVICE_OF_SYSTEM } from '../../registry.ts';

export interface UserErrorShape {
  code: string;
  message: string;
  field: string[] | null;
}

/** What the workflows service calls: a system of record, or the identity registry (`REGISTRY`). */
export type Callee = SourceSystem | 'REGISTRY';

export class TechnicalFailure extends Error {
  readonly system: Callee;
  constructor(system: Callee, message: string) {
    super(`${system}: ${message}`);
    this.system = system;
  }
}

/** The system did not answer (unreachable, timed out, 5xx without a GraphQL body, or UPSTREAM_UNAVAILABLE). */
export class NoAnswer extends TechnicalFailure {}

export class BusinessFailure extends Error {
  readonly userErrors: UserErrorShape[];
  constructor(userErrors: UserErrorShape[]) {
    super(userErrors.map((error) => `${error.code}: ${error.message}`).join('; '));
    this.userErrors = userErrors;
  }
}

/** What a system write returned (see WriteResult in schema/system/*.graphql). */
export interface SystemWriteResult {
  replayed: boolean;
  changes: EntityChange[];
  result: Record<string, unknown>;
}

/**
 * A document with the types of its result and variables, as codegen generates the workflows'
 * documents (the shape of @graphql-typed-document-node/core's TypedDocumentNode, whose package is
 * types only): `__apiType` is never set, it only carries the types.
 */
export interface TypedDocumentNode<Result = { [key: string]: unknown }, Variables = { [key: string]: unknown }> extends DocumentNode {
  __apiType?: (variables: Variables) => Result;
}

/**
 * A write document (subgraphs/workflows/engine/documents/system/): one root field selecting the
 * `WriteResultFields` fragment of its system's WriteResult.
 */
export type WriteDocument<Variables> = TypedDocumentNode<{ [field: string]: WriteResultShape }, Variables>;

/**
 * The documents are the typed document nodes codegen generates from
 * subgraphs/workflows/engine/documents/ into subgraphs/workflows/__generated__/ (public-<domain>.ts
 * for `read`, system-<domain>.ts for `systemRead` and `write`): their results and variables are typed.
 */
export interface SystemClients {
  /** A query on a domain subgraph's public endpoint. */
  read<Result, Variables>(
    system: SourceSystem,
    document: TypedDocumentNode<Result, Variables>,
    variables: NoInfer<Variables>,
    correlationId: string,
  ): Promise<Result>;
  /** A query on a domain's system API. */
  systemRead<Result, Variables>(
    system: SourceSystem,
    document: TypedDocumentNode<Result, Variables>,
    variables: NoInfer<Variables>,
    correlationId: string,
  ): Promise<Result>;
  /** A query on the identity registry's system API (schema/system/identity.graphql). */
  registryRead<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: NoInfer<Variables>, correlationId: string): Promise<Result>;
  /** A write on a domain's system API (see WriteDocument); its userErrors become a BusinessFailure. */
  write<Variables>(system: SourceSystem, document: WriteDocument<Variables>, variables: NoInfer<Variables>, correlationId: string): Promise<SystemWriteResult>;
  /**
   * The same clients with every request bounded by `deadline` (epoch ms) as well: a request still
   * unanswered then fails with NoAnswer. `lastSystem()` names the system asked last (the one a
   * validation that ran out of time was waiting for).
   */
  until?(deadline: number): SystemClients & { lastSystem(): SourceSystem | null };
}

/** The text of each document sent, printed once. */
const printed = new WeakMap<DocumentNode, string>();

function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

export interface SystemClientOptions {
  /** Public GraphQL endpoint of each domain subgraph (`…/graphql`); the system API is `…/system/graphql`. */
  urls: Partial<Record<SourceSystem, string>>;
  /** Public GraphQL endpoint of the identity subgraph (`…/graphql`); its system API is `…/system/graphql`. */
  registryUrl?: string;
  /** @default 10000 */
  timeoutMs?: number;
}

/** The name of a document's operation, if it has one. */
function operationNameOf(document: DocumentNode): string | null {
  const operation = document.definitions.find((definition) => definition.kind === 'OperationDefinition');
  return operation && 'name' in operation ? (operation.name?.value ?? null) : null;
}

const TECHNICAL_CODES = new Set(['INTERNAL_SERVER_ERROR', 'UPSTREAM_UNAVAILABLE', 'UNAUTHENTICATED', 'FORBIDDEN']);

export function createSystemClients(options: SystemClientOptions): SystemClients {
  let token: { value: string; renewAt: number } | null = null;
  const serviceToken = async () => {
    if (!token || Date.now() >= token.renewAt) token = { value: await signToken(WORKFLOWS_SERVICE, 600), renewAt: Date.now() + 300_000 };
    return token.value;
  };
  return clientsWith(options, serviceToken);
}

function clientsWith(
  options: SystemClientOptions,
  serviceToken: () => Promise<string>,
  deadline?: number,
  asked?: { system: SourceSystem | null },
): SystemClients {
  const readTimeoutMs = options.timeoutMs ?? 10_000;

  /** One request to a system, in a CLIENT span when tracing is on (the system's request span is its child, by traceparent). */
  function post<T>(system: Callee, url: string, document: DocumentNode, variables: unknown, correlationId: string): Promise<T> {
    const operation = operationNameOf(document);
    return withSpan(
      `${system} ${operation ?? 'operation'}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'opsgraph.system': system, 'url.full': url, ...(operation ? { 'graphql.operation.name': operation } : {}) },
      },
      () => send<T>(system, url, document, variables, correlationId),
    );
  }

  async function send<T>(system: Callee, url: string, document: DocumentNode, variables: unknown, correlationId: string): Promise<T> {
    if (asked && system !== 'REGISTRY') asked.system = system;
    const timeoutMs = deadline === undefined ? readTimeoutMs : Math.max(1, Math.min(readTimeoutMs, deadline - Date.now()));
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await serviceToken()}`,
          [CORRELATION_HEADER]: correlationId,
          ...injectTraceHeaders({}),
        },
        body: JSON.stringify({ query: queryText(document), variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : 'unreachable';
      throw new NoAnswer(system, reason);
    }
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new NoAnswer(system, `HTTP ${response.status} without a GraphQL body`);
    }
    if (body.errors?.length) {
      const [first] = body.errors;
      const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      if (code === 'UPSTREAM_UNAVAILABLE') throw new NoAnswer(system, `${code}: ${first.message}`);
      if (response.status >= 500 || TECHNICAL_CODES.has(code)) throw new TechnicalFailure(system, `${code}: ${first.message}`);
      throw new BusinessFailure(
        body.errors.map((error) => ({ code: error.extensions?.code ?? 'REJECTED', message: `${system}: ${error.message}`, field: null })),
      );
    }
    if (!response.ok || body.data === undefined) throw new (response.status >= 500 ? NoAnswer : TechnicalFailure)(system, `HTTP ${response.status}`);
    return body.data;
  }

  const urlOf = (system: SourceSystem, systemApi: boolean): string => {
    const url = options.urls[system];
    if (!url) throw new TechnicalFailure(system, 'no URL configured');
    return systemApi ? url.replace(/\/graphql$/, '/system/graphql') : url;
  };

  return {
    until(at: number) {
      const lastAsked = { system: null as SourceSystem | null };
      return { ...clientsWith(options, serviceToken, Math.min(at, deadline ?? at), lastAsked), lastSystem: () => lastAsked.system };
    },
    read: (system, document, variables, correlationId) => post(system, urlOf(system, false), document, variables, correlationId),
    systemRead: (system, document, variables, correlationId) => post(system, urlOf(system, true), document, variables, correlationId),
    registryRead(document, variables, correlationId) {
      if (!options.registryUrl) throw new TechnicalFailure('REGISTRY', 'no URL configured');
      return post('REGISTRY', options.registryUrl.replace(/\/graphql$/, '/system/graphql'), document, variables, correlationId);
    },
    async write(system, document, variables, correlationId) {
      const data = await post<{ [field: string]: WriteResultShape }>(system, urlOf(system, true), document, variables, correlationId);
      const [outcome] = Object.values(data);
      if (outcome.userErrors.length > 0) throw new BusinessFailure(outcome.userErrors);
      return {
        replayed: outcome.replayed,
        changes: outcome.changes.map((change) => ({
          entity: change.entity,
          entityId: change.entityId,
          before: change.before ? (JSON.parse(change.before) as Record<string, unknown>) : null,
          after: change.after ? (JSON.parse(change.after) as Record<string, unknown>) : null,
        })),
        result: JSON.parse(outcome.result) as Record<string, unknown>,
      };
    },
  };
}
