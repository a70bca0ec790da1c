-- shopops store on PostgreSQL: the orders an older shopops stored without a currency take the
-- store's currency, and the figures of their customers are added up again, as
-- ../V017__order_currency.sql. Never edit this file once it has landed.
UPDATE orders SET currency = coalesce((SELECT value FROM settings WHERE key = 'currency'), 'CNY')
 WHERE currency IS NULL;

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
     AND o.paid_at IS NOT NULL AND o.status IS DISTINCT FROM 'cancelled'
     AND o.customer_id IS NOT NULL
   GROUP BY o.customer_id, coalesce(o.currency, '');

DELETE FROM customer_figures_dirty;
