-- shopops store: a returns import adds its refunds to the customer figures once per file, in a
-- few set-based statements (store.ReturnFigureDeltas), instead of through V024's triggers once per
-- row (an orders lookup and a customer_figures update for each refunded return: most of the
-- import's SQLite time). While an import writes returns, its id is in returns_figures_deferred
-- (inside its own transaction, so no other connection ever sees it, and a failed import leaves
-- none); the triggers skip the rows that import writes and fire as before for every other write
-- (returns add/update, undo, store copy). A delete is never deferred. Never edit once landed.
CREATE TABLE returns_figures_deferred (
  import_id INTEGER PRIMARY KEY
);

DROP TRIGGER customer_figures_refund_in;
DROP TRIGGER customer_figures_refund_change;
DROP TRIGGER customer_figures_refund_move;

-- As V024 (a purchase is a paid order, whatever came after), unless the row is written by an
-- import that adds its refunds per file.
CREATE TRIGGER customer_figures_refund_in AFTER INSERT ON returns
  WHEN new.refunded_at IS NOT NULL AND new.refund_amount IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM returns_figures_deferred d WHERE d.import_id = new.import_id)
BEGIN
  UPDATE customer_figures SET refunded = refunded + new.refund_amount,
         last_refund = max(coalesce(last_refund, new.refunded_at), new.refunded_at)
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
             AND o.customer_id IS NOT NULL); END;

CREATE TRIGGER customer_figures_refund_change
  AFTER UPDATE OF order_id, refunded_at, refund_amount ON returns
  WHEN old.order_id IS new.order_id AND old.refund_amount IS NOT NULL
    AND new.refund_amount IS NOT NULL AND old.refunded_at IS NOT NULL
    AND new.refunded_at IS NOT NULL AND new.refunded_at >= old.refunded_at
    AND (old.refunded_at IS NOT new.refunded_at OR old.refund_amount IS NOT new.refund_amount)
    AND NOT EXISTS (SELECT 1 FROM returns_figures_deferred d WHERE d.import_id = new.import_id)
BEGIN
  UPDATE customer_figures SET refunded = refunded + new.refund_amount - old.refund_amount,
         last_refund = max(coalesce(last_refund, new.refunded_at), new.refunded_at)
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
             AND o.customer_id IS NOT NULL); END;

CREATE TRIGGER customer_figures_refund_move
  AFTER UPDATE OF order_id, refunded_at, refund_amount ON returns
  WHEN (old.order_id IS NOT new.order_id OR old.refunded_at IS NOT new.refunded_at
      OR old.refund_amount IS NOT new.refund_amount)
    AND NOT (old.order_id IS new.order_id AND old.refund_amount IS NOT NULL
      AND new.refund_amount IS NOT NULL AND old.refunded_at IS NOT NULL
      AND new.refunded_at IS NOT NULL AND new.refunded_at >= old.refunded_at)
    AND NOT EXISTS (SELECT 1 FROM returns_figures_deferred d WHERE d.import_id = new.import_id)
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT o.customer_id FROM orders o JOIN customer_figures f
        ON f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
     WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL AND old.refunded_at IS NOT NULL
       AND old.refund_amount IS NOT NULL AND NOT (f.last_refund > old.refunded_at)
  ; UPDATE customer_figures SET refunded = refunded - old.refund_amount
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
             AND o.customer_id IS NOT NULL)
     AND old.refunded_at IS NOT NULL AND old.refund_amount IS NOT NULL
     AND last_refund > old.refunded_at
  ; UPDATE customer_figures SET refunded = refunded + new.refund_amount,
         last_refund = max(coalesce(last_refund, new.refunded_at), new.refunded_at)
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
             AND o.customer_id IS NOT NULL)
     AND new.refunded_at IS NOT NULL AND new.refund_amount IS NOT NULL; END;
