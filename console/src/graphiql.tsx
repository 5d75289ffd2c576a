/**
 * GraphiQL at /graphiql, from the graphiql package and its Monaco editor, bundled with the console:
 * nothing is loaded from elsewhere, so it works offline. Queries and subscriptions go to this origin's
 * /graphql with the console's signed-in token (or whatever the Headers tab says).
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storedSession } from './session.ts';
import './graphiql.css';

const session = storedSession();
const authorization = session ? `Bearer ${session.token}` : '';
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  // The signed-in token goes with every request; a header set in the Headers tab overrides it.
  headers: authorization ? { authorization } : undefined,
  wsConnectionParams: authorization ? { authorization } : undefined,
});

const root = document.getElementById('graphiql');
if (!root) throw new Error('the page has no #graphiql');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      initialQuery={
        '# Sign in on the console (/) first, or put a token in the Headers tab.\n{\n  projects(first: 5) { edges { node { code name status } } }\n}\n'
      }
    />
  </StrictMode>,
);
