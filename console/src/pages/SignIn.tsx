/** Sign in by pasting a bearer token, or (development and test only) by picking a role. */
import { useEffect, useState, type FormEvent } from 'react';
import { request } from '../api.ts';
import type { ConsoleConfig } from '../context.ts';
import { sessionOf, type Session } from '../session.ts';

async function devToken(role: string, customerId: string | null): Promise<string> {
  const response = await fetch('/console/dev-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(customerId ? { role, customerId } : { role }),
  });
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] };
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.token;
}

interface CustomerOption {
  id: string;
  name: string;
}

export function SignIn({ config, onSignIn }: { config: ConsoleConfig; onSignIn: (session: Session) => void }) {
  const [pasted, setPasted] = useState('');
  const [role, setRole] = useState(config.roles.includes('finance') ? 'finance' : (config.roles[0] ?? ''));
  const [customers, setCustomers] = useState<CustomerOption[]>([]);
  const [customerId, setCustomerId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  // A portal user sees one customer: in development the list to pick from is read as an analyst.
  useEffect(() => {
    if (!config.devSignIn || role !== 'portal' || customers.length > 0) return;
    void (async () => {
      try {
        const reader = sessionOf(await devToken('analyst', null));
        if (!reader) return;
        const answer = await request<{ customers: { edges: { node: CustomerOption }[] } }>(
          reader,
          'query ConsoleCustomers { customers(first: 200) { edges { node { id name } } } }',
        );
        const list = answer.data?.customers.edges.map((edge) => edge.node) ?? [];
        setCustomers(list);
        setCustomerId((earlier) => earlier || list[0]?.id || '');
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
      }
    })();
  }, [config.devSignIn, role, customers.length]);

  const submitToken = (event: FormEvent) => {
    event.preventDefault();
    const session = sessionOf(pasted);
    if (!session) return setProblem('That is not a bearer token (a JWT: three dot-separated parts).');
    onSignIn(session);
  };

  const submitRole = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    try {
      const session = sessionOf(await devToken(role, role === 'portal' ? customerId : null));
      if (session) onSignIn(session);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main className="sign-in">
      <h1>OpsGraph operations console</h1>
      <form onSubmit={submitToken} aria-label="Sign in with a token">
        <label htmlFor="token">Bearer token</label>
        <textarea id="token" rows={4} value={pasted} onChange={(event) => setPasted(event.target.value)} placeholder="eyJhbGciOi…" />
        <button type="submit">Sign in with this token</button>
      </form>
      {config.devSignIn ? (
        <form onSubmit={submitRole} aria-label="Sign in as a role">
          <p className="note">Development mode: pick a role and the gateway signs a development token for it.</p>
          <label htmlFor="role">Role</label>
          <select id="role" value={role} onChange={(event) => setRole(event.target.value)}>
            {config.roles.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
          {role === 'portal' ? (
            <>
              <label htmlFor="customer">Customer</label>
              <select id="customer" value={customerId} onChange={(event) => setCustomerId(event.target.value)}>
                {customers.map((customer) => (
                  <option key={customer.id} value={customer.id}>
                    {customer.name}
                  </option>
                ))}
              </select>
            </>
          ) : null}
          <button type="submit">Sign in as {role}</button>
        </form>
      ) : null}
      {problem ? (
        <p className="problem" role="alert">
          {problem}
        </p>
      ) : null}
    </main>
  );
}
