-- shopops store: who moved a return, and when (review13 M13): one row per step `returns add` and
-- `returns update` recorded, with the agent who recorded it (--agent, else the store's user: the
-- database user on PostgreSQL, the login name for a file). A step an import stored has no row
-- here: the return's own times say it.
-- `returns show` prints the history. Never edit once landed.
CREATE TABLE return_events (
  return_id TEXT NOT NULL,
  seq       INTEGER NOT NULL,           -- 1, 2, … in the order they were recorded
  at        INTEGER NOT NULL,           -- when the step happened (--at), epoch seconds
  status    TEXT NOT NULL,              -- requested, approved, rejected, received, refunded, withdrawn
  agent     TEXT NOT NULL,              -- who recorded it
  PRIMARY KEY (return_id, seq)
);
