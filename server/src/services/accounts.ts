/**
 * Accounts as the server reads them, shared by the list, the account page, the export and the
 * accounts' actions (the bulk reminder job reuses the filter):
 * - `statusSql` / `toSummary`: a row → AccountSummary, with the status as of the business day
 *   (exactly the demo's statusOf: an account registered after today does not exist yet, one
 *   converted after today is not converted yet, a report made today makes it `reported_at_desk`);
 * - `accountInScope`: one account the user may see, else 404 (no hint that it exists);
 * - `accountFilter`: the list's query → a SQL where-clause over `accounts as a`, in the user's scope
 *   (another district: 403), searching by the shared rule (src/lib/account-search.ts);
 * - `accountOrder`: the contract's sorts, each ending with the id (pages and keyset batches).
 *
 * Every fragment here refers to the accounts table as `a`: select `from accounts as a`.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { components, operations } from '../../../src/api/schema';
import { classifyQuery, mask, type AccountQuery } from '../../../src/lib/account-search';
import type { ExportFilter } from '../../../src/lib/account-export';
import { syncDayOf, type DeskReportState } from '../../../src/lib/desk-report';
import { notFound, invalidField } from '../http/problem';
import type { Services } from '.';
import type { SessionUser } from './users';

export type AccountSummary = components['schemas']['AccountSummary'];
export type AccountStatus = components['schemas']['AccountStatus'];
export type StuckReason = components['schemas']['StuckReason'];
export type AccountSort = NonNullable<
  NonNullable<operations['listAccounts']['parameters']['query']>['sort']
>;

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

/** What toSummary needs of a row (select `summaryColumns(today)`). */
export interface AccountRow {
  id: string;
  kind: AccountSummary['kind'];
  display_name: string;
  identity_number: string | null;
  phone: string | null;
  district_code: string;
  commune_code: string;
  source: AccountSummary['source'];
  reason: string | null;
  registered_on: string;
  last_seen_on: string;
  converted_on: string | null;
  status: AccountStatus;
}

// ---------------------------------------------------------------- status

/** Whether `a` has a "linked at the desk" report pending on `today` (made today, not withdrawn). */
export const pendingReportSql = (today: string): RawBuilder<SqlBool> => sql<SqlBool>`exists (
  select 1 from desk_reports r
  where r.account_id = a.id and r.reported_on = ${today}::date
    and (r.withdrawn_on is null or r.withdrawn_on > ${today}::date))`;

/** An active citizen account not linked to VNeID as of `today` (reported or not). */
const notConvertedCitizen = (today: string) =>
  sql<SqlBool>`(a.state = 'active' and a.kind = 'citizen'
    and (a.converted_on is null or a.converted_on > ${today}::date))`;

/** The account's status on `today` (accounts registered after today are filtered out apart). */
export const statusSql = (today: string): RawBuilder<AccountStatus> => sql<AccountStatus>`case
  when a.state = 'closed' then 'closed'
  when a.state = 'merged' then 'merged'
  when a.kind <> 'citizen' then 'awaiting_guidance'
  when a.converted_on <= ${today}::date then 'converted'
  when ${pendingReportSql(today)} then 'reported_at_desk'
  else 'unconverted' end`;

/** A where-clause selecting the accounts with `status` on `today`. */
export function statusIs(status: AccountStatus, today: string): RawBuilder<SqlBool> {
  switch (status) {
    case 'closed':
    case 'merged':
      return sql<SqlBool>`a.state = ${status}`;
    case 'awaiting_guidance':
      return sql<SqlBool>`(a.state = 'active' and a.kind <> 'citizen')`;
    case 'converted':
      return sql<SqlBool>`(a.state = 'active' and a.kind = 'citizen' and a.converted_on <= ${today}::date)`;
    case 'reported_at_desk':
      return sql<SqlBool>`(${notConvertedCitizen(today)} and ${pendingReportSql(today)})`;
    case 'unconverted':
      return sql<SqlBool>`(${notConvertedCitizen(today)} and not ${pendingReportSql(today)})`;
  }
}

/** The columns toSummary reads, from `accounts as a`. */
export const summaryColumns = (today: string) =>
  [
    'a.id',
    'a.kind',
    'a.display_name',
    'a.identity_number',
    'a.phone',
    'a.district_code',
    'a.commune_code',
    'a.source',
    'a.reason',
    'a.registered_on',
    'a.last_seen_on',
    'a.converted_on',
    statusSql(today).as('status'),
  ] as const;

/** A row as the contract's AccountSummary on `today` (numbers masked). */
export function toSummary(row: AccountRow, today: string): AccountSummary {
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    identityNumberMasked: mask(row.identity_number),
    phoneMasked: mask(row.phone),
    districtCode: row.district_code,
    communeCode: row.commune_code,
    source: row.source,
    registeredOn: row.registered_on,
    lastSeenOn: row.last_seen_on,
    status: row.status,
    reason: row.status === 'unconverted' ? (row.reason as StuckReason | null) : null,
    convertedOn: row.converted_on !== null && row.converted_on <= today ? row.converted_on : null,
  };
}

