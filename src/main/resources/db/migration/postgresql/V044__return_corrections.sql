-- shopops store on PostgreSQL: a hand step of a return corrected or withdrawn, as
-- ../V044__return_corrections.sql. Never edit this file once it has landed.
CREATE TABLE return_corrections (
  return_id     TEXT COLLATE "C" NOT NULL,
  seq           INTEGER NOT NULL,
  step          TEXT COLLATE "C" NOT NULL,
  step_at       BIGINT,
  refund_before BIGINT,
  refund_after  BIGINT,
  reason        TEXT,
  PRIMARY KEY (return_id, seq)
);
