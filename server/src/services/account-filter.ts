/**
 * The list's query → a SQL where-clause over `accounts as a`, in the user's scope (another
 * district: 403), searching by the shared rule (src/lib/account-search.ts). The list, the export
 * and the bulk reminder job read the same filter.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { components } from '../../../src/api/schema';
import { classifyQuery, type AccountQuery } from '../../../src/lib/account-search';
import type { ExportFilter } from '../../../src/lib/account-export';
import { invalidField } from '../http/problem';
import type { Services } from '.';
import { DESK_REASON_ORDER } from '../../../src/lib/desk-order';
import { deskReasonRank, type AccountSort } from './account-order';
import { statusIs, type AccountStatus } from './account-status';
import type { StuckReason } from './account-rows';
import { unitIndex } from './units';
import type { SessionUser } from './users';

/** The list's filters (the query of listAccounts without paging; exportAccounts and bulk reminders share them). */
export interface AccountListParams {
  q?: string;
  district?: string;
  commune?: string;
  kind?: components['schemas']['AccountKind'];
  status?: AccountStatus;
  reason?: StuckReason;
  source?: components['schemas']['AccountSource'];
  regFrom?: string;
  regTo?: string;
  seenBefore?: string;
  sort?: AccountSort;
}

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A folded name's words are letters and digits only. */
const isWord = (token: string) => /^[a-z0-9]+$/.test(token);

/** How many words the last word of a name search may stand for before it is asked as a prefix. */
const PREFIX_WORDS = 30;

/**
 * The words of people's names that start with `prefix` (migration 010), when there are at most
 * PREFIX_WORDS of them; null for more (a prefix of a letter or two), which is then asked as such.
 */
export async function wordsStartingWith(
  services: Services,
  prefix: string,
): Promise<string[] | null> {
  const rows = await services.db
    .selectFrom('name_words')
    .select('word')
    .where('word', '>=', prefix)
    .where('word', '<', `${prefix}{`) // '{' follows 'z' and the digits in ASCII
    .orderBy('word')
    .limit(PREFIX_WORDS + 1)
    .execute();
  return rows.length > PREFIX_WORDS ? null : rows.map((r) => r.word);
}

/**
 * Where-clause of a search query by the shared rule (src/lib/account-search.ts). `lastWords`: the
 * words a name search's last word may stand for (wordsStartingWith), or null to match it as a
 * prefix.
 */
export function searchSql(
  query: AccountQuery,
  lastWords: string[] | null = null,
): RawBuilder<SqlBool> | null {
  switch (query.type) {
    case 'all':
      return null;
    case 'nothing':
      return sql<SqlBool>`false`;
    case 'number':
      return query.kind === 'phone'
        ? sql<SqlBool>`a.phone = ${query.digits}`
        : sql<SqlBool>`a.identity_number = ${query.digits}`;
    case 'tail':
      return sql<SqlBool>`(right(a.identity_number, 4) = ${query.digits} or right(a.phone, 4) = ${query.digits})`;
    case 'name': {
      // Organisations and foreigners: the folded query anywhere in the folded name.
      const other = sql<SqlBool>`(a.kind <> 'citizen' and a.name_folded like ${`%${likeEscape(query.folded)}%`})`;
      // People: each token a whole word of the name, the last one may be the start of a word. A
      // folded name's words are letters only, so a token with anything else matches no person.
      if (!query.tokens.every(isWord)) return other;
      const last = query.tokens.at(-1)!;
      // No word starts with it: no person matches (organisations still may).
      if (lastWords?.length === 0) return other;
      const lastTerm = lastWords ? `(${lastWords.join(' | ')})` : `${last}:*`;
      const tsquery = [...query.tokens.slice(0, -1), lastTerm].join(' & ');
      return sql<SqlBool>`((a.kind = 'citizen' and a.search @@ to_tsquery('simple', ${tsquery})) or ${other})`;
    }
  }
}

