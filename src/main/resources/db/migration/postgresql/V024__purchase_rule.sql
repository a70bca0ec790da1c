-- shopops store on PostgreSQL: one rule for which order is a purchase, as ../V024__purchase_rule.sql:
-- the refund deltas' function made again without its "not cancelled" condition (the triggers of
-- V016 call it by name), and the figures of the buyers with an order closed after payment added up
-- again. Migrations splits statements at a ';' that ends a line, so the body keeps its inner ';'
-- inside the lines. Never edit this file once it has landed.
CREATE OR REPLACE FUNCTION customer_figures_refund_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  buyer TEXT
  ; cur TEXT
  ; old_counts BOOLEAN := TG_OP <> 'INSERT' AND old.refunded_at IS NOT NULL
      AND old.refund_amount IS NOT NULL
  ; new_counts BOOLEAN := TG_OP <> 'DELETE' AND new.refunded_at IS NOT NULL
      AND new.refund_amount IS NOT NULL
  ; BEGIN
  IF old_counts AND new_counts AND old.order_id IS NOT DISTINCT FROM new.order_id
      AND new.refunded_at >= old.refunded_at THEN
    UPDATE customer_figures f SET refunded = f.refunded + new.refund_amount - old.refund_amount,
           last_refund = greatest(f.last_refund, new.refunded_at)
      FROM orders o
     WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL
       AND f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
    ; RETURN NULL
  ; END IF
  ; IF old_counts THEN
    SELECT o.customer_id, coalesce(o.currency, '') INTO buyer, cur FROM orders o
     WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL
    ; IF buyer IS NOT NULL THEN
      UPDATE customer_figures SET refunded = refunded - old.refund_amount
       WHERE customer_id = buyer AND currency = cur AND last_refund > old.refunded_at
      ; IF NOT FOUND THEN
        INSERT INTO customer_figures_dirty (customer_id) VALUES (buyer)
      ; END IF
    ; END IF
  ; END IF
  ; IF new_counts THEN
    UPDATE customer_figures f SET refunded = f.refunded + new.refund_amount,
           last_refund = greatest(f.last_refund, new.refunded_at)
      FROM orders o
     WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL
       AND f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
  ; END IF
  ; RETURN NULL; END $$;

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
