/**
 * The operations console at `/` and GraphiQL at `/graphiql`, served from the console's build
 * (console/dist, written by `npm run build:console`, which `npm install` and `npm start` run), every
 * page and asset with a Content-Security-Policy that admits this origin only: no inline script, no
 * outside origin, nothing fetched from elsewhere at run time. In development and test only,
 * `POST /console/dev-token` signs a token for the role picked on the sign-in page (like `npm run token`);
 * in every other mode the path does not exist (the gateway's JSON 404). `GET /console/config` tells the
 * console whether that sign-in exists, which roles it offers and the business date the KPIs are computed at.
 */
import { existsSync } from 'node:fs';
import type http from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { ROLES, signToken, type Role } from '../platform/auth.ts';
import { sendJson } from '../platform/http.ts';
import { businessDate } from '../subgraphs/shared/dates.ts';

/**
 * The console's policy: scripts, styles, workers and connections (HTTP and WebSocket) from this origin
 * only; images and fonts from it or `data:` (GraphiQL's stylesheet embeds its icons and fonts); no
 * plugin, no `<base>`, no framing, no form sent elsewhere. No inline script anywhere.
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = policy("style-src 'self'");

/**
 * GraphiQL's policy: the console's, except that styles may also be inline, because GraphiQL's editor
 * (Monaco) writes `<style>` elements and `style` attributes as it lays the editor out. Scripts stay
 * this origin's files only.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = policy("style-src 'self' 'unsafe-inline'");

function policy(styles: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    styles,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONSOLE_CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Roles the development sign-in may pick: every user role, never the service credential's. */
export const DEV_TOKEN_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'service');
/** Lifetime of a development sign-in token: 12 hours, as `npm run token`. */
const DEV_TOKEN_TTL_SECONDS = 43_200;
const CUSTOMER_ID_PATTERN = /^cus_[A-Za-z0-9_-]{1,200}$/;
const MAX_DEV_TOKEN_BODY_BYTES = 1024;

export interface ConsoleOptions {
  /** The console's build. @default console/dist at the repository root */
  dir?: string;
  /** Serve `POST /console/dev-token`. @default env: NODE_ENV development or test only (the caller decides) */
  devTokens: boolean;
}

export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../console/dist', import.meta.url));

function pagePath(pathname: string): boolean {
  return pathname === '/' || pathname === '/graphiql' || pathname.startsWith('/assets/');
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(text);
}

async function readSmallBody(req: http.IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_DEV_TOKEN_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function refuse(res: http.ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, { 'cache-control': 'no-store' });
}

/** `POST /console/dev-token` `{ "role": "finance" }` or `{ "role": "portal", "customerId": "cus_…" }` → `{ "token": "…" }`. */
async function answerDevToken(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  // A page of another origin gets nothing, even one CORS would admit: only the console signs in this way.
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
    return refuse(res, 403, 'FORBIDDEN', 'Development tokens are only handed to the console of this origin');
  }
  if (!String(req.headers['content-type'] ?? '').includes('application/json')) {
    return refuse(res, 415, 'BAD_REQUEST', 'Send the role as application/json');
  }
  const text = await readSmallBody(req);
  if (text === null) return refuse(res, 413, 'BAD_REQUEST', `Request body over ${MAX_DEV_TOKEN_BODY_BYTES} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
  }
  const { role, customerId } = (typeof body === 'object' && body !== null ? body : {}) as { role?: unknown; customerId?: unknown };
  if (typeof role !== 'string' || !DEV_TOKEN_ROLES.includes(role as Role)) {
    return refuse(res, 400, 'BAD_USER_INPUT', `role must be one of ${DEV_TOKEN_ROLES.join(', ')}`);
  }
  if (role === 'portal' ? typeof customerId !== 'string' || !CUSTOMER_ID_PATTERN.test(customerId) : customerId !== undefined && customerId !== null) {
    return refuse(
      res,
      400,
      'BAD_USER_INPUT',
      role === 'portal' ? 'a portal token needs customerId, a customer hub id (cus_…)' : 'customerId is for portal tokens only',
    );
  }
  const token = await signToken(
    { sub: `console-${role}`, roles: [role as Role], customerId: role === 'portal' ? (customerId as string) : null },
    DEV_TOKEN_TTL_SECONDS,
  );
  sendJson(res, 200, { token, role, customerId: role === 'portal' ? customerId : null }, { 'cache-control': 'no-store' });
}

/**
 * Wraps the gateway's listener: the console's pages and assets (and, when enabled, the development
 * token endpoint) are answered here, everything else goes on to `next`.
 */
export function withConsole(next: http.RequestListener, options: ConsoleOptions): http.RequestListener {
  const dir = options.dir ?? DEFAULT_CONSOLE_DIR;
  let files: ReturnType<typeof sirv> | null = null;
  const built = () => existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'graphiql.html'));
  return (req, res) => {
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    } catch {
      return next(req, res);
    }
    if (options.devTokens && pathname === '/console/dev-token' && req.method === 'POST') {
      answerDevToken(req, res).catch(() => {
        if (!res.headersSent) refuse(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      });
      return;
    }
    if (pathname === '/console/config' && (req.method === 'GET' || req.method === 'HEAD')) {
      sendJson(
        res,
        200,
        { devSignIn: options.devTokens, roles: options.devTokens ? DEV_TOKEN_ROLES : [], businessDate: businessDate() },
        { 'cache-control': 'no-store', ...SECURITY_HEADERS },
      );
      return;
    }
    if (!pagePath(pathname) || (req.method !== 'GET' && req.method !== 'HEAD')) return next(req, res);
    if (!built()) {
      if (pathname.startsWith('/assets/')) return sendText(res, 404, 'Not found');
      return sendText(res, 503, 'The operations console is not built: run `npm run build:console` (npm install and npm start build it), then reload.\n');
    }
    files ??= sirv(dir, {
      // The build's file list is read once; a rebuild is picked up by a restart (npm start rebuilds before it listens).
      dev: false,
      etag: true,
      extensions: [],
      setHeaders: (response, path) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
        if (path.startsWith('/graphiql')) response.setHeader('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
        // Assets carry a content hash in their names; the pages name the current ones.
        response.setHeader('cache-control', path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    const served = pathname === '/' ? '/index.html' : pathname === '/graphiql' ? '/graphiql.html' : pathname;
    const original = req.url;
    req.url = served;
    files(req, res, () => {
      req.url = original;
      sendText(res, 404, 'Not found');
    });
  };
}
