-- shopops store on PostgreSQL: when the refund an order export states was first stated, as
-- ../V048__refund_stated_at.sql (task refunds23b, tryout22b B1). Migrations splits statements at a
-- ';' that ends a line, so the function body keeps its inner ';' inside the line. One row trigger
-- before the update sets the column on the row being written. Never edit this file once it has
-- landed.
ALTER TABLE orders ADD COLUMN refund_stated_at BIGINT;

CREATE OR REPLACE FUNCTION orders_refund_stated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF old.refunded IS DISTINCT FROM new.refunded OR (coalesce(old.status, '') IN ('cancelled', 'refunded')) <> (coalesce(new.status, '') IN ('cancelled', 'refunded')) OR (old.paid_at IS NULL) <> (new.paid_at IS NULL) THEN new.refund_stated_at := coalesce(new.exported_at, (SELECT i.started_at FROM imports i WHERE i.import_id = new.import_id)); ELSIF old.refund_stated_at IS NULL AND (old.exported_at IS DISTINCT FROM new.exported_at OR old.import_id IS DISTINCT FROM new.import_id) THEN new.refund_stated_at := coalesce(old.exported_at, (SELECT i.started_at FROM imports i WHERE i.import_id = old.import_id)); END IF; RETURN new; END $$;

CREATE TRIGGER orders_refund_stated_at BEFORE UPDATE ON orders FOR EACH ROW
  EXECUTE FUNCTION orders_refund_stated_at();
