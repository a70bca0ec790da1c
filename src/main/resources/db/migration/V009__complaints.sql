-- Complaints and disputes (投诉/纠纷) imported with `shopops import complaints`: the scorecard's
-- complaint rate and the lists' open-complaint exclusion read them. Times are epoch seconds.
CREATE TABLE complaints (
  complaint_id TEXT PRIMARY KEY,
  order_id     TEXT,
  customer_id  TEXT,    -- else the customer of order_id
  opened_at    INTEGER NOT NULL,
  closed_at    INTEGER, -- NULL while the complaint is open
  type         TEXT,
  outcome      TEXT,
  import_id    INTEGER
);

CREATE INDEX complaints_opened ON complaints (opened_at);
