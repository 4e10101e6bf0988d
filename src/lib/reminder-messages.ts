/**
 * The reminder a citizen receives (SMS, or a message on the portal), chosen by why the account is
 * still unconverted: each tells the one thing to do (an identity mismatch goes to the commune police
 * to update the population database, …). Plain data, no React and no MSW: the demo backend and the
 * server both send exactly these texts, and the screens preview them. Always Vietnamese (the
 * citizen's language), whatever the officer's screen language.
 */
import type { components } from '../api/schema';
import accountsVi from '../locales/vi/accounts';

export type StuckReason = components['schemas']['StuckReason'];

/** The text sent for a stuck reason; an account with no recorded reason gets the plain "link VNeID". */
export function reminderMessage(reason: StuckReason | null | undefined): string {
  return accountsVi.sms[reason ?? 'verified_not_linked'];
}

/** Every reason's text, in the contract's order of reasons. */
export const reminderMessages: Readonly<Record<StuckReason, string>> = accountsVi.sms;
