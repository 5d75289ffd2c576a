/**
 * Trusted documents: a manifest of registered operations (`npm run persist -- <file.graphql>`),
 * keyed by the SHA-256 of each operation's text. In `portal` mode, portal callers may run only
 * registered operations; in `all` mode, every caller. Everyone else uses automatic persisted
 * queries (APQ). A registered operation can be sent by hash alone, as an APQ request
 * (`extensions.persistedQuery.sha256Hash`), without registering it first.
 *
 * The manifest has Apollo's persisted-query manifest format:
 * `{ format: "apollo-persisted-query-manifest", version: 1, operations: [{ id, name, type, body }] }`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { accessFor } from '../subgraphs/shared/access.ts';
import type { Principal } from '../platform/auth.ts';
import { forbidden } from '../platform/errors.ts';
import type { GatewayContext } from './context.ts';
import type { CacheCounts } from './metrics.ts';

/** Apollo Server's cache interface, as its `persistedQueries.cache` option takes it. */
type KeyValueCache = NonNullable<Exclude<ApolloServerOptions<GatewayContext>['persistedQueries'], false | undefined>['cache']>;

export const TRUSTED_DOCUMENTS_MODES = ['off', 'portal', 'all'] as const;
export type TrustedDocumentsMode = (typeof TRUSTED_DOCUMENTS_MODES)[number];

export interface ManifestOperation {
  /** SHA-256 (hex) of `body`. */
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface PersistedQueryManifest {
  format: 'apollo-persisted-query-manifest';
  version: 1;
  operations: ManifestOperation[];
}

export function documentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

export function readManifest(path: string): PersistedQueryManifest {
  if (!existsSync(path)) return { format: 'apollo-persisted-query-manifest', version: 1, operations: [] };
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as PersistedQueryManifest;
  if (manifest.format !== 'apollo-persisted-query-manifest' || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw new Error(`${path} is not an apollo-persisted-query-manifest, version 1`);
  }
  for (const operation of manifest.operations) {
    if (documentHash(operation.body) !== operation.id) throw new Error(`${path}: operation ${operation.name} does not hash to its id`);
  }
  return manifest;
}

export interface TrustedDocuments {
  readonly mode: TrustedDocumentsMode;
  /** The registered operation text of a hash, if any. */
  body(hash: string): string | undefined;
  /** Refuses (FORBIDDEN, 403) an operation the caller may not run because it is not registered. */
  check(principal: Principal | null, queryHash: string): void;
}

export function createTrustedDocuments(mode: TrustedDocumentsMode, manifest: PersistedQueryManifest): TrustedDocuments {
  const bodies = new Map(manifest.operations.map((operation) => [operation.id, operation.body]));
  const applies = (principal: Principal | null) => mode === 'all' || (mode === 'portal' && principal !== null && accessFor(principal).customerScope !== null);
  return {
    mode,
    body: (hash) => bodies.get(hash),
    check(principal, queryHash) {
      if (!applies(principal) || bodies.has(queryHash)) return;
      throw forbidden('Only registered operations may run here: send a trusted document (npm run persist) by its hash', { status: 403 });
    },
  };
}

/** Enforces the trusted documents on every HTTP operation, once it is parsed and before it runs. */
export function useTrustedDocuments(documents: TrustedDocuments): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, queryHash }) {
          if (!contextValue.builtByGateway) documents.check(contextValue.principal, queryHash);
        },
      };
    },
  };
}

/**
 * The APQ cache: registered operations first (so a client may send just their hash), then the
 * shared store, where APQ registrations of callers outside trusted mode are kept. Lookups are
 * counted in `counts` (a registered operation is a hit) for the gateway's metrics.
 */
export function persistedQueryCache(documents: TrustedDocuments, store: KeyValueCache, counts: CacheCounts = { hits: 0, misses: 0 }): KeyValueCache {
  const APQ_PREFIX = 'apq:';
  return {
    async get(key) {
      const found = (key.startsWith(APQ_PREFIX) ? documents.body(key.slice(APQ_PREFIX.length)) : undefined) ?? (await store.get(key));
      if (found === undefined) counts.misses += 1;
      else counts.hits += 1;
      return found;
    },
    set: (key, value, options) => store.set(key, value, options),
    delete: (key) => store.delete(key),
  };
}
