-- shopops store on PostgreSQL, schema version 9: complaints and disputes, as
-- ../V009__complaints.sql. Never edit this file once it has landed.
CREATE TABLE complaints (
  complaint_id TEXT COLLATE "C" PRIMARY KEY,
  order_id     TEXT COLLATE "C",
  customer_id  TEXT COLLATE "C",
  opened_at    BIGINT NOT NULL,
  closed_at    BIGINT,
  type         TEXT COLLATE "C",
  outcome      TEXT COLLATE "C",
  import_id    BIGINT
);

CREATE INDEX complaints_opened ON complaints (opened_at);
