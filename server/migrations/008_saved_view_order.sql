-- A saved view's query keeps its parameters in the order the user's address had them (the demo
-- backend does): jsonb sorts an object's keys, json keeps the text as it was sent.
alter table saved_views alter column query type json using query::json;
