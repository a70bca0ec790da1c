-- shopops store: the problems of an import (issue 13). An implausible row (delivered before
-- shipped, shipped before paid, UV > PV…) is imported as it is and recorded here with kind
-- 'anomaly:<what>'; a rejected row of an import that was written is recorded with kind
-- 'rejected'. `imports show ID` lists them. Never edit once landed.
CREATE TABLE anomalies (
  anomaly_id INTEGER PRIMARY KEY,
  import_id  INTEGER NOT NULL REFERENCES imports (import_id),
  file       TEXT NOT NULL,
  line       INTEGER NOT NULL,
  kind       TEXT NOT NULL,
  record_id  TEXT,
  message    TEXT NOT NULL
);
CREATE INDEX anomalies_import ON anomalies (import_id, line);

-- Every event line counts once (issue 13): two page views by one visitor in the same second are two
-- views, even of the same page. seq numbers the lines of one (time, visitor, type, sku) within the
-- file they came from (0 for the first), so a re-import of the same file adds nothing.
CREATE TABLE events_v7 (
  time      INTEGER NOT NULL,
  visitor   INTEGER NOT NULL REFERENCES visitors (visitor),
  type      INTEGER NOT NULL,
  sku       TEXT NOT NULL DEFAULT '',
  seq       INTEGER NOT NULL DEFAULT 0,
  session   TEXT,
  import_id INTEGER,
  PRIMARY KEY (time, visitor, type, sku, seq)
) WITHOUT ROWID;
INSERT INTO events_v7 (time, visitor, type, sku, seq, session, import_id)
  SELECT time, visitor, type, sku, 0, session, import_id FROM events;
DROP TABLE events;
ALTER TABLE events_v7 RENAME TO events;
