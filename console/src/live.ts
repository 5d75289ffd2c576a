/**
 * The console's one graphql-ws connection to the gateway (ws(s)://<this origin>/graphql). A lost socket
 * is reopened for as long as the page is open (backing off to 5 s), unless the gateway refused the token
 * (4403: expired or not accepted), which only signing in again mends; graphql-ws subscribes again, and
 * every page that registered `onReconnect` refetches what it shows, so the events missed while the
 * socket was down are caught up without a reload.
 */
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { Session } from './session.ts';

/** `refused`: the gateway closed the socket with 4403 (the token expired or is not accepted): sign in again. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'refused';

/** graphql-ws's close code for bad credentials, which the gateway also sends when a token expires. */
const CLOSE_FORBIDDEN = 4403;

function closeCode(event: unknown): number | null {
  return typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : null;
}

interface Live {
  client: Client;
  state: LiveState;
  /** How many times the socket was lost and opened again. */
  reconnects: number;
  stateListeners: Set<() => void>;
  reconnectListeners: Set<() => void>;
}

let current: Live | null = null;

function setState(live: Live, state: LiveState): void {
  live.state = state;
  for (const listener of live.stateListeners) listener();
}

/** Opens the connection for `session` (closing one opened for another). */
export function startLive(session: Session): void {
  stopLive();
  let opened = false;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const live: Live = {
    state: 'connecting',
    reconnects: 0,
    stateListeners: new Set(),
    reconnectListeners: new Set(),
    client: createClient({
      url,
      connectionParams: { authorization: `Bearer ${session.token}` },
      lazy: false,
      keepAlive: 10_000,
      retryAttempts: Number.POSITIVE_INFINITY,
      shouldRetry: (event) => closeCode(event) !== CLOSE_FORBIDDEN,
      retryWait: async (retries) => {
        await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, 250 * 2 ** retries)));
      },
      on: {
        connected: () => {
          const again = opened;
          opened = true;
          if (again) live.reconnects += 1;
          setState(live, 'live');
          if (again) for (const listener of live.reconnectListeners) listener();
        },
        closed: (event) => {
          if (current !== live) return;
          setState(live, closeCode(event) === CLOSE_FORBIDDEN ? 'refused' : opened ? 'reconnecting' : 'connecting');
        },
      },
    }),
  };
  current = live;
}

export function stopLive(): void {
  const live = current;
  current = null;
  if (live) void live.client.dispose();
}

/** The connection's state, re-rendering on change. */
export function useLiveState(): { state: LiveState; reconnects: number } {
  const state = useSyncExternalStore(
    (listener) => {
      current?.stateListeners.add(listener);
      return () => current?.stateListeners.delete(listener);
    },
    () => `${current?.state ?? 'connecting'}:${current?.reconnects ?? 0}`,
  );
  const [name, reconnects] = state.split(':');
  return { state: name as LiveState, reconnects: Number(reconnects) };
}

/**
 * Subscribes while the component is mounted; `onEvent` gets each event's data. `onReconnect` runs each
 * time the socket comes back after a loss (refetch there).
 */
export function useSubscription<T>(
  query: string,
  variables: Record<string, unknown>,
  onEvent: (data: T) => void,
  onReconnect?: () => void,
  enabled = true,
): void {
  const handlers = useRef({ onEvent, onReconnect });
  handlers.current = { onEvent, onReconnect };
  const key = JSON.stringify(variables);
  useEffect(() => {
    const live = current;
    if (!live || !enabled) return;
    const reconnected = () => handlers.current.onReconnect?.();
    live.reconnectListeners.add(reconnected);
    const dispose = live.client.subscribe<T>(
      { query, variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (value) => {
          if (value.data) handlers.current.onEvent(value.data as T);
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    return () => {
      live.reconnectListeners.delete(reconnected);
      dispose();
    };
  }, [query, key, enabled]);
}
