-- shopops store on PostgreSQL: when each figure of a refund step was stated, as
-- ../V051__refund_step_stated_at.sql (task refunds24, tryout23b A11). The step's row trigger runs
-- after V048's BEFORE UPDATE trigger: old.refund_stated_at is when the refund before was stated.
-- Migrations splits statements at a ';' that ends a line. Never edit this file once it has landed.
ALTER TABLE order_refund_steps ADD COLUMN before_stated_at BIGINT;
ALTER TABLE order_refund_steps ADD COLUMN after_stated_at BIGINT;

CREATE OR REPLACE FUNCTION order_refund_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO order_refund_steps
    (order_id, seen_at, refunded_before, refunded_after, closes, import_id, before_stated_at,
     after_stated_at)
  SELECT new.order_id, i.started_at, coalesce(old.refunded, 0), coalesce(new.refunded, 0),
         CASE WHEN new.status IN ('cancelled', 'refunded') THEN 1 ELSE 0 END, i.import_id,
         coalesce(old.refund_stated_at, old.exported_at,
                  (SELECT b.started_at FROM imports b WHERE b.import_id = old.import_id)),
         coalesce(new.exported_at, i.started_at)
    FROM imports i WHERE i.import_id = new.import_id
  ; RETURN NULL
; END $$;
