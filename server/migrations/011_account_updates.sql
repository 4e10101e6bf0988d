-- An import updates the status of up to hundreds of thousands of accounts at once.
--
-- Room on each page of the accounts table (10%) for a row's new version: an update that changes no
-- indexed column (a conversion day) then stays on its page and writes no index entry (a HOT update),
-- instead of one in each of the table's twenty indexes. Pages written from now on keep it; a table
-- already full gains it as its pages are rewritten (VACUUM FULL, or a new seed).
alter table accounts set (fillfactor = 90);

-- The commune's place in the list order is looked up when the commune changes, not each time an
-- update names the column with the value it already has (an import sets it on every row it touches).
drop trigger accounts_commune_ord on accounts;
create trigger accounts_commune_ord before insert on accounts
  for each row execute function accounts_commune_ord();
create trigger accounts_commune_ord_update before update of commune_code on accounts
  for each row when (old.commune_code is distinct from new.commune_code)
  execute function accounts_commune_ord();
