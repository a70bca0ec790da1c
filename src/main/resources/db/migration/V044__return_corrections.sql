-- shopops store: a hand step of a return corrected or withdrawn (task refunds22, tryout21 Z8). A
-- refund typed with the wrong amount (100.00 for 50.00) could not be changed but in SQL, and it took
-- an unshipped order off the ship-by clock. `returns correct` replaces the refund of a return
-- refunded by hand, `returns undo-step` takes back its last step recorded by hand (never a step an
-- import stored): each writes a return_events row (status 'corrected' or 'undone', at = when it was
-- recorded, the agent) and one row here with the same seq naming what changed: the step, its time,
-- the refund before and after (null when none), and why. The return's own fields change as ever,
-- so the triggers on returns keep the customer and SLA figures. Never edit once landed.
CREATE TABLE return_corrections (
  return_id     TEXT NOT NULL,
  seq           INTEGER NOT NULL,       -- the return_events row recording the change
  step          TEXT NOT NULL,          -- the step corrected or undone: refunded, received, …
  step_at       INTEGER,                -- that step's time, epoch seconds
  refund_before INTEGER,                -- fen; null when the step had no refund
  refund_after  INTEGER,                -- fen; null when undone
  reason        TEXT,
  PRIMARY KEY (return_id, seq)
);
