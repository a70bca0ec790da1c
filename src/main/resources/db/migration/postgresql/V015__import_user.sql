-- shopops store on PostgreSQL: who ran each import and who undid each list, as
-- ../V015__import_user.sql. Never edit this file once it has landed.
ALTER TABLE imports ADD COLUMN user_name TEXT COLLATE "C";
ALTER TABLE lists ADD COLUMN undone_by TEXT COLLATE "C";