// ---------------------------------------------------------------- scope

/** Where-clause: the accounts the user may see on `today` (their district; registered by today). */
export function scopeSql(user: SessionUser, today: string): RawBuilder<SqlBool> {
  const exists = sql<SqlBool>`a.registered_on <= ${today}::date`;
  return user.scopeDistrictCode
    ? sql<SqlBool>`(${exists} and a.district_code = ${user.scopeDistrictCode})`
    : exists;
}

/** Whether the user's scope includes a district. */
export const inScope = (user: SessionUser, districtCode: string) =>
  !user.scopeDistrictCode || user.scopeDistrictCode === districtCode;

/**
 * One account the user may see, with every column and its status on the business day; 404 when it
 * does not exist, lies outside the user's scope or was registered after today (as the demo).
 */
export async function accountInScope(services: Services, user: SessionUser, id: string) {
  const today = services.clock.today();
  const row = await services.db
    .selectFrom('accounts as a')
    .selectAll('a')
    .select(statusSql(today).as('status'))
    .where('a.id', '=', id)
    .where(scopeSql(user, today))
    .executeTakeFirst();
  if (!row) throw notFound('Account');
  return row;
}

// ---------------------------------------------------------------- units

interface UnitIndex {
  districts: Map<string, string>;
  communes: Map<string, { name: string; districtCode: string }>;
  provinceName: string;
}
const unitCache = new WeakMap<object, Promise<UnitIndex>>();

/** Districts and communes by code (units do not change while the server runs). */
export function unitIndex(services: Services): Promise<UnitIndex> {
  let cached = unitCache.get(services.database);
  if (!cached) {
    cached = services.db
      .selectFrom('units')
      .select(['code', 'level', 'name', 'district_code'])
      .execute()
      .then((rows) => {
        const index: UnitIndex = { districts: new Map(), communes: new Map(), provinceName: '' };
        for (const r of rows) {
          if (r.level === 'province') index.provinceName = r.name;
          if (r.level === 'district') index.districts.set(r.code, r.name);
          if (r.level === 'commune')
            index.communes.set(r.code, { name: r.name, districtCode: r.district_code ?? '' });
        }
        return index;
      });
    cached.catch(() => unitCache.delete(services.database));
    unitCache.set(services.database, cached);
  }
  return cached;
}

// ---------------------------------------------------------------- filter

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

/** The first day the per-day aggregates tell apart (earlier days are counted on it). */
const AGGREGATES_FROM = '2024-04-30';
/** The statuses the aggregates can count (closed, merged and desk reports are apart). */
const AGGREGATED_STATUSES = new Set<AccountStatus | undefined>([
  undefined,
  'converted',
  'unconverted',
  'awaiting_guidance',
]);

/**
 * How many accounts match: from the per-day aggregates (account_daily, kept by a trigger) when the
 * filter is only the scope, kind, status and reason, which is what the work list and the progress
 * page's links ask for; by counting the matching rows otherwise (a search, a source, dates).
 */
export async function countAccounts(services: Services, f: AccountFilter): Promise<number> {
  const a = f.applied;
  const status = a.reason ? 'unconverted' : a.status;
  const countable =
    !a.q &&
    !a.source &&
    !a.regFrom &&
    !a.regTo &&
    !a.seenBefore &&
    f.today >= AGGREGATES_FROM &&
    AGGREGATED_STATUSES.has(status);
  if (!countable) {
    const { n } = await services.db
      .selectFrom('accounts as a')
      .select(sql<number>`count(*)`.as('n'))
      .where(f.where)
      .executeTakeFirstOrThrow();
    return Number(n);
  }
  const today = f.today;
  /** The scope and the filters on kind and reason, over a table with those columns. */
  const where = (t: { district: string; commune: string; kind: string; reason: string }) =>
    sql.join(
      [
        a.district ? sql`${sql.ref(t.district)} = ${a.district}` : sql`true`,
        a.commune ? sql`${sql.ref(t.commune)} = ${a.commune}` : sql`true`,
        a.kind ? sql`${sql.ref(t.kind)} = ${a.kind}` : sql`true`,
        a.reason ? sql`${sql.ref(t.reason)} = ${a.reason}` : sql`true`,
      ],
      sql` and `,
    );
  const onAccounts = where({
    district: 'a.district_code',
    commune: 'a.commune_code',
    kind: 'a.kind',
    reason: 'a.reason',
  });
  const byStatus =
    status === 'converted'
      ? sql`d.kind = 'citizen' and d.converted_on <= ${today}::date`
      : status === 'unconverted'
        ? sql`d.kind = 'citizen' and d.converted_on > ${today}::date`
        : status === 'awaiting_guidance'
          ? sql`d.kind <> 'citizen'`
          : sql`true`;
  const counts = [
    // Active accounts, from the aggregates.
    sql<{ n: number }>`select coalesce(sum(d.accounts), 0)::int as n
      from account_daily d join units u on u.code = d.commune_code
      where d.registered_on <= ${today}::date and ${byStatus}
        and ${where({ district: 'u.district_code', commune: 'd.commune_code', kind: 'd.kind', reason: 'd.reason' })}`,
  ];
  if (status === undefined)
    // Closed and merged accounts, which the aggregates leave out.
    counts.push(sql<{ n: number }>`select count(*)::int as n from accounts a
      where a.state <> 'active' and a.registered_on <= ${today}::date and ${onAccounts}`);
  if (status === 'unconverted')
    // Less those reported linked at the desk today (reported_at_desk).
    counts.push(sql<{ n: number }>`select -count(distinct a.id)::int as n
      from desk_reports r join accounts a on a.id = r.account_id
      where r.reported_on = ${today}::date
        and (r.withdrawn_on is null or r.withdrawn_on > ${today}::date)
        and a.state = 'active' and a.kind = 'citizen'
        and (a.converted_on is null or a.converted_on > ${today}::date)
        and a.registered_on <= ${today}::date and ${onAccounts}`);
  let total = 0;
  for (const q of counts) total += (await q.execute(services.db)).rows[0]!.n;
  return total;
}

