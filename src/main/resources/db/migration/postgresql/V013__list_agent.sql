-- shopops store on PostgreSQL: who made each list, as ../V013__list_agent.sql. Never edit this file
-- once it has landed.
ALTER TABLE lists ADD COLUMN agent TEXT COLLATE "C";
