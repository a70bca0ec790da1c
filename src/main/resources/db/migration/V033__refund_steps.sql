-- shopops store: each step of a refund an order export states, dated when the store learnt it (task
-- refundsteps, tryout17 U2). V031 dated a stated refund (退款金额, Refunded Amount) by the import
-- that first stored one on an order held paid without: a refund that grew in a later export
-- (100.00, then 150.00) put the whole 150.00 on that first day, rewriting a month already ended,
-- and an order closed after a partial refund moved all of its money to the close day. Now every
-- import that changes the stated refund of an order the store holds paid and open writes one row
-- here: the import's clock (--now), the refund before and after, and whether that import closed
-- the order (the remaining money then counts on the close day, store/ReturnFigures). An order
-- first imported with its refund has no row: its refund stays on its payment day. Never edit once
-- landed.
CREATE TABLE order_refund_steps (
  step_id         INTEGER PRIMARY KEY,
  order_id        TEXT NOT NULL,
  seen_at         INTEGER NOT NULL,
  refunded_before INTEGER NOT NULL,
  refunded_after  INTEGER NOT NULL,
  closes          INTEGER NOT NULL DEFAULT 0,
  import_id       INTEGER
);
CREATE INDEX order_refund_steps_order ON order_refund_steps (order_id, seen_at);
CREATE INDEX order_refund_steps_import ON order_refund_steps (import_id);

-- An import changed the stated refund of an order the store held paid and not closed: one step,
-- dated by that import's clock. Written inside the import's transaction: a failed or undone
-- import takes its steps back with it.
CREATE TRIGGER order_refund_step AFTER UPDATE ON orders
  WHEN old.paid_at IS NOT NULL AND coalesce(old.status, '') NOT IN ('cancelled', 'refunded')
    AND coalesce(old.refunded, 0) <> coalesce(new.refunded, 0)
BEGIN
  INSERT INTO order_refund_steps
    (order_id, seen_at, refunded_before, refunded_after, closes, import_id)
  SELECT new.order_id, i.started_at, coalesce(old.refunded, 0), coalesce(new.refunded, 0),
         CASE WHEN new.status IN ('cancelled', 'refunded') THEN 1 ELSE 0 END, i.import_id
    FROM imports i WHERE i.import_id = new.import_id; END;

-- A store made before: the refund V031 dated by refund_seen_at is one step on that day, and an
-- order seen closed with a stated refund (closed_seen_at) one closing step, so that every figure
-- stays as it was.
INSERT INTO order_refund_steps
  (order_id, seen_at, refunded_before, refunded_after, closes, import_id)
SELECT order_id, coalesce(refund_seen_at, closed_seen_at), 0, refunded,
       CASE WHEN status IN ('cancelled', 'refunded') THEN 1 ELSE 0 END, NULL
  FROM orders
 WHERE coalesce(refunded, 0) > 0 AND (refund_seen_at IS NOT NULL
   OR (closed_seen_at IS NOT NULL AND status IN ('cancelled', 'refunded')
       AND substr(lower(coalesce(platform_status, '')), 1, 5) <> 'paid/'
       AND substr(lower(coalesce(platform_status, '')), 1, 15) <> 'partially_paid/'
       AND substr(lower(coalesce(platform_status, '')), 1, 19) <> 'partially_refunded/'));
