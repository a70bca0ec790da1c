-- shopops store: goods amounts an older shopops stored as stated (amount_derived 0) that were the
-- order's lines summed (amount29, tryout28a A2; closing note 28 "Left" 2): an Olist order's, whose
-- only money is its order_items.csv lines (before session 28), and a generic or WooCommerce orders
-- export's, one row per line, whose amount is its rows' amounts summed. Such an amount is the
-- lines' money (PaidTotal.FROM_LINES, 3): a later line-items file's lines take it with them, as
-- they take it on a store loaded now. Told from the layout that wrote the order (its source) and
-- its lines, each with an amount, adding up to it; a generic order whose every line is its unit
-- price times its quantity may have had its amount from the unit prices alone (a file without an
-- amount column, which a load now keeps as stated too): left as it is. Never edit once landed.
UPDATE orders SET amount_derived = 3
 WHERE amount_derived = 0 AND amount IS NOT NULL
   AND source IN ('olist-order-items', 'olist-orders', 'generic-orders', 'woocommerce-orders')
   AND amount = (SELECT sum(l.amount) FROM order_lines l WHERE l.order_id = orders.order_id
                 HAVING count(l.amount) = count(*))
   AND (source IN ('olist-order-items', 'olist-orders')
        OR EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = orders.order_id
                     AND (l.unit_price IS NULL OR l.amount <> l.unit_price * coalesce(l.quantity, 1))));
