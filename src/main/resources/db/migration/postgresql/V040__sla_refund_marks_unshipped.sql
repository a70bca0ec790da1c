-- shopops store on PostgreSQL: V037's refund marks only for orders a refund can move, as
-- ../V040__sla_refund_marks_unshipped.sql: an order with a shipped time, a delivered time or a
-- tracking number is classified the same whatever its refunds. Migrations splits statements at a ';'
-- that ends a line, so the function body keeps its inner ';' inside the line. Never edit once
-- landed.
CREATE OR REPLACE FUNCTION sla_figures_mark_refunds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN INSERT INTO sla_figures_dirty (order_id) SELECT DISTINCT g.order_id FROM gone g WHERE g.refunded_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id WHERE o.order_id = g.order_id AND (coalesce(s.shipped_at, o.shipped_at) IS NOT NULL OR coalesce(s.delivered_at, o.delivered_at) IS NOT NULL OR coalesce(s.tracking_no, o.tracking_no) IS NOT NULL)); END IF; IF TG_OP <> 'DELETE' THEN INSERT INTO sla_figures_dirty (order_id) SELECT DISTINCT c.order_id FROM came c WHERE c.refunded_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id WHERE o.order_id = c.order_id AND (coalesce(s.shipped_at, o.shipped_at) IS NOT NULL OR coalesce(s.delivered_at, o.delivered_at) IS NOT NULL OR coalesce(s.tracking_no, o.tracking_no) IS NOT NULL)); END IF; RETURN NULL; END $$;
