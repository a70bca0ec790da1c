-- shopops store: one rule for which order is a purchase (review13 M9; store.Purchases): an order
-- with a payment time, whatever came after. An order closed after payment (Tmall 交易关闭, JD 已取消
-- with a paid time) was left out of the customer figures (V010) while metrics counted it; now it is
-- a purchase there too, its money netting to 0.00 (its whole total is the refund its export states).
-- The refund triggers of V016 made again without their "not cancelled" condition, and the figures
-- of the buyers with such an order added up again, as store.CustomerFigureUpkeep's refresh does;
-- the RFM breaks cached from the old figures are stale (V012). Never edit once landed.
DROP TRIGGER customer_figures_refund_in;
DROP TRIGGER customer_figures_refund_out;
DROP TRIGGER customer_figures_refund_change;
DROP TRIGGER customer_figures_refund_move;

-- A refund added: to the figures of its order's buyer, if that order is a purchase.
CREATE TRIGGER customer_figures_refund_in AFTER INSERT ON returns
  WHEN new.refunded_at IS NOT NULL AND new.refund_amount IS NOT NULL
BEGIN
  UPDATE customer_figures SET refunded = refunded + new.refund_amount,
         last_refund = max(coalesce(last_refund, new.refunded_at), new.refunded_at)
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
             AND o.customer_id IS NOT NULL); END;

-- A refund removed: taken off when a later refund keeps the row's last_refund, else the buyer is
-- marked (the refresh finds the latest of the rest).
CREATE TRIGGER customer_figures_refund_out AFTER DELETE ON returns
  WHEN old.refunded_at IS NOT NULL AND old.refund_amount IS NOT NULL
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT o.customer_id FROM orders o JOIN customer_figures f
        ON f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
     WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL AND NOT (f.last_refund > old.refunded_at)
  ; UPDATE customer_figures SET refunded = refunded - old.refund_amount
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
             AND o.customer_id IS NOT NULL)
     AND last_refund > old.refunded_at; END;

-- A refund changed on the same order, no earlier than it was (another amount, a later time):
-- the difference added, the later time kept. Exact whatever the other refunds are.
CREATE TRIGGER customer_figures_refund_change
  AFTER UPDATE OF order_id, refunded_at, refund_amount ON returns
  WHEN old.order_id IS new.order_id AND old.refund_amount IS NOT NULL
    AND new.refund_amount IS NOT NULL AND old.refunded_at IS NOT NULL
    AND new.refunded_at IS NOT NULL AND new.refunded_at >= old.refunded_at
    AND (old.refunded_at IS NOT new.refunded_at OR old.refund_amount IS NOT new.refund_amount)
BEGIN
  UPDATE customer_figures SET refunded = refunded + new.refund_amount - old.refund_amount,
         last_refund = max(coalesce(last_refund, new.refunded_at), new.refunded_at)
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
             AND o.customer_id IS NOT NULL); END;

-- Any other change of a refund (moved to another order, made earlier, set or cleared): the old
-- one removed as customer_figures_refund_out does, the new one added as customer_figures_refund_in.
CREATE TRIGGER customer_figures_refund_move
  AFTER UPDATE OF order_id, refunded_at, refund_amount ON returns
  WHEN (old.order_id IS NOT new.order_id OR old.refunded_at IS NOT new.refunded_at
      OR old.refund_amount IS NOT new.refund_amount)
    AND NOT (old.order_id IS new.order_id AND old.refund_amount IS NOT NULL
      AND new.refund_amount IS NOT NULL AND old.refunded_at IS NOT NULL
      AND new.refunded_at IS NOT NULL AND new.refunded_at >= old.refunded_at)
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

INSERT INTO customer_figures_dirty (customer_id)
  SELECT DISTINCT customer_id FROM orders
   WHERE status = 'cancelled' AND paid_at IS NOT NULL AND customer_id IS NOT NULL;

UPDATE figures_version SET version = version + 1
 WHERE EXISTS (SELECT 1 FROM customer_figures_dirty);

DELETE FROM customer_figures
 WHERE customer_id IN (SELECT customer_id FROM customer_figures_dirty);

INSERT INTO customer_figures (customer_id, currency, orders, first_paid, last_paid, gross,
    refunded, last_refund, order_region, inferred)
  SELECT o.customer_id, coalesce(o.currency, ''), count(*), min(o.paid_at), max(o.paid_at),
         sum(coalesce(o.total, coalesce(o.amount, 0) + coalesce(o.shipping_fee, 0))),
         coalesce(sum((SELECT sum(x.refund_amount) FROM returns x WHERE x.order_id = o.order_id
                         AND x.refunded_at IS NOT NULL AND x.refund_amount IS NOT NULL)), 0),
         max((SELECT max(x.refunded_at) FROM returns x WHERE x.order_id = o.order_id
                AND x.refunded_at IS NOT NULL AND x.refund_amount IS NOT NULL)),
         max(o.region), sum(o.paid_at_inferred)
    FROM orders o
   WHERE o.customer_id IN (SELECT customer_id FROM customer_figures_dirty)
     AND o.paid_at IS NOT NULL AND o.customer_id IS NOT NULL
   GROUP BY o.customer_id, coalesce(o.currency, '');

DELETE FROM customer_figures_dirty;
