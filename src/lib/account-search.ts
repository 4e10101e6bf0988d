/**
 * How the accounts search reads a query, and how numbers are masked: the rules both backends (the
 * demo's mocks/ and the server) follow. No React, no MSW: plain functions the server imports.
 *
 * Search without an oracle: a query of digits matches a whole number (12-digit identity number,
 * 9-digit old CMND, 10-digit phone) or the last 4 digits the mask already shows, nothing else. A
 * search by part of a number would let anyone recover a masked number one digit at a time.
 */
import { can, type Role } from '../config/permissions';
import { foldVietnamese } from './text';

/** Mask all but the first three and last four characters: `024•••••1234`. */
export function mask(value: string | null): string | null {
  if (value === null) return null;
  if (value.length <= 7)
    return `${value.slice(0, 1)}${'•'.repeat(Math.max(0, value.length - 2))}${value.slice(-1)}`;
  return `${value.slice(0, 3)}${'•'.repeat(value.length - 7)}${value.slice(-4)}`;
}

/** How many trailing digits the mask shows, and so the only partial number a search may use. */
export const VISIBLE_TAIL = 4;

export type NumberQueryKind = 'identity' | 'cmnd' | 'phone';

export type AccountQuery =
  /** No query: every account matches. */
  | { type: 'all' }
  /** Names (folded: lower case, no marks). */
  | { type: 'name'; folded: string; tokens: string[] }
  /** A whole number: only the account whose identity number (or phone) is exactly `digits`. */
  | { type: 'number'; kind: NumberQueryKind; digits: string }
  /** The last 4 digits of an identity number or phone (what the mask shows). */
  | { type: 'tail'; digits: string }
  /** Digits that are neither a whole number nor the visible tail: matches no account. */
  | { type: 'nothing' };

/** Separators people type inside numbers (`024 085 012 345`, `0912.345.678`, `0912-345-678`). */
const SEPARATORS = /[\s.-]/g;

/** Read a search query by the shared rule. */
export function classifyQuery(q: string | null | undefined): AccountQuery {
  const folded = foldVietnamese(q ?? '');
  if (!folded) return { type: 'all' };
  const digits = folded.replace(SEPARATORS, '');
  if (digits && /^\d+$/.test(digits)) {
    switch (digits.length) {
      case 12:
        return { type: 'number', kind: 'identity', digits };
      case 9:
        return { type: 'number', kind: 'cmnd', digits };
      case 10:
        return { type: 'number', kind: 'phone', digits };
      case VISIBLE_TAIL:
        return { type: 'tail', digits };
      default:
        return { type: 'nothing' };
    }
  }
  return { type: 'name', folded, tokens: folded.split(' ').filter(Boolean) };
}

/**
 * Whether an account's numbers match a number or tail query (name queries: false). Identity
 * queries (12 or 9 digits) look at the identity number only, phone queries at the phone only.
 */
export function numbersMatch(
  query: AccountQuery,
  identityNumber: string | null,
  phone: string | null,
): boolean {
  if (query.type === 'number') {
    return query.kind === 'phone' ? phone === query.digits : identityNumber === query.digits;
  }
  if (query.type === 'tail') {
    return (
      (identityNumber !== null && identityNumber.endsWith(query.digits)) ||
      (phone !== null && phone.endsWith(query.digits))
    );
  }
  return false;
}

/**
 * Whether a name query matches a person's name: each token a whole word of it, the last token may
 * be the start of a word (`nguyen van a` finds Nguyễn Văn An).
 */
export function personNameMatches(query: AccountQuery, name: string): boolean {
  if (query.type !== 'name') return false;
  const words = foldVietnamese(name).split(' ');
  return query.tokens.every((token, k) =>
    k === query.tokens.length - 1 ? words.some((w) => w.startsWith(token)) : words.includes(token),
  );
}

/** Whether a name query matches an organisation's or a foreigner's name: anywhere in it. */
export function otherNameMatches(query: AccountQuery, name: string): boolean {
  return query.type === 'name' && foldVietnamese(name).includes(query.folded);
}

/**
 * Whether the search must be written to the audit log: a whole-number search by a role that may
 * not reveal numbers (it learns that the number belongs to an account in its scope).
 */
export function searchIsAudited(role: Role, query: AccountQuery): boolean {
  return query.type === 'number' && !can(role, 'accounts:reveal');
}

/**
 * The query as it may be written to an audit log or a file: a whole number is never written out,
 * only its kind (`<identity>`, `<cmnd>`, `<phone>`).
 */
export function queryForLog(q: string | null | undefined): string | undefined {
  const query = classifyQuery(q);
  if (query.type === 'all') return undefined;
  if (query.type === 'number') return `<${query.kind}>`;
  return (q ?? '').trim();
}

/**
 * The name an account sorts by in the list (`sort=name`), from its folded name: people by given
 * name, then family name, then middle name(s) (`nguyen thi minh khai` → `khai nguyen thi minh`);
 * organisations and foreigners by their name as written. Compared byte-wise. The server keeps the
 * same value in `accounts.sort_name` (server/migrations/003_accounts_read.sql).
 */
export function listSortName(kind: string, folded: string): string {
  if (kind !== 'citizen') return folded;
  const words = folded.split(' ');
  if (words.length < 2) return folded;
  return [words.at(-1)!, words[0]!, ...words.slice(1, -1)].join(' ');
}
