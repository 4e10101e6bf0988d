-- Lists that count and page without reading every account of the scope.
--
-- The work list (unconverted citizens, `sort=desk`) reads its first page from an index in the desk
-- order, instead of ranking every account of the scope per request. The expression is written
-- exactly as accountOrder('desk') writes it for a list already limited to unconverted citizens.
create index accounts_desk_rank on accounts (
  (coalesce(array_position(array['verified_not_linked', 'id_mismatch', 'cmnd_only', 'no_id',
    'duplicate', 'inactive']::text[], reason) - 1, 6)),
  (date '1970-01-01' - last_seen_on),
  id
) where state = 'active' and kind = 'citizen';

-- Closed and merged accounts, which the per-day aggregates leave out, counted apart.
create index accounts_inactive on accounts (district_code, commune_code) where state <> 'active';

-- A name search matches people through the word index (accounts_search) and organisations and
-- foreigners by any part of the name (`like '%…%'`): a trigram index on the latter lets the planner
-- combine the two (BitmapOr) instead of reading every account. pg_trgm is a trusted extension: the
-- database's owner may create it.
create extension if not exists pg_trgm;
create index accounts_other_name on accounts using gin (name_folded gin_trgm_ops)
  where kind <> 'citizen';

-- A district's list in the order of communes, of last visits or of registration: read in that order
-- within the district (the province-wide indexes of 003 would be walked across every district).
create index accounts_district_commune_ord on accounts (district_code, commune_ord, id);
create index accounts_district_last_seen on accounts (district_code, last_seen_on, id);
create index accounts_district_registered on accounts (district_code, registered_on, id);
