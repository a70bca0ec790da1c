-- shopops store on PostgreSQL: parcels an operator can trust and take back, as
-- ../V043__export_parcels_kept.sql (task parcels22, tryout21 Z9, Z5). Migrations splits statements
-- at a ';' that ends a line, so the function body keeps its inner ';' inside the line. The trigger
-- is per row with a WHEN: only an update that replaces a tracking number calls it. Never edit this
-- file once it has landed.
ALTER TABLE parcel_removals ADD COLUMN restored_at BIGINT;
ALTER TABLE parcel_removals ADD COLUMN restored_by TEXT;

CREATE OR REPLACE FUNCTION orders_export_parcel_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM parcel_removals r WHERE r.order_id = old.order_id AND r.parcel = old.tracking_no AND r.restored_at IS NULL) THEN RETURN NULL; END IF; UPDATE shipment_parcels SET carrier = coalesce(carrier, old.carrier), shipped_at = coalesce(shipped_at, old.shipped_at), delivered_at = coalesce(delivered_at, old.delivered_at) WHERE order_id = old.order_id AND parcel = old.tracking_no; INSERT INTO shipment_parcels (order_id, parcel, carrier, tracking_no, shipped_at, delivered_at, import_id) SELECT old.order_id, old.tracking_no, old.carrier, old.tracking_no, old.shipped_at, old.delivered_at, old.import_id WHERE NOT EXISTS (SELECT 1 FROM shipment_parcels f WHERE f.order_id = old.order_id AND f.parcel = old.tracking_no); RETURN NULL; END $$;

CREATE TRIGGER orders_export_parcel_kept AFTER UPDATE OF tracking_no ON orders FOR EACH ROW
  WHEN (old.tracking_no IS NOT NULL AND new.tracking_no IS NOT NULL
    AND new.tracking_no <> old.tracking_no
    AND (old.shipped_at IS NOT NULL OR old.delivered_at IS NOT NULL))
  EXECUTE FUNCTION orders_export_parcel_kept();
