-- shopops store: the kept SLA figures (V035) follow refunds too (task sla21, tryout20 Y3). An order
-- refunded in full before it shipped is off the ship-by clock (domain.sla.OrderShipment
-- #offBeforeShipping), and a return's refund is written to returns, not orders: a return refunded,
-- its refund changed or taken back, or the return deleted marks its order (as a shipment write does)
-- so that the upkeep classifies that order's day again before the transaction commits. A return
-- without a refund, before and after, changes no SLA figure and marks nothing. Never edit once
-- landed.
CREATE TRIGGER sla_figures_refund_in AFTER INSERT ON returns
  WHEN new.refunded_at IS NOT NULL
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (new.order_id); END;

CREATE TRIGGER sla_figures_refund_out AFTER DELETE ON returns
  WHEN old.refunded_at IS NOT NULL
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (old.order_id); END;

CREATE TRIGGER sla_figures_refund_change AFTER UPDATE ON returns
  WHEN old.refunded_at IS NOT NULL OR new.refunded_at IS NOT NULL
BEGIN
  INSERT INTO sla_figures_dirty (order_id) VALUES (old.order_id), (new.order_id); END;
