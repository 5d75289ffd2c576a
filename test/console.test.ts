/**
 * The operations console as the gateway serves it (gateway/console.ts), without a browser (the
 * browser's side is test/browser/console.test.ts): the pages and their Content-Security-Policy, a
 * clear 503 when the console is not built, the development sign-in (and its absence in production),
 * and the console's table of actions per role against what the API accepts from each role.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_ACTIONS, type ConsoleAction } from '../console/src/actions.ts';
import { formatMoney, sumDecimals } from '../console/src/money.ts';
import { CONSOLE_CONTENT_SECURITY_POLICY, GRAPHIQL_CONTENT_SECURITY_POLICY } from '../gateway/console.ts';
import { createGateway, serveGateway, type ServedGateway } from '../gateway/index.ts';
import { verifyToken } from '../platform/auth.ts';
import { fillFixture, hub } from './support/fixture.ts';
import { authorizationAs, startTestHub, type TestHub } from './support/hub.ts';

let testHub: TestHub;
let origin: string;
const extra: ServedGateway[] = [];
const emptyDir = mkdtempSync(join(tmpdir(), 'opsgraph-console-'));

/** Another gateway in front of the same subgraphs, built with `options` (and NODE_ENV as given while it is built). */
async function otherGateway(options: Parameters<typeof createGateway>[0]['console'], nodeEnv?: string): Promise<string> {
  const saved = { nodeEnv: process.env.NODE_ENV, secret: process.env.JWT_SECRET };
  if (nodeEnv) {
    process.env.NODE_ENV = nodeEnv;
    process.env.JWT_SECRET ??= 'a-production-secret-of-at-least-32-characters';
  }
  try {
    const served = await serveGateway(
      createGateway({ subgraphUrls: Object.fromEntries(testHub.subgraphs.map((subgraph) => [subgraph.name, subgraph.url])), console: options }),
      0,
    );
    extra.push(served);
    return new URL(served.url).origin;
  } finally {
    process.env.NODE_ENV = saved.nodeEnv;
    if (saved.secret === undefined) delete process.env.JWT_SECRET;
  }
}

beforeAll(async () => {
  testHub = await startTestHub({ fill: fillFixture });
  origin = new URL(testHub.url).origin;
});

afterAll(async () => {
  for (const served of extra) await served.stop();
  await testHub?.stop();
  rmSync(emptyDir, { recursive: true, force: true });
});

