/**
 * The SQL of imports: the valid rows staged in `import_rows` (unnest batches), classified against
 * the accounts (as `classify()` in mocks/db/imports.ts does), and written by the commit, set-based
 * (UPDATE … FROM and INSERT … SELECT over a plan made once in the transaction). The per-day
 * aggregates follow through the accounts' trigger (migration 002).
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { ImportRow } from '../../../src/lib/import/pipeline';
import { foldVietnamese } from '../../../src/lib/text';

/** Rows per INSERT … SELECT FROM unnest(…). */
const STAGE_BATCH = 5000;
/**
 * Batches sent before the first of them is awaited: on PostgreSQL, each on a connection of its own,
 * so that the database inserts one while the next one's arrays are serialised and sent (about a
 * quarter less time for 300,000 rows). PGlite, one connection, takes them in turn.
 */
const STAGE_IN_FLIGHT = 2;

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Stage an import's valid rows, a batch at a time (other requests run between batches); `stop`
 * is asked between batches (true: leave off, once the batches sent have ended).
 */
export async function stageRows(
  db: Kysely<DB>,
  importId: string,
  rows: readonly ImportRow[],
  stop: () => boolean,
): Promise<boolean> {
  await db.deleteFrom('import_rows').where('import_id', '=', importId).execute();
  const sent: Promise<unknown>[] = [];
  let stopped = false;
  try {
    for (let i = 0; i < rows.length; i += STAGE_BATCH) {
      if (stop()) {
        stopped = true;
        break;
      }
      const batch = rows.slice(i, i + STAGE_BATCH);
      const col = <T>(f: (r: ImportRow) => T) => batch.map(f);
      const insert = sql`insert into import_rows (import_id, line, account_id, full_name,
          name_folded, identity_number, phone, registered_on, commune_code, kind, linked)
        select ${importId}, * from unnest(
          ${col((r) => r.line)}::int[], ${col((r) => r.accountId)}::text[],
          ${col((r) => r.fullName)}::text[],
          ${col((r) => (r.fullName ? foldVietnamese(r.fullName) : null))}::text[],
          ${col((r) => r.identityNumber)}::text[], ${col((r) => r.phone)}::text[],
          ${col((r) => r.registeredOn)}::date[], ${col((r) => r.communeCode)}::text[],
          ${col((r) => r.kind)}::text[], ${col((r) => r.linked)}::boolean[])`.execute(db);
      // Awaited below; one failing while an earlier batch is awaited is not left unhandled.
      insert.catch(() => {});
      sent.push(insert);
      if (sent.length >= STAGE_IN_FLIGHT) await sent.shift();
      await nextTick();
    }
    await Promise.all(sent);
  } catch (error) {
    // Every batch sent has ended before the caller drops the rows.
    await Promise.allSettled(sent);
    throw error;
  }
  return !stopped;
}

/**
 * Each staged row with the account it matches (by account id, else by identity number: the first
 * seeded account holding it) and what it would make of it as of `asOf`. Only citizens convert:
 * linked and not converted by `asOf` → converted on `asOf`; not linked and converted → not
 * converted; a different commune moves the account.
 *
 * One join by id, which the planner makes a hash join (300,000 rows in half the time of a lookup
 * per row); the number is looked up only for a row without an id (coalesce() does not evaluate
 * its second argument when the first is not null).
 */
function planSql(importId: string, asOf: string) {
  return sql`select r.*, a.id as match_id, a.kind as cur_kind, a.converted_on as cur_conv,
      a.commune_code as cur_commune,
      case
        when a.id is null then null
        when a.kind = 'citizen' and r.linked
          and not coalesce(a.converted_on <= ${asOf}::date, false) then ${asOf}::date
        when a.kind = 'citizen' and not r.linked
          and coalesce(a.converted_on <= ${asOf}::date, false) then null
        else a.converted_on
      end as new_conv
    from import_rows r
    left join accounts a on a.id = coalesce(r.account_id, (
      select x.id from accounts x where x.identity_number = r.identity_number
      order by (x.id not like 'TK%'), x.id
      limit 1))
    where r.import_id = ${importId}`;
}

/** A new account's reason (citizens: by their identity number), over `import_plan as p`. */
const newReason = sql`case
    when p.kind <> 'citizen' then ''
    when p.identity_number is null then 'no_id'
    when length(p.identity_number) = 9 then 'cmnd_only'
    else 'verified_not_linked'
  end`;

export interface Classified {
  new: number;
  changed: number;
  unchanged: number;
  converted: number;
  /** Rows naming an account that does not exist, without a name to add it. */
  unknown: { line: number; accountId: string | null; identityNumber: string | null }[];
  /**
   * Rows naming an account an earlier row of the file already names (one by its id, the other by
   * its identity number): left out, and rejected naming that first row.
   */
  duplicates: {
    line: number;
    accountId: string | null;
    identityNumber: string | null;
    first: number;
  }[];
}

/**
 * Take out of `import_plan` the rows that name an account an earlier row names (within the file,
 * the same id or the same identity number twice is refused when the file is read; this finds one
 * row by id and another by number, which only the accounts can tell).
 */
async function takeDuplicates(db: Kysely<DB>): Promise<Classified['duplicates']> {
  const { rows } = await sql<{
    line: number;
    account_id: string | null;
    identity_number: string | null;
    first: number;
  }>`with firsts as (
      select match_id, min(line) as first from import_plan
      where match_id is not null group by match_id having count(*) > 1),
    taken as (
      delete from import_plan p using firsts f
      where p.match_id = f.match_id and p.line <> f.first
      returning p.line, p.account_id, p.identity_number, f.first)
    select * from taken order by line`.execute(db);
  return rows.map((r) => ({
    line: r.line,
    accountId: r.account_id,
    identityNumber: r.identity_number,
    first: r.first,
  }));
}

