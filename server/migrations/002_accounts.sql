-- Accounts, their history and saved views; the per-day aggregates that the statistics read.

create table accounts (
  id text primary key,
  kind text not null check (kind in ('citizen', 'organisation', 'foreigner')),
  display_name text not null,
  -- Lower case, no tone marks, đ → d (src/lib/text.ts foldVietnamese), for search and sort.
  name_folded text not null,
  -- 12-digit CCCD, 9-digit CMND, tax code, passport number, or null.
  identity_number text,
  phone text,
  birth_year integer,
  nationality text not null default 'VN',
  commune_code text not null references units (code),
  district_code text not null references units (code),
  source text not null check (source in ('national_portal', 'provincial_portal', 'desk')),
  -- Citizens: why the account is (or was, until it converted) not linked to VNeID.
  reason text check (
    reason in ('verified_not_linked', 'id_mismatch', 'cmnd_only', 'no_id', 'duplicate', 'inactive')
  ),
  registered_on date not null,
  last_seen_on date not null,
  -- The day the account was linked to VNeID (null: not linked).
  converted_on date,
  state text not null default 'active' check (state in ('active', 'closed', 'merged')),
  -- Duplicates: the account they duplicate.
  duplicate_of text references accounts (id),
  search tsvector generated always as (to_tsvector('simple', name_folded)) stored
);
create index accounts_search on accounts using gin (search);
-- The list's orders and number searches: 003_accounts_read.sql.
create index accounts_identity on accounts (identity_number);
create index accounts_phone on accounts (phone);
create index accounts_duplicate_of on accounts (duplicate_of);

create table account_events (
  id bigint generated always as identity primary key,
  account_id text not null references accounts (id),
  at timestamptz not null default now(),
  type text not null,
  username text,
  details jsonb not null default '{}'
);
create index account_events_account on account_events (account_id, at);
create index account_events_reminders on account_events (account_id, at) where type = 'reminder';

create table saved_views (
  id text primary key,
  username text not null references users (username) on delete cascade,
  name text not null,
  query jsonb not null,
  created_at timestamptz not null default now()
);
create index saved_views_user on saved_views (username, created_at desc);

-- Accounts per commune, kind, reason, registration day and conversion day, kept current by the
-- trigger below: the statistics add up these rows instead of scanning every account. Days before
-- the progress series starts (01/05/2024) count as 30/04/2024, so the table stays small whatever
-- the number of accounts. Closed and merged accounts leave the figures.
create table account_daily (
  commune_code text not null,
  kind text not null,
  reason text not null default '',
  registered_on date not null,
  converted_on date not null default 'infinity',
  accounts integer not null,
  primary key (commune_code, kind, reason, registered_on, converted_on)
);

create function account_daily_apply(a accounts, delta integer) returns void language plpgsql as $$
begin
  if a.state <> 'active' then
    return;
  end if;
  insert into account_daily as d (commune_code, kind, reason, registered_on, converted_on, accounts)
  values (a.commune_code, a.kind, coalesce(a.reason, ''),
          greatest(a.registered_on, date '2024-04-30'),
          -- greatest() skips nulls: an account not linked stays at 'infinity'.
          case when a.converted_on is null then 'infinity'
               else greatest(a.converted_on, date '2024-04-30') end, delta)
  on conflict (commune_code, kind, reason, registered_on, converted_on)
  do update set accounts = d.accounts + excluded.accounts;
end $$;

create function account_daily_track() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform account_daily_apply(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform account_daily_apply(new, 1);
  end if;
  return null;
end $$;

create trigger account_daily_track after insert or delete or update of
  commune_code, kind, reason, registered_on, converted_on, state on accounts
  for each row execute function account_daily_track();
