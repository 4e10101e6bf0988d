/**
 * The accounts' actions: counter visits (and "linked at the desk" reports and their withdrawal:
 * account-desk-reports.ts), identity checks, merges, closing and reopening (account-cleanup.ts),
 * reminders, one or many as a job (account-reminders.ts), and accounts opened at the desk
 * (account-creation.ts). Answers and effects equal the demo backend's (mocks/handlers/accounts-*.ts
 * with the rules of mocks/db/account-rules.ts, mocks/handlers/account-creation.ts): every action
 * writes the account's history (account_events, services/account-events.ts) and the audit log as
 * the demo does, and the aggregates the statistics read (account_daily) follow the accounts' rows
 * through their trigger (migration 002). A handler reads `params` and `body` after `require(…)`:
 * they are validated on first use, and the permission is checked first (as the demo backend does).
 */
import type { EarlyChecks, Handlers } from '../http/routing';
import { accountCleanupRoutes } from './account-cleanup';
import { accountCreationEarlyChecks, accountCreationRoutes } from './account-creation';
import { deskReportRoutes } from './account-desk-reports';
import { accountReminderRoutes } from './account-reminders';

export const accountsActionsRoutes: Handlers = {
  ...deskReportRoutes,
  ...accountCleanupRoutes,
  ...accountReminderRoutes,
  ...accountCreationRoutes,
};

export const accountsActionsEarlyChecks: EarlyChecks = {
  ...accountCreationEarlyChecks,
};
