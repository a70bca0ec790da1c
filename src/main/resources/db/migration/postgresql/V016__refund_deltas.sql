-- shopops store on PostgreSQL: a return changes its buyer's figures by the refund's delta, as
-- ../V016__refund_deltas.sql. One plpgsql function serves the three kinds of write; Migrations
-- splits statements at a ';' that ends a line, so the body keeps its inner ';' inside the lines.
-- Never edit this file once it has landed.
DROP TRIGGER customer_figures_return_in ON returns;
DROP TRIGGER customer_figures_return_out ON returns;
DROP TRIGGER customer_figures_return_change ON returns;
DROP FUNCTION customer_figures_mark_return_new();
DROP FUNCTION customer_figures_mark_return_old();
DROP FUNCTION customer_figures_mark_return_change();

-- old: taken off when a later refund keeps the row's last_refund, else the buyer marked for the
-- refresh; new: added. A change on the same order to a time no earlier: the difference added.
CREATE FUNCTION customer_figures_refund_delta() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  buyer TEXT
  ; cur TEXT
  ; old_counts BOOLEAN := TG_OP <> 'INSERT' AND old.refunded_at IS NOT NULL
      AND old.refund_amount IS NOT NULL
  ; new_counts BOOLEAN := TG_OP <> 'DELETE' AND new.refunded_at IS NOT NULL
      AND new.refund_amount IS NOT NULL
  ; BEGIN
  IF old_counts AND new_counts AND old.order_id IS NOT DISTINCT FROM new.order_id
      AND new.refunded_at >= old.refunded_at THEN
    UPDATE customer_figures f SET refunded = f.refunded + new.refund_amount - old.refund_amount,
           last_refund = greatest(f.last_refund, new.refunded_at)
      FROM orders o
     WHERE o.order_id = new.order_id AND o.paid_at IS NOT NULL
       AND o.status IS DISTINCT FROM 'cancelled' AND o.customer_id IS NOT NULL
       AND f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
    ; RETURN NULL
  ; END IF
  ; IF old_counts THEN
    SELECT o.customer_id, coalesce(o.currency, '') INTO buyer, cur FROM orders o
     WHERE o.order_id = old.order_id AND o.paid_at IS NOT NULL
       AND o.status IS DISTINCT FROM 'cancelled' AND o.customer_id IS NOT NULL
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
       AND o.status IS DISTINCT FROM 'cancelled' AND o.customer_id IS NOT NULL
       AND f.customer_id = o.customer_id AND f.currency = coalesce(o.currency, '')
  ; END IF
  ; RETURN NULL; END $$;

CREATE TRIGGER customer_figures_refund_in AFTER INSERT ON returns FOR EACH ROW
  WHEN (new.refunded_at IS NOT NULL AND new.refund_amount IS NOT NULL)
  EXECUTE FUNCTION customer_figures_refund_delta();

CREATE TRIGGER customer_figures_refund_out AFTER DELETE ON returns FOR EACH ROW
  WHEN (old.refunded_at IS NOT NULL AND old.refund_amount IS NOT NULL)
  EXECUTE FUNCTION customer_figures_refund_delta();

CREATE TRIGGER customer_figures_refund_change
  AFTER UPDATE OF order_id, refunded_at, refund_amount ON returns FOR EACH ROW
  WHEN (old.order_id IS DISTINCT FROM new.order_id
    OR old.refunded_at IS DISTINCT FROM new.refunded_at
    OR old.refund_amount IS DISTINCT FROM new.refund_amount)
  EXECUTE FUNCTION customer_figures_refund_delta();

CREATE FUNCTION figures_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE figures_version SET version = version + 1; RETURN NULL; END $$;

-- The RFM breaks cached from the figures (V012) are stale once a delta changed them.
CREATE TRIGGER figures_version_refund AFTER UPDATE OF refunded, last_refund ON customer_figures
  FOR EACH STATEMENT EXECUTE FUNCTION figures_version_bump();
