/**
 * The sequence every account handler follows, in the server's order: the session and the
 * permission (401, 403), the request against the contract (400, 415); for one account, its lookup
 * in the user's scope (404), the operation's rule from mocks/db (its refusals answered as 409, 400
 * or 403) and the audit entry.
 */
import type { OperationId } from '../../src/api/operations';
import type { Permission } from '../../src/config/permissions';
import type { DemoUser } from '../db/demo-users';
import { dataset } from '../db';
import { inScope } from '../db/account-detail';
import { Refused, type Refusal } from '../db/account-rules';
import { registeredDayOf, rowOfAccountId } from '../db/accounts-query';
import type { Dataset } from '../db/dataset';
import { todayDay } from '../db/demo-state';
import { writeAudit, type AuditEntry } from '../db/journal';
import {
  conflict,
  forbidden,
  invalidField,
  notFound,
  requirePermission,
  valid,
  type Valid,
} from './http';

/** What the wrapper reads of MSW's resolver info. */
interface Call {
  request: Request;
  cookies: Record<string, string>;
  params?: Record<string, string | readonly string[] | undefined>;
}

/** The signed-in user and the request, validated against the operation. */
export interface Op<O extends OperationId> extends Valid<O> {
  user: DemoUser;
}

/**
 * The signed-in user holding `permission` (401, 403), then the request validated against
 * `operationId` (400, 415). `checked: false` for an operation that reads no part of the request.
 */
export async function accountOp<O extends OperationId>(
  call: Call,
  operationId: O,
  permission: Permission,
  options: { checked: false },
): Promise<{ user: DemoUser }>;
export async function accountOp<O extends OperationId>(
  call: Call,
  operationId: O,
  permission: Permission,
): Promise<Op<O>>;
export async function accountOp<O extends OperationId>(
  call: Call,
  operationId: O,
  permission: Permission,
  { checked = true }: { checked?: boolean } = {},
): Promise<Op<O> | { user: DemoUser }> {
  const user = requirePermission(call.cookies, permission);
  if (!checked) return { user };
  return { user, ...(await valid(operationId, call.request, call.params)) };
}

/** The row behind an id, if it exists and lies in the user's scope (else 404: no hint it exists). */
export function rowInScope(ds: Dataset, user: DemoUser, id: string): number {
  const row = rowOfAccountId(ds, id);
  if (row === undefined) return notFound('Account');
  if (!inScope(ds, user, row)) return notFound('Account');
  if (registeredDayOf(ds, row) > todayDay()) return notFound('Account');
  return row;
}

/** One account, found in the user's scope. */
export interface OnAccount<O extends OperationId> extends Op<O> {
  ds: Dataset;
  row: number;
}

/** What an audited rule adds to its entry: details, or targets other than the account alone. */
export type AuditNote = { details?: AuditEntry['details']; targets?: string[] } | undefined;

export interface AccountOptions<O extends OperationId> {
  /** The audit log's action; without it the operation is not audited. */
  audit?: string;
  /** Rules on the request that its schema cannot say, checked before the account is looked up. */
  check?: (op: Op<O>) => void;
  /** The operation's rule on the account. */
  rule?: (account: OnAccount<O>) => AuditNote | void;
}

function answer(refusal: Refusal): never {
  if (refusal.answer === 'conflict') return conflict(refusal.detail);
  if (refusal.answer === 'forbidden') return forbidden(refusal.detail);
  return invalidField(refusal.field, refusal.code);
}

/**
 * An operation on the account `/accounts/{id}`: `accountOp`, then the account in the user's scope,
 * then the rule. A refusal the rule marks as audited is written with outcome `refused`; a rule that
 * succeeds is written with the details it returns.
 */
export async function onAccount<O extends OperationId>(
  call: Call & { params: { id: string } },
  operationId: O,
  permission: Permission,
  { audit, check, rule }: AccountOptions<O> = {},
): Promise<OnAccount<O>> {
  const op = await accountOp(call, operationId, permission);
  check?.(op);
  const ds = await dataset();
  const id = call.params.id;
  const account: OnAccount<O> = { ...op, ds, row: rowInScope(ds, op.user, id) };
  let note: AuditNote | void;
  try {
    note = rule?.(account);
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    if (audit && e.audited) {
      const { details } = e.audited;
      writeAudit(op.user, {
        action: audit,
        targets: [id],
        ...(details ? { details } : {}),
        outcome: 'refused',
      });
    }
    return answer(e.refusal);
  }
  if (audit) {
    const details = note?.details;
    writeAudit(op.user, {
      action: audit,
      targets: note?.targets ?? [id],
      ...(details ? { details } : {}),
    });
  }
  return account;
}
