/** Data loading for the pages (one query, its result, its error, and a refetch), and one action at a time. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { request, type GraphQLResult } from './api.ts';
import { useConsole } from './context.ts';

export interface QueryState<T> {
  result: GraphQLResult<T> | null;
  error: string | null;
  loading: boolean;
  refetch: () => Promise<void>;
}

export function useQuery<T>(query: string | null, variables: Record<string, unknown> = {}): QueryState<T> {
  const { session } = useConsole();
  const [result, setResult] = useState<GraphQLResult<T> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const key = JSON.stringify(variables);
  const generation = useRef(0);
  const refetch = useCallback(async () => {
    if (!query) return;
    const mine = ++generation.current;
    setLoading(true);
    try {
      const answer = await request<T>(session, query, JSON.parse(key) as Record<string, unknown>);
      if (mine === generation.current) {
        setResult(answer);
        setError(null);
      }
    } catch (caught) {
      if (mine === generation.current) setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [session, query, key]);
  useEffect(() => {
    void refetch();
  }, [refetch]);
  return { result, error, loading, refetch };
}

export interface SingleFlight {
  /** An action is in flight (for disabling its buttons). */
  busy: boolean;
  /** Runs `action` unless one is in flight already: then it does nothing. */
  start: (action: () => Promise<void>) => Promise<void>;
}

/**
 * One action at a time on a page: a second click that arrives while the first one's request is out,
 * before the page re-rendered its button disabled (a double click), is ignored, so it cannot send a
 * second write with a key of its own. The flag is a ref, read and set in the click itself.
 */
export function useSingleFlight(): SingleFlight {
  const inFlight = useRef(false);
  const [busy, setBusy] = useState(false);
  const start = useCallback(async (action: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    try {
      await action();
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);
  return { busy, start };
}
