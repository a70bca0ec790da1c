-- shopops store, schema version 2: shipments (issue 3, shipping SLA).
-- A shipment record is keyed by its order. It comes from `import shipments` (a carrier or warehouse
-- export); order exports keep their own shipped_at/delivered_at/carrier/tracking_no on orders.
-- The SLA reads them field by field: the shipment record's value when it has one, else the order's.
-- Timestamps are INTEGER seconds since the epoch. Never edit this file once it has landed.

CREATE TABLE shipments (
  order_id              TEXT PRIMARY KEY REFERENCES orders (order_id) ON DELETE CASCADE,
  carrier               TEXT,
  tracking_no           TEXT,
  shipped_at            INTEGER,  -- outbound (出库) / first carrier scan
  delivered_at          INTEGER,  -- signed for (签收)
  estimated_delivery_at INTEGER,  -- promised delivery; a date-only estimate is the end of that day
  promised_ship_date    TEXT,     -- presale (预售) promised ship date, YYYY-MM-DD in the store zone
  import_id             INTEGER
) WITHOUT ROWID;

CREATE INDEX shipments_tracking ON shipments (tracking_no);

-- `sla at-risk` / `sla overdue`: the paid orders the order exports do not show as shipped. Small on
-- a busy store (only today's and the late ones), so those commands never scan every order.
-- The query in SlaQueries repeats this WHERE clause word for word so SQLite can use the index.
CREATE INDEX orders_unshipped ON orders (paid_at)
  WHERE paid_at IS NOT NULL AND shipped_at IS NULL AND delivered_at IS NULL
    AND (status IS NULL OR status IN ('pending', 'paid'));
