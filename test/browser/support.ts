/**
 * What the browser test files share: the real hub over fresh demo data (seed 42, scale 1) on a business
 * date, a token per internal role, the public API as a role, Chromium, and watched pages, each checked
 * after every test for requests to other origins, CSP violations, uncaught errors and dialogs
 * (test/support/browser.ts); none may happen. `consoleHub` registers the file's hooks and hands back
 * what they set up.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { signToken, type Role } from '../../platform/auth.ts';
import { generateDemoData } from '../../scripts/demo-data/generate.ts';
import { loadDemoData } from '../../scripts/demo-data/load.ts';
import type { DomainStores } from '../../scripts/domain-stores.ts';
import { launchChromium, openWatchedPage, type PageWatch } from '../support/browser.ts';
import { startTestHub, type GraphQLResult, type TestHub, type TestHubOptions } from '../support/hub.ts';

export type InternalRole = 'admin' | 'analyst' | 'delivery' | 'finance';

export interface ConsoleHubOptions {
  /** The business date (OPSGRAPH_AS_OF) the demo data is generated for and the hub runs on. */
  asOf: string;
  /** Settings held in the environment while the file runs (restored after it), e.g. OPSGRAPH_SLOS. */
  env?: Record<string, string>;
  /** Changes to the stores after the demo data is loaded, before the hub starts. */
  fill?: (stores: DomainStores) => Promise<void>;
  wrapConnector?: TestHubOptions['wrapConnector'];
}

export interface ConsoleHub {
  readonly hub: TestHub;
  /** The gateway's origin, where the console is served. */
  readonly origin: string;
  readonly browser: Browser;
  /** A bearer token per internal role (subject `browser-<role>`). */
  readonly tokens: Readonly<Record<InternalRole, string>>;
  /** The public API's answer to `query` as `role`, which must have no errors. */
  as<T>(role: InternalRole, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The public API's whole answer (data and errors) as `role`, or as a portal user of `customerId`. */
  answer<T>(who: InternalRole | { portal: string }, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  /** A fresh watched page (its own browser context) on `at` (the gateway's origin unless told). */
  watched(at?: string): Promise<PageWatch>;
}

export function consoleHub(options: ConsoleHubOptions): ConsoleHub {
  let hub: TestHub | undefined;
  let browser: Browser | undefined;
  const tokens = {} as Record<InternalRole, string>;
  const watches: PageWatch[] = [];
  const saved = new Map<string, string | undefined>();
  const settings = { OPSGRAPH_AS_OF: options.asOf, ...options.env };

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: the file's beforeAll has not run`);
    return value;
  };

  const suite: ConsoleHub = {
    get hub() {
      return started(hub, 'the hub');
    },
    get origin() {
      return new URL(started(hub, 'the hub').url).origin;
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    tokens,
    async as<T>(role: InternalRole, query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const answer = await suite.answer<T>(role, query, variables);
      expect(answer.errors).toBeUndefined();
      return answer.data as T;
    },
    async answer<T>(who: InternalRole | { portal: string }, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
      const token = typeof who === 'string' ? tokens[who] : await signToken({ sub: `browser-portal-${who.portal}`, roles: ['portal'], customerId: who.portal });
      return suite.hub.query<T>(query, variables, { authorization: `Bearer ${token}` });
    },
    async watched(at = suite.origin): Promise<PageWatch> {
      const watch = await openWatchedPage(suite.browser, at);
      watches.push(watch);
      return watch;
    },
  };

  beforeAll(async () => {
    for (const [name, value] of Object.entries(settings)) {
      saved.set(name, process.env[name]);
      process.env[name] = value;
    }
    hub = await startTestHub({
      fill: async (stores) => {
        await loadDemoData(stores, generateDemoData({ seed: 42, scale: 1, asOf: options.asOf }));
        await options.fill?.(stores);
      },
      rateLimit: { limit: 100_000, windowMs: 60_000 },
      wrapConnector: options.wrapConnector,
    });
    for (const role of ['admin', 'analyst', 'delivery', 'finance'] as const satisfies readonly Role[])
      tokens[role] = await signToken({ sub: `browser-${role}`, roles: [role], customerId: null });
    browser = await launchChromium();
  });

  afterEach(async () => {
    // Nothing a page did may reach another origin, break its policy, throw, or open a dialog.
    for (const watch of watches.splice(0)) {
      expect({ outside: watch.outsideRequests, csp: watch.cspViolations, errors: watch.pageErrors, dialogs: watch.dialogs }).toEqual({
        outside: [],
        csp: [],
        errors: [],
        dialogs: [],
      });
      await watch.context.close();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  return suite;
}