async function devToken(at: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${at}/console/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the console pages', () => {
  it('serves the console at / and GraphiQL at /graphiql with a policy that forbids inline scripts and outside origins', async () => {
    for (const [path, policy] of [
      ['/', CONSOLE_CONTENT_SECURITY_POLICY],
      ['/graphiql', GRAPHIQL_CONTENT_SECURITY_POLICY],
    ] as const) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toBe(policy);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const html = await response.text();
      // Scripts are files of this origin; no inline script, no other origin named.
      const scripts = html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(script).toMatch(/^<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>$/);
      expect(html).not.toMatch(/https?:\/\//);
    }
    for (const policy of [CONSOLE_CONTENT_SECURITY_POLICY, GRAPHIQL_CONTENT_SECURITY_POLICY]) {
      const directives = Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['connect-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      // Nothing but this origin (and data: for images and fonts): no scheme, host or wildcard.
      expect(policy).not.toMatch(/https?:|wss?:|\*|unsafe-eval/);
    }
    // Only GraphiQL's editor needs inline styles; the console itself does not.
    expect(CONSOLE_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('serves every asset of the build with the same policy, and nothing in the build loads from elsewhere', async () => {
    const assets = readdirSync(new URL('../console/dist/assets/', import.meta.url));
    const script = assets.find((name) => name.startsWith('index-') && name.endsWith('.js'))!;
    const response = await fetch(`${origin}/assets/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toContain('immutable');
    expect(response.headers.get('content-security-policy')).toBe(CONSOLE_CONTENT_SECURITY_POLICY);
    // No stylesheet imports a remote font, no script names a CDN.
    for (const name of assets.filter((asset) => asset.endsWith('.css'))) {
      const css = readFileSync(new URL(`../console/dist/assets/${name}`, import.meta.url), 'utf8');
      expect(css).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//);
    }
    const missing = await fetch(`${origin}/assets/not-there.js`);
    expect(missing.status).toBe(404);
    await missing.body?.cancel();
  });

  it('answers / with a clear 503 (not a crash) when the console is not built, and the API still works', async () => {
    const at = await otherGateway({ dir: emptyDir });
    for (const path of ['/', '/graphiql']) {
      const response = await fetch(`${at}${path}`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:console');
    }
    const health = await fetch(`${at}/health`);
    expect(health.status).toBe(200);
    await health.body?.cancel();
  });

  it('never renders markup from data: no source of the console sets HTML', () => {
    const sources: string[] = [];
    const walk = (dir: URL) => {
      for (const name of readdirSync(dir)) {
        const entry = new URL(name, dir);
        if (statSync(entry).isDirectory()) walk(new URL(`${name}/`, dir));
        else if (/\.(tsx?|html)$/.test(name)) sources.push(readFileSync(entry, 'utf8'));
      }
    };
    walk(new URL('../console/src/', import.meta.url));
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write/);
  });
});

describe('the development sign-in', () => {
  it('signs a token for a picked role in development and test', async () => {
    const finance = await devToken(origin, { role: 'finance' });
    expect(finance.status).toBe(200);
    expect(await verifyToken(finance.body.token as string)).toEqual({ sub: 'console-finance', roles: ['finance'], customerId: null });
    const portal = await devToken(origin, { role: 'portal', customerId: hub.acme });
    expect(await verifyToken(portal.body.token as string)).toEqual({ sub: 'console-portal', roles: ['portal'], customerId: hub.acme });
    const config = await (await fetch(`${origin}/console/config`)).json();
    expect(config).toEqual({ devSignIn: true, roles: ['admin', 'analyst', 'delivery', 'finance', 'portal'], businessDate: '2026-11-15' });
  });

  it('refuses what is not a user role, a portal token without its customer, and another origin', async () => {
    const refused = async (body: unknown, headers?: Record<string, string>) => {
      const answer = await devToken(origin, body, headers);
      return { status: answer.status, code: (answer.body.errors as { extensions: { code: string } }[])[0].extensions.code, token: answer.body.token };
    };
    expect(await refused({ role: 'service' })).toEqual({ status: 400, code: 'BAD_USER_INPUT', token: undefined });
    expect(await refused({ role: 'root' })).toEqual({ status: 400, code: 'BAD_USER_INPUT', token: undefined });
    expect(await refused({ role: 'portal' })).toEqual({ status: 400, code: 'BAD_USER_INPUT', token: undefined });
    expect(await refused({ role: 'portal', customerId: "cus_x' OR 1=1" })).toEqual({ status: 400, code: 'BAD_USER_INPUT', token: undefined });
    expect(await refused({ role: 'finance', customerId: hub.acme })).toEqual({ status: 400, code: 'BAD_USER_INPUT', token: undefined });
    expect(await refused({ role: 'admin' }, { origin: 'http://evil.example' })).toEqual({ status: 403, code: 'FORBIDDEN', token: undefined });
    const large = await refused({ role: 'admin', padding: 'x'.repeat(4096) });
    expect(large).toEqual({ status: 413, code: 'BAD_REQUEST', token: undefined });
    const text = await fetch(`${origin}/console/dev-token`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"role":"admin"}' });
    expect(text.status).toBe(415);
    await text.body?.cancel();
  });

  it('does not exist in production mode', async () => {
    const at = await otherGateway(undefined, 'production');
    const answer = await devToken(at, { role: 'admin' });
    expect(answer).toEqual({ status: 404, body: { errors: [{ message: 'Not found: /console/dev-token', extensions: { code: 'BAD_REQUEST' } }] } });
    expect(await (await fetch(`${at}/console/config`)).json()).toEqual({ devSignIn: false, roles: [], businessDate: '2026-11-15' });
    // The pages are served as in development.
    const page = await fetch(`${at}/`);
    expect(page.status).toBe(200);
    await page.body?.cancel();
  });
});

describe('the actions the console offers each role', () => {
  const ROLES = ['admin', 'analyst', 'delivery', 'finance', 'portal'] as const;
  /** Each action sent with ids that do not exist: an accepted caller gets userErrors, a refused one FORBIDDEN. */
  const ATTEMPTS: Record<ConsoleAction, { mutation: string; input: Record<string, unknown> }> = {
    retryException: { mutation: 'retryException(input: $input) { userErrors { code } }', input: { id: 'exc_none', idempotencyKey: 'console-actions' } },
    resolveException: {
      mutation: 'resolveException(input: $input) { userErrors { code } }',
      input: { id: 'exc_none', note: 'checked', idempotencyKey: 'console-actions' },
    },
    replayFinding: { mutation: 'replayFinding(input: $input) { userErrors { code } }', input: { findingId: 'fnd_none', idempotencyKey: 'console-actions' } },
    reconcile: {
      mutation: 'reconcile(input: $input) { userErrors { code } }',
      input: { scope: { checks: [], projectIds: [] }, idempotencyKey: 'console-actions' },
    },
  };
  const INPUT_TYPES: Record<ConsoleAction, string> = {
    retryException: 'RetryExceptionInput',
    resolveException: 'ResolveExceptionInput',
    replayFinding: 'ReplayFindingInput',
    reconcile: 'ReconcileInput',
  };

  it('offers an action to exactly the roles the API accepts it from', async () => {
    const checked: string[] = [];
    for (const action of Object.keys(CONSOLE_ACTIONS) as ConsoleAction[]) {
      const { mutation, input } = ATTEMPTS[action];
      const accepted: string[] = [];
      let served = true;
      for (const role of ROLES) {
        const answer = await testHub.query(
          `mutation ($input: ${INPUT_TYPES[action]}!) { ${mutation} }`,
          { input },
          await authorizationAs(role, role === 'portal' ? hub.acme : null),
        );
        const codes = (answer.errors ?? []).map((error) => error.extensions?.code);
        if (codes.includes('GRAPHQL_VALIDATION_FAILED')) {
          served = false;
          break;
        }
        if (!codes.includes('FORBIDDEN')) accepted.push(role);
      }
      // An action of an API this hub does not serve yet (another branch's) is checked once it does.
      if (!served) continue;
      checked.push(action);
      expect({ action, roles: accepted }).toEqual({ action, roles: [...CONSOLE_ACTIONS[action]].sort() });
    }
    expect(checked).toEqual(expect.arrayContaining(['retryException', 'resolveException']));
  });
});

describe("the console's money", () => {
  it('sums decimal strings exactly, whatever their scales and signs, and groups digits without touching them', () => {
    expect(sumDecimals(['0.10', '0.20'])).toBe('0.30');
    expect(sumDecimals(['14812.283', '0.001', '-0.284'])).toBe('14812.000');
    expect(sumDecimals(['1', '0.5'])).toBe('1.5');
    expect(sumDecimals(['-1.25', '0.25'])).toBe('-1.00');
    expect(sumDecimals(['9007199254740993.01', '1.00'])).toBe('9007199254740994.01');
    expect(sumDecimals([])).toBe('0');
    expect(() => sumDecimals(['1e3'])).toThrow('not a decimal');
    expect(formatMoney({ amount: '-1234567.50', currency: 'USD' })).toBe('-1,234,567.50 USD');
    expect(formatMoney({ amount: '14812.283', currency: 'KWD' })).toBe('14,812.283 KWD');
    expect(formatMoney(null)).toBe('—');
  });
});
