-- shopops store: what a Taobao/Tmall 订单报表 states of an order's goods (tryout20 Y10): its 宝贝标题
-- (orders.items_title) and 宝贝总数量 (orders.items_quantity), kept beside the order so that the pick
-- lists (sla overdue/at-risk --columns sku,quantity) show them until the order has line items (its
-- 宝贝报表): lines win. Never edit once landed.
ALTER TABLE orders ADD COLUMN items_title TEXT;
ALTER TABLE orders ADD COLUMN items_quantity BIGINT;
