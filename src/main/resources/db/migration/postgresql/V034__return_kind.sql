-- shopops store on PostgreSQL: what a return's buyer asked for, as ../V034__return_kind.sql.
-- Never edit this file once it has landed.
ALTER TABLE returns ADD COLUMN kind TEXT NOT NULL DEFAULT 'return';
