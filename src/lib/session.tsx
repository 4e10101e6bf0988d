import { createContext, useContext } from 'react';
import type { components } from '../api/schema';
import { can, type Permission } from '../config/permissions';

export type User = components['schemas']['User'];

export interface SessionValue {
  user: User;
  signOut: () => Promise<void>;
}

/** Provided by the auth feature around every signed-in route. */
export const SessionContext = createContext<SessionValue | null>(null);

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside a signed-in route');
  return value;
}

/** Whether the signed-in user's role carries a permission (the server checks again). */
export function useCan(permission: Permission): boolean {
  const value = useContext(SessionContext);
  return can(value?.user.role, permission);
}
