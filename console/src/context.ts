/** What every page needs: the signed-in session, the gateway's console config and its capabilities. */
import { createContext, useContext } from 'react';
import type { Capabilities } from './capabilities.ts';
import type { Session } from './session.ts';

export interface ConsoleConfig {
  devSignIn: boolean;
  roles: readonly string[];
  businessDate: string;
}

export interface ConsoleContextValue {
  session: Session;
  config: ConsoleConfig;
  capabilities: Capabilities;
}

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('useConsole outside the signed-in console');
  return value;
}
