/**
 * Accounts opened at the one-stop desk in the demo (organisations; citizens before the function was
 * removed). The seeded rows are fixed-size columns, so these are kept apart and shown alongside
 * them: in the list and its search, on the account page and in the figures.
 */
import type { components } from '../../src/api/schema';
import { onReset, persisted } from './storage';

export type CreatedAccount = components['schemas']['CreatedAccount'];

/** A desk account as stored: the answer of the creation, and the numbers kept for search. */
export interface DeskAccount extends CreatedAccount {
  /** The representative's (organisation) or the citizen's CCCD, unmasked (never sent as such). */
  identityNumber?: string;
  phone?: string;
}

const created = persisted<DeskAccount[]>('created-accounts', () => []);
onReset(() => created.drop());

export function deskAccounts(): readonly DeskAccount[] {
  return created.get();
}

export function addDeskAccount(account: DeskAccount): void {
  created.update((list) => [...list, account]);
}

/** The answer of `POST /accounts/…` for a stored desk account (without the unmasked numbers). */
export function createdAccountOf(a: DeskAccount): CreatedAccount {
  const { identityNumber: _id, phone: _phone, ...answer } = a;
  return answer;
}
