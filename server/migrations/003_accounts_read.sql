-- What the accounts list, search, sort, account page and export read (server/src/services/accounts.ts).

-- The list's name order: Vietnamese lists sort people by given name, then family name, then middle
-- name(s); organisations and foreigners by their name as written. Folded (no marks), compared
-- byte-wise ("C"): on folded names that is the order Vietnamese collation gives.
alter table accounts add column sort_name text collate "C" generated always as (
  case
    when kind <> 'citizen' then name_folded
    when name_folded ~ '^\S+ .+ \S+$' then regexp_replace(name_folded, '^(\S+) (.+) (\S+)$', '\3 \1 \2')
    when name_folded ~ '^\S+ \S+$' then regexp_replace(name_folded, '^(\S+) (\S+)$', '\2 \1')
    else name_folded
  end
) stored;

-- The list's commune order is the units' order (district by district, as the unit tree lists
-- them), which is not the order of the codes. Kept on the row so that the sort can use an index.
alter table accounts add column commune_ord integer not null default 0;

create function accounts_commune_ord() returns trigger language plpgsql as $$
begin
  new.commune_ord := coalesce((select ord from units where code = new.commune_code), 0);
  return new;
end $$;

create trigger accounts_commune_ord before insert or update of commune_code on accounts
  for each row execute function accounts_commune_ord();

-- Accounts opened at the desk (ids DN… organisations, CD… citizens): the organisation's tax code
-- and the officer who opened it (the history's "registered" entry names them).
alter table accounts add column tax_code text;
alter table accounts add column created_by text;

-- "Linked at the desk" reports (issue 18): an officer's word that the citizen linked VNeID at the
-- counter. The account is `reported_at_desk` on the report's day; the next day's VNeID sync
-- reconciles it (src/lib/desk-report.ts): `sync_confirms` is what that sync found (on a demo
-- database, demoSyncConfirms decides it; a real sync import sets it). A confirmed report sets the
-- account's converted_on to the sync day. A pending report can be withdrawn by its author or an
-- admin, with a reason.
create table desk_reports (
  id text primary key,
  account_id text not null references accounts (id),
  reported_on date not null,
  reported_at timestamptz not null,
  reported_by text not null,
  sync_confirms boolean not null,
  withdrawn_on date,
  withdrawn_at timestamptz,
  withdrawn_by text,
  withdraw_reason text
);
create index desk_reports_account on desk_reports (account_id, reported_on);
create index desk_reports_day on desk_reports (reported_on) where withdrawn_on is null;

-- Sorts: each with the id as the last key, so that pages and export batches follow one order
-- (keyset). Number search: a whole number by equality (accounts_identity, accounts_phone), the
-- visible last 4 digits by these expression indexes.
create index accounts_sort_name on accounts (sort_name, id);
create index accounts_district_sort_name on accounts (district_code, sort_name, id);
create index accounts_commune_sort_name on accounts (commune_code, sort_name, id);
create index accounts_registered on accounts (registered_on, id);
create index accounts_last_seen on accounts (last_seen_on, id);
create index accounts_commune_ord on accounts (commune_ord, id);
create index accounts_identity_tail on accounts (right(identity_number, 4));
create index accounts_phone_tail on accounts (right(phone, 4));
-- Organisation and foreigner names are searched anywhere in the name (a few thousand rows).
create index accounts_not_citizen on accounts (kind) where kind <> 'citizen';
