-- shopops store on PostgreSQL, schema version 2: shipments, as ../V002__shipments.sql.
-- Never edit this file once it has landed.

CREATE TABLE shipments (
  order_id              TEXT COLLATE "C" PRIMARY KEY REFERENCES orders (order_id)
                          ON DELETE CASCADE,
  carrier               TEXT COLLATE "C",
  tracking_no           TEXT COLLATE "C",
  shipped_at            BIGINT,
  delivered_at          BIGINT,
  estimated_delivery_at BIGINT,
  promised_ship_date    TEXT COLLATE "C",
  import_id             BIGINT
);

CREATE INDEX shipments_tracking ON shipments (tracking_no);

CREATE INDEX orders_unshipped ON orders (paid_at)
  WHERE paid_at IS NOT NULL AND shipped_at IS NULL AND delivered_at IS NULL
    AND (status IS NULL OR status IN ('pending', 'paid'));
