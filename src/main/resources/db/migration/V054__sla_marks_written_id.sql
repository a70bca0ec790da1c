-- shopops store: an order write's SLA mark names the order it wrote (written_id) beside its hour,
-- so that the kept SLA figures can be brought up to date by deltas after an orders import too
-- (sla27; SlaFigureUpkeep.Deltas): at commit every mark must be of an order read before the
-- transaction wrote it. The hour stays the mark the other paths read (order_id stays NULL for an
-- order write, a shipment's or a refund's mark is still order_id alone). Never edit once landed.
ALTER TABLE sla_figures_dirty ADD COLUMN written_id TEXT;

DROP TRIGGER IF EXISTS sla_figures_order_in;
DROP TRIGGER IF EXISTS sla_figures_order_out;
DROP TRIGGER IF EXISTS sla_figures_order_change;

CREATE TRIGGER sla_figures_order_in AFTER INSERT ON orders
BEGIN
  INSERT INTO sla_figures_dirty (hour, written_id) VALUES (coalesce(CASE WHEN new.cash_on_delivery = 1 THEN new.created_at END, new.paid_at, new.created_at) / 3600, new.order_id); END;

CREATE TRIGGER sla_figures_order_out AFTER DELETE ON orders
BEGIN
  INSERT INTO sla_figures_dirty (hour, written_id) VALUES (coalesce(CASE WHEN old.cash_on_delivery = 1 THEN old.created_at END, old.paid_at, old.created_at) / 3600, old.order_id); END;

CREATE TRIGGER sla_figures_order_change AFTER UPDATE ON orders
BEGIN
  INSERT INTO sla_figures_dirty (hour, written_id)
    VALUES (coalesce(CASE WHEN old.cash_on_delivery = 1 THEN old.created_at END, old.paid_at, old.created_at) / 3600, old.order_id),
      (coalesce(CASE WHEN new.cash_on_delivery = 1 THEN new.created_at END, new.paid_at, new.created_at) / 3600, new.order_id); END;
