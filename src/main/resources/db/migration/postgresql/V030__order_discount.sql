-- shopops store on PostgreSQL: the discount on the whole order and its code, as
-- ../V030__order_discount.sql. Never edit this file once it has landed.
ALTER TABLE orders ADD COLUMN discount BIGINT;

ALTER TABLE orders ADD COLUMN discount_code TEXT COLLATE "C";
