/** The console's frame: sign-in, then a navigation of the pages the caller's role may see. */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { probeCapabilities, type Capabilities } from './capabilities.ts';
import { ConsoleContext, type ConsoleConfig } from './context.ts';
import { startLive, stopLive, useLiveState } from './live.ts';
import { Board } from './pages/Board.tsx';
import { Exceptions } from './pages/Exceptions.tsx';
import { Findings } from './pages/Findings.tsx';
import { Journeys } from './pages/Journeys.tsx';
import { Kpis } from './pages/Kpis.tsx';
import { SignIn } from './pages/SignIn.tsx';
import { Workflows } from './pages/Workflows.tsx';
import { clearSession, hasRole, storedSession, storeSession, type Role, type Session } from './session.ts';

const INTERNAL: readonly Role[] = ['admin', 'analyst', 'delivery', 'finance'];

interface PageEntry {
  path: string;
  /** The page's name in the navigation (a function when it depends on who is signed in). */
  title: string | ((session: Session) => string);
  roles: readonly Role[];
  render: (rest: string) => ReactNode;
}

const PAGES: readonly PageEntry[] = [
  { path: 'board', title: 'Board', roles: [...INTERNAL, 'portal'], render: () => <Board /> },
  { path: 'exceptions', title: 'Exceptions', roles: INTERNAL, render: () => <Exceptions /> },
  { path: 'workflows', title: 'Workflows', roles: INTERNAL, render: (rest) => <Workflows selected={rest || null} /> },
  // A portal user sees its own customer's journeys, without the SLOs (which the API refuses it).
  {
    path: 'journeys',
    title: (session) => (hasRole(session, INTERNAL) ? 'Journeys & SLOs' : 'Journeys'),
    roles: [...INTERNAL, 'portal'],
    render: () => <Journeys />,
  },
  { path: 'findings', title: 'Reconciliation', roles: INTERNAL, render: () => <Findings /> },
  { path: 'kpis', title: 'KPIs', roles: INTERNAL, render: () => <Kpis /> },
];

const readHash = () => window.location.hash.replace(/^#\/?/, '');

function useHashRoute(): [string, string] {
  const [hash, setHash] = useState(readHash);
  useEffect(() => {
    const changed = () => setHash(readHash());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  const [page, ...rest] = hash.split('/');
  return [page ?? '', rest.map(decodeURIComponent).join('/')];
}

function LiveBadge() {
  const { state, reconnects } = useLiveState();
  const label = { live: 'Live', reconnecting: 'Reconnecting…', connecting: 'Connecting…', refused: 'Token refused: sign in again' }[state];
  return (
    <span className={`live live-${state}`} data-testid="live-state" data-reconnects={reconnects} title="Subscriptions over graphql-ws">
      {label}
    </span>
  );
}

export function App() {
  const [session, setSession] = useState<Session | null>(storedSession);
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  const [page, rest] = useHashRoute();

  useEffect(() => {
    void fetch('/console/config')
      .then((response) => response.json() as Promise<ConsoleConfig>)
      .then(setConfig)
      .catch(() => setConfig({ devSignIn: false, roles: [], businessDate: new Date().toISOString().slice(0, 10) }));
  }, []);

  useEffect(() => {
    if (!session) return;
    startLive(session);
    let cancelled = false;
    void probeCapabilities(session).then((found) => {
      if (!cancelled) setCapabilities(found);
    });
    return () => {
      cancelled = true;
      stopLive();
    };
  }, [session]);

  const signIn = useCallback((next: Session) => {
    storeSession(next);
    setCapabilities(null);
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    clearSession();
    setSession(null);
    setCapabilities(null);
  }, []);

  if (!config) return <p className="loading">Loading…</p>;
  if (!session) return <SignIn config={config} onSignIn={signIn} />;
  if (!capabilities) return <p className="loading">Signing in…</p>;

  const visible = PAGES.filter((entry) => hasRole(session, entry.roles));
  const current = visible.find((entry) => entry.path === page) ?? visible[0];
  return (
    <ConsoleContext.Provider value={{ session, config, capabilities }}>
      <header className="top">
        <strong className="brand">OpsGraph</strong>
        <nav>
          {visible.map((entry) => (
            <a key={entry.path} href={`#/${entry.path}`} className={entry === current ? 'current' : undefined}>
              {typeof entry.title === 'string' ? entry.title : entry.title(session)}
            </a>
          ))}
          {hasRole(session, INTERNAL) ? <a href="/graphiql">GraphiQL</a> : null}
        </nav>
        <span className="who" data-testid="who">
          {session.subject} · {session.roles.join(', ')}
          {session.customerId ? ` · ${session.customerId}` : ''}
        </span>
        <LiveBadge />
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main>{current ? current.render(current.path === page ? rest : '') : <p>This token's roles see no page of the console.</p>}</main>
    </ConsoleContext.Provider>
  );
}
