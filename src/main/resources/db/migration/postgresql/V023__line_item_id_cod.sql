-- shopops store on PostgreSQL: the platform item id of an order line and the cash-on-delivery mark
-- of an order, as ../V023__line_item_id_cod.sql. Never edit this file once it has landed.
ALTER TABLE order_lines ADD COLUMN item_id TEXT COLLATE "C";

ALTER TABLE orders ADD COLUMN cash_on_delivery BIGINT;

CREATE INDEX orders_unshipped_cod ON orders (paid_at)
  WHERE paid_at IS NULL AND shipped_at IS NULL AND delivered_at IS NULL
    AND (cash_on_delivery = 1 OR status = 'paid');