const countsSql = (asOf: string) => sql<{
  new: number;
  changed: number;
  unchanged: number;
  converted: number;
}>`select
    count(*) filter (where match_id is null and full_name is not null)::int as new,
    count(*) filter (where match_id is not null and (new_conv is distinct from cur_conv
      or commune_code <> cur_commune))::int as changed,
    count(*) filter (where match_id is not null and new_conv is not distinct from cur_conv
      and commune_code = cur_commune)::int as unchanged,
    (count(*) filter (where match_id is not null and new_conv = ${asOf}::date
      and cur_conv is distinct from ${asOf}::date and (new_conv is distinct from cur_conv
      or commune_code <> cur_commune))
     + count(*) filter (where match_id is null and full_name is not null
      and kind = 'citizen' and linked))::int as converted`;

async function unknownRows(db: Kysely<DB>, from: string): Promise<Classified['unknown']> {
  const { rows } = await sql<{
    line: number;
    account_id: string | null;
    identity_number: string | null;
  }>`select line, account_id, identity_number from ${sql.raw(from)}
     where match_id is null and full_name is null order by line`.execute(db);
  return rows.map((r) => ({
    line: r.line,
    accountId: r.account_id,
    identityNumber: r.identity_number,
  }));
}

/** What the staged rows would change, as of `asOf` (nothing is written). */
export async function classify(
  db: Kysely<DB>,
  importId: string,
  asOf: string,
): Promise<Classified> {
  return db.transaction().execute(async (trx) => {
    await sql`create temp table import_plan on commit drop as ${planSql(importId, asOf)}`.execute(
      trx,
    );
    const duplicates = await takeDuplicates(trx);
    const { rows } = await sql<Omit<Classified, 'unknown' | 'duplicates'>>`${countsSql(asOf)}
      from import_plan`.execute(trx);
    return { ...rows[0]!, unknown: await unknownRows(trx, 'import_plan'), duplicates };
  });
}

/**
 * Classify again and write, inside the caller's transaction: changed accounts updated (a row
 * naming an account an earlier row names is left out), unknown accounts with a name added.
 */
export async function applyRows(
  trx: Kysely<DB>,
  importId: string,
  asOf: string,
): Promise<Classified> {
  await sql`create temp table import_plan on commit drop as ${planSql(importId, asOf)}`.execute(
    trx,
  );
  const duplicates = await takeDuplicates(trx);
  const { rows } = await sql<Omit<Classified, 'unknown' | 'duplicates'>>`${countsSql(asOf)}
    from import_plan`.execute(trx);
  const unknown = await unknownRows(trx, 'import_plan');
  // The accounts a row changes, as they are now (one row per account: takeDuplicates).
  await sql`create temp table import_changed on commit drop as
    select a.id, a.kind, coalesce(a.reason, '') as reason, a.registered_on, a.state,
      a.commune_code as old_commune, a.converted_on as old_conv,
      p.commune_code as new_commune, u.district_code as new_district, p.new_conv
    from (select distinct on (match_id) * from import_plan
          where match_id is not null order by match_id, line desc) p
    join accounts a on a.id = p.match_id
    join units u on u.code = p.commune_code
    where p.new_conv is distinct from a.converted_on or p.commune_code <> a.commune_code`.execute(
    trx,
  );
  // The per-day aggregates are kept below, set-based, instead of by the row trigger.
  await sql`select set_config('vneid.bulk_daily', 'on', true)`.execute(trx);
  await sql`update accounts a
      set converted_on = c.new_conv, commune_code = c.new_commune, district_code = c.new_district
    from import_changed c where a.id = c.id`.execute(trx);
  await sql`insert into accounts (id, kind, display_name, name_folded, identity_number, phone,
      commune_code, district_code, source, reason, registered_on, last_seen_on, converted_on)
    select coalesce(p.account_id, 'TK' || lpad(nextval('import_account_ids')::text, 7, '0')),
      p.kind, p.full_name, p.name_folded, p.identity_number, p.phone, p.commune_code,
      u.district_code, 'provincial_portal', nullif(${newReason}, ''),
      coalesce(p.registered_on, ${asOf}::date), ${asOf}::date,
      case when p.kind = 'citizen' and p.linked then ${asOf}::date end
    from import_plan p join units u on u.code = p.commune_code
    where p.match_id is null and p.full_name is not null
    order by p.line`.execute(trx);
  // As account_daily_apply (migration 002): active accounts, days before 01/05/2024 as 30/04.
  await sql`insert into account_daily as d
      (commune_code, kind, reason, registered_on, converted_on, accounts)
    select commune_code, kind, reason, greatest(registered_on, date '2024-04-30'),
      case when conv is null then 'infinity' else greatest(conv, date '2024-04-30') end,
      sum(delta)::int
    from (
      select old_commune as commune_code, kind, reason, registered_on, old_conv as conv, -1 as delta
      from import_changed where state = 'active'
      union all
      select new_commune, kind, reason, registered_on, new_conv, 1
      from import_changed where state = 'active'
      union all
      select p.commune_code, p.kind, ${newReason}, coalesce(p.registered_on, ${asOf}::date),
        case when p.kind = 'citizen' and p.linked then ${asOf}::date end, 1
      from import_plan p where p.match_id is null and p.full_name is not null
    ) x
    group by 1, 2, 3, 4, 5
    having sum(delta) <> 0
    on conflict (commune_code, kind, reason, registered_on, converted_on)
    do update set accounts = d.accounts + excluded.accounts`.execute(trx);
  await sql`select set_config('vneid.bulk_daily', 'off', true)`.execute(trx);
  await sql`drop table import_changed`.execute(trx);
  return { ...rows[0]!, unknown, duplicates };
}
