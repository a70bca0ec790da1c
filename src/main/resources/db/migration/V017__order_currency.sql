-- shopops store: the orders an older shopops stored without a currency (review10 J3) take the
-- store's currency (settings 'currency', else CNY: Store.defaultCurrency), as an import stores an
-- order whose file names none today (OrderWriter.currencyOfNew), so that `orders list` always
-- writes one and an order is the same whichever build imported it. Never edit once landed.
UPDATE orders SET currency = coalesce((SELECT value FROM settings WHERE key = 'currency'), 'CNY')
 WHERE currency IS NULL;

-- The customers whose orders changed (marked by V010's trigger) added up again, as
-- store.CustomerFigureUpkeep's refresh does; their RFM breaks are stale (V012).
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
     AND o.paid_at IS NOT NULL AND o.status IS NOT 'cancelled' AND o.customer_id IS NOT NULL
   GROUP BY o.customer_id, coalesce(o.currency, '');

DELETE FROM customer_figures_dirty;
