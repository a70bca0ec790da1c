-- shopops store on PostgreSQL: a returns import adds its refunds to the customer figures once per
-- file, as ../V027__returns_figures_per_file.sql: the trigger function of V024 (V016's triggers
-- call it by name) made again as it was, but skipping the rows written by an import whose id is in
-- returns_figures_deferred (only ever inside that import's transaction). A delete is never
-- deferred. Never edit this file once it has landed.
CREATE TABLE returns_figures_deferred (
  import_id BIGINT PRIMARY KEY
);

CREATE OR REPLACE FUNCTION customer_figures_refund_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  buyer TEXT
  ; cur TEXT
  ; old_counts BOOLEAN := TG_OP <> 'INSERT' AND old.refunded_at IS NOT NULL
      AND old.refund_amount IS NOT NULL
  ; new_counts BOOLEAN := TG_OP <> 'DELETE' AND new.refunded_at IS NOT NULL
      AND new.refund_amount IS NOT NULL
  ; BEGIN
  IF TG_OP <> 'DELETE' AND new.import_id IS NOT NULL AND EXISTS (
      SELECT 1 FROM returns_figures_deferred d WHERE d.import_id = new.import_id) THEN
    RETURN NULL
  ; END IF
  ; IF old_counts AND new_counts AND old.order_id IS NOT DISTINCT FROM new.order_id
      AND new.refunded_at >= old.refunded_at THEN
    UPDATE customer_figures f SET refunded = f.refunded + new.refund_amount - old.refund_amount,
           last_refund = greatest(f.last_refund, new.refunded_at)
      FROM orders o
     WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL
       AND f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
    ; RETURN NULL
  ; END IF
  ; IF old_counts THEN
    SELECT o.customer_id, coalesce(o.currency, '') INTO buyer, cur FROM orders o
     WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL
    ; IF buyer IS NOT NULL THEN
      UPDATE customer_figures SET refunded = refunded - old.refund_amount
       WHERE customer_id = buyer AND currency = cur AND last_refund > old.refunded_at
      ; IF NOT FOUND THEN
        INSERT INTO customer_figures_dirty (customer_id) VALUES (buyer)
      ; END IF
    ; END IF
  ; END IF
  ; IF new_counts THEN
    UPDATE customer_figures f SET refunded = f.refunded + new.refund_amount,
           last_refund = greatest(f.last_refund, new.refunded_at)
      FROM orders o
     WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
       AND o.customer_id IS NOT NULL
       AND f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
  ; END IF
  ; RETURN NULL; END $$;
