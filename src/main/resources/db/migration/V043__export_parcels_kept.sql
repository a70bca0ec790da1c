-- shopops store: parcels an operator can trust and take back (task parcels22, tryout21 Z9, Z5).
-- Never edit once landed.
-- Z5: a removal can be taken back (`shipments restore-parcel`): when and by whom; a restored
-- parcel is a parcel again (the removal row stays, for the record, until it is removed again).
ALTER TABLE parcel_removals ADD COLUMN restored_at INTEGER;
ALTER TABLE parcel_removals ADD COLUMN restored_by TEXT;

-- Z9: an order export's own parcel (its tracking number, shipped/delivered time) was one value on
-- the orders row, replaced by a newer export: a newer export naming another tracking number lost
-- the first outbound. When a newer export replaces the tracking number of an order whose export
-- had stated a shipped or delivered time, the parcel it named is kept in shipment_parcels (a blank
-- of a parcel a shipments file already gave is filled, nothing replaced), unless it was removed by
-- hand. The same tracking number re-dated is the same parcel: the newer time wins (no trigger).
CREATE TRIGGER orders_export_parcel_kept AFTER UPDATE OF tracking_no ON orders
  WHEN old.tracking_no IS NOT NULL AND new.tracking_no IS NOT NULL
   AND new.tracking_no <> old.tracking_no
   AND (old.shipped_at IS NOT NULL OR old.delivered_at IS NOT NULL)
   AND NOT EXISTS (SELECT 1 FROM parcel_removals r WHERE r.order_id = old.order_id
                   AND r.parcel = old.tracking_no AND r.restored_at IS NULL)
BEGIN
  UPDATE shipment_parcels SET carrier = coalesce(carrier, old.carrier),
    shipped_at = coalesce(shipped_at, old.shipped_at),
    delivered_at = coalesce(delivered_at, old.delivered_at)
  WHERE order_id = old.order_id AND parcel = old.tracking_no; INSERT INTO shipment_parcels (order_id, parcel, carrier, tracking_no, shipped_at, delivered_at,
                                import_id)
  SELECT old.order_id, old.tracking_no, old.carrier, old.tracking_no, old.shipped_at,
         old.delivered_at, old.import_id
  WHERE NOT EXISTS (SELECT 1 FROM shipment_parcels f WHERE f.order_id = old.order_id
                    AND f.parcel = old.tracking_no); END;
