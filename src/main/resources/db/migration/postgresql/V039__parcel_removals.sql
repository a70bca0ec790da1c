-- shopops store on PostgreSQL: the parcels removed by hand, as ../V039__parcel_removals.sql.
-- Never edit this file once it has landed.
CREATE TABLE parcel_removals (
  order_id              TEXT COLLATE "C" NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
  parcel                TEXT COLLATE "C" NOT NULL,
  carrier               TEXT COLLATE "C",
  tracking_no           TEXT COLLATE "C",
  shipped_at            BIGINT,
  delivered_at          BIGINT,
  estimated_delivery_at BIGINT,
  promised_ship_date    TEXT COLLATE "C",
  import_id             BIGINT,
  removed_at            BIGINT NOT NULL,
  agent                 TEXT NOT NULL,
  reason                TEXT,
  PRIMARY KEY (order_id, parcel)
);
