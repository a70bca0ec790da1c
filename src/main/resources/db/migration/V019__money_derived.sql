-- shopops store: whether an order's goods amount and paid total were read from a column of the
-- export or derived (review11 K1). A derived amount (the total less shipping, or 总金额 of an unpaid
-- order) or a derived total (总金额 of a paid order whose export has no 买家实际支付金额) never
-- replaces a value read from a column, whatever the import order. Stores made before this version
-- count their amounts and totals as read. Never edit once landed.

-- 0 when an export stated orders.amount; 1 when it was derived from the paid total (less shipping),
-- 2 from the order's value (总金额 less shipping); the lower wins over the higher.
ALTER TABLE orders ADD COLUMN amount_derived INTEGER NOT NULL DEFAULT 0;

-- 1 when orders.total is the order's value (总金额), not what the export says the buyer paid.
ALTER TABLE orders ADD COLUMN total_derived INTEGER NOT NULL DEFAULT 0;