export interface AccountFilter {
  /** Over `accounts as a`: the scope, the filters and the search. */
  where: RawBuilder<SqlBool>;
  /** How the search was read. */
  query: AccountQuery;
  /** The filters as applied (the scope's district included), for the export and its audit. */
  applied: ExportFilter;
  /** Only unconverted citizen accounts match (`status=unconverted`, or a `reason`). */
  unconvertedOnly: boolean;
  today: string;
}

/**
 * The list's filters → a where-clause, in the user's scope, on the business day (exactly the demo
 * backend's toFilter + matchingRows). A district or commune of another district than the user's:
 * `refuse` (403, audited); an unknown one, or a commune outside the district asked for: 400.
 * A `reason` lists unconverted accounts stuck for it, whatever `status` says (as the demo).
 */
export async function accountFilter(
  services: Services,
  user: SessionUser,
  params: AccountListParams,
  refuse: (user: SessionUser, detail?: string) => Promise<never>,
): Promise<AccountFilter> {
  const today = services.clock.today();
  const units = await unitIndex(services);
  const scope = user.scopeDistrictCode;
  if (scope && params.district && params.district !== scope) await refuse(user);
  const district = scope ?? params.district;
  if (district && !units.districts.has(district)) throw invalidField('district');
  if (params.commune) {
    const commune = units.communes.get(params.commune);
    if (!commune) throw invalidField('commune');
    if (district && commune.districtCode !== district) {
      if (scope) await refuse(user);
      throw invalidField('commune');
    }
  }
  const q = params.q?.trim() || undefined;
  const query = classifyQuery(q);
  const parts: RawBuilder<SqlBool>[] = [sql<SqlBool>`a.registered_on <= ${today}::date`];
  if (district) parts.push(sql<SqlBool>`a.district_code = ${district}`);
  if (params.commune) parts.push(sql<SqlBool>`a.commune_code = ${params.commune}`);
  if (params.kind) parts.push(sql<SqlBool>`a.kind = ${params.kind}`);
  if (params.source) parts.push(sql<SqlBool>`a.source = ${params.source}`);
  if (params.regFrom) parts.push(sql<SqlBool>`a.registered_on >= ${params.regFrom}::date`);
  if (params.regTo) parts.push(sql<SqlBool>`a.registered_on <= ${params.regTo}::date`);
  if (params.seenBefore) parts.push(sql<SqlBool>`a.last_seen_on < ${params.seenBefore}::date`);
  if (params.reason) {
    // `a.reason = …` written as the reason's place in the desk order (the same for every reason
    // the contract names): the list of one reason is then a range of the index accounts_desk_rank,
    // in the desk order, instead of a walk past the reasons ranked before it.
    parts.push(sql<SqlBool>`${deskReasonRank()} = ${DESK_REASON_ORDER.indexOf(params.reason)}`);
    parts.push(statusIs('unconverted', today));
  } else if (params.status) parts.push(statusIs(params.status, today));
  const last = query.type === 'name' ? query.tokens.at(-1) : undefined;
  const lastWords = last && isWord(last) ? await wordsStartingWith(services, last) : null;
  const search = searchSql(query, lastWords);
  if (search) parts.push(search);
  return {
    where: sql<SqlBool>`(${sql.join(parts, sql` and `)})`,
    query,
    applied: {
      q,
      district,
      commune: params.commune,
      kind: params.kind,
      status: params.status,
      reason: params.reason,
      source: params.source,
      regFrom: params.regFrom,
      regTo: params.regTo,
      seenBefore: params.seenBefore,
    },
    unconvertedOnly: params.reason !== undefined || params.status === 'unconverted',
    today,
  };
}

/**
 * Whether a search narrows the list to a few hundred accounts at most: a whole number, a number's
 * last four digits, or a name of two words or more (what is typed at the counter). Its page and its
 * count then come from one scan of the matches (`count(*) over ()`): the name index is read once
 * per request, not twice. One word alone ("nguyen": a third of the province) is counted apart,
 * where the page can stop at its 50th row in the sort's order.
 */
export function searchIsNarrow(query: AccountQuery): boolean {
  return (
    query.type === 'number' ||
    query.type === 'tail' ||
    (query.type === 'name' && query.tokens.length >= 2)
  );
}
