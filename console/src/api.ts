/** GraphQL over HTTP to the gateway that served this page, as the signed-in caller. */
import type { Session } from './session.ts';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** A request the gateway refused as a whole (no data), with its first error's code. */
export class ApiError extends Error {
  readonly code: string;
  readonly errors: readonly GraphQLErrorShape[];
  constructor(errors: readonly GraphQLErrorShape[], status: number) {
    super(errors[0]?.message ?? `HTTP ${status}`);
    this.code = errors[0]?.extensions?.code ?? `HTTP_${status}`;
    this.errors = errors;
  }
}

/** Sends one operation; resolves to data and errors (partial data is data), rejects when there is no data. */
export async function request<T>(session: Session, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ query, variables }),
  });
  let body: GraphQLResult<T>;
  try {
    body = (await response.json()) as GraphQLResult<T>;
  } catch {
    throw new ApiError([], response.status);
  }
  if (body.data === undefined || body.data === null) throw new ApiError(body.errors ?? [], response.status);
  return body;
}

/** The errors of a result at (or under) `path`, e.g. ['portfolio', 'margin']. */
export function errorsAt(result: GraphQLResult<unknown>, ...path: string[]): GraphQLErrorShape[] {
  return (result.errors ?? []).filter((error) => path.every((segment, index) => error.path?.[index] === segment));
}

/** One idempotency key per action the user took (a click), so a resend of that click is recognised. */
export function idempotencyKey(action: string): string {
  return `console-${action}-${crypto.randomUUID()}`;
}

export interface UserError {
  code: string;
  message: string;
}
