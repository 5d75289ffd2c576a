/**
 * How a test waits: on a condition, never on time. `waitFor` checks a condition until it holds and
 * fails naming what it waited for; `waitUpTo` is the same without the failure, for a caller with a
 * next move (probe again); `holdsThroughout` checks that something stays true over a window (the
 * one way to see that nothing happens); `within` bounds a promise that may never settle.
 * This is the only file under test/ that may call setTimeout (`npm run lint:waits` checks it).
 */

/** A value `if` takes: what a condition resolves with once it holds. */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export interface WaitOptions {
  /** What is awaited, for the failure message ("the survivor completing the workflow"); a function is read when it fails. */
  what: string | (() => string);
  /** Give up after this long. @default 10_000 */
  timeoutMs?: number;
  /** Pause between two checks. @default 20 */
  intervalMs?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_INTERVAL_MS = 20;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const described = (what: WaitOptions['what']) => (typeof what === 'function' ? what() : what);

/**
 * Resolves with `condition`'s first truthy value, checking it every `intervalMs` (at once first);
 * resolves undefined once `timeoutMs` passed without it. A condition that throws fails at once.
 */
export async function waitUpTo<T>(condition: () => T | Promise<T>, options: Omit<WaitOptions, 'what'> = {}): Promise<Truthy<T> | undefined> {
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  for (;;) {
    const value = await condition();
    if (value) return value as Truthy<T>;
    if (Date.now() >= deadline) return undefined;
    await pause(options.intervalMs ?? DEFAULT_INTERVAL_MS);
  }
}

/**
 * Resolves with `condition`'s first truthy value, checking it every `intervalMs` (at once first);
 * fails naming `what` once `timeoutMs` passed without it. A condition that throws fails at once.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, options: WaitOptions): Promise<Truthy<T>> {
  const value = await waitUpTo(condition, options);
  if (value === undefined) throw new Error(`timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms waiting for ${described(options.what)}`);
  return value;
}

/**
 * Checks `check` every `intervalMs` for `forMs`: it must neither throw (an `expect` inside fails
 * with its own message) nor answer false (which fails naming `what`). For what must not happen,
 * when nothing signals that it will not: prefer waiting for a condition wherever there is one.
 */
export async function holdsThroughout(check: () => unknown, options: { what: WaitOptions['what']; forMs: number; intervalMs?: number }): Promise<void> {
  const started = Date.now();
  const until = started + options.forMs;
  for (;;) {
    if ((await check()) === false) throw new Error(`${described(options.what)} no longer held after ${Date.now() - started} ms`);
    if (Date.now() >= until) return;
    await pause(Math.min(options.intervalMs ?? DEFAULT_INTERVAL_MS, Math.max(0, until - Date.now())));
  }
}

/** Settles as `promise` does, or fails naming `what` if it has not within `timeoutMs` (a guard, not a wait). */
export async function within<T>(promise: Promise<T>, options: { what: WaitOptions['what']; timeoutMs: number }): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${options.timeoutMs} ms waiting for ${described(options.what)}`)), options.timeoutMs);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
