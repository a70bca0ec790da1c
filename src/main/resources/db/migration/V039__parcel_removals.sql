-- shopops store: the parcels removed by hand (task parcels21, tryout20 Y8: a mistyped or replaced
-- tracking number made a phantom parcel that an order waited for for ever). One row per parcel
-- `shipments remove-parcel` took out of shipment_parcels: what it held, when, by whom and why. A
-- later shipments import does not bring a removed parcel back. Never edit once landed.
CREATE TABLE parcel_removals (
  order_id              TEXT NOT NULL REFERENCES orders (order_id) ON DELETE CASCADE,
  parcel                TEXT NOT NULL,  -- the tracking number
  carrier               TEXT,
  tracking_no           TEXT,
  shipped_at            INTEGER,
  delivered_at          INTEGER,
  estimated_delivery_at INTEGER,
  promised_ship_date    TEXT,
  import_id             INTEGER,        -- the import that last wrote the parcel
  removed_at            INTEGER NOT NULL, -- epoch seconds (--now)
  agent                 TEXT NOT NULL,  -- who removed it (--agent, else the store's user)
  reason                TEXT,
  PRIMARY KEY (order_id, parcel)
) WITHOUT ROWID;
