-- shopops store on PostgreSQL, schema version 11: a RoaringBitmap of visitors per day, as
-- ../V011__visitor_days.sql. Never edit this file once it has landed.
CREATE TABLE visitor_days (
  date     TEXT COLLATE "C" PRIMARY KEY,
  visitors BYTEA NOT NULL,
  uv       BIGINT NOT NULL,
  pv       BIGINT NOT NULL
);

INSERT INTO settings (key, value)
  SELECT 'visitor_days_stale', '1' WHERE EXISTS (SELECT 1 FROM events);
