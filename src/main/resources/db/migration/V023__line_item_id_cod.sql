-- shopops store: the platform's own product number of an order line beside the merchant's SKU (JD
-- 商品ID/商品编号, Tmall 商品ID): a JD 售后 export names the product by it while the order export's
-- SKU is the shop's 货号, so every JD return was refused (review13 M2); a return now finds its line
-- by either and stores the line's SKU. And whether the order export says the order is cash on
-- delivery (支付方式 货到付款: 1, another payment method: 0, no such column: NULL): such an order is
-- paid only when delivered, and its ship-by clock starts at its order time (review13 M5).
-- Never edit once landed.
ALTER TABLE order_lines ADD COLUMN item_id TEXT;

ALTER TABLE orders ADD COLUMN cash_on_delivery INTEGER;

-- `sla at-risk` / `sla overdue`: the orders without a paid time that may be cash on delivery and
-- the order exports do not show as shipped (store.SlaQueries.UNSHIPPED repeats this WHERE word for
-- word), as orders_unshipped (V002) holds the paid ones. Keyed on paid_at (all NULL), as that one,
-- so that SQLite prefers it to orders_paid_at's lookup of every unpaid order.
CREATE INDEX orders_unshipped_cod ON orders (paid_at)
  WHERE paid_at IS NULL AND shipped_at IS NULL AND delivered_at IS NULL
    AND (cash_on_delivery = 1 OR status = 'paid');
