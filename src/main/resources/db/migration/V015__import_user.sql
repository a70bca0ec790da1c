-- shopops store: who ran each import and who undid each list (issue 18, review9 I8), by the rule
-- lists.agent follows: the database user (PostgreSQL) or the login name (a store file). Imports
-- and undos made before it: NULL, shown as empty. Never edit once landed.
ALTER TABLE imports ADD COLUMN user_name TEXT;
ALTER TABLE lists ADD COLUMN undone_by TEXT;
