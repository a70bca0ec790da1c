-- shopops store: who made each list (issue 18): the --agent of the export, else the database user
-- (PostgreSQL) or the login name (a store file). Lists made before it: NULL, shown as empty.
-- Never edit once landed.
ALTER TABLE lists ADD COLUMN agent TEXT;
