-- shopops store: a return changes its buyer's figures by the refund's delta (issue 15). The
-- triggers of V010 marked the buyer of every return written, and the refresh at commit added all
-- their orders up again (with two refund subqueries per order): most of a returns import's time.
-- Now a refund is added to (or taken from) the one customer_figures row of its order's buyer and
-- currency in place; the buyer is marked for the refresh only when the delta is not exact: a
-- refund removed or moved whose time may be the row's last_refund (the latest refund time is then
-- not known without adding the others up). An order that is no purchase (not paid, cancelled, no
-- customer) has no figures, and its refunds change none. A buyer already marked by an order write
-- of the same transaction is added up again anyway; a delta to their row is then overwritten.
-- Never edit once landed.
DROP TRIGGER customer_figures_return_in;
DROP TRIGGER customer_figures_return_out;
DROP TRIGGER customer_figures_return_change;

-- A refund added: to the figures of its order's buyer, if that order is a purchase.
CREATE TRIGGER customer_figures_refund_in AFTER INSERT ON returns
  WHEN new.refunded_at IS NOT NULL AND new.refund_amount IS NOT NULL
BEGIN
  UPDATE customer_figures SET refunded = refunded + new.refund_amount,
         last_refund = max(coalesce(last_refund, new.refunded_at), new.refunded_at)
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
             AND o.status IS NOT 'cancelled' AND o.customer_id IS NOT NULL); END;

-- A refund removed: taken off when a later refund keeps the row's last_refund, else the buyer is
-- marked (the refresh finds the latest of the rest).
CREATE TRIGGER customer_figures_refund_out AFTER DELETE ON returns
  WHEN old.refunded_at IS NOT NULL AND old.refund_amount IS NOT NULL
BEGIN
  INSERT INTO customer_figures_dirty (customer_id)
    SELECT o.customer_id FROM orders o JOIN customer_figures f
        ON f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
     WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL AND o.status IS NOT 'cancelled'
       AND o.customer_id IS NOT NULL AND NOT (f.last_refund > old.refunded_at)
  ; UPDATE customer_figures SET refunded = refunded - old.refund_amount
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
             AND o.status IS NOT 'cancelled' AND o.customer_id IS NOT NULL)
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
             AND o.status IS NOT 'cancelled' AND o.customer_id IS NOT NULL); END;

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
     WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL AND o.status IS NOT 'cancelled'
       AND o.customer_id IS NOT NULL AND old.refunded_at IS NOT NULL
       AND old.refund_amount IS NOT NULL AND NOT (f.last_refund > old.refunded_at)
  ; UPDATE customer_figures SET refunded = refunded - old.refund_amount
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
             AND o.status IS NOT 'cancelled' AND o.customer_id IS NOT NULL)
     AND old.refunded_at IS NOT NULL AND old.refund_amount IS NOT NULL
     AND last_refund > old.refunded_at
  ; UPDATE customer_figures SET refunded = refunded + new.refund_amount,
         last_refund = max(coalesce(last_refund, new.refunded_at), new.refunded_at)
   WHERE (customer_id, currency) = (SELECT o.customer_id, coalesce(o.currency, '') FROM orders o
           WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
             AND o.status IS NOT 'cancelled' AND o.customer_id IS NOT NULL)
     AND new.refunded_at IS NOT NULL AND new.refund_amount IS NOT NULL; END;

-- The RFM breaks cached from the figures (V012) are stale once a delta changed them: the refresh
-- bumps the version itself, a delta through this trigger.
CREATE TRIGGER figures_version_refund AFTER UPDATE OF refunded, last_refund ON customer_figures
BEGIN
  UPDATE figures_version SET version = version + 1; END;
