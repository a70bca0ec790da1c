-- shopops store: V037's refund marks only for orders a refund can move (session 21 measurement: a
-- first load of 7,369 returns marked some 5,000 orders, all shipped, and made the upkeep classify
-- every day again: returns import 0.86 → 1.57 s CPU on the 100k bench store). A refund takes an order
-- off the ship-by clock only while it has no shipped time, no delivered time and no tracking number
-- (SlaQueries: refunded_in_full_at); an order that has one is classified the same whatever its
-- refunds, and the write that takes it away (orders, shipments) marks it itself. Never edit once
-- landed.
DROP TRIGGER IF EXISTS sla_figures_refund_in;
DROP TRIGGER IF EXISTS sla_figures_refund_out;
DROP TRIGGER IF EXISTS sla_figures_refund_change;

CREATE TRIGGER sla_figures_refund_in AFTER INSERT ON returns
  WHEN new.refunded_at IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
    WHERE o.order_id = new.order_id
      AND (coalesce(s.shipped_at, o.shipped_at) IS NOT NULL
        OR coalesce(s.delivered_at, o.delivered_at) IS NOT NULL
        OR coalesce(s.tracking_no, o.tracking_no) IS NOT NULL))
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (new.order_id); END;

CREATE TRIGGER sla_figures_refund_out AFTER DELETE ON returns
  WHEN old.refunded_at IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
    WHERE o.order_id = old.order_id
      AND (coalesce(s.shipped_at, o.shipped_at) IS NOT NULL
        OR coalesce(s.delivered_at, o.delivered_at) IS NOT NULL
        OR coalesce(s.tracking_no, o.tracking_no) IS NOT NULL))
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (old.order_id); END;

CREATE TRIGGER sla_figures_refund_change AFTER UPDATE ON returns
  WHEN (old.refunded_at IS NOT NULL OR new.refunded_at IS NOT NULL) AND (NOT EXISTS (
    SELECT 1 FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
    WHERE o.order_id = old.order_id
      AND (coalesce(s.shipped_at, o.shipped_at) IS NOT NULL
        OR coalesce(s.delivered_at, o.delivered_at) IS NOT NULL
        OR coalesce(s.tracking_no, o.tracking_no) IS NOT NULL)) OR NOT EXISTS (
    SELECT 1 FROM orders o LEFT JOIN shipments s ON s.order_id = o.order_id
    WHERE o.order_id = new.order_id
      AND (coalesce(s.shipped_at, o.shipped_at) IS NOT NULL
        OR coalesce(s.delivered_at, o.delivered_at) IS NOT NULL
        OR coalesce(s.tracking_no, o.tracking_no) IS NOT NULL)))
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (old.order_id), (new.order_id); END;
