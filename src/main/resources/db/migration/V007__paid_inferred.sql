-- shopops store: paid times inferred from a platform's "paid" status, and refunds read from order
-- exports (issue 12). Never edit once landed.

-- 1 when paid_at was not in the export but inferred from its status (created time of a prepaid
-- order, delivery or completion time of cash on delivery); 0 when the export said it.
ALTER TABLE orders ADD COLUMN paid_at_inferred INTEGER NOT NULL DEFAULT 0;

-- What the platform says was refunded of the order (退款金额, Shopify Refunded Amount), minor units.
ALTER TABLE orders ADD COLUMN refunded INTEGER;
