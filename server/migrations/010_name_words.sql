-- The words of people's names, for the last word of a name search, which may be the start of a
-- word ("nguyen van hu" finds Nguyễn Văn Hùng). Matched as a prefix (`hu:*`), that word's entries
-- are gathered into a bitmap before the other words are looked up, which at ten times the province
-- costs more than the rest of the list. The words it may stand for are read here first, and the
-- search asks for them as whole words (`hu | hung | huong`), which the word index answers directly.
--
-- Words are added as accounts are written (a statement's new rows at once, an import's too; a
-- renamed person's) and never removed: a word no account uses any more matches nothing.
create table name_words (
  word text collate "C" primary key
);

insert into name_words (word)
select distinct w from accounts, unnest(tsvector_to_array(search)) as w where kind = 'citizen';

create function name_words_add() returns trigger language plpgsql as $$
begin
  insert into name_words (word)
  select distinct w from new_rows, unnest(tsvector_to_array(search)) as w where kind = 'citizen'
  on conflict do nothing;
  return null;
end $$;

create trigger name_words_insert after insert on accounts
  referencing new table as new_rows for each statement execute function name_words_add();

-- A renamed person, one row at a time (an import's updates of 150,000 statuses fire nothing).
create function name_words_add_row() returns trigger language plpgsql as $$
begin
  insert into name_words (word)
  select unnest(tsvector_to_array(new.search)) on conflict do nothing;
  return null;
end $$;

create trigger name_words_update after update of name_folded on accounts for each row
  when (new.kind = 'citizen' and old.name_folded is distinct from new.name_folded)
  execute function name_words_add_row();
