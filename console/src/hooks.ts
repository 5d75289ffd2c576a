/** Data loading for the pages: one query, its result, its error, and a refetch. */
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
