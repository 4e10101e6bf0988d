-- Units, users, sessions, sign-in throttling and the audit log.

create table units (
  code text primary key,
  level text not null check (level in ('province', 'district', 'commune', 'organisation')),
  name text not null,
  -- Communes: phường, xã, thị trấn; districts: thành phố, thị xã, huyện.
  kind text,
  district_code text references units (code),
  ord integer not null
);
create index units_district on units (district_code);

create table users (
  username text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  display_name text not null,
  role text not null check (role in ('officer', 'head', 'dept_admin', 'sys_admin')),
  -- The unit the user works for: an organisation (department, centre) or a district.
  unit_code text not null references units (code),
  -- What the user may see: null for the whole province, else one district.
  scope_district_code text references units (code),
  password_hash text not null,
  disabled boolean not null default false,
  created_at timestamptz not null default now()
);

-- A session is stored by the SHA-256 of its id: a copy of this table opens no session.
create table sessions (
  id_hash text primary key,
  username text not null references users (username) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now()
);
create index sessions_user on sessions (username);

-- Failed sign-ins per username, for throttling and lockout (kept across restarts and instances).
create table sign_in_failures (
  username text primary key,
  failures integer not null default 0,
  last_failed_at timestamptz not null default now(),
  locked_until timestamptz
);

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  username text not null,
  role text,
  unit_code text,
  action text not null,
  targets text[] not null default '{}',
  details jsonb not null default '{}',
  outcome text not null check (outcome in ('ok', 'refused')),
  ip text
);
create index audit_log_at on audit_log (at desc, id desc);
create index audit_log_action on audit_log (action, at desc);

-- Append-only: no UPDATE, DELETE or TRUNCATE, whoever asks (the owner and superusers included).
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
revoke update, delete, truncate on audit_log from public;

-- Settings of this installation. `business_date`: the day the figures are read as of, set only by
-- the demo seed (its accounts are from 2024); absent, the figures are as of today.
create table settings (
  key text primary key,
  value text not null
);
