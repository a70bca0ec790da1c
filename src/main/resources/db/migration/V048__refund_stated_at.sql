-- shopops store: when the refund an order export states was first stated (task refunds23b, tryout22b
-- B1). A stated refund (退款金额, Refunded Amount, or a close after payment) contains only the returns'
-- refunds paid by then; a newer export that repeats the same figure cannot newly contain a hand
-- refund paid in between (a 价保 refunded by hand after the export of 11-15, then an export of 11-16
-- still stating 89.00 moved the closed day 11-11 by 10.00). orders.refund_stated_at: the export's
-- time (exported_at, else its import's clock) of the import that stated the current figure; NULL
-- (a store made before, an order never stored again): the stored export's time, as before. An
-- import that changes the figure (the refund, the close, the payment) restates it; one that repeats
-- it keeps the first time. Never edit once landed.
ALTER TABLE orders ADD COLUMN refund_stated_at INTEGER;

CREATE TRIGGER order_refund_restated AFTER UPDATE ON orders
  WHEN coalesce(old.refunded, -1) <> coalesce(new.refunded, -1)
    OR (coalesce(old.status, '') IN ('cancelled', 'refunded'))
       <> (coalesce(new.status, '') IN ('cancelled', 'refunded'))
    OR (old.paid_at IS NULL) <> (new.paid_at IS NULL)
BEGIN
  UPDATE orders SET refund_stated_at = coalesce(new.exported_at, (SELECT i.started_at FROM imports i WHERE i.import_id = new.import_id)) WHERE order_id = new.order_id; END;

CREATE TRIGGER order_refund_first_stated AFTER UPDATE ON orders
  WHEN old.refund_stated_at IS NULL
    AND coalesce(old.refunded, -1) = coalesce(new.refunded, -1)
    AND (coalesce(old.status, '') IN ('cancelled', 'refunded'))
        = (coalesce(new.status, '') IN ('cancelled', 'refunded'))
    AND (old.paid_at IS NULL) = (new.paid_at IS NULL)
    AND (coalesce(old.exported_at, -1) <> coalesce(new.exported_at, -1)
      OR coalesce(old.import_id, -1) <> coalesce(new.import_id, -1))
BEGIN
  UPDATE orders SET refund_stated_at = coalesce(old.exported_at, (SELECT i.started_at FROM imports i WHERE i.import_id = old.import_id)) WHERE order_id = new.order_id; END;
