-- shopops store on PostgreSQL: shipment parcels and the order type, as ../V036__shipment_parcels.sql.
-- Never edit this file once it has landed.
CREATE TABLE shipment_parcels (
  order_id              TEXT COLLATE "C" NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
  parcel                TEXT COLLATE "C" NOT NULL,
  carrier               TEXT COLLATE "C",
  tracking_no           TEXT COLLATE "C",
  shipped_at            BIGINT,
  delivered_at          BIGINT,
  estimated_delivery_at BIGINT,
  promised_ship_date    TEXT COLLATE "C",
  import_id             BIGINT,
  PRIMARY KEY (order_id, parcel)
);

CREATE INDEX shipment_parcels_tracking ON shipment_parcels (tracking_no);
CREATE INDEX shipment_parcels_import ON shipment_parcels (import_id);

INSERT INTO shipment_parcels (order_id, parcel, carrier, tracking_no, shipped_at, delivered_at,
                              estimated_delivery_at, promised_ship_date, import_id)
SELECT order_id, coalesce(tracking_no, ''), carrier, tracking_no, shipped_at, delivered_at,
       estimated_delivery_at, promised_ship_date, import_id
FROM shipments;

ALTER TABLE orders ADD COLUMN order_type TEXT COLLATE "C";
