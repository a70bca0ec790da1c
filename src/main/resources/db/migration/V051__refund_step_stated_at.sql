-- shopops store: when each figure of a refund step was stated (task refunds24, tryout23b A11). A
-- step (V033) puts the growth of an export's stated refund on its import's day; V048 compared the
-- returns' refunds with the time the CURRENT figure was stated only, so a hand refund of 5.00 paid
-- between an export stating 10.00 and one stating 15.00 (which now contains it) shrank the first
-- figure to 5.00 on its closed payment day and booked 5.00 on the import day. Now each step keeps
-- when its refund before was stated (the order's refund_stated_at, else its export's time or its
-- import's clock) and when its refund after was (the new export's time, else the import's clock):
-- each figure contains only the returns' refunds paid by its own time (store/ReturnFigures). Steps
-- written before keep NULL and are read as before. Never edit once landed.
ALTER TABLE order_refund_steps ADD COLUMN before_stated_at INTEGER;
ALTER TABLE order_refund_steps ADD COLUMN after_stated_at INTEGER;

DROP TRIGGER IF EXISTS order_refund_step;

CREATE TRIGGER order_refund_step AFTER UPDATE ON orders
  WHEN old.paid_at IS NOT NULL AND coalesce(old.status, '') NOT IN ('cancelled', 'refunded')
    AND coalesce(old.refunded, 0) <> coalesce(new.refunded, 0)
BEGIN
  INSERT INTO order_refund_steps
    (order_id, seen_at, refunded_before, refunded_after, closes, import_id, before_stated_at,
     after_stated_at)
  SELECT new.order_id, i.started_at, coalesce(old.refunded, 0), coalesce(new.refunded, 0),
         CASE WHEN new.status IN ('cancelled', 'refunded') THEN 1 ELSE 0 END, i.import_id,
         coalesce(old.refund_stated_at, old.exported_at,
                  (SELECT b.started_at FROM imports b WHERE b.import_id = old.import_id)),
         coalesce(new.exported_at, i.started_at)
    FROM imports i WHERE i.import_id = new.import_id; END;
