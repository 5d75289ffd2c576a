/**
 * What each role may do from the console: one table, the same rule as the API's resolvers
 * (subgraphs/workflows/resolvers/Mutation.ts, `authorize`: admin always, plus the roles listed there).
 * test/console.test.ts sends every action as every role to the gateway and compares who is refused
 * with this table, so an action is offered exactly to the roles the API accepts it from.
 * (Plain data, no DOM: the test imports it.)
 */
export const CONSOLE_ACTIONS = {
  /** Retry a parked workflow from its failed step. */
  retryException: ['admin', 'finance'],
  /** Resolve an exception by hand, with a note. */
  resolveException: ['admin', 'finance'],
  /** Replay a reconciliation finding's fix through its governed workflow. */
  replayFinding: ['admin', 'finance'],
  /** Run the reconciliation checks. */
  reconcile: ['admin', 'finance'],
} as const satisfies Record<string, readonly string[]>;

export type ConsoleAction = keyof typeof CONSOLE_ACTIONS;

/** Whether a caller with `roles` may take `action`. */
export function mayTake(action: ConsoleAction, roles: readonly string[]): boolean {
  const allowed: readonly string[] = CONSOLE_ACTIONS[action];
  return roles.some((role) => allowed.includes(role));
}