// ---------------------------------------------------------------- order

/**
 * The `desk` order's rank: unconverted citizen accounts by reason (what can be done at the counter
 * today first), every other account after them (the contract's `sort`).
 */
export const DESK_REASON_ORDER = [
  'verified_not_linked',
  'id_mismatch',
  'cmnd_only',
  'no_id',
  'duplicate',
  'inactive',
] as const;

/**
 * A reason's place in DESK_REASON_ORDER, written exactly as the index accounts_desk_rank (migration
 * 009) is, so that the planner matches the two.
 */
export const deskReasonRank = () =>
  sql<number>`coalesce(array_position(array[${sql.join(DESK_REASON_ORDER.map((r) => sql.lit(r)))}]::text[], a.reason) - 1, ${sql.lit(DESK_REASON_ORDER.length)})`;

export interface AccountOrder {
  /** Sort keys, ascending, the id last: `order by k1, k2, …` (or each `desc` when `desc`). */
  keys: RawBuilder<unknown>[];
  desc: boolean;
}

/**
 * A contract sort as keys (a descending sort is the ascending one reversed, ties included, as the
 * demo does). Every sort ends with the id, so that a row comparison on the keys continues a page.
 */
export function accountOrder(
  sort: AccountSort = 'name',
  today: string,
  { unconvertedOnly = false }: { unconvertedOnly?: boolean } = {},
): AccountOrder {
  const desc = sort.startsWith('-');
  const field = desc ? sort.slice(1) : sort;
  const id = sql`a.id`;
  switch (field) {
    case 'desk': {
      const byReason = deskReasonRank();
      // A list of unconverted citizens only ranks by reason: the expression of the index
      // accounts_desk_rank (migration 009), so that its first page is read from it.
      const rank = unconvertedOnly
        ? byReason
        : sql<number>`(case when ${statusIs('unconverted', today)} then ${byReason}
            else ${sql.lit(DESK_REASON_ORDER.length)} end)`;
      // Most recently seen first: the day as a negative number keeps every key ascending.
      return { keys: [rank, sql`(date '1970-01-01' - a.last_seen_on)`, id], desc: false };
    }
    case 'registeredOn':
      return { keys: [sql`a.registered_on`, id], desc };
    case 'lastSeenOn':
      return { keys: [sql`a.last_seen_on`, id], desc };
    case 'commune':
      return { keys: [sql`a.commune_ord`, id], desc };
    default:
      return { keys: [sql`a.sort_name`, id], desc };
  }
}

/** `order by …` for an order. */
export const orderBySql = (order: AccountOrder) =>
  sql.join(
    order.keys.map((k) => (order.desc ? sql`${k} desc` : k)),
    sql`, `,
  );

/** Where-clause: rows after `last` (the keys' values of the previous batch's last row). */
export function afterSql(order: AccountOrder, last: readonly unknown[]): RawBuilder<SqlBool> {
  const keys = sql.join(order.keys);
  const values = sql.join(last.map((v) => sql`${v}`));
  return order.desc ? sql<SqlBool>`(${keys}) < (${values})` : sql<SqlBool>`(${keys}) > (${values})`;
}

// ---------------------------------------------------------------- desk reports

export interface DeskReportRow {
  id: string;
  account_id: string;
  reported_on: string;
  reported_at: string;
  reported_by: string;
  sync_confirms: boolean;
  withdrawn_on: string | null;
  withdrawn_at: string | null;
  withdrawn_by: string | null;
  withdraw_reason: string | null;
}

/**
 * A report's state on `today` (as the demo's demoReportState): pending until the sync the next day,
 * then what the sync found; withdrawn if withdrawn while pending.
 */
export function reportStateOf(r: DeskReportRow, today: string): DeskReportState {
  const syncDay = syncDayOf(r.reported_on);
  if (r.withdrawn_on !== null && r.withdrawn_on < syncDay && r.withdrawn_on <= today)
    return 'withdrawn';
  if (today < syncDay) return 'pending';
  return r.sync_confirms ? 'confirmed' : 'not_confirmed';
}
