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
