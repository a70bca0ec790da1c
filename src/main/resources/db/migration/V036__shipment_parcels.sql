-- shopops store: one shipment record per parcel (task ship20, review19 V24 拆包发货), and the order
-- type the export states (review19 V25: JD 订单类型 预售订单). Never edit once landed.
-- shipment_parcels holds each parcel an import saw, keyed by its order and tracking number ('' for
-- rows without one, which speak for the whole order). The shipments row of an order is derived
-- from its parcels by one rule (ShipmentWriter.ROLLUP): shipped = the first outbound, delivered =
-- when the last tracked parcel was signed for, so the file's row order never changes a figure.
CREATE TABLE shipment_parcels (
  order_id              TEXT NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
  parcel                TEXT NOT NULL,  -- the tracking number; '' for a row without one
  carrier               TEXT,
  tracking_no           TEXT,
  shipped_at            INTEGER,
  delivered_at          INTEGER,
  estimated_delivery_at INTEGER,
  promised_ship_date    TEXT,
  import_id             INTEGER,
  PRIMARY KEY (order_id, parcel)
) WITHOUT ROWID;

CREATE INDEX shipment_parcels_tracking ON shipment_parcels (tracking_no);
CREATE INDEX shipment_parcels_import ON shipment_parcels (import_id);

INSERT INTO shipment_parcels (order_id, parcel, carrier, tracking_no, shipped_at, delivered_at,
                              estimated_delivery_at, promised_ship_date, import_id)
SELECT order_id, coalesce(tracking_no, ''), carrier, tracking_no, shipped_at, delivered_at,
       estimated_delivery_at, promised_ship_date, import_id
FROM shipments;

-- 'presale' for a JD 预售订单 (订单类型) or a Tmall order with 分阶段订单信息; NULL: an ordinary order
ALTER TABLE orders ADD COLUMN order_type TEXT;
