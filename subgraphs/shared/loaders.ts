/**
 * DataLoader builders for per-request loaders. Batch functions return values in key order:
 * `null` for a key with no row (lookups are nullable), an empty list for a key with no children.
 */
import DataLoader from 'dataloader';

/** One row per key, e.g. account by id. */
export function createRowLoader<Key, Row>(
  fetch: (keys: readonly Key[]) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  cacheKeyFn?: (key: Key) => unknown,
): DataLoader<Key, Row | null> {
  return new DataLoader<Key, Row | null, unknown>(
    async (keys) => {
      const byKey = new Map<unknown, Row>();
      for (const row of await fetch(keys)) byKey.set(cacheKeyFn ? cacheKeyFn(keyOf(row)) : keyOf(row), row);
      return keys.map((key) => byKey.get(cacheKeyFn ? cacheKeyFn(key) : key) ?? null);
    },
    { maxBatchSize: 1000, ...(cacheKeyFn ? { cacheKeyFn } : {}) },
  );
}

/** All rows per key, e.g. contacts by account id, in the order `fetch` returns them. */
export function createGroupLoader<Key, Row>(fetch: (keys: readonly Key[]) => Promise<Row[]>, keyOf: (row: Row) => Key): DataLoader<Key, Row[]> {
  return new DataLoader<Key, Row[]>(
    async (keys) => {
      const byKey = new Map<Key, Row[]>();
      for (const row of await fetch(keys)) {
        const key = keyOf(row);
        const group = byKey.get(key);
        if (group) group.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => byKey.get(key) ?? []);
    },
    { maxBatchSize: 1000 },
  );
}

/** Primes a row loader with rows fetched by a list query, so their later lookups cost nothing. */
export function primeRows<Key, Row>(loader: DataLoader<Key, Row | null>, rows: readonly Row[], keyOf: (row: Row) => Key): void {
  for (const row of rows) loader.prime(keyOf(row), row);
}

/**
 * Loaders that also depend on field arguments (a page, a date window): one loader per distinct
 * argument key, created on first use, so every parent sharing those arguments lands in one batch.
 */
export function createLoaderFamily<Loader>(make: (argumentKey: string) => Loader): (argumentKey: string) => Loader {
  const loaders = new Map<string, Loader>();
  return (argumentKey) => {
    let loader = loaders.get(argumentKey);
    if (!loader) {
      loader = make(argumentKey);
      loaders.set(argumentKey, loader);
    }
    return loader;
  };
}
