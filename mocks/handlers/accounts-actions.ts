/**
 * An officer's actions on one account. Each handler names its operation, its permission and its
 * audit action, and hands the validated request to its rule in mocks/db/account-rules.ts; every one
 * answers the account's page as it now is.
 */
import type { OperationId } from '../../src/api/operations';
import { detailOf } from '../db/account-detail';
import {
  closeAccount,
  mergeAccounts,
  recordVisit,
  reopenAccount,
  requestIdentityCheck,
  sendReminder,
  withdrawPendingReport,
} from '../db/account-rules';
import { onAccount, rowInScope, type OnAccount } from './account-op';
import { http, invalidField } from './http';

/** The account's page after the action. */
const page = <O extends OperationId>({ ds, user, row }: OnAccount<O>) => detailOf(ds, user, row);

/** A text the contract requires, of more than spaces (400 naming the field). */
function required(text: string, field: string): void {
  if (!text.trim()) invalidField(field, 'required');
}

export const accountActionHandlers = [
  http.post('/accounts/{id}/visits', async (info) => {
    const account = await onAccount(info, 'recordVisit', 'accounts:act', {
      audit: 'account.visit',
      rule: ({ ds, row, user, body }) => {
        recordVisit(ds, row, user.username, {
          outcome: body.outcome,
          note: body.note,
          confirmed: body.confirmAccountId === info.params.id,
        });
        return { details: { outcome: body.outcome } };
      },
    });
    return info.response(200).json(page(account));
  }),

  http.post('/accounts/{id}/identity-checks', async (info) => {
    const account = await onAccount(info, 'requestIdentityCheck', 'accounts:act', {
      audit: 'account.identity-check',
      check: ({ body }) => required(body.note, 'note'),
      rule: ({ ds, row, user, body }) =>
        requestIdentityCheck(ds, row, user.username, body.note.trim()),
    });
    return info.response(200).json(page(account));
  }),

  http.post('/accounts/{id}/merge', async (info) => {
    const account = await onAccount(info, 'mergeAccounts', 'accounts:clean', {
      audit: 'account.merge',
      rule: ({ ds, row, user, body }) => {
        const others = body.others.map((id) => rowInScope(ds, user, id));
        mergeAccounts(ds, row, others, body.others, user.username);
        return { targets: [info.params.id, ...body.others] };
      },
    });
    return info.response(200).json(page(account));
  }),

  http.post('/accounts/{id}/close', async (info) => {
    const account = await onAccount(info, 'closeAccount', 'accounts:clean', {
      audit: 'account.close',
      rule: ({ ds, row, user, body }) => {
        closeAccount(ds, row, user.username, { reason: body.reason, note: body.note });
        return { details: { reason: body.reason } };
      },
    });
    return info.response(200).json(page(account));
  }),

  http.post('/accounts/{id}/reopen', async (info) => {
    const account = await onAccount(info, 'reopenAccount', 'accounts:clean', {
      audit: 'account.reopen',
      rule: ({ ds, row, user }) => reopenAccount(ds, row, user.username),
    });
    return info.response(200).json(page(account));
  }),

  http.post('/accounts/{id}/desk-report/withdraw', async (info) => {
    const account = await onAccount(info, 'withdrawDeskReport', 'accounts:view', {
      audit: 'account.desk-report.withdraw',
      check: ({ body }) => required(body.reason, 'reason'),
      rule: ({ ds, row, user, body }) => {
        const reason = body.reason.trim();
        const { reportedBy } = withdrawPendingReport(ds, row, user, reason);
        return { details: { reportedBy, reason } };
      },
    });
    return info.response(200).json(page(account));
  }),

  http.post('/accounts/{id}/reminders', async (info) => {
    const account = await onAccount(info, 'sendReminder', 'accounts:act', {
      audit: 'account.reminder',
      rule: ({ ds, row, user, body }) => {
        sendReminder(ds, row, user.username, body.channel);
        return { details: { channel: body.channel } };
      },
    });
    return info.response(200).json(page(account));
  }),
];
